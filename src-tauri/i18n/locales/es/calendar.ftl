## The content calendar: its toolbar and filters, FullCalendar's month, week and list
## views, the Ideas backlog beside them, and what a screen reader says for their items.

calendar-content-calendar = Calendario de contenidos
calendar-filters = Filtros del calendario
calendar-new-item = Nuevo contenido

# The banner above the calendar while a gap-filling proposal is shown.
calendar-fill-banner = Propuesta para cubrir huecos
# $count: how many items the proposal places (drawn with a dashed border).
calendar-fill-shown = { $count ->
        [one] { $count } contenido propuesto, mostrado con línea discontinua.
       *[other] { $count } contenidos propuestos, mostrados con línea discontinua.
    }
calendar-fill-apply = Aplicar
calendar-fill-discard = Descartar
# $title: the proposed item's title; shown on the calendar.
calendar-fill-proposed = Propuesto: { $title }
# Read by a screen reader for a proposed item. $title: its face, as calendar-fill-proposed says it.
calendar-fill-proposal-label = { $title }, una propuesta para cubrir un hueco de cobertura
calendar-dismiss = Cerrar

## The views and FullCalendar's own buttons and words.

calendar-view-switch = Vista del calendario
calendar-view-month = Mes
calendar-view-week = Semana
calendar-view-list = Lista
calendar-view-grid = Cuadrícula
# The tooltip of the Grid button.
calendar-grid-hint = Cuadrícula de planificación: canales por día
calendar-previous = ‹ Anterior
calendar-next = Siguiente ›
calendar-today = Hoy
# Tooltips of the previous, next and today buttons. $unit: what the view moves by: "month", "week" or "day".
calendar-previous-hint = { $unit ->
        [week] Semana anterior
        [day] Día anterior
       *[month] Mes anterior
    }
calendar-next-hint = { $unit ->
        [week] Semana siguiente
        [day] Día siguiente
       *[month] Mes siguiente
    }
calendar-today-hint = { $unit ->
        [week] Esta semana
        [day] Hoy
       *[month] Este mes
    }
# Tooltip of a view's button. $view: "month", "week" or "list".
calendar-view-hint = { $view ->
        [week] Vista semanal
        [list] Vista de lista
       *[month] Vista mensual
    }
# The last line of a busy day: $count more items are not shown.
calendar-more = +{ $count } más
# Tooltip of a "+N more" link in the week view.
calendar-more-hint = { $count ->
        [one] Mostrar { $count } contenido más
       *[other] Mostrar { $count } contenidos más
    }
# Read by a screen reader for a busy day's "+N more" line. $day: the day (2027-05-04).
calendar-more-description = { $count ->
        [one] { $count } contenido más el { $day }: abrir el día en la cuadrícula de planificación
       *[other] { $count } contenidos más el { $day }: abrir el día en la cuadrícula de planificación
    }
# The label of the week view's row of all-day items.
calendar-all-day = todo el día
calendar-no-events = No hay contenidos que mostrar
calendar-close = Cerrar
# Headings (read by a screen reader) of the list view's columns.
calendar-time = Hora
calendar-event = Contenido
# A scrolling part of the calendar, reached by keyboard.
calendar-scrollable-items = Contenidos del calendario, con desplazamiento

## The filters.

calendar-filter-channels-all = Canales: todos
# $count: how many channels are chosen.
calendar-filter-channels-some = Canales ({ $count })
calendar-filter-show-channels = Mostrar canales
calendar-filter-campaign = Campaña
calendar-filter-all-campaigns = Todas las campañas
calendar-filter-partner = Socio
calendar-filter-all-partners = Todos los socios
calendar-filter-status-all = Estado: todos
# $count: how many statuses are chosen.
calendar-filter-status-some = Estado ({ $count })
calendar-filter-show-statuses = Mostrar estados
calendar-filter-key-dates-all = Fechas clave: todas
# $count: how many categories of key dates are chosen.
calendar-filter-key-dates-some = Fechas clave ({ $count })
calendar-filter-show-key-dates = Mostrar fechas clave

## Key dates: their categories, the levels of a blackout, and their labels.

