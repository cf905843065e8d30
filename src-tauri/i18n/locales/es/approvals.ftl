## Approvals: the queue of items in review, decided one by one or several at once, and the dialog that sends items back with a comment.

approvals-title = Aprobaciones
# The field that narrows the queue to the items whose title, campaign or channel hold its words.
approvals-search = Buscar
# Label of the list of team members: who sits at this laptop.
approvals-you-are = Eres
# On a team plan. $name: the member signed in to the team on this laptop.
approvals-signed-in = Eres { $name }, según tu sesión en el equipo
approvals-not-chosen = Sin elegir
# Label of the list of approvers whose queue is shown.
approvals-queue-of = Cola de
# The option for every item in review. $count: how many items wait.
approvals-everyone = Todos ({ $count })
# An approver in the list of queues. $name: the approver; $count: the items waiting for them.
approvals-approver = { $name } ({ $count })
approvals-nobody-approves = Todavía no aprueba nadie: en Configuración → Equipo, marca lo que aprueba cada aprobador.
# $name: the approver at this laptop.
approvals-deciding-as = Decides como { $name }.
# $name: the signed-in team member, who approves nothing.
approvals-approves-nothing = { $name } no aprueba nada: el propietario del servidor del equipo decide quién aprueba qué.
approvals-choose-who = Elige quién eres para poder aprobar.
# The keys the queue listens to: A, R and Ctrl+A stay as they are in every language.
approvals-keys = Teclas: ↑ ↓ para moverse, Espacio para marcar, A para aprobar, R para solicitar cambios, Ctrl+A para marcar todo.
approvals-approve = Aprobar
# The approve button when items are ticked. $count: how many are ticked.
approvals-approve-count = Aprobar ({ $count })
approvals-ask-for-changes = Solicitar cambios…
# A queue entry's checkbox, read by screen readers. $title: the item; $due: its date and time ("2027-04-06 09:30") or the text of approvals-no-date.
approvals-entry-label = { $title }, fecha prevista: { $due }
approvals-no-date = Aún sin fecha
# After an item's date and channel, when the person at this laptop may not approve it.
approvals-not-yours = no te corresponde aprobarlo
# $title: the collaboration the item belongs to.
approvals-collaboration = Colaboración: { $title }
# $title: the collaboration; $due: the date its partners need approval by ("2027-04-01").
approvals-collaboration-due = Colaboración: { $title }, aprobación prevista para el { $due }
# The last decision on an item sent back. $name: the approver; $comment: what they wrote.
approvals-asked = { $name } pidió: “{ $comment }”
approvals-empty = No hay nada pendiente de aprobación.
approvals-empty-approver = No hay nada pendiente de aprobación por parte de esta persona.
approvals-tick-first = Marca primero los elementos sobre los que quieres decidir (Espacio).
# Status line after a decision. $count: how many items were approved.
approvals-approved = { $count ->
    [one] { $count } elemento aprobado. Ctrl+Z para deshacer.
   *[other] { $count } elementos aprobados. Ctrl+Z para deshacer.
}
# Status line after a decision. $count: how many items were sent back.
approvals-changes-asked = { $count ->
    [one] Cambios solicitados en { $count } elemento. Ctrl+Z para deshacer.
   *[other] Cambios solicitados en { $count } elementos. Ctrl+Z para deshacer.
}
approvals-changes-title = Solicitar cambios
# In the "Ask for changes" dialog. $count: how many items go back.
approvals-changes-intro = { $count ->
    [one] { $count } elemento vuelve a su autor como borrador, con tu comentario.
   *[other] { $count } elementos vuelven a sus autores como borradores, con tu comentario.
}
approvals-changes-comment = Qué debe cambiar
