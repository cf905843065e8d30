## Collaborations: the tracker of the plan's collaborations with partners (what is due this
## week, one row per collaboration) and the collaboration dialog with its briefing pack.

## The tracker.

collaborations-title = Colaboraciones
# The button above the tracker and the title of the dialog it opens.
collaborations-new = Nueva colaboración
collaborations-this-week = Esta semana
# A deadline: $deadline: its kind ("Assets due", "Approval due", "Goes live"); $date: its day (2027-04-01).
collaborations-deadline = { $deadline } { $date }
# An entry of This week. $deadline: the deadline as collaborations-deadline says it (in bold);
# $title: the collaboration (a button). The collaboration's first finding may follow.
collaborations-week-entry = { $deadline }: { $title }
collaborations-nothing-due = No vence nada en los próximos siete días.
collaborations-column-collaboration = Colaboración
# The column and the field of the collaboration's kind (collab post, thread relay…).
collaborations-kind = Tipo
# The column and the field of the go-live time. $zone: the plan's time zone (Europe/London).
collaborations-goes-live = Publicación ({ $zone })
collaborations-column-next-deadline = Próximo plazo
collaborations-column-partners = Socios
collaborations-column-findings = Hallazgos
# Under a row's next deadline. $date: the day the partners need approval by (2027-04-01);
# $count: the collaboration's items still waiting for approval (0: all approved).
collaborations-approval-due = { $count ->
        [0] Aprobación antes del { $date }: todo aprobado
        [one] Aprobación antes del { $date }: { $count } contenido pendiente
       *[other] Aprobación antes del { $date }: { $count } contenidos pendientes
    }
collaborations-empty = Todavía no hay colaboraciones.

## The collaboration dialog.

# A finding with its suggested fix. $message: the finding; $fix: what would fix it (both from the checks).
collaborations-finding-fix = { $message }. { $fix }.
collaborations-title-field = Título
collaborations-campaign = Campaña
# The choice of no campaign.
collaborations-no-campaign = Ninguna
collaborations-assets-due = Entrega de materiales
collaborations-approval-due-field = Plazo de aprobación
collaborations-key-message = Mensaje clave
collaborations-hashtags = Hashtags
collaborations-asset-specs = Especificaciones de materiales
collaborations-asset-specs-hint = Formatos, tamaños y textos que entrega cada socio
# The legend of the partners in the collaboration. $count: how many.
collaborations-partners-count = Socios ({ $count })
collaborations-column-partner = Socio
collaborations-column-role = Función
collaborations-column-status = Estado
# A thread relay's column of each partner's slot. $zone: the plan's time zone (Europe/London).
collaborations-column-slot = Franja ({ $zone })
# The column of the go-live (and slot) on each partner's own clock.
collaborations-column-clock = Su hora local
# In place of the name of a partner since deleted.
collaborations-removed-partner = Socio eliminado
# The accessible names of a partner's fields. $name: the partner.
collaborations-role-of = Función de { $name }
collaborations-status-of = Estado de { $name }
collaborations-slot-of = Franja de relevo de { $name }
# A partner's relay slot on its own clock. $time: the time (14:00).
collaborations-their-slot = franja { $time }
# The accessible names of the buttons that reorder a thread relay. $name: the partner.
collaborations-move-earlier = Adelantar a { $name } en el relevo
collaborations-move-later = Retrasar a { $name } en el relevo
# The button that takes a partner out (and its column's hidden header).
collaborations-remove = Quitar
# The Remove button as read by screen readers. $name: the partner.
collaborations-remove-partner = Quitar a { $name }
collaborations-partner-to-add = Socio que añadir
collaborations-add-partner-option = Añadir un socio…
collaborations-add = Añadir
collaborations-group-to-add = Grupo que añadir
collaborations-add-group-option = Añadir un grupo entero…
# A partner group in the list. $name: the group; $count: how many partners it holds.
collaborations-group = { $name } ({ $count })
collaborations-add-group = Añadir grupo
# $count: how many content items are linked to the collaboration.
collaborations-linked-items = Contenidos vinculados ({ $count })
# The label of the search among the items that can be linked.
collaborations-find = Buscar
collaborations-items-hint = Indica la publicación (y la campaña) para ver los contenidos de esas fechas.
collaborations-notes = Notas
collaborations-delete = Eliminar
# The status line after saving. $title: the collaboration.
collaborations-saved = Se guardó la colaboración «{ $title }»
collaborations-deleted = Se eliminó la colaboración. Deshacer con Ctrl+Z.

## The briefing pack: a one-page PDF and an e-mail text for the partners.

collaborations-brief-legend = Dosier informativo para los socios (versión guardada)
# The suggested file name. $title: the collaboration.
collaborations-brief-file-name = Briefing – { $title }.pdf
collaborations-brief-path = Guardar el PDF de una página como
collaborations-brief-choose = Elegir…
collaborations-brief-export = Exportar PDF
collaborations-copy-email = Copiar el texto del correo
# After export. $path: where the PDF was saved (set as code).
collaborations-brief-saved-to = Guardado en { $path }
collaborations-brief-open = Abrir el PDF
# The status line after export. $path: the PDF's full path.
collaborations-brief-saved = Se guardó el dosier informativo en { $path }.
collaborations-email-copied = El texto informativo está en el portapapeles: pégalo en un correo.
collaborations-email-no-clipboard = El portapapeles no está disponible aquí; el texto aparece abajo para que lo copies.
# The accessible name of the box showing the e-mail text when the clipboard is not available.
collaborations-email-text = Texto del correo informativo
