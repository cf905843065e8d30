## The date and time fields: typed part by part in the window's language's order, with a calendar beside a day.

# The button beside a day's field; read after the field's own label ("Starts, Open the calendar").
date-field-open-calendar = Open the calendar
# The parts of a date or time field, read with the field's label as each is reached.
date-field-day = day
date-field-month = month
date-field-year = year
date-field-hour = hour
date-field-minute = minutes
# The part of a 12-hour time that says morning or afternoon.
date-field-day-period = AM or PM
# Read for a part of the field not typed yet.
date-field-empty = empty
# The calendar's name; the month shown follows it ("Calendar, November 2026").
date-field-calendar = Calendar
date-field-previous-month = Previous month
date-field-next-month = Next month
