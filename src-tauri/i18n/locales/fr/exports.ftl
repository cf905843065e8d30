## Export: the dialogs of the Export menu that write a file: the audit trail of a period,
## a calendar (ICS) or a spreadsheet (XLSX, CSV), the files for a publishing tool, and the
## web page to share.

## What the export dialogs share.

# The first day of the days exported.
exports-from = Du
# The last day of the days exported, which the export includes.
exports-to = Au (inclus)
# The legend of the choice of file format.
exports-format = Format
# The button that opens the file just written.
exports-open = Ouvrir
exports-done = Terminé
exports-cancel = Annuler
exports-export = Exporter
# While the file is being written.
exports-writing = Enregistrement…
# Après l’enregistrement d’un PDF : ses textes contenant des caractères qu’aucune police de cet ordinateur ne possède. $count : combien ; $names : chacun entre guillemets (exports-unprintable-name), séparés par list-separator.
exports-unprintable = { $count ->
        [one] Un nom contient des caractères qu’aucune police installée ne possède ; ils s’impriment comme des cases vides : { $names }
       *[other] { $count } noms contiennent des caractères qu’aucune police installée ne possède ; ils s’impriment comme des cases vides : { $names }
    }
# Un nom de cette liste. $name : le nom.
exports-unprintable-name = « { $name } »

## Export → Audit trail: when and by whom each item of a period was planned and changed.

exports-audit-title = Piste d’audit d’une période
exports-audit-intro = Chaque contenu daté dans la période : quand et par qui il a été planifié pour la première fois à sa date, et chaque modification ensuite.
# The label of a list of the team's blackouts and key dates, whose days fill From and To.
exports-audit-period = Reprendre la période de
exports-audit-period-hint = Ou saisissez les dates ci-dessous.
exports-audit-period-choose = Choisir une période de silence ou une date clé…
# An entry of the list. $name: the blackout or key date; $from, $to: its first and last day (YYYY-MM-DD).
exports-audit-period-option = { $name } (du { $from } au { $to })
exports-audit-pdf = PDF, 40 contenus par page
exports-audit-csv = CSV, une ligne par modification
# The suggested file name, before its extension (.pdf or .csv). $from, $to: the first and last day (YYYY-MM-DD).
exports-audit-file-name = Piste d’audit du { $from } au { $to }
# The result under the form. $items: the items in the file; $changes: the changes listed for them.
exports-audit-written = { $items ->
        [one] { $items } contenu
       *[other] { $items } contenus
    } et { $changes ->
        [one] { $changes } modification
       *[other] { $changes } modifications
    } enregistrés.
# The status line. $count: the items in the file; $path: the file's full path.
exports-audit-written-to = Piste d’audit de { $count ->
        [one] { $count } contenu
       *[other] { $count } contenus
    } enregistrée dans { $path }.

## Export → Calendar (ICS) and Export → Spreadsheet (XLSX, CSV).

exports-data-calendar-title = Exporter un calendrier
exports-data-spreadsheet-title = Exporter une feuille de calcul
# The suggested file name, before its extension. $year: the first day's year ("2027").
exports-data-file-name = plan { $year }
# The suggested file name, before its extension. $organisation: the organisation's name from Settings; $year: the first day's year ("2027").
exports-data-file-name-of = { $organisation } plan { $year }
exports-data-channels = Canaux
exports-data-channels-hint = Aucun sélectionné : tous les canaux. Ctrl+clic ou Maj+flèches pour en choisir plusieurs.
exports-data-statuses = Statuts (aucun coché : tous les statuts)
# The legend of what a calendar file holds besides the items.
exports-data-also = Inclure aussi
exports-data-with-campaigns = Les campagnes, en événements sur la journée entière
exports-data-with-key-dates = Les dates clés et les périodes de silence
exports-data-xlsx = Classeur Excel (.xlsx)
exports-data-csv = CSV (.csv)
# The accessible name of the progress bar while exporting.
exports-data-exporting = Exportation en cours
exports-data-writing = Enregistrement du fichier…
# The result and status line of a calendar file. $count: the events written; $path: the file's full path.
exports-data-saved-events = { $count ->
        [one] { $count } événement enregistré
       *[other] { $count } événements enregistrés
    } dans { $path }.
