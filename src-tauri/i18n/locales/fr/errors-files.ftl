## What the exports and imports say when a file, a folder or the calendar server fails them.
## Most are shown after the name of the field or the file they are about, so they start in
## lower case. $reason: what the operating system, a library or a server said, as it said it.

## An error given as a row's reason, or inside another message.


## Files read, written or removed.

# $path: the file's path or name.
error-files-cannot-read = impossible de lire { $path } : { $reason }
# $path: the file's path.
error-files-cannot-write = impossible d’écrire { $path } : { $reason }
# $path: the file's name.
error-files-cannot-remove = impossible de supprimer { $path } : { $reason }
# $file: the settings file beside the plan (published-calendar.json).
error-files-feed-settings-unreadable = { $file } est illisible ({ $reason }) ; publiez de nouveau le calendrier
# $file: the settings file beside the plan (caldav.json).
error-files-caldav-settings-unreadable = { $file } est illisible ({ $reason }) ; configurez de nouveau le serveur de calendrier

## Exports: PDFs, workbooks and CSV files.

# $pages: how many pages the annual plan came out as.
error-files-annual-plan-pages = { $pages ->
    [one] le plan annuel occupe { $pages } page au lieu d’une seule
   *[other] le plan annuel occupe { $pages } pages au lieu d’une seule
}
# $pages: how many pages the brief came out as.
error-files-brief-pages = { $pages ->
    [one] le dossier de briefing occupe { $pages } page au lieu d’une seule
   *[other] le dossier de briefing occupe { $pages } pages au lieu d’une seule
}
# $reason: what the typesetter said.
error-files-not-typeset = la mise en page du PDF a échoué : { $reason }
error-files-numbers-too-long = « En chiffres » ne tient pas sur une page
error-files-workbook = impossible de créer le classeur : { $reason }
error-files-handoff-write = impossible d’écrire le fichier destiné à l’outil de publication : { $reason }
error-files-csv-write = impossible d’écrire le CSV : { $reason }

## Pushing the plan's calendar to a CalDAV server.

error-files-caldav-listing-unreadable = la liste des événements du calendrier n’a pas pu être lue : { $reason }
error-files-caldav-unusable-address = adresse inutilisable : { $reason }
error-files-caldav-unreachable = impossible de joindre le serveur de calendrier : { $reason }
# $url: the calendar's address.
error-files-caldav-may-not-list = ce compte n’est pas autorisé à consulter le calendrier à l’adresse { $url }
# $url: the calendar's address.
error-files-caldav-may-not-create = ce compte n’est pas autorisé à créer le calendrier à l’adresse { $url }
# $name: the event file's name on the server; $url: the calendar's address.
error-files-caldav-may-not-write = ce compte n’est pas autorisé à écrire { $name } à l’adresse { $url }
# $name: the event file's name on the server; $url: the calendar's address.
error-files-caldav-may-not-delete = ce compte n’est pas autorisé à supprimer { $name } à l’adresse { $url }
error-files-caldav-out-of-space = le serveur de calendrier n’a plus d’espace disponible
# $status: the HTTP status code the server answered (such as 500).
error-files-caldav-answered-list = le serveur de calendrier a répondu { $status } à la demande de consultation du calendrier
# $status: the HTTP status code the server answered (such as 500).
error-files-caldav-answered-create = le serveur de calendrier a répondu { $status } à la demande de création du calendrier
# $status: the HTTP status code the server answered (such as 500); $name: the event file's name on the server.
error-files-caldav-answered-write = le serveur de calendrier a répondu { $status } à la demande d’écriture de { $name }
# $status: the HTTP status code the server answered (such as 500); $name: the event file's name on the server.
error-files-caldav-answered-delete = le serveur de calendrier a répondu { $status } à la demande de suppression de { $name }
error-files-caldav-bad-listing = le serveur de calendrier a envoyé une liste d’événements qui n’est pas du XML valide : { $reason }

## A spreadsheet or a calendar file too large or damaged to read. Shown after the file's name.

