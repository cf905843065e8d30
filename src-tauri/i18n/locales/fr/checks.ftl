## Checks: the year's findings, the objectives' coverage map, coverage rules, and filling the gaps from the backlog.

checks-title = Vérifications
checks-year = Année
checks-previous-year = Année précédente
checks-next-year = Année suivante
# The year's summary. $count: the number of error findings.
checks-errors-count = { $count ->
    [one] { $count } erreur
   *[other] { $count } erreurs
}
# The year's summary. $count: the number of warning findings.
checks-warnings-count = { $count ->
    [one] { $count } avertissement
   *[other] { $count } avertissements
}
checks-fill-gaps = Combler les lacunes…
checks-loading = Vérification du plan…
# Ce qui corrigerait un constat, affiché après lui. $fix : la correction (de findings.ftl).
checks-finding-fix = { $fix }.

## The coverage map: objectives × months or weeks.

# $year: the year shown ("2027").
checks-coverage-title = Couverture { $year }
# The group of buttons choosing the map's columns.
checks-columns = Colonnes
checks-by-month = Par mois
checks-by-week = Par semaine
# A coverage score. $value: the percentage, with one decimal ("45.0").
checks-percent = { $value } %
# An objective without any coverage rule, where its score would be.
checks-no-rule = aucune règle
# After an objective's score. $count: its periods short of what its rules ask.
checks-short-periods = { $count ->
    [one] ({ $count } période insuffisante)
   *[other] ({ $count } périodes insuffisantes)
}
checks-add-rule = Ajouter une règle
checks-map-by-month = Couverture par objectif et par mois
checks-map-by-week = Couverture par objectif et par semaine
# Header of the map's first column.
checks-rule-column = Règle
checks-edit-rule = Modifier cette règle
# A cell of the map, read by screen readers and shown on hover. $objective: the objective's name; $rule: the rule as the plan words it ("At least 1 a day"); $column: the month or week ("Feb", "4 Jan"); $percent: the share planned, 0 to 100; $met, $required, $planned: numbers of items.
checks-cell-label = { $objective }, { $rule }, { $column } : { $percent } % ({ $met } sur { $required } requis, { $planned } planifiés)
# A cell where the rule asks for nothing. Arguments as in checks-cell-label.
checks-cell-label-none = { $objective }, { $rule }, { $column } : rien n’est requis
checks-no-coverage-rule = Aucune règle de couverture pour l’instant : ajoutez-en une à un objectif pour voir où le plan y contribue.
checks-selected-cell = Cellule sélectionnée
# Heading of the selected cell. $objective, $rule: as in checks-cell-label; $start, $end: the column's first and last day ("2027-02-01").
checks-detail-title = { $objective } : { $rule }, du { $start } au { $end }
# The selected cell's sums. $met: items counted towards what is required; $required: items required; $planned: items planned in all; $short: periods short; $periods: all its periods.
checks-detail-summary = { $met } sur { $required } requis planifiés ({ $planned ->
        [one] { $planned } élément
       *[other] { $planned } éléments
    } au total) ; { $short ->
        [one] { $short } période insuffisante
       *[other] { $short } périodes insuffisantes
    } sur { $periods }.
checks-gaps = Lacunes :
# A period short of items. $day: the day ("2027-02-03"); $missing: how many items are missing.
checks-gap-day = { $day } : { $missing ->
        [one] { $missing } manquant
       *[other] { $missing } manquants
    }
# A period short of items. $start, $end: its first and last day; $missing: how many items are missing.
checks-gap-range = du { $start } au { $end } : { $missing ->
        [one] { $missing } manquant
       *[other] { $missing } manquants
    }
checks-show-items = Afficher les éléments
checks-no-items = Aucun élément ne compte ici.

## Filling the gaps from the backlog.

