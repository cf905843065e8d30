## What the plan's store refuses or fails at: the data folder, the plan file, its backups
## and snapshots, restoring a copy, Plan health's repair, the journal and team sync.
## $reason, where a message has one: what the operating system, SQLite or a library said,
## as it said it (or, where the message says so, a refusal of Almanac's own).

## The data folder and the plan file, when the plan is opened or upgraded.
# $folder: the data folder's path; $reason: what the operating system said.
error-store-cannot-create-data-folder = impossible de créer le dossier de données { $folder } : { $reason }
# $folder: the data folder's path.
error-store-no-plan-in = il n’y a pas de plan dans { $folder }
error-store-no-app-data-folder = impossible de trouver le dossier des données d’application de l’utilisateur ; indiquez --data-dir
# $path: the plan file's path; $why: why it cannot be opened (one of the messages below, or what SQLite said).
error-store-plan-damaged = Le plan { $path } ne peut pas être ouvert : { $why }. Il a été laissé tel quel.
error-store-not-sqlite = ce n’est pas un plan Almanac (ce n’est pas une base de données SQLite)
# $length: the file's size in bytes; $expected: the size its header promises.
error-store-cut-short = il est tronqué ({ $length } sur { $expected ->
    [one] { $expected } octet
   *[other] { $expected } octets
})
# $path: the file's path; $reason: what the operating system said.
error-store-cannot-read = impossible de lire { $path } : { $reason }
# $schema: the schema number the file records; $supported: the highest this version reads.
error-store-newer-plan = ce plan a été écrit par une version plus récente d’Almanac (schéma { $schema } ; cette version lit jusqu’au schéma { $supported }). Mettez Almanac à jour pour l’ouvrir ; le fichier n’a pas été modifié.
# $schema: the schema number the plan was being upgraded to; $reason: what SQLite said.
error-store-upgrade-failed = impossible de mettre à jour le plan vers le schéma { $schema } : { $reason }
# $schema: the schema number the file records; $reason: what SQLite said.
error-store-reference-schema-failed = impossible de construire le schéma { $schema } pour la comparaison : { $reason }
# $reason: what SQLite said.
error-store-upgrade-backup-failed = impossible de sauvegarder le plan avant sa mise à jour ({ $reason }) ; le plan a été laissé tel quel
error-store-choose-backup-beside = choisissez l’une des sauvegardes trouvées à côté du plan
error-store-backup-unreadable-too = cette sauvegarde est illisible elle aussi
# $reason: what the operating system said.
error-store-backup-not-restored = impossible de restaurer la sauvegarde : { $reason }

## Backups and the automatic snapshots in the data folder.
# $path: the file the backup was to be written to; $reason: what the system or SQLite said, or why the copy's check refused it.
error-store-cannot-back-up-to = impossible de sauvegarder le plan dans { $path } : { $reason }
# $reason: what SQLite's integrity check reported.
error-store-integrity-failed = la copie n’a pas passé le contrôle d’intégrité : { $reason }
# $path: the folder's path; $reason: what the operating system said.
error-store-cannot-create = impossible de créer { $path } : { $reason }
# $path: the snapshot's file; $reason: what the operating system said.
error-store-cannot-remove-snapshot = impossible de supprimer l’ancien instantané { $path } : { $reason }

## File → Restore from a backup: the copy chosen, and the log (-wal file) beside it.
# $path: the copy chosen; $reason: why it was refused (a message of this file or of errors.ftl).
error-store-not-restored = { $path } n’a pas été restauré : { $reason }
# $path: the copy chosen; $reason: what the operating system said.
error-store-could-not-restore = impossible de restaurer { $path } : { $reason }
# $path: the copy chosen.
error-store-not-a-file = { $path } n’est pas un fichier
# $path: the copy chosen.
error-store-is-a-link = { $path } est un lien vers un autre fichier : choisissez le fichier lui-même
# The copy's size in gigabytes, to one decimal: $gigabytes: the whole gigabytes; $tenths: the tenths (0 to 9).
error-store-far-too-large = elle fait { $gigabytes },{ $tenths } Go, bien plus que n’importe quel plan (le plan d’une année pèse quelques dizaines de Mo) ; si c’est vraiment la bonne copie, restaurez-la en précisant qu’elle est censée être aussi volumineuse
# $path: the copy chosen; $reason: what the operating system said.
error-store-could-not-copy = impossible de copier { $path } : { $reason }
# $path: the log file's path.
error-store-log-not-read-in = le fichier journal qui l’accompagne ({ $path }) n’a pas pu y être intégré
# $mode: SQLite's journal mode, as SQLite names it ("wal").
error-store-stays-in-mode = elle reste en mode « { $mode } »
# $path: the log file's path; $why: one of the five messages below.
error-store-foreign-log = le fichier journal qui l’accompagne ({ $path }) appartient à une autre base de données ({ $why }) : déplacez-le, ou choisissez la copie accompagnée de son propre fichier journal
error-store-log-cut-short = il est tronqué
error-store-log-not-sqlite = ce n’est pas un fichier journal SQLite
error-store-log-checksum = la somme de contrôle de son en-tête est incorrecte
error-store-log-no-database = pas de base de données
# $log: the log's page size in bytes; $file: the database file's page size in bytes.
error-store-log-page-size = ses pages font { $log ->
    [one] { $log } octet
   *[other] { $log } octets
}, celles du fichier { $file }
# $path: the copy chosen; $reason: why it is not (a message of this file).
error-store-not-a-plan = { $path } n’est pas un plan Almanac : { $reason }
error-store-sqlite-not-plan = c’est une base de données SQLite, mais pas un plan Almanac

