## What the exports and imports say when a file, a folder or the calendar server fails them.
## Most are shown after the name of the field or the file they are about, so they start in
## lower case. $reason: what the operating system, a library or a server said, as it said it.

## An error given as a row's reason, or inside another message.


## Files read, written or removed.

# $path: the file's path or name.
error-files-cannot-read = cannot read { $path }: { $reason }
# $path: the file's path.
error-files-cannot-write = cannot write { $path }: { $reason }
# $path: the file's name.
error-files-cannot-remove = cannot remove { $path }: { $reason }
# $file: the settings file beside the plan (published-calendar.json).
error-files-feed-settings-unreadable = { $file } cannot be read ({ $reason }); publish the calendar again
# $file: the settings file beside the plan (caldav.json).
error-files-caldav-settings-unreadable = { $file } cannot be read ({ $reason }); set the calendar server again

## Exports: PDFs, workbooks and CSV files.

# $pages: how many pages the annual plan came out as.
error-files-annual-plan-pages = the annual plan came out as { $pages } pages instead of one
# $pages: how many pages the brief came out as.
error-files-brief-pages = the brief came out as { $pages } pages instead of one
# $reason: what the typesetter said.
error-files-not-typeset = the PDF could not be typeset: { $reason }
error-files-numbers-too-long = “By the numbers” did not fit on one page
error-files-workbook = cannot make the workbook: { $reason }
error-files-handoff-write = cannot write the hand-off file: { $reason }
error-files-csv-write = cannot write the CSV: { $reason }

## Pushing the plan's calendar to a CalDAV server.

error-files-caldav-listing-unreadable = the calendar's listing could not be read: { $reason }
error-files-caldav-unusable-address = not a usable address: { $reason }
error-files-caldav-unreachable = cannot reach the calendar server: { $reason }
# $url: the calendar's address.
error-files-caldav-may-not-list = this account may not list the calendar at { $url }
# $url: the calendar's address.
error-files-caldav-may-not-create = this account may not create the calendar at { $url }
# $name: the event file's name on the server; $url: the calendar's address.
error-files-caldav-may-not-write = this account may not write { $name } at { $url }
# $name: the event file's name on the server; $url: the calendar's address.
error-files-caldav-may-not-delete = this account may not delete { $name } at { $url }
error-files-caldav-out-of-space = the calendar server is out of space
# $status: the HTTP status code the server answered (such as 500).
error-files-caldav-answered-list = the calendar server answered { $status } when asked to list the calendar
# $status: the HTTP status code the server answered (such as 500).
error-files-caldav-answered-create = the calendar server answered { $status } when asked to create the calendar
# $status: the HTTP status code the server answered (such as 500); $name: the event file's name on the server.
error-files-caldav-answered-write = the calendar server answered { $status } when asked to write { $name }
# $status: the HTTP status code the server answered (such as 500); $name: the event file's name on the server.
error-files-caldav-answered-delete = the calendar server answered { $status } when asked to delete { $name }
error-files-caldav-bad-listing = the calendar server sent a listing that is not valid XML: { $reason }

## A spreadsheet or a calendar file too large or damaged to read. Shown after the file's name.

# $max: the most rows read.
error-files-too-many-rows = has more than { $max } rows; split it and import the parts one by one
# $line: the line in the file; $count: the columns it has; $max: the most columns read.
error-files-too-many-columns = line { $line } has { $count } columns; at most { $max } are read
# $line: the line in the file; $column: the column's number (1 for the first); $max: the most characters a cell may hold.
error-files-cell-too-long = line { $line }, column { $column } holds more than { $max } characters
# $size: the file's size in megabytes; $max: the largest size read, in megabytes.
error-files-too-big = is { $size } MB; at most { $max } MB is read
# $path: the file's path.
error-files-damaged = cannot read { $path }: the file is damaged
# $path: the file's path.
error-files-sheet-cut-short = cannot read { $path }: the file is damaged (its sheet is cut short)
# $path: the file's path.
error-files-no-sheet = cannot read { $path }: it has no sheet
# $max: the most megabytes a workbook may unpack to.
error-files-unpacks-too-far = unpacks to more than { $max } MB
# $max: the most cells a sheet may span.
error-files-spans-too-much = spans more than { $max } cells; keep only the directory on its first sheet
# $column: the column's number (1 for the first); $max: the most columns read.
error-files-cell-past-columns = has a cell in column { $column }; at most { $max } columns are read
# $max: the most filled cells read.
error-files-too-many-cells = has more than { $max } filled cells

## Importing partners or content items from a spreadsheet: why a row is refused or left out.

