## Checks: the year's findings, the objectives' coverage map, coverage rules, and filling the gaps from the backlog.

checks-title = Controles
checks-year = Jaar
checks-previous-year = Vorig jaar
checks-next-year = Volgend jaar
# The year's summary. $count: the number of error findings.
checks-errors-count = { $count ->
    [one] { $count } fout
   *[other] { $count } fouten
}
# The year's summary. $count: the number of warning findings.
checks-warnings-count = { $count ->
    [one] { $count } waarschuwing
   *[other] { $count } waarschuwingen
}
checks-fill-gaps = Hiaten opvullen…
checks-loading = Het plan wordt gecontroleerd…
# Wat een bevinding oplost, getoond erna. $fix: de oplossing (uit findings.ftl).
checks-finding-fix = { $fix }.

## The coverage map: objectives × months or weeks.

# $year: the year shown ("2027").
checks-coverage-title = Dekking { $year }
# The group of buttons choosing the map's columns.
checks-columns = Kolommen
checks-by-month = Per maand
checks-by-week = Per week
# A coverage score. $value: the percentage, with one decimal ("45.0").
checks-percent = { $value }%
# An objective without any coverage rule, where its score would be.
checks-no-rule = geen regel
# After an objective's score. $count: its periods short of what its rules ask.
checks-short-periods = { $count ->
    [one] ({ $count } periode met tekort)
   *[other] ({ $count } periodes met tekort)
}
checks-add-rule = Regel toevoegen
checks-map-by-month = Dekking per doelstelling en maand
checks-map-by-week = Dekking per doelstelling en week
# Header of the map's first column.
checks-rule-column = Regel
checks-edit-rule = Deze regel bewerken
# A cell of the map, read by screen readers and shown on hover. $objective: the objective's name; $rule: the rule as the plan words it ("At least 1 a day"); $column: the month or week ("Feb", "4 Jan"); $percent: the share planned, 0 to 100; $met, $required, $planned: numbers of items.
checks-cell-label = { $objective }, { $rule }, { $column }: { $percent }% ({ $met } van { $required } vereist, { $planned } gepland)
# A cell where the rule asks for nothing. Arguments as in checks-cell-label.
checks-cell-label-none = { $objective }, { $rule }, { $column }: niets vereist
checks-no-coverage-rule = Nog geen dekkingsregel: voeg er een toe aan een doelstelling om te zien waar het plan eraan bijdraagt.
checks-selected-cell = Geselecteerde cel
# Heading of the selected cell. $objective, $rule: as in checks-cell-label; $start, $end: the column's first and last day ("2027-02-01").
checks-detail-title = { $objective }: { $rule }, { $start } t/m { $end }
# The selected cell's sums. $met: items counted towards what is required; $required: items required; $planned: items planned in all; $short: periods short; $periods: all its periods.
checks-detail-summary = { $met } van { $required } vereist gepland ({ $planned ->
        [one] { $planned } item
       *[other] { $planned } items
    } in totaal); { $short ->
        [one] { $short } periode
       *[other] { $short } periodes
    } van { $periods } met tekort.
checks-gaps = Hiaten:
# A period short of items. $day: the day ("2027-02-03"); $missing: how many items are missing.
checks-gap-day = { $day }: { $missing } te weinig
# A period short of items. $start, $end: its first and last day; $missing: how many items are missing.
checks-gap-range = { $start } t/m { $end }: { $missing } te weinig
checks-show-items = Items tonen
checks-no-items = Hier tellen geen items mee.

## Filling the gaps from the backlog.

checks-fill-title = Dekkingshiaten opvullen
# $count: the backlog items proposed.
checks-fill-intro = { $count ->
    [one] { $count } item uit de backlog kan
   *[other] { $count } items uit de backlog kunnen
} in de komende hiaten worden geplaatst, telkens met inachtneming van de stilteperiodes, de limieten en tussenpozen van de kanalen en het verlof van de eigenaren.
# Follows checks-fill-intro. $count: the gaps nothing fills.
checks-fill-open-gaps = { $count ->
    [one] { $count } hiaat blijft open: in de backlog past er niets in.
   *[other] { $count } hiaten blijven open: in de backlog past er niets in.
}
checks-fill-placements = Voorgestelde plaatsingen, scrollbaar
checks-fill-when = Wanneer
checks-fill-item = Item
checks-fill-channel = Kanaal
# Header of the column naming the objective each placement serves.
checks-fill-fills = Vult aan
# An evergreen item that takes on the objective whose gap it fills. $objective: its name.
checks-fill-adds-objective = { $objective } (evergreen, krijgt de doelstelling erbij)
checks-fill-nothing = Niets in de backlog past in de komende hiaten.
checks-fill-discard = Verwerpen
checks-fill-preview = Voorbeeld in kalender
checks-fill-apply = Toepassen
# Status line. $count: the items scheduled.
checks-filled = { $count ->
    [one] Dekkingshiaten opgevuld met { $count } item. Ongedaan maken met Ctrl+Z.
   *[other] Dekkingshiaten opgevuld met { $count } items. Ongedaan maken met Ctrl+Z.
}

