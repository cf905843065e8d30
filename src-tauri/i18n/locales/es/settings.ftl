## Settings.

settings-title = Configuración
settings-language-title = Idioma
settings-language-intro = El idioma de la ventana y los menús de Almanac en este equipo. Cada colega elige el suyo; el plan es el mismo para todos.
settings-language-label = Idioma en este equipo
# $language: the system's language, in its own name ("Nederlands").
settings-language-system = Igual que el sistema: { $language }
# $language: the language just chosen, in its own name.
settings-language-changed = Almanac se muestra ahora en el idioma elegido: { $language }.
settings-appearance-title = Apariencia
settings-appearance-intro = El aspecto de la ventana de Almanac en este equipo. Los PDF que genera siguen siendo claros, para imprimirlos.
settings-appearance-label = Tema
settings-appearance-system = Igual que el sistema
settings-appearance-light = Claro
settings-appearance-dark = Oscuro
# $theme: the theme just chosen: light, dark, or system (none chosen: the system's).
settings-appearance-changed =
    { $theme ->
        [light] Almanac se muestra ahora con el tema claro.
        [dark] Almanac se muestra ahora con el tema oscuro.
       *[system] Almanac sigue ahora el tema del sistema.
    }

## Settings → Brands, Channels, Objectives and Team: the lists of the plan's own things.

settings-edit = Editar
settings-delete = Eliminar
settings-brands-title = Marcas
settings-brands-add = Añadir marca
settings-brands-empty = Todavía no hay marcas: añade una antes de sus canales.
# Announced after a delete. $name: the brand's name.
settings-brands-deleted = Se eliminó la marca «{ $name }». Deshacer con Ctrl+Z.
settings-channels-title = Canales
settings-channels-add = Añadir canal
settings-channels-empty = Todavía no hay canales.
# Announced after a delete. $name: the channel as the plan names it, platform and handle ("Instagram @westmarkpolice").
settings-channels-deleted = Se eliminó el canal { $name }. Deshacer con Ctrl+Z.
# In a channel's row, after its brand and a “ · ”. $count: the most items it takes a day.
settings-channels-per-day = { $count ->
    [one] como máximo { $count } al día
   *[other] como máximo { $count } al día
}
# In a channel's row, after a “ · ”: the channel is switched off.
settings-channels-inactive = inactivo
settings-objectives-title = Objetivos
settings-objectives-add = Añadir objetivo
settings-objectives-empty = Todavía no hay objetivos.
# Announced after a delete. $name: the objective's name.
settings-objectives-deleted = Se eliminó el objetivo «{ $name }». Deshacer con Ctrl+Z.
# An objective's KPI in its row. $metric: the metric as the team named it ("reach", "link clicks"); $target: the number aimed at, as typed (not grouped); $period: day, week, month, quarter or year (anything else is shown as it is).
settings-objectives-kpi = { $metric }: { $target } por { $period ->
    [day] día
    [week] semana
    [month] mes
    [quarter] trimestre
    [year] año
   *[other] { $period }
}
settings-members-title = Equipo
settings-members-add = Añadir miembro
settings-members-empty = Todavía no hay miembros del equipo: añádelos para asignar un responsable a los contenidos.
# Announced after a delete. $name: the member's name.
settings-members-deleted = Se eliminó a «{ $name }» del equipo. Deshacer con Ctrl+Z.
# In a member's row, after their role and a “ · ”. $count: the most items they take on a week.
settings-members-per-week = { $count ->
    [one] como máximo { $count } contenido a la semana
   *[other] como máximo { $count } contenidos a la semana
}
# In a member's row, after a “ · ”. $count: how many periods of leave they have.
settings-members-leave = { $count ->
    [one] { $count } periodo de ausencia
   *[other] { $count } periodos de ausencia
}

## Settings → Organisation: the plan's organisation, time zone, week, locale and year.

