## Import: key dates or blackouts from a calendar file (.ics), and content items from a spreadsheet.

## What the import dialogs share.

# The button that opens the system's Open dialog.
imports-choose = Choose…
# The first day of the days imported.
imports-from = From
# The last day of the days imported, which the import includes.
imports-to = To (included)
imports-done = Done
imports-cancel = Cancel

## Import → Key dates or blackouts from a calendar.

imports-calendar-title = Import a calendar
imports-calendar-file = Calendar file (.ics)
# In the empty file field: what such a calendar can be.
imports-calendar-file-placeholder = Bank holidays, a council's meetings, an election timetable
# The legend of the choice of what the calendar's events become.
imports-calendar-add-as = Add the events as
imports-calendar-key-dates = Key dates
imports-calendar-blackouts = Blackout periods
# The key dates' category (bank holiday, awareness day…).
imports-calendar-category = Category
# The blackouts' level (restricted, total…).
imports-calendar-level = Level
imports-calendar-region = Region (optional)
# The preview's summary. $added: the events that would be added; $total: the events in the file over the days chosen; $source: the calendar's name (set in bold).
imports-calendar-preview = { $added } of { $total ->
        [one] { $total } event
       *[other] { $total } events
    } from { $source } would be added.
# An event the import leaves out. $problem: why, as the app explains it.
imports-calendar-left-out = Left out: { $problem }
# The preview's columns.
imports-calendar-col-days = Days
imports-calendar-col-event = Event
imports-calendar-col-note = Note
# The note of an event the plan has already (not added again).
imports-calendar-duplicate = Already in the plan
# Under the preview, which shows the first 200 events. $count: the events not shown.
imports-calendar-more = …and { $count } more.
# The submit button before a file is previewed.
imports-calendar-add-key-dates = Add key dates
imports-calendar-add-blackouts = Add blackout periods
# The submit button. $count: the key dates the preview would add.
imports-calendar-add-key-dates-count = Add { $count ->
        [one] { $count } key date
       *[other] { $count } key dates
    }
# The submit button. $count: the blackout periods the preview would add.
imports-calendar-add-blackouts-count = Add { $count ->
        [one] { $count } blackout period
       *[other] { $count } blackout periods
    }
# The result. $count: the key dates added.
imports-calendar-added-key-dates = Added { $count ->
        [one] { $count } key date
       *[other] { $count } key dates
    }.
# The result. $count: the blackout periods added.
imports-calendar-added-blackouts = Added { $count ->
        [one] { $count } blackout period
       *[other] { $count } blackout periods
    }.
# The status line. $count: the key dates added.
imports-calendar-added-key-dates-undo = Added { $count ->
        [one] { $count } key date
       *[other] { $count } key dates
    }. Undo with Ctrl+Z.
# The status line. $count: the blackout periods added.
imports-calendar-added-blackouts-undo = Added { $count ->
        [one] { $count } blackout period
       *[other] { $count } blackout periods
    }. Undo with Ctrl+Z.

## Import → Content items from a spreadsheet.

imports-items-title = Import content items from a spreadsheet
# The item's fields a column of the spreadsheet can fill.
imports-items-field-date = Date (or date and time)
imports-items-field-time = Time
imports-items-field-channel = Channel
imports-items-field-brand = Brand
imports-items-field-campaign = Campaign
imports-items-field-format = Format
imports-items-field-status = Status
imports-items-field-owner = Owner
imports-items-field-title = Title
# The text of the post.
imports-items-field-copy = Copy
imports-items-field-objectives = Objectives
imports-items-field-link = Link
imports-items-field-language = Language
imports-items-field-notes = Notes

## The preview of an items spreadsheet: its column headings (besides the fields' names
## above) and what Almanac read a row as.

# The heading of the day each row was read as.
imports-items-shown-date = Date
# A row with no date: it goes to the Ideas backlog.
imports-items-backlog = Backlog
# A row whose status an import may not give (approved, scheduled, published): it comes in for review. $status: the status it gets; $given: the file's.
imports-items-status-to-approve = { $status } (the file says { $given }: an approver approves in Approvals)
