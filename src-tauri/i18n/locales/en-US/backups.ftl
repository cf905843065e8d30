## File → Back up the plan and File → Restore from a backup.

backups-done = Done
backups-cancel = Cancel

## File → Back up the plan: a copy of the plan, or the whole plan as JSON.

backups-title = Back up the plan
backups-intro = Almanac also keeps a snapshot of each day (the last 7 days and 4 weeks) and one before every import or restore, in the plan's folder.
# The legend of the choice of what to save.
backups-save-as = Save as
backups-format-copy = A copy of the plan (.almanac), to restore
backups-format-json = The whole plan as JSON, for other tools
# The label of the file's path.
backups-file = File
# The suggested file name, before its extension. $day: today (YYYY-MM-DD).
backups-file-name = plan { $day }
# The suggested file name, before its extension. $organisation: the organisation's name from Settings; $day: today (YYYY-MM-DD).
backups-file-name-of = { $organisation } plan { $day }
# The accessible name of the progress bar while the copy is taken.
backups-backing-up = Backing up
backups-copying = Copying the plan…
backups-submit = Back up
# The result and status line. $path: the copy's full path.
backups-saved-copy = Saved a copy of the plan to { $path }.
# The result and status line. $count: the records written; $path: the file's full path.
backups-saved-json = Saved the whole plan ({ $count ->
        [one] { $count } record
       *[other] { $count } records
    }) as JSON to { $path }.

## File → Restore from a backup: a copy replaces the plan, which is snapshotted first.

backups-restore-title = Restore from a backup
backups-restore-intro = The plan is replaced by the copy you choose. The plan as it is now is kept first as a snapshot, so this can be reversed.
backups-restore-copy = Copy to restore
backups-restore-placeholder = A .almanac backup or a snapshot
# The button that opens the system's Open dialog.
backups-restore-choose = Choose…
backups-restore-set-aside = If some rows cannot be read, restore the rest and set those rows aside in a report
# Shown when the copy is far larger than any plan.
backups-restore-large = This copy is meant to be this large: restore it all the same
backups-restore-submit = Restore
# The result and status line. $path: the copy restored.
backups-restored = Restored { $path }.
# The result and status line. $path: the copy restored; $before: the snapshot of the plan as it was.
backups-restored-kept = Restored { $path }. The plan as it was is kept in { $before }.
# The result and status line. $path: the copy restored; $count: the rows that could not be read; $report: the report that lists them.
backups-restored-set-aside = Restored { $path }. { $count ->
        [one] { $count } row Almanac could not read was set aside in { $report }.
       *[other] { $count } rows Almanac could not read were set aside in { $report }.
    }
# The result and status line. $path: the copy restored; $before: the snapshot of the plan as it was; $count: the rows that could not be read; $report: the report that lists them.
backups-restored-kept-set-aside = Restored { $path }. The plan as it was is kept in { $before }. { $count ->
        [one] { $count } row Almanac could not read was set aside in { $report }.
       *[other] { $count } rows Almanac could not read were set aside in { $report }.
    }
