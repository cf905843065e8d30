## Results: the Results view (a year's or a quarter's numbers against the objectives, per
## platform and per campaign, the best and the weakest items, the lessons), each
## objective's chart of its metric week by week, and the view's dialogs: importing
## results, pasting links to posts, noting an outcome or a lesson, “By the numbers”.

results-title = Resultados
results-year-label = Año
results-period-label = Periodo
results-period-year = Todo el año
# An option of the Period list: a quarter of the year. $quarter: 1 to 4.
results-quarter-option = T{ $quarter }
# A quarter of a year, in the title and the file name of “By the numbers”. $year: the year ("2027"); $quarter: 1 to 4.
results-period-quarter = T{ $quarter } { $year }
results-import-open = Importar resultados…
results-paste-open = Pegar enlaces…
results-outcome-open = Anotar un resultado…
results-export-open-dialog = En cifras…
# Above the numbers. $name: the period as the app names it ("2027 Q2"); $from, $to: its first and last day, already formatted.
results-period-line = { $name }: del { $from } al { $to }. Cifras de las exportaciones de las plataformas importadas aquí y resultados anotados por el equipo.
results-headline = Cifras clave

# The metrics, as the headings of the tiles and the columns (lower case, as the platforms write them).
results-metric-posts = publicaciones
results-metric-impressions = impresiones
results-metric-reach = alcance
results-metric-engagements = interacciones
results-metric-link-clicks = clics en enlaces
results-metric-follows = nuevos seguidores
results-metric-likes = me gusta
results-metric-comments = comentarios
results-metric-shares = compartidos
results-metric-saves = guardados
results-metric-video-views = reproducciones de video
results-metric-profile-visits = visitas al perfil

results-by-platform = Por plataforma
results-col-platform = Plataforma
results-col-posts = Publicaciones
results-platforms-empty = Aún no se han importado resultados para este periodo: Importar resultados… lee las exportaciones de analítica de las plataformas.

results-objectives-heading = Objetivos
# An objective's level in the evaluation framework (outputs, outtakes, outcomes, impact), shown as a badge.
results-level-output = Producto
results-level-outtake = Recepción
results-level-outcome = Resultado
results-level-impact = Impacto
# In place of an objective's metric when it has none (in bold, before results-objective-achieved).
results-objective-no-metric = Sin indicador
# Follows the objective's metric in bold ("messages received"), hence the leading colon.
# $achieved: the number achieved, formatted; $targeted: "yes" when the objective has a target,
# then $target (formatted) and $percent (the share achieved, "25%"); $baselined: "yes" when it
# has a baseline, then $baseline (formatted).
results-objective-achieved = : { $achieved } en total{ $targeted ->
        [yes] , frente a un objetivo de { $target } ({ $percent })
       *[no] {""}
    }{ $baselined ->
        [yes] ; valor de referencia { $baseline }
       *[no] {""}
    }.
# $delivered: the objective's items published in the period; $planned: its items planned.
results-objective-items = Contenidos: { $delivered ->
        [one] { $delivered } publicado
       *[other] { $delivered } publicados
    } de { $planned ->
        [one] { $planned } previsto
       *[other] { $planned } previstos
    }.
results-objective-note = Anotar un resultado o un aprendizaje
# Badges of what was noted against an objective.
results-note-lesson = Aprendizaje
results-note-outcome = Resultado
results-remove = Eliminar
# $what: the outcome or lesson as noted.
results-remove-named = Eliminar «{ $what }»
# $what: the outcome or lesson as noted.
results-outcome-removed = Se eliminó «{ $what }». Deshacer con Ctrl+Z.
results-objectives-empty = El plan aún no tiene objetivos (Configuración → Objetivos).

results-campaigns-heading = Campañas
results-col-campaign = Campaña
results-col-published = Contenidos publicados
# A badge after a flagship campaign's name.
results-flagship = Emblemática
# In the Items published column. $delivered: the campaign's items published; $planned: its items planned.
results-campaign-delivered = { $delivered } de { $planned }
results-campaigns-empty = Ninguna campaña tiene contenidos en este periodo.

