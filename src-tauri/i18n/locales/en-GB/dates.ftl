## How the exports write dates: strftime patterns, read with the month and day names of the plan's locale (%-d the day of the month, %B the month's name, %Y the year). Keep the % codes; put them in the language's order.

date-long = %-d %B %Y
# A month over its column of the timeline: short (%b), or in full (%B) where the language does not shorten month names.
date-month-column = %b
# A time of day (%H hours 00–23, %M minutes; %-I hours 1–12 and %p AM/PM where the language counts twelve).
date-time = %H:%M
# A day and a time of day. $date: the day in full; $time: the time of day.
date-at-time = { $date }, { $time }
# A month of a year, as a heading ("May 2027").
date-month-year = %B %Y
# A day's short weekday name, over a calendar's column (%a).
date-weekday-short = %a
# A day near today, short, with its weekday ("Fri 7 May").
date-day-short = %a %-d %b
# A quarter of a year. $quarter: 1 to 4; $year: the year.
date-quarter = Q{ $quarter } { $year }

## How the exports write numbers: the mark between groups of three digits (12,345) and before the decimals (12.5).

number-group-separator = { "," }
number-decimal-separator = { "." }
