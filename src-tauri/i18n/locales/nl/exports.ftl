## Export: the dialogs of the Export menu that write a file: the audit trail of a period,
## a calendar (ICS) or a spreadsheet (XLSX, CSV), the files for a publishing tool, and the
## web page to share.

## What the export dialogs share.

# The first day of the days exported.
exports-from = Van
# The last day of the days exported, which the export includes.
exports-to = Tot en met
# The legend of the choice of file format.
exports-format = Bestandsformaat
# The button that opens the file just written.
exports-open = Openen
exports-done = Gereed
exports-cancel = Annuleren
exports-export = Exporteren
# While the file is being written.
exports-writing = Bezig met opslaan…
# Nadat een pdf is opgeslagen: de teksten erin met tekens die geen lettertype op deze laptop heeft. $count: hoeveel; $names: elk tussen aanhalingstekens (exports-unprintable-name), gescheiden door list-separator.
exports-unprintable = { $count ->
        [one] Eén naam bevat tekens die geen geïnstalleerd lettertype heeft; die worden als lege vakjes afgedrukt: { $names }
       *[other] { $count } namen bevatten tekens die geen geïnstalleerd lettertype heeft; die worden als lege vakjes afgedrukt: { $names }
    }
# Een naam in die lijst. $name: de naam.
exports-unprintable-name = “{ $name }”

## Export → Audit trail: when and by whom each item of a period was planned and changed.

exports-audit-title = Audittrail van een periode
exports-audit-intro = Elk item met een datum in de periode: wanneer en door wie het voor het eerst op die dag is gepland, en elke wijziging daarna.
# The label of a list of the team's blackouts and key dates, whose days fill From and To.
exports-audit-period = Periode overnemen van
exports-audit-period-hint = Of vul hieronder de data in.
exports-audit-period-choose = Kies een stilteperiode of belangrijke datum…
# An entry of the list. $name: the blackout or key date; $from, $to: its first and last day (YYYY-MM-DD).
exports-audit-period-option = { $name } ({ $from } t/m { $to })
exports-audit-pdf = PDF, 40 items per pagina
exports-audit-csv = CSV, één rij per wijziging
# The suggested file name, before its extension (.pdf or .csv). $from, $to: the first and last day (YYYY-MM-DD).
exports-audit-file-name = Audittrail { $from } tot en met { $to }
# The result under the form. $items: the items in the file; $changes: the changes listed for them.
exports-audit-written = { $items ->
        [one] { $items } item
       *[other] { $items } items
    } en { $changes ->
        [one] { $changes } wijziging
       *[other] { $changes } wijzigingen
    } opgeslagen.
# The status line. $count: the items in the file; $path: the file's full path.
exports-audit-written-to = Audittrail van { $count ->
        [one] { $count } item
       *[other] { $count } items
    } opgeslagen in { $path }.

## Export → Calendar (ICS) and Export → Spreadsheet (XLSX, CSV).

exports-data-calendar-title = Agenda exporteren
exports-data-spreadsheet-title = Spreadsheet exporteren
# The suggested file name, before its extension. $year: the first day's year ("2027").
exports-data-file-name = plan { $year }
# The suggested file name, before its extension. $organisation: the organisation's name from Settings; $year: the first day's year ("2027").
exports-data-file-name-of = { $organisation } plan { $year }
exports-data-channels = Kanalen
exports-data-channels-hint = Niets geselecteerd: alle kanalen. Ctrl+klik of Shift+pijltoetsen om er meer te kiezen.
exports-data-statuses = Statussen (niets aangevinkt: alle statussen)
# The legend of what a calendar file holds besides the items.
exports-data-also = Ook
exports-data-with-campaigns = Campagnes als afspraken voor de hele dag
exports-data-with-key-dates = Belangrijke data en stilteperiodes
exports-data-xlsx = Excel-werkmap (.xlsx)
exports-data-csv = CSV (.csv)
# The accessible name of the progress bar while exporting.
exports-data-exporting = Bezig met exporteren
exports-data-writing = Bestand wordt opgeslagen…
# The result and status line of a calendar file. $count: the events written; $path: the file's full path.
exports-data-saved-events = { $count ->
        [one] { $count } afspraak
       *[other] { $count } afspraken
    } opgeslagen in { $path }.