results-best = Mejores contenidos
results-weakest = Contenidos con peor rendimiento
# After Best items and Weakest items. $metric: the metric they are ranked by ("engagements").
results-ranked-by = por { $metric }
results-col-item = Contenido
results-col-channel = Canal
results-col-day = Fecha
results-ranked-empty = Ningún contenido tiene resultados en este periodo.

results-lessons-heading = Aprendizajes
results-lessons-empty = No se ha anotado ningún aprendizaje en este periodo.

## An objective's chart of its metric week by week, and the table beside it.

# What the chart shows, for a screen reader. $label: the objective's name; $metric: its metric
# ("messages received"); $total: the sum over the weeks, formatted; $weeks: the number of weeks.
results-chart-summary = { $label }: { $metric } semana a semana, { $total } en total a lo largo de { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }
# As results-chart-summary, with $target: the target a week, formatted.
results-chart-summary-target = { $label }: { $metric } semana a semana, { $total } en total a lo largo de { $weeks ->
        [one] { $weeks } semana
       *[other] { $weeks } semanas
    }, frente a un objetivo de { $target } por semana
# The legend of the chart's line.
results-chart-target = objetivo
# $label: the objective's name.
results-chart-numbers = { $label }: las cifras
results-chart-week-of = Semana del
results-chart-target-column = Objetivo
# What a level's chart shows (a survey's share, a score), for a screen reader. $label: the objective's name; $metric: its metric; $count: how many readings; $latest: the latest, formatted; $day: its day.
results-chart-summary-level = { $label }: { $metric } medido { $count ->
        [one] una vez
       *[other] { $count } veces
    }, la última medición { $latest } el { $day }
# As results-chart-summary-level, with $target: the target, formatted.
results-chart-summary-level-target = { $label }: { $metric } medido { $count ->
        [one] una vez
       *[other] { $count } veces
    }, la última medición { $latest } el { $day }, frente a un objetivo de { $target }
# The column of a reading's day.
results-chart-read-on = Medido el

## “By the numbers”: the results of the period as one page, a workbook or JSON.

# The file's name, before its extension. $period: the year ("2027") or a quarter (results-period-quarter).
results-export-file-name = En cifras { $period }
# $period: the year ("2027") or a quarter (results-period-quarter).
results-export-title = En cifras: { $period }
results-export-format = Formato
results-export-pdf = Una página A4 (PDF)
results-export-xlsx = Libro de cálculo (XLSX)
results-export-json = JSON
# $count: the posts whose results were written.
results-export-written = Se guardaron los resultados de { $count ->
        [one] { $count } publicación
       *[other] { $count } publicaciones
    }.
# $count: the posts whose results were written; $path: the file.
results-export-written-to = Se guardaron los resultados de { $count ->
        [one] { $count } publicación
       *[other] { $count } publicaciones
    } en { $path }.
results-export-writing = Guardando…
results-export-open = Abrir
results-done = Listo
results-cancel = Cancelar
results-export-do = Exportar

## Importing results from a platform's analytics export.

