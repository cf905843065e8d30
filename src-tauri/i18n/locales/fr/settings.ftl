## Settings.

settings-title = Paramètres
settings-language-title = Langue
settings-language-intro = La langue de la fenêtre et des menus d’Almanac sur cet ordinateur. Chaque collègue choisit la sienne ; le plan est le même pour tous.
settings-language-label = Langue sur cet ordinateur
# $language: the system's language, in its own name ("Nederlands").
settings-language-system = Identique au système : { $language }
# $language: the language just chosen, in its own name.
settings-language-changed = Almanac s’affiche désormais dans la langue choisie : { $language }.
settings-appearance-title = Apparence
settings-appearance-intro = L’apparence de la fenêtre d’Almanac sur cet ordinateur. Les PDF qu’il produit restent clairs, pour l’impression.
settings-appearance-label = Thème
settings-appearance-system = Identique au système
settings-appearance-light = Clair
settings-appearance-dark = Sombre
# $theme: the theme just chosen: light, dark, or system (none chosen: the system's).
settings-appearance-changed =
    { $theme ->
        [light] Almanac s’affiche désormais en clair.
        [dark] Almanac s’affiche désormais en sombre.
       *[system] Almanac suit désormais le thème du système.
    }

## Settings → Brands, Channels, Objectives and Team: the lists of the plan's own things.

settings-edit = Modifier
settings-delete = Supprimer
settings-brands-title = Marques
settings-brands-add = Ajouter une marque
settings-brands-empty = Aucune marque pour l’instant : ajoutez-en une avant ses canaux.
# Announced after a delete. $name: the brand's name.
settings-brands-deleted = Marque « { $name } » supprimée. Ctrl+Z pour annuler.
settings-channels-title = Canaux
settings-channels-add = Ajouter un canal
settings-channels-empty = Aucun canal pour l’instant.
# Announced after a delete. $name: the channel as the plan names it, platform and handle ("Instagram @westmarkpolice").
settings-channels-deleted = Canal { $name } supprimé. Ctrl+Z pour annuler.
# In a channel's row, after its brand and a “ · ”. $count: the most items it takes a day.
settings-channels-per-day = { $count ->
    [one] { $count } par jour au maximum
   *[other] { $count } par jour au maximum
}
# In a channel's row, after a “ · ”: the channel is switched off.
settings-channels-inactive = inactif
settings-objectives-title = Objectifs
settings-objectives-add = Ajouter un objectif
settings-objectives-empty = Aucun objectif pour l’instant.
# Announced after a delete. $name: the objective's name.
settings-objectives-deleted = Objectif « { $name } » supprimé. Ctrl+Z pour annuler.
# An objective's KPI in its row. $metric: the metric as the team named it ("reach", "link clicks"); $target: the number aimed at, as typed (not grouped); $period: day, week, month, quarter or year (anything else is shown as it is).
settings-objectives-kpi = { $metric } : { $target } par { $period ->
    [day] jour
    [week] semaine
    [month] mois
    [quarter] trimestre
    [year] an
   *[other] { $period }
}
settings-members-title = Équipe
settings-members-add = Ajouter un membre
settings-members-empty = Aucun membre pour l’instant : ajoutez-en pour attribuer un responsable aux contenus.
# Announced after a delete. $name: the member's name.
settings-members-deleted = Membre de l’équipe « { $name } » supprimé. Ctrl+Z pour annuler.
# In a member's row, after their role and a “ · ”. $count: the most items they take on a week.
settings-members-per-week = { $count ->
    [one] { $count } contenu par semaine au maximum
   *[other] { $count } contenus par semaine au maximum
}
# In a member's row, after a “ · ”. $count: how many periods of leave they have.
settings-members-leave = { $count ->
    [one] { $count } période de congé
   *[other] { $count } périodes de congé
}

## Settings → Organisation: the plan's organisation, time zone, week, locale and year.

