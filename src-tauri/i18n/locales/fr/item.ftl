## The item editor: a content item's fields, its repeat, its language versions, its approvals, history and findings.

item-dialog-new = Nouveau contenu
item-dialog-edit = Modifier le contenu
item-field-title = Titre
item-field-copy = Texte
# Under the copy: its length as the channel's network counts it ("X 312/280 — over the limit", "Instagram 120/2200 · 3/30 hashtags").
# $platform: the network ("X"); $length, $limit: the characters counted and allowed;
# $withHashtags: "yes" when the network limits hashtags, then $hashtags, $hashtagLimit: the hashtags counted and allowed;
# $over: "yes" when the copy is over a limit.
item-copy-count = { $platform } { $length }/{ $limit }{ $withHashtags ->
        [yes] {" "}· { $hashtags }/{ $hashtagLimit } hashtags
       *[no] {""}
    }{ $over ->
        [yes] {" "}— limite dépassée
       *[no] {""}
    }
item-field-channel = Canal
# A channel no longer in use, in the list of channels. $channel: its name.
item-channel-inactive = { $channel } (inactif)
item-field-format = Format
item-field-status = Statut
item-field-campaign = Campagne
item-no-campaign = Aucune campagne
item-objectives = Objectifs
item-field-date = Date
item-date-hint = Vide : le contenu attend dans la réserve d’idées.
# $zone: the plan's time zone ("Europe/London").
item-field-time = Heure ({ $zone })
item-time-hint = Vide : toute la journée.
item-field-owner = Responsable
item-no-owner = Personne pour l’instant
item-field-language = Langue
# An example language code in the empty Language field.
item-language-placeholder = fr
item-evergreen = Intemporel : peut être programmé pour combler les creux
item-field-link = Lien vers la publication
item-link-hint = Son permalien ou l’identifiant de la publication : les imports de résultats s’en servent pour rattacher les chiffres des plateformes au contenu.

# The repeat of a new item.
item-repeat = Répétition
# Before the list of frequencies ("Repeats [Weekly] every [2]").
item-repeats = Se répète
item-repeat-none = Ne se répète pas
item-repeat-daily = Tous les jours
item-repeat-weekly = Toutes les semaines
item-repeat-monthly-day = Tous les mois, ce jour du mois
item-repeat-monthly-weekday = Tous les mois, ce jour de la semaine (p. ex. 2e vendredi)
item-repeat-yearly = Tous les ans
item-repeat-custom = Règle personnalisée (RRULE)
# After the frequency; $input: where the field with the interval (a number) goes.
item-repeat-every = intervalle : { $input }
item-repeat-interval = Intervalle
item-repeat-days = Jours de la semaine
# Weekdays, short, beside the weekly repeat's tick boxes.
item-weekday-mo = lun.
item-weekday-tu = mar.
item-weekday-we = mer.
item-weekday-th = jeu.
item-weekday-fr = ven.
item-weekday-sa = sam.
item-weekday-su = dim.
# $input: where the field with the number of occurrences goes.
item-repeat-ends-after = Se termine après { $input } occurrences
item-repeat-occurrences = Nombre d’occurrences
# $input: where the field with the last day goes.
item-repeat-ends-on = Se termine le { $input }
item-repeat-last-day = Dernier jour
# $rule: the RRULE value the choices make ("FREQ=WEEKLY;BYDAY=FR;COUNT=10"), shown as code.
item-repeat-rule = Règle : { $rule }

# An occurrence of a series. $rule: the series' RRULE value, shown as code; $count: its occurrences.
item-series = Répétition : { $rule } ({ $count ->
        [one] { $count } occurrence
       *[other] { $count } occurrences
    })
item-scope-one = Enregistrer ou supprimer cette occurrence uniquement
item-scope-following = Cette occurrence et les suivantes
item-scope-all = Toutes les occurrences

item-versions = Versions linguistiques
# A copy of the item in another language. $language: its language code ("cy"); $title: its title.
item-version = { $language } : { $title }
# $date: the version's date and time ("2027-03-12 09:00").
item-version-date = ({ $date })
item-version-no-date = (sans date)
# $input: where the field with the language code goes.
item-add-version-in = Ajouter une version dans la langue { $input }
# An example language code in the empty field.
item-new-language-placeholder = nl
item-add-version = Ajouter la version

# A field two people changed while their laptops were apart.
item-conflict = Modifié par deux personnes
# $member: the other person; $field: the field's name ("date and time").
item-conflict-title = Vous et { $member } avez modifié « { $field } » chacun de votre côté.
# $mine, $theirs: the two values; $member: the other person; $holds: "mine" or "theirs", the value the plan holds until one is kept.
item-conflict-values = Votre version : « { $mine } » · celle de { $member } : « { $theirs } » · en attendant, le plan conserve { $holds ->
        [mine] la vôtre
       *[theirs] celle de { $member }
    }.
item-keep-mine = Garder la mienne
item-keep-theirs = Garder l’autre version

item-approvals = Validations
# A decision on the item. $decision: "approved" or "changesRequested"; $member: who decided (in bold); $when: the date and time.
item-approval = { $decision ->
        [approved] Validé
       *[changesRequested] Modifications demandées
    } par { $member }, { $when }
# As item-approval, with the approver's $comment.
item-approval-commented = { $decision ->
        [approved] Validé
       *[changesRequested] Modifications demandées
    } par { $member }, { $when } : « { $comment } »
# $count: the changes in the item's history.
item-history = Historique ({ $count })
item-findings = Constats
# A finding's severity, on its badge.
item-severity-info = info
item-severity-warning = avertissement
item-severity-error = erreur
# A finding with its fix. $message, $fix: the finding's message and fix.
item-finding-fix = { $message } — { $fix }.
item-delete = Supprimer
item-move = Déplacer vers…

# Announced after a series is added. $title: the item's title; $count: its occurrences.
item-added-series = « { $title } » ajouté, avec répétition : { $count ->
        [one] { $count } occurrence
       *[other] { $count } occurrences
    }. Ctrl+Z pour annuler.
item-saved = « { $title } » enregistré
# $side: "mine" or "theirs"; $member: the other person; $label: the row's name.
item-kept = { $side ->
        [mine] Votre modification de « { $label } » a été conservée.
       *[theirs] La modification de { $member } sur « { $label } » a été conservée.
    }
# $language: the new version's language code; $title: its title.
item-added-version = Version « { $title } » ({ $language }) ajoutée.
item-deleted = « { $title } » supprimé. Ctrl+Z pour annuler.
