## What the plan's store refuses or fails at: the data folder, the plan file, its backups
## and snapshots, restoring a copy, Plan health's repair, the journal and team sync.
## $reason, where a message has one: what the operating system, SQLite or a library said,
## as it said it (or, where the message says so, a refusal of Almanac's own).

## The data folder and the plan file, when the plan is opened or upgraded.
# $folder: the data folder's path; $reason: what the operating system said.
error-store-cannot-create-data-folder = kan de gegevensmap { $folder } niet aanmaken: { $reason }
# $folder: the data folder's path.
error-store-no-plan-in = er staat geen plan in { $folder }
error-store-no-app-data-folder = kan de map voor app-gegevens van de gebruiker niet vinden; geef --data-dir op
# $path: the plan file's path; $why: why it cannot be opened (one of the messages below, or what SQLite said).
error-store-plan-damaged = Het plan { $path } kan niet worden geopend: { $why }. Het is gelaten zoals het was.
error-store-not-sqlite = het is geen Almanac-plan (geen SQLite-database)
# $length: the file's size in bytes; $expected: the size its header promises.
error-store-cut-short = het is afgekapt ({ $length } van de { $expected ->
    [one] { $expected } byte
   *[other] { $expected } bytes
})
# $path: the file's path; $reason: what the operating system said.
error-store-cannot-read = kan { $path } niet lezen: { $reason }
# $schema: the schema number the file records; $supported: the highest this version reads.
error-store-newer-plan = dit plan is geschreven door een nieuwere versie van Almanac (schema { $schema }; deze versie leest tot en met schema { $supported }). Werk Almanac bij om het te openen; het bestand is niet aangeraakt.
# $schema: the schema number the plan was being upgraded to; $reason: what SQLite said.
error-store-upgrade-failed = kan het plan niet bijwerken naar schema { $schema }: { $reason }
# $schema: the schema number the file records; $reason: what SQLite said.
error-store-reference-schema-failed = kan schema { $schema } niet opbouwen om mee te vergelijken: { $reason }
# $reason: what SQLite said.
error-store-upgrade-backup-failed = kan geen back-up van het plan maken voordat het wordt bijgewerkt ({ $reason }); het plan is gelaten zoals het was
error-store-choose-backup-beside = kies een van de back-ups die naast het plan zijn gevonden
error-store-backup-unreadable-too = ook deze back-up is niet leesbaar
# $reason: what the operating system said.
error-store-backup-not-restored = kan de back-up niet terugzetten: { $reason }

## Backups and the automatic snapshots in the data folder.
# $path: the file the backup was to be written to; $reason: what the system or SQLite said, or why the copy's check refused it.
error-store-cannot-back-up-to = kan geen back-up van het plan maken in { $path }: { $reason }
# $reason: what SQLite's integrity check reported.
error-store-integrity-failed = de kopie is afgekeurd bij de integriteitscontrole: { $reason }
# $path: the folder's path; $reason: what the operating system said.
error-store-cannot-create = kan { $path } niet aanmaken: { $reason }
# $path: the snapshot's file; $reason: what the operating system said.
error-store-cannot-remove-snapshot = kan de oude momentopname { $path } niet verwijderen: { $reason }

## File → Restore from a backup: the copy chosen, and the log (-wal file) beside it.
# $path: the copy chosen; $reason: why it was refused (a message of this file or of errors.ftl).
error-store-not-restored = { $path } is niet hersteld: { $reason }
# $path: the copy chosen; $reason: what the operating system said.
error-store-could-not-restore = kan { $path } niet herstellen: { $reason }
# $path: the copy chosen.
error-store-not-a-file = { $path } is geen bestand
# $path: the copy chosen.
error-store-is-a-link = { $path } is een koppeling naar een ander bestand: kies het bestand zelf
# The copy's size in gigabytes, to one decimal: $gigabytes: the whole gigabytes; $tenths: the tenths (0 to 9).
error-store-far-too-large = het is { $gigabytes },{ $tenths } GB, veel groter dan welk plan ook (het plan van een jaar is enkele tientallen MB); als dit echt de juiste kopie is, herstel hem dan en geef aan dat hij zo groot hoort te zijn
# $path: the copy chosen; $reason: what the operating system said.
error-store-could-not-copy = kan { $path } niet kopiëren: { $reason }
# $path: the log file's path.
error-store-log-not-read-in = het logbestand ernaast ({ $path }) kon er niet in worden verwerkt
# $mode: SQLite's journal mode, as SQLite names it ("wal").
error-store-stays-in-mode = het blijft in de modus “{ $mode }”
# $path: the log file's path; $why: one of the five messages below.
error-store-foreign-log = het logbestand ernaast ({ $path }) hoort bij een andere database ({ $why }): verplaats het, of kies de kopie met haar eigen logbestand
error-store-log-cut-short = het is afgekapt
error-store-log-not-sqlite = het is geen SQLite-logbestand
error-store-log-checksum = de controlesom van de kop klopt niet
error-store-log-no-database = geen database
# $log: the log's page size in bytes; $file: the database file's page size in bytes.
error-store-log-page-size = de pagina's zijn { $log ->
    [one] { $log } byte
   *[other] { $log } bytes
}, die van het bestand { $file }
# $path: the copy chosen; $reason: why it is not (a message of this file).
error-store-not-a-plan = { $path } is geen Almanac-plan: { $reason }
error-store-sqlite-not-plan = het is een SQLite-database, maar geen Almanac-plan

