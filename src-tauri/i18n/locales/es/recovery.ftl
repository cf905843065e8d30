## The page shown in place of the window when the plan cannot be opened, with the backups found beside it.

recovery-title = Almanac no pudo abrir el plan
# $path: the plan file's full path (set in code type).
recovery-path = El archivo del plan es { $path }. No se ha modificado nada en él.
recovery-backups = Copias de seguridad junto al plan
recovery-backups-intro = Almanac copia el plan antes de cada actualización. Al restaurar una copia de seguridad, el archivo dañado se conserva al lado con otro nombre, así que no se pierde nada.
# The button beside each backup's file name.
recovery-restore = Restaurar esta copia
recovery-no-backup = No se encontró ninguna copia de seguridad junto a él. Restaura el archivo desde tus propias copias de seguridad o muévelo a otro lugar para empezar un plan nuevo.
