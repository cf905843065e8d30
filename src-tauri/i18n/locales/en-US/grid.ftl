## The planning grid (the Calendar's grid): its toolbar, its rows and cells, and the “Move to…” dialog.

## The toolbar above the grid.

# The group of buttons that move the window of days shown (previous, today, next).
grid-toolbar-window = Window
grid-toolbar-previous = ‹ Previous
grid-toolbar-today = Today
grid-toolbar-next = Next ›
# The group of buttons choosing how many days the grid shows.
grid-toolbar-days-shown = Days shown
grid-span-week = Week
grid-span-fortnight = Two weeks
grid-span-month = Month
# The choice of what the grid's rows are.
grid-toolbar-rows = Rows
grid-rows-channel = Channels
grid-rows-campaign = Campaigns
grid-rows-owner = Owners
# The toolbar's title for a week or a fortnight. $from: its first day ("3 May"); $to: its last day, with the year ("9 May 2027").
grid-window-range = { $from } – { $to }

## The grid.

# The row of items in no campaign (rows by campaign).
grid-no-campaign = No campaign
# The row of items nobody owns (rows by owner).
grid-unassigned = Unassigned
# Hides an error message shown above the grid.
grid-dismiss = Dismiss
# The grid's accessible name. $rows: what the rows are (channel, campaign or owner); $period: the toolbar's title ("3 May – 9 May 2027", "May 2027").
grid-label = Planning grid: { $rows ->
        [campaign] campaigns
        [owner] owners
       *[channel] channels
    } by day, { $period }
# Beside a brand's name in its group row: how many channels it has.
grid-group-channels = { $count ->
        [one] { $count } channel
       *[other] { $count } channels
    }
# A cell as a screen reader reads it. $day: the day ("Monday 3 May"); $row: the row's channel, campaign or person;
# $count: the items in the cell; $limit: the channel's items allowed a day;
# $use: "within" or "over" the limit, or "none" when the row has no limit (then $limit is not shown);
# $blackout: "yes" when the day is in a blackout, else "no".
grid-cell-label = { $day }, { $row }: { $count ->
        [one] { $count } item
       *[other] { $count } items
    }{ $use ->
        [over] { " " }of { $limit } allowed, over the daily limit
        [within] { " " }of { $limit } allowed
       *[none] { "" }
    }{ $blackout ->
        [yes] , in a blackout
       *[no] { "" }
    }
# The tooltip of a cell's use of its channel's limit ("2/3"). $used: items that take a slot; $limit: items allowed a day.
grid-cell-use = { $used } of { $limit } a day
# Read by screen readers after what an item's line shows (its badge, time, format and title, which name it).
# $description: the item described in full.
grid-line-description = : { $description }
grid-hint = Arrow keys move between cells; Enter goes into a cell's items (or adds one to an empty cell); M moves the focused item and R sends it for review; Escape goes back to the cell.

## The “Move to…” dialog: what dragging an item does, by keyboard.

# The dialog's title before an item is chosen.
grid-move-dialog = Move
# The dialog's title. $title: the item's title.
grid-move-title = Move “{ $title }”
grid-move-to = Move to
grid-move-kind-day = A day (all day)
grid-move-kind-time = A time on a day
grid-move-kind-backlog = The Ideas backlog
grid-move-date = Date
# $zone: the plan's time zone ("Europe/London").
grid-move-time = Time ({ $zone })
grid-move-channel = Channel
# Above the list of the checks' findings the move would create. $count: how many.
grid-move-preview = This move would create { $count ->
        [one] { $count } finding
       *[other] { $count } findings
    }:
# A finding's severity in that list. $severity: error, warning or info.
grid-move-severity = { $severity ->
        [error] error
        [info] info
       *[warning] warning
    }
grid-move-cancel = Cancel
grid-move-submit = Move
