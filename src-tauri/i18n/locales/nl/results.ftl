## Results: the Results view (a year's or a quarter's numbers against the objectives, per
## platform and per campaign, the best and the weakest items, the lessons), each
## objective's chart of its metric week by week, and the view's dialogs: importing
## results, pasting links to posts, noting an outcome or a lesson, “By the numbers”.

results-title = Resultaten
results-year-label = Jaar
results-period-label = Periode
results-period-year = Het hele jaar
# An option of the Period list: a quarter of the year. $quarter: 1 to 4.
results-quarter-option = Q{ $quarter }
# A quarter of a year, in the title and the file name of “By the numbers”. $year: the year ("2027"); $quarter: 1 to 4.
results-period-quarter = { $year } Q{ $quarter }
results-import-open = Resultaten importeren…
results-paste-open = Links plakken…
results-outcome-open = Outcome noteren…
results-export-open-dialog = In cijfers…
# Above the numbers. $name: the period as the app names it ("2027 Q2"); $from, $to: its first and last day, already formatted.
results-period-line = { $name }: { $from } t/m { $to }. Cijfers uit de exports van de platforms die hier zijn geïmporteerd, en de outcomes die het team heeft genoteerd.
results-headline = Kerncijfers

# The metrics, as the headings of the tiles and the columns (lower case, as the platforms write them).
results-metric-posts = berichten
results-metric-impressions = weergaven
results-metric-reach = bereik
results-metric-engagements = interacties
results-metric-link-clicks = linkklikken
results-metric-follows = nieuwe volgers
results-metric-likes = likes
results-metric-comments = reacties
results-metric-shares = shares
results-metric-saves = opgeslagen
results-metric-video-views = videoweergaven
results-metric-profile-visits = profielbezoeken

results-by-platform = Per platform
results-col-platform = Platform
results-col-posts = Berichten
results-platforms-empty = Nog geen resultaten geïmporteerd voor deze periode: Resultaten importeren… leest de statistiekexports van de platforms.

results-objectives-heading = Doelstellingen
# An objective's level in the evaluation framework (outputs, outtakes, outcomes, impact), shown as a badge.
results-level-output = Output
results-level-outtake = Outtake
results-level-outcome = Outcome
results-level-impact = Impact
# In place of an objective's metric when it has none (in bold, before results-objective-achieved).
results-objective-no-metric = Geen indicator
# Follows the objective's metric in bold ("messages received"), hence the leading colon.
# $achieved: the number achieved, formatted; $targeted: "yes" when the objective has a target,
# then $target (formatted) and $percent (the share achieved, "25%"); $baselined: "yes" when it
# has a baseline, then $baseline (formatted).
results-objective-achieved = : { $achieved } behaald{ $targeted ->
        [yes] { " " }van een streefwaarde van { $target } ({ $percent })
       *[no] {""}
    }{ $baselined ->
        [yes] ; nulmeting { $baseline }
       *[no] {""}
    }.
# $delivered: the objective's items published in the period; $planned: its items planned.
results-objective-items = Items: { $delivered } van de { $planned } geplande gepubliceerd.
results-objective-note = Outcome of leerpunt noteren
# Badges of what was noted against an objective.
results-note-lesson = Leerpunt
results-note-outcome = Outcome
results-remove = Verwijderen
# $what: the outcome or lesson as noted.
results-remove-named = “{ $what }” verwijderen
# $what: the outcome or lesson as noted.
results-outcome-removed = “{ $what }” verwijderd. Ongedaan maken met Ctrl+Z.
results-objectives-empty = Het plan heeft nog geen doelstellingen (Instellingen → Doelstellingen).

results-campaigns-heading = Campagnes
results-col-campaign = Campagne
results-col-published = Items gepubliceerd
# A badge after a flagship campaign's name.
results-flagship = Vlaggenschip
# In the Items published column. $delivered: the campaign's items published; $planned: its items planned.
results-campaign-delivered = { $delivered } van { $planned }
results-campaigns-empty = Geen enkele campagne heeft items in deze periode.

