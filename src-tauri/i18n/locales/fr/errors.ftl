## What a form, a file or the command line is told when a value breaks a rule. Each is shown
## beside the field it names (whose label the form gives), so it starts in lower case.
## $value: what was typed, as it was typed.

error-required = est obligatoire
# $length: how many characters were given; $max: how many fit.
error-too-long = { $length ->
    [one] compte { $length } caractère alors que le maximum est de { $max }
   *[other] compte { $length } caractères alors que le maximum est de { $max }
}
error-not-colour = « { $value } » n’est pas une couleur au format #1f6feb
# $value: a year or a day outside 1900–2999.
error-outside-years = { $value } est en dehors des années que peut couvrir un plan (de 1900 à 2999)
error-not-a-year = doit être une année de 1900 à 2999
error-not-date = « { $value } » n’est pas une date au format 2027-03-31
error-not-date-time = « { $value } » n’est pas une date et une heure au format 2027-03-31T09:30
error-not-time = « { $value } » n’est pas une heure au format 09:30
error-not-id = « { $value } » n’est pas un identifiant valide
error-not-time-zone = « { $value } » n’est pas un fuseau horaire IANA comme Europe/London
error-not-email = « { $value } » n’est pas une adresse de courriel
error-not-hashtag = « { $value } » n’est pas un hashtag (lettres, chiffres et _ uniquement)
error-not-locale = « { $value } » n’est pas un code de langue comme en-GB
# $value: a day and time on the plan's clock; $zone: the plan's time zone.
error-clocks-go-forward = { $value } n’existe pas dans le fuseau { $zone } (passage à l’heure d’été)
error-ends-before-start = se termine avant de commencer
error-campaign-ends-before-start = se termine avant le début de la campagne
error-not-negative = doit être un nombre positif ou nul
error-not-a-number = doit être un nombre
error-kpi-period = une valeur cible se fixe par jour, semaine, mois, trimestre ou an
error-blackout-level = une période de silence doit avoir un niveau
error-max-per-day = doit aller de 1 à 500, ou rester vide pour ne fixer aucune limite
error-min-gap = ne doit pas dépasser 1 440 minutes (une journée)
error-too-many-slots = 48 heures de publication par jour au maximum
error-min-items-low = doit valoir au moins 1
error-min-items-high = ne doit pas dépasser 10 000
# $max: the channel's most a day; $most: the most in the rule's period.
# $period: day, week or month.
error-min-items-over-channel = { $period ->
    [day] le canal n’en autorise pas plus de { $max } par jour, soit { $most } au maximum par jour
    [week] le canal n’en autorise pas plus de { $max } par jour, soit { $most } au maximum par semaine
   *[month] le canal n’en autorise pas plus de { $max } par jour, soit { $most } au maximum par mois
}
error-too-many-concerns = 500 contenus et campagnes au maximum
error-partner-twice = un partenaire figure deux fois
error-link-spaces = doit être un seul permalien ou identifiant de publication, sans espaces
error-result-about = indiquez à quel objectif ou à quelle campagne il se rapporte
error-metric-required = indiquez ce que compte ce nombre
# $count: the entries given; $max: how many fit.
error-too-many-entries = { $count ->
    [one] compte { $count } entrée, alors que le plan imprimé n’en accepte que { $max }
   *[other] compte { $count } entrées, alors que le plan imprimé n’en accepte que { $max }
}
error-year-start-month = doit être un mois de 1 à 12
error-confirm-days = doit aller de 0 à 90 jours
error-wanted-before-received = tombe avant la réception de la demande
error-capacity = doit aller de 1 à 1 000 contenus par semaine, ou rester vide
# $max: how many periods of leave fit.
error-too-much-leave = { $max ->
    [one] { $max } période de congé au maximum
   *[other] { $max } périodes de congé au maximum
}
# $value: the day the leave ends.
error-leave-order = le congé qui se termine le { $value } commence après cette date
error-rrule-dtstart = indiquez le début à part, et non par DTSTART dans la règle
error-rrule-never-ends = ne se termine jamais : ajoutez un COUNT ou un UNTIL
error-rrule-no-dates = ne produit aucune date
# $max: the most occurrences a series may have.
error-rrule-too-many = { $max ->
    [one] produit plus de { $max } occurrence ; raccourcissez la série avec COUNT ou UNTIL
   *[other] produit plus de { $max } occurrences ; raccourcissez la série avec COUNT ou UNTIL
}

