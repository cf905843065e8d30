## Le dossier de briefing pour les partenaires : une page A4 pour les partenaires d’une collaboration, et le même texte pour un courriel, dans la langue du plan.

# Le titre dans les propriétés du PDF. $title : la collaboration.
brief-document-title = Brief : { $title }
# Au-dessus du titre. $kind : le type de collaboration (« Fil en relais »).
brief-kicker = Brief partenaires · { $kind }
# Au-dessus du titre d’une collaboration rattachée à une campagne. $kind : son type ; $campaign : la campagne.
brief-kicker-campaign = Brief partenaires · { $kind } · { $campaign }
# Sous le titre. $organisation : l’expéditeur du brief.
brief-from = De la part de { $organisation }
# Les intertitres de la page (imprimés en capitales).
brief-goes-live = Mise en ligne
brief-assets-due = Remise des éléments
brief-approval-due = Échéance de validation
brief-key-message = Message clé
brief-hashtags = Hashtags
brief-assets = Éléments à fournir
# « Heure locale » : chaque partenaire lit les heures à sa propre horloge.
brief-relay-order = Ordre du relais — heure locale
brief-partners = Partenaires — heure locale
# Les colonnes du tableau des partenaires : ordre dans le relais, partenaire, rôle, mise en ligne (ou créneau) à leur heure locale, contact.
brief-column-order = N°
brief-column-partner = Partenaire
brief-column-role = Rôle
brief-column-their-time = Mise en ligne, heure locale
brief-column-contact = Contact
# Les partenaires qui ne tiennent pas sur la page. $count : combien.
brief-more-partners = { $count ->
    [one] +{ $count } autre partenaire
   *[other] +{ $count } autres partenaires
}
# La mise en ligne quand elle n’est pas encore fixée.
brief-not-set = pas encore fixée
# La mise en ligne à l’heure du plan. $date : le jour en toutes lettres ; $time : l’heure ; $zone : le fuseau du plan (Europe/Paris) ; $offset : son décalage avec UTC (UTC+01:00).
brief-go-live-at = { $date } à { $time } { $zone } ({ $offset })
# La mise en ligne ou le créneau d’un partenaire à son heure locale. $date : le jour ; $time : l’heure ; $zone : le fuseau du partenaire.
brief-their-time = { $date } à { $time } { $zone }
# Le pied de page. $organisation : l’expéditeur ; $date : le jour de l’impression.
brief-footer = { $organisation } · brief pour les partenaires · imprimé le { $date } · Almanac

## Le brief en courriel : une ligne chacun.

# $campaign : la campagne.
brief-email-campaign = Campagne : { $campaign }
# $when : la mise en ligne, comme sur la page.
brief-email-goes-live = Mise en ligne : { $when }
# $date : le jour en toutes lettres.
brief-email-assets-due = Remise des éléments : { $date }
# $date : le jour en toutes lettres.
brief-email-approval-due = Échéance de validation : { $date }
# Suivi du message clé sur les lignes suivantes.
brief-email-key-message = Message clé :
# $hashtags : les hashtags, séparés par des espaces.
brief-email-hashtags = Hashtags : { $hashtags }
# Suivi des éléments à fournir sur les lignes suivantes.
brief-email-assets = Éléments à fournir :
# Suivi des partenaires dans l’ordre du relais.
brief-email-relay-order = Ordre du relais (heure locale) :
# Suivi des partenaires.
brief-email-partners = Partenaires (heure locale) :
# La ligne d’un partenaire. $partner : le partenaire ; $time : sa mise en ligne ou son créneau à son heure.
brief-email-partner = { $partner } — { $time }
# Idem, avec son rôle. $partner : le partenaire ; $time : sa mise en ligne ou son créneau ; $role : ce qu’il fait.
brief-email-partner-role = { $partner } — { $time } ({ $role })
