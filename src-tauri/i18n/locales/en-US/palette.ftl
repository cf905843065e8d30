## The command palette (Ctrl+K): every area and action of the window by name, and the plan's items by title.

palette-title = Go to or do
# The search field's name for screen readers.
palette-search = Command or item
palette-placeholder = Type a command, an area or an item’s title
palette-keys = Up and Down choose, Enter does it, Escape closes.
# The list's name for screen readers.
palette-options = Commands and items
palette-nothing = Nothing matches these words.
# Said to screen readers as the list changes.
palette-count = { $count ->
    [0] No choices
    [one] { $count } choice
   *[other] { $count } choices
}
# $area: an area of the window (Plan, Calendar, Approvals…).
palette-go = Go to { $area }
palette-new-campaign = New campaign…
palette-new-item = New item…
# A command of the menu bar: $menu is its menu (Export), $command the command (Annual plan (PDF)…).
palette-in-menu = { $menu }: { $command }
# An item found by its title; the day and channel follow it.
palette-item = Item: { $title }
# Where an item with no day is.
palette-item-undated = Ideas backlog
