## The content calendar: its toolbar and filters, FullCalendar's month, week and list
## views, the Ideas backlog beside them, and what a screen reader says for their items.

calendar-content-calendar = Calendrier éditorial
calendar-filters = Filtres du calendrier
calendar-new-item = Nouveau contenu

# The banner above the calendar while a gap-filling proposal is shown.
calendar-fill-banner = Proposition pour combler les creux
# $count: how many items the proposal places (drawn with a dashed border).
calendar-fill-shown = { $count ->
        [one] { $count } contenu proposé, affiché en pointillés.
       *[other] { $count } contenus proposés, affichés en pointillés.
    }
calendar-fill-apply = Appliquer
calendar-fill-discard = Abandonner
# $title: the proposed item's title; shown on the calendar.
calendar-fill-proposed = Proposé : { $title }
# Read by a screen reader for a proposed item. $title: its face, as calendar-fill-proposed says it.
calendar-fill-proposal-label = { $title }, une proposition pour combler un creux de couverture
calendar-dismiss = Fermer

## The views and FullCalendar's own buttons and words.

calendar-view-switch = Vue du calendrier
calendar-view-month = Mois
calendar-view-week = Semaine
calendar-view-list = Liste
calendar-view-grid = Grille
# The tooltip of the Grid button.
calendar-grid-hint = Grille de planification : canaux par jour
calendar-previous = ‹ Précédent
calendar-next = Suivant ›
calendar-today = Aujourd’hui
# Tooltips of the previous, next and today buttons. $unit: what the view moves by: "month", "week" or "day".
calendar-previous-hint = { $unit ->
        [week] Semaine précédente
        [day] Jour précédent
       *[month] Mois précédent
    }
calendar-next-hint = { $unit ->
        [week] Semaine suivante
        [day] Jour suivant
       *[month] Mois suivant
    }
calendar-today-hint = { $unit ->
        [week] Cette semaine
        [day] Aujourd’hui
       *[month] Ce mois-ci
    }
# Tooltip of a view's button. $view: "month", "week" or "list".
calendar-view-hint = { $view ->
        [week] Vue semaine
        [list] Vue liste
       *[month] Vue mois
    }
# The last line of a busy day: $count more items are not shown.
calendar-more = { $count ->
        [one] +{ $count } autre
       *[other] +{ $count } autres
    }
# Tooltip of a "+N more" link in the week view.
calendar-more-hint = { $count ->
        [one] Afficher { $count } autre contenu
       *[other] Afficher { $count } autres contenus
    }
# Read by a screen reader for a busy day's "+N more" line. $day: the day (2027-05-04).
calendar-more-description = { $count ->
        [one] { $count } autre contenu le { $day } : ouvrir le jour dans la grille de planification
       *[other] { $count } autres contenus le { $day } : ouvrir le jour dans la grille de planification
    }
# The label of the week view's row of all-day items.
calendar-all-day = toute la journée
calendar-no-events = Aucun contenu à afficher
calendar-close = Fermer
# Headings (read by a screen reader) of the list view's columns.
calendar-time = Heure
calendar-event = Contenu
# A scrolling part of the calendar, reached by keyboard.
calendar-scrollable-items = Contenus du calendrier, zone défilante

## The filters.

calendar-filter-channels-all = Canaux : tous
# $count: how many channels are chosen.
calendar-filter-channels-some = Canaux ({ $count })
calendar-filter-show-channels = Afficher les canaux
calendar-filter-campaign = Campagne
calendar-filter-all-campaigns = Toutes les campagnes
calendar-filter-partner = Partenaire
calendar-filter-all-partners = Tous les partenaires
calendar-filter-status-all = Statut : tous
# $count: how many statuses are chosen.
calendar-filter-status-some = Statut ({ $count })
calendar-filter-show-statuses = Afficher les statuts
calendar-filter-key-dates-all = Dates clés : toutes
# $count: how many categories of key dates are chosen.
calendar-filter-key-dates-some = Dates clés ({ $count })
calendar-filter-show-key-dates = Afficher les dates clés

## Key dates: their categories, the levels of a blackout, and their labels.

