## The content calendar: its toolbar and filters, FullCalendar's month, week and list
## views, the Ideas backlog beside them, and what a screen reader says for their items.

calendar-content-calendar = Contentkalender
calendar-filters = Kalenderfilters
calendar-new-item = Nieuw item

# The banner above the calendar while a gap-filling proposal is shown.
calendar-fill-banner = Voorstel om gaten te vullen
# $count: how many items the proposal places (drawn with a dashed border).
calendar-fill-shown = { $count ->
        [one] { $count } voorgesteld item, weergegeven met een stippellijn.
       *[other] { $count } voorgestelde items, weergegeven met een stippellijn.
    }
calendar-fill-apply = Toepassen
calendar-fill-discard = Verwerpen
# $title: the proposed item's title; shown on the calendar.
calendar-fill-proposed = Voorgesteld: { $title }
# Read by a screen reader for a proposed item. $title: its face, as calendar-fill-proposed says it.
calendar-fill-proposal-label = { $title }, een voorstel om een gat in de dekking te vullen
calendar-dismiss = Sluiten

## The views and FullCalendar's own buttons and words.

calendar-view-switch = Kalenderweergave
calendar-view-month = Maand
calendar-view-week = Week
calendar-view-list = Lijst
calendar-view-grid = Raster
# The tooltip of the Grid button.
calendar-grid-hint = Planningsraster: kanalen per dag
calendar-previous = ‹ Vorige
calendar-next = Volgende ›
calendar-today = Vandaag
# Tooltips of the previous, next and today buttons. $unit: what the view moves by: "month", "week" or "day".
calendar-previous-hint = { $unit ->
        [week] Vorige week
        [day] Vorige dag
       *[month] Vorige maand
    }
calendar-next-hint = { $unit ->
        [week] Volgende week
        [day] Volgende dag
       *[month] Volgende maand
    }
calendar-today-hint = { $unit ->
        [week] Deze week
        [day] Vandaag
       *[month] Deze maand
    }
# Tooltip of a view's button. $view: "month", "week" or "list".
calendar-view-hint = { $view ->
        [week] Weekweergave
        [list] Lijstweergave
       *[month] Maandweergave
    }
# The last line of a busy day: $count more items are not shown.
calendar-more = +{ $count } meer
# Tooltip of a "+N more" link in the week view.
calendar-more-hint = { $count ->
        [one] Nog { $count } item tonen
       *[other] Nog { $count } items tonen
    }
# Read by a screen reader for a busy day's "+N more" line. $day: the day (2027-05-04).
calendar-more-description = { $count ->
        [one] Nog { $count } item op { $day }: open de dag in het planningsraster
       *[other] Nog { $count } items op { $day }: open de dag in het planningsraster
    }
# The label of the week view's row of all-day items.
calendar-all-day = hele dag
calendar-no-events = Geen items om te tonen
calendar-close = Sluiten
# Headings (read by a screen reader) of the list view's columns.
calendar-time = Tijd
calendar-event = Item
# A scrolling part of the calendar, reached by keyboard.
calendar-scrollable-items = Kalenderitems, scrollbaar

## The filters.

calendar-filter-channels-all = Kanalen: alle
# $count: how many channels are chosen.
calendar-filter-channels-some = Kanalen ({ $count })
calendar-filter-show-channels = Kanalen tonen
calendar-filter-campaign = Campagne
calendar-filter-all-campaigns = Alle campagnes
calendar-filter-partner = Partner
calendar-filter-all-partners = Alle partners
calendar-filter-status-all = Status: alle
# $count: how many statuses are chosen.
calendar-filter-status-some = Status ({ $count })
calendar-filter-show-statuses = Statussen tonen
calendar-filter-key-dates-all = Belangrijke data: alle
# $count: how many categories of key dates are chosen.
calendar-filter-key-dates-some = Belangrijke data ({ $count })
calendar-filter-show-key-dates = Belangrijke data tonen

## Key dates: their categories, the levels of a blackout, and their labels.

