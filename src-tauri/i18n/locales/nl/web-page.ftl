## De alleen-lezen webpagina van een maand, een kwartaal of het jaar, voor wie geen Almanac heeft, in de taal van de planning.

# De titel van de pagina. $organisation: van wie het plan is; $period: de maand, het kwartaal of het jaar ("mei 2027").
web-page-title = { $organisation } — planning voor { $period }
# Onder de titel. $from, $to: eerste en laatste dag, voluit; $zone: de tijdzone van de planning; $made: wanneer de pagina is gemaakt; $count: het aantal items erop.
web-page-summary = { $from } t/m { $to } · tijden in { $zone } · gemaakt op { $made } · { $count ->
    [one] { $count } item
   *[other] { $count } items
}
web-page-campaigns = Campagnes
web-page-no-campaigns = Er loopt geen campagne in deze periode.
# De dagen van een campagne of belangrijke datum. $from, $to: eerste en laatste dag, voluit.
web-page-range = { $from } t/m { $to }
web-page-key-dates = Belangrijke data
# Na een belangrijke datum die een stilteperiode is.
web-page-blackout = (stilteperiode)
# De belangrijke data van een periode zonder belangrijke data.
web-page-no-key-dates = Geen.
# Het aantal items van een dag. $count: hoeveel.
web-page-day-count = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
# De items van een dag die niet meer passen. $count: hoeveel nog.
web-page-more = +{ $count } meer