# The result and status line of a spreadsheet. $count: the rows written; $path: the file's full path.
exports-data-saved-rows = { $count ->
        [one] { $count } ligne enregistrée
       *[other] { $count } lignes enregistrées
    } dans { $path }.

## Export → Publishing tool files: bulk-upload files for Hootsuite or Sprout Social.

exports-handoff-title = Fichiers pour un outil de publication
exports-handoff-intro = Les contenus validés du canal, au format d’import en masse de l’outil.
exports-handoff-buffer-free = Buffer (offre gratuite : 10 publications par canal)
exports-handoff-buffer = Buffer (offre payante : 100 publications par fichier)
# The legend of the choice of publishing tool (Hootsuite, Sprout Social).
exports-handoff-tool = Outil
exports-handoff-channel = Canal
# Under the file's path: the files after the first are named like it, with -2, -3.
exports-handoff-save-hint = Au-delà de la limite de l’outil (350 messages par fichier ; Buffer 100), les fichiers suivants sont placés à côté (…-2.csv, …-3.csv).
exports-handoff-submit = Enregistrer les fichiers
# The result. $messages: the messages written; $files: the files; $dateFormat: how the files write dates, as the tool names the setting ("DD/MM/YYYY").
exports-handoff-written = { $messages ->
        [one] { $messages } message enregistré
       *[other] { $messages } messages enregistrés
    } dans { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    } ; les dates sont au format { $dateFormat } : choisissez le même lors de l’import.
# The status line. $messages: the messages written; $files: the files; $dropped: the items left out.
exports-handoff-written-announce = { $messages ->
        [one] { $messages } message enregistré
       *[other] { $messages } messages enregistrés
    } dans { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    } ; { $dropped ->
        [one] { $dropped } écarté
       *[other] { $dropped } écartés
    }.
# Above the list of the items the tool would refuse. $count: how many.
exports-handoff-left-out-count = Écartés ({ $count }) :
# The accessible name of that list.
exports-handoff-left-out = Écartés
# An entry of the list. $when: the item's date and time; $title: the item; $reason: why the tool would refuse it.
exports-handoff-left-out-entry = { $when } · { $title } : { $reason }

## Export → Web page to share: a month, a quarter or the year as one HTML file.

exports-web-title = Page web à partager
exports-web-intro = Un seul fichier HTML, sans script ni ressource externe : il s’ouvre dans n’importe quel navigateur, y compris sur un téléphone, et s’imprime à raison d’un mois par page.
# The legend of the choice of period.
exports-web-period = Période
exports-web-a-month = Un mois
exports-web-a-quarter = Un trimestre
exports-web-the-year = L’année
exports-web-year = Année
exports-web-month = Mois
exports-web-quarter = Trimestre
# An option of the Quarter list. $quarter: 1 to 4.
exports-web-quarter-option = T{ $quarter }
# The suggested file name, before .html. $month: the month's name; $year: the year ("2027").
exports-web-file-name-month = Plan { $month } { $year }
# The suggested file name, before .html. $quarter: 1 to 4; $year: the year ("2027").
exports-web-file-name-quarter = Plan T{ $quarter } { $year }
# The suggested file name, before .html. $year: the year ("2027").
exports-web-file-name-year = Plan { $year }
# The result. $count: the items on the page.
exports-web-written = Page enregistrée avec { $count ->
        [one] { $count } contenu
       *[other] { $count } contenus
    }.
# The status line. $count: the items on the page; $path: the file's full path.
exports-web-written-to = Page de { $count ->
        [one] { $count } contenu
       *[other] { $count } contenus
    } enregistrée dans { $path }.

## A calendar file (.ics): the category a campaign's all-day span is filed under in
## Outlook, Google or Apple Calendar.

exports-calendar-category-campaign = Campagne
