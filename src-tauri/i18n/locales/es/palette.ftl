## The command palette (Ctrl+K): every area and action of the window by name, and the plan's items by title.

palette-title = Ir a o ejecutar
# The search field's name for screen readers.
palette-search = Comando o contenido
palette-placeholder = Escribe un comando, una sección o el título de un contenido
palette-keys = Las flechas arriba y abajo eligen, Intro lo ejecuta, Esc cierra.
# The list's name for screen readers.
palette-options = Comandos y contenidos
palette-nothing = Nada coincide con estas palabras.
# Said to screen readers as the list changes.
palette-count = { $count ->
    [0] Ninguna opción
    [one] { $count } opción
   *[other] { $count } opciones
}
# $area: an area of the window (Plan, Calendar, Approvals…).
palette-go = Ir a { $area }
palette-new-campaign = Nueva campaña…
palette-new-item = Nuevo contenido…
# A command of the menu bar: $menu is its menu (Export), $command the command (Annual plan (PDF)…).
palette-in-menu = { $menu }: { $command }
# An item found by its title; the day and channel follow it.
palette-item = Contenido: { $title }
# Where an item with no day is.
palette-item-undated = Banco de ideas
