## El registro de auditoría para el responsable de archivo (PDF y CSV), en el idioma del plan.

# El título en las propiedades del PDF. $from, $to: el primer y el último día del periodo.
audit-document-title = Registro de auditoría del { $from } al { $to }
# El encabezado de cada página. $organisation: de quién es el plan.
audit-heading = Registro de auditoría · { $organisation }
# Junto al encabezado. $from, $to: el primer y el último día del periodo.
audit-period = Del { $from } al { $to }
# Bajo el encabezado. $zone: el huso horario del plan; $made: cuándo se generó el registro.
audit-explainer = Cada contenido con fecha en el periodo: cuándo y quién lo planificó por primera vez para su día, y cada cambio posterior. Horas según el huso horario { $zone }. Generado el { $made }.
# El pie de cada página. $organisation: de quién es el plan; $from, $to: el periodo.
audit-footer = { $organisation } · Registro de auditoría del { $from } al { $to }
# El número de página en el pie. $page: esta página; $pages: cuántas hay.
audit-page-of = Página { $page } de { $pages }
audit-nothing = Ningún contenido tiene fecha en este periodo.
# Las columnas de la tabla (y del CSV).
audit-column-item = Contenido
audit-column-channel = Canal
audit-column-status = Estado
audit-column-goes-out = Fecha de publicación
audit-column-first-planned = Planificado por primera vez para esta fecha
audit-column-later = Cambios posteriores
# La columna del CSV con el momento de un cambio. $zone: el huso horario del plan.
audit-column-change-at = Fecha del cambio ({ $zone })
audit-column-by = Por
audit-column-action = Acción
audit-column-change = Cambio
audit-column-item-id = ID del contenido
# La publicación de un contenido del banco de ideas: aún sin día.
audit-in-backlog = En el banco de ideas
# Un contenido sin ningún cambio registrado.
audit-no-recorded-change = Ningún cambio registrado
# La fila del CSV del cambio que planificó el contenido para su día. $change: lo que hizo.
audit-first-planned = Planificado por primera vez para esta fecha: { $change }

## Lo que un cambio hizo a un contenido. $when, $from, $to: un día, o un día y una hora, en palabras.

audit-change-created-in-backlog = Creado, en el banco de ideas
audit-change-created = Creado, planificado para el { $when }
audit-change-deleted = Eliminado
audit-change-planned = Planificado para el { $when }
audit-change-to-backlog = Movido al banco de ideas desde el { $when }
audit-change-moved = Movido del { $from } al { $to }
# $from, $to: los estados antes y después.
audit-change-status = Estado { $from } → { $to }
# $fields: los campos editados («título, texto»), unidos con list-separator.
audit-change-edited = Editado: { $fields }
audit-change-none = Ningún cambio visible
audit-change-approved = Aprobado
# $comment: lo que pidió quien aprueba.
audit-change-changes-requested = Cambios solicitados: { $comment }
# Entre las cosas que hizo un mismo cambio («Movido …; Estado …»).
audit-change-separator = { "; " }
# Lo que hizo quien aprueba.
audit-action-approve = Aprobar
audit-action-request-changes = Solicitar cambios

## El registro de decisiones del año del plan, en CSV, en el idioma del plan.

decision-log-column-decided-on = Fecha de la decisión
decision-log-column-decision = Decisión
decision-log-column-rationale = Justificación
decision-log-column-decided-by = Decidido por
decision-log-column-campaign = Campaña
# A qué se refiere la decisión.
decision-log-column-concerns = Relacionado con
# En lugar de un registro al que se refería la decisión y que se ha eliminado. $kind: qué era.
decision-log-deleted = ({ $kind ->
    [item] contenido eliminado
    [campaign] campaña eliminada
   *[collaboration] colaboración eliminada
})
# Entre los registros a los que se refiere una decisión.
decision-log-separator = { "; " }
