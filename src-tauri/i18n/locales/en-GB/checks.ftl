## Checks: the year's findings, the objectives' coverage map, coverage rules, and filling the gaps from the backlog.

checks-title = Checks
checks-year = Year
checks-previous-year = Previous year
checks-next-year = Next year
# The year's summary. $count: the number of error findings.
checks-errors-count = { $count ->
        [one] { $count } error
       *[other] { $count } errors
    }
# The year's summary. $count: the number of warning findings.
checks-warnings-count = { $count ->
        [one] { $count } warning
       *[other] { $count } warnings
    }
checks-fill-gaps = Fill gaps…
checks-loading = Checking the plan…
# What would fix a finding, shown after it. $fix: the fix (from findings.ftl).
checks-finding-fix = { $fix }.

## The coverage map: objectives × months or weeks.

# $year: the year shown ("2027").
checks-coverage-title = Coverage { $year }
# The group of buttons choosing the map's columns.
checks-columns = Columns
checks-by-month = By month
checks-by-week = By week
# A coverage score. $value: the percentage, with one decimal ("45.0").
checks-percent = { $value }%
# An objective without any coverage rule, where its score would be.
checks-no-rule = no rule
# After an objective's score. $count: its periods short of what its rules ask.
checks-short-periods = ({ $count ->
        [one] { $count } short period
       *[other] { $count } short periods
    })
checks-add-rule = Add rule
checks-map-by-month = Coverage by objective and month
checks-map-by-week = Coverage by objective and week
# Header of the map's first column.
checks-rule-column = Rule
checks-edit-rule = Edit this rule
# A cell of the map, read by screen readers and shown on hover. $objective: the objective's name; $rule: the rule as the plan words it ("At least 1 a day"); $column: the month or week ("Feb", "4 Jan"); $percent: the share planned, 0 to 100; $met, $required, $planned: numbers of items.
checks-cell-label = { $objective }, { $rule }, { $column }: { $percent }% ({ $met } of { $required } required, { $planned } planned)
# A cell where the rule asks for nothing. Arguments as in checks-cell-label.
checks-cell-label-none = { $objective }, { $rule }, { $column }: nothing required
checks-no-coverage-rule = No coverage rule yet: add one to an objective to see where the plan serves it.
checks-selected-cell = Selected cell
# Heading of the selected cell. $objective, $rule: as in checks-cell-label; $start, $end: the column's first and last day ("2027-02-01").
checks-detail-title = { $objective }: { $rule }, { $start } to { $end }
# The selected cell's sums. $met: items counted towards what is required; $required: items required; $planned: items planned in all; $short: periods short; $periods: all its periods.
checks-detail-summary = { $met } of { $required } required planned ({ $planned ->
        [one] { $planned } item
       *[other] { $planned } items
    } in all); { $short } of { $periods ->
        [one] { $periods } period
       *[other] { $periods } periods
    } short.
checks-gaps = Gaps:
# A period short of items. $day: the day ("2027-02-03"); $missing: how many items are missing.
checks-gap-day = { $day }: { $missing } missing
# A period short of items. $start, $end: its first and last day; $missing: how many items are missing.
checks-gap-range = { $start } to { $end }: { $missing } missing
checks-show-items = Show items
checks-no-items = No items count here.

## Filling the gaps from the backlog.

checks-fill-title = Fill coverage gaps
# $count: the backlog items proposed.
checks-fill-intro = { $count ->
        [one] { $count } backlog item can go into the gaps ahead, within the blackouts, the channels' limits and gaps, and its owner's leave.
       *[other] { $count } backlog items can go into the gaps ahead, each within the blackouts, the channels' limits and gaps, and their owners' leave.
    }
# Follows checks-fill-intro. $count: the gaps nothing fills.
checks-fill-open-gaps = { $count ->
        [one] { $count } gap stays open: the backlog has nothing that fits it.
       *[other] { $count } gaps stay open: the backlog has nothing that fits them.
    }
