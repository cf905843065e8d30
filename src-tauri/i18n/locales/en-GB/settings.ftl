## Settings.

settings-title = Settings
settings-language-title = Language
settings-language-intro = The language of Almanac's window and menus on this laptop. Each colleague chooses their own; the plan is the same for all.
settings-language-label = Language on this laptop
# $language: the system's language, in its own name ("Nederlands").
settings-language-system = As the system: { $language }
# $language: the language just chosen, in its own name.
settings-language-changed = Almanac is now in { $language }.