# $max: the most rows read.
error-files-too-many-rows = { $max ->
    [one] compte plus de { $max } ligne ; scindez-le et importez les parties une à une
   *[other] compte plus de { $max } lignes ; scindez-le et importez les parties une à une
}
# $line: the line in the file; $count: the columns it has; $max: the most columns read.
error-files-too-many-columns = la ligne { $line } compte { $count ->
    [one] { $count } colonne
   *[other] { $count } colonnes
} ; { $max } au maximum sont lues
# $line: the line in the file; $column: the column's number (1 for the first); $max: the most characters a cell may hold.
error-files-cell-too-long = la ligne { $line }, colonne { $column }, contient plus de { $max ->
    [one] { $max } caractère
   *[other] { $max } caractères
}
# $size: the file's size in megabytes; $max: the largest size read, in megabytes.
error-files-too-big = fait { $size } Mo ; { $max } Mo au maximum sont lus
# $path: the file's path.
error-files-damaged = impossible de lire { $path } : le fichier est endommagé
# $path: the file's path.
error-files-sheet-cut-short = impossible de lire { $path } : le fichier est endommagé (sa feuille est tronquée)
# $path: the file's path.
error-files-no-sheet = impossible de lire { $path } : il ne contient aucune feuille
# $max: the most megabytes a workbook may unpack to.
error-files-unpacks-too-far = dépasse { $max } Mo une fois décompressé
# $max: the most cells a sheet may span.
error-files-spans-too-much = { $max ->
    [one] s’étend sur plus de { $max } cellule ; ne gardez que l’annuaire sur sa première feuille
   *[other] s’étend sur plus de { $max } cellules ; ne gardez que l’annuaire sur sa première feuille
}
# $column: the column's number (1 for the first); $max: the most columns read.
error-files-cell-past-columns = contient une cellule en colonne { $column } ; { $max ->
    [one] { $max } colonne au maximum est lue
   *[other] { $max } colonnes au maximum sont lues
}
# $max: the most filled cells read.
error-files-too-many-cells = { $max ->
    [one] compte plus de { $max } cellule remplie
   *[other] compte plus de { $max } cellules remplies
}

## Importing partners or content items from a spreadsheet: why a row is refused or left out.

# $count: the rows refused; $line: the first one's line in the file; $error: why it is refused (a message of its own).
error-files-rows-have-errors = { $count ->
    [one] { $count } ligne comporte une erreur, rien n’a donc été importé ; ligne { $line } : { $error }
   *[other] { $count } lignes comportent des erreurs, rien n’a donc été importé ; la première, ligne { $line } : { $error }
}
# The column a partner import needs, as the error names it (error-column-not-mapped).
error-files-column-time-zone = Fuseau horaire (par exemple Europe/Paris)
# $name: the partner's name.
error-files-partner-exists = « { $name } » figure déjà dans l’annuaire ou dans le fichier
error-files-no-channel-given = aucun canal
error-files-no-title-or-copy = ni titre ni texte
error-files-item-in-plan = figure déjà dans le plan (même canal, même heure et même titre)
# $name: the name in the file.
error-files-no-channel-named = le plan n’a aucun canal nommé « { $name } »
# $name: the name in the file.
error-files-no-brand-named = le plan n’a aucune marque nommée « { $name } »
# $name: the name in the file.
error-files-no-campaign-named = le plan n’a aucune campagne nommée « { $name } »
# $name: the name in the file.
error-files-no-member-named = le plan n’a aucun membre nommé « { $name } »
# $name: the name in the file.
error-files-no-objective-named = le plan n’a aucun objectif nommé « { $name } »
# $name: the name in the file; $count: how many channels it names (two or more).
error-files-channels-named = { $count ->
    [one] « { $name } » désigne { $count } canal ; indiquez un nom plus complet
   *[other] « { $name } » désigne { $count } canaux ; indiquez un nom plus complet
}
# $name: the name in the file; $count: how many brands it names (two or more).
error-files-brands-named = { $count ->
    [one] « { $name } » désigne { $count } marque ; indiquez un nom plus complet
   *[other] « { $name } » désigne { $count } marques ; indiquez un nom plus complet
}
# $name: the name in the file; $count: how many campaigns it names (two or more).
error-files-campaigns-named = { $count ->
    [one] « { $name } » désigne { $count } campagne ; indiquez un nom plus complet
   *[other] « { $name } » désigne { $count } campagnes ; indiquez un nom plus complet
}
# $name: the name in the file; $count: how many members it names (two or more).
error-files-members-named = { $count ->
    [one] « { $name } » désigne { $count } membre ; indiquez un nom plus complet
   *[other] « { $name } » désigne { $count } membres ; indiquez un nom plus complet
}
# $name: the name in the file; $count: how many objectives it names (two or more).
error-files-objectives-named = { $count ->
    [one] « { $name } » désigne { $count } objectif ; indiquez un nom plus complet
   *[other] « { $name } » désigne { $count } objectifs ; indiquez un nom plus complet
}
# $value: the cell; $names: every status's name, joined by list-separator.
error-files-not-a-status = « { $value } » n’est pas un statut ; utilisez l’un des suivants : { $names }
# $value: the cell; $names: every format's name, joined by list-separator.
error-files-not-a-format = « { $value } » n’est pas un format ; utilisez l’un des suivants : { $names }
error-files-time-without-date = une heure sans date
# $value: the cell. The plan writes days with the day first.
error-files-not-a-date-day-first = « { $value } » n’est pas une date ; écrivez AAAA-MM-JJ ou JJ/MM/AAAA
# $value: the cell. The plan (en-US) writes days with the month first.
error-files-not-a-date-month-first = « { $value } » n’est pas une date ; écrivez AAAA-MM-JJ ou MM/JJ/AAAA
# $value: the cell.
error-files-not-a-time = « { $value } » n’est pas une heure ; écrivez HH:MM (sur 24 heures) ou 9:30 AM