## A plan file that is not as Almanac writes it: its schema (the tables, indexes, views and
## triggers it defines) and its rows. Settings → Plan health names the rows too.
# $count: how many triggers Almanac never writes; $name: the first one's name.
error-store-extra-trigger = { $count ->
    [one] { $count } trigger
   *[other] { $count } triggers
} die Almanac nooit schrijft (“{ $name }”…)
# $count: how many views Almanac never writes; $name: the first one's name.
error-store-extra-view = { $count ->
    [one] { $count } view
   *[other] { $count } views
} die Almanac nooit schrijft (“{ $name }”…)
# $count: how many tables Almanac never writes; $name: the first one's name.
error-store-extra-table = { $count ->
    [one] { $count } tabel
   *[other] { $count } tabellen
} die Almanac nooit schrijft (“{ $name }”…)
# $count: how many indexes Almanac never writes; $name: the first one's name.
error-store-extra-index = { $count ->
    [one] { $count } index
   *[other] { $count } indexen
} die Almanac nooit schrijft (“{ $name }”…)
# $name: the trigger's name.
error-store-changed-trigger = de trigger “{ $name }”, anders gedefinieerd dan Almanac hem definieert
# $name: the view's name.
error-store-changed-view = de view “{ $name }”, anders gedefinieerd dan Almanac hem definieert
# $name: the table's name.
error-store-changed-table = de tabel “{ $name }”, anders gedefinieerd dan Almanac hem definieert
# $name: the index's name.
error-store-changed-index = de index “{ $name }”, anders gedefinieerd dan Almanac hem definieert
# $count: how many parts of the schema are missing; $name: the first one's name.
error-store-parts-missing = { $count ->
    [one] { $count } ontbrekend onderdeel
   *[other] { $count } ontbrekende onderdelen
} van het Almanac-plan (“{ $name }”…)
# $reasons: what the file has (the messages above, one after another).
error-store-not-own-shape = het bestand bevat { $reasons }: het is geen plan zoals Almanac het schrijft
error-store-not-own-shape-unnamed = het bestand is geen plan zoals Almanac het schrijft
# Two reasons or rows in a row. $first: the first; $more: the next (itself maybe two in a row).
error-store-one-and-more = { $first }; { $more }
# $rows: the first rows that cannot be read, each with why (one after another).
error-store-rows-unreadable = rijen die Almanac niet kan lezen: { $rows } (herstel de kopie met de onleesbare rijen apart gezet in een rapport, of kies een andere kopie)
error-store-bad-rows-stuck = de onleesbare rijen van de kopie konden niet allemaal apart worden gezet
# $table: the row's table (as SQLite names it, "content_item"); $row: its place in the table; $parent: the table it names.
error-store-row-names-missing = { $table } rij { $row }: verwijst naar een rij van { $parent } die niet in het plan staat
# $table: the row's table; $id: the row's id; $why: what is wrong (a message below, or what SQLite said).
error-store-row-unreadable = { $table } { $id }: { $why }
# $table: the row's table; $id: what its id column holds.
error-store-row-id-not-id = { $table } “{ $id }”: geen id
# $table: the row's table; $value: what its id column holds, as SQLite's library writes it ("Integer(7)").
error-store-row-id-not-text = { $table }: een id die geen tekst is ({ $value })
# $column: the column (as SQLite names it, "status"); $reason: why (a message below, or what was said).
error-store-column-unreadable = { $column } is niet leesbaar ({ $reason })
# $reason: why (a message below, or what was said).
error-store-list-unreadable = een lijst is niet leesbaar ({ $reason })
# $column: the column; $kind: the kind of value SQLite found there, as it names it ("Null", "Integer", "Real", "Text", "Blob").
error-store-column-holds = { $column } bevat { $kind ->
    [Null] niets (NULL)
    [Integer] een geheel getal
    [Real] een kommagetal
    [Text] tekst
    [Blob] binaire gegevens
   *[other] { $kind }
}
# $kind: the kind of value SQLite found, as it names it.
error-store-list-holds = een lijst bevat { $kind ->
    [Null] niets (NULL)
    [Integer] een geheel getal
    [Real] een kommagetal
    [Text] tekst
    [Blob] binaire gegevens
   *[other] { $kind }
}
# What a column holds that is not what it should be. $value: the value, in quotation marks as the program writes it.
error-store-unfit-id = id: { $value }
# $value: the value, in quotation marks as the program writes it.
error-store-unfit-date = datum: { $value }
# $value: the value, in quotation marks as the program writes it.
error-store-unfit-instant = tijdstip: { $value }
# $value: the value, in quotation marks as the program writes it.
error-store-unfit-value = waarde: { $value }
# $value: the value, in quotation marks as the program writes it.
error-store-unfit-json = json: { $value }

