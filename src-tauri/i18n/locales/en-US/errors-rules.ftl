## What the plan's own rules refuse, and what the database or the file system said.

# $reason: what SQLite said, as it said it.
error-rules-plan-refused-change = the plan refused this change: { $reason }
# $reason: what SQLite or the operating system said, as it said it.
error-rules-disk-full = the plan could not be written: the disk is full or failing ({ $reason }); nothing was changed
error-rules-database-busy = the plan database is busy (is Almanac open twice on the same data folder?)
# $reason: what SQLite said about the row, as it said it.
error-rules-row-unreadable = a row this needs cannot be read ({ $reason }); nothing was changed. Settings → Plan health names it and can set it aside
# $reason: what SQLite said, as it said it.
error-rules-database = database: { $reason }
# $reason: what the operating system said, as it said it.
error-rules-file-system = file system: { $reason }
# $reason: what the JSON reader said, as it said it.
error-rules-journal-data = journal data: { $reason }
# $value: the recurrence rule typed; $reason: what the rule reader said, as it said it.
error-rules-rrule-unreadable = “{ $value }”: { $reason }
# $reason: what the rule reader said, as it said it.
error-rules-rrule-refused = { $reason }
error-rules-clock-range = the clock would run past the year 9999 or before 1970
# $value: the text read as a clock reading.
error-rules-not-a-clock = “{ $value }” is not a clock reading

## What an operation refuses. $title and $name: a record's title or name, cut to 40 characters (with "…").

# $entity: the kind of record, as the code names it (contentItem, channel…); $id: the id given.
error-rules-no-such-record = no { $entity } has the id { $id }
error-rules-not-in-series = “{ $title }” is not part of a series
error-rules-no-longer-in-backlog = “{ $title }” is no longer in the backlog; propose again
error-rules-request-decided = “{ $title }” was decided already
# $count: the items the member owns.
error-rules-member-owns-items = “{ $name }” owns { $count ->
        [one] { $count } item
       *[other] { $count } items
    }; give them to someone else first
# $count: the items on the channel.
error-rules-channel-has-items = “{ $name }” has { $count ->
        [one] { $count } item
       *[other] { $count } items
    }; move or delete them first, or mark the channel inactive
# $count: the collaborations the partner is part of; $titles: up to three of their titles, each quoted, joined by list-separator.
error-rules-partner-in-collaborations = “{ $name }” is part of { $count ->
        [one] { $count } collaboration
       *[other] { $count } collaborations
    } ({ $titles }): take it out of them first, or merge it into another partner
# $title: a collaboration's title, in the list of error-rules-partner-in-collaborations.
error-rules-quoted = “{ $title }”
# $count: the brand's channels.
error-rules-brand-owns-channels = “{ $name }” still owns { $count ->
        [one] { $count } channel
       *[other] { $count } channels
    }; move or delete them first
# $author: who wrote the comment.
error-rules-only-author-deletes = only { $author } may delete their comment
error-rules-pause-in-force = a pause is already in force; resume it first
error-rules-pause-resumed = this pause has already been resumed
error-rules-findings-cache-empty = the findings cache is empty
error-rules-no-settings = the plan has no settings row
error-rules-sample-needs-empty-plan = this plan already has content; load a sample plan into an empty data folder
