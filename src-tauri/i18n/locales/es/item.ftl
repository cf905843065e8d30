## The item editor: a content item's fields, its repeat, its language versions, its approvals, history and findings.

item-dialog-new = Nuevo contenido
item-dialog-edit = Editar contenido
item-field-title = Título
item-field-copy = Texto
# Under the copy: its length as the channel's network counts it ("X 312/280 — over the limit", "Instagram 120/2200 · 3/30 hashtags").
# $platform: the network ("X"); $length, $limit: the characters counted and allowed;
# $withHashtags: "yes" when the network limits hashtags, then $hashtags, $hashtagLimit: the hashtags counted and allowed;
# $over: "yes" when the copy is over a limit.
item-copy-count = { $platform } { $length }/{ $limit }{ $withHashtags ->
        [yes] {" "}· { $hashtags }/{ $hashtagLimit } hashtags
       *[no] {""}
    }{ $over ->
        [yes] {" "}— supera el límite
       *[no] {""}
    }
item-field-channel = Canal
# A channel no longer in use, in the list of channels. $channel: its name.
item-channel-inactive = { $channel } (inactivo)
item-field-format = Formato
item-field-status = Estado
item-field-campaign = Campaña
item-no-campaign = Sin campaña
item-objectives = Objetivos
item-field-date = Fecha
item-date-hint = Vacía: el contenido espera en la lista de ideas.
# $zone: the plan's time zone ("Europe/London").
item-field-time = Hora ({ $zone })
item-time-hint = Vacía: todo el día.
item-field-owner = Responsable
item-no-owner = Nadie todavía
item-field-language = Idioma
# An example language code in the empty Language field.
item-language-placeholder = es
item-evergreen = Atemporal: se puede programar para rellenar huecos
item-field-link = Enlace a la publicación
item-link-hint = Su enlace permanente o el ID de la publicación: al importar resultados, se usa para asociar las cifras de las plataformas al contenido.

# The repeat of a new item.
item-repeat = Repetición
# Before the list of frequencies ("Repeats [Weekly] every [2]").
item-repeats = Se repite
item-repeat-none = No se repite
item-repeat-daily = Cada día
item-repeat-weekly = Cada semana
item-repeat-monthly-day = Cada mes, este día del mes
item-repeat-monthly-weekday = Cada mes, este día de la semana (p. ej., 2.º viernes)
item-repeat-yearly = Cada año
item-repeat-custom = Regla personalizada (RRULE)
# After the frequency; $input: where the field with the interval (a number) goes.
item-repeat-every = con intervalo { $input }
item-repeat-interval = Intervalo
item-repeat-days = Estos días
# Weekdays, short, beside the weekly repeat's tick boxes.
item-weekday-mo = lun
item-weekday-tu = mar
item-weekday-we = mié
item-weekday-th = jue
item-weekday-fr = vie
item-weekday-sa = sáb
item-weekday-su = dom
# $input: where the field with the number of occurrences goes.
item-repeat-ends-after = Termina tras { $input } repeticiones
item-repeat-occurrences = Repeticiones
# $input: where the field with the last day goes.
item-repeat-ends-on = Termina el { $input }
item-repeat-last-day = Último día
# $rule: the RRULE value the choices make ("FREQ=WEEKLY;BYDAY=FR;COUNT=10"), shown as code.
item-repeat-rule = Regla: { $rule }

# An occurrence of a series. $rule: the series' RRULE value, shown as code; $count: its occurrences.
item-series = Se repite: { $rule } ({ $count ->
        [one] { $count } repetición
       *[other] { $count } repeticiones
    })
item-scope-one = Guardar o eliminar solo esta repetición
item-scope-following = Esta repetición y las siguientes
item-scope-all = Todas las repeticiones

item-versions = Versiones en otros idiomas
# A copy of the item in another language. $language: its language code ("cy"); $title: its title.
item-version = { $language }: { $title }
# $date: the version's date and time ("2027-03-12 09:00").
item-version-date = ({ $date })
item-version-no-date = (sin fecha)
# $input: where the field with the language code goes.
item-add-version-in = Añadir una versión en el idioma { $input }
# An example language code in the empty field.
item-new-language-placeholder = ca
item-add-version = Añadir versión

# A field two people changed while their laptops were apart.
item-conflict = Cambiado por dos personas
# $member: the other person; $field: the field's name ("date and time").
item-conflict-title = Tanto tú como { $member } cambiaron «{ $field }» por separado.
# $mine, $theirs: the two values; $member: the other person; $holds: "mine" or "theirs", the value the plan holds until one is kept.
item-conflict-values = Tu versión: «{ $mine }» · la de { $member }: «{ $theirs }» · mientras tanto, el plan conserva { $holds ->
        [mine] la tuya
       *[theirs] la de { $member }
    }.
item-keep-mine = Conservar la mía
item-keep-theirs = Conservar la otra

item-approvals = Aprobaciones
# A decision on the item. $decision: "approved" or "changesRequested"; $member: who decided (in bold); $when: the date and time.
item-approval = { $decision ->
        [approved] Aprobado
       *[changesRequested] Cambios solicitados
    } por { $member }, { $when }
# As item-approval, with the approver's $comment.
item-approval-commented = { $decision ->
        [approved] Aprobado
       *[changesRequested] Cambios solicitados
    } por { $member }, { $when }: «{ $comment }»
# $count: the changes in the item's history.
item-history = Historial ({ $count })
item-findings = Hallazgos
# A finding's severity, on its badge.
item-severity-info = info
item-severity-warning = aviso
item-severity-error = error
# A finding with its fix. $message, $fix: the finding's message and fix.
item-finding-fix = { $message } — { $fix }.
item-delete = Eliminar
item-move = Mover a…

# Announced after a series is added. $title: the item's title; $count: its occurrences.
item-added-series = Se añadió «{ $title }» con repetición: { $count ->
        [one] { $count } repetición
       *[other] { $count } repeticiones
    }. Deshacer con Ctrl+Z.
item-saved = Se guardó «{ $title }»
# $side: "mine" or "theirs"; $member: the other person; $label: the row's name.
item-kept = { $side ->
        [mine] Se conservó tu cambio en «{ $label }».
       *[theirs] Se conservó el cambio de { $member } en «{ $label }».
    }
# $language: the new version's language code; $title: its title.
item-added-version = Se añadió la versión «{ $title }» ({ $language }).
item-deleted = Se eliminó «{ $title }». Deshacer con Ctrl+Z.
