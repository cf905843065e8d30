## File → Back up the plan and File → Restore from a backup.

backups-done = Gereed
backups-cancel = Annuleren

## File → Back up the plan: a copy of the plan, or the whole plan as JSON.

backups-title = Back-up van het plan maken
backups-intro = Almanac bewaart ook een momentopname van elke dag (de laatste 7 dagen en 4 weken) en een vóór elke import of herstelactie, in de map van het plan.
# The legend of the choice of what to save.
backups-save-as = Opslaan als
backups-format-copy = Een kopie van het plan (.almanac), om te herstellen
backups-format-json = Het hele plan als JSON, voor andere tools
# The label of the file's path.
backups-file = Bestand
# The suggested file name, before its extension. $day: today (YYYY-MM-DD).
backups-file-name = plan { $day }
# The suggested file name, before its extension. $organisation: the organisation's name from Settings; $day: today (YYYY-MM-DD).
backups-file-name-of = { $organisation } plan { $day }
# The accessible name of the progress bar while the copy is taken.
backups-backing-up = Bezig met back-up
backups-copying = Het plan wordt gekopieerd…
backups-submit = Back-up maken
# The result and status line. $path: the copy's full path.
backups-saved-copy = Kopie van het plan opgeslagen in { $path }.
# The result and status line. $count: the records written; $path: the file's full path.
backups-saved-json = Het hele plan ({ $count ->
        [one] { $count } record
       *[other] { $count } records
    }) als JSON opgeslagen in { $path }.

## File → Restore from a backup: a copy replaces the plan, which is snapshotted first.

backups-restore-title = Herstellen vanuit een back-up
backups-restore-intro = Het plan wordt vervangen door de kopie die je kiest. Het plan zoals het nu is, wordt eerst als momentopname bewaard, zodat je dit kunt terugdraaien.
backups-restore-copy = Kopie om te herstellen
backups-restore-placeholder = Een .almanac-back-up of een momentopname
# The button that opens the system's Open dialog.
backups-restore-choose = Kiezen…
backups-restore-set-aside = Als sommige rijen onleesbaar zijn: de rest herstellen en die rijen apart zetten in een rapport
# Shown when the copy is far larger than any plan.
backups-restore-large = Deze kopie hoort zo groot te zijn: toch volledig herstellen
backups-restore-submit = Herstellen
# The result and status line. $path: the copy restored.
backups-restored = { $path } hersteld.
# The result and status line. $path: the copy restored; $before: the snapshot of the plan as it was.
backups-restored-kept = { $path } hersteld. Het plan zoals het was, is bewaard in { $before }.
# The result and status line. $path: the copy restored; $count: the rows that could not be read; $report: the report that lists them.
backups-restored-set-aside = { $path } hersteld. { $count ->
        [one] { $count } rij die Almanac niet kon lezen, is apart gezet in { $report }.
       *[other] { $count } rijen die Almanac niet kon lezen, zijn apart gezet in { $report }.
    }
# The result and status line. $path: the copy restored; $before: the snapshot of the plan as it was; $count: the rows that could not be read; $report: the report that lists them.
backups-restored-kept-set-aside = { $path } hersteld. Het plan zoals het was, is bewaard in { $before }. { $count ->
        [one] { $count } rij die Almanac niet kon lezen, is apart gezet in { $report }.
       *[other] { $count } rijen die Almanac niet kon lezen, zijn apart gezet in { $report }.
    }
