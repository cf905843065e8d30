## What a form, a file or the command line is told when a value breaks a rule. Each is shown
## beside the field it names (whose label the form gives), so it starts in lower case.
## $value: what was typed, as it was typed.

error-required = is verplicht
# $length: how many characters were given; $max: how many fit.
error-too-long = { $length ->
    [one] is { $length } teken lang; maximaal { $max } toegestaan
   *[other] is { $length } tekens lang; maximaal { $max } toegestaan
}
error-not-colour = “{ $value }” is geen kleur zoals #1f6feb
# $value: a year or a day outside 1900–2999.
error-outside-years = { $value } valt buiten de jaren die een plan kan beslaan (1900 tot en met 2999)
error-not-a-year = moet een jaar van 1900 tot en met 2999 zijn
error-not-date = “{ $value }” is geen datum zoals 2027-03-31
error-not-date-time = “{ $value }” is geen datum en tijd zoals 2027-03-31T09:30
error-not-time = “{ $value }” is geen tijd zoals 09:30
error-not-id = “{ $value }” is geen geldig ID
error-not-time-zone = “{ $value }” is geen IANA-tijdzone zoals Europe/London
error-not-email = “{ $value }” is geen e-mailadres
error-not-hashtag = “{ $value }” is geen hashtag (alleen letters, cijfers en _)
error-not-locale = “{ $value }” is geen taalcode zoals en-GB
# $value: a day and time on the plan's clock; $zone: the plan's time zone.
error-clocks-go-forward = { $value } bestaat niet in { $zone } (dan wordt de klok vooruitgezet)
error-ends-before-start = eindigt voordat het begint
error-campaign-ends-before-start = eindigt voordat de campagne begint
error-not-negative = moet een getal van nul of meer zijn
error-not-a-number = moet een getal zijn
error-kpi-period = een streefwaarde geldt per dag, week, maand, kwartaal of jaar
error-blackout-level = een stilteperiode heeft een niveau nodig
error-max-per-day = moet tussen 1 en 500 liggen, of leeg blijven voor geen limiet
error-min-gap = mag maximaal 1.440 minuten (een dag) zijn
error-too-many-slots = maximaal 48 voorkeurstijden per dag
error-min-items-low = moet minstens 1 zijn
error-min-items-high = mag maximaal 10.000 zijn
# $max: the channel's most a day; $most: the most in the rule's period.
# $period: day, week or month.
error-min-items-over-channel = { $period ->
    [day] het kanaal staat maximaal { $max } per dag toe, dus maximaal { $most } per dag
    [week] het kanaal staat maximaal { $max } per dag toe, dus maximaal { $most } per week
   *[month] het kanaal staat maximaal { $max } per dag toe, dus maximaal { $most } per maand
}
error-too-many-concerns = maximaal 500 items en campagnes
error-partner-twice = een partner staat twee keer in de lijst
error-link-spaces = moet één permalink of bericht-ID zijn, zonder spaties
error-result-about = kies de doelstelling of de campagne waar het over gaat
error-metric-required = geef aan wat het aantal telt
# $count: the entries given; $max: how many fit.
error-too-many-entries = { $count ->
    [one] heeft { $count } punt; er passen er maximaal { $max } op het afgedrukte plan
   *[other] heeft { $count } punten; er passen er maximaal { $max } op het afgedrukte plan
}
error-year-start-month = moet een maand van 1 tot en met 12 zijn
error-confirm-days = moet tussen 0 en 90 dagen liggen
error-wanted-before-received = ligt vóór de dag waarop het verzoek binnenkwam
error-capacity = moet tussen 1 en 1.000 items per week liggen, of leeg blijven
# $max: how many periods of leave fit.
error-too-much-leave = { $max ->
    [one] maximaal { $max } verlofperiode
   *[other] maximaal { $max } verlofperiodes
}
# $value: the day the leave ends.
error-leave-order = verlof dat op { $value } eindigt, begint pas daarna
error-rrule-dtstart = geef het begin apart op, niet als DTSTART in de regel
error-rrule-never-ends = eindigt nooit: geef een COUNT of een UNTIL op
error-rrule-no-dates = levert geen datums op
# $max: the most occurrences a series may have.
error-rrule-too-many = { $max ->
    [one] levert meer dan { $max } exemplaar op; beperk de reeks met COUNT of UNTIL
   *[other] levert meer dan { $max } exemplaren op; beperk de reeks met COUNT of UNTIL
}

