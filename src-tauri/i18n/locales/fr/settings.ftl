## Settings.

settings-title = Paramètres
settings-language-title = Langue
settings-language-intro = La langue de la fenêtre et des menus d’Almanac sur cet ordinateur. Chaque collègue choisit la sienne ; le plan est le même pour tous.
settings-language-label = Langue sur cet ordinateur
# $language: the system's language, in its own name ("Nederlands").
settings-language-system = Identique au système : { $language }
# $language: the language just chosen, in its own name.
settings-language-changed = Almanac s’affiche désormais dans la langue choisie : { $language }.
