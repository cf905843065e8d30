## The command line: what `almanac <command>` prints when it has done its work, and what
## it says when it cannot. Printed in a terminal: plain text, no markup. Words that are
## typed (--out, --stop, FILE, .json) stay as they are in every language.

## Every command.

# A language named with --language that Almanac does not offer. $languages: the tags it offers, joined by list-separator.
cli-language-unknown = Almanac speaks { $languages }
# The year given is not one Almanac plans. $year: the year typed.
cli-year-out-of-range = --year { $year } is out of range (1900–2999)
# A status given with --status that is not one. $text: what was typed; $statuses: the statuses' typed names, joined by list-separator.
cli-status-unknown = “{ $text }” is not a status; use one of { $statuses }
# A quarter given with --quarter that is not one. $text: what was typed.
cli-quarter-unknown = “{ $text }” is not a quarter: write 1, 2, 3 or 4
# The window could not start. $reason: what the system said.
cli-window-failed = The window could not start: { $reason }

## almanac sample

# After loading a sample plan. $profile: agency or archive; $folder: the data folder; the others: counts.
cli-sample-loaded = Loaded the { $profile ->
        [archive] archive
       *[agency] agency
    } sample plan into { $folder }: { $brands } brands, { $channels } channels, { $campaigns } campaigns, { $items } items.

## almanac export …

# $year: the plan year; $campaigns: how many campaigns it shows; $file: the PDF written.
cli-wrote-annual-plan = Wrote the { $year } annual plan ({ $campaigns ->
        [one] one campaign
       *[other] { $campaigns } campaigns
    }) to { $file }.
# $file: the PDF written.
cli-wrote-brief = Wrote the briefing pack to { $file }.
# $file: where the campaign brief was written.
cli-wrote-campaign-brief = Wrote the campaign brief to { $file }.
# $items: the items of the period; $changes: their changes; $file: the file written.
cli-wrote-audit = Wrote the audit trail of { $items ->
        [one] one item
       *[other] { $items } items
    } ({ $changes ->
        [one] one change
       *[other] { $changes } changes
    }) to { $file }.
# $year: the plan year; $count: how many decisions; $file: the file written.
cli-wrote-decisions = Wrote the decision log of { $year } ({ $count ->
        [one] one decision
       *[other] { $count } decisions
    }) to { $file }.
# $period: the period's name (a year, a quarter, a month); $count: its items; $file: the page written.
cli-wrote-web-page = Wrote the page of { $period } ({ $count ->
        [one] one item
       *[other] { $count } items
    }) to { $file }.
# $count: the calendar's events; $file: the .ics written.
cli-wrote-ics = Wrote { $count ->
        [one] one event
       *[other] { $count } events
    } to { $file }.
# $count: the spreadsheet's rows; $file: the file written.
cli-wrote-rows = Wrote { $count ->
        [one] one row
       *[other] { $count } rows
    } to { $file }.
# $count: the records of the whole plan; $file: the JSON written.
cli-wrote-json = Wrote the whole plan ({ $count } records) to { $file }.
# A period of results: a year, or a quarter of it. $year; $quarter: 1 to 4, or 0 for the whole year.
cli-results-period = { $quarter ->
        [0] { $year }
       *[other] Q{ $quarter } { $year }
    }
# $period: cli-results-period; $posts: the posts counted; $file: the file written.
cli-wrote-results = Wrote the results of { $period } ({ $posts ->
        [one] one post
       *[other] { $posts } posts
    }) to { $file }.
# With --json and --out: the file must be a .json file.
cli-results-json-file = with --json, name a .json file (or leave out --out to print it)
# export handoff: --out must name a folder. $folder: what was given.
cli-handoff-not-a-folder = --out { $folder } is not a folder
# An item the publishing tool would refuse, left out of the files. $title: the item; $when: its day and time; $reason: why.
cli-handoff-left-out = left out: { $title } ({ $when }): { $reason }
# A file written for the publishing tool. $file: its path.
cli-handoff-wrote = wrote { $file }
# The end of a hand-off. $messages: the messages written; $files: the files; $format: the date format the files use.
cli-handoff-written = { $messages ->
        [one] One message
       *[other] { $messages } messages
    } in { $files ->
        [one] one file
       *[other] { $files } files
    }; dates are { $format } (choose the same when uploading).

