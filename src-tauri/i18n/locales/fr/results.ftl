## Results: the Results view (a year's or a quarter's numbers against the objectives, per
## platform and per campaign, the best and the weakest items, the lessons), each
## objective's chart of its metric week by week, and the view's dialogs: importing
## results, pasting links to posts, noting an outcome or a lesson, “By the numbers”.

results-title = Résultats
results-year-label = Année
results-period-label = Période
results-period-year = L’année entière
# An option of the Period list: a quarter of the year. $quarter: 1 to 4.
results-quarter-option = T{ $quarter }
# A quarter of a year, in the title and the file name of “By the numbers”. $year: the year ("2027"); $quarter: 1 to 4.
results-period-quarter = T{ $quarter } { $year }
results-import-open = Importer des résultats…
results-paste-open = Coller des liens…
results-outcome-open = Noter un résultat…
results-export-open-dialog = En chiffres…
# Above the numbers. $name: the period as the app names it ("2027 Q2"); $from, $to: its first and last day, already formatted.
results-period-line = { $name } : du { $from } au { $to }. Chiffres issus des exports des plateformes importés ici, et résultats notés par l’équipe.
results-headline = Chiffres clés

# The metrics, as the headings of the tiles and the columns (lower case, as the platforms write them).
results-metric-posts = publications
results-metric-impressions = impressions
results-metric-reach = couverture
results-metric-engagements = interactions
results-metric-link-clicks = clics sur les liens
results-metric-follows = nouveaux abonnés
results-metric-likes = j’aime
results-metric-comments = commentaires
results-metric-shares = partages
results-metric-saves = enregistrements
results-metric-video-views = vues de vidéos
results-metric-profile-visits = visites du profil

results-by-platform = Par plateforme
results-col-platform = Plateforme
results-col-posts = Publications
results-platforms-empty = Aucun résultat importé pour cette période pour l’instant : Importer des résultats… lit les exports statistiques des plateformes.

results-objectives-heading = Objectifs
# An objective's level in the evaluation framework (outputs, outtakes, outcomes, impact), shown as a badge.
results-level-output = Réalisation
results-level-outtake = Retombée
results-level-outcome = Résultat
results-level-impact = Impact
# In place of an objective's metric when it has none (in bold, before results-objective-achieved).
results-objective-no-metric = Aucun indicateur
# Follows the objective's metric in bold ("messages received"), hence the leading colon.
# $achieved: the number achieved, formatted; $targeted: "yes" when the objective has a target,
# then $target (formatted) and $percent (the share achieved, "25%"); $baselined: "yes" when it
# has a baseline, then $baseline (formatted).
results-objective-achieved =  : { $achieved } au total{ $targeted ->
        [yes] , pour un objectif de { $target } ({ $percent })
       *[no] {""}
    }{ $baselined ->
        [yes]  ; valeur de référence { $baseline }
       *[no] {""}
    }.
# $delivered: the objective's items published in the period; $planned: its items planned.
results-objective-items = Contenus : { $delivered ->
        [one] { $delivered } publié
       *[other] { $delivered } publiés
    } sur { $planned ->
        [one] { $planned } prévu
       *[other] { $planned } prévus
    }.
results-objective-note = Noter un résultat ou un enseignement
# Badges of what was noted against an objective.
results-note-lesson = Enseignement
results-note-outcome = Résultat
results-remove = Supprimer
# $what: the outcome or lesson as noted.
results-remove-named = Supprimer « { $what } »
# $what: the outcome or lesson as noted.
results-outcome-removed = « { $what } » supprimé. Annuler avec Ctrl+Z.
results-objectives-empty = Le plan n’a pas encore d’objectifs (Paramètres → Objectifs).

results-campaigns-heading = Campagnes
results-col-campaign = Campagne
results-col-published = Contenus publiés
# A badge after a flagship campaign's name.
results-flagship = Phare
# In the Items published column. $delivered: the campaign's items published; $planned: its items planned.
results-campaign-delivered = { $delivered } sur { $planned }
results-campaigns-empty = Aucune campagne n’a de contenus sur cette période.

