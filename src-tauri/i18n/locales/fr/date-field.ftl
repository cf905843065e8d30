## The date and time fields: typed part by part in the window's language's order, with a calendar beside a day.

# The button beside a day's field; read after the field's own label ("Starts, Open the calendar").
date-field-open-calendar = Ouvrir le calendrier
# The parts of a date or time field, read with the field's label as each is reached.
date-field-day = jour
date-field-month = mois
date-field-year = année
date-field-hour = heure
date-field-minute = minutes
# The part of a 12-hour time that says morning or afternoon.
date-field-day-period = matin ou après-midi
# Read for a part of the field not typed yet.
date-field-empty = vide
# The calendar's name; the month shown follows it ("Calendar, November 2026").
date-field-calendar = Calendrier
date-field-previous-month = Mois précédent
date-field-next-month = Mois suivant
