## What the exports and imports say when a file, a folder or the calendar server fails them.
## Most are shown after the name of the field or the file they are about, so they start in
## lower case. $reason: what the operating system, a library or a server said, as it said it.

## An error given as a row's reason, or inside another message.


## Files read, written or removed.

# $path: the file's path or name.
error-files-cannot-read = kan { $path } niet lezen: { $reason }
# $path: the file's path.
error-files-cannot-write = kan { $path } niet schrijven: { $reason }
# $path: the file's name.
error-files-cannot-remove = kan { $path } niet verwijderen: { $reason }
# $file: the settings file beside the plan (published-calendar.json).
error-files-feed-settings-unreadable = { $file } is onleesbaar ({ $reason }); publiceer de kalender opnieuw
# $file: the settings file beside the plan (caldav.json).
error-files-caldav-settings-unreadable = { $file } is onleesbaar ({ $reason }); stel de kalenderserver opnieuw in

## Exports: PDFs, workbooks and CSV files.

# $pages: how many pages the annual plan came out as.
error-files-annual-plan-pages = { $pages ->
    [one] het jaarplan telt { $pages } pagina in plaats van één
   *[other] het jaarplan telt { $pages } pagina's in plaats van één
}
# $pages: how many pages the brief came out as.
error-files-brief-pages = { $pages ->
    [one] de briefing telt { $pages } pagina in plaats van één
   *[other] de briefing telt { $pages } pagina's in plaats van één
}
# $reason: what the typesetter said.
error-files-not-typeset = de PDF kon niet worden opgemaakt: { $reason }
error-files-numbers-too-long = “In cijfers” paste niet op één pagina
error-files-workbook = kan de werkmap niet maken: { $reason }
error-files-handoff-write = kan het bestand voor de publicatietool niet schrijven: { $reason }
error-files-csv-write = kan de CSV niet schrijven: { $reason }

## Pushing the plan's calendar to a CalDAV server.

error-files-caldav-listing-unreadable = de lijst met afspraken van de kalender kon niet worden gelezen: { $reason }
error-files-caldav-unusable-address = geen bruikbaar adres: { $reason }
error-files-caldav-unreachable = de kalenderserver is niet bereikbaar: { $reason }
# $url: the calendar's address.
error-files-caldav-may-not-list = dit account mag de kalender op { $url } niet inzien
# $url: the calendar's address.
error-files-caldav-may-not-create = dit account mag de kalender op { $url } niet aanmaken
# $name: the event file's name on the server; $url: the calendar's address.
error-files-caldav-may-not-write = dit account mag { $name } op { $url } niet schrijven
# $name: the event file's name on the server; $url: the calendar's address.
error-files-caldav-may-not-delete = dit account mag { $name } op { $url } niet verwijderen
error-files-caldav-out-of-space = de kalenderserver heeft geen ruimte meer
# $status: the HTTP status code the server answered (such as 500).
error-files-caldav-answered-list = de kalenderserver antwoordde { $status } op het verzoek de kalender te tonen
# $status: the HTTP status code the server answered (such as 500).
error-files-caldav-answered-create = de kalenderserver antwoordde { $status } op het verzoek de kalender aan te maken
# $status: the HTTP status code the server answered (such as 500); $name: the event file's name on the server.
error-files-caldav-answered-write = de kalenderserver antwoordde { $status } op het verzoek { $name } te schrijven
# $status: the HTTP status code the server answered (such as 500); $name: the event file's name on the server.
error-files-caldav-answered-delete = de kalenderserver antwoordde { $status } op het verzoek { $name } te verwijderen
error-files-caldav-bad-listing = de kalenderserver stuurde een lijst met afspraken die geen geldige XML is: { $reason }

## A spreadsheet or a calendar file too large or damaged to read. Shown after the file's name.

