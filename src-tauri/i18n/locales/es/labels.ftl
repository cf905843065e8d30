## The names of the plan's enumerations: item statuses and formats, campaign statuses, collaboration kinds, partners' statuses and collaboration deadlines. Read by the window and by the exports.

item-status-idea = Idea
item-status-draft = Borrador
item-status-in-review = En revisión
item-status-approved = Aprobado
item-status-scheduled = Programado
item-status-published = Publicado
item-status-on-hold = En pausa
item-status-cancelled = Cancelado

item-format-post = Publicación
item-format-thread = Hilo
item-format-image = Imagen
item-format-carousel = Carrusel
item-format-video = Video
item-format-reel = Reel
item-format-story = Historia
item-format-short = Short
item-format-live = En vivo
item-format-poll = Encuesta
item-format-article = Artículo
item-format-newsletter = Boletín

campaign-status-idea = Idea
campaign-status-planned = Planificada
campaign-status-approved = Aprobada
campaign-status-live = En curso
campaign-status-done = Finalizada
campaign-status-cancelled = Cancelada

collaboration-kind-collab-post = Publicación colaborativa
collaboration-kind-thread-relay = Hilo en relevo
collaboration-kind-cross-post = Publicación cruzada
collaboration-kind-joint-campaign = Campaña conjunta
collaboration-kind-group-broadcast = Difusión en grupo
collaboration-kind-takeover = Toma de la cuenta
collaboration-kind-joint-event = Evento conjunto

partner-status-invited = Invitado
partner-status-confirmed = Confirmado
partner-status-declined = Ha declinado
partner-status-assets-received = Materiales recibidos
partner-status-published = Publicado
partner-status-no-response = Sin respuesta

deadline-assets-due = Entrega de materiales
deadline-approval-due = Plazo de aprobación
deadline-go-live = Publicación
