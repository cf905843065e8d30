## "By the numbers": the one-page report of a year's or quarter's results (PDF), and its workbook (XLSX), in the plan's language.

# The page's title. $name: the period as the app names it ("2027", "2027 Q2").
numbers-title = By the numbers · { $name }
# Under the title. $organisation: whose plan it is; $from, $to: the period's first and last day, in full.
numbers-subtitle = { $organisation } · { $from } to { $to }
# The footer's left side. $organisation: whose plan it is; $title: the page's title.
numbers-footer = { $organisation } · { $title } · numbers from the platforms' analytics exports and the outcomes the team noted
# The footer's right side. $date: the day it was made, in full.
numbers-made = Made { $date }
numbers-objectives = Objectives against their targets
numbers-no-objectives = The plan has no objectives.
numbers-column-objective = Objective
numbers-column-metric = Metric
numbers-column-baseline = Baseline
numbers-column-target = Target
numbers-column-achieved = Achieved
numbers-column-against-target = Against target
numbers-column-items-out = Items out
numbers-flagship-campaigns = Flagship campaigns
numbers-campaigns = Campaigns
numbers-no-campaigns = No campaign has items in the period.
numbers-column-campaign = Campaign
numbers-column-impressions = Impressions
numbers-column-engagements = Engagements
# $metric: the metric the items are ranked by ("engagements").
numbers-best-items = Best items by { $metric }
numbers-no-best = No item has results yet.
numbers-outcomes = Outcomes
numbers-no-outcomes = No outcome noted in the period.
numbers-lessons = Lessons
numbers-no-lessons = No lesson noted in the period.
# Items published of those planned. $published, $planned: the counts, already formatted.
numbers-items-of = { $published } of { $planned }
# A share of the target achieved. $percent: the number, already formatted ("87").
numbers-percent = { $percent }%

## The workbook's sheets and columns.

numbers-sheet-summary = Summary
numbers-sheet-objectives = Objectives
numbers-sheet-campaigns = Campaigns
numbers-sheet-posts = Posts
numbers-sheet-notes = Outcomes and lessons
numbers-column-platform = Platform
numbers-column-posts = Posts
# The summary's last row: every platform together.
numbers-all-platforms = All
numbers-column-level = Level
numbers-column-items-planned = Items planned
numbers-column-items-published = Items published
numbers-column-flagship = Flagship
numbers-column-day = Day
numbers-column-post = Post
numbers-column-permalink = Permalink
numbers-column-item = Item
numbers-column-source = Source
numbers-column-kind = Kind
numbers-column-about = About
numbers-column-what = What
numbers-column-value = Value
# A yes or no cell (a flagship campaign).
numbers-yes = Yes
numbers-no = No
# What a note is, in the notes sheet.
numbers-kind-outcome = Outcome
numbers-kind-lesson = Lesson