results-import-title = Importar resultados
# The menu paths are the platforms' own (their English names).
results-import-hint = Las exportaciones propias de las plataformas: X (Analytics → Export data), Meta Business Suite (Insights → Content → Export data), LinkedIn (Page → Analytics → Content → Export). Las cifras ya importadas para una publicación y un día se sustituyen, nunca se suman.
results-import-file = Archivo
results-import-no-file = Ningún archivo seleccionado
results-import-choose = Elegir…
results-import-source-label = Exportación
results-import-source-any = Deducirlo del archivo
results-import-source-x = Analítica de la cuenta de X (CSV)
results-import-source-meta = Meta Business Suite: Facebook o Instagram (CSV)
results-import-source-linkedin = Exportación de contenido de una página de LinkedIn (XLS/XLSX)
results-import-source-csv = Otra hoja: fecha, plataforma o enlace permanente, métricas
# Above the rows of the file read. $rows: the rows; $dated: "yes" when they have days, then
# $from and $to: the first and last (already formatted); $linked: rows matched to an item by
# its link; $proposed: rows proposed an item by channel and time; $unmatched: rows with no
# item; $replaced: rows replacing numbers imported before (0: none); $invalid: rows with
# errors (0: none).
results-import-summary = { $rows ->
        [one] { $rows } fila
       *[other] { $rows } filas
    }{ $dated ->
        [yes] { " " }del { $from } al { $to }
       *[no] {""}
    }: { $linked ->
        [one] { $linked } vinculada por enlace
       *[other] { $linked } vinculadas por enlace
    }, { $proposed ->
        [one] { $proposed } propuesta por canal y hora
       *[other] { $proposed } propuestas por canal y hora
    }, { $unmatched } sin contenido{ $replaced ->
        [0] {""}
        [one] , { $replaced } que sustituye cifras importadas antes
       *[other] , { $replaced } que sustituyen cifras importadas antes
    }{ $invalid ->
        [0] {""}
       *[other] ; { $invalid } con errores, así que no se puede importar nada
    }.
# $totals: the file's totals, each a metric and its number ("impressions 12,345, reach 6,789").
results-import-totals = Totales: { $totals }
results-import-totals-none = Totales: ninguno
results-import-rows = Las filas del archivo
results-col-line = Línea
results-col-post = Publicación
results-col-numbers = Cifras
results-import-by-link = (por enlace)
results-import-proposed = (propuesto)
results-import-no-item = Sin contenido
# $count: the rows not shown.
results-import-more = Y { $count ->
        [one] { $count } fila más
       *[other] { $count } filas más
    }.
results-import-do = Importar
# $count: the posts whose numbers were imported.
results-import-done = Se importaron las cifras de { $count ->
        [one] { $count } publicación
       *[other] { $count } publicaciones
    }. Deshacer con Ctrl+Z.

## Pasting links to posts in bulk.

results-paste-title = Pegar enlaces a publicaciones
results-paste-links-label = Enlaces, uno por línea
results-paste-links-hint = Copiados de la plataforma o de una hoja de cálculo, con la fecha y la hora de publicación en la misma línea. Los enlaces de X y LinkedIn no necesitan hora: su identificador ya la incluye.
# $proposed: links proposed an item; $linked: links already linked to their item; $unmatched: links with no item.
results-paste-summary = { $proposed ->
        [one] { $proposed } propuesto
       *[other] { $proposed } propuestos
    }, { $linked ->
        [one] { $linked } ya vinculado
       *[other] { $linked } ya vinculados
    }, { $unmatched } sin contenido.
results-col-link = Enlace
results-col-went-out = Publicado
results-paste-linked-already = (ya vinculado)
results-paste-no-item = No se publicó ningún contenido en ese momento en esa plataforma
results-paste-find = Buscar los contenidos
# $count: the items ticked to be linked.
results-paste-submit = Vincular { $count ->
        [one] { $count } contenido
       *[other] { $count } contenidos
    }
# $count: the items linked.
results-paste-linked = { $count ->
        [one] Se vinculó { $count } contenido a su publicación.
       *[other] Se vincularon { $count } contenidos a sus publicaciones.
    } Deshacer con Ctrl+Z.

## Noting an outcome or a lesson.

results-outcome-title = Anotar un resultado o un aprendizaje
results-outcome-kind = Qué es
results-outcome-kind-outcome = Un resultado: algo que se ha medido
results-outcome-kind-lesson = Un aprendizaje para la próxima vez
results-outcome-objective = Objetivo
results-outcome-campaign = Campaña
results-outcome-day = Fecha
results-outcome-lesson = El aprendizaje
results-outcome-what = Qué se midió
results-outcome-value = Cifra
results-outcome-metric = Cuenta para (indicador)
results-outcome-metric-placeholder = mensajes recibidos
results-outcome-source = Fuente
results-outcome-source-placeholder = Encuesta a la ciudadanía, n = 1020
# $what: the outcome or lesson as noted.
results-outcome-noted = Se anotó «{ $what }». Deshacer con Ctrl+Z.
