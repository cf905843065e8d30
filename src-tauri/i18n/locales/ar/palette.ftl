## The command palette (Ctrl+K): every area and action of the window by name, and the plan's items by title.

palette-title = الانتقال أو التنفيذ
# The search field's name for screen readers.
palette-search = أمر أو عنصر
palette-placeholder = اكتب أمرًا أو قسمًا أو عنوان عنصر
palette-keys = السهمان لأعلى ولأسفل للاختيار، وEnter للتنفيذ، وEscape للإغلاق.
# The list's name for screen readers.
palette-options = الأوامر والعناصر
palette-nothing = لا شيء يطابق هذه الكلمات.
# Said to screen readers as the list changes.
palette-count = { $count ->
    [zero] لا خيارات
    [one] خيار واحد
    [two] خياران
    [few] { $count } خيارات
    [many] { $count } خيارًا
   *[other] { $count } خيار
}
# $area: an area of the window (Plan, Calendar, Approvals…).
palette-go = الانتقال إلى { $area }
palette-new-campaign = حملة جديدة…
palette-new-item = عنصر جديد…
# A command of the menu bar: $menu is its menu (Export), $command the command (Annual plan (PDF)…).
palette-in-menu = { $menu }: { $command }
# An item found by its title; the day and channel follow it.
palette-item = عنصر: { $title }
# Where an item with no day is.
palette-item-undated = قائمة الأفكار