# $count: the rows refused; $line: the first one's line in the file; $error: why it is refused (a message of its own).
error-files-rows-have-errors = { $count } row(s) have errors, so nothing was imported; the first, line { $line }: { $error }
# The column a partner import needs, as the error names it (error-column-not-mapped).
error-files-column-time-zone = Time zone (such as Europe/Paris)
# $name: the partner's name.
error-files-partner-exists = “{ $name }” is in the directory or the file already
error-files-no-channel-given = no channel
error-files-no-title-or-copy = no title and no copy
error-files-item-in-plan = the plan has it already (same channel, time and title)
# $name: the name in the file.
error-files-no-channel-named = the plan has no channel named “{ $name }”
# $name: the name in the file.
error-files-no-brand-named = the plan has no brand named “{ $name }”
# $name: the name in the file.
error-files-no-campaign-named = the plan has no campaign named “{ $name }”
# $name: the name in the file.
error-files-no-member-named = the plan has no member named “{ $name }”
# $name: the name in the file.
error-files-no-objective-named = the plan has no objective named “{ $name }”
# $name: the name in the file; $count: how many channels it names (two or more).
error-files-channels-named = “{ $name }” names { $count } channels; use a fuller name
# $name: the name in the file; $count: how many brands it names (two or more).
error-files-brands-named = “{ $name }” names { $count } brands; use a fuller name
# $name: the name in the file; $count: how many campaigns it names (two or more).
error-files-campaigns-named = “{ $name }” names { $count } campaigns; use a fuller name
# $name: the name in the file; $count: how many members it names (two or more).
error-files-members-named = “{ $name }” names { $count } members; use a fuller name
# $name: the name in the file; $count: how many objectives it names (two or more).
error-files-objectives-named = “{ $name }” names { $count } objectives; use a fuller name
# $value: the cell; $names: every status's name, joined by list-separator.
error-files-not-a-status = “{ $value }” is not a status; use one of { $names }
# $value: the cell; $names: every format's name, joined by list-separator.
error-files-not-a-format = “{ $value }” is not a format; use one of { $names }
error-files-time-without-date = a time without a date
# $value: the cell. The plan writes days with the day first.
error-files-not-a-date-day-first = “{ $value }” is not a date; write YYYY-MM-DD or DD/MM/YYYY
# $value: the cell. The plan (en-US) writes days with the month first.
error-files-not-a-date-month-first = “{ $value }” is not a date; write YYYY-MM-DD or MM/DD/YYYY
# $value: the cell.
error-files-not-a-time = “{ $value }” is not a time; write HH:MM (24-hour) or 9:30 AM

## Importing a calendar file (.ics).

# $name: the event's summary; $reason: what the calendar library found wrong with it.
error-files-event-left-out = { $name }: left out ({ $reason })
# $reason: what the calendar library found wrong with the event, which has no summary.
error-files-untitled-event-left-out = Untitled event: left out ({ $reason })
# $max: the most occurrences read.
error-files-too-many-occurrences = its repeating events go on past { $max } occurrences; later ones are not read
# $count: the dates the import would add; $max: the most added at once.
error-files-too-many-dates = would add { $count } dates; at most { $max } are imported at once: narrow the days

## Importing results from a platform's analytics export, or pasted links to posts.

# $source: the export the file was read as (x, meta, linkedin or csv).
error-files-no-header-row = no row of its first lines names a date and a number column of a { $source } export
# $metric: the metric's name (results-metric-…); $value: the cell.
error-files-metric-not-a-count = { $metric }: “{ $value }” is not a count
# $value: the cell.
error-files-not-a-date-and-time = “{ $value }” is not a date and time
error-files-no-date = it has no date
error-files-no-post = it has no post id or permalink
error-files-name-platform = name its platform (x, facebook, instagram, linkedin, …) in a Platform column
# $line: the later line in the file, whose numbers are kept.
error-files-same-post-again = line { $line } reports the same post and day again
error-files-link-not-a-post = the link is not a post on a platform Almanac plans for
error-files-link-needs-time = give its date and time on the line: the link does not say when it went out

## Importing a whole plan from its JSON document. Shown after the file's name.

error-files-not-json = is not JSON: { $reason }
# $format: the format a plan document names ("almanac-plan").
error-files-not-plan-document = is not an Almanac plan document (its "format" is not "{ $format }")
# $version: the document's version of the plan format; $supported: the newest this Almanac reads.
error-files-newer-plan-version = this document is version { $version } of the plan format, from a newer Almanac (this one reads up to { $supported })
# $version: the version of the plan format this Almanac reads.
error-files-not-plan-version = does not hold a plan as version { $version } describes it: { $reason }
error-files-no-settings-row = the plan has no settings row
# $reason: why the plan refused the records (a message of its own).
error-files-records-do-not-fit = its records do not fit together ({ $reason }); nothing was imported