## Plan health's repair (rows moved aside into the journal), undo and redo.
error-store-unreadable-rows-stuck = de onleesbare rijen van het plan konden niet allemaal apart worden gezet
# $table: the row's table; $row: its place in the table.
error-store-rows-too-deep = de rijen die naar { $table } rij { $row } verwijzen, gaan te diep om apart te zetten
# Why a row was moved aside with the one it names. $table: that row's table; $row: its place in the table.
error-store-names-moved-row = verwijst naar { $table } rij { $row }, die apart is gezet
error-store-moved-row-altered = de geschiedenis van het plan bevat een apart gezette rij die niet meer is zoals ze is vastgelegd
error-store-empty-journal-entry = een lege regel in de geschiedenis van het plan
error-store-moved-row-no-table = een apart gezette rij zonder haar tabel
# $table: the name the journal gives.
error-store-journal-names-no-table = de geschiedenis van het plan noemt “{ $table }”, maar dat is geen tabel van het plan
error-store-moved-row-no-place = een apart gezette rij zonder haar plaats
# $table: the row's table; $row: its place in the table.
error-store-moved-row-changed = { $table } rij { $row } is niet meer zoals het herstel haar achterliet; er is niets gewijzigd
error-store-moved-row-no-columns = een apart gezette rij zonder haar kolommen
# $entity: the kind of record, as the journal names it ("contentItem", "campaign", "keyDate").
error-store-changed-elsewhere = er is elders (in een ander venster of via de opdrachtregel) iets gewijzigd aan { $entity ->
    [contentItem] dit item
    [series] deze reeks
    [campaign] deze campagne
    [collaboration] deze samenwerking
    [channel] dit kanaal
    [brand] dit merk
    [objective] deze doelstelling
    [member] dit teamlid
    [partner] deze partner
    [partnerGroup] deze partnergroep
    [keyDate] deze belangrijke datum
    [request] dit verzoek
    [comment] deze opmerking
    [approval] deze goedkeuring
    [loggedDecision] dit besluit
    [coverageRule] deze regel
    [crisisPause] deze pauze
    [planYear] het plan voor dit jaar
    [postLink] deze link naar een bericht
    [postResult] de resultaten van dit bericht
    [outcome] deze outcome
    [settings] de instellingen
   *[other] dit gegeven ({ $entity })
} sinds het inlezen; er is niets opgeslagen: bekijk het opnieuw en probeer het nog eens
# $entity: the kind of record the journal names.
error-store-unknown-entity = de geschiedenis van het plan noemt een onbekend soort gegeven “{ $entity }”
error-store-fields-name-another-row = de velden van de rij horen bij een andere rij
# $entity: the kind of record, as the journal names it; $reason: what the reader of its fields said.
error-store-not-readable-entity = dit plan kan dit niet lezen als { $entity }: { $reason }
error-store-journal-id-malformed-short = de geschiedenis van het plan bevat een ongeldige id
error-store-journal-id-malformed = de geschiedenis van het plan bevat een ongeldige id

## Team sync: this laptop's side.
error-store-sync-identity-damaged = de synchronisatie-identiteit van het plan is beschadigd
error-store-outbox-id-malformed = de verzendwachtrij bevat een ongeldige id
# $table: the table (as SQLite names it) left pointing at a row that is gone.
error-store-team-left-dangling = door de wijzigingen van het team verwijst { $table } naar een rij die niet meer bestaat
error-store-team-references-unsettled = de wijzigingen van het team lieten verwijzingen achter die niet konden worden opgelost; er is niets toegepast
# $table: the table; $column: its column (as SQLite names them); $reason: what the id reader said.
error-store-holds-no-id = { $table }.{ $column } bevat geen id: { $reason }

## An error named inside another, as a log writes it.
