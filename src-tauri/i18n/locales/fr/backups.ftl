## File → Back up the plan and File → Restore from a backup.

backups-done = Terminé
backups-cancel = Annuler

## File → Back up the plan: a copy of the plan, or the whole plan as JSON.

backups-title = Sauvegarder le plan
backups-intro = Almanac conserve aussi un instantané de chaque jour (les 7 derniers jours et les 4 dernières semaines), ainsi qu’un autre avant chaque import ou restauration, dans le dossier du plan.
# The legend of the choice of what to save.
backups-save-as = Enregistrer sous
backups-format-copy = Une copie du plan (.almanac), à restaurer
backups-format-json = Le plan complet en JSON, pour d’autres outils
# The label of the file's path.
backups-file = Fichier
# The suggested file name, before its extension. $day: today (YYYY-MM-DD).
backups-file-name = plan { $day }
# The suggested file name, before its extension. $organisation: the organisation's name from Settings; $day: today (YYYY-MM-DD).
backups-file-name-of = { $organisation } plan { $day }
# The accessible name of the progress bar while the copy is taken.
backups-backing-up = Sauvegarde en cours
backups-copying = Copie du plan…
backups-submit = Sauvegarder
# The result and status line. $path: the copy's full path.
backups-saved-copy = Copie du plan enregistrée dans { $path }.
# The result and status line. $count: the records written; $path: the file's full path.
backups-saved-json = Plan complet ({ $count ->
        [one] { $count } enregistrement
       *[other] { $count } enregistrements
    }) enregistré en JSON dans { $path }.

## File → Restore from a backup: a copy replaces the plan, which is snapshotted first.

backups-restore-title = Restaurer à partir d’une sauvegarde
backups-restore-intro = Le plan est remplacé par la copie choisie. Le plan dans son état actuel est d’abord conservé sous forme d’instantané : l’opération est donc réversible.
backups-restore-copy = Copie à restaurer
backups-restore-placeholder = Une sauvegarde .almanac ou un instantané
# The button that opens the system's Open dialog.
backups-restore-choose = Choisir…
backups-restore-set-aside = Si certaines lignes sont illisibles, restaurer le reste et mettre ces lignes de côté dans un rapport
# Shown when the copy is far larger than any plan.
backups-restore-large = Cette copie est bien censée être aussi volumineuse : la restaurer quand même
backups-restore-submit = Restaurer
# The result and status line. $path: the copy restored.
backups-restored = Copie { $path } restaurée.
# The result and status line. $path: the copy restored; $before: the snapshot of the plan as it was.
backups-restored-kept = Copie { $path } restaurée. Le plan tel qu’il était est conservé dans { $before }.
# The result and status line. $path: the copy restored; $count: the rows that could not be read; $report: the report that lists them.
backups-restored-set-aside = Copie { $path } restaurée. { $count ->
        [one] { $count } ligne illisible pour Almanac a été mise de côté dans { $report }.
       *[other] { $count } lignes illisibles pour Almanac ont été mises de côté dans { $report }.
    }
# The result and status line. $path: the copy restored; $before: the snapshot of the plan as it was; $count: the rows that could not be read; $report: the report that lists them.
backups-restored-kept-set-aside = Copie { $path } restaurée. Le plan tel qu’il était est conservé dans { $before }. { $count ->
        [one] { $count } ligne illisible pour Almanac a été mise de côté dans { $report }.
       *[other] { $count } lignes illisibles pour Almanac ont été mises de côté dans { $report }.
    }
