## The command palette (Ctrl+K): every area and action of the window by name, and the plan's items by title.

palette-title = Atteindre ou exécuter
# The search field's name for screen readers.
palette-search = Commande ou contenu
palette-placeholder = Saisissez une commande, une rubrique ou le titre d’un contenu
palette-keys = Les flèches Haut et Bas choisissent, Entrée exécute, Échap ferme.
# The list's name for screen readers.
palette-options = Commandes et contenus
palette-nothing = Rien ne correspond à ces mots.
# Said to screen readers as the list changes.
palette-count = { $count ->
    [0] Aucun choix
    [one] { $count } choix
   *[other] { $count } choix
}
# $area: an area of the window (Plan, Calendar, Approvals…).
palette-go = Aller à { $area }
palette-new-campaign = Nouvelle campagne…
palette-new-item = Nouveau contenu…
# A command of the menu bar: $menu is its menu (Export), $command the command (Annual plan (PDF)…).
palette-in-menu = { $menu } : { $command }
# An item found by its title; the day and channel follow it.
palette-item = Contenu : { $title }
# Where an item with no day is.
palette-item-undated = Réserve d’idées