calendar-key-date-international-days = Días internacionales
calendar-key-date-awareness-days = Días de concienciación
calendar-key-date-holidays = Días festivos
calendar-key-date-internal-dates = Fechas internas
calendar-key-date-elections = Elecciones
calendar-key-date-blackout-periods = Periodos de silencio
# How strict a blackout is; shown after its name and in lists of levels.
calendar-blackout-no-posting = sin publicaciones
calendar-blackout-no-new-campaigns = sin campañas nuevas
calendar-blackout-restricted = restringido
# A blackout period's face on the calendar. $name: its name; $level: how strict it is ("no posting").
calendar-key-date-blackout-title = { $name } ({ $level })
# Read by a screen reader and shown as a tooltip. $name: the key date's name;
# $blackout: "yes" when it is a blackout with a level, $level: that level ("restricted");
# $days: "single" for one day, "range" for several; $start, $end: its first and last day (2027-04-14).
calendar-key-date-description = Fecha clave: { $name }{ $blackout ->
        [yes] {" "}(periodo de silencio: { $level })
       *[no] {""}
    }, { $days ->
        [single] { $start }
       *[range] del { $start } al { $end }
    }

## The Ideas backlog beside the calendar.

calendar-backlog-title = Banco de ideas
calendar-backlog-hint = Arrastre una idea a un día, o selecciónela y pulse M para moverla (R la envía a revisión). Arrastre un contenido hasta aquí para quitarle la fecha.
calendar-backlog-move = Mover a…
# $title: the idea's title.
calendar-backlog-move-item = Mover a… «{ $title }»
calendar-backlog-empty = No hay ideas pendientes.

## An item on the calendar.

# Read by a screen reader for an item (on the calendar, in the grid, in the backlog).
# $title: the item's title; $format: its format ("Reel"); $channel: its channel ("Instagram @westmarkpolice");
# $status: its status ("Approved"); $when: "idea" (no date yet), "timed" or "allDay";
# $date, $time: its day (2027-05-03) and time (09:00); $repeats: "yes" when it belongs to a repeating series;
# $inCampaign: "yes" when it is part of a campaign, $campaign: the campaign's name;
# $inCollaboration: "yes" when it is part of a collaboration, $collaboration: the collaboration's title,
# $collaborationFindings: how many findings the collaboration has;
# $findings: how many findings the item has, $finding: the first one's message (from the checks).
calendar-item-description = { $title }: { $format } en { $channel }, { $status }, { $when ->
        [idea] en el banco de ideas
        [timed] { $date }, { $time }
       *[allDay] { $date }, todo el día
    }{ $repeats ->
        [yes] , se repite
       *[no] {""}
    }{ $inCampaign ->
        [yes] , campaña { $campaign }
       *[no] {""}
    }{ $inCollaboration ->
        [yes] , colaboración { $collaboration }{ $collaborationFindings ->
            [0] {""}
            [one] {" "}con { $collaborationFindings } observación
           *[other] {" "}con { $collaborationFindings } observaciones
        }
       *[no] {""}
    }{ $findings ->
        [0] {""}
        [one] . { $findings } observación: { $finding }
       *[other] . { $findings } observaciones: { $finding }
    }. Enter para editar, M para mover, R para enviar a revisión.
# The badge of an item that is part of a collaboration (short: it sits before the title).
calendar-collab-badge = Colab.
# $count: how many findings the collaboration has.
calendar-collab-badge-findings = Colab. ⚠ { $count }
# The badge's tooltip. $title: the collaboration's title.
calendar-collab-title = Colaboración: { $title }

## How busy a day of the month is, in its corner.

# Read by a screen reader and shown as a tooltip. $count: the day's items;
# $channels: each channel with its count, as a list ("Instagram 2, X 1").
calendar-day-load = { $count ->
        [one] { $count } contenido: { $channels }
       *[other] { $count } contenidos: { $channels }
    }
# One channel of that list. $channel: its name; $count: its items that day.
calendar-day-load-channel = { $channel } { $count }
# An item sent for review by its R key.
calendar-sent-for-review = Se envió «{ $title }» a revisión.
# $status: the item's status (Approved, Published…).
calendar-not-sent-for-review = «{ $title }» tiene el estado { $status }: solo las ideas y los borradores se envían a revisión.
