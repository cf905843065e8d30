## Requests: the list of requests from other departments and the dialog that weighs one against the plan and decides it.

requests-title = Solicitudes
# Button and title of the dialog for a new request.
requests-new = Nueva solicitud
# Above the list. $fitting: requests that fit an objective; $total: all requests; $share: the percentage that fit (0–100).
requests-fit = Solicitudes que encajan con un objetivo: { $fitting } de { $total } ({ $share } %).
# Column headings.
requests-column-request = Solicitud
requests-column-from = Solicitante
requests-column-received = Recibida
requests-column-age = Antigüedad
requests-column-wanted = Fecha deseada
requests-column-decision = Decisión
# Column heading and field label.
requests-objective = Objetivo
# In the From column. $requester: who asks; $department: their department.
requests-from-department = { $requester }, { $department }
# In the Age column. $count: days since the request came in.
requests-age = { $count ->
    [one] { $count } día
   *[other] { $count } días
}
# The decisions on a request.
requests-decision-open = Abierta
requests-decision-accepted = Aceptada
requests-decision-declined = Rechazada
requests-decision-parked = En espera
# Under an accepted request. $title: the content item it became.
requests-item = Contenido: { $title }
requests-item-deleted = Su contenido se eliminó
requests-empty = Aún no hay solicitudes.

## The request dialog.

# Status line. $title: what is asked for.
requests-saved = Se guardó la solicitud «{ $title }».
# Status line. $title: the request; $day: the wanted day ("2027-04-06").
requests-accepted-dated = Se aceptó «{ $title }»: un contenido en borrador el { $day }. Deshacer con Ctrl+Z.
# Status line. $title: the request.
requests-accepted-backlog = Se aceptó «{ $title }»: un contenido en borrador en el banco de ideas. Deshacer con Ctrl+Z.
# Status line. $title: the request.
requests-declined = Se rechazó «{ $title }».
# Status line: the request is set aside for later. $title: the request.
requests-parked = Se dejó en espera «{ $title }».
# Title of the dialog for an existing request.
requests-dialog-title = Solicitud
requests-field-requester = Quién lo pide
requests-field-department = Departamento
requests-field-contact = Contacto
requests-field-title = Qué se pide
# The request as the requester wrote it.
requests-field-text = Texto original
requests-field-text-hint = Se conserva con el contenido si se acepta la solicitud.
requests-field-audience = Público
# The day the request came in.
requests-field-received = Recibida el
# The day the requester wants it published.
requests-field-wanted = Deseada para el
requests-field-channel = Canal
requests-channel-none = Sin elegir
requests-objective-none = Ninguno
requests-assess = Contrastar con el plan
# Before the objectives the request's words fit.
requests-fits = Encaja con:
# Button beside a suggested objective: choose it for the request.
requests-use-objective = Usar
requests-fits-none = Sus palabras no encajan con ningún objetivo.
# $objective: the objective's name; $rule: its rule in words (from Almanac's checks); $planned: items planned in the period; $required: items the rule asks for; $start, $end: the period's first and last day ("2027-04-01").
requests-gap = Cubre un hueco: { $objective }, { $rule }: { $planned } de { $required } previstos del { $start } al { $end }.
# After a ⛔ or ⚠ sign. $day: the wanted day ("2027-04-06"); $message: the finding, from Almanac's checks.
requests-finding = El { $day }: { $message }
# $day: the wanted day.
requests-no-finding = Ningún problema detectado el { $day }.
# Legend of the decision part of the dialog.
requests-decide = Decidir
requests-reason = Motivo (para rechazar o dejar en espera)
# Button: a draft item on the wanted day. $day: that day ("2027-04-06").
requests-accept-dated = Aceptar para el { $day }
# The same button while no wanted day is given.
requests-accept-dated-unset = Aceptar para el día deseado
requests-accept-backlog = Aceptar en el banco de ideas
# Button: set the request aside for later.
requests-park = Dejar en espera
requests-decline = Rechazar
requests-cancel = Cancelar
requests-save = Guardar
