## Collaborations: the tracker of the plan's collaborations with partners (what is due this
## week, one row per collaboration) and the collaboration dialog with its briefing pack.

## The tracker.

collaborations-title = Collaborations
# The button above the tracker and the title of the dialog it opens.
collaborations-new = Nouvelle collaboration
collaborations-this-week = Cette semaine
# A deadline: $deadline: its kind ("Assets due", "Approval due", "Goes live"); $date: its day (2027-04-01).
collaborations-deadline = { $deadline } { $date }
# An entry of This week. $deadline: the deadline as collaborations-deadline says it (in bold);
# $title: the collaboration (a button). The collaboration's first finding may follow.
collaborations-week-entry = { $deadline } : { $title }
collaborations-nothing-due = Aucune échéance dans les sept prochains jours.
collaborations-column-collaboration = Collaboration
# The column and the field of the collaboration's kind (collab post, thread relay…).
collaborations-kind = Type
# The column and the field of the go-live time. $zone: the plan's time zone (Europe/London).
collaborations-goes-live = Mise en ligne ({ $zone })
collaborations-column-next-deadline = Prochaine échéance
collaborations-column-partners = Partenaires
collaborations-column-findings = Constats
# Under a row's next deadline. $date: the day the partners need approval by (2027-04-01);
# $count: the collaboration's items still waiting for approval (0: all approved).
collaborations-approval-due = { $count ->
        [0] Validation attendue le { $date } : tout est validé
        [one] Validation attendue le { $date } : { $count } contenu en attente
       *[other] Validation attendue le { $date } : { $count } contenus en attente
    }
collaborations-empty = Aucune collaboration pour l’instant.

## The collaboration dialog.

# A finding with its suggested fix. $message: the finding; $fix: what would fix it (both from the checks).
collaborations-finding-fix = { $message }. { $fix }.
collaborations-title-field = Titre
collaborations-campaign = Campagne
# The choice of no campaign.
collaborations-no-campaign = Aucune
collaborations-assets-due = Remise des éléments
collaborations-approval-due-field = Échéance de validation
collaborations-key-message = Message clé
collaborations-hashtags = Hashtags
collaborations-asset-specs = Spécifications des éléments
collaborations-asset-specs-hint = Formats, dimensions et légendes que fournit chaque partenaire
# The legend of the partners in the collaboration. $count: how many.
collaborations-partners-count = Partenaires ({ $count })
collaborations-column-partner = Partenaire
collaborations-column-role = Rôle
collaborations-column-status = Statut
# A thread relay's column of each partner's slot. $zone: the plan's time zone (Europe/London).
collaborations-column-slot = Créneau ({ $zone })
# The column of the go-live (and slot) on each partner's own clock.
collaborations-column-clock = Leur heure locale
# In place of the name of a partner since deleted.
collaborations-removed-partner = Partenaire supprimé
# The accessible names of a partner's fields. $name: the partner.
collaborations-role-of = Rôle de { $name }
collaborations-status-of = Statut de { $name }
collaborations-slot-of = Créneau de relais de { $name }
# A partner's relay slot on its own clock. $time: the time (14:00).
collaborations-their-slot = créneau { $time }
# The accessible names of the buttons that reorder a thread relay. $name: the partner.
collaborations-move-earlier = Avancer { $name } dans le relais
collaborations-move-later = Reculer { $name } dans le relais
# The button that takes a partner out (and its column's hidden header).
collaborations-remove = Retirer
# The Remove button as read by screen readers. $name: the partner.
collaborations-remove-partner = Retirer { $name }
collaborations-partner-to-add = Partenaire à ajouter
collaborations-add-partner-option = Ajouter un partenaire…
collaborations-add = Ajouter
collaborations-group-to-add = Groupe à ajouter
collaborations-add-group-option = Ajouter tout un groupe…
# A partner group in the list. $name: the group; $count: how many partners it holds.
collaborations-group = { $name } ({ $count })
collaborations-add-group = Ajouter le groupe
# $count: how many content items are linked to the collaboration.
collaborations-linked-items = Contenus associés ({ $count })
# The label of the search among the items that can be linked.
collaborations-find = Rechercher
collaborations-items-hint = Indiquez la mise en ligne (et la campagne) pour afficher les contenus prévus autour.
collaborations-notes = Notes
collaborations-delete = Supprimer
# The status line after saving. $title: the collaboration.
collaborations-saved = Collaboration « { $title } » enregistrée
collaborations-deleted = Collaboration supprimée. Ctrl+Z pour annuler.

## The briefing pack: a one-page PDF and an e-mail text for the partners.

collaborations-brief-legend = Dossier de briefing pour les partenaires (version enregistrée)
# The suggested file name. $title: the collaboration.
collaborations-brief-file-name = Brief – { $title }.pdf
collaborations-brief-path = Enregistrer le PDF d’une page sous
collaborations-brief-choose = Choisir…
collaborations-brief-export = Exporter en PDF
collaborations-copy-email = Copier le texte du courriel
# After export. $path: where the PDF was saved (set as code).
collaborations-brief-saved-to = Enregistré dans { $path }
collaborations-brief-open = Ouvrir le PDF
# The status line after export. $path: the PDF's full path.
collaborations-brief-saved = Dossier de briefing enregistré dans { $path }.
collaborations-email-copied = Le texte du briefing est dans le presse-papiers : collez-le dans un courriel.
collaborations-email-no-clipboard = Le presse-papiers n’est pas disponible ici ; le texte est affiché ci-dessous pour que vous puissiez le copier.
# The accessible name of the box showing the e-mail text when the clipboard is not available.
collaborations-email-text = Texte du courriel de briefing
