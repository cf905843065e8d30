## What a form, a file or the command line is told when a value breaks a rule. Each is shown
## beside the field it names (whose label the form gives), so it starts in lower case.
## $value: what was typed, as it was typed.

error-required = is required
# $length: how many characters were given; $max: how many fit.
error-too-long = is { $length } characters; at most { $max } are allowed
error-not-colour = “{ $value }” is not a colour like #1f6feb
# $value: a year or a day outside 1900–2999.
error-outside-years = { $value } is outside the years a plan covers (1900 to 2999)
error-not-a-year = must be a year from 1900 to 2999
error-not-date = “{ $value }” is not a date like 2027-03-31
error-not-date-time = “{ $value }” is not a date and time like 2027-03-31T09:30
error-not-time = “{ $value }” is not a time like 09:30
error-not-id = “{ $value }” is not a valid id
error-not-time-zone = “{ $value }” is not an IANA time zone such as Europe/London
error-not-email = “{ $value }” is not an e-mail address
error-not-hashtag = “{ $value }” is not a hashtag (letters, digits and _ only)
error-not-locale = “{ $value }” is not a language tag such as en-GB
# $value: a day and time on the plan's clock; $zone: the plan's time zone.
error-clocks-go-forward = { $value } does not exist in { $zone } (the clocks go forward then)
error-ends-before-start = ends before it starts
error-campaign-ends-before-start = ends before the campaign starts
error-not-negative = must be a number of zero or more
error-not-a-number = must be a number
error-kpi-period = a target is per day, week, month, quarter or year
error-blackout-level = a blackout period needs a level
error-max-per-day = must be from 1 to 500, or empty for no limit
error-min-gap = must be at most 1440 minutes (a day)
error-too-many-slots = at most 48 slots a day
error-min-items-low = must be at least 1
error-min-items-high = must be at most 10,000
# $max: the channel's most a day; $most: the most in the rule's period.
# $period: day, week or month.
error-min-items-over-channel = { $period ->
    [day] the channel allows at most { $max } a day, so at most { $most } per day
    [week] the channel allows at most { $max } a day, so at most { $most } per week
   *[month] the channel allows at most { $max } a day, so at most { $most } per month
}
error-too-many-concerns = at most 500 items and campaigns
error-partner-twice = a partner is listed twice
error-link-spaces = is one permalink or post id, without spaces
error-result-about = choose the objective or the campaign it is about
error-metric-required = say what the number counts
# $count: the entries given; $max: how many fit.
error-too-many-entries = has { $count } entries; at most { $max } fit the printed plan
error-year-start-month = must be a month from 1 to 12
error-confirm-days = must be from 0 to 90 days
error-wanted-before-received = is before the request came in
error-capacity = must be from 1 to 1000 items a week, or empty
# $max: how many periods of leave fit.
error-too-much-leave = at most { $max } periods of leave
# $value: the day the leave ends.
error-leave-order = leave ending { $value } starts after it ends
error-rrule-dtstart = give the start separately, not as DTSTART in the rule
error-rrule-never-ends = never ends: give it a COUNT or an UNTIL
error-rrule-no-dates = yields no dates
# $max: the most occurrences a series may have.
error-rrule-too-many = yields more than { $max } occurrences; shorten it with COUNT or UNTIL

