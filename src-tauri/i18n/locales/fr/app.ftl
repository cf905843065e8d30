## The window's frame: the bar with its navigation, undo and redo, and the status line.

# Each language's own name for itself, shown in the language setting.
language-name = Français

app-name = Almanac
app-skip-to-content = Aller au contenu
app-areas = Rubriques
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
app-redo = Rétablir
app-redo-title = Rétablir (Ctrl+Shift+Z)
app-opening = Ouverture du plan…
