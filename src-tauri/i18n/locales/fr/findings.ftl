## Les constats des vérifications : ce qui ne va pas dans le plan, et ce qui y remédierait. Chaque message
## et chaque correction tient en une seule proposition sans point final : la fenêtre l’ajoute là où elle les affiche.
## $title : le titre d’un contenu ou d’une collaboration, coupé à 40 caractères (avec « … »). Un $day, $start,
## $end, $due, $live ou $week est un jour, déjà écrit comme la langue écrit les jours.

finding-approved-without-date = « { $title } » est validé mais n’a pas de date
fix-approved-without-date = Donnez-lui une date, ou repassez-le en brouillon

finding-past-not-published = « { $title } » était prévu le { $day } et n’a jamais été publié
fix-past-not-published = Marquez-le comme publié, reprogrammez-le ou annulez-le

# $problem : ce que le réseau refuse (copy-too-long ou copy-too-many-hashtags).
finding-copy-over-limit = « { $title } » : { $problem }
fix-copy-over-limit = Raccourcissez le texte dans la fenêtre du contenu, qui compte comme le réseau
# $network : le nom du réseau (« X », « Instagram ») ; $length : la longueur du texte telle que le réseau la compte ; $limit : le maximum qu’il accepte.
copy-too-long = { $network } compte { $length ->
        [one] { $length } caractère
       *[other] { $length } caractères
    } dans le texte ; il en accepte { $limit }
# $hashtags : les hashtags du texte ; $network : le nom du réseau ; $most : le maximum qu’il accepte.
copy-too-many-hashtags = le texte contient { $hashtags ->
        [one] { $hashtags } hashtag
       *[other] { $hashtags } hashtags
    } ; { $network } en accepte { $most } au maximum

# $period : le nom de la date clé (« Élections municipales ») ; $level : le niveau de la période de silence.
finding-in-blackout = « { $title } » est prévu le { $day }, pendant la période { $period } ({ $level ->
        [no-posting] aucune publication autorisée
        [restricted] seuls les contenus autorisés peuvent être publiés
       *[no-new-campaigns] aucune nouvelle campagne ne peut démarrer
    })
fix-in-blackout = Déplacez-le hors de la période de silence

# $campaign : le nom de la campagne ; $start et $end : son premier et son dernier jour.
finding-outside-campaign = « { $title } » est prévu le { $day }, en dehors de sa campagne « { $campaign } » (du { $start } au { $end })
fix-outside-campaign = Déplacez-le dans la période de la campagne, ou élargissez cette période

# $member : le nom du responsable ; $start et $end : le premier et le dernier jour de son congé.
finding-owner-on-leave = « { $title } » est prévu le { $day }, alors que { $member } est en congé (du { $start } au { $end })
fix-owner-on-leave = Confiez-le à quelqu’un d’autre, ou déplacez-le

# $channel : le nom du canal ; $count : ses contenus ce jour-là ; $max : le maximum qu’il autorise par jour.
finding-over-daily-limit = { $channel } compte { $count ->
        [one] { $count } contenu
       *[other] { $count } contenus
    } le { $day } ; il en autorise { $max } par jour
fix-over-daily-limit = Déplacez-en quelques-uns vers un jour plus calme

# $first et $second : les titres des deux contenus ; $channel : leur canal ; $apart : les minutes qui les séparent ; $gap : les minutes qu’exige le canal.
finding-under-min-gap = « { $first } » et « { $second } » sur { $channel } ne sont espacés que de { $apart ->
        [one] { $apart } minute
       *[other] { $apart } minutes
    } ; il en faut { $gap }
fix-under-min-gap = Espacez-les davantage

# $member : le nom du responsable ; $count : ses contenus cette semaine-là ; $week : le premier jour de la semaine ; $capacity : le nombre de contenus par semaine qu’il peut prendre en charge.
finding-over-capacity = { $member } a { $count ->
        [one] { $count } contenu
       *[other] { $count } contenus
    } la semaine du { $week } ; sa capacité est de { $capacity }
