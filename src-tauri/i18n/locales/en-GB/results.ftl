## Results: the Results view (a year's or a quarter's numbers against the objectives, per
## platform and per campaign, the best and the weakest items, the lessons), each
## objective's chart of its metric week by week, and the view's dialogs: importing
## results, pasting links to posts, noting an outcome or a lesson, “By the numbers”.

results-title = Results
results-year-label = Year
results-period-label = Period
results-period-year = The year
# An option of the Period list: a quarter of the year. $quarter: 1 to 4.
results-quarter-option = Q{ $quarter }
# A quarter of a year, in the title and the file name of “By the numbers”. $year: the year ("2027"); $quarter: 1 to 4.
results-period-quarter = { $year } Q{ $quarter }
results-import-open = Import results…
results-paste-open = Paste links…
results-outcome-open = Note an outcome…
results-export-open-dialog = By the numbers…
# Above the numbers. $name: the period as the app names it ("2027 Q2"); $from, $to: its first and last day, already formatted.
results-period-line = { $name }: { $from } to { $to }. Numbers from the platforms' exports imported here, and the outcomes the team noted.
results-headline = Headline numbers

# The metrics, as the headings of the tiles and the columns (lower case, as the platforms write them).
results-metric-posts = posts
results-metric-impressions = impressions
results-metric-reach = reach
results-metric-engagements = engagements
results-metric-link-clicks = link clicks
results-metric-follows = follows
results-metric-likes = likes
results-metric-comments = comments
results-metric-shares = shares
results-metric-saves = saves
results-metric-video-views = video views
results-metric-profile-visits = profile visits

results-by-platform = By platform
results-col-platform = Platform
results-col-posts = Posts
results-platforms-empty = No results imported for this period yet: Import results… reads the platforms' analytics exports.

results-objectives-heading = Objectives
# An objective's level in the evaluation framework (outputs, outtakes, outcomes, impact), shown as a badge.
results-level-output = Output
results-level-outtake = Outtake
results-level-outcome = Outcome
results-level-impact = Impact
# In place of an objective's metric when it has none (in bold, before results-objective-achieved).
results-objective-no-metric = No metric
# Follows the objective's metric in bold ("messages received"), hence the leading colon.
# $achieved: the number achieved, formatted; $targeted: "yes" when the objective has a target,
# then $target (formatted) and $percent (the share achieved, "25%"); $baselined: "yes" when it
# has a baseline, then $baseline (formatted).
results-objective-achieved = : { $achieved } achieved{ $targeted ->
        [yes] { " " }of a target of { $target } ({ $percent })
       *[no] {""}
    }{ $baselined ->
        [yes] ; baseline { $baseline }
       *[no] {""}
    }.
# $delivered: the objective's items published in the period; $planned: its items planned.
results-objective-items = Items: { $delivered } published of { $planned } planned.
results-objective-note = Note an outcome or lesson
# Badges of what was noted against an objective.
results-note-lesson = Lesson
results-note-outcome = Outcome
results-remove = Remove
# $what: the outcome or lesson as noted.
results-remove-named = Remove “{ $what }”
# $what: the outcome or lesson as noted.
results-outcome-removed = Removed “{ $what }”. Undo with Ctrl+Z.
results-objectives-empty = The plan has no objectives yet (Settings → Objectives).

results-campaigns-heading = Campaigns
results-col-campaign = Campaign
results-col-published = Items published
# A badge after a flagship campaign's name.
results-flagship = Flagship
# In the Items published column. $delivered: the campaign's items published; $planned: its items planned.
results-campaign-delivered = { $delivered } of { $planned }
results-campaigns-empty = No campaign has items in this period.

results-best = Best items
results-weakest = Weakest items
# After Best items and Weakest items. $metric: the metric they are ranked by ("engagements").
results-ranked-by = by { $metric }
results-col-item = Item
results-col-channel = Channel
results-col-day = Day
results-ranked-empty = No item has results in this period.

results-lessons-heading = Lessons
results-lessons-empty = No lesson noted in this period.

## An objective's chart of its metric week by week, and the table beside it.

# What the chart shows, for a screen reader. $label: the objective's name; $metric: its metric
# ("messages received"); $total: the sum over the weeks, formatted; $weeks: the number of weeks.
results-chart-summary = { $label }: { $metric } week by week, { $total } in all over { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    }
# As results-chart-summary, with $target: the target a week, formatted.
results-chart-summary-target = { $label }: { $metric } week by week, { $total } in all over { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    }, against a target of { $target } a week
# The legend of the chart's line.
results-chart-target = target
# $label: the objective's name.
results-chart-numbers = { $label }: the numbers
results-chart-week-of = Week of
results-chart-target-column = Target
# What a level's chart shows (a survey's share, a score), for a screen reader. $label: the objective's name; $metric: its metric; $count: how many readings; $latest: the latest, formatted; $day: its day.
results-chart-summary-level = { $label }: { $metric } read { $count ->
        [one] once
       *[other] { $count } times
    }, the latest { $latest } on { $day }