results-best = Beste items
results-weakest = Zwakste items
# After Best items and Weakest items. $metric: the metric they are ranked by ("engagements").
results-ranked-by = op { $metric }
results-col-item = Item
results-col-channel = Kanaal
results-col-day = Datum
results-ranked-empty = Geen enkel item heeft resultaten in deze periode.

results-lessons-heading = Leerpunten
results-lessons-empty = Geen leerpunten genoteerd in deze periode.

## An objective's chart of its metric week by week, and the table beside it.

# What the chart shows, for a screen reader. $label: the objective's name; $metric: its metric
# ("messages received"); $total: the sum over the weeks, formatted; $weeks: the number of weeks.
results-chart-summary = { $label }: { $metric } per week, in totaal { $total } over { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weken
    }
# As results-chart-summary, with $target: the target a week, formatted.
results-chart-summary-target = { $label }: { $metric } per week, in totaal { $total } over { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weken
    }, afgezet tegen een streefwaarde van { $target } per week
# The legend of the chart's line.
results-chart-target = streefwaarde
# $label: the objective's name.
results-chart-numbers = { $label }: de cijfers
results-chart-week-of = Week van
results-chart-target-column = Streefwaarde
# What a level's chart shows (a survey's share, a score), for a screen reader. $label: the objective's name; $metric: its metric; $count: how many readings; $latest: the latest, formatted; $day: its day.
results-chart-summary-level = { $label }: { $metric } { $count ->
        [one] één keer gemeten
       *[other] { $count } keer gemeten
    }, de laatste { $latest } op { $day }
# As results-chart-summary-level, with $target: the target, formatted.
results-chart-summary-level-target = { $label }: { $metric } { $count ->
        [one] één keer gemeten
       *[other] { $count } keer gemeten
    }, de laatste { $latest } op { $day }, tegen een streefwaarde van { $target }
# The column of a reading's day.
results-chart-read-on = Gemeten op

## “By the numbers”: the results of the period as one page, a workbook or JSON.

# The file's name, before its extension. $period: the year ("2027") or a quarter (results-period-quarter).
results-export-file-name = In cijfers { $period }
# $period: the year ("2027") or a quarter (results-period-quarter).
results-export-title = In cijfers: { $period }
results-export-format = Formaat
results-export-pdf = Eén A4-pagina (PDF)
results-export-xlsx = Werkmap (XLSX)
results-export-json = JSON
# $count: the posts whose results were written.
results-export-written = De resultaten van { $count ->
        [one] { $count } bericht
       *[other] { $count } berichten
    } zijn opgeslagen.
# $count: the posts whose results were written; $path: the file.
results-export-written-to = De resultaten van { $count ->
        [one] { $count } bericht
       *[other] { $count } berichten
    } zijn opgeslagen in { $path }.
results-export-writing = Bezig met opslaan…
results-export-open = Openen
results-done = Klaar
results-cancel = Annuleren
results-export-do = Exporteren

## Importing results from a platform's analytics export.