results-best = Meilleurs contenus
results-weakest = Contenus les moins performants
# After Best items and Weakest items. $metric: the metric they are ranked by ("engagements").
results-ranked-by = par { $metric }
results-col-item = Contenu
results-col-channel = Canal
results-col-day = Date
results-ranked-empty = Aucun contenu n’a de résultats sur cette période.

results-lessons-heading = Enseignements
results-lessons-empty = Aucun enseignement noté sur cette période.

## An objective's chart of its metric week by week, and the table beside it.

# What the chart shows, for a screen reader. $label: the objective's name; $metric: its metric
# ("messages received"); $total: the sum over the weeks, formatted; $weeks: the number of weeks.
results-chart-summary = { $label } : { $metric } semaine par semaine, { $total } au total sur { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    }
# As results-chart-summary, with $target: the target a week, formatted.
results-chart-summary-target = { $label } : { $metric } semaine par semaine, { $total } au total sur { $weeks ->
        [one] { $weeks } semaine
       *[other] { $weeks } semaines
    }, pour un objectif de { $target } par semaine
# The legend of the chart's line.
results-chart-target = objectif
# $label: the objective's name.
results-chart-numbers = { $label } : les chiffres
results-chart-week-of = Semaine du
results-chart-target-column = Objectif
# What a level's chart shows (a survey's share, a score), for a screen reader. $label: the objective's name; $metric: its metric; $count: how many readings; $latest: the latest, formatted; $day: its day.
results-chart-summary-level = { $label } : { $metric } { $count ->
        [one] mesuré une fois
       *[other] mesuré { $count } fois
    }, la dernière mesure { $latest } le { $day }
# As results-chart-summary-level, with $target: the target, formatted.
results-chart-summary-level-target = { $label } : { $metric } { $count ->
        [one] mesuré une fois
       *[other] mesuré { $count } fois
    }, la dernière mesure { $latest } le { $day }, pour un objectif de { $target }
# The column of a reading's day.
results-chart-read-on = Mesuré le

## “By the numbers”: the results of the period as one page, a workbook or JSON.

# The file's name, before its extension. $period: the year ("2027") or a quarter (results-period-quarter).
results-export-file-name = En chiffres { $period }
# $period: the year ("2027") or a quarter (results-period-quarter).
results-export-title = En chiffres : { $period }
results-export-format = Format
results-export-pdf = Une page A4 (PDF)
results-export-xlsx = Classeur (XLSX)
results-export-json = JSON
# $count: the posts whose results were written.
results-export-written = Résultats de { $count ->
        [one] { $count } publication
       *[other] { $count } publications
    } enregistrés.
# $count: the posts whose results were written; $path: the file.
results-export-written-to = Résultats de { $count ->
        [one] { $count } publication
       *[other] { $count } publications
    } enregistrés dans { $path }.
results-export-writing = Enregistrement…
results-export-open = Ouvrir
results-done = Terminé
results-cancel = Annuler
results-export-do = Exporter

## Importing results from a platform's analytics export.

