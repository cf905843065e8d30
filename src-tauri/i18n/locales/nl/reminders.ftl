## Herinneringen: bureaubladmeldingen voor het teamlid achter deze laptop, in de taal van het venster.

# $count: de items die op goedkeuring door dit teamlid wachten.
reminder-approvals = { $count ->
    [one] { $count } item wacht op je goedkeuring
   *[other] { $count } items wachten op je goedkeuring
}
reminder-approvals-body = Open Goedkeuringen om ze goed te keuren of om wijzigingen te vragen.
# Een deadline van een samenwerking. $day: today, tomorrow of later; $date: de dag, kort ("vr 7 mei"), bij later; $title: de samenwerking.
reminder-assets-due = { $day ->
    [today] Deadline materiaal vandaag: “{ $title }”
    [tomorrow] Deadline materiaal morgen: “{ $title }”
   *[later] Deadline materiaal op { $date }: “{ $title }”
}
reminder-approval-due = { $day ->
    [today] Deadline goedkeuring vandaag: “{ $title }”
    [tomorrow] Deadline goedkeuring morgen: “{ $title }”
   *[later] Deadline goedkeuring op { $date }: “{ $title }”
}
reminder-goes-live = { $day ->
    [today] Gaat vandaag live: “{ $title }”
    [tomorrow] Gaat morgen live: “{ $title }”
   *[later] Gaat op { $date } live: “{ $title }”
}
# De zin onder een deadline. $date: de dag voluit; $title: de samenwerking.
reminder-assets-due-body = Het materiaal voor de samenwerking “{ $title }” moet uiterlijk { $date } zijn aangeleverd.
reminder-approval-due-body = De samenwerking “{ $title }” moet uiterlijk { $date } zijn goedgekeurd.
reminder-goes-live-body = De samenwerking “{ $title }” gaat op { $date } live.
# Items die binnenkort verschijnen en nog idee of concept zijn. $count: hoeveel; $date: de laatste bekeken dag, voluit.
reminder-drafts = { $count ->
    [one] { $count } item is nog concept en wordt uiterlijk { $date } gepubliceerd
   *[other] { $count } items zijn nog concept en worden uiterlijk { $date } gepubliceerd
}
# $titles: de titels van de items, elk tussen aanhalingstekens (reminder-quoted), gescheiden door list-separator.
reminder-drafts-body = { $titles }.
# $titles: de titels van de eerste vijf items; $count: hoeveel er nog meer zijn.
reminder-drafts-body-more = { $titles } en nog { $count }.
# De titel van een item in een opsomming. $title: de titel.
reminder-quoted = “{ $title }”
# De titel van het dagelijkse overzicht. $count: het aantal herinneringen erin.
reminder-digest = { $count ->
    [one] Almanac vandaag: { $count } herinnering
   *[other] Almanac vandaag: { $count } herinneringen
}
