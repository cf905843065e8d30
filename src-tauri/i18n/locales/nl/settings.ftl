## Settings.

settings-title = Instellingen
settings-language-title = Taal
settings-language-intro = De taal van het venster en de menu's van Almanac op deze laptop. Elke collega kiest zelf een taal; het plan is voor iedereen hetzelfde.
settings-language-label = Taal op deze laptop
# $language: the system's language, in its own name ("Nederlands").
settings-language-system = Zelfde als het systeem: { $language }
# $language: the language just chosen, in its own name.
settings-language-changed = Almanac is nu in het { $language }.
settings-appearance-title = Weergave
settings-appearance-intro = Hoe het venster van Almanac eruitziet op deze laptop. De pdf's die Almanac maakt blijven licht, om af te drukken.
settings-appearance-label = Thema
settings-appearance-system = Zoals het systeem
settings-appearance-light = Licht
settings-appearance-dark = Donker
# $theme: the theme just chosen: light, dark, or system (none chosen: the system's).
settings-appearance-changed =
    { $theme ->
        [light] Almanac is nu licht.
        [dark] Almanac is nu donker.
       *[system] Almanac volgt nu het thema van het systeem.
    }

## Settings → Brands, Channels, Objectives and Team: the lists of the plan's own things.

settings-edit = Bewerken
settings-delete = Verwijderen
settings-brands-title = Merken
settings-brands-add = Merk toevoegen
settings-brands-empty = Nog geen merken: voeg eerst een merk toe, daarna de kanalen ervan.
# Announced after a delete. $name: the brand's name.
settings-brands-deleted = Merk “{ $name }” verwijderd. Ongedaan maken met Ctrl+Z.
settings-channels-title = Kanalen
settings-channels-add = Kanaal toevoegen
settings-channels-empty = Nog geen kanalen.
# Announced after a delete. $name: the channel as the plan names it, platform and handle ("Instagram @westmarkpolice").
settings-channels-deleted = Kanaal { $name } verwijderd. Ongedaan maken met Ctrl+Z.
# In a channel's row, after its brand and a “ · ”. $count: the most items it takes a day.
settings-channels-per-day = { $count ->
    [one] maximaal { $count } per dag
   *[other] maximaal { $count } per dag
}
# In a channel's row, after a “ · ”: the channel is switched off.
settings-channels-inactive = inactief
settings-objectives-title = Doelstellingen
settings-objectives-add = Doelstelling toevoegen
settings-objectives-empty = Nog geen doelstellingen.
# Announced after a delete. $name: the objective's name.
settings-objectives-deleted = Doelstelling “{ $name }” verwijderd. Ongedaan maken met Ctrl+Z.
# An objective's KPI in its row. $metric: the metric as the team named it ("reach", "link clicks"); $target: the number aimed at, as typed (not grouped); $period: day, week, month, quarter or year (anything else is shown as it is).
settings-objectives-kpi = { $metric }: { $target } per { $period ->
    [day] dag
    [week] week
    [month] maand
    [quarter] kwartaal
    [year] jaar
   *[other] { $period }
}
settings-members-title = Team
settings-members-add = Lid toevoegen
settings-members-empty = Nog geen teamleden: voeg ze toe om items een eigenaar te geven.
# Announced after a delete. $name: the member's name.
settings-members-deleted = Teamlid “{ $name }” verwijderd. Ongedaan maken met Ctrl+Z.
# In a member's row, after their role and a “ · ”. $count: the most items they take on a week.
settings-members-per-week = { $count ->
    [one] maximaal { $count } item per week
   *[other] maximaal { $count } items per week
}
# In a member's row, after a “ · ”. $count: how many periods of leave they have.
settings-members-leave = { $count ->
    [one] { $count } verlofperiode
   *[other] { $count } verlofperiodes
}

## Settings → Organisation: the plan's organisation, time zone, week, locale and year.

