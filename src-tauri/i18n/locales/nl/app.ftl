## The window's frame: the bar with its navigation, undo and redo, and the status line.

# Each language's own name for itself, shown in the language setting.
language-name = Nederlands

app-name = Almanac
app-skip-to-content = Direct naar inhoud
app-areas = Onderdelen
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
app-redo = Opnieuw uitvoeren
app-redo-title = Opnieuw uitvoeren (Ctrl+Shift+Z)
app-opening = Het plan wordt geopend…
