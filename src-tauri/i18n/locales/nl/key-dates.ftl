## De ingebouwde lijst met belangrijke data: internationale dagen (onder de namen die in Nederland en België gangbaar zijn), politie- en socialemediadagen, themadagen, -weken en -maanden. Getoond op de tijdlijn van het jaar en afgedrukt op het jaarplan.

key-date-international-day-of-education = Internationale Dag van het Onderwijs
key-date-holocaust-remembrance-day = Internationale Holocaustherdenkingsdag
key-date-data-protection-day = Europese Dag van de Privacy
key-date-international-day-of-zero-tolerance-for-female-genital-mutilation = Internationale Dag tegen Vrouwelijke Genitale Verminking
# Nederlandse en Belgische teams (Child Focus, Mediawijs, politie) gebruiken de Engelse naam.
key-date-safer-internet-day = Safer Internet Day
key-date-international-womens-day = Internationale Vrouwendag
key-date-world-autism-awareness-day = Wereldautismedag
key-date-world-health-day = Wereldgezondheidsdag
key-date-international-mother-earth-day = Dag van de Aarde
key-date-world-press-freedom-day = Werelddag van de Persvrijheid
key-date-international-day-of-families = Internationale Dag van het Gezin
key-date-world-environment-day = Wereldmilieudag
key-date-world-refugee-day = Wereldvluchtelingendag
key-date-international-day-against-drug-abuse-and-illicit-trafficking = Internationale Dag tegen Drugsmisbruik en Illegale Drugshandel
# Een dag van Mashable; Nederlandstalige teams gebruiken de Engelse naam.
key-date-world-social-media-day = World Social Media Day
key-date-world-day-against-trafficking-in-persons = Werelddag tegen Mensenhandel
key-date-international-youth-day = Internationale Dag van de Jeugd
key-date-international-day-of-police-cooperation = Internationale Dag van de Politiesamenwerking
key-date-world-suicide-prevention-day = Werelddag voor Suïcidepreventie
key-date-international-day-of-peace = Internationale Dag van de Vrede
key-date-international-day-of-sign-languages = Internationale Dag van de Gebarentalen
key-date-cybersecurity-awareness-month = Cybersecuritymaand
key-date-international-day-of-older-persons = Internationale Dag van de Ouderen
key-date-world-mental-health-day = Werelddag van de Geestelijke Gezondheid
key-date-world-day-of-remembrance-for-road-traffic-victims = Wereldherdenkingsdag voor Verkeersslachtoffers
key-date-world-childrens-day = Internationale Dag van de Rechten van het Kind
key-date-international-day-for-the-elimination-of-violence-against-women = Internationale Dag tegen Geweld tegen Vrouwen
key-date-international-day-of-persons-with-disabilities = Internationale Dag van Mensen met een Beperking
key-date-international-volunteer-day = Internationale Dag van de Vrijwilliger
key-date-human-rights-day = Dag van de Mensenrechten