## What an operation refuses, and why.
error-series-needs-day = a series starts on a day; give it a date
error-period-ends-before-start = ends before the period starts
error-nothing-to-apply = there is nothing to apply
# $name: the member this laptop signs in as.
error-member-is-signed-in = on the team's plan you are { $name }, as you sign in to the team's server
error-choose-approver = choose who you are (Approvals → You are) before approving
error-say-what-should-change = say what should change
# $title: the item's title.
error-not-in-review = “{ $title }” is not in review
# $name: the approver; $title: the item's title.
error-may-not-approve = { $name } may not approve “{ $title }”
error-choose-an-item = choose at least one item
error-campaign-moved-too-far = moves the campaign too far
error-choose-channel = choose the channel it would go out on
error-no-wanted-day = has no wanted day: accept it into the backlog, or give one
error-decline-or-park = is to decline or to park
error-days-ahead = must be from 1 to 30 days
# $name: the partner's name.
error-not-a-partner-of = “{ $name }” is not part of this collaboration
error-window-order = must be after the start of the window
error-window-not-before = must not be before the start of the window
error-window-three-years = a window may span three calendar years at most
# $max: the most days a window may span.
error-window-days = a window spans at most { $max } days
error-quarter = must be 1, 2, 3 or 4
error-approve-in-approvals = an item is approved by an approver, in Approvals
error-schedule-after-approval = an item is scheduled or published once an approver has approved it
# $language: the version's language code ("fr").
error-version-exists = there is already a “{ $language }” version
# $name: the partner's name.
error-partner-exists = “{ $name }” is already in the directory
error-merge-into-itself = a partner cannot be merged into itself
error-time-missing-in-zone = that time does not exist in the plan's zone
error-pause-order = the pause must end after it starts
error-pause-too-long = a pause lasts at most a year
error-out-of-range = is out of range
error-before-first-day = comes before the first day
error-unknown-concern = names something not in the plan
# $finding: the first finding the proposed placements would now create.
error-gaps-changed = the plan has changed since the gaps were proposed ({ $finding }); nothing was placed, so propose again

## What an export or an import refuses: the file chosen, the file read, the calendar server.
error-choose-pdf-place = choose where to save the PDF
error-name-csv-or-pdf = name a .csv or a .pdf file
error-name-csv = name a .csv file
error-name-pdf-xlsx-json = name a .pdf, .xlsx or .json file
error-name-html = name an .html file
error-name-xlsx-or-csv = name a .xlsx or .csv file
error-tools-take-csv = the publishing tools take .csv files
error-buffer-platform = Buffer does not publish to this channel's network: choose an X, Instagram, Facebook, LinkedIn, TikTok, Bluesky, Threads or Mastodon channel
error-names-a-folder = names a folder, not a file
# $folder: the folder's path.
error-no-such-folder = the folder { $folder } does not exist
# $path: the path named.
error-is-a-folder = { $path } is a folder
error-month-range = must be from 1 to 12
error-quarter-range = must be from 1 to 4
error-no-such-channel = no such channel
# $year: the plan's year.
error-no-plan-for-year = there is no plan for { $year } yet: add campaigns or write the year's plan first
error-plan-in-memory-not-published = a plan in memory is not published
error-feed-is-ics = the published calendar is an .ics file
error-plan-in-memory-not-pushed = a plan in memory is not pushed
error-give-user-name = give the account's user name
# $url: the calendar's address.
error-no-calendar-at = there is no calendar at { $url }
# $value: what was typed.
error-not-web-address = “{ $value }” is not a web address
error-give-https-address = give the calendar's address, starting with https://
# $host: the calendar server's name.
error-calendar-http-not-local = { $host } would receive the password in clear over http://: give its https:// address (http:// is kept for a server on this computer)
error-server-refused-login = the calendar server refused the user name or password
# $url: the calendar's address.
error-not-reachable-calendar = { $url } is not a calendar this account can reach
# $name: the event file's name on the server.
error-keeps-changing = { $name } keeps changing on the calendar server; push again in a moment
error-file-empty = is empty: the first row should name the columns
error-choose-sheet-file = choose a .csv, .xlsx, .xls or .ods file
error-mapping-stale = the mapping does not match the file's columns; preview it again
# $column: the column's name.
error-column-not-mapped = no column is mapped to { $column }
error-no-rows = the file has no rows below its header
error-rows-all-present = every row is in the plan already
error-not-icalendar = is not an iCalendar file (no VCALENDAR)
error-no-events = holds no events
error-no-post-column = has no post id or permalink column
error-no-result-rows = the file has no rows of numbers below its header
error-paste-permalinks = paste one permalink a line (with its date and time, if you have it)
# $max: the most links at a time.
error-too-many-links = at most { $max } links at a time
error-plan-not-empty = this plan is not empty: import a whole plan into a new data folder

## An error named inside another message, worded as a log words it.
# $field: the input field it is about, as the program names it ("file"); $message: what is wrong.
error-on-field = { $field }: { $message }
# $entity: the kind of record, as the program names it; $id: its id.
error-record-not-found = { $entity } { $id } was not found
