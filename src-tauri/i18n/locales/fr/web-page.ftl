## La page web en lecture seule d’un mois, d’un trimestre ou de l’année, pour qui n’a pas Almanac, dans la langue du plan.

# Le titre de la page. $organisation : à qui est le plan ; $period : le mois, le trimestre ou l’année (« mai 2027 »).
web-page-title = { $organisation } — planning { $period }
# Sous le titre. $from, $to : premier et dernier jour ; $zone : le fuseau du plan ; $made : quand la page a été générée ; $count : ses contenus.
web-page-summary = Du { $from } au { $to } · heures du fuseau { $zone } · générée le { $made } · { $count ->
    [one] { $count } contenu
   *[other] { $count } contenus
}
web-page-campaigns = Campagnes
web-page-no-campaigns = Aucune campagne sur cette période.
# Les jours d’une campagne ou d’une date clé. $from, $to : premier et dernier jour.
web-page-range = Du { $from } au { $to }
web-page-key-dates = Dates clés
# Après une date clé qui est une période de silence.
web-page-blackout = (période de silence)
# Les dates clés d’une période qui n’en a pas.
web-page-no-key-dates = Aucune.
# Le nombre de contenus d’un jour. $count : combien.
web-page-day-count = { $count ->
    [one] { $count } contenu
   *[other] { $count } contenus
}
# Les contenus d’un jour au-delà des lignes affichées. $count : combien en plus.
web-page-more = +{ $count } de plus
