## Collaborations: the tracker of the plan's collaborations with partners (what is due this
## week, one row per collaboration) and the collaboration dialog with its briefing pack.

## The tracker.

collaborations-title = Samenwerkingen
# The button above the tracker and the title of the dialog it opens.
collaborations-new = Nieuwe samenwerking
collaborations-this-week = Deze week
# A deadline: $deadline: its kind ("Assets due", "Approval due", "Goes live"); $date: its day (2027-04-01).
collaborations-deadline = { $deadline } { $date }
# An entry of This week. $deadline: the deadline as collaborations-deadline says it (in bold);
# $title: the collaboration (a button). The collaboration's first finding may follow.
collaborations-week-entry = { $deadline }: { $title }
collaborations-nothing-due = Geen deadlines in de komende zeven dagen.
collaborations-column-collaboration = Samenwerking
# The column and the field of the collaboration's kind (collab post, thread relay…).
collaborations-kind = Soort
# The column and the field of the go-live time. $zone: the plan's time zone (Europe/London).
collaborations-goes-live = Gaat live ({ $zone })
collaborations-column-next-deadline = Volgende deadline
collaborations-column-partners = Partners
collaborations-column-findings = Bevindingen
# Under a row's next deadline. $date: the day the partners need approval by (2027-04-01);
# $count: the collaboration's items still waiting for approval (0: all approved).
collaborations-approval-due = { $count ->
        [0] Goedkeuring uiterlijk { $date }: alles goedgekeurd
        [one] Goedkeuring uiterlijk { $date }: { $count } item wacht
       *[other] Goedkeuring uiterlijk { $date }: { $count } items wachten
    }
collaborations-empty = Nog geen samenwerkingen.

## The collaboration dialog.

# A finding with its suggested fix. $message: the finding; $fix: what would fix it (both from the checks).
collaborations-finding-fix = { $message }. { $fix }.
collaborations-title-field = Titel
collaborations-campaign = Campagne
# The choice of no campaign.
collaborations-no-campaign = Geen
collaborations-assets-due = Deadline materiaal
collaborations-approval-due-field = Deadline goedkeuring
collaborations-key-message = Kernboodschap
collaborations-hashtags = Hashtags
collaborations-asset-specs = Specificaties materiaal
collaborations-asset-specs-hint = Formaten, afmetingen en bijschriften die elke partner aanlevert
# The legend of the partners in the collaboration. $count: how many.
collaborations-partners-count = Partners ({ $count })
collaborations-column-partner = Partner
collaborations-column-role = Rol
collaborations-column-status = Status
# A thread relay's column of each partner's slot. $zone: the plan's time zone (Europe/London).
collaborations-column-slot = Tijdslot ({ $zone })
# The column of the go-live (and slot) on each partner's own clock.
collaborations-column-clock = Hun lokale tijd
# In place of the name of a partner since deleted.
collaborations-removed-partner = Verwijderde partner
# The accessible names of a partner's fields. $name: the partner.
collaborations-role-of = Rol van { $name }
collaborations-status-of = Status van { $name }
collaborations-slot-of = Tijdslot in de estafette van { $name }
# A partner's relay slot on its own clock. $time: the time (14:00).
collaborations-their-slot = tijdslot { $time }
# The accessible names of the buttons that reorder a thread relay. $name: the partner.
collaborations-move-earlier = { $name } eerder in de estafette zetten
collaborations-move-later = { $name } later in de estafette zetten
# The button that takes a partner out (and its column's hidden header).
collaborations-remove = Verwijderen
# The Remove button as read by screen readers. $name: the partner.
collaborations-remove-partner = { $name } verwijderen
collaborations-partner-to-add = Partner om toe te voegen
collaborations-add-partner-option = Partner toevoegen…
collaborations-add = Toevoegen
collaborations-group-to-add = Groep om toe te voegen
collaborations-add-group-option = Hele groep toevoegen…
# A partner group in the list. $name: the group; $count: how many partners it holds.
collaborations-group = { $name } ({ $count })
collaborations-add-group = Groep toevoegen
# $count: how many content items are linked to the collaboration.
collaborations-linked-items = Gekoppelde contentitems ({ $count })
# The label of the search among the items that can be linked.
collaborations-find = Zoeken
collaborations-items-hint = Vul het moment van livegang (en de campagne) in om de items daaromheen te tonen.
collaborations-notes = Notities
collaborations-delete = Verwijderen
# The status line after saving. $title: the collaboration.
collaborations-saved = Samenwerking “{ $title }” opgeslagen
collaborations-deleted = Samenwerking verwijderd. Ongedaan maken met Ctrl+Z.

## The briefing pack: a one-page PDF and an e-mail text for the partners.

collaborations-brief-legend = Briefingpakket voor de partners (opgeslagen versie)
# The suggested file name. $title: the collaboration.
collaborations-brief-file-name = Briefing – { $title }.pdf
collaborations-brief-path = PDF van één pagina opslaan als
collaborations-brief-choose = Kiezen…
collaborations-brief-export = PDF exporteren
collaborations-copy-email = E-mailtekst kopiëren
# After export. $path: where the PDF was saved (set as code).
collaborations-brief-saved-to = Opgeslagen in { $path }
collaborations-brief-open = PDF openen
# The status line after export. $path: the PDF's full path.
collaborations-brief-saved = Briefingpakket opgeslagen in { $path }.
collaborations-email-copied = De briefingtekst staat op het klembord: plak hem in een e-mail.
collaborations-email-no-clipboard = Het klembord is hier niet beschikbaar; de tekst staat hieronder, zodat je hem kunt kopiëren.
# The accessible name of the box showing the e-mail text when the clipboard is not available.
collaborations-email-text = E-mailtekst van de briefing
