## What the plan's store refuses or fails at: the data folder, the plan file, its backups
## and snapshots, restoring a copy, Plan health's repair, the journal and team sync.
## $reason, where a message has one: what the operating system, SQLite or a library said,
## as it said it (or, where the message says so, a refusal of Almanac's own).

## The data folder and the plan file, when the plan is opened or upgraded.
# $folder: the data folder's path; $reason: what the operating system said.
error-store-cannot-create-data-folder = cannot create the data folder { $folder }: { $reason }
# $folder: the data folder's path.
error-store-no-plan-in = there is no plan in { $folder }
error-store-no-app-data-folder = cannot find the user's app-data folder; pass --data-dir
# $path: the plan file's path; $why: why it cannot be opened (one of the messages below, or what SQLite said).
error-store-plan-damaged = The plan { $path } cannot be opened: { $why }. It was left as it is.
error-store-not-sqlite = it is not an Almanac plan (not an SQLite database)
# $length: the file's size in bytes; $expected: the size its header promises.
error-store-cut-short = it is cut short ({ $length } of { $expected } bytes)
# $path: the file's path; $reason: what the operating system said.
error-store-cannot-read = cannot read { $path }: { $reason }
# $schema: the schema number the file records; $supported: the highest this version reads.
error-store-newer-plan = this plan was written by a newer version of Almanac (schema { $schema }; this version reads up to { $supported }). Update Almanac to open it; the file was left untouched.
# $schema: the schema number the plan was being upgraded to; $reason: what SQLite said.
error-store-upgrade-failed = could not upgrade the plan to schema { $schema }: { $reason }
# $schema: the schema number the file records; $reason: what SQLite said.
error-store-reference-schema-failed = could not build schema { $schema } to compare with: { $reason }
# $reason: what SQLite said.
error-store-upgrade-backup-failed = could not back up the plan before upgrading it ({ $reason }); the plan was left as it is
error-store-choose-backup-beside = choose one of the backups found beside the plan
error-store-backup-unreadable-too = this backup cannot be read either
# $reason: what the operating system said.
error-store-backup-not-restored = could not restore the backup: { $reason }

## Backups and the automatic snapshots in the data folder.
# $path: the file the backup was to be written to; $reason: what the system or SQLite said, or why the copy's check refused it.
error-store-cannot-back-up-to = cannot back up the plan to { $path }: { $reason }
# $reason: what SQLite's integrity check reported.
error-store-integrity-failed = the copy failed its integrity check: { $reason }
# $path: the folder's path; $reason: what the operating system said.
error-store-cannot-create = cannot create { $path }: { $reason }
# $path: the snapshot's file; $reason: what the operating system said.
error-store-cannot-remove-snapshot = cannot remove the old snapshot { $path }: { $reason }