## What an operation refuses, and why.
error-series-needs-day = une série commence un jour donné ; indiquez une date
error-period-ends-before-start = se termine avant le début de la période
error-nothing-to-apply = il n’y a rien à appliquer
# $name: the member this laptop signs in as.
error-member-is-signed-in = dans le plan de l’équipe, vous êtes { $name }, selon votre connexion au serveur de l’équipe
error-choose-approver = indiquez qui vous êtes (Validations → Vous êtes) avant de valider
error-say-what-should-change = indiquez ce qui doit changer
# $title: the item's title.
error-not-in-review = « { $title } » n’est pas en validation
# $name: the approver; $title: the item's title.
error-may-not-approve = { $name } ne peut pas valider « { $title } »
error-choose-an-item = choisissez au moins un contenu
error-campaign-moved-too-far = déplace la campagne trop loin
error-choose-channel = choisissez le canal sur lequel il serait publié
error-no-wanted-day = n’a pas de jour souhaité : acceptez-la dans la réserve d’idées, ou indiquez-en un
error-decline-or-park = doit être un refus ou une mise de côté
error-days-ahead = doit aller de 1 à 30 jours
# $name: the partner's name.
error-not-a-partner-of = « { $name } » ne fait pas partie de cette collaboration
error-window-order = doit tomber après le début de la période
error-window-not-before = ne doit pas tomber avant le début de la période
error-window-three-years = une période peut couvrir trois années civiles au maximum
# $max: the most days a window may span.
error-window-days = { $max ->
    [one] une période couvre { $max } jour au maximum
   *[other] une période couvre { $max } jours au maximum
}
error-quarter = doit valoir 1, 2, 3 ou 4
error-approve-in-approvals = un contenu est validé par un valideur, dans Validations
error-schedule-after-approval = un contenu n’est programmé ou publié qu’une fois validé par un valideur
# $language: the version's language code ("fr").
error-version-exists = il existe déjà une version « { $language } »
# $name: the partner's name.
error-partner-exists = « { $name } » figure déjà dans l’annuaire des partenaires
error-merge-into-itself = un partenaire ne peut pas être fusionné avec lui-même
error-time-missing-in-zone = cette heure n’existe pas dans le fuseau horaire du plan
error-pause-order = la pause doit se terminer après son début
error-pause-too-long = une pause dure un an au maximum
error-out-of-range = est hors de la plage autorisée
error-before-first-day = tombe avant le premier jour
error-unknown-concern = mentionne quelque chose qui ne figure pas dans le plan
# $finding : le premier constat que les placements proposés créeraient désormais.
error-gaps-changed = le plan a changé depuis la proposition pour combler les lacunes ({ $finding }) ; rien n’a été placé, relancez la proposition

## What an export or an import refuses: the file chosen, the file read, the calendar server.
error-choose-pdf-place = choisissez où enregistrer le PDF
error-name-csv-or-pdf = indiquez un fichier .csv ou .pdf
error-name-csv = indiquez un fichier .csv
error-name-pdf-xlsx-json = indiquez un fichier .pdf, .xlsx ou .json
error-name-html = indiquez un fichier .html
error-name-xlsx-or-csv = indiquez un fichier .xlsx ou .csv
error-tools-take-csv = les outils de publication attendent des fichiers .csv
error-buffer-platform = Buffer ne publie pas sur le réseau de ce canal : choisissez un canal X, Instagram, Facebook, LinkedIn, TikTok, Bluesky, Threads ou Mastodon
error-names-a-folder = désigne un dossier, et non un fichier
# $folder: the folder's path.
error-no-such-folder = le dossier { $folder } n’existe pas
# $path: the path named.
error-is-a-folder = { $path } est un dossier
error-month-range = doit aller de 1 à 12
error-quarter-range = doit aller de 1 à 4
error-no-such-channel = ce canal n’existe pas
# $year: the plan's year.
error-no-plan-for-year = il n’y a pas encore de plan pour { $year } : ajoutez d’abord des campagnes ou rédigez le plan de l’année
error-plan-in-memory-not-published = un plan conservé uniquement en mémoire ne peut pas être publié
error-feed-is-ics = le calendrier publié est un fichier .ics
error-plan-in-memory-not-pushed = un plan conservé uniquement en mémoire ne peut pas être envoyé
error-give-user-name = indiquez le nom d’utilisateur du compte
# $url: the calendar's address.
error-no-calendar-at = il n’y a pas de calendrier à l’adresse { $url }
# $value: what was typed.
error-not-web-address = « { $value } » n’est pas une adresse web
error-give-https-address = indiquez l’adresse du calendrier, qui commence par https://
# $host: the calendar server's name.
error-calendar-http-not-local = { $host } recevrait le mot de passe en clair par http:// : indiquez son adresse https:// (http:// est réservé à un serveur sur cet ordinateur)
error-server-refused-login = le serveur de calendrier a refusé le nom d’utilisateur ou le mot de passe
# $url: the calendar's address.
error-not-reachable-calendar = { $url } n’est pas un calendrier accessible à ce compte
# $name: the event file's name on the server.
error-keeps-changing = { $name } ne cesse de changer sur le serveur de calendrier ; relancez l’envoi dans un instant
error-file-empty = est vide : la première ligne doit donner le nom des colonnes
error-choose-sheet-file = choisissez un fichier .csv, .xlsx, .xls ou .ods
error-mapping-stale = la correspondance des champs ne concorde pas avec les colonnes du fichier ; relancez l’aperçu
# $column: the column's name.
error-column-not-mapped = aucune colonne n’est associée à { $column }
error-no-rows = le fichier n’a aucune ligne sous son en-tête
error-rows-all-present = toutes les lignes figurent déjà dans le plan
error-not-icalendar = n’est pas un fichier iCalendar (pas de VCALENDAR)
error-no-events = ne contient aucun événement
error-no-post-column = n’a pas de colonne d’identifiant de publication ou de permalien
error-no-result-rows = le fichier n’a aucune ligne de chiffres sous son en-tête
error-paste-permalinks = collez un permalien par ligne (avec sa date et son heure, si vous les avez)
# $max: the most links at a time.
error-too-many-links = { $max ->
    [one] { $max } lien à la fois au maximum
   *[other] { $max } liens à la fois au maximum
}
error-plan-not-empty = ce plan n’est pas vide : importez un plan complet dans un nouveau dossier de données

## An error named inside another message, worded as a log words it.
# $field: the input field it is about, as the program names it ("file"); $message: what is wrong.
error-on-field = { $field } : { $message }
# $entity: the kind of record, as the program names it; $id: its id.
error-record-not-found = { $entity } { $id } est introuvable