calendar-key-date-international-days = Journées internationales
calendar-key-date-awareness-days = Journées de sensibilisation
calendar-key-date-holidays = Jours fériés
calendar-key-date-internal-dates = Dates internes
calendar-key-date-elections = Élections
calendar-key-date-blackout-periods = Périodes de silence
# How strict a blackout is; shown after its name and in lists of levels.
calendar-blackout-no-posting = aucune publication
calendar-blackout-no-new-campaigns = aucune nouvelle campagne
calendar-blackout-restricted = restreinte
# A blackout period's face on the calendar. $name: its name; $level: how strict it is ("no posting").
calendar-key-date-blackout-title = { $name } ({ $level })
# Read by a screen reader and shown as a tooltip. $name: the key date's name;
# $blackout: "yes" when it is a blackout with a level, $level: that level ("restricted");
# $days: "single" for one day, "range" for several; $start, $end: its first and last day (2027-04-14).
calendar-key-date-description = Date clé : { $name }{ $blackout ->
        [yes] {" "}(période de silence : { $level })
       *[no] {""}
    }, { $days ->
        [single] le { $start }
       *[range] du { $start } au { $end }
    }

## The Ideas backlog beside the calendar.

calendar-backlog-title = Réserve d’idées
calendar-backlog-hint = Faites glisser une idée sur un jour, ou sélectionnez-la et appuyez sur M pour la déplacer (R la soumet à validation). Faites glisser un contenu ici pour le retirer du planning.
calendar-backlog-move = Déplacer vers…
# $title: the idea's title.
calendar-backlog-move-item = Déplacer vers… « { $title } »
calendar-backlog-empty = Aucune idée en attente.

## An item on the calendar.

# Read by a screen reader for an item (on the calendar, in the grid, in the backlog).
# $title: the item's title; $format: its format ("Reel"); $channel: its channel ("Instagram @westmarkpolice");
# $status: its status ("Approved"); $when: "idea" (no date yet), "timed" or "allDay";
# $date, $time: its day (2027-05-03) and time (09:00); $repeats: "yes" when it belongs to a repeating series;
# $inCampaign: "yes" when it is part of a campaign, $campaign: the campaign's name;
# $inCollaboration: "yes" when it is part of a collaboration, $collaboration: the collaboration's title,
# $collaborationFindings: how many findings the collaboration has;
# $findings: how many findings the item has, $finding: the first one's message (from the checks).
calendar-item-description = { $title } : { $format } sur { $channel }, { $status }, { $when ->
        [idea] dans la réserve d’idées
        [timed] le { $date } à { $time }
       *[allDay] le { $date }, toute la journée
    }{ $repeats ->
        [yes] , récurrent
       *[no] {""}
    }{ $inCampaign ->
        [yes] , campagne { $campaign }
       *[no] {""}
    }{ $inCollaboration ->
        [yes] , collaboration { $collaboration }{ $collaborationFindings ->
            [0] {""}
            [one] {" "}avec { $collaborationFindings } constat
           *[other] {" "}avec { $collaborationFindings } constats
        }
       *[no] {""}
    }{ $findings ->
        [0] {""}
        [one] . { $findings } constat : { $finding }
       *[other] . { $findings } constats : { $finding }
    }. Entrée pour modifier, M pour déplacer, R pour soumettre à validation.
# The badge of an item that is part of a collaboration (short: it sits before the title).
calendar-collab-badge = Collab
# $count: how many findings the collaboration has.
calendar-collab-badge-findings = Collab ⚠ { $count }
# The badge's tooltip. $title: the collaboration's title.
calendar-collab-title = Collaboration : { $title }

## How busy a day of the month is, in its corner.

# Read by a screen reader and shown as a tooltip. $count: the day's items;
# $channels: each channel with its count, as a list ("Instagram 2, X 1").
calendar-day-load = { $count ->
        [one] { $count } contenu : { $channels }
       *[other] { $count } contenus : { $channels }
    }
# One channel of that list. $channel: its name; $count: its items that day.
calendar-day-load-channel = { $channel } { $count }
# An item sent for review by its R key.
calendar-sent-for-review = « { $title } » est soumis à validation.
# $status: the item's status (Approved, Published…).
calendar-not-sent-for-review = « { $title } » a le statut { $status } : seuls les idées et les brouillons sont soumis à validation.