settings-org-title = Organisatie
settings-org-organisation = Organisatie
settings-org-zone = Tijdzone (IANA)
settings-org-week-start = Week begint op
settings-org-monday = maandag
settings-org-sunday = zondag
settings-org-saturday = zaterdag
# The technical locale code of the plan's exports ("en-GB", "nl-NL").
settings-org-locale = Landinstelling
settings-org-year-start = Planjaar begint in
# A month of the year. $month: its number, 1 (January) to 12 (December).
settings-org-month = { $month ->
    [1] januari
    [2] februari
    [3] maart
    [4] april
    [5] mei
    [6] juni
    [7] juli
    [8] augustus
    [9] september
    [10] oktober
    [11] november
   *[12] december
}
settings-org-confirm-days = Partners bevestigen (dagen vóór de livegang)
settings-org-confirm-days-hint = Partners die niet hebben bevestigd, worden vanaf dan gemarkeerd.
settings-org-save = Instellingen opslaan
settings-org-saved = Instellingen opgeslagen

## Settings → Team sync: one plan for the whole team through its PostgreSQL server.

settings-team-sync-title = Teamsynchronisatie
# $command: the server command that adds a member, shown as code.
settings-team-sync-hint = Eén plan voor het hele team via de PostgreSQL-server van je team. Deze laptop houdt een eigen kopie bij en werkt ook offline; wijzigingen gaan op de achtergrond heen en weer. Vraag de beheerder van de server om je adres en wachtwoord ({ $command }). Het wachtwoord wordt bewaard in de sleutelhanger van het systeem.
# $error: why, as the app words it.
settings-team-conflicts-unreadable = De conflicten kunnen niet worden gelezen: { $error }
settings-team-status = Status
settings-team-not-shared = Niet gedeeld: dit plan staat alleen op deze laptop.
settings-team-server = Server
# Beside the server's address: the connection is in plaintext.
settings-team-not-encrypted = niet versleuteld
settings-team-signed-in-as = Aangemeld als
settings-team-last-sync = Laatste synchronisatie
# Where the time of the last sync would be.
settings-team-not-yet = nog niet
settings-team-waiting = Wacht op verzending
settings-team-set-aside = Apart gezet
# $setAside: the team's changes this laptop could not apply; $refused: this laptop's changes the server refused.
settings-team-set-aside-detail = { $setAside } van het team (niet te verwerken op deze laptop), { $refused } van deze laptop (geweigerd door de server)
settings-team-held = Wacht op een update
# $count: the changes from a newer version of Almanac waiting here.
settings-team-held-detail = { $count ->
    [one] { $count } wijziging uit een nieuwere Almanac, verwerkt zodra deze laptop is bijgewerkt
   *[other] { $count } wijzigingen uit een nieuwere Almanac, verwerkt zodra deze laptop is bijgewerkt
}
settings-team-last-attempt = Laatste poging
settings-team-server-address = Serveradres
settings-team-password = Wachtwoord
settings-team-save-sync = Opslaan en synchroniseren
settings-team-join = Aansluiten bij het plan van het team
settings-team-sync-now = Nu synchroniseren
settings-team-syncing = Synchroniseren met het team
# Beside the progress bar. $done: the changes sent so far; $total: all of them.
settings-team-progress = { $total ->
    [one] { $done } van { $total } wijziging
   *[other] { $done } van { $total } wijzigingen
}
# Announced after joining. $report: what travelled (settings-team-report-… parts joined).
settings-team-joined = Aangesloten bij het plan van het team: { $report }.
# Announced after a sync. $report: what travelled (settings-team-report-… parts joined).
settings-team-synced = Gesynchroniseerd: { $report }.
# A part of the sync's report. $count: this laptop's changes the server took.
settings-team-report-sent = { $count ->
    [one] { $count } wijziging verzonden
   *[other] { $count } wijzigingen verzonden
}
# A part of the sync's report. $count: the team's rows applied here.
settings-team-report-received = { $count ->
    [one] { $count } gewijzigde rij ontvangen
   *[other] { $count } gewijzigde rijen ontvangen
}
# A part of the sync's report. $count: the conflicts now waiting.
settings-team-report-conflicts = { $count ->
    [one] { $count } conflict om op te lossen
   *[other] { $count } conflicten om op te lossen
}
# A part of the sync's report. $count: a viewer's changes that stay on this laptop.
settings-team-report-waiting = { $count ->
    [one] { $count } wijziging hier bewaard (wijzigingen van leden met alleen leesrechten worden niet verzonden)
   *[other] { $count } wijzigingen hier bewaard (wijzigingen van leden met alleen leesrechten worden niet verzonden)
}
# Between the parts of the sync's report (mind the space).
settings-team-report-separator = {", "}
settings-team-conflicts-title = Los van elkaar gewijzigd door twee mensen
settings-team-conflicts-hint = Intussen staat de laatste wijziging in het plan. Kies wat je wilt houden; je keuze gaat naar het team.
# A conflicting row without a title.
settings-team-untitled = (zonder titel)
# A row a colleague deleted while this laptop changed it. $member: the colleague.
settings-team-conflict-deleted = { $member } heeft dit verwijderd terwijl jij het wijzigde
# $label: the row's title.
settings-team-restore-label = { $label } herstellen met jouw wijzigingen
settings-team-restore = Herstellen
# $label: the row's title; $member: the colleague who deleted it.
settings-team-let-go-label = { $label } verwijderd laten, zoals { $member } deed
settings-team-let-go-button = Verwijderd laten
# Both values of a field changed on two laptops. $mine: this laptop's value; $member: the colleague; $theirs: the colleague's value.
settings-team-conflict-values = Jouw versie: “{ $mine }” · versie van { $member }: “{ $theirs }”
# $label: the row's title; $mine: this laptop's value.
settings-team-keep-mine-label = Jouw versie houden voor { $label }: { $mine }
settings-team-keep-mine = Mijn versie houden
# $member: the colleague; $label: the row's title; $theirs: the colleague's value.
settings-team-keep-theirs-label = Versie van { $member } houden voor { $label }: { $theirs }
settings-team-keep-theirs = Hun versie houden
# Announced. $label: the row's title, deleted by a colleague and now back.
settings-team-restored = “{ $label }” hersteld.
# Announced. $label: the row's title, left deleted.
settings-team-let-go = “{ $label }” blijft verwijderd.
# Announced. $field: the field's name ("date and time"); $label: the row's title.
settings-team-kept-mine = Jouw versie behouden voor { $field } van “{ $label }”.
# Announced. $member: the colleague; $field: the field's name ("date and time"); $label: the row's title.
settings-team-kept-theirs = Versie van { $member } behouden voor { $field } van “{ $label }”.

