## The content calendar: its toolbar and filters, FullCalendar's month, week and list
## views, the Ideas backlog beside them, and what a screen reader says for their items.

calendar-content-calendar = Content calendar
calendar-filters = Calendar filters
calendar-new-item = New item

# The banner above the calendar while a gap-filling proposal is shown.
calendar-fill-banner = Gap-filling proposal
# $count: how many items the proposal places (drawn with a dashed border).
calendar-fill-shown = { $count ->
        [one] { $count } proposed item shown dashed.
       *[other] { $count } proposed items shown dashed.
    }
calendar-fill-apply = Apply
calendar-fill-discard = Discard
# $title: the proposed item's title; shown on the calendar.
calendar-fill-proposed = Proposed: { $title }
# Read by a screen reader for a proposed item. $title: its face, as calendar-fill-proposed says it.
calendar-fill-proposal-label = { $title }, a proposal to fill a coverage gap
calendar-dismiss = Dismiss

## The views and FullCalendar's own buttons and words.

calendar-view-switch = Calendar view
calendar-view-month = Month
calendar-view-week = Week
calendar-view-list = List
calendar-view-grid = Grid
# The tooltip of the Grid button.
calendar-grid-hint = Planning grid: channels by day
calendar-previous = ‹ Previous
calendar-next = Next ›
calendar-today = Today
# Tooltips of the previous, next and today buttons. $unit: what the view moves by: "month", "week" or "day".
calendar-previous-hint = { $unit ->
        [week] Previous Week
        [day] Previous Day
       *[month] Previous Month
    }
calendar-next-hint = { $unit ->
        [week] Next Week
        [day] Next Day
       *[month] Next Month
    }
calendar-today-hint = { $unit ->
        [week] This Week
        [day] Today
       *[month] This Month
    }
# Tooltip of a view's button. $view: "month", "week" or "list".
calendar-view-hint = { $view ->
        [week] Week view
        [list] List view
       *[month] Month view
    }
# The last line of a busy day: $count more items are not shown.
calendar-more = +{ $count } more
# Tooltip of a "+N more" link in the week view.
calendar-more-hint = { $count ->
        [one] Show { $count } more event
       *[other] Show { $count } more events
    }
# Read by a screen reader for a busy day's "+N more" line. $day: the day (2027-05-04).
calendar-more-description = { $count ->
    [one] { $count } more item on { $day }: open the day in the planning grid
   *[other] { $count } more items on { $day }: open the day in the planning grid
}
# The label of the week view's row of all-day items.
calendar-all-day = all-day
calendar-no-events = No events to display
calendar-close = Close
# Headings (read by a screen reader) of the list view's columns.
calendar-time = Time
calendar-event = Event
# A scrolling part of the calendar, reached by keyboard.
calendar-scrollable-items = Calendar items, scrollable

## The filters.

calendar-filter-channels-all = Channels: all
# $count: how many channels are chosen.
calendar-filter-channels-some = Channels ({ $count })
calendar-filter-show-channels = Show channels
calendar-filter-campaign = Campaign
calendar-filter-all-campaigns = All campaigns
calendar-filter-partner = Partner
calendar-filter-all-partners = All partners
calendar-filter-status-all = Status: all
# $count: how many statuses are chosen.
calendar-filter-status-some = Status ({ $count })
calendar-filter-show-statuses = Show statuses
calendar-filter-key-dates-all = Key dates: all
# $count: how many categories of key dates are chosen.
calendar-filter-key-dates-some = Key dates ({ $count })
calendar-filter-show-key-dates = Show key dates

## Key dates: their categories, the levels of a blackout, and their labels.

calendar-key-date-international-days = International days
calendar-key-date-awareness-days = Awareness days
calendar-key-date-holidays = Holidays
calendar-key-date-internal-dates = Internal dates
calendar-key-date-elections = Elections
calendar-key-date-blackout-periods = Blackout periods
# How strict a blackout is; shown after its name and in lists of levels.
calendar-blackout-no-posting = no posting
calendar-blackout-no-new-campaigns = no new campaigns
calendar-blackout-restricted = restricted
# A blackout period's face on the calendar. $name: its name; $level: how strict it is ("no posting").
calendar-key-date-blackout-title = { $name } ({ $level })
# Read by a screen reader and shown as a tooltip. $name: the key date's name;
# $blackout: "yes" when it is a blackout with a level, $level: that level ("restricted");
# $days: "single" for one day, "range" for several; $start, $end: its first and last day (2027-04-14).
calendar-key-date-description = Key date: { $name }{ $blackout ->
        [yes] {" "}(blackout: { $level })
       *[no] {""}
    }, { $days ->
        [single] { $start }
       *[range] { $start } to { $end }
    }

## The Ideas backlog beside the calendar.

calendar-backlog-title = Ideas backlog
calendar-backlog-hint = Drag an idea onto a day, or focus it and press M to move it (R sends it for review). Drag an item here to unschedule it.
calendar-backlog-move = Move to…
# $title: the idea's title.
calendar-backlog-move-item = Move to… “{ $title }”
calendar-backlog-empty = No ideas waiting.

## An item on the calendar.

# Read by a screen reader for an item (on the calendar, in the grid, in the backlog).
# $title: the item's title; $format: its format ("Reel"); $channel: its channel ("Instagram @westmarkpolice");
# $status: its status ("Approved"); $when: "idea" (no date yet), "timed" or "allDay";
# $date, $time: its day (2027-05-03) and time (09:00); $repeats: "yes" when it belongs to a repeating series;
# $inCampaign: "yes" when it is part of a campaign, $campaign: the campaign's name;
# $inCollaboration: "yes" when it is part of a collaboration, $collaboration: the collaboration's title,
# $collaborationFindings: how many findings the collaboration has;
# $findings: how many findings the item has, $finding: the first one's message (from the checks).
calendar-item-description = { $title }: { $format } on { $channel }, { $status }, { $when ->
        [idea] in the Ideas backlog
        [timed] { $date } at { $time }
       *[allDay] { $date }, all day
    }{ $repeats ->
        [yes] , repeating
       *[no] {""}
    }{ $inCampaign ->
        [yes] , campaign { $campaign }
       *[no] {""}
    }{ $inCollaboration ->
        [yes] , collaboration { $collaboration }{ $collaborationFindings ->
            [0] {""}
            [one] {" "}with { $collaborationFindings } finding
           *[other] {" "}with { $collaborationFindings } findings
        }
       *[no] {""}
    }{ $findings ->
        [0] {""}
        [one] . { $findings } finding: { $finding }
       *[other] . { $findings } findings: { $finding }
    }. Enter to edit, M to move, R to send for review.
# The badge of an item that is part of a collaboration (short: it sits before the title).
calendar-collab-badge = Collab
# $count: how many findings the collaboration has.
calendar-collab-badge-findings = Collab ⚠ { $count }
# The badge's tooltip. $title: the collaboration's title.
calendar-collab-title = Collaboration: { $title }

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
calendar-sent-for-review = “{ $title }” is sent for review.
# $status: the item's status (Approved, Published…).
calendar-not-sent-for-review = “{ $title }” is { $status }: only ideas and drafts are sent for review.