# As results-chart-summary-level, with $target: the target, formatted.
results-chart-summary-level-target = { $label }: { $metric } read { $count ->
        [one] once
       *[other] { $count } times
    }, the latest { $latest } on { $day }, against a target of { $target }
# The column of a reading's day.
results-chart-read-on = Read on

## “By the numbers”: the results of the period as one page, a workbook or JSON.

# The file's name, before its extension. $period: the year ("2027") or a quarter (results-period-quarter).
results-export-file-name = By the numbers { $period }
# $period: the year ("2027") or a quarter (results-period-quarter).
results-export-title = By the numbers: { $period }
results-export-format = Format
results-export-pdf = One A4 page (PDF)
results-export-xlsx = Workbook (XLSX)
results-export-json = JSON
# $count: the posts whose results were written.
results-export-written = Wrote the results of { $count ->
        [one] { $count } post
       *[other] { $count } posts
    }.
# $count: the posts whose results were written; $path: the file.
results-export-written-to = Wrote the results of { $count ->
        [one] { $count } post
       *[other] { $count } posts
    } to { $path }.
results-export-writing = Writing…
results-export-open = Open
results-done = Done
results-cancel = Cancel
results-export-do = Export

## Importing results from a platform's analytics export.

results-import-title = Import results
# The menu paths are the platforms' own (their English names).
results-import-hint = The platforms' own exports: X (Analytics → Export data), Meta Business Suite (Insights → Content → Export data), LinkedIn (Page → Analytics → Content → Export). Numbers already imported for a post and day are replaced, never added to.
results-import-file = File
results-import-no-file = No file chosen
results-import-choose = Choose…
results-import-source-label = Export
results-import-source-any = Tell from the file
results-import-source-x = X account analytics (CSV)
results-import-source-meta = Meta Business Suite: Facebook or Instagram (CSV)
results-import-source-linkedin = LinkedIn page content export (XLS/XLSX)
results-import-source-csv = Another sheet: date, platform or permalink, metrics
# Above the rows of the file read. $rows: the rows; $dated: "yes" when they have days, then
# $from and $to: the first and last (already formatted); $linked: rows matched to an item by
# its link; $proposed: rows proposed an item by channel and time; $unmatched: rows with no
# item; $replaced: rows replacing numbers imported before (0: none); $invalid: rows with
# errors (0: none).
results-import-summary = { $rows ->
        [one] { $rows } row
       *[other] { $rows } rows
    }{ $dated ->
        [yes] { " " }from { $from } to { $to }
       *[no] {""}
    }: { $linked } matched by link, { $proposed } proposed by channel and time, { $unmatched } with no item{ $replaced ->
        [0] {""}
       *[other] , { $replaced } replacing numbers imported before
    }{ $invalid ->
        [0] {""}
       *[other] ; { $invalid } with errors, so nothing can be imported
    }.
# $totals: the file's totals, each a metric and its number ("impressions 12,345, reach 6,789").
results-import-totals = Totals: { $totals }
results-import-totals-none = Totals: none
results-import-rows = The rows of the file
results-col-line = Line
results-col-post = Post
results-col-numbers = Numbers
results-import-by-link = (by link)
results-import-proposed = (proposed)
results-import-no-item = No item
# $count: the rows not shown.
results-import-more = And { $count ->
        [one] { $count } more row
       *[other] { $count } more rows
    }.
results-import-do = Import
# $count: the posts whose numbers were imported.
results-import-done = Imported the numbers of { $count ->
        [one] { $count } post
       *[other] { $count } posts
    }. Undo with Ctrl+Z.

## Pasting links to posts in bulk.

results-paste-title = Paste links to posts
results-paste-links-label = Links, one a line
results-paste-links-hint = Copied from the platform or a spreadsheet, with the date and time the post went out on the same line. X's and LinkedIn's links need no time: their ids carry it.
# $proposed: links proposed an item; $linked: links already linked to their item; $unmatched: links with no item.
results-paste-summary = { $proposed } proposed, { $linked } linked already, { $unmatched } with no item.
results-col-link = Link
results-col-went-out = Went out
results-paste-linked-already = (linked already)
results-paste-no-item = No item went out then on that platform
results-paste-find = Find the items
# $count: the items ticked to be linked.
results-paste-submit = Link { $count ->
        [one] { $count } item
       *[other] { $count } items
    }
# $count: the items linked.
results-paste-linked = Linked { $count ->
        [one] { $count } item to its post
       *[other] { $count } items to their posts
    }. Undo with Ctrl+Z.

## Noting an outcome or a lesson.

results-outcome-title = Note an outcome or a lesson
results-outcome-kind = What it is
results-outcome-kind-outcome = An outcome: something measured
results-outcome-kind-lesson = A lesson for next time
results-outcome-objective = Objective
results-outcome-campaign = Campaign
results-outcome-day = Day
results-outcome-lesson = The lesson
results-outcome-what = What was measured
results-outcome-value = Number
results-outcome-metric = Counts towards (metric)
results-outcome-metric-placeholder = messages received
results-outcome-source = Source
results-outcome-source-placeholder = Resident survey, n = 1,020
# $what: the outcome or lesson as noted.
results-outcome-noted = Noted “{ $what }”. Undo with Ctrl+Z.