## Settings → Reminders: this laptop's desktop notifications.

settings-reminders-title = Herinneringen
settings-reminders-hint = Bureaubladmeldingen voor het teamlid dat deze laptop gebruikt (Goedkeuringen → Je bent). Ze worden op deze laptop bewaard.
settings-reminders-of = Herinner me aan
settings-reminders-approvals = Items die op mijn goedkeuring wachten
settings-reminders-deadlines = Deadlines van samenwerkingen
settings-reminders-drafts = Items die kort voor publicatie nog concept zijn
settings-reminders-digest = Een dagelijks overzicht van dit alles
settings-reminders-days = Dagen vooruit
settings-reminders-days-hint = Voor deadlines en concepten, 1 tot 30.
settings-reminders-save = Opslaan
settings-reminders-digest-now = Overzicht van vandaag nu versturen
settings-reminders-due = Nu aan de orde
settings-reminders-nothing-due = Er is nu niets aan de orde.
settings-reminders-saved = Herinneringen van deze laptop opgeslagen.
# Announced. $title: the digest's title, as the notification gave it.
settings-reminders-sent = Verstuurd: { $title }.
settings-reminders-nothing-to-send = Er is niets aan de orde: geen overzicht om te versturen.

## Settings → Published calendar and Calendar server: the plan as an .ics file, or pushed to CalDAV.

