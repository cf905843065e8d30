## Campaigns: the list of the plan's campaigns, the campaign dialog, and "Move window…",
## which moves or resizes a campaign's window after a preview.

## The list.

campaigns-title = Campañas
# The label of the list's search field.
campaigns-search = Buscar
# The button above the list and the title of the dialog it opens.
campaigns-new = Nueva campaña
campaigns-column-campaign = Campaña
# The column of each campaign's first and last day.
campaigns-column-window = Periodo
campaigns-column-status = Estado
campaigns-column-hashtags = Hashtags
campaigns-column-channels = Canales
# Read by screen readers only: the column of the buttons on each row.
campaigns-column-actions = Acciones
# The badge beside a flagship campaign's name (short).
campaigns-flagship = Emblemática
# A campaign's window in the list. $start, $end: its first and last day, already formatted ("3 Mar 2027").
campaigns-window = { $start } – { $end }
# The button on each row that opens the Move window dialog.
campaigns-move-window = Mover periodo…
# The same button as read by screen readers; its visible text must start it. $name: the campaign.
campaigns-move-window-label = Mover periodo… { $name }
campaigns-empty = Todavía no hay campañas.

## The campaign dialog.

campaigns-edit = Editar campaña
campaigns-name = Nombre
campaigns-hashtags = Hashtags
campaigns-hashtags-hint = Separados por espacios
# An example hashtag in the empty field.
campaigns-hashtags-placeholder = #SeguridadVial
campaigns-core-message = Mensaje clave
# The campaign's brief: what it sets out to do, for whom, and how.
campaigns-brief = Briefing
# The first day of the campaign's window (here and in Move window).
campaigns-starts = Inicio
# The last day of the campaign's window (here and in Move window).
campaigns-ends = Fin
campaigns-status = Estado
campaigns-colour = Color
campaigns-audience = Público
# The checkbox, and the tooltip of the Flagship badge in the list.
campaigns-flagship-campaign = Campaña emblemática
campaigns-objectives = Objetivos
campaigns-channels = Canales
campaigns-delete = Eliminar
# The status line after saving. $name: the campaign.
campaigns-saved = Se guardó la campaña «{ $name }»
# The status line after deleting. $name: the campaign.
campaigns-deleted = Se eliminó la campaña «{ $name }»; sus contenidos siguen en el plan. Deshacer con Ctrl+Z.

## Move window: move both ends by the same days to take the items along, or resize.

# The dialog's title. $name: the campaign.
campaigns-shift-title = Mover «{ $name }»
# The dialog's title before a campaign is known.
campaigns-shift-title-none = Mover campaña
# The preview when only the window's length changes.
campaigns-shift-resize-only = Nueva duración: ningún contenido se mueve.
# The preview of a move to later days. $count: the items that move; $days: by how many days.
campaigns-shift-later = { $count ->
        [one] { $count } contenido se retrasa
       *[other] { $count } contenidos se retrasan
    } { $days ->
        [one] { $days } día
       *[other] { $days } días
    }; los contenidos publicados o cancelados se quedan donde se publicaron.
# The preview of a move to earlier days. $count: the items that move; $days: by how many days.
campaigns-shift-earlier = { $count ->
        [one] { $count } contenido se adelanta
       *[other] { $count } contenidos se adelantan
    } { $days ->
        [one] { $days } día
       *[other] { $days } días
    }; los contenidos publicados o cancelados se quedan donde se publicaron.
# Before a finding the move would create (in bold; the finding's own text follows).
campaigns-shift-error = Error:
campaigns-shift-warning = Advertencia:
campaigns-shift-note = Nota:
campaigns-shift-no-finding = El cambio no genera ningún hallazgo nuevo.
# An item whose new time falls in the hour skipped when the clocks go forward.
# $title: the item; $asked: the time it would move to; $lands: where it goes out instead (both "2027-03-28 02:30").
campaigns-shift-skipped = «{ $title }»: { $asked } no existe (se adelanta la hora); se publicaría el { $lands }.
campaigns-shift-cancel = Cancelar
campaigns-shift-apply = Aplicar
# The status line after a resize. $name: the campaign.
campaigns-shift-resized = Se cambió la duración de «{ $name }». Deshacer con Ctrl+Z.
# The status line after a move. $count: the items moved with it; $name: the campaign.
campaigns-shift-moved = { $count ->
        [one] Se movió { $count } contenido con «{ $name }». Deshacer con Ctrl+Z.
       *[other] Se movieron { $count } contenidos con «{ $name }». Deshacer con Ctrl+Z.
    }
# The campaign editor's brief section (shown once the campaign is saved).
campaigns-brief-legend = Briefing de campaña para la dirección y los socios (versión guardada)
# The brief's file name suggested in Documents. $name: the campaign's name.
campaigns-brief-file-name = Briefing de campaña – { $name }.pdf
# Announced once the brief is written. $path: where.
campaigns-brief-saved = Briefing de campaña guardado en { $path }.