settings-org-title = Organisation
settings-org-organisation = Organisation
settings-org-zone = Fuseau horaire (IANA)
settings-org-week-start = La semaine commence le
settings-org-monday = lundi
settings-org-sunday = dimanche
settings-org-saturday = samedi
# The technical locale code of the plan's exports ("en-GB", "nl-NL").
settings-org-locale = Paramètres régionaux
settings-org-year-start = L’année du plan commence en
# A month of the year. $month: its number, 1 (January) to 12 (December).
settings-org-month = { $month ->
    [1] janvier
    [2] février
    [3] mars
    [4] avril
    [5] mai
    [6] juin
    [7] juillet
    [8] août
    [9] septembre
    [10] octobre
    [11] novembre
   *[12] décembre
}
settings-org-confirm-days = Confirmation des partenaires (jours avant la mise en ligne)
settings-org-confirm-days-hint = Les partenaires qui n’ont pas confirmé sont signalés à partir de là.
settings-org-save = Enregistrer les paramètres
settings-org-saved = Paramètres enregistrés

## Settings → Team sync: one plan for the whole team through its PostgreSQL server.

settings-team-sync-title = Synchronisation d’équipe
# $command: the server command that adds a member, shown as code.
settings-team-sync-hint = Un seul plan pour toute l’équipe, via le serveur PostgreSQL de votre équipe. Cet ordinateur garde sa copie et fonctionne hors ligne ; les modifications circulent en arrière-plan. Demandez votre adresse et votre mot de passe à la personne qui gère le serveur ({ $command }). Le mot de passe est conservé dans le trousseau de clés du système.
# $error: why, as the app words it.
settings-team-conflicts-unreadable = Impossible de lire les conflits : { $error }
settings-team-status = État
settings-team-not-shared = Non partagé : ce plan se trouve uniquement sur cet ordinateur.
settings-team-server = Serveur
# Beside the server's address: the connection is in plaintext.
settings-team-not-encrypted = non chiffré
settings-team-signed-in-as = Connecté en tant que
settings-team-last-sync = Dernière synchronisation
# Where the time of the last sync would be.
settings-team-not-yet = pas encore
settings-team-waiting = En attente d’envoi
settings-team-set-aside = Mis de côté
# $setAside: the team's changes this laptop could not apply; $refused: this laptop's changes the server refused.
settings-team-set-aside-detail = modifications de l’équipe impossibles à appliquer sur cet ordinateur : { $setAside } ; modifications de cet ordinateur refusées par le serveur : { $refused }
settings-team-held = En attente d’une mise à jour
# $count: the changes from a newer version of Almanac waiting here.
settings-team-held-detail = { $count ->
    [one] { $count } modification venant d’une version plus récente d’Almanac, appliquée une fois cet ordinateur mis à jour
   *[other] { $count } modifications venant d’une version plus récente d’Almanac, appliquées une fois cet ordinateur mis à jour
}
settings-team-last-attempt = Dernière tentative
settings-team-server-address = Adresse du serveur
settings-team-password = Mot de passe
settings-team-save-sync = Enregistrer et synchroniser
settings-team-join = Rejoindre le plan de l’équipe
settings-team-sync-now = Synchroniser maintenant
settings-team-syncing = Synchronisation avec l’équipe
# Beside the progress bar. $done: the changes sent so far; $total: all of them.
settings-team-progress = { $total ->
    [one] { $done } modification sur { $total }
   *[other] { $done } modifications sur { $total }
}
# Announced after joining. $report: what travelled (settings-team-report-… parts joined).
settings-team-joined = Plan de l’équipe rejoint : { $report }.
# Announced after a sync. $report: what travelled (settings-team-report-… parts joined).
settings-team-synced = Synchronisé : { $report }.
# A part of the sync's report. $count: this laptop's changes the server took.
settings-team-report-sent = { $count ->
    [one] { $count } modification envoyée
   *[other] { $count } modifications envoyées
}
# A part of the sync's report. $count: the team's rows applied here.
settings-team-report-received = { $count ->
    [one] { $count } ligne modifiée reçue
   *[other] { $count } lignes modifiées reçues
}
# A part of the sync's report. $count: the conflicts now waiting.
settings-team-report-conflicts = { $count ->
    [one] { $count } conflit à régler
   *[other] { $count } conflits à régler
}
# A part of the sync's report. $count: a viewer's changes that stay on this laptop.
settings-team-report-waiting = { $count ->
    [one] { $count } modification conservée ici (les modifications des lecteurs ne sont pas envoyées)
   *[other] { $count } modifications conservées ici (les modifications des lecteurs ne sont pas envoyées)
}
# Between the parts of the sync's report (mind the space).
settings-team-report-separator = {", "}
settings-team-conflicts-title = Modifié par deux personnes séparément
settings-team-conflicts-hint = En attendant, c’est la modification la plus récente qui figure dans le plan. Choisissez celle à conserver ; votre choix est envoyé à l’équipe.
# A conflicting row without a title.
settings-team-untitled = (sans titre)
# A row a colleague deleted while this laptop changed it. $member: the colleague.
settings-team-conflict-deleted = { $member } l’a supprimé pendant que vous le modifiiez
# $label: the row's title.
settings-team-restore-label = Restaurer { $label } avec vos modifications
settings-team-restore = Restaurer
# $label: the row's title; $member: the colleague who deleted it.
settings-team-let-go-label = Laisser { $label } supprimé, comme l’a fait { $member }
settings-team-let-go-button = Laisser supprimé
# Both values of a field changed on two laptops. $mine: this laptop's value; $member: the colleague; $theirs: the colleague's value.
settings-team-conflict-values = Votre version : « { $mine } » · version de { $member } : « { $theirs } »
# $label: the row's title; $mine: this laptop's value.
settings-team-keep-mine-label = Garder votre version pour { $label } : { $mine }
settings-team-keep-mine = Garder la mienne
# $member: the colleague; $label: the row's title; $theirs: the colleague's value.
settings-team-keep-theirs-label = Garder la version de { $member } pour { $label } : { $theirs }
settings-team-keep-theirs = Garder la sienne
# Announced. $label: the row's title, deleted by a colleague and now back.
settings-team-restored = « { $label } » restauré.
# Announced. $label: the row's title, left deleted.
settings-team-let-go = « { $label } » reste supprimé.
# Announced. $field: the field's name ("date and time"); $label: the row's title.
settings-team-kept-mine = Votre version conservée pour le champ « { $field } » de « { $label } ».
# Announced. $member: the colleague; $field: the field's name ("date and time"); $label: the row's title.
settings-team-kept-theirs = Version de { $member } conservée pour le champ « { $field } » de « { $label } ».

