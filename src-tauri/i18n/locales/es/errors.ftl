## What a form, a file or the command line is told when a value breaks a rule. Each is shown
## beside the field it names (whose label the form gives), so it starts in lower case.
## $value: what was typed, as it was typed.

error-required = es obligatorio
# $length: how many characters were given; $max: how many fit.
error-too-long = { $length ->
    [one] tiene { $length } carácter; el máximo es { $max }
   *[other] tiene { $length } caracteres; el máximo es { $max }
}
error-not-colour = «{ $value }» no es un color con el formato #1f6feb
# $value: a year or a day outside 1900–2999.
error-outside-years = { $value } está fuera de los años que puede abarcar un plan (de 1900 a 2999)
error-not-a-year = debe ser un año de 1900 a 2999
error-not-date = «{ $value }» no es una fecha con el formato 2027-03-31
error-not-date-time = «{ $value }» no es una fecha y hora con el formato 2027-03-31T09:30
error-not-time = «{ $value }» no es una hora con el formato 09:30
error-not-id = «{ $value }» no es un identificador válido
error-not-time-zone = «{ $value }» no es una zona horaria IANA como Europe/London
error-not-email = «{ $value }» no es una dirección de correo electrónico
error-not-hashtag = «{ $value }» no es un hashtag (solo letras, números y _)
error-not-locale = «{ $value }» no es un código de idioma como en-GB
# $value: a day and time on the plan's clock; $zone: the plan's time zone.
error-clocks-go-forward = { $value } no existe en { $zone } (en ese momento se adelanta la hora)
error-ends-before-start = termina antes de empezar
error-campaign-ends-before-start = termina antes de que empiece la campaña
error-not-negative = debe ser un número mayor o igual que cero
error-not-a-number = debe ser un número
error-kpi-period = una meta se fija por día, semana, mes, trimestre o año
error-blackout-level = un periodo de silencio necesita un nivel
error-max-per-day = debe ser de 1 a 500, o dejarse en blanco si no hay límite
error-min-gap = no puede superar los 1440 minutos (un día)
error-too-many-slots = como máximo 48 horas de publicación al día
error-min-items-low = debe ser al menos 1
error-min-items-high = no puede superar 10.000
# $max: the channel's most a day; $most: the most in the rule's period.
# $period: day, week or month.
error-min-items-over-channel = { $period ->
    [day] el canal admite como máximo { $max } al día, así que como máximo { $most } al día
    [week] el canal admite como máximo { $max } al día, así que como máximo { $most } a la semana
   *[month] el canal admite como máximo { $max } al día, así que como máximo { $most } al mes
}
error-too-many-concerns = como máximo 500 contenidos y campañas
error-partner-twice = un socio aparece dos veces
error-link-spaces = debe ser un solo enlace permanente o ID de publicación, sin espacios
error-result-about = elige a qué objetivo o campaña se refiere
error-metric-required = indica qué cuenta la cifra
# $count: the entries given; $max: how many fit.
error-too-many-entries = { $count ->
    [one] tiene { $count } entrada; el plan impreso admite como máximo { $max }
   *[other] tiene { $count } entradas; el plan impreso admite como máximo { $max }
}
error-year-start-month = debe ser un mes del 1 al 12
error-confirm-days = debe ser de 0 a 90 días
error-wanted-before-received = es anterior a la llegada de la solicitud
error-capacity = debe ser de 1 a 1000 contenidos a la semana, o dejarse en blanco
# $max: how many periods of leave fit.
error-too-much-leave = { $max ->
    [one] como máximo { $max } periodo de ausencia
   *[other] como máximo { $max } periodos de ausencia
}
# $value: the day the leave ends.
error-leave-order = la ausencia que termina el { $value } empieza después de esa fecha
error-rrule-dtstart = indica el inicio por separado, no como DTSTART en la regla
error-rrule-never-ends = no termina nunca: añade un COUNT o un UNTIL
error-rrule-no-dates = no genera ninguna fecha
# $max: the most occurrences a series may have.
error-rrule-too-many = { $max ->
    [one] genera más de { $max } repetición; acórtala con COUNT o UNTIL
   *[other] genera más de { $max } repeticiones; acórtala con COUNT o UNTIL
}

