## Le plan annuel sur une page (PDF), imprimé dans la langue du plan, quel que soit l’ordinateur qui l’exporte.

# Le titre quand le plan de l’année n’en a pas.
annual-plan-title = Plan annuel
# Sous le titre. $organisation : l’organisation ; $year : l’année ; $group : ce par quoi les campagnes sont regroupées.
annual-plan-subtitle = { $organisation } · Plan annuel { $year } · campagnes regroupées par { $group ->
    [channel] canal
    [brand] marque
   *[objective] objectif
}
# Sous le titre, sans nom d’organisation. $year : l’année ; $group : le regroupement.
annual-plan-subtitle-unnamed = Plan annuel { $year } · campagnes regroupées par { $group ->
    [channel] canal
    [brand] marque
   *[objective] objectif
}
annual-plan-core-messages = Messages clés
annual-plan-priorities = Priorités
annual-plan-flagship-projects = Projets phares
# $count : ce qui ne tient pas sur la page.
annual-plan-more = +{ $count } de plus
# $count : les campagnes sans place ; $names : leurs noms.
annual-plan-more-campaigns = { $count ->
    [one] +{ $count } autre campagne : { $names }
   *[other] +{ $count } autres campagnes : { $names }
}
# $name : la période ; $level : ce qu’elle interdit.
annual-plan-blackout = { $name } ({ $level ->
    [noPosting] aucune publication
    [noNewCampaigns] aucune nouvelle campagne
   *[restricted] restreint
})
annual-plan-no-campaigns = Aucune campagne en { $year }.
annual-plan-footer = { $organisation } · Plan annuel { $year }
annual-plan-footer-unnamed = Plan annuel { $year }
annual-plan-printed = Imprimé le { $date } · Almanac