settings-org-title = Organización
settings-org-organisation = Organización
settings-org-zone = Zona horaria (IANA)
settings-org-week-start = La semana empieza el
settings-org-monday = lunes
settings-org-sunday = domingo
settings-org-saturday = sábado
# The technical locale code of the plan's exports ("en-GB", "nl-NL").
settings-org-locale = Configuración regional
settings-org-year-start = El año del plan empieza en
# A month of the year. $month: its number, 1 (January) to 12 (December).
settings-org-month = { $month ->
    [1] enero
    [2] febrero
    [3] marzo
    [4] abril
    [5] mayo
    [6] junio
    [7] julio
    [8] agosto
    [9] septiembre
    [10] octubre
    [11] noviembre
   *[12] diciembre
}
settings-org-confirm-days = Confirmación de los socios (días antes de la publicación)
settings-org-confirm-days-hint = A partir de entonces se señalan los socios que no hayan confirmado.
settings-org-save = Guardar configuración
settings-org-saved = Configuración guardada

## Settings → Team sync: one plan for the whole team through its PostgreSQL server.

settings-team-sync-title = Sincronización del equipo
# $command: the server command that adds a member, shown as code.
settings-team-sync-hint = Un solo plan para todo el equipo a través del servidor PostgreSQL de tu equipo. Este portátil guarda su copia y funciona sin conexión; los cambios viajan en segundo plano. Pide tu dirección y tu contraseña a quien administre el servidor ({ $command }). La contraseña se guarda en el llavero del sistema.
# $error: why, as the app words it.
settings-team-conflicts-unreadable = No se pueden leer los conflictos: { $error }
settings-team-status = Estado
settings-team-not-shared = Sin compartir: este plan solo está en este portátil.
settings-team-server = Servidor
# Beside the server's address: the connection is in plaintext.
settings-team-not-encrypted = sin cifrar
settings-team-signed-in-as = Sesión iniciada como
settings-team-last-sync = Última sincronización
# Where the time of the last sync would be.
settings-team-not-yet = todavía no
settings-team-waiting = Pendientes de envío
settings-team-set-aside = Apartados
# $setAside: the team's changes this laptop could not apply; $refused: this laptop's changes the server refused.
settings-team-set-aside-detail = cambios del equipo que este portátil no pudo aplicar: { $setAside }; cambios de este portátil que el servidor rechazó: { $refused }
settings-team-held = Retenidos hasta una actualización
# $count: the changes from a newer version of Almanac waiting here.
settings-team-held-detail = { $count ->
    [one] { $count } cambio de una versión más reciente de Almanac, que se aplicará cuando se actualice este portátil
   *[other] { $count } cambios de una versión más reciente de Almanac, que se aplicarán cuando se actualice este portátil
}
settings-team-last-attempt = Último intento
settings-team-server-address = Dirección del servidor
settings-team-password = Contraseña
settings-team-save-sync = Guardar y sincronizar
settings-team-join = Unirse al plan del equipo
settings-team-sync-now = Sincronizar ahora
settings-team-syncing = Sincronizando con el equipo
# Beside the progress bar. $done: the changes sent so far; $total: all of them.
settings-team-progress = { $total ->
    [one] { $done } de { $total } cambio
   *[other] { $done } de { $total } cambios
}
# Announced after joining. $report: what travelled (settings-team-report-… parts joined).
settings-team-joined = Te has unido al plan del equipo: { $report }.
# Announced after a sync. $report: what travelled (settings-team-report-… parts joined).
settings-team-synced = Sincronizado: { $report }.
# A part of the sync's report. $count: this laptop's changes the server took.
settings-team-report-sent = { $count ->
    [one] { $count } cambio enviado
   *[other] { $count } cambios enviados
}
# A part of the sync's report. $count: the team's rows applied here.
settings-team-report-received = { $count ->
    [one] { $count } fila modificada recibida
   *[other] { $count } filas modificadas recibidas
}
# A part of the sync's report. $count: the conflicts now waiting.
settings-team-report-conflicts = { $count ->
    [one] { $count } conflicto por resolver
   *[other] { $count } conflictos por resolver
}
# A part of the sync's report. $count: a viewer's changes that stay on this laptop.
settings-team-report-waiting = { $count ->
    [one] { $count } cambio guardado aquí (los cambios de los lectores no se envían)
   *[other] { $count } cambios guardados aquí (los cambios de los lectores no se envían)
}
# Between the parts of the sync's report (mind the space).
settings-team-report-separator = {", "}
settings-team-conflicts-title = Modificado por dos personas por separado
settings-team-conflicts-hint = Mientras tanto, el plan tiene el cambio más reciente. Elige cuál conservar; tu elección se envía al equipo.
# A conflicting row without a title.
settings-team-untitled = (sin título)
# A row a colleague deleted while this laptop changed it. $member: the colleague.
settings-team-conflict-deleted = { $member } lo eliminó mientras lo modificabas
# $label: the row's title.
settings-team-restore-label = Restaurar { $label } con tus cambios
settings-team-restore = Restaurar
# $label: the row's title; $member: the colleague who deleted it.
settings-team-let-go-label = Dejar { $label } eliminado, como hizo { $member }
settings-team-let-go-button = Dejarlo eliminado
# Both values of a field changed on two laptops. $mine: this laptop's value; $member: the colleague; $theirs: the colleague's value.
settings-team-conflict-values = Tu versión: «{ $mine }» · versión de { $member }: «{ $theirs }»
# $label: the row's title; $mine: this laptop's value.
settings-team-keep-mine-label = Conservar tu versión de { $label }: { $mine }
settings-team-keep-mine = Conservar la mía
# $member: the colleague; $label: the row's title; $theirs: the colleague's value.
settings-team-keep-theirs-label = Conservar la versión de { $member } de { $label }: { $theirs }
settings-team-keep-theirs = Conservar la suya
# Announced. $label: the row's title, deleted by a colleague and now back.
settings-team-restored = Se restauró «{ $label }».
# Announced. $label: the row's title, left deleted.
settings-team-let-go = «{ $label }» sigue eliminado.
# Announced. $field: the field's name ("date and time"); $label: the row's title.
settings-team-kept-mine = Se conservó tu versión del campo «{ $field }» de «{ $label }».
# Announced. $member: the colleague; $field: the field's name ("date and time"); $label: the row's title.
settings-team-kept-theirs = Se conservó la versión de { $member } del campo «{ $field }» de «{ $label }».