checks-fill-placements = Proposed placements, scrollable
checks-fill-when = When
checks-fill-item = Item
checks-fill-channel = Channel
# Header of the column naming the objective each placement serves.
checks-fill-fills = Fills
# An evergreen item that takes on the objective whose gap it fills. $objective: its name.
checks-fill-adds-objective = { $objective } (evergreen, takes on the objective)
checks-fill-nothing = Nothing in the backlog fits the gaps ahead.
checks-fill-discard = Discard
checks-fill-preview = Preview on calendar
checks-fill-apply = Apply
# Status line. $count: the items scheduled.
checks-filled = Filled coverage gaps with { $count ->
        [one] { $count } item
       *[other] { $count } items
    }. Undo with Ctrl+Z.

## The findings: the list, its filters, and the findings a move created.

checks-findings = Findings
checks-filter-findings = Filter findings
# Filter headings, each followed by a count.
checks-severity-errors = Errors
checks-severity-warnings = Warnings
checks-severity-notes = Notes
# The severity tag on one finding.
checks-severity-error = error
checks-severity-warning = warning
checks-severity-info = info
checks-kind = Kind
checks-all-kinds = All kinds
checks-kind-in-blackout = In a blackout
checks-kind-over-daily-limit = Over a channel's daily limit
checks-kind-under-min-gap = Closer than a channel's minimum gap
checks-kind-over-capacity = Owner over weekly capacity
checks-kind-owner-on-leave = Owner on leave
checks-kind-outside-campaign = Outside its campaign
checks-kind-approved-without-date = Approved without a date
checks-kind-past-not-published = Past and not published
# The language versions of one item are scheduled too far apart.
checks-kind-translations-apart = Language versions apart
checks-kind-partners-not-confirmed = Partners not confirmed
checks-kind-assets-due-after-go-live = Assets due after go-live
# A relay: partners reposting one item in turn.
checks-kind-declined-partner-in-relay = Declined partner in a relay
checks-kind-collaboration-item-in-blackout = Collaboration item in a blackout
checks-kind-back-to-review = Back to review
checks-kind-copy-over-limit = Copy over its network's limit
checks-open-item = Open item
checks-no-findings-match = No findings match the filter.
checks-no-findings-clean = No findings: the plan is clean.
# $limit: how many findings are listed; $count: how many match the filter.
checks-showing-first = Showing the first { $limit } of { $count }; filter to see the rest.
# Above the findings a drag or "Move to…" created. $count: how many.
checks-move-created = This move created { $count ->
        [one] { $count } finding
       *[other] { $count } findings
    }:
checks-move-undo = Undo the move (Ctrl+Z)
checks-move-keep = Keep it

## A coverage rule: at least N items per day, week or month, on a channel or any.

checks-rule-saved = Coverage rule saved.
checks-rule-deleted = Coverage rule deleted. Undo with Ctrl+Z.
checks-rule-edit-title = Edit coverage rule
checks-rule-new-title = New coverage rule
checks-rule-objective = Objective
# The rule reads as a sentence from its fields: "At least [1] Per [day] On [any channel]".
checks-rule-at-least = At least
checks-rule-per = Per
checks-rule-day = day
checks-rule-week = week
checks-rule-month = month
checks-rule-on = On
checks-rule-any-channel = any channel
checks-rule-weekdays-only = Weekdays only (Monday to Friday)
checks-rule-delete = Delete rule

## A coverage rule as people read it, in the coverage map, the checks and the command line.

# $count: the items needed; $period: day, week or month; $channel: the channel's name (or coverage-rule-any-channel); $weekdays: yes when only weekdays count, else no.
coverage-rule = At least { $count } { $period ->
        [day] a day
        [week] a week
       *[month] a month
    } on { $channel }{ $weekdays ->
        [yes] , weekdays
       *[no] {""}
    }
# A rule for every channel.
coverage-rule-any-channel = any channel
# A rule whose channel was removed from the plan.
coverage-rule-removed-channel = a removed channel
