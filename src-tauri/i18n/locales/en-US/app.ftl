## The window's frame: the bar with its navigation, undo and redo, and the status line.

# Each language's own name for itself, shown in the language setting.
language-name = English (US)

app-name = Almanac
app-skip-to-content = Skip to content
app-areas = Areas
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
app-redo = Redo
app-redo-title = Redo (Ctrl+Shift+Z)
app-opening = Opening the plan…
