## El plan anual en una página (PDF), impreso en el idioma del plan, lo exporte quien lo exporte.

# El título cuando el plan del año no tiene uno.
annual-plan-title = Plan anual
# Bajo el título. $organisation: la organización; $year: el año; $group: cómo se agrupan las campañas.
annual-plan-subtitle = { $organisation } · Plan anual { $year } · campañas agrupadas por { $group ->
    [channel] canal
    [brand] marca
   *[objective] objetivo
}
# Bajo el título, sin nombre de organización. $year: el año; $group: la agrupación.
annual-plan-subtitle-unnamed = Plan anual { $year } · campañas agrupadas por { $group ->
    [channel] canal
    [brand] marca
   *[objective] objetivo
}
annual-plan-core-messages = Mensajes clave
annual-plan-priorities = Prioridades
annual-plan-flagship-projects = Proyectos emblemáticos
# $count: lo que no cabe en la página.
annual-plan-more = +{ $count } más
# $count: las campañas sin sitio; $names: sus nombres.
annual-plan-more-campaigns = { $count ->
    [one] +{ $count } campaña más: { $names }
   *[other] +{ $count } campañas más: { $names }
}
# $name: el periodo; $level: lo que prohíbe.
annual-plan-blackout = { $name } ({ $level ->
    [noPosting] sin publicaciones
    [noNewCampaigns] sin campañas nuevas
   *[restricted] restringido
})
annual-plan-no-campaigns = Ninguna campaña en { $year }.
annual-plan-footer = { $organisation } · Plan anual { $year }
annual-plan-footer-unnamed = Plan anual { $year }
annual-plan-printed = Impreso el { $date } · Almanac