## What an operation refuses, and why.
error-series-needs-day = een reeks begint op een dag; geef een datum op
error-period-ends-before-start = eindigt voordat de periode begint
error-nothing-to-apply = er is niets om toe te passen
# $name: the member this laptop signs in as.
error-member-is-signed-in = in het plan van het team ben je { $name }, zoals je bent aangemeld bij de teamserver
error-choose-approver = kies wie je bent (Goedkeuringen → Je bent) voordat je goedkeurt
error-say-what-should-change = geef aan wat er moet veranderen
# $title: the item's title.
error-not-in-review = “{ $title }” staat niet ter goedkeuring
# $name: the approver; $title: the item's title.
error-may-not-approve = { $name } mag “{ $title }” niet goedkeuren
error-choose-an-item = kies minstens één item
error-campaign-moved-too-far = verplaatst de campagne te ver
error-choose-channel = kies het kanaal waarop het zou verschijnen
error-no-wanted-day = heeft geen gewenste dag: accepteer het in de ideeënlijst, of geef er een op
error-decline-or-park = kan alleen afwijzen of parkeren zijn
error-days-ahead = moet tussen 1 en 30 dagen liggen
# $name: the partner's name.
error-not-a-partner-of = “{ $name }” hoort niet bij deze samenwerking
error-window-order = moet na het begin van de periode liggen
error-window-not-before = mag niet vóór het begin van de periode liggen
error-window-three-years = een periode beslaat maximaal drie kalenderjaren
# $max: the most days a window may span.
error-window-days = { $max ->
    [one] een periode beslaat maximaal { $max } dag
   *[other] een periode beslaat maximaal { $max } dagen
}
error-quarter = moet 1, 2, 3 of 4 zijn
error-approve-in-approvals = een item wordt goedgekeurd door een goedkeurder, in Goedkeuringen
error-schedule-after-approval = een item wordt pas ingepland of gepubliceerd als een goedkeurder het heeft goedgekeurd
# $language: the version's language code ("fr").
error-version-exists = er is al een taalversie “{ $language }”
# $name: the partner's name.
error-partner-exists = “{ $name }” staat al in de partnerlijst
error-merge-into-itself = een partner kan niet met zichzelf worden samengevoegd
error-time-missing-in-zone = dat tijdstip bestaat niet in de tijdzone van het plan
error-pause-order = de pauze moet later eindigen dan ze begint
error-pause-too-long = een pauze duurt maximaal een jaar
error-out-of-range = valt buiten het toegestane bereik
error-before-first-day = ligt vóór de eerste dag
error-unknown-concern = noemt iets wat niet in het plan staat
# $finding: de eerste bevinding die de voorgestelde plaatsingen nu zouden opleveren.
error-gaps-changed = het plan is gewijzigd sinds de hiaten zijn voorgesteld ({ $finding }); er is niets ingepland, dus laat opnieuw voorstellen

## What an export or an import refuses: the file chosen, the file read, the calendar server.
error-choose-pdf-place = kies waar de PDF wordt opgeslagen
error-name-csv-or-pdf = geef een .csv- of .pdf-bestand op
error-name-csv = geef een .csv-bestand op
error-name-pdf-xlsx-json = geef een .pdf-, .xlsx- of .json-bestand op
error-name-html = geef een .html-bestand op
error-name-xlsx-or-csv = geef een .xlsx- of .csv-bestand op
error-tools-take-csv = de publicatietools werken met .csv-bestanden
error-buffer-platform = Buffer publiceert niet op het netwerk van dit kanaal: kies een kanaal op X, Instagram, Facebook, LinkedIn, TikTok, Bluesky, Threads of Mastodon
error-names-a-folder = verwijst naar een map, niet naar een bestand
# $folder: the folder's path.
error-no-such-folder = de map { $folder } bestaat niet
# $path: the path named.
error-is-a-folder = { $path } is een map
error-month-range = moet van 1 tot en met 12 zijn
error-quarter-range = moet van 1 tot en met 4 zijn
error-no-such-channel = dit kanaal bestaat niet
# $year: the plan's year.
error-no-plan-for-year = er is nog geen plan voor { $year }: voeg eerst campagnes toe of schrijf het plan voor dat jaar
error-plan-in-memory-not-published = een plan dat alleen in het geheugen staat, kan niet worden gepubliceerd
error-feed-is-ics = de gepubliceerde kalender is een .ics-bestand
error-plan-in-memory-not-pushed = een plan dat alleen in het geheugen staat, kan niet worden verstuurd
error-give-user-name = geef de gebruikersnaam van het account op
# $url: the calendar's address.
error-no-calendar-at = er is geen kalender op { $url }
# $value: what was typed.
error-not-web-address = “{ $value }” is geen webadres
error-give-https-address = geef het kalenderadres op, beginnend met https://
# $host: the calendar server's name.
error-calendar-http-not-local = { $host } zou het wachtwoord onversleuteld ontvangen via http://: geef het https://-adres op (http:// blijft alleen voor een server op deze computer)
error-server-refused-login = de kalenderserver heeft de gebruikersnaam of het wachtwoord geweigerd
# $url: the calendar's address.
error-not-reachable-calendar = { $url } is geen kalender waar dit account bij kan
# $name: the event file's name on the server.
error-keeps-changing = { $name } blijft veranderen op de kalenderserver; verstuur over een ogenblik opnieuw
error-file-empty = is leeg: de eerste rij moet de kolomnamen bevatten
error-choose-sheet-file = kies een .csv-, .xlsx-, .xls- of .ods-bestand
error-mapping-stale = de koppeling komt niet overeen met de kolommen van het bestand; bekijk het voorbeeld opnieuw
# $column: the column's name.
error-column-not-mapped = er is geen kolom gekoppeld aan { $column }
error-no-rows = het bestand heeft geen rijen onder de kopregel
error-rows-all-present = alle rijen staan al in het plan
error-not-icalendar = is geen iCalendar-bestand (geen VCALENDAR)
error-no-events = bevat geen afspraken
error-no-post-column = heeft geen kolom met bericht-ID of permalink
error-no-result-rows = het bestand heeft geen rijen met cijfers onder de kopregel
error-paste-permalinks = plak één permalink per regel (met de datum en tijd erbij, als je die hebt)
# $max: the most links at a time.
error-too-many-links = { $max ->
    [one] maximaal { $max } link tegelijk
   *[other] maximaal { $max } links tegelijk
}
error-plan-not-empty = dit plan is niet leeg: importeer een volledig plan in een nieuwe gegevensmap

## An error named inside another message, worded as a log words it.
# $field: the input field it is about, as the program names it ("file"); $message: what is wrong.
error-on-field = { $field }: { $message }
# $entity: the kind of record, as the program names it; $id: its id.
error-record-not-found = { $entity } { $id } is niet gevonden