settings-calendar-also = Ook
settings-calendar-campaigns = Campagnes als afspraken voor de hele dag
settings-calendar-key-dates = Belangrijke data en stilteperiodes
settings-published-title = Gepubliceerde kalender
settings-published-hint = Een .ics-bestand van het hele plan, na elke wijziging opnieuw geschreven. Sla het op in een map die je team synchroniseert (OneDrive, SharePoint, Nextcloud) en abonneer je erop in Outlook of Google Agenda.
# $path: the file, shown as code.
settings-published-to = Gepubliceerd naar { $path }.
settings-published-none = Niet gepubliceerd.
settings-published-file = Bestand
settings-published-file-placeholder = Kies waar de kalender wordt opgeslagen
settings-published-choose = Kiezen…
# The file name suggested when choosing where to publish.
settings-published-file-name = Almanac-plan.ics
settings-published-publish = Publiceren
settings-published-again = Opnieuw publiceren
settings-published-stop = Stoppen met publiceren
settings-published-busy = Bezig met publiceren
# Announced. $count: the events written; $path: the file.
settings-published-done = { $count ->
    [one] { $count } afspraak gepubliceerd naar { $path }; het bestand wordt na elke wijziging opnieuw geschreven.
   *[other] { $count } afspraken gepubliceerd naar { $path }; het bestand wordt na elke wijziging opnieuw geschreven.
}
settings-published-stopped = Gestopt met het publiceren van de kalender; het laatst geschreven bestand blijft staan waar het staat.
settings-caldav-title = Kalenderserver (CalDAV)
settings-caldav-hint = Zet de afspraken van het plan na elke wijziging in een kalender op de server van je team (Nextcloud, Radicale of een andere CalDAV-server); alleen de gewijzigde afspraken worden verstuurd. Het wachtwoord wordt bewaard in de sleutelhanger van het systeem.
# $error: why, as the app words it.
settings-caldav-unreadable = De instellingen van de kalenderserver kunnen niet worden gelezen: { $error }
settings-caldav-none = Wordt niet naar een server verstuurd.
# $url: the calendar's address, shown as code; $when: the date and time of the attempt; $error: why, as the server or app words it.
settings-caldav-failed = Versturen naar { $url } mislukt op { $when }: { $error }
# $url: the calendar's address, shown as code; $when: the date and time of the push; $report: what changed (settings-caldav-report).
settings-caldav-pushed = Verstuurd naar { $url } op { $when }: { $report }.
# $url: the calendar's address, shown as code.
settings-caldav-pushing-to = Verstuurd naar { $url }.
# What a push did to the server's events: numbers of events created, updated, deleted, restored and left unchanged.
settings-caldav-report = nieuw: { $created }, gewijzigd: { $updated }, verwijderd: { $deleted }, teruggezet: { $restored }, ongewijzigd: { $unchanged }
# Announced. $report: what changed (settings-caldav-report).
settings-caldav-pushed-now = Kalender verstuurd: { $report }.
settings-caldav-stopped = Gestopt met het versturen van de kalender; de afspraken blijven op de server staan.
settings-caldav-url = Kalenderadres
settings-caldav-username = Gebruikersnaam
settings-caldav-password = Wachtwoord (of app-wachtwoord)
settings-caldav-save-push = Opslaan en versturen
settings-caldav-start = Naar deze kalender versturen
settings-caldav-push-now = Nu versturen
settings-caldav-stop = Stoppen met versturen
settings-caldav-busy = Kalender wordt verstuurd
# Beside the progress bar. $done: the events pushed so far; $total: all of them.
settings-caldav-progress = { $done } van { $total }

## Settings → Plan health: the rows of the plan on disk that cannot be read.

settings-health-title = Staat van het plan
# $count: the rows that cannot be read; their list follows.
settings-health-summary = { $count ->
    [one] { $count } rij van het plan kon niet worden gelezen en blijft buiten elke weergave en export:
   *[other] { $count } rijen van het plan konden niet worden gelezen en blijven buiten elke weergave en export:
}
settings-health-hint = Zet ze apart om het plan weer compleet te maken: elke rij gaat zoals ze was naar de geschiedenis van het plan, samen met elke rij die ernaar verwijst, en Bewerken → Laatste wijziging ongedaan maken zet ze terug. Of zet een back-up of momentopname terug van vóór de schade (Bestand → Herstellen vanuit een back-up…).
settings-health-repair = Deze rijen apart zetten
settings-health-ok = Elke rij van het plan is goed leesbaar.
# Shown and announced after the repair. $count: the rows set aside.
settings-health-done = { $count ->
    [one] { $count } rij is apart gezet. Bewerken → Laatste wijziging ongedaan maken zet hem terug.
   *[other] { $count } rijen zijn apart gezet. Bewerken → Laatste wijziging ongedaan maken zet ze terug.
}