results-import-title = Importer des résultats
# The menu paths are the platforms' own (their English names).
results-import-hint = Les exports des plateformes elles-mêmes : X (Analytics → Export data), Meta Business Suite (Insights → Content → Export data), LinkedIn (Page → Analytics → Content → Export). Les chiffres déjà importés pour une publication et un jour sont remplacés, jamais additionnés.
results-import-file = Fichier
results-import-no-file = Aucun fichier choisi
results-import-choose = Choisir…
results-import-source-label = Export
results-import-source-any = Déduire du fichier
results-import-source-x = Statistiques du compte X (CSV)
results-import-source-meta = Meta Business Suite : Facebook ou Instagram (CSV)
results-import-source-linkedin = Export des contenus d’une page LinkedIn (XLS/XLSX)
results-import-source-csv = Autre feuille : date, plateforme ou permalien, indicateurs
# Above the rows of the file read. $rows: the rows; $dated: "yes" when they have days, then
# $from and $to: the first and last (already formatted); $linked: rows matched to an item by
# its link; $proposed: rows proposed an item by channel and time; $unmatched: rows with no
# item; $replaced: rows replacing numbers imported before (0: none); $invalid: rows with
# errors (0: none).
results-import-summary = { $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    }{ $dated ->
        [yes] { " " }du { $from } au { $to }
       *[no] {""}
    } : { $linked ->
        [one] { $linked } associée par lien
       *[other] { $linked } associées par lien
    }, { $proposed ->
        [one] { $proposed } proposée par canal et heure
       *[other] { $proposed } proposées par canal et heure
    }, { $unmatched } sans contenu{ $replaced ->
        [0] {""}
       *[other] , { $replaced } remplaçant des chiffres importés auparavant
    }{ $invalid ->
        [0] {""}
       *[other]  ; { $invalid } avec des erreurs, donc rien ne peut être importé
    }.
# $totals: the file's totals, each a metric and its number ("impressions 12,345, reach 6,789").
results-import-totals = Totaux : { $totals }
results-import-totals-none = Totaux : aucun
results-import-rows = Les lignes du fichier
results-col-line = Ligne
results-col-post = Publication
results-col-numbers = Chiffres
results-import-by-link = (par lien)
results-import-proposed = (proposé)
results-import-no-item = Aucun contenu
# $count: the rows not shown.
results-import-more = Et { $count ->
        [one] { $count } autre ligne
       *[other] { $count } autres lignes
    }.
results-import-do = Importer
# $count: the posts whose numbers were imported.
results-import-done = Chiffres de { $count ->
        [one] { $count } publication
       *[other] { $count } publications
    } importés. Annuler avec Ctrl+Z.

## Pasting links to posts in bulk.

results-paste-title = Coller des liens vers les publications
results-paste-links-label = Liens, un par ligne
results-paste-links-hint = Copiés depuis la plateforme ou un tableur, avec la date et l’heure de publication sur la même ligne. Les liens de X et de LinkedIn n’ont pas besoin d’heure : leur identifiant la contient.
# $proposed: links proposed an item; $linked: links already linked to their item; $unmatched: links with no item.
results-paste-summary = { $proposed ->
        [one] { $proposed } proposé
       *[other] { $proposed } proposés
    }, { $linked ->
        [one] { $linked } déjà associé
       *[other] { $linked } déjà associés
    }, { $unmatched } sans contenu.
results-col-link = Lien
results-col-went-out = Publié le
results-paste-linked-already = (déjà associé)
results-paste-no-item = Aucun contenu publié à ce moment-là sur cette plateforme
results-paste-find = Trouver les contenus
# $count: the items ticked to be linked.
results-paste-submit = Associer { $count ->
        [one] { $count } contenu
       *[other] { $count } contenus
    }
# $count: the items linked.
results-paste-linked = { $count ->
        [one] { $count } contenu associé à sa publication.
       *[other] { $count } contenus associés à leurs publications.
    } Annuler avec Ctrl+Z.

## Noting an outcome or a lesson.

results-outcome-title = Noter un résultat ou un enseignement
results-outcome-kind = De quoi s’agit-il ?
results-outcome-kind-outcome = Un résultat : quelque chose de mesuré
results-outcome-kind-lesson = Un enseignement pour la prochaine fois
results-outcome-objective = Objectif
results-outcome-campaign = Campagne
results-outcome-day = Date
results-outcome-lesson = L’enseignement
results-outcome-what = Ce qui a été mesuré
results-outcome-value = Nombre
results-outcome-metric = Compte pour (indicateur)
results-outcome-metric-placeholder = messages reçus
results-outcome-source = Source
results-outcome-source-placeholder = Enquête auprès des habitants, n = 1 020
# $what: the outcome or lesson as noted.
results-outcome-noted = « { $what } » noté. Annuler avec Ctrl+Z.
