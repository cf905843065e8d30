## The Plan view (the year's timeline of campaigns and the year's plan), Export → Annual plan,
## the first-run welcome, Help → About, and the crisis pause (its dialog and its banner).

## The Plan view's toolbar and timeline.

plan-title = Plan
# The group of buttons that go to the previous and next year.
plan-year-nav = Year
plan-previous-year = Previous year
plan-next-year = Next year
plan-group-by = Group by
# The choices of Group by, here and in Export → Annual plan.
plan-group-objective = Objective
plan-group-channel = Channel
plan-group-brand = Brand
# The key dates filter, when every category is shown.
plan-key-dates-all = Key dates: all
# The key dates filter, when some categories are hidden. $count: how many categories are shown.
plan-key-dates-some = Key dates ({ $count })
plan-show-key-dates = Show key dates
plan-export-pdf = Export PDF…
# The tooltip of a blackout's band on the timeline. $name: the blackout.
plan-blackout = Blackout: { $name }
# The tooltip of the line marking today on the timeline.
plan-today = Today
# The accessible name of the timeline's axis. $year: the year shown (2027).
plan-key-dates-in = Key dates in { $year }
# A key date's mark on the axis. $date: its day (YYYY-MM-DD); $name: the key date.
plan-key-date = { $date }: { $name }
# The accessible name and tooltip of a campaign's bar; its visible text (the name, then the
# count) must start it. $name: the campaign; $findings: how many findings its items have (0: none);
# $flagship: "yes" for a flagship campaign, else "no"; $start, $end: its first and last day (YYYY-MM-DD).
plan-bar-label = { $flagship ->
        [yes] { $findings ->
            [0] { $name } (flagship), { $start } to { $end }. Enter to open, M to move or resize its window.
            [one] { $name } { $findings } finding on its items (flagship), { $start } to { $end }. Enter to open, M to move or resize its window.
           *[other] { $name } { $findings } findings on its items (flagship), { $start } to { $end }. Enter to open, M to move or resize its window.
        }
       *[no] { $findings ->
            [0] { $name }, { $start } to { $end }. Enter to open, M to move or resize its window.
            [one] { $name } { $findings } finding on its items, { $start } to { $end }. Enter to open, M to move or resize its window.
           *[other] { $name } { $findings } findings on its items, { $start } to { $end }. Enter to open, M to move or resize its window.
        }
    }
# $year: the year shown (2027).
plan-no-campaigns = No campaign runs in { $year }.

## The year's plan above the timeline: what the one-page annual plan leads with.

# The status line after saving. $year: the plan's year (2027).
plan-year-saved = Saved the { $year } plan
# $year: the plan's year (2027).
plan-year-heading = The { $year } plan
plan-year-title = Title
plan-year-core-messages = Core messages
plan-year-priorities = Board priorities
plan-year-flagships = Flagship projects
# The hint under each list: one entry a line.
plan-year-one-a-line = One a line
plan-year-save = Save the plan

## Export → Annual plan: the one-page PDF.

# The suggested file name. $year: the plan's year (2027).
plan-export-file-name = annual plan { $year }.pdf
# The suggested file name. $organisation: the organisation's name from Settings; $year: the plan's year (2027).
plan-export-file-name-of = { $organisation } annual plan { $year }.pdf
# The status line after export. $year: the plan's year (2027); $path: the PDF's full path.
plan-export-saved = Saved the { $year } annual plan to { $path }.
plan-export-title = Export the annual plan
plan-export-year = Year
plan-export-group-by = Group campaigns by
# The legend of the choice of page orientation.
plan-export-page = Page
plan-export-landscape = A4 landscape
plan-export-portrait = A4 portrait
# Under the file's path; "Choose…" is the button beside it.
plan-export-save-hint = A new PDF in Documents; Choose… saves elsewhere or replaces a file.
# The accessible name of the progress bar while exporting.
plan-export-exporting = Exporting
plan-export-typesetting = Typesetting the annual plan…
# Under the form after export. $count: the campaigns on the page; $path: where the PDF was saved (set as code).
plan-export-saved-page = { $count ->
        [one] Saved one A4 page with { $count } campaign to { $path }.
       *[other] Saved one A4 page with { $count } campaigns to { $path }.
    }