fix-over-capacity = Confiez une partie des contenus de la semaine à quelqu’un d’autre

# $versions : chaque version (finding-version-on ou finding-version-unscheduled), séparées par list-separator.
finding-translations-apart = Les versions linguistiques de « { $title } » ne sont pas programmées ensemble : { $versions }
# Une version linguistique. $language : son code de langue (« nl »), ou « ? » s’il n’en a pas.
finding-version-on = { $language } le { $day }
finding-version-unscheduled = { $language } non programmée
fix-translations-apart = Programmez toutes les versions le même jour

finding-back-to-review = « { $title } » était validé : cette modification le renvoie en validation
fix-back-to-review = Demandez à un valideur de le valider à nouveau

## Les constats d’une collaboration. $title : le titre de la collaboration.

# $waiting : les partenaires qui n’ont pas confirmé ; $total : tous ses partenaires ; $names : qui ils sont (finding-names ou finding-names-more).
finding-partners-not-confirmed-live = La mise en ligne de « { $title } » a eu lieu et { $waiting ->
        [one] { $waiting } partenaire sur { $total } n’a pas confirmé
       *[other] { $waiting } partenaires sur { $total } n’ont pas confirmé
    } : { $names }
# $days : les jours restant avant la mise en ligne. Les autres arguments comme dans finding-partners-not-confirmed-live.
finding-partners-not-confirmed-soon = La mise en ligne de « { $title } » a lieu dans { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    } et { $waiting ->
        [one] { $waiting } partenaire sur { $total } n’a pas confirmé
       *[other] { $waiting } partenaires sur { $total } n’ont pas confirmé
    } : { $names }
# $names : jusqu’à trois noms, séparés par list-separator.
finding-names = { $names }
# $names : les trois premiers noms, séparés par list-separator ; $more : combien d’autres.
finding-names-more = { $names } et { $more ->
        [one] { $more } autre
       *[other] { $more } autres
    }
# Un partenaire retiré entre-temps de l’annuaire des partenaires, là où figurerait son nom.
finding-removed-partner = un partenaire supprimé
fix-partners-not-confirmed = Relancez-les, indiquez qu’ils ont décliné, ou déplacez la mise en ligne

# $due : le jour de remise des éléments ; $live : le jour de la mise en ligne.
finding-assets-after-go-live = « { $title } » : les éléments sont attendus le { $due }, après la mise en ligne du { $live }
fix-assets-after-go-live = Avancez la remise des éléments avant la mise en ligne

# $partner : le nom du partenaire.
finding-declined-in-relay = « { $title } » : { $partner } a décliné mais occupe toujours un créneau du relais
fix-declined-in-relay = Attribuez le créneau à un autre partenaire ou libérez-le

# $item : le titre du contenu ; $period : le nom de la date clé.
finding-collaboration-item-in-blackout = « { $title } » : « { $item } » est programmé le { $day }, pendant la période { $period }
fix-collaboration-item-in-blackout = Déplacez le contenu hors de la période de silence

## Pourquoi l’import en masse d’un outil de publication refuserait un contenu, après son titre.

handoff-no-time = n’a pas d’heure : l’outil programme chaque message à une heure précise
handoff-no-copy = n’a pas de texte à publier
# $minutes : combien de temps à l’avance les outils doivent recevoir un message.
handoff-too-soon = est prévu dans moins de { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }, ou déjà passé
handoff-hootsuite-minute-marks = Hootsuite ne programme que sur des multiples de 5 minutes (:00, :05, …)
handoff-hootsuite-duplicate = Hootsuite refuse un message identique à un autre
# $minutes : l’écart minimal qu’exige Sprout entre deux messages.
handoff-sprout-gap = Sprout exige au moins { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    } entre deux messages
handoff-buffer-free-queue = l’offre gratuite de Buffer garde 10 publications programmées par canal
handoff-buffer-instagram-image = Buffer ne publie sur Instagram qu’avec une image : mettez l’adresse de l’image (en .jpg, .png, …) dans le texte
