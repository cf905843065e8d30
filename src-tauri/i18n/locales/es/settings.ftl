## Settings.

settings-title = Configuración
settings-language-title = Idioma
settings-language-intro = El idioma de la ventana y los menús de Almanac en este equipo. Cada colega elige el suyo; el plan es el mismo para todos.
settings-language-label = Idioma en este equipo
# $language: the system's language, in its own name ("Nederlands").
settings-language-system = Igual que el sistema: { $language }
# $language: the language just chosen, in its own name.
settings-language-changed = Almanac se muestra ahora en el idioma elegido: { $language }.
