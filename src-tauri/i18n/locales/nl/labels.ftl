## The names of the plan's enumerations: item statuses and formats, campaign statuses, collaboration kinds, partners' statuses and collaboration deadlines. Read by the window and by the exports.

item-status-idea = Idee
item-status-draft = Concept
item-status-in-review = Ter goedkeuring
item-status-approved = Goedgekeurd
item-status-scheduled = Ingepland
item-status-published = Gepubliceerd
item-status-on-hold = Gepauzeerd
item-status-cancelled = Geannuleerd

item-format-post = Post
item-format-thread = Thread
item-format-image = Afbeelding
item-format-carousel = Carrousel
item-format-video = Video
item-format-reel = Reel
item-format-story = Story
item-format-short = Short
item-format-live = Live
item-format-poll = Poll
item-format-article = Artikel
item-format-newsletter = Nieuwsbrief

campaign-status-idea = Idee
campaign-status-planned = Gepland
campaign-status-approved = Goedgekeurd
campaign-status-live = Live
campaign-status-done = Afgerond
campaign-status-cancelled = Geannuleerd

collaboration-kind-collab-post = Collab-post
collaboration-kind-thread-relay = Thread-estafette
collaboration-kind-cross-post = Crosspost
collaboration-kind-joint-campaign = Gezamenlijke campagne
collaboration-kind-group-broadcast = Groepsbericht
collaboration-kind-takeover = Takeover
collaboration-kind-joint-event = Gezamenlijk evenement

partner-status-invited = Uitgenodigd
partner-status-confirmed = Bevestigd
partner-status-declined = Afgezegd
partner-status-assets-received = Materiaal ontvangen
partner-status-published = Gepubliceerd
partner-status-no-response = Geen reactie

deadline-assets-due = Deadline materiaal
deadline-approval-due = Deadline goedkeuring
deadline-go-live = Gaat live
