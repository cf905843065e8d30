## Settings.

settings-title = Instellingen
settings-language-title = Taal
settings-language-intro = De taal van het venster en de menu's van Almanac op deze laptop. Elke collega kiest zelf een taal; het plan is voor iedereen hetzelfde.
settings-language-label = Taal op deze laptop
# $language: the system's language, in its own name ("Nederlands").
settings-language-system = Zelfde als het systeem: { $language }
# $language: the language just chosen, in its own name.
settings-language-changed = Almanac is nu in het { $language }.
