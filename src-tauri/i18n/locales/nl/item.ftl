## The item editor: a content item's fields, its repeat, its language versions, its approvals, history and findings.

item-dialog-new = Nieuw item
item-dialog-edit = Item bewerken
item-field-title = Titel
item-field-copy = Tekst
# Under the copy: its length as the channel's network counts it ("X 312/280 — over the limit", "Instagram 120/2200 · 3/30 hashtags").
# $platform: the network ("X"); $length, $limit: the characters counted and allowed;
# $withHashtags: "yes" when the network limits hashtags, then $hashtags, $hashtagLimit: the hashtags counted and allowed;
# $over: "yes" when the copy is over a limit.
item-copy-count = { $platform } { $length }/{ $limit }{ $withHashtags ->
        [yes] {" "}· { $hashtags }/{ $hashtagLimit } hashtags
       *[no] {""}
    }{ $over ->
        [yes] {" "}— boven de limiet
       *[no] {""}
    }
item-field-channel = Kanaal
# A channel no longer in use, in the list of channels. $channel: its name.
item-channel-inactive = { $channel } (inactief)
item-field-format = Vorm
item-field-status = Status
item-field-campaign = Campagne
item-no-campaign = Geen campagne
item-objectives = Doelstellingen
item-field-date = Datum
item-date-hint = Leeg: het item wacht in de ideeënlijst.
# $zone: the plan's time zone ("Europe/London").
item-field-time = Tijd ({ $zone })
item-time-hint = Leeg: de hele dag.
item-field-owner = Eigenaar
item-no-owner = Nog niemand
item-field-language = Taal
# An example language code in the empty Language field.
item-language-placeholder = nl
item-evergreen = Evergreen: mag worden ingepland om gaten in de planning te vullen
item-field-link = Link naar het bericht
item-link-hint = De permalink of het bericht-ID: bij het importeren van resultaten worden de cijfers van de platforms hiermee aan het item gekoppeld.

# The repeat of a new item.
item-repeat = Herhaling
# Before the list of frequencies ("Repeats [Weekly] every [2]").
item-repeats = Herhalen
item-repeat-none = Niet herhalen
item-repeat-daily = Dagelijks
item-repeat-weekly = Wekelijks
item-repeat-monthly-day = Maandelijks, op deze dag van de maand
item-repeat-monthly-weekday = Maandelijks, op deze weekdag (bijv. 2e vrijdag)
item-repeat-yearly = Jaarlijks
item-repeat-custom = Eigen regel (RRULE)
# After the frequency; $input: where the field with the interval (a number) goes.
item-repeat-every = om de { $input }
item-repeat-interval = Interval
item-repeat-days = Op deze dagen
# Weekdays, short, beside the weekly repeat's tick boxes.
item-weekday-mo = ma
item-weekday-tu = di
item-weekday-we = wo
item-weekday-th = do
item-weekday-fr = vr
item-weekday-sa = za
item-weekday-su = zo
# $input: where the field with the number of occurrences goes.
item-repeat-ends-after = Eindigt na { $input } keer
item-repeat-occurrences = Aantal keer
# $input: where the field with the last day goes.
item-repeat-ends-on = Eindigt op { $input }
item-repeat-last-day = Laatste dag
# $rule: the RRULE value the choices make ("FREQ=WEEKLY;BYDAY=FR;COUNT=10"), shown as code.
item-repeat-rule = Regel: { $rule }

# An occurrence of a series. $rule: the series' RRULE value, shown as code; $count: its occurrences.
item-series = Herhaling: { $rule } ({ $count ->
        [one] { $count } exemplaar
       *[other] { $count } exemplaren
    })
item-scope-one = Alleen dit exemplaar opslaan of verwijderen
item-scope-following = Dit en de volgende exemplaren
item-scope-all = Alle exemplaren

item-versions = Taalversies
# A copy of the item in another language. $language: its language code ("cy"); $title: its title.
item-version = { $language }: { $title }
# $date: the version's date and time ("2027-03-12 09:00").
item-version-date = ({ $date })
item-version-no-date = (geen datum)
# $input: where the field with the language code goes.
item-add-version-in = Versie toevoegen in taal { $input }
# An example language code in the empty field.
item-new-language-placeholder = fy
item-add-version = Versie toevoegen

# A field two people changed while their laptops were apart.
item-conflict = Door twee mensen gewijzigd
# $member: the other person; $field: the field's name ("date and time").
item-conflict-title = Jij en { $member } hebben los van elkaar ‘{ $field }’ gewijzigd.
# $mine, $theirs: the two values; $member: the other person; $holds: "mine" or "theirs", the value the plan holds until one is kept.
item-conflict-values = Jouw versie: “{ $mine }” · die van { $member }: “{ $theirs }” · tot er een keuze is, houdt het plan { $holds ->
        [mine] jouw versie
       *[theirs] die van { $member }
    } aan.
item-keep-mine = Mijn versie houden
item-keep-theirs = Versie van de ander houden

item-approvals = Goedkeuringen
# A decision on the item. $decision: "approved" or "changesRequested"; $member: who decided (in bold); $when: the date and time.
item-approval = { $decision ->
        [approved] Goedgekeurd
       *[changesRequested] Wijzigingen gevraagd
    } door { $member }, { $when }
# As item-approval, with the approver's $comment.
item-approval-commented = { $decision ->
        [approved] Goedgekeurd
       *[changesRequested] Wijzigingen gevraagd
    } door { $member }, { $when }: “{ $comment }”
# $count: the changes in the item's history.
item-history = Geschiedenis ({ $count })
item-findings = Bevindingen
# A finding's severity, on its badge.
item-severity-info = info
item-severity-warning = waarschuwing
item-severity-error = fout
# A finding with its fix. $message, $fix: the finding's message and fix.
item-finding-fix = { $message } — { $fix }.
item-delete = Verwijderen
item-move = Verplaatsen naar…

# Announced after a series is added. $title: the item's title; $count: its occurrences.
item-added-series = “{ $title }” toegevoegd als herhaling: { $count ->
        [one] { $count } exemplaar
       *[other] { $count } exemplaren
    }. Ongedaan maken met Ctrl+Z.
item-saved = “{ $title }” opgeslagen
# $side: "mine" or "theirs"; $member: the other person; $label: the row's name.
item-kept = { $side ->
        [mine] Jouw wijziging aan “{ $label }” is behouden.
       *[theirs] De wijziging van { $member } aan “{ $label }” is behouden.
    }
# $language: the new version's language code; $title: its title.
item-added-version = Versie “{ $title }” ({ $language }) toegevoegd.
item-deleted = “{ $title }” verwijderd. Ongedaan maken met Ctrl+Z.