## What an operation refuses, and why.
error-series-needs-day = una serie empieza un día concreto; indica una fecha
error-period-ends-before-start = termina antes de que empiece el periodo
error-nothing-to-apply = no hay nada que aplicar
# $name: the member this laptop signs in as.
error-member-is-signed-in = en el plan del equipo eres { $name }, según tu sesión en el servidor del equipo
error-choose-approver = elige quién eres (Aprobaciones → Eres) antes de aprobar
error-say-what-should-change = indica qué debe cambiar
# $title: the item's title.
error-not-in-review = «{ $title }» no está en revisión
# $name: the approver; $title: the item's title.
error-may-not-approve = { $name } no puede aprobar «{ $title }»
error-choose-an-item = elige al menos un contenido
error-campaign-moved-too-far = mueve la campaña demasiado lejos
error-choose-channel = elige el canal en el que se publicaría
error-no-wanted-day = no tiene día deseado: acéptala en el banco de ideas o indica uno
error-decline-or-park = solo admite rechazar o dejar en espera
error-days-ahead = debe ser de 1 a 30 días
# $name: the partner's name.
error-not-a-partner-of = «{ $name }» no forma parte de esta colaboración
error-window-order = debe ser posterior al inicio del periodo
error-window-not-before = no puede ser anterior al inicio del periodo
error-window-three-years = un periodo puede abarcar como máximo tres años naturales
# $max: the most days a window may span.
error-window-days = { $max ->
    [one] un periodo abarca como máximo { $max } día
   *[other] un periodo abarca como máximo { $max } días
}
error-quarter = debe ser 1, 2, 3 o 4
error-approve-in-approvals = un contenido lo aprueba un aprobador, en Aprobaciones
error-schedule-after-approval = un contenido se programa o se publica una vez que un aprobador lo ha aprobado
# $language: the version's language code ("fr").
error-version-exists = ya existe una versión «{ $language }»
# $name: the partner's name.
error-partner-exists = «{ $name }» ya figura en el directorio de socios
error-merge-into-itself = un socio no se puede fusionar consigo mismo
error-time-missing-in-zone = esa hora no existe en la zona horaria del plan
error-pause-order = la pausa debe terminar después de empezar
error-pause-too-long = una pausa dura como máximo un año
error-out-of-range = está fuera del intervalo permitido
error-before-first-day = es anterior al primer día
error-unknown-concern = menciona algo que no está en el plan
# $finding: el primer aviso que crearían ahora las ubicaciones propuestas.
error-gaps-changed = el plan ha cambiado desde que se propusieron los huecos ({ $finding }); no se ha colocado nada, vuelve a proponerlos

## What an export or an import refuses: the file chosen, the file read, the calendar server.
error-choose-pdf-place = elige dónde guardar el PDF
error-name-csv-or-pdf = indica un archivo .csv o .pdf
error-name-csv = indica un archivo .csv
error-name-pdf-xlsx-json = indica un archivo .pdf, .xlsx o .json
error-name-html = indica un archivo .html
error-name-xlsx-or-csv = indica un archivo .xlsx o .csv
error-tools-take-csv = las herramientas de publicación admiten archivos .csv
error-buffer-platform = Buffer no publica en la red de este canal: elige un canal de X, Instagram, Facebook, LinkedIn, TikTok, Bluesky, Threads o Mastodon
error-names-a-folder = corresponde a una carpeta, no a un archivo
# $folder: the folder's path.
error-no-such-folder = la carpeta { $folder } no existe
# $path: the path named.
error-is-a-folder = { $path } es una carpeta
error-month-range = debe ser de 1 a 12
error-quarter-range = debe ser de 1 a 4
error-no-such-channel = ese canal no existe
# $year: the plan's year.
error-no-plan-for-year = todavía no hay ningún plan para { $year }: añade campañas o redacta primero el plan del año
error-plan-in-memory-not-published = un plan que solo está en memoria no se puede publicar
error-feed-is-ics = el calendario publicado es un archivo .ics
error-plan-in-memory-not-pushed = un plan que solo está en memoria no se puede enviar
error-give-user-name = indica el nombre de usuario de la cuenta
# $url: the calendar's address.
error-no-calendar-at = no hay ningún calendario en { $url }
# $value: what was typed.
error-not-web-address = «{ $value }» no es una dirección web
error-give-https-address = indica la dirección del calendario, que empieza por https://
# $host: the calendar server's name.
error-calendar-http-not-local = { $host } recibiría la contraseña sin cifrar por http://: indica su dirección https:// (http:// queda solo para un servidor en este ordenador)
error-server-refused-login = el servidor de calendario rechazó el nombre de usuario o la contraseña
# $url: the calendar's address.
error-not-reachable-calendar = { $url } no es un calendario al que pueda acceder esta cuenta
# $name: the event file's name on the server.
error-keeps-changing = { $name } no deja de cambiar en el servidor de calendario; vuelve a enviar dentro de un momento
error-file-empty = está vacío: la primera fila debe dar nombre a las columnas
error-choose-sheet-file = elige un archivo .csv, .xlsx, .xls o .ods
error-mapping-stale = la asignación no coincide con las columnas del archivo; vuelve a generar la vista previa
# $column: the column's name.
error-column-not-mapped = ninguna columna está asignada a { $column }
error-no-rows = el archivo no tiene filas debajo del encabezado
error-rows-all-present = todas las filas ya están en el plan
error-not-icalendar = no es un archivo iCalendar (falta VCALENDAR)
error-no-events = no contiene ningún evento
error-no-post-column = no tiene ninguna columna de ID de publicación ni de enlace permanente
error-no-result-rows = el archivo no tiene filas de cifras debajo del encabezado
error-paste-permalinks = pega un enlace permanente por línea (con su fecha y hora, si las tienes)
# $max: the most links at a time.
error-too-many-links = { $max ->
    [one] como máximo { $max } enlace a la vez
   *[other] como máximo { $max } enlaces a la vez
}
error-plan-not-empty = este plan no está vacío: importa un plan completo en una carpeta de datos nueva

## An error named inside another message, worded as a log words it.
# $field: the input field it is about, as the program names it ("file"); $message: what is wrong.
error-on-field = { $field }: { $message }
# $entity: the kind of record, as the program names it; $id: its id.
error-record-not-found = no se encontró { $entity } { $id }
