## The journal's names for the changes made to the plan: what Undo and Redo offer, what an
## item's history and the audit trail list. Kept as data, so each reader sees them in their
## own language. $title: a record's title or name, cut to 40 characters (with "…").

history-undo = Ongedaan maken: { $action }
history-redo = Opnieuw uitvoeren: { $action }
# $text: the name of a change recorded before names were kept as data, as it was written.
history-recorded = { $text }

history-move = “{ $title }” verplaatsen
history-move-to-backlog = “{ $title }” naar de ideeënlijst verplaatsen

history-add-item = “{ $title }” toevoegen
history-edit-item = “{ $title }” bewerken
history-delete-item = “{ $title }” verwijderen
history-delete-occurrence = Eén exemplaar van “{ $title }” verwijderen
# $language: the version's language code ("fr").
history-add-version = Taalversie ({ $language }) van “{ $title }” toevoegen

history-add-series = Reeks “{ $title }” toevoegen ({ $count ->
    [one] { $count } exemplaar
   *[other] { $count } exemplaren
})
history-edit-series-all = Alle exemplaren van “{ $title }” bewerken
history-edit-series-following = “{ $title }” en de volgende exemplaren bewerken
history-delete-series = Reeks “{ $title }” verwijderen
history-delete-series-following = “{ $title }” en de volgende exemplaren verwijderen

history-add-campaign = Campagne “{ $title }” toevoegen
history-edit-campaign = Campagne “{ $title }” bewerken
history-delete-campaign = Campagne “{ $title }” verwijderen
history-move-campaign = Campagne “{ $title }” verplaatsen
history-resize-campaign = Looptijd van campagne “{ $title }” aanpassen
history-add-team-member = Teamlid “{ $title }” toevoegen
history-edit-team-member = Teamlid “{ $title }” bewerken
history-delete-team-member = Teamlid “{ $title }” verwijderen
history-add-channel = Kanaal “{ $title }” toevoegen
history-edit-channel = Kanaal “{ $title }” bewerken
history-delete-channel = Kanaal “{ $title }” verwijderen
history-add-partner-group = Partnergroep “{ $title }” toevoegen
history-edit-partner-group = Partnergroep “{ $title }” bewerken
history-delete-partner-group = Partnergroep “{ $title }” verwijderen
history-add-partner = Partner “{ $title }” toevoegen
history-edit-partner = Partner “{ $title }” bewerken
history-delete-partner = Partner “{ $title }” verwijderen
# $duplicate, $keep: the two partners' names.
history-merge-partners = “{ $duplicate }” samenvoegen met “{ $keep }”
history-add-objective = Doelstelling “{ $title }” toevoegen
history-edit-objective = Doelstelling “{ $title }” bewerken
history-delete-objective = Doelstelling “{ $title }” verwijderen
history-add-key-date = Belangrijke datum “{ $title }” toevoegen
history-edit-key-date = Belangrijke datum “{ $title }” bewerken
history-delete-key-date = Belangrijke datum “{ $title }” verwijderen
history-add-brand = Merk “{ $title }” toevoegen
history-edit-brand = Merk “{ $title }” bewerken
history-delete-brand = Merk “{ $title }” verwijderen

# $objective: the objective's name.
history-add-coverage-rule = Dekkingsregel toevoegen aan “{ $objective }”
history-edit-coverage-rule = Dekkingsregel van “{ $objective }” bewerken
history-delete-coverage-rule = Dekkingsregel verwijderen
history-fill-coverage-gaps = { $count ->
    [one] { $count } dekkingshiaat opvullen
   *[other] { $count } dekkingshiaten opvullen
}

history-send-for-review-one = “{ $title }” ter goedkeuring aanbieden
history-send-for-review-many = { $count ->
    [one] { $count } item ter goedkeuring aanbieden
   *[other] { $count } items ter goedkeuring aanbieden
}
history-approve-one = “{ $title }” goedkeuren
history-approve-many = { $count ->
    [one] { $count } item goedkeuren
   *[other] { $count } items goedkeuren
}
history-request-changes-one = Om wijzigingen vragen voor “{ $title }”
history-request-changes-many = { $count ->
    [one] Om wijzigingen vragen voor { $count } item
   *[other] Om wijzigingen vragen voor { $count } items
}

