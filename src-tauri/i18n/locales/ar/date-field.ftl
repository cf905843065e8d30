## The date and time fields: typed part by part in the window's language's order, with a calendar beside a day.

# The button beside a day's field; read after the field's own label ("Starts, Open the calendar").
date-field-open-calendar = فتح التقويم
# The parts of a date or time field, read with the field's label as each is reached.
date-field-day = اليوم
date-field-month = الشهر
date-field-year = السنة
date-field-hour = الساعة
date-field-minute = الدقائق
# The part of a 12-hour time that says morning or afternoon.
date-field-day-period = صباحًا أو مساءً
# Read for a part of the field not typed yet.
date-field-empty = فارغ
# The calendar's name; the month shown follows it ("Calendar, November 2026").
date-field-calendar = التقويم
date-field-previous-month = الشهر السابق
date-field-next-month = الشهر التالي
