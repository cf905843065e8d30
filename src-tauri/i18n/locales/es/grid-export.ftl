## La planificación como hoja de cálculo (XLSX y CSV), en el idioma del plan. La importación de contenidos vuelve a leer estos encabezados en todos los idiomas: cada uno debe ser distinto de los demás.

# La única hoja del libro (31 caracteres como máximo, sin : \ / ? * [ ]).
grid-export-sheet = Plan
grid-export-column-date = Fecha
grid-export-column-time = Hora
grid-export-column-channel = Canal
grid-export-column-brand = Marca
grid-export-column-campaign = Campaña
grid-export-column-format = Formato
grid-export-column-status = Estado
grid-export-column-owner = Responsable
grid-export-column-title = Título
# El texto de la publicación.
grid-export-column-copy = Texto
grid-export-column-objectives = Objetivos
grid-export-column-hashtags = Hashtags
grid-export-column-link = Enlace