## Settings → Reminders: this laptop's desktop notifications.

settings-reminders-title = Rappels
settings-reminders-hint = Notifications de bureau pour le membre qui utilise cet ordinateur (Validations → Vous êtes). Conservées sur cet ordinateur.
settings-reminders-of = Me rappeler
settings-reminders-approvals = Les contenus qui attendent ma validation
settings-reminders-deadlines = Les échéances des collaborations
settings-reminders-drafts = Les contenus encore en brouillon peu avant leur publication
settings-reminders-digest = Un récapitulatif quotidien de tout cela
settings-reminders-days = Jours à l’avance
settings-reminders-days-hint = Pour les échéances et les brouillons, de 1 à 30.
settings-reminders-save = Enregistrer
settings-reminders-digest-now = Envoyer le récapitulatif du jour maintenant
settings-reminders-due = À traiter maintenant
settings-reminders-nothing-due = Rien à traiter.
settings-reminders-saved = Rappels de cet ordinateur enregistrés.
# Announced. $title: the digest's title, as the notification gave it.
settings-reminders-sent = Envoyé : { $title }.
settings-reminders-nothing-to-send = Rien à traiter : aucun récapitulatif à envoyer.

## Settings → Published calendar and Calendar server: the plan as an .ics file, or pushed to CalDAV.

