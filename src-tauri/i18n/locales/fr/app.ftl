## The window's frame: the bar with its navigation, undo and redo, and the status line.

# Each language's own name for itself, shown in the language setting.
language-name = Français

app-name = Almanac
app-skip-to-content = Aller au contenu
app-areas = Rubriques
# The button the areas fold into in a narrow window (at 400 % zoom): it names the area shown.
app-areas-now = Rubriques : { $area }
nav-plan = Plan
nav-calendar = Calendrier
nav-checks = Vérifications
nav-approvals = Validations
nav-requests = Demandes
nav-campaigns = Campagnes
nav-collaborations = Collaborations
nav-partners = Partenaires
nav-results = Résultats
nav-settings = Paramètres
app-pause = Suspendre…
app-sync-title = Synchronisation d’équipe : ouvrir ses paramètres
app-history = Historique
app-undo = Annuler
# $label: what the undo takes back, as the history names it ("Load sample plan").
app-undo-labelled = Annuler : { $label }
app-undo-title = Annuler (Ctrl+Z)
# The undo button's tooltip when it names what it undoes: the whole name (the button may cut it short) and its shortcut. $label: the change.
app-undo-labelled-title = Annuler : { $label } (Ctrl+Z)
app-redo = Rétablir
app-redo-title = Rétablir (Ctrl+Shift+Z)
app-opening = Ouverture du plan…

## The team sync indicator in the bar: quiet when all is well, plain when it is not.

sync-syncing = Synchronisation…
# $count: the changes two people made while apart, waiting for a person to choose.
sync-conflicts = { $count ->
    [one] { $count } conflit
   *[other] { $count } conflits
}
sync-offline = Hors ligne
# $count: this laptop's changes not yet on the team's server.
sync-offline-waiting = Hors ligne · { $count } en attente
# $count: this laptop's changes not yet on the team's server.
sync-waiting = { $count } en attente
sync-synced = Synchronisé


## What the status line announces after a move, an undo or a redo, and the words the whole window shares.

# After an item is moved. $title: the item; $backlog: yes when it went to the Ideas backlog; $when: its new day and time, as the language writes them ("4 Mar 2027, 09:30"); $channel: its channel; $findings: the problems the move created.
app-moved = { $backlog ->
    [yes] « { $title } » déplacé dans la réserve d’idées.
   *[no] « { $title } » déplacé au { $when } sur { $channel }.
}{ $findings ->
    [0] {""}
    [one] {" "}Cela a créé { $findings } constat.
   *[other] {" "}Cela a créé { $findings } constats.
} Ctrl+Z pour annuler.
# $label: what was undone, as the history names it ("Move").
app-undone = Annulé : { $label }
app-nothing-to-undo = Rien à annuler
# $label: what was done again, as the history names it.
app-redone = Rétabli : { $label }
app-nothing-to-redo = Rien à rétablir
# An item's channel that was deleted meanwhile.
app-unknown-channel = Canal inconnu
# Channel kinds that are not social networks (the networks keep their own names).
platform-blog = Blog
platform-newsletter = Lettre d’information
platform-website = Site web
# A channel as people say it: its network's name (or platform-blog, -newsletter, -website) and its handle or name. $platform, $handle.
channel-name = { $platform } { $handle }
# A record someone else deleted meanwhile. $entity: its kind.
error-not-found = { $entity ->
    [contentItem] Ce contenu n’existe plus.
    [series] Cette série n’existe plus.
    [campaign] Cette campagne n’existe plus.
    [collaboration] Cette collaboration n’existe plus.
    [channel] Ce canal n’existe plus.
    [brand] Cette marque n’existe plus.
    [objective] Cet objectif n’existe plus.
    [member] Ce membre de l’équipe n’existe plus.
    [partner] Ce partenaire n’existe plus.
    [partnerGroup] Ce groupe de partenaires n’existe plus.
    [keyDate] Cette date clé n’existe plus.
    [request] Cette demande n’existe plus.
    [comment] Ce commentaire n’existe plus.
    [approval] Cette validation n’existe plus.
    [loggedDecision] Cette décision n’existe plus.
    [coverageRule] Cette règle n’existe plus.
    [crisisPause] Cette pause n’existe plus.
    [planYear] Le plan de cette année n’existe plus.
    [postLink] Ce lien vers une publication n’existe plus.
    [postResult] Les résultats de cette publication n’existent plus.
    [outcome] Ce résultat n’existe plus.
    [conflict] Ce conflit a déjà été résolu.
   *[other] Cet élément n’existe plus.
}
# Said when View → Zoom changes the window's zoom; percent is the new zoom.
app-zoomed = Zoom : { $percent } %