## File → Restore from a backup: the copy chosen, and the log (-wal file) beside it.
# $path: the copy chosen; $reason: why it was refused (a message of this file or of errors.ftl).
error-store-not-restored = { $path } was not restored: { $reason }
# $path: the copy chosen; $reason: what the operating system said.
error-store-could-not-restore = could not restore { $path }: { $reason }
# $path: the copy chosen.
error-store-not-a-file = { $path } is not a file
# $path: the copy chosen.
error-store-is-a-link = { $path } is a link to another file: choose the file itself
# The copy's size in gigabytes, to one decimal: $gigabytes: the whole gigabytes; $tenths: the tenths (0 to 9).
error-store-far-too-large = it is { $gigabytes }.{ $tenths } GB, far larger than any plan (a year's plan is tens of MB); if this copy is really the one, restore it saying it is intended to be this large
# $path: the copy chosen; $reason: what the operating system said.
error-store-could-not-copy = could not copy { $path }: { $reason }
# $path: the log file's path.
error-store-log-not-read-in = the log beside it ({ $path }) could not be read into it
# $mode: SQLite's journal mode, as SQLite names it ("wal").
error-store-stays-in-mode = it stays in “{ $mode }” mode
# $path: the log file's path; $why: one of the five messages below.
error-store-foreign-log = the log beside it ({ $path }) belongs to another database ({ $why }): move it away, or choose the copy with its own log
error-store-log-cut-short = it is cut short
error-store-log-not-sqlite = it is not an SQLite log
error-store-log-checksum = its header fails its checksum
error-store-log-no-database = no database
# $log: the log's page size in bytes; $file: the database file's page size in bytes.
error-store-log-page-size = its pages are { $log } bytes, the file's { $file }
# $path: the copy chosen; $reason: why it is not (a message of this file).
error-store-not-a-plan = { $path } is not an Almanac plan: { $reason }
error-store-sqlite-not-plan = it is an SQLite database but not an Almanac plan

## A plan file that is not as Almanac writes it: its schema (the tables, indexes, views and
## triggers it defines) and its rows. Settings → Plan health names the rows too.
# $count: how many triggers Almanac never writes; $name: the first one's name.
error-store-extra-trigger = { $count ->
    [one] { $count } trigger
   *[other] { $count } triggers
}, which Almanac never writes (“{ $name }”…)
# $count: how many views Almanac never writes; $name: the first one's name.
error-store-extra-view = { $count ->
    [one] { $count } view
   *[other] { $count } views
}, which Almanac never writes (“{ $name }”…)
# $count: how many tables Almanac never writes; $name: the first one's name.
error-store-extra-table = { $count ->
    [one] { $count } table
   *[other] { $count } tables
}, which Almanac never writes (“{ $name }”…)
# $count: how many indexes Almanac never writes; $name: the first one's name.
error-store-extra-index = { $count ->
    [one] { $count } index
   *[other] { $count } indexes
}, which Almanac never writes (“{ $name }”…)
# $name: the trigger's name.
error-store-changed-trigger = the trigger “{ $name }” defined otherwise than Almanac defines it
# $name: the view's name.
error-store-changed-view = the view “{ $name }” defined otherwise than Almanac defines it
# $name: the table's name.
error-store-changed-table = the table “{ $name }” defined otherwise than Almanac defines it
# $name: the index's name.
error-store-changed-index = the index “{ $name }” defined otherwise than Almanac defines it
# $count: how many parts of the schema are missing; $name: the first one's name.
error-store-parts-missing = { $count } part(s) of Almanac's plan missing (“{ $name }”…)
# $reasons: what the file has (the messages above, one after another).
error-store-not-own-shape = the file has { $reasons }: it is not a plan as Almanac writes it
error-store-not-own-shape-unnamed = the file is not a plan as Almanac writes it
# Two reasons or rows in a row. $first: the first; $more: the next (itself maybe two in a row).
error-store-one-and-more = { $first }; { $more }
# $rows: the first rows that cannot be read, each with why (one after another).
error-store-rows-unreadable = rows Almanac cannot read: { $rows } (restore it with the bad rows set aside in a report, or choose another copy)
error-store-bad-rows-stuck = the copy's bad rows could not all be set aside
# $table: the row's table (as SQLite names it, "content_item"); $row: its place in the table; $parent: the table it names.
error-store-row-names-missing = { $table } row { $row }: names a { $parent } that is not in the plan
# $table: the row's table; $id: the row's id; $why: what is wrong (a message below, or what SQLite said).
error-store-row-unreadable = { $table } { $id }: { $why }
# $table: the row's table; $id: what its id column holds.
error-store-row-id-not-id = { $table } “{ $id }”: not an id
# $table: the row's table; $value: what its id column holds, as SQLite's library writes it ("Integer(7)").
error-store-row-id-not-text = { $table }: an id that is not text ({ $value })
# $column: the column (as SQLite names it, "status"); $reason: why (a message below, or what was said).
error-store-column-unreadable = { $column } cannot be read ({ $reason })
# $reason: why (a message below, or what was said).
error-store-list-unreadable = a list cannot be read ({ $reason })
# $column: the column; $kind: the kind of value SQLite found there, as it names it ("Null", "Integer", "Real", "Text", "Blob").
error-store-column-holds = { $column } holds { $kind }
# $kind: the kind of value SQLite found, as it names it.
error-store-list-holds = a list holds { $kind }
# What a column holds that is not what it should be. $value: the value, in quotation marks as the program writes it.
error-store-unfit-id = id: { $value }
# $value: the value, in quotation marks as the program writes it.
error-store-unfit-date = date: { $value }
# $value: the value, in quotation marks as the program writes it.
error-store-unfit-instant = instant: { $value }
# $value: the value, in quotation marks as the program writes it.
error-store-unfit-value = value: { $value }
# $value: the value, in quotation marks as the program writes it.
error-store-unfit-json = json: { $value }

## Plan health's repair (rows moved aside into the journal), undo and redo.
error-store-unreadable-rows-stuck = the plan's unreadable rows could not all be moved aside
# $table: the row's table; $row: its place in the table.
error-store-rows-too-deep = the rows naming { $table } row { $row } run too deep to move aside
# Why a row was moved aside with the one it names. $table: that row's table; $row: its place in the table.
error-store-names-moved-row = names { $table } row { $row }, which was moved aside
error-store-moved-row-altered = the journal holds a row moved aside that is not as it wrote it
error-store-empty-journal-entry = an empty entry in the journal
error-store-moved-row-no-table = a moved row without its table
# $table: the name the journal gives.
error-store-journal-names-no-table = the journal names “{ $table }”, which is not a table of the plan
error-store-moved-row-no-place = a moved row without its place
# $table: the row's table; $row: its place in the table.
error-store-moved-row-changed = { $table } row { $row } is no longer as the repair left it; nothing was changed
error-store-moved-row-no-columns = a moved row without its columns
# $entity: the kind of record, as the journal names it ("contentItem", "campaign", "keyDate").
error-store-changed-elsewhere = this { $entity } was changed elsewhere (another window or the command line) since it was read; nothing was written: look again and retry
# $entity: the kind of record the journal names.
error-store-unknown-entity = the journal names an unknown entity “{ $entity }”
error-store-fields-name-another-row = the row's fields name another row
# $entity: the kind of record, as the journal names it; $reason: what the reader of its fields said.
error-store-not-readable-entity = not a { $entity } this plan can read: { $reason }
error-store-journal-id-malformed-short = journal holds a malformed id
error-store-journal-id-malformed = the journal holds a malformed id

## Team sync: this laptop's side.
error-store-sync-identity-damaged = the plan's sync identity is damaged
error-store-outbox-id-malformed = the outbox holds a malformed id
# $table: the table (as SQLite names it) left pointing at a row that is gone.
error-store-team-left-dangling = the team's changes left { $table } pointing at a row that is gone
error-store-team-references-unsettled = the team's changes left references that could not be settled; nothing was applied
# $table: the table; $column: its column (as SQLite names them); $reason: what the id reader said.
error-store-holds-no-id = { $table }.{ $column } holds no id: { $reason }

## An error named inside another, as a log writes it.