history-add-request = Verzoek “{ $title }” toevoegen
history-edit-request = Verzoek “{ $title }” bewerken
history-delete-request = Verzoek “{ $title }” verwijderen
history-accept-request = Verzoek “{ $title }” accepteren
history-decline-request = Verzoek “{ $title }” afwijzen
history-park-request = Verzoek “{ $title }” parkeren

history-add-collaboration = Samenwerking “{ $title }” toevoegen
history-edit-collaboration = Samenwerking “{ $title }” bewerken
history-delete-collaboration = Samenwerking “{ $title }” verwijderen
# $partner: the partner's name; $status: where it now stands ("Confirmed").
history-partner-status = “{ $title }”: { $partner } { $status }
# $group: the partner group's name.
history-add-group = “{ $group }” toevoegen aan “{ $title }”

history-link-post = “{ $title }” aan het bericht koppelen
history-add-outcome = “{ $title }” noteren
history-edit-outcome = “{ $title }” bewerken
history-remove-outcome = “{ $title }” verwijderen
# $year: the plan's year ("2027").
history-edit-plan-year = Plan voor { $year } bewerken

# $reason: why the team paused (its own words).
history-pause = { $count ->
    [one] { $count } item pauzeren: “{ $reason }”
   *[other] { $count } items pauzeren: “{ $reason }”
}
history-resume = { $count ->
    [one] { $count } item hervatten na “{ $reason }”
   *[other] { $count } items hervatten na “{ $reason }”
}
history-resume-reflow = { $count ->
    [one] { $count } item hervatten en doorschuiven tot na “{ $reason }”
   *[other] { $count } items hervatten en doorschuiven tot na “{ $reason }”
}

history-change-settings = Instellingen wijzigen
history-set-aside = Rijen die Almanac niet kon lezen apart zetten
history-add-comment = Opmerking plaatsen bij “{ $title }”
history-delete-comment = Opmerking verwijderen
# $decision: the decision as logged (its own words).
history-log-decision = Besluit “{ $decision }” vastleggen
history-edit-decision = Besluit “{ $decision }” bewerken
history-remove-decision = Besluit “{ $decision }” verwijderen

# $file: the file's name.
history-import-partners = { $count ->
    [one] { $count } partner importeren uit { $file }
   *[other] { $count } partners importeren uit { $file }
}
history-import-items = { $count ->
    [one] { $count } item importeren uit { $file }
   *[other] { $count } items importeren uit { $file }
}
history-import-key-dates = { $count ->
    [one] { $count } belangrijke datum importeren uit { $file }
   *[other] { $count } belangrijke data importeren uit { $file }
}
history-import-blackouts = { $count ->
    [one] { $count } stilteperiode importeren uit { $file }
   *[other] { $count } stilteperiodes importeren uit { $file }
}
history-import-results = { $count ->
    [one] Resultaten van { $count } bericht importeren uit { $file }
   *[other] Resultaten van { $count } berichten importeren uit { $file }
}
history-link-posts = { $count ->
    [one] { $count } item aan het bericht koppelen
   *[other] { $count } items aan hun berichten koppelen
}
history-import-plan = Het hele plan importeren uit { $file }
history-load-sample = Voorbeeldplan laden

# $field: the field both sides changed, as the plan names it.
history-keep-mine = Mijn versie houden: { $field } van “{ $title }”
history-keep-theirs = Versie van de ander houden: { $field } van “{ $title }”
history-restore = “{ $title }” herstellen
# $reason: the team server's reason, as it gave it.
history-refused = Geweigerd door de teamserver: { $reason }
history-from-team = Wijzigingen van het team
history-team-created = Aangemaakt
history-team-deleted = Verwijderd
# $fields: the fields the change set, as the plan names them.
history-team-changed = Gewijzigd: { $fields }
