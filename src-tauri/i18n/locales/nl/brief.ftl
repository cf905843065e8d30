## Het briefingpakket voor partners: één A4-pagina voor de partners van een samenwerking, en dezelfde tekst als e-mail, in de taal van de planning.

# De titel in de eigenschappen van de pdf. $title: de samenwerking.
brief-document-title = Briefing: { $title }
# Boven de titel. $kind: de soort samenwerking ("Thread-estafette").
brief-kicker = Briefing voor partners · { $kind }
# Boven de titel, bij een samenwerking binnen een campagne. $kind: de soort; $campaign: de campagne.
brief-kicker-campaign = Briefing voor partners · { $kind } · { $campaign }
# Onder de titel. $organisation: wie de briefing stuurt.
brief-from = Van { $organisation }
# De kopjes van de pagina (in hoofdletters gedrukt).
brief-goes-live = Gaat live
brief-assets-due = Deadline materiaal
brief-approval-due = Deadline goedkeuring
brief-key-message = Kernboodschap
brief-hashtags = Hashtags
brief-assets = Materiaal
# "Lokale tijd": elke partner leest de tijden op de eigen klok.
brief-relay-order = Estafettevolgorde — lokale tijd
brief-partners = Partners — lokale tijd
# De kolommen van de partnertabel: volgorde in de estafette, partner, rol, livegang (of tijdslot) op hun eigen klok, contactpersoon.
brief-column-order = #
brief-column-partner = Partner
brief-column-role = Rol
brief-column-their-time = Gaat live (lokale tijd)
brief-column-contact = Contactpersoon
# De partners waarvoor geen plek meer is op de pagina. $count: hoeveel.
brief-more-partners = { $count ->
    [one] +{ $count } partner meer
   *[other] +{ $count } partners meer
}
# De livegang als die nog niet bekend is.
brief-not-set = nog niet vastgesteld
# De livegang op de klok van de planning. $date: de dag voluit; $time: het tijdstip; $zone: de tijdzone (Europe/Amsterdam); $offset: het verschil met UTC (UTC+01:00).
brief-go-live-at = { $date }, { $time } { $zone } ({ $offset })
# Livegang of tijdslot van een partner op de eigen klok. $date: de dag voluit; $time: het tijdstip; $zone: de tijdzone van de partner.
brief-their-time = { $date }, { $time } { $zone }
# De voettekst. $organisation: de afzender; $date: de dag van afdrukken, voluit.
brief-footer = { $organisation } · briefing voor partners · afgedrukt op { $date } · Almanac

## De briefing als e-mail: telkens één regel.

# $campaign: de campagne.
brief-email-campaign = Campagne: { $campaign }
# $when: de livegang, zoals op de pagina.
brief-email-goes-live = Gaat live: { $when }
# $date: de dag voluit.
brief-email-assets-due = Deadline materiaal: { $date }
# $date: de dag voluit.
brief-email-approval-due = Deadline goedkeuring: { $date }
# Gevolgd door de kernboodschap op de regels eronder.
brief-email-key-message = Kernboodschap:
# $hashtags: de hashtags, gescheiden door spaties.
brief-email-hashtags = Hashtags: { $hashtags }
# Gevolgd door het aan te leveren materiaal op de regels eronder.
brief-email-assets = Materiaal:
# Gevolgd door de partners in de volgorde van de estafette.
brief-email-relay-order = Estafettevolgorde (lokale tijd):
# Gevolgd door de partners.
brief-email-partners = Partners (lokale tijd):
# De regel van een partner. $partner: de partner; $time: livegang of tijdslot op hun klok.
brief-email-partner = { $partner } — { $time }
# Idem, met hun rol. $partner: de partner; $time: livegang of tijdslot; $role: wat ze doen.
brief-email-partner-role = { $partner } — { $time } ({ $role })