## Settings → Reminders: this laptop's desktop notifications.

settings-reminders-title = Recordatorios
settings-reminders-hint = Notificaciones de escritorio para el miembro que usa este portátil (Aprobaciones → Eres). Se guardan en este portátil.
settings-reminders-of = Recordarme
settings-reminders-approvals = Los contenidos que esperan mi aprobación
settings-reminders-deadlines = Los plazos de las colaboraciones
settings-reminders-drafts = Los contenidos aún en borrador poco antes de su publicación
settings-reminders-digest = Un resumen diario de todo ello
settings-reminders-days = Días de antelación
settings-reminders-days-hint = Para plazos y borradores, de 1 a 30.
settings-reminders-save = Guardar
settings-reminders-digest-now = Enviar ahora el resumen de hoy
settings-reminders-due = Pendiente ahora
settings-reminders-nothing-due = No hay nada pendiente.
settings-reminders-saved = Se guardaron los recordatorios de este portátil.
# Announced. $title: the digest's title, as the notification gave it.
settings-reminders-sent = Enviado: { $title }.
settings-reminders-nothing-to-send = No hay nada pendiente: ningún resumen que enviar.

## Settings → Published calendar and Calendar server: the plan as an .ics file, or pushed to CalDAV.

settings-calendar-also = Incluir también
settings-calendar-campaigns = Las campañas, como eventos de todo el día
settings-calendar-key-dates = Las fechas clave y los periodos de silencio
settings-published-title = Calendario publicado
settings-published-hint = Un archivo .ics de todo el plan, que se vuelve a escribir tras cada cambio. Guárdalo en una carpeta que sincronice tu equipo (OneDrive, SharePoint, Nextcloud) y suscríbete a él en Outlook o Google Calendar.
# $path: the file, shown as code.
settings-published-to = Publicado en { $path }.
settings-published-none = Sin publicar.
settings-published-file = Archivo
settings-published-file-placeholder = Elige dónde guardar el calendario
settings-published-choose = Elegir…
# The file name suggested when choosing where to publish.
settings-published-file-name = Plan de Almanac.ics
settings-published-publish = Publicar
settings-published-again = Volver a publicar
settings-published-stop = Dejar de publicar
settings-published-busy = Publicando
# Announced. $count: the events written; $path: the file.
settings-published-done = { $count ->
    [one] Se publicó { $count } evento en { $path }; el archivo se vuelve a escribir tras cada cambio.
   *[other] Se publicaron { $count } eventos en { $path }; el archivo se vuelve a escribir tras cada cambio.
}
settings-published-stopped = Se dejó de publicar el calendario; el último archivo escrito sigue donde está.
settings-caldav-title = Servidor de calendario (CalDAV)
settings-caldav-hint = Envía los eventos del plan a un calendario del servidor de tu equipo (Nextcloud, Radicale o cualquier servidor CalDAV) tras cada cambio; solo viajan los eventos que cambiaron. La contraseña se guarda en el llavero del sistema.
# $error: why, as the app words it.
settings-caldav-unreadable = No se puede leer la configuración del servidor de calendario: { $error }
settings-caldav-none = No se envía a ningún servidor.
# $url: the calendar's address, shown as code; $when: the date and time of the attempt; $error: why, as the server or app words it.
settings-caldav-failed = Falló el envío a { $url } el { $when }: { $error }
# $url: the calendar's address, shown as code; $when: the date and time of the push; $report: what changed (settings-caldav-report).
settings-caldav-pushed = Enviado a { $url } el { $when }: { $report }.
# $url: the calendar's address, shown as code.
settings-caldav-pushing-to = Se envía a { $url }.
# What a push did to the server's events: numbers of events created, updated, deleted, restored and left unchanged.
settings-caldav-report = nuevos: { $created }, modificados: { $updated }, eliminados: { $deleted }, restablecidos: { $restored }, sin cambios: { $unchanged }
# Announced. $report: what changed (settings-caldav-report).
settings-caldav-pushed-now = Calendario enviado: { $report }.
settings-caldav-stopped = Se dejó de enviar el calendario; sus eventos siguen en el servidor.
settings-caldav-url = Dirección del calendario
settings-caldav-username = Nombre de usuario
settings-caldav-password = Contraseña (o contraseña de aplicación)
settings-caldav-save-push = Guardar y enviar
settings-caldav-start = Enviar a este calendario
settings-caldav-push-now = Enviar ahora
settings-caldav-stop = Dejar de enviar
settings-caldav-busy = Enviando el calendario
# Beside the progress bar. $done: the events pushed so far; $total: all of them.
settings-caldav-progress = { $done } de { $total }

