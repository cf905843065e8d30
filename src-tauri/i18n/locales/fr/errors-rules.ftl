## What the plan's own rules refuse, and what the database or the file system said.

# $reason: what SQLite said, as it said it.
error-rules-plan-refused-change = le plan a refusé cette modification : { $reason }
# $reason: what SQLite or the operating system said, as it said it.
error-rules-disk-full = le plan n’a pas pu être écrit : le disque est plein ou défaillant ({ $reason }) ; rien n’a été modifié
error-rules-database-busy = la base de données du plan est occupée (Almanac est-il ouvert deux fois sur le même dossier de données ?)
# $reason: what SQLite said about the row, as it said it.
error-rules-row-unreadable = une ligne nécessaire à cette opération est illisible ({ $reason }) ; rien n’a été modifié. Paramètres → Intégrité du plan l’indique et peut la mettre de côté
# $reason: what SQLite said, as it said it.
error-rules-database = base de données : { $reason }
# $reason: what the operating system said, as it said it.
error-rules-file-system = système de fichiers : { $reason }
# $reason: what the JSON reader said, as it said it.
error-rules-journal-data = données de l’historique du plan : { $reason }
# $value: the recurrence rule typed; $reason: what the rule reader said, as it said it.
error-rules-rrule-unreadable = « { $value } » : { $reason }
# $reason: what the rule reader said, as it said it.
error-rules-rrule-refused = { $reason }
error-rules-clock-range = l’horloge dépasserait l’année 9999 ou remonterait avant 1970
# $value: the text read as a clock reading.
error-rules-not-a-clock = « { $value } » n’est pas une valeur d’horloge

## What an operation refuses. $title and $name: a record's title or name, cut to 40 characters (with "…").

# $entity: the kind of record, as the code names it (contentItem, channel…); $id: the id given.
error-rules-no-such-record = aucun élément { $entity } ne porte l’identifiant { $id }
error-rules-not-in-series = « { $title } » ne fait pas partie d’une série
error-rules-no-longer-in-backlog = « { $title } » ne figure plus dans la réserve d’idées ; relancez la proposition
error-rules-request-decided = « { $title } » a déjà fait l’objet d’une décision
# $count: the items the member owns.
error-rules-member-owns-items = { $count ->
    [one] « { $name } » est responsable de { $count } contenu ; confiez-le d’abord à quelqu’un d’autre
   *[other] « { $name } » est responsable de { $count } contenus ; confiez-les d’abord à quelqu’un d’autre
}
# $count: the items on the channel.
error-rules-channel-has-items = { $count ->
    [one] « { $name } » compte { $count } contenu ; déplacez-le ou supprimez-le d’abord, ou marquez le canal comme inactif
   *[other] « { $name } » compte { $count } contenus ; déplacez-les ou supprimez-les d’abord, ou marquez le canal comme inactif
}
# $count: the collaborations the partner is part of; $titles: up to three of their titles, each quoted, joined by list-separator.
error-rules-partner-in-collaborations = { $count ->
    [one] « { $name } » participe à { $count } collaboration ({ $titles }) : retirez-le d’abord de celle-ci, ou fusionnez-le dans un autre partenaire
   *[other] « { $name } » participe à { $count } collaborations ({ $titles }) : retirez-le d’abord de celles-ci, ou fusionnez-le dans un autre partenaire
}
# $title: a collaboration's title, in the list of error-rules-partner-in-collaborations.
error-rules-quoted = « { $title } »
# $count: the brand's channels.
error-rules-brand-owns-channels = { $count ->
    [one] « { $name } » possède encore { $count } canal ; déplacez-le ou supprimez-le d’abord
   *[other] « { $name } » possède encore { $count } canaux ; déplacez-les ou supprimez-les d’abord
}
# $author: who wrote the comment.
error-rules-only-author-deletes = seule la personne qui l’a écrit, { $author }, peut supprimer ce commentaire
error-rules-pause-in-force = une pause est déjà en vigueur ; reprenez d’abord les publications
error-rules-pause-resumed = la reprise a déjà eu lieu pour cette pause
error-rules-findings-cache-empty = le cache des constats est vide
error-rules-no-settings = le plan n’a pas de ligne de paramètres
error-rules-sample-needs-empty-plan = ce plan contient déjà des données ; chargez un plan d’exemple dans un dossier de données vide