## The findings: the list, its filters, and the findings a move created.

checks-findings = Bevindingen
checks-filter-findings = Bevindingen filteren
# Filter headings, each followed by a count.
checks-severity-errors = Fouten
checks-severity-warnings = Waarschuwingen
checks-severity-notes = Opmerkingen
# The severity tag on one finding.
checks-severity-error = fout
checks-severity-warning = waarschuwing
checks-severity-info = info
checks-kind = Soort
checks-all-kinds = Alle soorten
checks-kind-in-blackout = In een stilteperiode
checks-kind-over-daily-limit = Boven de daglimiet van een kanaal
checks-kind-under-min-gap = Korter op elkaar dan de minimale tussenpoos van een kanaal
checks-kind-over-capacity = Eigenaar boven weekcapaciteit
checks-kind-owner-on-leave = Eigenaar met verlof
checks-kind-outside-campaign = Buiten de eigen campagne
checks-kind-approved-without-date = Goedgekeurd zonder datum
checks-kind-past-not-published = Verstreken en niet gepubliceerd
# The language versions of one item are scheduled too far apart.
checks-kind-translations-apart = Taalversies te ver uit elkaar
checks-kind-partners-not-confirmed = Partners niet bevestigd
checks-kind-assets-due-after-go-live = Materiaal pas na livegang klaar
# A relay: partners reposting one item in turn.
checks-kind-declined-partner-in-relay = Afgehaakte partner in een estafette
checks-kind-collaboration-item-in-blackout = Samenwerkingsitem in een stilteperiode
checks-kind-back-to-review = Terug naar beoordeling
checks-kind-copy-over-limit = Tekst boven de limiet van het netwerk
checks-open-item = Item openen
checks-no-findings-match = Geen bevindingen die aan het filter voldoen.
checks-no-findings-clean = Geen bevindingen: het plan is in orde.
# $limit: how many findings are listed; $count: how many match the filter.
checks-showing-first = De eerste { $limit } van { $count } worden getoond; filter om de rest te zien.
# Above the findings a drag or "Move to…" created. $count: how many.
checks-move-created = { $count ->
    [one] Deze verplaatsing leverde { $count } bevinding op:
   *[other] Deze verplaatsing leverde { $count } bevindingen op:
}
checks-move-undo = Verplaatsing ongedaan maken (Ctrl+Z)
checks-move-keep = Behouden

## A coverage rule: at least N items per day, week or month, on a channel or any.

checks-rule-saved = Dekkingsregel opgeslagen.
checks-rule-deleted = Dekkingsregel verwijderd. Ongedaan maken met Ctrl+Z.
checks-rule-edit-title = Dekkingsregel bewerken
checks-rule-new-title = Nieuwe dekkingsregel
checks-rule-objective = Doelstelling
# The rule reads as a sentence from its fields: "At least [1] Per [day] On [any channel]".
checks-rule-at-least = Minstens
checks-rule-per = Per
checks-rule-day = dag
checks-rule-week = week
checks-rule-month = maand
checks-rule-on = Op
checks-rule-any-channel = elk kanaal
checks-rule-weekdays-only = Alleen werkdagen (maandag t/m vrijdag)
checks-rule-delete = Regel verwijderen

## A coverage rule as people read it, in the coverage map, the checks and the command line.

# $count: the items needed; $period: day, week or month; $channel: the channel's name (or coverage-rule-any-channel); $weekdays: yes when only weekdays count, else no.
coverage-rule = Minstens { $count } { $period ->
        [day] per dag
        [week] per week
       *[month] per maand
    } op { $channel }{ $weekdays ->
        [yes] , op werkdagen
       *[no] {""}
    }
# A rule for every channel.
coverage-rule-any-channel = elk kanaal
# A rule whose channel was removed from the plan.
coverage-rule-removed-channel = een verwijderd kanaal
