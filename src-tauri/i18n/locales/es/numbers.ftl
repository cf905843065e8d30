## «En cifras»: los resultados de un año o un trimestre en una página (PDF) y en un libro de cálculo (XLSX), en el idioma del plan.

# El título de la página. $name: el periodo como lo nombra la aplicación («2027», «T2 2027»).
numbers-title = En cifras · { $name }
# Bajo el título. $organisation: de quién es el plan; $from, $to: el primer y el último día del periodo.
numbers-subtitle = { $organisation } · del { $from } al { $to }
# El pie, a la izquierda. $organisation: de quién es el plan; $title: el título de la página.
numbers-footer = { $organisation } · { $title } · cifras de las exportaciones de analítica de las plataformas y resultados anotados por el equipo
# El pie, a la derecha. $date: el día en que se generó.
numbers-made = Generado el { $date }
# «Meta» para el valor buscado, para no confundirlo con la columna Objetivo.
numbers-objectives = Objetivos frente a sus metas
numbers-no-objectives = El plan no tiene objetivos.
numbers-column-objective = Objetivo
numbers-column-metric = Indicador
numbers-column-baseline = Valor de referencia
numbers-column-target = Meta
numbers-column-achieved = Logrado
numbers-column-against-target = Cumplimiento de la meta
numbers-column-items-out = Contenidos publicados
numbers-flagship-campaigns = Campañas emblemáticas
numbers-campaigns = Campañas
numbers-no-campaigns = Ninguna campaña tiene contenidos en el periodo.
numbers-column-campaign = Campaña
numbers-column-impressions = Impresiones
numbers-column-engagements = Interacciones
# $metric: el indicador por el que se ordenan los contenidos («interacciones»).
numbers-best-items = Mejores contenidos por { $metric }
numbers-no-best = Ningún contenido tiene resultados todavía.
numbers-outcomes = Resultados
numbers-no-outcomes = No se ha anotado ningún resultado en el periodo.
numbers-lessons = Aprendizajes
numbers-no-lessons = No se ha anotado ningún aprendizaje en el periodo.
# Contenidos publicados de los previstos. $published, $planned: las cifras, ya formateadas.
numbers-items-of = { $published } de { $planned }
# La parte de la meta alcanzada. $percent: la cifra, ya formateada («87»). Espacio de no separación antes de %.
numbers-percent = { $percent } %

## Las hojas y las columnas del libro de cálculo.

numbers-sheet-summary = Resumen
numbers-sheet-objectives = Objetivos
numbers-sheet-campaigns = Campañas
numbers-sheet-posts = Publicaciones
numbers-sheet-notes = Resultados y aprendizajes
numbers-column-platform = Plataforma
numbers-column-posts = Publicaciones
# La última fila del resumen: todas las plataformas juntas.
numbers-all-platforms = Todas
numbers-column-level = Nivel
numbers-column-items-planned = Contenidos previstos
numbers-column-items-published = Contenidos publicados
numbers-column-flagship = Emblemática
numbers-column-day = Fecha
numbers-column-post = Publicación
numbers-column-permalink = Enlace permanente
numbers-column-item = Contenido
numbers-column-source = Fuente
numbers-column-kind = Tipo
numbers-column-about = Relacionado con
numbers-column-what = Descripción
numbers-column-value = Valor
# Una celda de sí o no (una campaña emblemática).
numbers-yes = Sí
numbers-no = No
# Lo que es una nota, en la hoja de resultados y aprendizajes.
numbers-kind-outcome = Resultado
numbers-kind-lesson = Aprendizaje
