## La página web de solo lectura de un mes, un trimestre o el año, para quien no tiene Almanac, en el idioma del plan.

# El título de la página. $organisation: de quién es el plan; $period: el mes, el trimestre o el año («mayo de 2027»).
web-page-title = { $organisation } — plan de { $period }
# Bajo el título. $from, $to: el primer y el último día; $zone: el huso horario del plan; $made: cuándo se generó la página; $count: los contenidos que incluye.
web-page-summary = Del { $from } al { $to } · horas según { $zone } · generada el { $made } · { $count ->
    [one] { $count } contenido
   *[other] { $count } contenidos
}
web-page-campaigns = Campañas
web-page-no-campaigns = No hay ninguna campaña en curso en este periodo.
# Los días de una campaña o una fecha clave. $from, $to: el primer y el último día.
web-page-range = Del { $from } al { $to }
web-page-key-dates = Fechas clave
# Tras una fecha clave que es un periodo de silencio.
web-page-blackout = (periodo de silencio)
# Las fechas clave de un periodo que no tiene ninguna.
web-page-no-key-dates = Ninguna.
# Los contenidos de un día. $count: cuántos.
web-page-day-count = { $count ->
    [one] { $count } contenido
   *[other] { $count } contenidos
}
# Los contenidos de un día que no caben en sus líneas. $count: cuántos más.
web-page-more = +{ $count } más