# The result and status line of a spreadsheet. $count: the rows written; $path: the file's full path.
exports-data-saved-rows = { $count ->
        [one] { $count } rij
       *[other] { $count } rijen
    } opgeslagen in { $path }.

## Export → Publishing tool files: bulk-upload files for Hootsuite or Sprout Social.

exports-handoff-title = Bestanden voor een publicatietool
exports-handoff-intro = De goedgekeurde items van het kanaal, in het bulkuploadformaat van de tool.
exports-handoff-buffer-free = Buffer (gratis abonnement: 10 berichten per kanaal)
exports-handoff-buffer = Buffer (betaald abonnement: 100 berichten per bestand)
# The legend of the choice of publishing tool (Hootsuite, Sprout Social).
exports-handoff-tool = Tool
exports-handoff-channel = Kanaal
# Under the file's path: the files after the first are named like it, with -2, -3.
exports-handoff-save-hint = Boven de limiet van de tool (350 berichten per bestand; Buffer 100) komen de volgende bestanden ernaast (…-2.csv, …-3.csv).
exports-handoff-submit = Bestanden opslaan
# The result. $messages: the messages written; $files: the files; $dateFormat: how the files write dates, as the tool names the setting ("DD/MM/YYYY").
exports-handoff-written = { $messages ->
        [one] { $messages } bericht
       *[other] { $messages } berichten
    } opgeslagen in { $files ->
        [one] { $files } bestand
       *[other] { $files } bestanden
    }; datums staan als { $dateFormat }: kies hetzelfde bij het uploaden.
# The status line. $messages: the messages written; $files: the files; $dropped: the items left out.
exports-handoff-written-announce = { $messages ->
        [one] { $messages } bericht
       *[other] { $messages } berichten
    } opgeslagen in { $files ->
        [one] { $files } bestand
       *[other] { $files } bestanden
    }; { $dropped } weggelaten.
# Above the list of the items the tool would refuse. $count: how many.
exports-handoff-left-out-count = Weggelaten ({ $count }):
# The accessible name of that list.
exports-handoff-left-out = Weggelaten
# An entry of the list. $when: the item's date and time; $title: the item; $reason: why the tool would refuse it.
exports-handoff-left-out-entry = { $when } · { $title }: { $reason }

## Export → Web page to share: a month, a quarter or the year as one HTML file.

exports-web-title = Webpagina om te delen
exports-web-intro = Eén HTML-bestand zonder scripts en zonder iets van elders: het opent in elke browser, ook op een telefoon, en drukt een maand per pagina af.
# The legend of the choice of period.
exports-web-period = Periode
exports-web-a-month = Een maand
exports-web-a-quarter = Een kwartaal
exports-web-the-year = Het jaar
exports-web-year = Jaar
exports-web-month = Maand
exports-web-quarter = Kwartaal
# An option of the Quarter list. $quarter: 1 to 4.
exports-web-quarter-option = K{ $quarter }
# The suggested file name, before .html. $month: the month's name; $year: the year ("2027").
exports-web-file-name-month = Plan { $month } { $year }
# The suggested file name, before .html. $quarter: 1 to 4; $year: the year ("2027").
exports-web-file-name-quarter = Plan K{ $quarter } { $year }
# The suggested file name, before .html. $year: the year ("2027").
exports-web-file-name-year = Plan { $year }
# The result. $count: the items on the page.
exports-web-written = Pagina met { $count ->
        [one] { $count } item
       *[other] { $count } items
    } opgeslagen.
# The status line. $count: the items on the page; $path: the file's full path.
exports-web-written-to = Pagina met { $count ->
        [one] { $count } item
       *[other] { $count } items
    } opgeslagen in { $path }.

## A calendar file (.ics): the category a campaign's all-day span is filed under in
## Outlook, Google or Apple Calendar.

exports-calendar-category-campaign = Campagne
