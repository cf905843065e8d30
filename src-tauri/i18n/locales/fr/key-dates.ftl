## Le catalogue intégré des dates clés : journées internationales (sous le nom que leur donnent l’ONU et l’OMS), journées de la police et des réseaux sociaux, journées, semaines et mois de sensibilisation. Affiché sur la frise de l’année et imprimé sur le plan annuel.

key-date-international-day-of-education = Journée internationale de l’éducation
key-date-holocaust-remembrance-day = Journée internationale dédiée à la mémoire des victimes de l’Holocauste
key-date-data-protection-day = Journée de la protection des données
key-date-international-day-of-zero-tolerance-for-female-genital-mutilation = Journée internationale de tolérance zéro à l’égard des mutilations génitales féminines
# Le nom que lui donne l’Union européenne en français (« Safer Internet Day » en anglais).
key-date-safer-internet-day = Journée pour un internet plus sûr
key-date-international-womens-day = Journée internationale des femmes
key-date-world-autism-awareness-day = Journée mondiale de la sensibilisation à l’autisme
key-date-world-health-day = Journée mondiale de la santé
key-date-international-mother-earth-day = Journée internationale de la Terre nourricière
key-date-world-press-freedom-day = Journée mondiale de la liberté de la presse
key-date-international-day-of-families = Journée internationale des familles
key-date-world-environment-day = Journée mondiale de l’environnement
key-date-world-refugee-day = Journée mondiale des réfugiés
key-date-international-day-against-drug-abuse-and-illicit-trafficking = Journée internationale contre l’abus et le trafic de drogues
key-date-world-social-media-day = Journée mondiale des réseaux sociaux
key-date-world-day-against-trafficking-in-persons = Journée mondiale de la lutte contre la traite d’êtres humains
key-date-international-youth-day = Journée internationale de la jeunesse
key-date-international-day-of-police-cooperation = Journée internationale de la coopération policière
key-date-world-suicide-prevention-day = Journée mondiale de la prévention du suicide
key-date-international-day-of-peace = Journée internationale de la paix
key-date-international-day-of-sign-languages = Journée internationale des langues des signes
key-date-cybersecurity-awareness-month = Mois de la sensibilisation à la cybersécurité
key-date-international-day-of-older-persons = Journée internationale des personnes âgées
key-date-world-mental-health-day = Journée mondiale de la santé mentale
key-date-world-day-of-remembrance-for-road-traffic-victims = Journée mondiale du souvenir des victimes de la route
key-date-world-childrens-day = Journée mondiale de l’enfance
key-date-international-day-for-the-elimination-of-violence-against-women = Journée internationale pour l’élimination de la violence à l’égard des femmes
key-date-international-day-of-persons-with-disabilities = Journée internationale des personnes handicapées
key-date-international-volunteer-day = Journée internationale des volontaires
key-date-human-rights-day = Journée des droits de l’homme
