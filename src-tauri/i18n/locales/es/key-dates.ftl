## El catálogo integrado de fechas clave: días internacionales (con el nombre oficial de las Naciones Unidas y de la OMS), días de la policía y de las redes sociales, días, semanas y meses de concienciación. Se muestra en la línea temporal del año y se imprime en el plan anual.

key-date-international-day-of-education = Día Internacional de la Educación
key-date-holocaust-remembrance-day = Día Internacional de Conmemoración en Memoria de las Víctimas del Holocausto
key-date-data-protection-day = Día Europeo de la Protección de Datos
key-date-international-day-of-zero-tolerance-for-female-genital-mutilation = Día Internacional de Tolerancia Cero con la Mutilación Genital Femenina
# El nombre que usa INCIBE, centro español de la red Insafe («Safer Internet Day» en inglés).
key-date-safer-internet-day = Día de Internet Segura
key-date-international-womens-day = Día Internacional de la Mujer
key-date-world-autism-awareness-day = Día Mundial de Concienciación sobre el Autismo
key-date-world-health-day = Día Mundial de la Salud
key-date-international-mother-earth-day = Día Internacional de la Madre Tierra
key-date-world-press-freedom-day = Día Mundial de la Libertad de Prensa
key-date-international-day-of-families = Día Internacional de las Familias
key-date-world-environment-day = Día Mundial del Medio Ambiente
key-date-world-refugee-day = Día Mundial de los Refugiados
key-date-international-day-against-drug-abuse-and-illicit-trafficking = Día Internacional de la Lucha contra el Uso Indebido y el Tráfico Ilícito de Drogas
key-date-world-social-media-day = Día Mundial de las Redes Sociales
key-date-world-day-against-trafficking-in-persons = Día Mundial contra la Trata de Personas
key-date-international-youth-day = Día Internacional de la Juventud
key-date-international-day-of-police-cooperation = Día Internacional de la Cooperación Policial
key-date-world-suicide-prevention-day = Día Mundial para la Prevención del Suicidio
key-date-international-day-of-peace = Día Internacional de la Paz
key-date-international-day-of-sign-languages = Día Internacional de las Lenguas de Señas
key-date-cybersecurity-awareness-month = Mes de Concienciación sobre Ciberseguridad
key-date-international-day-of-older-persons = Día Internacional de las Personas de Edad
key-date-world-mental-health-day = Día Mundial de la Salud Mental
key-date-world-day-of-remembrance-for-road-traffic-victims = Día Mundial en Recuerdo de las Víctimas de los Accidentes de Tráfico
key-date-world-childrens-day = Día Mundial de la Infancia
key-date-international-day-for-the-elimination-of-violence-against-women = Día Internacional de la Eliminación de la Violencia contra la Mujer
key-date-international-day-of-persons-with-disabilities = Día Internacional de las Personas con Discapacidad
key-date-international-volunteer-day = Día Internacional de los Voluntarios
key-date-human-rights-day = Día de los Derechos Humanos