## A plan file that is not as Almanac writes it: its schema (the tables, indexes, views and
## triggers it defines) and its rows. Settings → Plan health names the rows too.
# $count: how many triggers Almanac never writes; $name: the first one's name.
error-store-extra-trigger = { $count ->
    [one] { $count } déclencheur
   *[other] { $count } déclencheurs
}, qu’Almanac n’écrit jamais (« { $name } »…)
# $count: how many views Almanac never writes; $name: the first one's name.
error-store-extra-view = { $count ->
    [one] { $count } vue
   *[other] { $count } vues
}, qu’Almanac n’écrit jamais (« { $name } »…)
# $count: how many tables Almanac never writes; $name: the first one's name.
error-store-extra-table = { $count ->
    [one] { $count } table
   *[other] { $count } tables
}, qu’Almanac n’écrit jamais (« { $name } »…)
# $count: how many indexes Almanac never writes; $name: the first one's name.
error-store-extra-index = { $count ->
    [one] { $count } index
   *[other] { $count } index
}, qu’Almanac n’écrit jamais (« { $name } »…)
# $name: the trigger's name.
error-store-changed-trigger = le déclencheur « { $name } », défini autrement qu’Almanac ne le définit
# $name: the view's name.
error-store-changed-view = la vue « { $name } », définie autrement qu’Almanac ne la définit
# $name: the table's name.
error-store-changed-table = la table « { $name } », définie autrement qu’Almanac ne la définit
# $name: the index's name.
error-store-changed-index = l’index « { $name } », défini autrement qu’Almanac ne le définit
# $count: how many parts of the schema are missing; $name: the first one's name.
error-store-parts-missing = { $count ->
    [one] { $count } élément manquant
   *[other] { $count } éléments manquants
} du plan d’Almanac (« { $name } »…)
# $reasons: what the file has (the messages above, one after another).
error-store-not-own-shape = le fichier contient { $reasons } : ce n’est pas un plan tel qu’Almanac l’écrit
error-store-not-own-shape-unnamed = le fichier n’est pas un plan tel qu’Almanac l’écrit
# Two reasons or rows in a row. $first: the first; $more: the next (itself maybe two in a row).
error-store-one-and-more = { $first } ; { $more }
# $rows: the first rows that cannot be read, each with why (one after another).
error-store-rows-unreadable = lignes qu’Almanac ne peut pas lire : { $rows } (restaurez la copie en mettant les lignes illisibles de côté dans un rapport, ou choisissez une autre copie)
error-store-bad-rows-stuck = les lignes illisibles de la copie n’ont pas toutes pu être mises de côté
# $table: the row's table (as SQLite names it, "content_item"); $row: its place in the table; $parent: the table it names.
error-store-row-names-missing = { $table } ligne { $row } : fait référence à une ligne de { $parent } qui ne figure pas dans le plan
# $table: the row's table; $id: the row's id; $why: what is wrong (a message below, or what SQLite said).
error-store-row-unreadable = { $table } { $id } : { $why }
# $table: the row's table; $id: what its id column holds.
error-store-row-id-not-id = { $table } « { $id } » : pas un identifiant
# $table: the row's table; $value: what its id column holds, as SQLite's library writes it ("Integer(7)").
error-store-row-id-not-text = { $table } : un identifiant qui n’est pas du texte ({ $value })
# $column: the column (as SQLite names it, "status"); $reason: why (a message below, or what was said).
error-store-column-unreadable = { $column } est illisible ({ $reason })
# $reason: why (a message below, or what was said).
error-store-list-unreadable = une liste est illisible ({ $reason })
# $column: the column; $kind: the kind of value SQLite found there, as it names it ("Null", "Integer", "Real", "Text", "Blob").
error-store-column-holds = { $column } contient { $kind ->
    [Null] une valeur vide (NULL)
    [Integer] un nombre entier
    [Real] un nombre décimal
    [Text] du texte
    [Blob] des données binaires
   *[other] { $kind }
}
# $kind: the kind of value SQLite found, as it names it.
error-store-list-holds = une liste contient { $kind ->
    [Null] une valeur vide (NULL)
    [Integer] un nombre entier
    [Real] un nombre décimal
    [Text] du texte
    [Blob] des données binaires
   *[other] { $kind }
}
# What a column holds that is not what it should be. $value: the value, in quotation marks as the program writes it.
error-store-unfit-id = identifiant : { $value }
# $value: the value, in quotation marks as the program writes it.
error-store-unfit-date = date : { $value }
# $value: the value, in quotation marks as the program writes it.
error-store-unfit-instant = horodatage : { $value }
# $value: the value, in quotation marks as the program writes it.
error-store-unfit-value = valeur : { $value }
# $value: the value, in quotation marks as the program writes it.
error-store-unfit-json = json : { $value }