plan-export-open = Open PDF
# Closes the dialog after export.
plan-export-done = Done
plan-export-cancel = Cancel
plan-export-submit = Export

## First run: the welcome on an empty plan.

# The status line after loading the sample plan. $campaigns, $items: how many it holds.
welcome-sample-loaded = Loaded the sample plan: { $campaigns ->
        [one] { $campaigns } campaign
       *[other] { $campaigns } campaigns
    }, { $items ->
        [one] { $items } item
       *[other] { $items } items
    }.
welcome-title = Plan your social media year
welcome-intro = Almanac keeps your campaigns, partner collaborations and content calendar across every channel in one plan, on this laptop. Start from a realistic sample plan of a police comms team, set up your own brands and channels, or join the plan your team shares on its server.
welcome-loading-sample = Loading the sample plan…
welcome-load-sample = Load sample plan
welcome-start-empty = Start with an empty plan
welcome-join-team = Join your team's plan

## Help → About.

about-title = About Almanac
# $version: the version number, set in bold (1.4.0).
about-version = Almanac { $version } — plan a comms team's social media year.
# Labels of the folders and files shown, each followed by its path.
about-data-dir = Your plan is in
about-plan-file = The plan file
about-log = The log
# After the log folder's path. $menu: the Help menu's name; $item: its item that opens the log folder (as the menu bar names them).
about-log-menu = ({ $menu } → { $item })
# $option: the command-line option --data-dir (set as code).
about-moving = Backups are kept in the same folder. To move the plan to a new laptop, close Almanac and copy the whole folder to the same place on the new laptop (or start Almanac there with { $option } pointing at it).
about-close = Close

## The crisis pause: its dialog (Pause… in the bar) and the banner while it is in force.

# The status line after pausing. $count: the items put on hold; $reason: the reason, as typed.
pause-paused = { $count ->
        [one] Paused { $count } item: { $reason }. Undo with Ctrl+Z.
       *[other] Paused { $count } items: { $reason }. Undo with Ctrl+Z.
    }
pause-title = Pause scheduled content
pause-hint = Every item due in the window goes on hold at once. Resume restores them, or moves them after the window.
pause-reason = Reason
pause-reason-placeholder = Major incident: all routine posts paused
# The start of the pause (a date and time).
pause-from = From
# The end of the pause (a date and time).
pause-until = Until
pause-channels = Channels (none checked: every channel)
# The status line after "Resume after the pause".
pause-resumed-reflow = Resumed: held items moved after the pause.
# The status line after "Resume as planned".
pause-resumed-restore = Resumed: held items are back on their dates.
# The accessible name of the banner.
pause-banner-label = Crisis pause
# The banner's first word, in bold, before what is held.
pause-banner-paused = Paused:
# The banner, for a pause of every channel. $reason: the reason, as typed; $count: the items on hold;
# $from, $until: when the pause starts and ends (date and time, already formatted).
pause-banner-held-every = { $count ->
        [one] { $reason }. { $count } item on hold from { $from } until { $until } on every channel.
       *[other] { $reason }. { $count } items on hold from { $from } until { $until } on every channel.
    }
# The banner, for a pause of some channels. As above; $channels: how many channels it holds.
pause-banner-held-channels = { $count ->
        [one] { $reason }. { $count } item on hold from { $from } until { $until } on { $channels ->
            [one] { $channels } channel
           *[other] { $channels } channels
        }.
       *[other] { $reason }. { $count } items on hold from { $from } until { $until } on { $channels ->
            [one] { $channels } channel
           *[other] { $channels } channels
        }.
    }
pause-resume-restore = Resume as planned
pause-resume-reflow = Resume after the pause

## The Plan view's and the annual plan's group of campaigns with none of what the rows are.

timeline-none-objective = No objective
timeline-none-channel = No channel
timeline-none-brand = No brand
