## What the plan's own rules refuse, and what the database or the file system said.

# $reason: what SQLite said, as it said it.
error-rules-plan-refused-change = het plan weigerde deze wijziging: { $reason }
# $reason: what SQLite or the operating system said, as it said it.
error-rules-disk-full = het plan kon niet worden weggeschreven: de schijf is vol of defect ({ $reason }); er is niets gewijzigd
error-rules-database-busy = de database van het plan is bezet (is Almanac twee keer geopend met dezelfde gegevensmap?)
# $reason: what SQLite said about the row, as it said it.
error-rules-row-unreadable = een rij die hiervoor nodig is, kan niet worden gelezen ({ $reason }); er is niets gewijzigd. Instellingen → Staat van het plan noemt de rij en kan haar apart zetten
# $reason: what SQLite said, as it said it.
error-rules-database = database: { $reason }
# $reason: what the operating system said, as it said it.
error-rules-file-system = bestandssysteem: { $reason }
# $reason: what the JSON reader said, as it said it.
error-rules-journal-data = gegevens in de geschiedenis van het plan: { $reason }
# $value: the recurrence rule typed; $reason: what the rule reader said, as it said it.
error-rules-rrule-unreadable = “{ $value }”: { $reason }
# $reason: what the rule reader said, as it said it.
error-rules-rrule-refused = { $reason }
error-rules-clock-range = de klok zou voorbij het jaar 9999 of vóór 1970 uitkomen
# $value: the text read as a clock reading.
error-rules-not-a-clock = “{ $value }” is geen klokstand

## What an operation refuses. $title and $name: a record's title or name, cut to 40 characters (with "…").

# $entity: the kind of record, as the code names it (contentItem, channel…); $id: the id given.
error-rules-no-such-record = er is geen { $entity } met id { $id }
error-rules-not-in-series = “{ $title }” hoort niet bij een reeks
error-rules-no-longer-in-backlog = “{ $title }” staat niet meer in de ideeënlijst; laat opnieuw voorstellen
error-rules-request-decided = over “{ $title }” is al beslist
# $count: the items the member owns.
error-rules-member-owns-items = { $count ->
    [one] “{ $name }” is eigenaar van { $count } item; wijs het eerst toe aan iemand anders
   *[other] “{ $name }” is eigenaar van { $count } items; wijs ze eerst toe aan iemand anders
}
# $count: the items on the channel.
error-rules-channel-has-items = { $count ->
    [one] “{ $name }” heeft { $count } item; verplaats of verwijder het eerst, of zet het kanaal op inactief
   *[other] “{ $name }” heeft { $count } items; verplaats of verwijder ze eerst, of zet het kanaal op inactief
}
# $count: the collaborations the partner is part of; $titles: up to three of their titles, each quoted, joined by list-separator.
error-rules-partner-in-collaborations = { $count ->
    [one] “{ $name }” hoort bij { $count } samenwerking ({ $titles }): haal de partner daar eerst uit, of voeg hem samen met een andere partner
   *[other] “{ $name }” hoort bij { $count } samenwerkingen ({ $titles }): haal de partner daar eerst uit, of voeg hem samen met een andere partner
}
# $title: a collaboration's title, in the list of error-rules-partner-in-collaborations.
error-rules-quoted = “{ $title }”
# $count: the brand's channels.
error-rules-brand-owns-channels = { $count ->
    [one] “{ $name }” heeft nog { $count } kanaal; verplaats of verwijder het eerst
   *[other] “{ $name }” heeft nog { $count } kanalen; verplaats of verwijder ze eerst
}
# $author: who wrote the comment.
error-rules-only-author-deletes = alleen { $author } mag deze opmerking verwijderen
error-rules-pause-in-force = er is al een pauze van kracht; hervat die eerst
error-rules-pause-resumed = deze pauze is al hervat
error-rules-findings-cache-empty = de cache met bevindingen is leeg
error-rules-no-settings = het plan heeft geen rij met instellingen
error-rules-sample-needs-empty-plan = dit plan bevat al gegevens; laad een voorbeeldplan in een lege gegevensmap