## almanac publish, almanac caldav

# $folder: the data folder.
cli-publish-stopped = Stopped publishing the calendar of { $folder }.
# publish without --out or --stop.
cli-publish-needs-out = give --out FILE, or --stop
# $count: the events written; $file: the .ics kept current.
cli-published = Published { $count ->
        [one] one event
       *[other] { $count } events
    } to { $file }; it is written anew after every change.
cli-caldav-stopped = Stopped pushing the calendar; its events stay on the server.
# caldav --push when no calendar is pushed.
cli-caldav-not-pushed = the calendar is not pushed
# After a push. $report: cli-caldav-report.
cli-caldav-pushed = Pushed the calendar: { $report }.
# After the first push to a collection. $url: the collection; $report: cli-caldav-report.
cli-caldav-pushed-to = Pushed the calendar to { $url }: { $report }.
# What a push did to the server's events, each a count.
cli-caldav-report = { $created } new, { $updated } changed, { $deleted } deleted, { $restored } put back, { $unchanged } as they were
cli-caldav-password-kept = The password is kept in the system's keyring; the calendar is pushed after every change.
# The keyring could not keep the password. $reason: why; $variable: the environment variable read instead.
cli-caldav-password-not-kept = { $reason }. Later pushes read { $variable } instead.
# No password anywhere. $variable: the environment variable that may hold it.
cli-caldav-no-password = no password: give --password-stdin, or set { $variable }
# Standard input could not be read. $reason: what the system said.
cli-password-unreadable = cannot read the password: { $reason }

## almanac backup, almanac restore, almanac import plan

# $folder: the plan's folder; $file: the copy written.
cli-backed-up = Backed up the plan in { $folder } to { $file }.
# restore while a window is open on the plan. $folder: the plan's folder.
cli-restore-window-open = Almanac is open on { $folder }; close its window (or use File → Restore in it), then try again
# $file: the copy restored; $snapshot: the snapshot of the plan as it was.
cli-restored-over = Restored { $file }; the plan as it was is in { $snapshot }.
# $file: the copy restored; $folder: the data folder, which had no plan.
cli-restored-into = Restored { $file } into { $folder }.
# $count: the rows set aside; $report: the report that lists them.
cli-restore-set-aside = { $count ->
        [one] One row Almanac could not read was set aside in { $report }.
       *[other] { $count } rows Almanac could not read were set aside in { $report }.
    }
# $count: the records read; $file: the JSON read; $folder: the data folder.
cli-imported-json = Imported the whole plan ({ $count } records) from { $file } into { $folder }.

## almanac import ics

# One day or span of days a calendar file adds. $days: the day, or cli-import-days; $name: the event's name.
cli-import-date = { $days }  { $name }
# The same, for an event the plan already has.
cli-import-date-known = { $days }  { $name }  (already in the plan)
# A span of days. $from, $to: the first and last day.
cli-import-days = { $from } – { $to }
# An event or row not taken. $reason: why.
cli-import-left-out = left out: { $reason }
# $count: the dates; $source: the calendar's name.
cli-import-dates-dry-run = { $count ->
        [one] One date would be added from { $source }; nothing was written.
       *[other] { $count } dates would be added from { $source }; nothing was written.
    }
cli-import-dates-added = { $count ->
        [one] Added one date from { $source } in one undoable change.
       *[other] Added { $count } dates from { $source } in one undoable change.
    }

## almanac import partners, almanac import items, almanac import results

