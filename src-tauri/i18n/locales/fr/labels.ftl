## The names of the plan's enumerations: item statuses and formats, campaign statuses, collaboration kinds, partners' statuses and collaboration deadlines. Read by the window and by the exports.

item-status-idea = Idée
item-status-draft = Brouillon
item-status-in-review = En validation
item-status-approved = Validé
item-status-scheduled = Programmé
item-status-published = Publié
item-status-on-hold = Suspendu
item-status-cancelled = Annulé

item-format-post = Publication
item-format-thread = Fil
item-format-image = Image
item-format-carousel = Carrousel
item-format-video = Vidéo
item-format-reel = Reel
item-format-story = Story
item-format-short = Short
item-format-live = Live
item-format-poll = Sondage
item-format-article = Article
item-format-newsletter = Lettre d’information

campaign-status-idea = Idée
campaign-status-planned = Planifiée
campaign-status-approved = Validée
campaign-status-live = En cours
campaign-status-done = Terminée
campaign-status-cancelled = Annulée

collaboration-kind-collab-post = Publication collaborative
collaboration-kind-thread-relay = Fil en relais
collaboration-kind-cross-post = Publication croisée
collaboration-kind-joint-campaign = Campagne conjointe
collaboration-kind-group-broadcast = Diffusion groupée
collaboration-kind-takeover = Prise de contrôle du compte
collaboration-kind-joint-event = Événement conjoint

partner-status-invited = Invité
partner-status-confirmed = Confirmé
partner-status-declined = A décliné
partner-status-assets-received = Éléments reçus
partner-status-published = Publié
partner-status-no-response = Sans réponse

deadline-assets-due = Remise des éléments
deadline-approval-due = Échéance de validation
deadline-go-live = Mise en ligne