# $max: the most rows read.
error-files-too-many-rows = { $max ->
    [one] heeft meer dan { $max } rij; splits het bestand en importeer de delen een voor een
   *[other] heeft meer dan { $max } rijen; splits het bestand en importeer de delen een voor een
}
# $line: the line in the file; $count: the columns it has; $max: the most columns read.
error-files-too-many-columns = regel { $line } heeft { $count ->
    [one] { $count } kolom
   *[other] { $count } kolommen
}; er worden er maximaal { $max } gelezen
# $line: the line in the file; $column: the column's number (1 for the first); $max: the most characters a cell may hold.
error-files-cell-too-long = regel { $line }, kolom { $column } bevat meer dan { $max ->
    [one] { $max } teken
   *[other] { $max } tekens
}
# $size: the file's size in megabytes; $max: the largest size read, in megabytes.
error-files-too-big = is { $size } MB; er wordt maximaal { $max } MB gelezen
# $path: the file's path.
error-files-damaged = kan { $path } niet lezen: het bestand is beschadigd
# $path: the file's path.
error-files-sheet-cut-short = kan { $path } niet lezen: het bestand is beschadigd (het werkblad houdt te vroeg op)
# $path: the file's path.
error-files-no-sheet = kan { $path } niet lezen: het heeft geen werkblad
# $max: the most megabytes a workbook may unpack to.
error-files-unpacks-too-far = wordt uitgepakt groter dan { $max } MB
# $max: the most cells a sheet may span.
error-files-spans-too-much = { $max ->
    [one] beslaat meer dan { $max } cel; laat alleen de partnerlijst op het eerste werkblad staan
   *[other] beslaat meer dan { $max } cellen; laat alleen de partnerlijst op het eerste werkblad staan
}
# $column: the column's number (1 for the first); $max: the most columns read.
error-files-cell-past-columns = heeft een cel in kolom { $column }; er worden maximaal { $max ->
    [one] { $max } kolom
   *[other] { $max } kolommen
} gelezen
# $max: the most filled cells read.
error-files-too-many-cells = { $max ->
    [one] heeft meer dan { $max } gevulde cel
   *[other] heeft meer dan { $max } gevulde cellen
}

## Importing partners or content items from a spreadsheet: why a row is refused or left out.

# $count: the rows refused; $line: the first one's line in the file; $error: why it is refused (a message of its own).
error-files-rows-have-errors = { $count ->
    [one] { $count } rij bevat fouten, dus er is niets geïmporteerd; regel { $line }: { $error }
   *[other] { $count } rijen bevatten fouten, dus er is niets geïmporteerd; de eerste, regel { $line }: { $error }
}
# The column a partner import needs, as the error names it (error-column-not-mapped).
error-files-column-time-zone = Tijdzone (zoals Europe/Paris)
# $name: the partner's name.
error-files-partner-exists = “{ $name }” staat al in de partnerlijst of in het bestand
error-files-no-channel-given = geen kanaal
error-files-no-title-or-copy = geen titel en geen tekst
error-files-item-in-plan = staat al in het plan (zelfde kanaal, tijd en titel)
# $name: the name in the file.
error-files-no-channel-named = het plan heeft geen kanaal met de naam “{ $name }”
# $name: the name in the file.
error-files-no-brand-named = het plan heeft geen merk met de naam “{ $name }”
# $name: the name in the file.
error-files-no-campaign-named = het plan heeft geen campagne met de naam “{ $name }”
# $name: the name in the file.
error-files-no-member-named = het plan heeft geen teamlid met de naam “{ $name }”
# $name: the name in the file.
error-files-no-objective-named = het plan heeft geen doelstelling met de naam “{ $name }”
# $name: the name in the file; $count: how many channels it names (two or more).
error-files-channels-named = { $count ->
    [one] “{ $name }” komt overeen met { $count } kanaal; gebruik een vollediger naam
   *[other] “{ $name }” komt overeen met { $count } kanalen; gebruik een vollediger naam
}
# $name: the name in the file; $count: how many brands it names (two or more).
error-files-brands-named = { $count ->
    [one] “{ $name }” komt overeen met { $count } merk; gebruik een vollediger naam
   *[other] “{ $name }” komt overeen met { $count } merken; gebruik een vollediger naam
}
# $name: the name in the file; $count: how many campaigns it names (two or more).
error-files-campaigns-named = { $count ->
    [one] “{ $name }” komt overeen met { $count } campagne; gebruik een vollediger naam
   *[other] “{ $name }” komt overeen met { $count } campagnes; gebruik een vollediger naam
}
# $name: the name in the file; $count: how many members it names (two or more).
error-files-members-named = { $count ->
    [one] “{ $name }” komt overeen met { $count } teamlid; gebruik een vollediger naam
   *[other] “{ $name }” komt overeen met { $count } teamleden; gebruik een vollediger naam
}
# $name: the name in the file; $count: how many objectives it names (two or more).
error-files-objectives-named = { $count ->
    [one] “{ $name }” komt overeen met { $count } doelstelling; gebruik een vollediger naam
   *[other] “{ $name }” komt overeen met { $count } doelstellingen; gebruik een vollediger naam
}
# $value: the cell; $names: every status's name, joined by list-separator.
error-files-not-a-status = “{ $value }” is geen status; gebruik een van deze: { $names }
# $value: the cell; $names: every format's name, joined by list-separator.
error-files-not-a-format = “{ $value }” is geen vorm; gebruik een van deze: { $names }
error-files-time-without-date = een tijd zonder datum
# $value: the cell. The plan writes days with the day first.
error-files-not-a-date-day-first = “{ $value }” is geen datum; schrijf JJJJ-MM-DD of DD-MM-JJJJ
# $value: the cell. The plan (en-US) writes days with the month first.
error-files-not-a-date-month-first = “{ $value }” is geen datum; schrijf JJJJ-MM-DD of MM/DD/JJJJ
# $value: the cell.
error-files-not-a-time = “{ $value }” is geen tijd; schrijf UU:MM (24-uurs) of 9:30 AM