settings-calendar-also = Inclure aussi
settings-calendar-campaigns = Les campagnes, en événements sur la journée entière
settings-calendar-key-dates = Les dates clés et les périodes de silence
settings-published-title = Calendrier publié
settings-published-hint = Un fichier .ics de tout le plan, réécrit après chaque modification. Enregistrez-le dans un dossier synchronisé par votre équipe (OneDrive, SharePoint, Nextcloud) et abonnez-vous-y dans Outlook ou Google Agenda.
# $path: the file, shown as code.
settings-published-to = Publié dans { $path }.
settings-published-none = Non publié.
settings-published-file = Fichier
settings-published-file-placeholder = Choisissez où enregistrer le calendrier
settings-published-choose = Choisir…
# The file name suggested when choosing where to publish.
settings-published-file-name = Plan Almanac.ics
settings-published-publish = Publier
settings-published-again = Publier à nouveau
settings-published-stop = Arrêter la publication
settings-published-busy = Publication en cours
# Announced. $count: the events written; $path: the file.
settings-published-done = { $count ->
    [one] { $count } événement publié dans { $path } ; le fichier est réécrit après chaque modification.
   *[other] { $count } événements publiés dans { $path } ; le fichier est réécrit après chaque modification.
}
settings-published-stopped = Publication du calendrier arrêtée ; le dernier fichier écrit reste à sa place.
settings-caldav-title = Serveur de calendrier (CalDAV)
settings-caldav-hint = Envoie les événements du plan vers un calendrier sur le serveur de votre équipe (Nextcloud, Radicale ou tout autre serveur CalDAV) après chaque modification ; seuls les événements modifiés sont transmis. Le mot de passe est conservé dans le trousseau de clés du système.
# $error: why, as the app words it.
settings-caldav-unreadable = Impossible de lire les paramètres du serveur de calendrier : { $error }
settings-caldav-none = Aucun envoi vers un serveur.
# $url: the calendar's address, shown as code; $when: the date and time of the attempt; $error: why, as the server or app words it.
settings-caldav-failed = Échec de l’envoi vers { $url } le { $when } : { $error }
# $url: the calendar's address, shown as code; $when: the date and time of the push; $report: what changed (settings-caldav-report).
settings-caldav-pushed = Envoyé vers { $url } le { $when } : { $report }.
# $url: the calendar's address, shown as code.
settings-caldav-pushing-to = Envoi vers { $url }.
# What a push did to the server's events: numbers of events created, updated, deleted, restored and left unchanged.
settings-caldav-report = nouveaux : { $created }, modifiés : { $updated }, supprimés : { $deleted }, rétablis : { $restored }, inchangés : { $unchanged }
# Announced. $report: what changed (settings-caldav-report).
settings-caldav-pushed-now = Calendrier envoyé : { $report }.
settings-caldav-stopped = Envoi du calendrier arrêté ; ses événements restent sur le serveur.
settings-caldav-url = Adresse du calendrier
settings-caldav-username = Nom d’utilisateur
settings-caldav-password = Mot de passe (ou mot de passe d’application)
settings-caldav-save-push = Enregistrer et envoyer
settings-caldav-start = Envoyer vers ce calendrier
settings-caldav-push-now = Envoyer maintenant
settings-caldav-stop = Arrêter l’envoi
settings-caldav-busy = Envoi du calendrier en cours
# Beside the progress bar. $done: the events pushed so far; $total: all of them.
settings-caldav-progress = { $done } sur { $total }

## Settings → Plan health: the rows of the plan on disk that cannot be read.

settings-health-title = Intégrité du plan
# $count: the rows that cannot be read; their list follows.
settings-health-summary = { $count ->
    [one] { $count } ligne du plan n’a pas pu être lue ; elle est exclue de toutes les vues et de tous les exports :
   *[other] { $count } lignes du plan n’ont pas pu être lues ; elles sont exclues de toutes les vues et de tous les exports :
}
settings-health-hint = Mettez-les de côté pour que le plan soit de nouveau complet : chaque ligne entre dans l’historique du plan telle qu’elle était, avec toute ligne qui y fait référence, et Édition → Annuler la dernière modification les remet en place. Vous pouvez aussi restaurer une sauvegarde ou un instantané antérieur aux dégâts (Fichier → Restaurer à partir d’une sauvegarde…).
settings-health-repair = Mettre ces lignes de côté
settings-health-ok = Toutes les lignes du plan se lisent correctement.
# Shown and announced after the repair. $count: the rows set aside.
settings-health-done = { $count ->
    [one] { $count } ligne a été mise de côté. Édition → Annuler la dernière modification la remet en place.
   *[other] { $count } lignes ont été mises de côté. Édition → Annuler la dernière modification les remet en place.
}

