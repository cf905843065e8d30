## Het jaarplan op één pagina (pdf), gedrukt in de taal van de planning, wie het ook exporteert.

# De titel als het jaarplan er geen heeft.
annual-plan-title = Jaarplan
# Onder de titel. $organisation: de organisatie; $year: het jaar; $group: waarop de banen met campagnes zijn gegroepeerd.
annual-plan-subtitle = { $organisation } · Jaarplan { $year } · campagnes gegroepeerd per { $group ->
    [channel] kanaal
    [brand] merk
   *[objective] doelstelling
}
# Onder de titel, zonder organisatienaam. $year: het jaar; $group: waarop de banen zijn gegroepeerd.
annual-plan-subtitle-unnamed = Jaarplan { $year } · campagnes gegroepeerd per { $group ->
    [channel] kanaal
    [brand] merk
   *[objective] doelstelling
}
annual-plan-core-messages = Kernboodschappen
annual-plan-priorities = Prioriteiten
annual-plan-flagship-projects = Speerpunten
# $count: wat niet op de pagina past.
annual-plan-more = +{ $count } meer
# $count: hoeveel campagnes geen plek kregen; $names: hun namen.
annual-plan-more-campaigns = { $count ->
    [one] +{ $count } campagne meer: { $names }
   *[other] +{ $count } campagnes meer: { $names }
}
# $name: de periode; $level: wat er niet mag.
annual-plan-blackout = { $name } ({ $level ->
    [noPosting] niets publiceren
    [noNewCampaigns] geen nieuwe campagnes
   *[restricted] beperkt
})
annual-plan-no-campaigns = Geen campagnes in { $year }.
annual-plan-footer = { $organisation } · Jaarplan { $year }
annual-plan-footer-unnamed = Jaarplan { $year }
annual-plan-printed = Afgedrukt op { $date } · Almanac