## Importing a calendar file (.ics).

# $name: the event's summary; $reason: what the calendar library found wrong with it.
error-files-event-left-out = { $name }: weggelaten ({ $reason })
# $reason: what the calendar library found wrong with the event, which has no summary.
error-files-untitled-event-left-out = Afspraak zonder titel: weggelaten ({ $reason })
# $max: the most occurrences read.
error-files-too-many-occurrences = de terugkerende afspraken herhalen zich meer dan { $max } keer; latere herhalingen worden niet gelezen
# $count: the dates the import would add; $max: the most added at once.
error-files-too-many-dates = zou { $count ->
    [one] { $count } datum
   *[other] { $count } datums
} toevoegen; er worden maximaal { $max } tegelijk geïmporteerd: kies een kortere periode

## Importing results from a platform's analytics export, or pasted links to posts.

# $source: the export the file was read as (x, meta, linkedin or csv).
error-files-no-header-row = geen van de eerste regels noemt een datumkolom en een cijferkolom van een { $source }-export
# $metric: the metric's name (results-metric-…); $value: the cell.
error-files-metric-not-a-count = { $metric }: “{ $value }” is geen aantal
# $value: the cell.
error-files-not-a-date-and-time = “{ $value }” is geen datum en tijd
error-files-no-date = er staat geen datum in
error-files-no-post = er staat geen bericht-ID of permalink in
error-files-name-platform = noem het platform (x, facebook, instagram, linkedin, …) in een kolom Platform
# $line: the later line in the file, whose numbers are kept.
error-files-same-post-again = regel { $line } meldt hetzelfde bericht op dezelfde dag nog eens
error-files-link-not-a-post = de link is geen bericht op een platform waarvoor Almanac plant
error-files-link-needs-time = zet de datum en tijd op de regel: de link zegt niet wanneer het bericht is gepubliceerd

## Importing a whole plan from its JSON document. Shown after the file's name.

error-files-not-json = is geen JSON: { $reason }
# $format: the format a plan document names ("almanac-plan").
error-files-not-plan-document = is geen plandocument van Almanac (het "format" is niet "{ $format }")
# $version: the document's version of the plan format; $supported: the newest this Almanac reads.
error-files-newer-plan-version = dit document is versie { $version } van het planformaat, van een nieuwere Almanac (deze leest tot en met versie { $supported })
# $version: the version of the plan format this Almanac reads.
error-files-not-plan-version = bevat geen plan zoals versie { $version } het beschrijft: { $reason }
error-files-no-settings-row = het plan heeft geen rij met instellingen
# $reason: why the plan refused the records (a message of its own).
error-files-records-do-not-fit = de records passen niet bij elkaar ({ $reason }); er is niets geïmporteerd
