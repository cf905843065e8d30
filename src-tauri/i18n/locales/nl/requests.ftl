## Requests: the list of requests from other departments and the dialog that weighs one against the plan and decides it.

requests-title = Verzoeken
# Button and title of the dialog for a new request.
requests-new = Nieuw verzoek
# Above the list. $fitting: requests that fit an objective; $total: all requests; $share: the percentage that fit (0–100).
requests-fit = Verzoeken die bij een doelstelling passen: { $fitting } van { $total } ({ $share }%).
# Column headings.
requests-column-request = Verzoek
requests-column-from = Van
requests-column-received = Ontvangen
requests-column-age = Ouderdom
requests-column-wanted = Gewenst
requests-column-decision = Besluit
# Column heading and field label.
requests-objective = Doelstelling
# In the From column. $requester: who asks; $department: their department.
requests-from-department = { $requester }, { $department }
# In the Age column. $count: days since the request came in.
requests-age = { $count ->
    [one] { $count } dag
   *[other] { $count } dagen
}
# The decisions on a request.
requests-decision-open = Open
requests-decision-accepted = Geaccepteerd
requests-decision-declined = Afgewezen
requests-decision-parked = Geparkeerd
# Under an accepted request. $title: the content item it became.
requests-item = Item: { $title }
requests-item-deleted = Het item is verwijderd
requests-empty = Nog geen verzoeken.

## The request dialog.

# Status line. $title: what is asked for.
requests-saved = Verzoek “{ $title }” opgeslagen.
# Status line. $title: the request; $day: the wanted day ("2027-04-06").
requests-accepted-dated = “{ $title }” geaccepteerd: een conceptitem op { $day }. Ongedaan maken met Ctrl+Z.
# Status line. $title: the request.
requests-accepted-backlog = “{ $title }” geaccepteerd: een conceptitem in de ideeënlijst. Ongedaan maken met Ctrl+Z.
# Status line. $title: the request.
requests-declined = “{ $title }” afgewezen.
# Status line: the request is set aside for later. $title: the request.
requests-parked = “{ $title }” geparkeerd.
# Title of the dialog for an existing request.
requests-dialog-title = Verzoek
requests-field-requester = Aanvrager
requests-field-department = Afdeling
requests-field-contact = Contact
requests-field-title = Wat wordt er gevraagd
# The request as the requester wrote it.
requests-field-text = Oorspronkelijke tekst
requests-field-text-hint = Blijft bij het item als het verzoek wordt geaccepteerd.
requests-field-audience = Doelgroep
# The day the request came in.
requests-field-received = Ontvangen op
# The day the requester wants it published.
requests-field-wanted = Gewenst op
requests-field-channel = Kanaal
requests-channel-none = Niet gekozen
requests-objective-none = Geen
requests-assess = Toetsen aan het plan
# Before the objectives the request's words fit.
requests-fits = Past bij:
# Button beside a suggested objective: choose it for the request.
requests-use-objective = Gebruiken
requests-fits-none = De woorden passen bij geen enkele doelstelling.
# $objective: the objective's name; $rule: its rule in words (from Almanac's checks); $planned: items planned in the period; $required: items the rule asks for; $start, $end: the period's first and last day ("2027-04-01").
requests-gap = Vult een hiaat: { $objective }, { $rule }: { $planned } van { $required } gepland, { $start } t/m { $end }.
# After a ⛔ or ⚠ sign. $day: the wanted day ("2027-04-06"); $message: the finding, from Almanac's checks.
requests-finding = Op { $day }: { $message }
# $day: the wanted day.
requests-no-finding = Geen problemen op { $day }.
# Legend of the decision part of the dialog.
requests-decide = Besluiten
requests-reason = Reden (bij afwijzen of parkeren)
# Button: a draft item on the wanted day. $day: that day ("2027-04-06").
requests-accept-dated = Accepteren op { $day }
# The same button while no wanted day is given.
requests-accept-dated-unset = Accepteren op de gewenste dag
requests-accept-backlog = Accepteren in de ideeënlijst
# Button: set the request aside for later.
requests-park = Parkeren
requests-decline = Afwijzen
requests-cancel = Annuleren
requests-save = Opslaan