## Plan health's repair (rows moved aside into the journal), undo and redo.
error-store-unreadable-rows-stuck = les lignes illisibles du plan n’ont pas toutes pu être mises de côté
# $table: the row's table; $row: its place in the table.
error-store-rows-too-deep = les lignes qui font référence à { $table } ligne { $row } s’enchaînent trop loin pour être mises de côté
# Why a row was moved aside with the one it names. $table: that row's table; $row: its place in the table.
error-store-names-moved-row = fait référence à { $table } ligne { $row }, qui a été mise de côté
error-store-moved-row-altered = l’historique du plan contient une ligne mise de côté qui n’est plus telle qu’il l’a enregistrée
error-store-empty-journal-entry = une entrée vide dans l’historique du plan
error-store-moved-row-no-table = une ligne mise de côté sans sa table
# $table: the name the journal gives.
error-store-journal-names-no-table = l’historique du plan mentionne « { $table } », qui n’est pas une table du plan
error-store-moved-row-no-place = une ligne mise de côté sans son emplacement
# $table: the row's table; $row: its place in the table.
error-store-moved-row-changed = { $table } ligne { $row } n’est plus telle que la réparation l’a laissée ; rien n’a été modifié
error-store-moved-row-no-columns = une ligne mise de côté sans ses colonnes
# $entity: the kind of record, as the journal names it ("contentItem", "campaign", "keyDate").
error-store-changed-elsewhere = une modification a été apportée ailleurs (dans une autre fenêtre ou en ligne de commande) à { $entity ->
    [contentItem] ce contenu
    [series] cette série
    [campaign] cette campagne
    [collaboration] cette collaboration
    [channel] ce canal
    [brand] cette marque
    [objective] cet objectif
    [member] ce membre de l’équipe
    [partner] ce partenaire
    [partnerGroup] ce groupe de partenaires
    [keyDate] cette date clé
    [request] cette demande
    [comment] ce commentaire
    [approval] cette validation
    [loggedDecision] cette décision
    [coverageRule] cette règle
    [crisisPause] cette pause
    [planYear] ce plan annuel
    [postLink] ce lien vers une publication
    [postResult] ces résultats de publication
    [outcome] ce résultat
    [settings] ces paramètres
   *[other] cet élément ({ $entity })
} depuis la dernière lecture ; rien n’a été enregistré : vérifiez puis réessayez
# $entity: the kind of record the journal names.
error-store-unknown-entity = l’historique du plan mentionne un type d’élément inconnu « { $entity } »
error-store-fields-name-another-row = les champs de la ligne désignent une autre ligne
# $entity: the kind of record, as the journal names it; $reason: what the reader of its fields said.
error-store-not-readable-entity = ce plan ne peut pas le lire en tant que { $entity } : { $reason }
error-store-journal-id-malformed-short = l’historique du plan contient un identifiant mal formé
error-store-journal-id-malformed = l’historique du plan contient un identifiant mal formé

## Team sync: this laptop's side.
error-store-sync-identity-damaged = l’identité de synchronisation du plan est endommagée
error-store-outbox-id-malformed = la file d’envoi contient un identifiant mal formé
# $table: the table (as SQLite names it) left pointing at a row that is gone.
error-store-team-left-dangling = les modifications de l’équipe ont laissé { $table } pointer vers une ligne qui n’existe plus
error-store-team-references-unsettled = les modifications de l’équipe ont laissé des références impossibles à résoudre ; rien n’a été appliqué
# $table: the table; $column: its column (as SQLite names them); $reason: what the id reader said.
error-store-holds-no-id = { $table }.{ $column } ne contient pas d’identifiant : { $reason }

## An error named inside another, as a log writes it.
