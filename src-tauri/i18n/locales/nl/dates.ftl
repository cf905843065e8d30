## Datumnotatie van de exports (strftime: %-d dag, %B maand, %Y jaar).

date-long = %-d %B %Y
# Een maand boven haar kolom op de tijdlijn: kort (%b).
date-month-column = %b
# Een tijdstip (%H uur 00–23, %M minuten).
date-time = %H:%M
# Een dag en een tijdstip. $date: de dag voluit; $time: het tijdstip.
date-at-time = { $date } om { $time }
# Een maand van een jaar, als kop ("mei 2027").
date-month-year = %B %Y
# De korte naam van een weekdag, boven een kolom van de kalender (%a).
date-weekday-short = %a
# Een dag dicht bij vandaag, kort, met de weekdag ("vr 7 mei").
date-day-short = %a %-d %b
# Een kwartaal. $quarter: 1 tot 4; $year: het jaar.
date-quarter = K{ $quarter } { $year }

## Getalnotatie van de exports: het teken tussen groepen van drie cijfers (12.345) en voor de decimalen (12,5).

number-group-separator = { "." }
number-decimal-separator = { "," }