calendar-key-date-international-days = Internationale dagen
calendar-key-date-awareness-days = Themadagen
calendar-key-date-holidays = Feestdagen
calendar-key-date-internal-dates = Interne data
calendar-key-date-elections = Verkiezingen
calendar-key-date-blackout-periods = Stilteperiodes
# How strict a blackout is; shown after its name and in lists of levels.
calendar-blackout-no-posting = niets publiceren
calendar-blackout-no-new-campaigns = geen nieuwe campagnes
calendar-blackout-restricted = beperkt
# A blackout period's face on the calendar. $name: its name; $level: how strict it is ("no posting").
calendar-key-date-blackout-title = { $name } ({ $level })
# Read by a screen reader and shown as a tooltip. $name: the key date's name;
# $blackout: "yes" when it is a blackout with a level, $level: that level ("restricted");
# $days: "single" for one day, "range" for several; $start, $end: its first and last day (2027-04-14).
calendar-key-date-description = Belangrijke datum: { $name }{ $blackout ->
        [yes] {" "}(stilteperiode: { $level })
       *[no] {""}
    }, { $days ->
        [single] { $start }
       *[range] { $start } t/m { $end }
    }

## The Ideas backlog beside the calendar.

calendar-backlog-title = Ideeënlijst
calendar-backlog-hint = Sleep een idee naar een dag, of geef het focus en druk op M om het te verplaatsen (R biedt het ter goedkeuring aan). Sleep een item hierheen om het uit de planning te halen.
calendar-backlog-move = Verplaatsen naar…
# $title: the idea's title.
calendar-backlog-move-item = Verplaatsen naar… “{ $title }”
calendar-backlog-empty = Er wachten geen ideeën.

## An item on the calendar.

# Read by a screen reader for an item (on the calendar, in the grid, in the backlog).
# $title: the item's title; $format: its format ("Reel"); $channel: its channel ("Instagram @westmarkpolice");
# $status: its status ("Approved"); $when: "idea" (no date yet), "timed" or "allDay";
# $date, $time: its day (2027-05-03) and time (09:00); $repeats: "yes" when it belongs to a repeating series;
# $inCampaign: "yes" when it is part of a campaign, $campaign: the campaign's name;
# $inCollaboration: "yes" when it is part of a collaboration, $collaboration: the collaboration's title,
# $collaborationFindings: how many findings the collaboration has;
# $findings: how many findings the item has, $finding: the first one's message (from the checks).
calendar-item-description = { $title }: { $format } op { $channel }, { $status }, { $when ->
        [idea] in de ideeënlijst
        [timed] { $date } om { $time }
       *[allDay] { $date }, hele dag
    }{ $repeats ->
        [yes] , herhalend
       *[no] {""}
    }{ $inCampaign ->
        [yes] , campagne { $campaign }
       *[no] {""}
    }{ $inCollaboration ->
        [yes] , samenwerking { $collaboration }{ $collaborationFindings ->
            [0] {""}
            [one] {" "}met { $collaborationFindings } bevinding
           *[other] {" "}met { $collaborationFindings } bevindingen
        }
       *[no] {""}
    }{ $findings ->
        [0] {""}
        [one] . { $findings } bevinding: { $finding }
       *[other] . { $findings } bevindingen: { $finding }
    }. Enter om te bewerken, M om te verplaatsen, R om ter goedkeuring aan te bieden.
# The badge of an item that is part of a collaboration (short: it sits before the title).
calendar-collab-badge = Samenw.
# $count: how many findings the collaboration has.
calendar-collab-badge-findings = Samenw. ⚠ { $count }
# The badge's tooltip. $title: the collaboration's title.
calendar-collab-title = Samenwerking: { $title }

## How busy a day of the month is, in its corner.

# Read by a screen reader and shown as a tooltip. $count: the day's items;
# $channels: each channel with its count, as a list ("Instagram 2, X 1").
calendar-day-load = { $count ->
        [one] { $count } item: { $channels }
       *[other] { $count } items: { $channels }
    }
# One channel of that list. $channel: its name; $count: its items that day.
calendar-day-load-channel = { $channel } { $count }
# An item sent for review by its R key.
calendar-sent-for-review = “{ $title }” is ter goedkeuring aangeboden.
# $status: the item's status (Approved, Published…).
calendar-not-sent-for-review = “{ $title }” heeft de status { $status }: alleen ideeën en concepten worden ter goedkeuring aangeboden.
