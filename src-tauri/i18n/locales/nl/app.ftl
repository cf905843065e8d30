## The window's frame: the bar with its navigation, undo and redo, and the status line.

# Each language's own name for itself, shown in the language setting.
language-name = Nederlands

app-name = Almanac
app-skip-to-content = Direct naar inhoud
app-areas = Onderdelen
# The button the areas fold into in a narrow window (at 400 % zoom): it names the area shown.
app-areas-now = Onderdelen: { $area }
nav-plan = Planning
nav-calendar = Kalender
nav-checks = Controles
nav-approvals = Goedkeuringen
nav-requests = Verzoeken
nav-campaigns = Campagnes
nav-collaborations = Samenwerkingen
nav-partners = Partners
nav-results = Resultaten
nav-settings = Instellingen
app-pause = Pauzeren…
app-sync-title = Teamsynchronisatie: instellingen openen
app-history = Geschiedenis
app-undo = Ongedaan maken
# $label: what the undo takes back, as the history names it ("Load sample plan").
app-undo-labelled = Ongedaan maken: { $label }
app-undo-title = Ongedaan maken (Ctrl+Z)
# The undo button's tooltip when it names what it undoes: the whole name (the button may cut it short) and its shortcut. $label: the change.
app-undo-labelled-title = Ongedaan maken: { $label } (Ctrl+Z)
app-redo = Opnieuw uitvoeren
app-redo-title = Opnieuw uitvoeren (Ctrl+Shift+Z)
app-opening = Het plan wordt geopend…

## The team sync indicator in the bar: quiet when all is well, plain when it is not.

sync-syncing = Synchroniseren…
# $count: the changes two people made while apart, waiting for a person to choose.
sync-conflicts = { $count ->
    [one] { $count } conflict
   *[other] { $count } conflicten
}
sync-offline = Offline
# $count: this laptop's changes not yet on the team's server.
sync-offline-waiting = Offline · { $count } in wachtrij
# $count: this laptop's changes not yet on the team's server.
sync-waiting = { $count } in wachtrij
sync-synced = Gesynchroniseerd


## What the status line announces after a move, an undo or a redo, and the words the whole window shares.

# After an item is moved. $title: the item; $backlog: yes when it went to the Ideas backlog; $when: its new day and time, as the language writes them ("4 Mar 2027, 09:30"); $channel: its channel; $findings: the problems the move created.
app-moved = { $backlog ->
    [yes] “{ $title }” verplaatst naar de ideeënlijst.
   *[no] “{ $title }” verplaatst naar { $when } op { $channel }.
}{ $findings ->
    [0] {""}
    [one] {" "}Dit leverde { $findings } bevinding op.
   *[other] {" "}Dit leverde { $findings } bevindingen op.
} Ongedaan maken met Ctrl+Z.
# $label: what was undone, as the history names it ("Move").
app-undone = Ongedaan gemaakt: { $label }
app-nothing-to-undo = Niets om ongedaan te maken
# $label: what was done again, as the history names it.
app-redone = Opnieuw uitgevoerd: { $label }
app-nothing-to-redo = Niets om opnieuw uit te voeren
# An item's channel that was deleted meanwhile.
app-unknown-channel = Onbekend kanaal
# Channel kinds that are not social networks (the networks keep their own names).
platform-blog = Blog
platform-newsletter = Nieuwsbrief
platform-website = Website
# A channel as people say it: its network's name (or platform-blog, -newsletter, -website) and its handle or name. $platform, $handle.
channel-name = { $platform } { $handle }
# A record someone else deleted meanwhile. $entity: its kind.
error-not-found = { $entity ->
    [contentItem] Dat item bestaat niet meer.
    [series] Die reeks bestaat niet meer.
    [campaign] Die campagne bestaat niet meer.
    [collaboration] Die samenwerking bestaat niet meer.
    [channel] Dat kanaal bestaat niet meer.
    [brand] Dat merk bestaat niet meer.
    [objective] Die doelstelling bestaat niet meer.
    [member] Dat teamlid bestaat niet meer.
    [partner] Die partner bestaat niet meer.
    [partnerGroup] Die partnergroep bestaat niet meer.
    [keyDate] Die belangrijke datum bestaat niet meer.
    [request] Dat verzoek bestaat niet meer.
    [comment] Die opmerking bestaat niet meer.
    [approval] Die goedkeuring bestaat niet meer.
    [loggedDecision] Dat besluit bestaat niet meer.
    [coverageRule] Die regel bestaat niet meer.
    [crisisPause] Die pauze bestaat niet meer.
    [planYear] Het plan voor dat jaar bestaat niet meer.
    [postLink] Die link naar een bericht bestaat niet meer.
    [postResult] De resultaten van dat bericht bestaan niet meer.
    [outcome] Die outcome bestaat niet meer.
    [conflict] Dat conflict is al opgelost.
   *[other] Dat bestaat niet meer.
}
# Said when View → Zoom changes the window's zoom; percent is the new zoom.
app-zoomed = Zoom: { $percent }%
