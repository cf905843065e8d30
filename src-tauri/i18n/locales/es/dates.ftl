## Formato de fecha de las exportaciones (strftime: %-d día, %B mes, %Y año).

date-long = %-d de %B de %Y
# Un mes sobre su columna: abreviado (%b).
date-month-column = %b
# Una hora (%H horas 00–23, %M minutos).
date-time = %H:%M
# Un día y una hora. $date: el día completo; $time: la hora.
date-at-time = { $date }, { $time }
# Un mes de un año, como encabezado («mayo de 2027»).
date-month-year = %B de %Y
# El nombre corto de un día de la semana, sobre una columna del calendario (%a).
date-weekday-short = %a
# Un día cercano a hoy, abreviado, con el día de la semana («vie 7 may»).
date-day-short = %a %-d %b
# Un trimestre. $quarter: 1 a 4; $year: el año.
date-quarter = T{ $quarter } { $year }

## Formato de los números de las exportaciones: el separador de miles (12.345) y el decimal (12,5).

number-group-separator = { "." }
number-decimal-separator = { "," }
