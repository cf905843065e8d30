## The page shown in place of the window when the plan cannot be opened, with the backups found beside it.

recovery-title = Almanac n’a pas pu ouvrir le plan
# $path: the plan file's full path (set in code type).
recovery-path = Le fichier du plan est { $path }. Rien n’y a été modifié.
recovery-backups = Sauvegardes à côté du plan
recovery-backups-intro = Almanac copie le plan avant chaque mise à jour. Restaurer une sauvegarde conserve le fichier endommagé à côté, sous un autre nom : rien n’est perdu.
# The button beside each backup's file name.
recovery-restore = Restaurer cette sauvegarde
recovery-no-backup = Aucune sauvegarde n’a été trouvée à côté. Restaurez le fichier à partir de vos propres sauvegardes, ou déplacez-le pour commencer un nouveau plan.