results-import-title = Resultaten importeren
# The menu paths are the platforms' own (their English names).
results-import-hint = De eigen exports van de platforms: X (Analytics → Export data), Meta Business Suite (Insights → Content → Export data), LinkedIn (Page → Analytics → Content → Export). Cijfers die al zijn geïmporteerd voor een bericht en dag worden vervangen, nooit opgeteld.
results-import-file = Bestand
results-import-no-file = Geen bestand gekozen
results-import-choose = Kiezen…
results-import-source-label = Export
results-import-source-any = Afleiden uit het bestand
results-import-source-x = Accountstatistieken van X (CSV)
results-import-source-meta = Meta Business Suite: Facebook of Instagram (CSV)
results-import-source-linkedin = Contentexport van een LinkedIn-pagina (XLS/XLSX)
results-import-source-csv = Een ander werkblad: datum, platform of permalink, statistieken
# Above the rows of the file read. $rows: the rows; $dated: "yes" when they have days, then
# $from and $to: the first and last (already formatted); $linked: rows matched to an item by
# its link; $proposed: rows proposed an item by channel and time; $unmatched: rows with no
# item; $replaced: rows replacing numbers imported before (0: none); $invalid: rows with
# errors (0: none).
results-import-summary = { $rows ->
        [one] { $rows } rij
       *[other] { $rows } rijen
    }{ $dated ->
        [yes] { " " }van { $from } t/m { $to }
       *[no] {""}
    }: { $linked } gekoppeld via link, { $proposed } voorgesteld op kanaal en tijd, { $unmatched } zonder item{ $replaced ->
        [0] {""}
       *[other] , { $replaced } ter vervanging van eerder geïmporteerde cijfers
    }{ $invalid ->
        [0] {""}
       *[other] ; { $invalid } met fouten, dus er kan niets worden geïmporteerd
    }.
# $totals: the file's totals, each a metric and its number ("impressions 12,345, reach 6,789").
results-import-totals = Totalen: { $totals }
results-import-totals-none = Totalen: geen
results-import-rows = De rijen van het bestand
results-col-line = Regel
results-col-post = Bericht
results-col-numbers = Cijfers
results-import-by-link = (via link)
results-import-proposed = (voorgesteld)
results-import-no-item = Geen item
# $count: the rows not shown.
results-import-more = En nog { $count ->
        [one] { $count } rij
       *[other] { $count } rijen
    }.
results-import-do = Importeren
# $count: the posts whose numbers were imported.
results-import-done = De cijfers van { $count ->
        [one] { $count } bericht
       *[other] { $count } berichten
    } zijn geïmporteerd. Ongedaan maken met Ctrl+Z.

## Pasting links to posts in bulk.

results-paste-title = Links naar berichten plakken
results-paste-links-label = Links, één per regel
results-paste-links-hint = Gekopieerd van het platform of uit een spreadsheet, met de datum en tijd van publicatie op dezelfde regel. Links van X en LinkedIn hebben geen tijd nodig: die zit in hun id.
# $proposed: links proposed an item; $linked: links already linked to their item; $unmatched: links with no item.
results-paste-summary = { $proposed } voorgesteld, { $linked } al gekoppeld, { $unmatched } zonder item.
results-col-link = Link
results-col-went-out = Gepubliceerd
results-paste-linked-already = (al gekoppeld)
results-paste-no-item = Er is toen geen item op dat platform gepubliceerd
results-paste-find = Items zoeken
# $count: the items ticked to be linked.
results-paste-submit = { $count ->
        [one] { $count } item koppelen
       *[other] { $count } items koppelen
    }
# $count: the items linked.
results-paste-linked = { $count ->
        [one] { $count } item gekoppeld aan het bericht.
       *[other] { $count } items gekoppeld aan hun berichten.
    } Ongedaan maken met Ctrl+Z.

## Noting an outcome or a lesson.

results-outcome-title = Een outcome of leerpunt noteren
results-outcome-kind = Wat het is
results-outcome-kind-outcome = Een outcome: iets wat is gemeten
results-outcome-kind-lesson = Een leerpunt voor de volgende keer
results-outcome-objective = Doelstelling
results-outcome-campaign = Campagne
results-outcome-day = Datum
results-outcome-lesson = Het leerpunt
results-outcome-what = Wat er is gemeten
results-outcome-value = Aantal
results-outcome-metric = Telt mee voor (indicator)
results-outcome-metric-placeholder = ontvangen berichten
results-outcome-source = Bron
results-outcome-source-placeholder = Bewonersenquête, n = 1.020
# $what: the outcome or lesson as noted.
results-outcome-noted = “{ $what }” genoteerd. Ongedaan maken met Ctrl+Z.
