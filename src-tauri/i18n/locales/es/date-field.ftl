## The date and time fields: typed part by part in the window's language's order, with a calendar beside a day.

# The button beside a day's field; read after the field's own label ("Starts, Open the calendar").
date-field-open-calendar = Abrir el calendario
# The parts of a date or time field, read with the field's label as each is reached.
date-field-day = día
date-field-month = mes
date-field-year = año
date-field-hour = hora
date-field-minute = minutos
# The part of a 12-hour time that says morning or afternoon.
date-field-day-period = a. m. o p. m.
# Read for a part of the field not typed yet.
date-field-empty = vacío
# The calendar's name; the month shown follows it ("Calendar, November 2026").
date-field-calendar = Calendario
date-field-previous-month = Mes anterior
date-field-next-month = Mes siguiente