## The dialogs: a brand, a channel, an objective, a team member.

settings-brand-new = Nieuw merk
settings-brand-edit = Merk bewerken
settings-brand-name = Naam
settings-brand-purpose = Doel
settings-brand-colour = Kleur
settings-brand-reapproval = Na goedkeuring terug naar beoordeling bij
settings-brand-reapproval-any = Elke wijziging van tekst, kanaal, datum of tijd
settings-brand-reapproval-copy = Alleen een wijziging van de tekst
settings-channel-new = Nieuw kanaal
settings-channel-edit = Kanaal bewerken
settings-channel-brand = Merk
settings-channel-platform = Platform
settings-channel-handle = Accountnaam of naam
settings-channel-colour = Kleur
settings-channel-purpose = Doel
settings-channel-max = Maximaal aantal items per dag
settings-channel-max-hint = Leeg: geen limiet
settings-channel-gap = Minimaal aantal minuten tussen items
settings-channel-gap-hint = Leeg: geen minimum
settings-channel-slots = Voorkeurstijden voor publicatie
settings-channel-slots-hint = Tijden zoals 08:00, 12:30; het opvullen van gaten gebruikt ze
settings-channel-active = Actief
settings-objective-new = Nieuwe doelstelling
settings-objective-edit = Doelstelling bewerken
settings-objective-name = Naam
settings-objective-colour = Kleur
settings-objective-description = Beschrijving
settings-objective-metric = KPI-meetwaarde
settings-objective-target = Streefwaarde
# Label of the KPI's period: the target is per day, week…
settings-objective-per = Per
# An option of the KPI's period. $period: day, week, month, quarter or year.
settings-objective-period = { $period ->
    [day] dag
    [week] week
    [quarter] kwartaal
    [year] jaar
   *[month] maand
}
settings-objective-baseline = Nulmeting (vóór het plan)
settings-objective-level = Evaluatieniveau
# An option of the evaluation level (the GCS model). $level: output, outtake, outcome or impact.
settings-objective-level-option = { $level ->
    [output] Output: wat we naar buiten brengen
    [outcome] Outcome: wat mensen deden
    [impact] Impact: wat er veranderde
   *[outtake] Outtake: wat het publiek ervan meenam
}
# The KPI's kind: how its readings add up.
settings-objective-kind = De meetwaarde is
# An option of the KPI's kind. $kind: count or level.
settings-objective-kind-option = { $kind ->
    [level] een stand op een moment (een % uit een enquête, een score): de laatste telt
   *[count] een aantal: metingen tellen op (bereik, klikken)
}
settings-member-new = Nieuw teamlid
settings-member-edit = Teamlid bewerken
settings-member-name = Naam
settings-member-role = Rol
settings-member-email = E-mail
settings-member-capacity = Maximaal aantal items per week
settings-member-capacity-hint = Leeg: geen limiet
settings-member-leave = Verlof
# Before the first day of a period of leave.
settings-member-leave-from = Van
# Before the last day of a period of leave.
settings-member-leave-to = tot en met
settings-member-leave-remove = Verwijderen
# $date: the first day of the period of leave (YYYY-MM-DD).
settings-member-leave-remove-label = Verlof vanaf { $date } verwijderen
settings-member-leave-add = Verlof toevoegen
settings-member-approves = Keurt goed
settings-member-approves-everything = Elk item van het plan
# $brand: the brand's name.
settings-member-approves-brand = Alles van { $brand }

## Settings → Team sync: the list of what this laptop set aside, opened under the count.

# Opens the list.
settings-team-set-aside-show = Tonen wat apart is gezet
# The list's column headings.
settings-team-set-aside-when = Wanneer
settings-team-set-aside-from = Van
settings-team-set-aside-what = Veld
settings-team-set-aside-why = Waarom
# In the From column: this laptop's own change, which the server refused.
settings-team-set-aside-this-laptop = Deze laptop