## Settings → Plan health: the rows of the plan on disk that cannot be read.

settings-health-title = Estado del plan
# $count: the rows that cannot be read; their list follows.
settings-health-summary = { $count ->
    [one] No se pudo leer { $count } fila del plan, que queda fuera de todas las vistas y exportaciones:
   *[other] No se pudieron leer { $count } filas del plan, que quedan fuera de todas las vistas y exportaciones:
}
settings-health-hint = Apártalas para que el plan vuelva a estar completo: cada fila pasa al historial del plan tal como estaba, junto con cualquier fila que la mencione, y Edición → Deshacer el último cambio las devuelve. O restaura una copia de seguridad o una instantánea anterior al daño (Archivo → Restaurar desde una copia de seguridad…).
settings-health-repair = Apartar estas filas
settings-health-ok = Todas las filas del plan se leen correctamente.
# Shown and announced after the repair. $count: the rows set aside.
settings-health-done = { $count ->
    [one] Se apartó { $count } fila. Edición → Deshacer el último cambio la devuelve.
   *[other] Se apartaron { $count } filas. Edición → Deshacer el último cambio las devuelve.
}

## The dialogs: a brand, a channel, an objective, a team member.

settings-brand-new = Nueva marca
settings-brand-edit = Editar marca
settings-brand-name = Nombre
settings-brand-purpose = Finalidad
settings-brand-colour = Color
settings-brand-reapproval = Tras la aprobación, vuelve a revisión si hay
settings-brand-reapproval-any = Cualquier cambio en su texto, canal, fecha u hora
settings-brand-reapproval-copy = Un cambio solo en su texto
settings-channel-new = Nuevo canal
settings-channel-edit = Editar canal
settings-channel-brand = Marca
settings-channel-platform = Plataforma
settings-channel-handle = Usuario o nombre
settings-channel-colour = Color
settings-channel-purpose = Finalidad
settings-channel-max = Máximo de contenidos al día
settings-channel-max-hint = Vacío: sin límite
settings-channel-gap = Mínimo de minutos entre contenidos
settings-channel-gap-hint = Vacío: sin mínimo
settings-channel-slots = Horas de publicación preferidas
settings-channel-slots-hint = Horas como 08:00, 12:30; el relleno de huecos las usa
settings-channel-active = Activo
settings-objective-new = Nuevo objetivo
settings-objective-edit = Editar objetivo
settings-objective-name = Nombre
settings-objective-colour = Color
settings-objective-description = Descripción
settings-objective-metric = Métrica del KPI
settings-objective-target = Meta
# Label of the KPI's period: the target is per day, week…
settings-objective-per = Por
# An option of the KPI's period. $period: day, week, month, quarter or year.
settings-objective-period = { $period ->
    [day] día
    [week] semana
    [quarter] trimestre
    [year] año
   *[month] mes
}
settings-objective-baseline = Valor de referencia (antes del plan)
settings-objective-level = Nivel de evaluación
# An option of the evaluation level (the GCS model). $level: output, outtake, outcome or impact.
settings-objective-level-option = { $level ->
    [output] Producto: lo que publicamos
    [outcome] Resultado: lo que hizo la gente
    [impact] Impacto: lo que cambió
   *[outtake] Recepción: lo que el público se llevó
}
# The KPI's kind: how its readings add up.
settings-objective-kind = La métrica es
# An option of the KPI's kind. $kind: count or level.
settings-objective-kind-option = { $kind ->
    [level] un nivel medido en un momento (un % de encuesta, una puntuación): cuenta la última
   *[count] un recuento: las mediciones se suman (alcance, clics)
}
settings-member-new = Nuevo miembro del equipo
settings-member-edit = Editar miembro del equipo
settings-member-name = Nombre
settings-member-role = Cargo
settings-member-email = Correo electrónico
settings-member-capacity = Máximo de contenidos a la semana
settings-member-capacity-hint = Vacío: sin límite
settings-member-leave = Ausencias
# Before the first day of a period of leave.
settings-member-leave-from = Del
# Before the last day of a period of leave.
settings-member-leave-to = al
settings-member-leave-remove = Quitar
# $date: the first day of the period of leave (YYYY-MM-DD).
settings-member-leave-remove-label = Quitar la ausencia que empieza el { $date }
settings-member-leave-add = Añadir ausencia
settings-member-approves = Aprueba
settings-member-approves-everything = Todos los contenidos del plan
# $brand: the brand's name.
settings-member-approves-brand = Todo lo de { $brand }

## Settings → Team sync: the list of what this laptop set aside, opened under the count.

# Opens the list.
settings-team-set-aside-show = Mostrar lo que se ha apartado
# The list's column headings.
settings-team-set-aside-when = Cuándo
settings-team-set-aside-from = Origen
settings-team-set-aside-what = Campo
settings-team-set-aside-why = Motivo
# In the From column: this laptop's own change, which the server refused.
settings-team-set-aside-this-laptop = Este portátil