## The dialogs: a brand, a channel, an objective, a team member.

settings-brand-new = Nouvelle marque
settings-brand-edit = Modifier la marque
settings-brand-name = Nom
settings-brand-purpose = Rôle
settings-brand-colour = Couleur
settings-brand-reapproval = Après validation, retour en relecture en cas de
settings-brand-reapproval-any = Toute modification du texte, du canal, de la date ou de l’heure
settings-brand-reapproval-copy = Modification du texte uniquement
settings-channel-new = Nouveau canal
settings-channel-edit = Modifier le canal
settings-channel-brand = Marque
settings-channel-platform = Plateforme
settings-channel-handle = Identifiant ou nom
settings-channel-colour = Couleur
settings-channel-purpose = Rôle
settings-channel-max = Contenus par jour au maximum
settings-channel-max-hint = Vide : pas de limite
settings-channel-gap = Minutes minimum entre deux contenus
settings-channel-gap-hint = Vide : pas de minimum
settings-channel-slots = Heures de publication préférées
settings-channel-slots-hint = Des heures comme 08:00, 12:30 ; le comblement des creux les utilise
settings-channel-active = Actif
settings-objective-new = Nouvel objectif
settings-objective-edit = Modifier l’objectif
settings-objective-name = Nom
settings-objective-colour = Couleur
settings-objective-description = Description
settings-objective-metric = Indicateur du KPI
settings-objective-target = Cible
# Label of the KPI's period: the target is per day, week…
settings-objective-per = Par
# An option of the KPI's period. $period: day, week, month, quarter or year.
settings-objective-period = { $period ->
    [day] jour
    [week] semaine
    [quarter] trimestre
    [year] an
   *[month] mois
}
settings-objective-baseline = Valeur de référence (avant le plan)
settings-objective-level = Niveau d’évaluation
# An option of the evaluation level (the GCS model). $level: output, outtake, outcome or impact.
settings-objective-level-option = { $level ->
    [output] Réalisation : ce que nous diffusons
    [outcome] Résultat : ce que les gens ont fait
    [impact] Impact : ce qui a changé
   *[outtake] Retombée : ce que le public en a retenu
}
# The KPI's kind: how its readings add up.
settings-objective-kind = L’indicateur est
# An option of the KPI's kind. $kind: count or level.
settings-objective-kind-option = { $kind ->
    [level] un niveau mesuré à un moment (un % d’enquête, une note) : la dernière mesure compte
   *[count] un nombre : les mesures s’additionnent (portée, clics)
}
settings-member-new = Nouveau membre de l’équipe
settings-member-edit = Modifier le membre de l’équipe
settings-member-name = Nom
settings-member-role = Fonction
settings-member-email = E-mail
settings-member-capacity = Contenus par semaine au maximum
settings-member-capacity-hint = Vide : pas de limite
settings-member-leave = Congés
# Before the first day of a period of leave.
settings-member-leave-from = Du
# Before the last day of a period of leave.
settings-member-leave-to = au
settings-member-leave-remove = Retirer
# $date: the first day of the period of leave (YYYY-MM-DD).
settings-member-leave-remove-label = Retirer le congé commençant le { $date }
settings-member-leave-add = Ajouter un congé
settings-member-approves = Valide
settings-member-approves-everything = Tous les contenus du plan
# $brand: the brand's name.
settings-member-approves-brand = Tous les contenus de { $brand }

## Settings → Team sync: the list of what this laptop set aside, opened under the count.

# Opens the list.
settings-team-set-aside-show = Afficher ce qui a été mis de côté
# The list's column headings.
settings-team-set-aside-when = Quand
settings-team-set-aside-from = Origine
settings-team-set-aside-what = Champ
settings-team-set-aside-why = Motif
# In the From column: this laptop's own change, which the server refused.
settings-team-set-aside-this-laptop = Cet ordinateur
