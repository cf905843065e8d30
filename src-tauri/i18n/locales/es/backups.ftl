## File → Back up the plan and File → Restore from a backup.

backups-done = Listo
backups-cancel = Cancelar

## File → Back up the plan: a copy of the plan, or the whole plan as JSON.

backups-title = Hacer una copia de seguridad del plan
backups-intro = Almanac también guarda una instantánea de cada día (los últimos 7 días y 4 semanas) y otra antes de cada importación o restauración, en la carpeta del plan.
# The legend of the choice of what to save.
backups-save-as = Guardar como
backups-format-copy = Una copia del plan (.almanac), para restaurarla
backups-format-json = El plan completo en JSON, para otras herramientas
# The label of the file's path.
backups-file = Archivo
# The suggested file name, before its extension. $day: today (YYYY-MM-DD).
backups-file-name = plan { $day }
# The suggested file name, before its extension. $organisation: the organisation's name from Settings; $day: today (YYYY-MM-DD).
backups-file-name-of = { $organisation } plan { $day }
# The accessible name of the progress bar while the copy is taken.
backups-backing-up = Haciendo la copia de seguridad
backups-copying = Copiando el plan…
backups-submit = Hacer la copia
# The result and status line. $path: the copy's full path.
backups-saved-copy = Se guardó una copia del plan en { $path }.
# The result and status line. $count: the records written; $path: the file's full path.
backups-saved-json = Se guardó el plan completo ({ $count ->
        [one] { $count } registro
       *[other] { $count } registros
    }) en formato JSON en { $path }.

## File → Restore from a backup: a copy replaces the plan, which is snapshotted first.

backups-restore-title = Restaurar desde una copia de seguridad
backups-restore-intro = El plan se sustituye por la copia que elijas. Antes se guarda el plan tal como está ahora en una instantánea, así que se puede revertir.
backups-restore-copy = Copia que restaurar
backups-restore-placeholder = Una copia de seguridad .almanac o una instantánea
# The button that opens the system's Open dialog.
backups-restore-choose = Elegir…
backups-restore-set-aside = Si algunas filas no se pueden leer, restaurar el resto y apartar esas filas en un informe
# Shown when the copy is far larger than any plan.
backups-restore-large = Esta copia tiene este tamaño a propósito: restaurarla de todos modos
backups-restore-submit = Restaurar
# The result and status line. $path: the copy restored.
backups-restored = Se restauró { $path }.
# The result and status line. $path: the copy restored; $before: the snapshot of the plan as it was.
backups-restored-kept = Se restauró { $path }. El plan tal como estaba se conserva en { $before }.
# The result and status line. $path: the copy restored; $count: the rows that could not be read; $report: the report that lists them.
backups-restored-set-aside = Se restauró { $path }. { $count ->
        [one] { $count } fila que Almanac no pudo leer se apartó en { $report }.
       *[other] { $count } filas que Almanac no pudo leer se apartaron en { $report }.
    }
# The result and status line. $path: the copy restored; $before: the snapshot of the plan as it was; $count: the rows that could not be read; $report: the report that lists them.
backups-restored-kept-set-aside = Se restauró { $path }. El plan tal como estaba se conserva en { $before }. { $count ->
        [one] { $count } fila que Almanac no pudo leer se apartó en { $report }.
       *[other] { $count } filas que Almanac no pudo leer se apartaron en { $report }.
    }
