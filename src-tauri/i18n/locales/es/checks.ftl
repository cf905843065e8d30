## Checks: the year's findings, the objectives' coverage map, coverage rules, and filling the gaps from the backlog.

checks-title = Comprobaciones
checks-year = Año
checks-previous-year = Año anterior
checks-next-year = Año siguiente
# The year's summary. $count: the number of error findings.
checks-errors-count = { $count ->
    [one] { $count } error
   *[other] { $count } errores
}
# The year's summary. $count: the number of warning findings.
checks-warnings-count = { $count ->
    [one] { $count } advertencia
   *[other] { $count } advertencias
}
checks-fill-gaps = Cubrir huecos…
checks-loading = Comprobando el plan…
# Lo que resolvería un aviso, mostrado después. $fix: la solución (de findings.ftl).
checks-finding-fix = { $fix }.

## The coverage map: objectives × months or weeks.

# $year: the year shown ("2027").
checks-coverage-title = Cobertura { $year }
# The group of buttons choosing the map's columns.
checks-columns = Columnas
checks-by-month = Por mes
checks-by-week = Por semana
# A coverage score. $value: the percentage, with one decimal ("45.0").
checks-percent = { $value } %
# An objective without any coverage rule, where its score would be.
checks-no-rule = sin regla
# After an objective's score. $count: its periods short of what its rules ask.
checks-short-periods = { $count ->
    [one] ({ $count } periodo insuficiente)
   *[other] ({ $count } periodos insuficientes)
}
checks-add-rule = Añadir regla
checks-map-by-month = Cobertura por objetivo y mes
checks-map-by-week = Cobertura por objetivo y semana
# Header of the map's first column.
checks-rule-column = Regla
checks-edit-rule = Editar esta regla
# A cell of the map, read by screen readers and shown on hover. $objective: the objective's name; $rule: the rule as the plan words it ("At least 1 a day"); $column: the month or week ("Feb", "4 Jan"); $percent: the share planned, 0 to 100; $met, $required, $planned: numbers of items.
checks-cell-label = { $objective }, { $rule }, { $column }: { $percent } % ({ $met } de { $required } requeridos, { $planned } planificados)
# A cell where the rule asks for nothing. Arguments as in checks-cell-label.
checks-cell-label-none = { $objective }, { $rule }, { $column }: no se requiere nada
checks-no-coverage-rule = Todavía no hay ninguna regla de cobertura: añade una a un objetivo para ver dónde lo cubre el plan.
checks-selected-cell = Celda seleccionada
# Heading of the selected cell. $objective, $rule: as in checks-cell-label; $start, $end: the column's first and last day ("2027-02-01").
checks-detail-title = { $objective }: { $rule }, del { $start } al { $end }
# The selected cell's sums. $met: items counted towards what is required; $required: items required; $planned: items planned in all; $short: periods short; $periods: all its periods.
checks-detail-summary = { $met } de { $required } requeridos planificados ({ $planned ->
        [one] { $planned } elemento
       *[other] { $planned } elementos
    } en total); { $short ->
        [one] { $short } periodo insuficiente
       *[other] { $short } periodos insuficientes
    } de { $periods }.
checks-gaps = Huecos:
# A period short of items. $day: the day ("2027-02-03"); $missing: how many items are missing.
checks-gap-day = { $day }: { $missing ->
        [one] falta { $missing }
       *[other] faltan { $missing }
    }
# A period short of items. $start, $end: its first and last day; $missing: how many items are missing.
checks-gap-range = del { $start } al { $end }: { $missing ->
        [one] falta { $missing }
       *[other] faltan { $missing }
    }
checks-show-items = Mostrar elementos
checks-no-items = Aquí no cuenta ningún elemento.

## Filling the gaps from the backlog.

