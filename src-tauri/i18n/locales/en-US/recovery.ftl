## The page shown in place of the window when the plan cannot be opened, with the backups found beside it.

recovery-title = Almanac could not open the plan
# $path: the plan file's full path (set in code type).
recovery-path = The plan file is { $path }. Nothing in it was changed.
recovery-backups = Backups beside the plan
recovery-backups-intro = Almanac copies the plan before each upgrade. Restoring a backup keeps the damaged file beside it, renamed, so nothing is lost.
# The button beside each backup's file name.
recovery-restore = Restore this backup
recovery-no-backup = No backup was found beside it. Restore the file from your own backups, or move it away to start a new plan.