checks-fill-title = Combler les lacunes de couverture
# $count: the backlog items proposed.
checks-fill-intro = { $count ->
    [one] { $count } élément en réserve peut
   *[other] { $count } éléments en réserve peuvent
} combler les lacunes à venir, chacun dans le respect des périodes de silence, des limites et des écarts minimaux des canaux, et des congés de leurs responsables.
# Follows checks-fill-intro. $count: the gaps nothing fills.
checks-fill-open-gaps = { $count ->
    [one] { $count } lacune reste ouverte : rien en réserve ne lui convient.
   *[other] { $count } lacunes restent ouvertes : rien en réserve ne leur convient.
}
checks-fill-placements = Placements proposés, zone défilante
checks-fill-when = Quand
checks-fill-item = Élément
checks-fill-channel = Canal
# Header of the column naming the objective each placement serves.
checks-fill-fills = Comble
# An evergreen item that takes on the objective whose gap it fills. $objective: its name.
checks-fill-adds-objective = { $objective } (contenu intemporel, reçoit l’objectif)
checks-fill-nothing = Rien en réserve ne convient aux lacunes à venir.
checks-fill-discard = Abandonner
checks-fill-preview = Aperçu dans le calendrier
checks-fill-apply = Appliquer
# Status line. $count: the items scheduled.
checks-filled = { $count ->
    [one] Lacunes de couverture comblées avec { $count } élément. Ctrl+Z pour annuler.
   *[other] Lacunes de couverture comblées avec { $count } éléments. Ctrl+Z pour annuler.
}

## The findings: the list, its filters, and the findings a move created.

checks-findings = Constats
checks-filter-findings = Filtrer les constats
# Filter headings, each followed by a count.
checks-severity-errors = Erreurs
checks-severity-warnings = Avertissements
checks-severity-notes = Remarques
# The severity tag on one finding.
checks-severity-error = erreur
checks-severity-warning = avertissement
checks-severity-info = info
checks-kind = Type
checks-all-kinds = Tous les types
checks-kind-in-blackout = Pendant une période de silence
checks-kind-over-daily-limit = Au-delà de la limite quotidienne d’un canal
checks-kind-under-min-gap = Plus rapproché que l’écart minimal d’un canal
checks-kind-over-capacity = Responsable au-delà de sa capacité hebdomadaire
checks-kind-owner-on-leave = Responsable en congé
checks-kind-outside-campaign = En dehors de sa campagne
checks-kind-approved-without-date = Validé sans date
checks-kind-past-not-published = Passé et non publié
# The language versions of one item are scheduled too far apart.
checks-kind-translations-apart = Versions linguistiques trop éloignées
checks-kind-partners-not-confirmed = Partenaires non confirmés
checks-kind-assets-due-after-go-live = Éléments attendus après la mise en ligne
# A relay: partners reposting one item in turn.
checks-kind-declined-partner-in-relay = Partenaire désisté dans un relais
checks-kind-collaboration-item-in-blackout = Élément de collaboration pendant une période de silence
checks-kind-back-to-review = Retour en validation
checks-kind-copy-over-limit = Texte au-delà de la limite de son réseau
checks-open-item = Ouvrir l’élément
checks-no-findings-match = Aucun constat ne correspond au filtre.
checks-no-findings-clean = Aucun constat : le plan est conforme.
# $limit: how many findings are listed; $count: how many match the filter.
checks-showing-first = Affichage des { $limit } premiers sur { $count } ; filtrez pour voir la suite.
# Above the findings a drag or "Move to…" created. $count: how many.
checks-move-created = { $count ->
    [one] Ce déplacement a créé { $count } constat :
   *[other] Ce déplacement a créé { $count } constats :
}
checks-move-undo = Annuler le déplacement (Ctrl+Z)
checks-move-keep = Conserver

## A coverage rule: at least N items per day, week or month, on a channel or any.

checks-rule-saved = Règle de couverture enregistrée.
checks-rule-deleted = Règle de couverture supprimée. Ctrl+Z pour annuler.
checks-rule-edit-title = Modifier la règle de couverture
checks-rule-new-title = Nouvelle règle de couverture
checks-rule-objective = Objectif
# The rule reads as a sentence from its fields: "At least [1] Per [day] On [any channel]".
checks-rule-at-least = Au moins
checks-rule-per = Par
checks-rule-day = jour
checks-rule-week = semaine
checks-rule-month = mois
checks-rule-on = Sur
checks-rule-any-channel = n’importe quel canal
checks-rule-weekdays-only = Jours ouvrés uniquement (du lundi au vendredi)
checks-rule-delete = Supprimer la règle

## A coverage rule as people read it, in the coverage map, the checks and the command line.

# $count: the items needed; $period: day, week or month; $channel: the channel's name (or coverage-rule-any-channel); $weekdays: yes when only weekdays count, else no.
coverage-rule = Au moins { $count } { $period ->
        [day] par jour
        [week] par semaine
       *[month] par mois
    } sur { $channel }{ $weekdays ->
        [yes] , jours ouvrés
       *[no] {""}
    }
# A rule for every channel.
coverage-rule-any-channel = n’importe quel canal
# A rule whose channel was removed from the plan.
coverage-rule-removed-channel = un canal supprimé
