## The date and time fields: typed part by part in the window's language's order, with a calendar beside a day.

# The button beside a day's field; read after the field's own label ("Starts, Open the calendar").
date-field-open-calendar = Kalender openen
# The parts of a date or time field, read with the field's label as each is reached.
date-field-day = dag
date-field-month = maand
date-field-year = jaar
date-field-hour = uur
date-field-minute = minuten
# The part of a 12-hour time that says morning or afternoon.
date-field-day-period = voor of na de middag
# Read for a part of the field not typed yet.
date-field-empty = leeg
# The calendar's name; the month shown follows it ("Calendar, November 2026").
date-field-calendar = Kalender
date-field-previous-month = Vorige maand
date-field-next-month = Volgende maand