# A row refused. $line: its line in the file; $reason: why.
cli-import-line-error = line { $line }: { $reason }
# $count: the rows refused.
cli-import-has-errors = { $count ->
        [one] One row has errors; nothing was imported
       *[other] { $count } rows have errors; nothing was imported
    }
# $count: the rows, all already in the plan.
cli-import-nothing = { $count ->
        [one] Nothing to import: the row is in the plan already.
       *[other] Nothing to import: all { $count } rows are in the plan already.
    }
# $count: the rows left out as already in the plan.
cli-import-skipped = { $count ->
        [one] One row is in the plan already and is left out.
       *[other] { $count } rows are in the plan already and are left out.
    }
# $kind: partner or item; $count: how many; $file: the file read.
cli-import-rows-dry-run = { $kind ->
        [partner] { $count ->
            [one] One partner would be imported from { $file }; nothing was written.
           *[other] { $count } partners would be imported from { $file }; nothing was written.
        }
       *[item] { $count ->
            [one] One item would be imported from { $file }; nothing was written.
           *[other] { $count } items would be imported from { $file }; nothing was written.
        }
    }
cli-import-rows-done = { $kind ->
        [partner] { $count ->
            [one] Imported one partner from { $file } in one undoable change.
           *[other] Imported { $count } partners from { $file } in one undoable change.
        }
       *[item] { $count ->
            [one] Imported one item from { $file } in one undoable change.
           *[other] Imported { $count } items from { $file } in one undoable change.
        }
    }
# A row of analytics. $line: its line; $day: the post's day; $post: the post's address; $found: what it matched.
cli-results-row = line { $line }: { $day } { $post } { $found }
cli-results-row-error = error: { $reason }
cli-results-row-left-out = left out: { $reason }
# The row's post is the plan item $title.
cli-results-row-linked = → { $title }
cli-results-row-confirmed = → { $title } (proposed, confirmed)
cli-results-row-proposed = ? { $title } (proposed; --accept-proposed to link)
cli-results-row-unmatched = no item
# One metric's total. $metric: its name (results-metric-…); $value: the total.
cli-results-total = { $metric } { $value }
# $source: the platform; the counts; $totals: each cli-results-total, joined by list-separator.
cli-results-summary = { $source } export: { $linked } linked, { $proposed } proposed, { $unmatched } with no item, { $replaced } replacing numbers imported before; totals: { $totals }
cli-results-dry-run = Nothing was written (--dry-run).
# $count: the rows imported; $file: the file read.
cli-results-imported = { $count ->
        [one] Imported the numbers of one row from { $file } in one undoable change.
       *[other] Imported the numbers of { $count } rows from { $file } in one undoable change.
    }

## almanac check

# The year's counts of findings, each by severity.
cli-check-counts = { $year }: { $errors ->
        [one] one error
       *[other] { $errors } errors
    }, { $warnings ->
        [one] one warning
       *[other] { $warnings } warnings
    }, { $notes ->
        [one] one note
       *[other] { $notes } notes
    }.
# A finding's severity, at the start of its line.
cli-check-error = error
cli-check-warning = warning
cli-check-note = note
# What would fix the finding, after it. $fix: the fix.
cli-check-fix = — { $fix }
cli-check-coverage = Coverage:
# An objective with no coverage rule. $name: the objective.
cli-check-no-rule = { $name }: no coverage rule
# An objective's coverage. $name: the objective; $score: the percentage (a number as the language writes it).
cli-check-score = { $name }: { $score }%
# One rule of an objective. $label: the rule; $score: its percentage; $gaps: the periods short of it.
cli-check-rule = { $label }: { $score }%, { $gaps ->
        [one] one period short
       *[other] { $gaps } periods short
    }

## almanac server …, almanac sync

