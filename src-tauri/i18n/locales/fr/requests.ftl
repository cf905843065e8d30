## Requests: the list of requests from other departments and the dialog that weighs one against the plan and decides it.

requests-title = Demandes
# Button and title of the dialog for a new request.
requests-new = Nouvelle demande
# Above the list. $fitting: requests that fit an objective; $total: all requests; $share: the percentage that fit (0–100).
requests-fit = Demandes correspondant à un objectif : { $fitting } sur { $total } ({ $share } %).
# Column headings.
requests-column-request = Demande
requests-column-from = Demandeur
requests-column-received = Reçue
requests-column-age = Ancienneté
requests-column-wanted = Souhaitée
requests-column-decision = Décision
# Column heading and field label.
requests-objective = Objectif
# In the From column. $requester: who asks; $department: their department.
requests-from-department = { $requester }, { $department }
# In the Age column. $count: days since the request came in.
requests-age = { $count ->
    [one] { $count } jour
   *[other] { $count } jours
}
# The decisions on a request.
requests-decision-open = Ouverte
requests-decision-accepted = Acceptée
requests-decision-declined = Refusée
requests-decision-parked = Mise de côté
# Under an accepted request. $title: the content item it became.
requests-item = Contenu : { $title }
requests-item-deleted = Son contenu a été supprimé
requests-empty = Aucune demande pour l’instant.

## The request dialog.

# Status line. $title: what is asked for.
requests-saved = Demande « { $title } » enregistrée.
# Status line. $title: the request; $day: the wanted day ("2027-04-06").
requests-accepted-dated = « { $title } » acceptée : un contenu en brouillon le { $day }. Ctrl+Z pour annuler.
# Status line. $title: the request.
requests-accepted-backlog = « { $title } » acceptée : un contenu en brouillon dans la réserve d’idées. Ctrl+Z pour annuler.
# Status line. $title: the request.
requests-declined = « { $title } » refusée.
# Status line: the request is set aside for later. $title: the request.
requests-parked = « { $title } » mise de côté.
# Title of the dialog for an existing request.
requests-dialog-title = Demande
requests-field-requester = Demandeur
requests-field-department = Service
requests-field-contact = Contact
requests-field-title = Objet de la demande
# The request as the requester wrote it.
requests-field-text = Texte d’origine
requests-field-text-hint = Conservé avec le contenu si la demande est acceptée.
requests-field-audience = Public cible
# The day the request came in.
requests-field-received = Reçue le
# The day the requester wants it published.
requests-field-wanted = Souhaitée le
requests-field-channel = Canal
requests-channel-none = Non choisi
requests-objective-none = Aucun
requests-assess = Évaluer au regard du plan
# Before the objectives the request's words fit.
requests-fits = Correspond à :
# Button beside a suggested objective: choose it for the request.
requests-use-objective = Retenir
requests-fits-none = Ses termes ne correspondent à aucun objectif.
# $objective: the objective's name; $rule: its rule in words (from Almanac's checks); $planned: items planned in the period; $required: items the rule asks for; $start, $end: the period's first and last day ("2027-04-01").
requests-gap = { $planned ->
    [one] Comble une lacune : { $objective }, { $rule } : { $planned } prévu sur { $required } du { $start } au { $end }.
   *[other] Comble une lacune : { $objective }, { $rule } : { $planned } prévus sur { $required } du { $start } au { $end }.
}
# After a ⛔ or ⚠ sign. $day: the wanted day ("2027-04-06"); $message: the finding, from Almanac's checks.
requests-finding = Le { $day } : { $message }
# $day: the wanted day.
requests-no-finding = Aucun problème signalé le { $day }.
# Legend of the decision part of the dialog.
requests-decide = Décision
requests-reason = Motif (en cas de refus ou de mise de côté)
# Button: a draft item on the wanted day. $day: that day ("2027-04-06").
requests-accept-dated = Accepter pour le { $day }
# The same button while no wanted day is given.
requests-accept-dated-unset = Accepter pour le jour souhaité
requests-accept-backlog = Accepter dans la réserve d’idées
# Button: set the request aside for later.
requests-park = Mettre de côté
requests-decline = Refuser
requests-cancel = Annuler
requests-save = Enregistrer
