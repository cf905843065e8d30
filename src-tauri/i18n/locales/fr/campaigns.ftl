## Campaigns: the list of the plan's campaigns, the campaign dialog, and "Move window…",
## which moves or resizes a campaign's window after a preview.

## The list.

campaigns-title = Campagnes
# The label of the list's search field.
campaigns-search = Rechercher
# The button above the list and the title of the dialog it opens.
campaigns-new = Nouvelle campagne
campaigns-column-campaign = Campagne
# The column of each campaign's first and last day.
campaigns-column-window = Période
campaigns-column-status = Statut
campaigns-column-hashtags = Hashtags
campaigns-column-channels = Canaux
# Read by screen readers only: the column of the buttons on each row.
campaigns-column-actions = Actions
# The badge beside a flagship campaign's name (short).
campaigns-flagship = Phare
# A campaign's window in the list. $start, $end: its first and last day, already formatted ("3 Mar 2027").
campaigns-window = { $start } – { $end }
# The button on each row that opens the Move window dialog.
campaigns-move-window = Déplacer la période…
# The same button as read by screen readers; its visible text must start it. $name: the campaign.
campaigns-move-window-label = Déplacer la période… { $name }
campaigns-empty = Aucune campagne pour l’instant.

## The campaign dialog.

campaigns-edit = Modifier la campagne
campaigns-name = Nom
campaigns-hashtags = Hashtags
campaigns-hashtags-hint = Séparés par des espaces
# An example hashtag in the empty field.
campaigns-hashtags-placeholder = #SécuritéRoutière
campaigns-core-message = Message clé
# The campaign's brief: what it sets out to do, for whom, and how.
campaigns-brief = Brief
# The first day of the campaign's window (here and in Move window).
campaigns-starts = Début
# The last day of the campaign's window (here and in Move window).
campaigns-ends = Fin
campaigns-status = Statut
campaigns-colour = Couleur
campaigns-audience = Public cible
# The checkbox, and the tooltip of the Flagship badge in the list.
campaigns-flagship-campaign = Campagne phare
campaigns-objectives = Objectifs
campaigns-channels = Canaux
campaigns-delete = Supprimer
# The status line after saving. $name: the campaign.
campaigns-saved = Campagne « { $name } » enregistrée
# The status line after deleting. $name: the campaign.
campaigns-deleted = Campagne « { $name } » supprimée ; ses contenus restent dans le plan. Ctrl+Z pour annuler.

## Move window: move both ends by the same days to take the items along, or resize.

# The dialog's title. $name: the campaign.
campaigns-shift-title = Déplacer « { $name } »
# The dialog's title before a campaign is known.
campaigns-shift-title-none = Déplacer la campagne
# The preview when only the window's length changes.
campaigns-shift-resize-only = Nouvelle durée : aucun contenu ne bouge.
# The preview of a move to later days. $count: the items that move; $days: by how many days.
campaigns-shift-later = { $count ->
        [one] { $count } contenu est repoussé
       *[other] { $count } contenus sont repoussés
    } de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } ; les contenus publiés ou annulés restent là où ils ont été diffusés.
# The preview of a move to earlier days. $count: the items that move; $days: by how many days.
campaigns-shift-earlier = { $count ->
        [one] { $count } contenu est avancé
       *[other] { $count } contenus sont avancés
    } de { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } ; les contenus publiés ou annulés restent là où ils ont été diffusés.
# Before a finding the move would create (in bold; the finding's own text follows).
campaigns-shift-error = Erreur :
campaigns-shift-warning = Avertissement :
campaigns-shift-note = Remarque :
campaigns-shift-no-finding = Le déplacement ne crée aucun nouveau constat.
# An item whose new time falls in the hour skipped when the clocks go forward.
# $title: the item; $asked: the time it would move to; $lands: where it goes out instead (both "2027-03-28 02:30").
campaigns-shift-skipped = « { $title } » : { $asked } n’existe pas (passage à l’heure d’été) ; il serait diffusé le { $lands }.
campaigns-shift-cancel = Annuler
campaigns-shift-apply = Appliquer
# The status line after a resize. $name: the campaign.
campaigns-shift-resized = Durée de « { $name } » modifiée. Ctrl+Z pour annuler.
# The status line after a move. $count: the items moved with it; $name: the campaign.
campaigns-shift-moved = { $count ->
        [one] { $count } contenu déplacé avec « { $name } ». Ctrl+Z pour annuler.
       *[other] { $count } contenus déplacés avec « { $name } ». Ctrl+Z pour annuler.
    }
# The campaign editor's brief section (shown once the campaign is saved).
campaigns-brief-legend = Brief de campagne pour la direction et les partenaires (version enregistrée)
# The brief's file name suggested in Documents. $name: the campaign's name.
campaigns-brief-file-name = Brief de campagne – { $name }.pdf
# Announced once the brief is written. $path: where.
campaigns-brief-saved = Brief de campagne enregistré dans { $path }.