checks-fill-title = Cubrir huecos de cobertura
# $count: the backlog items proposed.
checks-fill-intro = { $count ->
    [one] { $count } elemento en reserva puede
   *[other] { $count } elementos en reserva pueden
} cubrir los próximos huecos, respetando en cada caso los periodos de silencio, los límites e intervalos mínimos de los canales y las ausencias de sus responsables.
# Follows checks-fill-intro. $count: the gaps nothing fills.
checks-fill-open-gaps = { $count ->
    [one] { $count } hueco queda sin cubrir: no hay nada en reserva que encaje en él.
   *[other] { $count } huecos quedan sin cubrir: no hay nada en reserva que encaje en ellos.
}
checks-fill-placements = Ubicaciones propuestas, desplazable
checks-fill-when = Cuándo
checks-fill-item = Elemento
checks-fill-channel = Canal
# Header of the column naming the objective each placement serves.
checks-fill-fills = Cubre
# An evergreen item that takes on the objective whose gap it fills. $objective: its name.
checks-fill-adds-objective = { $objective } (contenido atemporal, adopta el objetivo)
checks-fill-nothing = No hay nada en reserva que encaje en los próximos huecos.
checks-fill-discard = Descartar
checks-fill-preview = Vista previa en el calendario
checks-fill-apply = Aplicar
# Status line. $count: the items scheduled.
checks-filled = { $count ->
    [one] Huecos de cobertura cubiertos con { $count } elemento. Ctrl+Z para deshacer.
   *[other] Huecos de cobertura cubiertos con { $count } elementos. Ctrl+Z para deshacer.
}

## The findings: the list, its filters, and the findings a move created.

checks-findings = Hallazgos
checks-filter-findings = Filtrar hallazgos
# Filter headings, each followed by a count.
checks-severity-errors = Errores
checks-severity-warnings = Advertencias
checks-severity-notes = Notas
# The severity tag on one finding.
checks-severity-error = error
checks-severity-warning = advertencia
checks-severity-info = info
checks-kind = Tipo
checks-all-kinds = Todos los tipos
checks-kind-in-blackout = En un periodo de silencio
checks-kind-over-daily-limit = Por encima del límite diario de un canal
checks-kind-under-min-gap = Más cerca que el intervalo mínimo de un canal
checks-kind-over-capacity = Responsable por encima de su capacidad semanal
checks-kind-owner-on-leave = Responsable ausente
checks-kind-outside-campaign = Fuera de su campaña
checks-kind-approved-without-date = Aprobado sin fecha
checks-kind-past-not-published = Pasado y sin publicar
# The language versions of one item are scheduled too far apart.
checks-kind-translations-apart = Versiones de idioma demasiado separadas
checks-kind-partners-not-confirmed = Socios sin confirmar
checks-kind-assets-due-after-go-live = Recursos previstos después de la publicación
# A relay: partners reposting one item in turn.
checks-kind-declined-partner-in-relay = Socio que ha declinado en un relevo
checks-kind-collaboration-item-in-blackout = Elemento de colaboración en un periodo de silencio
checks-kind-back-to-review = De vuelta a revisión
checks-kind-copy-over-limit = Texto por encima del límite de su red
checks-open-item = Abrir elemento
checks-no-findings-match = Ningún hallazgo coincide con el filtro.
checks-no-findings-clean = Sin hallazgos: el plan está en orden.
# $limit: how many findings are listed; $count: how many match the filter.
checks-showing-first = Se muestran los primeros { $limit } de { $count }; filtra para ver el resto.
# Above the findings a drag or "Move to…" created. $count: how many.
checks-move-created = { $count ->
    [one] Este movimiento generó { $count } hallazgo:
   *[other] Este movimiento generó { $count } hallazgos:
}
checks-move-undo = Deshacer el movimiento (Ctrl+Z)
checks-move-keep = Mantenerlo

## A coverage rule: at least N items per day, week or month, on a channel or any.

checks-rule-saved = Regla de cobertura guardada.
checks-rule-deleted = Regla de cobertura eliminada. Ctrl+Z para deshacer.
checks-rule-edit-title = Editar regla de cobertura
checks-rule-new-title = Nueva regla de cobertura
checks-rule-objective = Objetivo
# The rule reads as a sentence from its fields: "At least [1] Per [day] On [any channel]".
checks-rule-at-least = Al menos
checks-rule-per = Por
checks-rule-day = día
checks-rule-week = semana
checks-rule-month = mes
checks-rule-on = En
checks-rule-any-channel = cualquier canal
checks-rule-weekdays-only = Solo días laborables (de lunes a viernes)
checks-rule-delete = Eliminar regla

## A coverage rule as people read it, in the coverage map, the checks and the command line.

# $count: the items needed; $period: day, week or month; $channel: the channel's name (or coverage-rule-any-channel); $weekdays: yes when only weekdays count, else no.
coverage-rule = Al menos { $count } { $period ->
        [day] al día
        [week] a la semana
       *[month] al mes
    } en { $channel }{ $weekdays ->
        [yes] , días laborables
       *[no] {""}
    }
# A rule for every channel.
coverage-rule-any-channel = cualquier canal
# A rule whose channel was removed from the plan.
coverage-rule-removed-channel = un canal eliminado
