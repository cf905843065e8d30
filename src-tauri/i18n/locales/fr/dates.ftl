## Format des dates des exports (strftime : %-d jour, %B mois, %Y année).

date-long = %-d %B %Y
# Un mois au-dessus de sa colonne : abrégé (%b).
date-month-column = %b
# Une heure (%H heures 00–23, %M minutes).
date-time = %H:%M
# Un jour et une heure. $date : le jour en toutes lettres ; $time : l’heure.
date-at-time = { $date } à { $time }
# Un mois d’une année, en titre (« mai 2027 »).
date-month-year = %B %Y
# Le nom court d’un jour de la semaine, en tête de colonne d’un calendrier (%a).
date-weekday-short = %a
# Un jour proche d’aujourd’hui, abrégé, avec le jour de la semaine (« ven. 7 mai »).
date-day-short = %a %-d %b
# Un trimestre. $quarter : 1 à 4 ; $year : l’année.
date-quarter = T{ $quarter } { $year }

## Format des nombres des exports : le séparateur des milliers (12 345, espace fine insécable) et le séparateur décimal (12,5).

number-group-separator = { " " }
number-decimal-separator = { "," }