# sync with no server known. The address is an example to type.
cli-sync-needs-server = give the team's server: --server postgresql://member@host/database
# The keyring could not keep the password. $reason: why; $variable: the environment variable read instead.
cli-sync-password-not-kept = { $reason }. Later syncs read { $variable } instead.
# $address: the team's server.
cli-sync-joined = Joined the team's plan on { $address }.
# $pushed: changes sent; $pulled: changes taken; $rows: the rows they changed.
cli-sync-moved = Pushed { $pushed ->
        [one] one change
       *[other] { $pushed } changes
    }; pulled { $pulled } from the team, changing { $rows ->
        [one] one row
       *[other] { $rows } rows
    }.
cli-sync-waiting = { $count ->
        [one] One change waits on this laptop (a viewer's changes are not taken).
       *[other] { $count } changes wait on this laptop (a viewer's changes are not taken).
    }
cli-sync-conflicts = { $count ->
        [one] One conflict to settle in Settings → Team sync.
       *[other] { $count } conflicts to settle in Settings → Team sync.
    }
# The network could not start. $reason: what the system said.
cli-network-failed = cannot start the network runtime: { $reason }
# server init. $plan: the plan's id; $address: the server; $version: the schema version.
cli-server-created = Created the team's plan { $plan } on { $address } (schema version { $version }).
cli-server-up-to-date = { $address } is up to date (schema version { $version }).
# $from, $to: the schema versions.
cli-server-upgraded = Upgraded { $address } from schema version { $from } to { $to }.
# server add-member. $name: the member; $role: editor or viewer; $login: their server role.
cli-member-added = Added { $name } as { $role ->
        [viewer] a viewer
       *[editor] an editor
    } ({ $login }).
cli-member-hand-over = Give them, by a safe route (the password is shown only now):
# The two lines to hand over; keep the values aligned.
cli-member-server = { "  " }Server:   { $server }
cli-member-password = { "  " }Password: { $password }
# A scope of --approves that is not one. $value: what was typed.
cli-member-approves-unknown = --approves { $value }: write everything, brand:NAME, channel:HANDLE or nothing
# server set-member. $member: the member's server role.
cli-member-changed = Changed { $member }.

## The words clap, the command-line library, puts around the help texts of cli-help.ftl.

# Before the command's usage line.
cli-help-usage = Usage:
# Headings of the help's lists.
cli-help-commands = Commands
cli-help-options = Options
cli-help-arguments = Arguments
# The placeholder for a subcommand in the usage line (upper case, as a placeholder is written).
cli-help-command = COMMAND
cli-help-help = Print help
cli-help-version = Print version
# After an option's help: the values it takes. $choices: the values, joined by list-separator.
cli-help-choices = [possible values: { $choices }]
# After an option's help: the value it takes when not given. $value: the value.
cli-help-default = [default: { $value }]

## Arguments the command line refuses (typed wrong), each followed by the usage line and
## cli-usage-more. $arg: an option as typed (--out <FILE>); $value: a value as typed.

# An option given twice.
cli-usage-repeated = { $arg } cannot be given more than once
# Two options that exclude each other. $other: the options given before, joined by list-separator.
cli-usage-conflict = { $arg } cannot be used with { $other }
# A value that is not one of the option's choices. $choices: joined by list-separator.
cli-usage-invalid-value = “{ $value }” is not a value of { $arg }; it takes { $choices }
# An option given without its value.
cli-usage-needs-value = { $arg } needs a value
# $command: the word typed.
cli-usage-unknown-command = there is no command “{ $command }”
cli-usage-unknown-argument = { $arg } is not an option of this command
# Options that must be given. $args: joined by list-separator.
cli-usage-missing = give { $args }
# A command that needs a subcommand. $command: the command; $commands: its subcommands, joined by list-separator.
cli-usage-missing-command = { $command } needs one of { $commands }
# A value the option refused. $reason: why (already a sentence).
cli-usage-bad-value = “{ $value }” for { $arg }: { $reason }
cli-usage-values = { $arg } was given the wrong number of values
# What the refused argument was perhaps meant to be. $suggestion: an option or command as typed.
cli-usage-suggested = did you mean { $suggestion }?
# The last line. $help: the option that prints help (--help).
cli-usage-more = For more, add { $help }.
