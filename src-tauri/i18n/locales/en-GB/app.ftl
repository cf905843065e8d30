## The window's frame: the bar with its navigation, undo and redo, and the status line.

# Each language's own name for itself, shown in the language setting.
language-name = English (UK)

app-name = Almanac
app-skip-to-content = Skip to content
app-areas = Areas
# The button the areas fold into in a narrow window (at 400 % zoom): it names the area shown.
app-areas-now = Areas: { $area }
nav-plan = Plan
nav-calendar = Calendar
nav-checks = Checks
nav-approvals = Approvals
nav-requests = Requests
nav-campaigns = Campaigns
nav-collaborations = Collaborations
nav-partners = Partners
nav-results = Results
nav-settings = Settings
app-pause = Pause…
app-sync-title = Team sync: open its settings
app-history = History
app-undo = Undo
# $label: what the undo takes back, as the history names it ("Load sample plan").
app-undo-labelled = Undo: { $label }
app-undo-title = Undo (Ctrl+Z)
# The undo button's tooltip when it names what it undoes: the whole name (the button may cut it short) and its shortcut. $label: the change.
app-undo-labelled-title = Undo: { $label } (Ctrl+Z)
app-redo = Redo
app-redo-title = Redo (Ctrl+Shift+Z)
app-opening = Opening the plan…

## The team sync indicator in the bar: quiet when all is well, plain when it is not.

sync-syncing = Syncing…
# $count: the changes two people made while apart, waiting for a person to choose.
sync-conflicts = { $count ->
    [one] { $count } conflict
   *[other] { $count } conflicts
}
sync-offline = Offline
# $count: this laptop's changes not yet on the team's server.
sync-offline-waiting = Offline · { $count } waiting
# $count: this laptop's changes not yet on the team's server.
sync-waiting = { $count } waiting
sync-synced = Synced

## What the status line announces after a move, an undo or a redo, and the words the whole window shares.

# After an item is moved. $title: the item; $backlog: yes when it went to the Ideas backlog; $when: its new day and time, as the language writes them ("4 Mar 2027, 09:30"); $channel: its channel; $findings: the problems the move created.
app-moved = { $backlog ->
    [yes] Moved “{ $title }” to the Ideas backlog.
   *[no] Moved “{ $title }” to { $when } on { $channel }.
}{ $findings ->
    [0] {""}
    [one] {" "}It created { $findings } finding.
   *[other] {" "}It created { $findings } findings.
} Undo with Ctrl+Z.
# $label: what was undone, as the history names it ("Move").
app-undone = Undone: { $label }
app-nothing-to-undo = Nothing to undo
# $label: what was done again, as the history names it.
app-redone = Redone: { $label }
app-nothing-to-redo = Nothing to redo
# An item's channel that was deleted meanwhile.
app-unknown-channel = Unknown channel
# Channel kinds that are not social networks (the networks keep their own names).
platform-blog = Blog
platform-newsletter = Newsletter
platform-website = Website
# A channel as people say it: its network's name (or platform-blog, -newsletter, -website) and its handle or name. $platform, $handle.
channel-name = { $platform } { $handle }
# A record someone else deleted meanwhile. $entity: its kind.
error-not-found = { $entity ->
    [contentItem] That item no longer exists.
    [series] That series no longer exists.
    [campaign] That campaign no longer exists.
    [collaboration] That collaboration no longer exists.
    [channel] That channel no longer exists.
    [brand] That brand no longer exists.
    [objective] That objective no longer exists.
    [member] That team member no longer exists.
    [partner] That partner no longer exists.
    [partnerGroup] That partner group no longer exists.
    [keyDate] That key date no longer exists.
    [request] That request no longer exists.
    [comment] That comment no longer exists.
    [approval] That approval no longer exists.
    [loggedDecision] That decision no longer exists.
    [coverageRule] That rule no longer exists.
    [crisisPause] That pause no longer exists.
    [planYear] That year's plan no longer exists.
    [postLink] That link to a post no longer exists.
    [postResult] That post's results no longer exist.
    [outcome] That outcome no longer exists.
    [conflict] That conflict has been settled already.
   *[other] That no longer exists.
}
# Said when View → Zoom changes the window's zoom; percent is the new zoom.
app-zoomed = Zoom: { $percent }%
