## The command palette (Ctrl+K): every area and action of the window by name, and the plan's items by title.

palette-title = Ga naar of voer uit
# The search field's name for screen readers.
palette-search = Opdracht of item
palette-placeholder = Typ een opdracht, een onderdeel of de titel van een item
palette-keys = Met pijl-omhoog en pijl-omlaag kies je, met Enter voer je het uit, met Escape sluit je.
# The list's name for screen readers.
palette-options = Opdrachten en items
palette-nothing = Niets komt overeen met deze woorden.
# Said to screen readers as the list changes.
palette-count = { $count ->
    [0] Geen keuzes
    [one] { $count } keuze
   *[other] { $count } keuzes
}
# $area: an area of the window (Plan, Calendar, Approvals…).
palette-go = Ga naar { $area }
palette-new-campaign = Nieuwe campagne…
palette-new-item = Nieuw item…
# A command of the menu bar: $menu is its menu (Export), $command the command (Annual plan (PDF)…).
palette-in-menu = { $menu }: { $command }
# An item found by its title; the day and channel follow it.
palette-item = Item: { $title }
# Where an item with no day is.
palette-item-undated = Ideeënlijst