## Importing a calendar file (.ics).

# $name: the event's summary; $reason: what the calendar library found wrong with it.
error-files-event-left-out = { $name } : écarté ({ $reason })
# $reason: what the calendar library found wrong with the event, which has no summary.
error-files-untitled-event-left-out = Événement sans titre : écarté ({ $reason })
# $max: the most occurrences read.
error-files-too-many-occurrences = { $max ->
    [one] ses événements récurrents dépassent { $max } occurrence ; les suivantes ne sont pas lues
   *[other] ses événements récurrents dépassent { $max } occurrences ; les suivantes ne sont pas lues
}
# $count: the dates the import would add; $max: the most added at once.
error-files-too-many-dates = ajouterait { $count ->
    [one] { $count } date
   *[other] { $count } dates
} ; { $max } au maximum sont importées à la fois : réduisez la période

## Importing results from a platform's analytics export, or pasted links to posts.

# $source: the export the file was read as (x, meta, linkedin or csv).
error-files-no-header-row = aucune de ses premières lignes ne nomme une colonne de date et une colonne de chiffres d’un export { $source }
# $metric: the metric's name (results-metric-…); $value: the cell.
error-files-metric-not-a-count = { $metric } : « { $value } » n’est pas un nombre
# $value: the cell.
error-files-not-a-date-and-time = « { $value } » n’est pas une date et une heure
error-files-no-date = elle n’a pas de date
error-files-no-post = elle n’a ni identifiant de publication ni permalien
error-files-name-platform = indiquez sa plateforme (x, facebook, instagram, linkedin, …) dans une colonne Platform
# $line: the later line in the file, whose numbers are kept.
error-files-same-post-again = la ligne { $line } reprend la même publication pour le même jour
error-files-link-not-a-post = le lien n’est pas une publication sur une plateforme gérée par Almanac
error-files-link-needs-time = indiquez sa date et son heure sur la ligne : le lien ne dit pas quand la publication a été mise en ligne

## Importing a whole plan from its JSON document. Shown after the file's name.

error-files-not-json = n’est pas du JSON : { $reason }
# $format: the format a plan document names ("almanac-plan").
error-files-not-plan-document = n’est pas un document de plan Almanac (son "format" n’est pas "{ $format }")
# $version: the document's version of the plan format; $supported: the newest this Almanac reads.
error-files-newer-plan-version = ce document est en version { $version } du format de plan, issue d’une version plus récente d’Almanac (celle-ci lit jusqu’à la version { $supported })
# $version: the version of the plan format this Almanac reads.
error-files-not-plan-version = ne contient pas de plan conforme à la version { $version } : { $reason }
error-files-no-settings-row = le plan n’a pas de ligne de paramètres
# $reason: why the plan refused the records (a message of its own).
error-files-records-do-not-fit = ses enregistrements ne concordent pas ({ $reason }) ; rien n’a été importé
