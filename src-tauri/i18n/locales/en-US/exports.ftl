## Export: the dialogs of the Export menu that write a file: the audit trail of a period,
## a calendar (ICS) or a spreadsheet (XLSX, CSV), the files for a publishing tool, and the
## web page to share.

## What the export dialogs share.

# The first day of the days exported.
exports-from = From
# The last day of the days exported, which the export includes.
exports-to = To (included)
# The legend of the choice of file format.
exports-format = Format
# The button that opens the file just written.
exports-open = Open
exports-done = Done
exports-cancel = Cancel
exports-export = Export
# While the file is being written.
exports-writing = Writing…
# After a PDF is written: its texts that hold characters no font on this laptop has. $count: how many; $names: each quoted (exports-unprintable-name), joined by list-separator.
exports-unprintable = { $count ->
        [one] One name uses characters no installed font has, so they print as empty boxes: { $names }
       *[other] { $count } names use characters no installed font has, so they print as empty boxes: { $names }
    }
# A name in that list. $name: the name.
exports-unprintable-name = “{ $name }”

## Export → Audit trail: when and by whom each item of a period was planned and changed.

exports-audit-title = Audit trail of a period
exports-audit-intro = Every item dated in the period: when and by whom it was first planned for its day, and every change after it.
# The label of a list of the team's blackouts and key dates, whose days fill From and To.
exports-audit-period = Take the period of
exports-audit-period-hint = Or type the days below.
exports-audit-period-choose = Choose a blackout or key date…
# An entry of the list. $name: the blackout or key date; $from, $to: its first and last day (YYYY-MM-DD).
exports-audit-period-option = { $name } ({ $from } to { $to })
exports-audit-pdf = PDF, 40 items a page
exports-audit-csv = CSV, one row per change
# The suggested file name, before its extension (.pdf or .csv). $from, $to: the first and last day (YYYY-MM-DD).
exports-audit-file-name = Audit trail { $from } to { $to }
# The result under the form. $items: the items in the file; $changes: the changes listed for them.
exports-audit-written = Wrote { $items ->
        [one] { $items } item
       *[other] { $items } items
    } and { $changes ->
        [one] { $changes } change
       *[other] { $changes } changes
    }.
# The status line. $count: the items in the file; $path: the file's full path.
exports-audit-written-to = Wrote the audit trail of { $count ->
        [one] { $count } item
       *[other] { $count } items
    } to { $path }.

## Export → Calendar (ICS) and Export → Spreadsheet (XLSX, CSV).

exports-data-calendar-title = Export a calendar
exports-data-spreadsheet-title = Export a spreadsheet
# The suggested file name, before its extension. $year: the first day's year ("2027").
exports-data-file-name = plan { $year }
# The suggested file name, before its extension. $organisation: the organisation's name from Settings; $year: the first day's year ("2027").
exports-data-file-name-of = { $organisation } plan { $year }
exports-data-channels = Channels
exports-data-channels-hint = None selected: every channel. Ctrl+click or Shift+arrows to pick several.
exports-data-statuses = Statuses (none ticked: every status)
# The legend of what a calendar file holds besides the items.
exports-data-also = Also
exports-data-with-campaigns = Campaigns as all-day events
exports-data-with-key-dates = Key dates and blackout periods
exports-data-xlsx = Excel workbook (.xlsx)
exports-data-csv = CSV (.csv)
# The accessible name of the progress bar while exporting.
exports-data-exporting = Exporting
exports-data-writing = Writing the file…
# The result and status line of a calendar file. $count: the events written; $path: the file's full path.
exports-data-saved-events = Saved { $count ->
        [one] { $count } event
       *[other] { $count } events
    } to { $path }.
# The result and status line of a spreadsheet. $count: the rows written; $path: the file's full path.
exports-data-saved-rows = Saved { $count ->
        [one] { $count } row
       *[other] { $count } rows
    } to { $path }.

## Export → Publishing tool files: bulk-upload files for Hootsuite or Sprout Social.

exports-handoff-title = Files for a publishing tool
exports-handoff-intro = The channel's approved items, in the tool's bulk-upload format.
exports-handoff-buffer-free = Buffer (free plan: 10 posts a channel)
exports-handoff-buffer = Buffer (paid plan: 100 posts a file)
# The legend of the choice of publishing tool (Hootsuite, Sprout Social).
exports-handoff-tool = Tool
exports-handoff-channel = Channel
# Under the file's path: the files after the first are named like it, with -2, -3.
exports-handoff-save-hint = Past the tool's limit (350 messages a file; Buffer 100), the next files go beside it (…-2.csv, …-3.csv).
exports-handoff-submit = Write files
# The result. $messages: the messages written; $files: the files; $dateFormat: how the files write dates, as the tool names the setting ("DD/MM/YYYY").
exports-handoff-written = Wrote { $messages ->
        [one] { $messages } message
       *[other] { $messages } messages
    } in { $files ->
        [one] { $files } file
       *[other] { $files } files
    }; dates are { $dateFormat }: choose the same when uploading.
# The status line. $messages: the messages written; $files: the files; $dropped: the items left out.
exports-handoff-written-announce = Wrote { $messages ->
        [one] { $messages } message
       *[other] { $messages } messages
    } in { $files ->
        [one] { $files } file
       *[other] { $files } files
    }; { $dropped } left out.
# Above the list of the items the tool would refuse. $count: how many.
exports-handoff-left-out-count = Left out ({ $count }):
# The accessible name of that list.
exports-handoff-left-out = Left out
# An entry of the list. $when: the item's date and time; $title: the item; $reason: why the tool would refuse it.
exports-handoff-left-out-entry = { $when } · { $title }: { $reason }

## Export → Web page to share: a month, a quarter or the year as one HTML file.

exports-web-title = Web page to share
exports-web-intro = One HTML file with no script and nothing from elsewhere: it opens in any browser, on a phone too, and prints a month a page.
# The legend of the choice of period.
exports-web-period = Period
exports-web-a-month = A month
exports-web-a-quarter = A quarter
exports-web-the-year = The year
exports-web-year = Year
exports-web-month = Month
exports-web-quarter = Quarter
# An option of the Quarter list. $quarter: 1 to 4.
exports-web-quarter-option = Q{ $quarter }
# The suggested file name, before .html. $month: the month's name; $year: the year ("2027").
exports-web-file-name-month = Plan { $month } { $year }
# The suggested file name, before .html. $quarter: 1 to 4; $year: the year ("2027").
exports-web-file-name-quarter = Plan Q{ $quarter } { $year }
# The suggested file name, before .html. $year: the year ("2027").
exports-web-file-name-year = Plan { $year }
# The result. $count: the items on the page.
exports-web-written = Wrote the page with { $count ->
        [one] { $count } item
       *[other] { $count } items
    }.
# The status line. $count: the items on the page; $path: the file's full path.
exports-web-written-to = Wrote the page with { $count ->
        [one] { $count } item
       *[other] { $count } items
    } to { $path }.

## A calendar file (.ics): the category a campaign's all-day span is filed under in
## Outlook, Google or Apple Calendar.

exports-calendar-category-campaign = Campaign
