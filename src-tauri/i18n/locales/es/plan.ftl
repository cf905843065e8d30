## The Plan view (the year's timeline of campaigns and the year's plan), Export → Annual plan,
## the first-run welcome, Help → About, and the crisis pause (its dialog and its banner).

## The Plan view's toolbar and timeline.

plan-title = Plan
# The group of buttons that go to the previous and next year.
plan-year-nav = Año
plan-previous-year = Año anterior
plan-next-year = Año siguiente
plan-group-by = Agrupar por
# The choices of Group by, here and in Export → Annual plan.
plan-group-objective = Objetivo
plan-group-channel = Canal
plan-group-brand = Marca
# The key dates filter, when every category is shown.
plan-key-dates-all = Fechas clave: todas
# The key dates filter, when some categories are hidden. $count: how many categories are shown.
plan-key-dates-some = Fechas clave ({ $count })
plan-show-key-dates = Mostrar fechas clave
plan-export-pdf = Exportar PDF…
# The tooltip of a blackout's band on the timeline. $name: the blackout.
plan-blackout = Periodo de silencio: { $name }
# The tooltip of the line marking today on the timeline.
plan-today = Hoy
# The accessible name of the timeline's axis. $year: the year shown (2027).
plan-key-dates-in = Fechas clave de { $year }
# A key date's mark on the axis. $date: its day (YYYY-MM-DD); $name: the key date.
plan-key-date = { $date }: { $name }
# The accessible name and tooltip of a campaign's bar; its visible text (the name, then the
# count) must start it. $name: the campaign; $findings: how many findings its items have (0: none);
# $flagship: "yes" for a flagship campaign, else "no"; $start, $end: its first and last day (YYYY-MM-DD).
plan-bar-label = { $flagship ->
        [yes] { $findings ->
            [0] { $name } (campaña emblemática), del { $start } al { $end }. Enter para abrirla, M para mover su periodo o cambiar su duración.
            [one] { $name } { $findings } hallazgo en sus contenidos (campaña emblemática), del { $start } al { $end }. Enter para abrirla, M para mover su periodo o cambiar su duración.
           *[other] { $name } { $findings } hallazgos en sus contenidos (campaña emblemática), del { $start } al { $end }. Enter para abrirla, M para mover su periodo o cambiar su duración.
        }
       *[no] { $findings ->
            [0] { $name }, del { $start } al { $end }. Enter para abrirla, M para mover su periodo o cambiar su duración.
            [one] { $name } { $findings } hallazgo en sus contenidos, del { $start } al { $end }. Enter para abrirla, M para mover su periodo o cambiar su duración.
           *[other] { $name } { $findings } hallazgos en sus contenidos, del { $start } al { $end }. Enter para abrirla, M para mover su periodo o cambiar su duración.
        }
    }
# $year: the year shown (2027).
plan-no-campaigns = Ninguna campaña en { $year }.

## The year's plan above the timeline: what the one-page annual plan leads with.

# The status line after saving. $year: the plan's year (2027).
plan-year-saved = Plan de { $year } guardado
# $year: the plan's year (2027).
plan-year-heading = El plan de { $year }
plan-year-title = Título
plan-year-core-messages = Mensajes clave
plan-year-priorities = Prioridades de la dirección
plan-year-flagships = Proyectos emblemáticos
# The hint under each list: one entry a line.
plan-year-one-a-line = Uno por línea
plan-year-save = Guardar el plan

## Export → Annual plan: the one-page PDF.

# The suggested file name. $year: the plan's year (2027).
plan-export-file-name = plan anual { $year }.pdf
# The suggested file name. $organisation: the organisation's name from Settings; $year: the plan's year (2027).
plan-export-file-name-of = { $organisation } plan anual { $year }.pdf
# The status line after export. $year: the plan's year (2027); $path: the PDF's full path.
plan-export-saved = Plan anual de { $year } guardado en { $path }.
plan-export-title = Exportar el plan anual
plan-export-year = Año
plan-export-group-by = Agrupar las campañas por
# The legend of the choice of page orientation.
plan-export-page = Página
plan-export-landscape = A4 horizontal
plan-export-portrait = A4 vertical
# Under the file's path; "Choose…" is the button beside it.
plan-export-save-hint = Un PDF nuevo en Documentos; Elegir… lo guarda en otro lugar o reemplaza un archivo.
# The accessible name of the progress bar while exporting.
plan-export-exporting = Exportando
plan-export-typesetting = Maquetando el plan anual…
# Under the form after export. $count: the campaigns on the page; $path: where the PDF was saved (set as code).
plan-export-saved-page = { $count ->
        [one] Se guardó una página A4 con { $count } campaña en { $path }.
       *[other] Se guardó una página A4 con { $count } campañas en { $path }.
    }
plan-export-open = Abrir el PDF
# Closes the dialog after export.
plan-export-done = Listo
plan-export-cancel = Cancelar
plan-export-submit = Exportar

## First run: the welcome on an empty plan.

# The status line after loading the sample plan. $campaigns, $items: how many it holds.
welcome-sample-loaded = Plan de ejemplo cargado: { $campaigns ->
        [one] { $campaigns } campaña
       *[other] { $campaigns } campañas
    }, { $items ->
        [one] { $items } contenido
       *[other] { $items } contenidos
    }.
welcome-title = Planifica tu año en redes sociales
welcome-intro = Almanac reúne tus campañas, tus colaboraciones con socios y tu calendario de contenidos de todos los canales en un solo plan, en este equipo. Empieza con un plan de ejemplo realista del equipo de comunicación de una policía, configura tus propias marcas y canales, o únete al plan que tu equipo comparte en su servidor.
welcome-loading-sample = Cargando el plan de ejemplo…
welcome-load-sample = Cargar el plan de ejemplo
welcome-start-empty = Empezar con un plan vacío
welcome-join-team = Unirse al plan de tu equipo

## Help → About.

about-title = Acerca de Almanac
# $version: the version number, set in bold (1.4.0).
about-version = Almanac { $version } — planificar el año en redes sociales de un equipo de comunicación.
# Labels of the folders and files shown, each followed by its path.
about-data-dir = Tu plan está en
about-plan-file = El archivo del plan
about-log = El registro
# After the log folder's path. $menu: the Help menu's name; $item: its item that opens the log folder (as the menu bar names them).
about-log-menu = ({ $menu } → { $item })
# $option: the command-line option --data-dir (set as code).
about-moving = Las copias de seguridad se guardan en la misma carpeta. Para trasladar el plan a un equipo nuevo, cierra Almanac y copia la carpeta entera en el mismo lugar del equipo nuevo (o inicia allí Almanac con { $option } apuntando a ella).
about-close = Cerrar

## The crisis pause: its dialog (Pause… in the bar) and the banner while it is in force.

# The status line after pausing. $count: the items put on hold; $reason: the reason, as typed.
pause-paused = { $count ->
        [one] { $count } contenido en pausa: { $reason }. Puedes deshacerlo con Ctrl+Z.
       *[other] { $count } contenidos en pausa: { $reason }. Puedes deshacerlo con Ctrl+Z.
    }
pause-title = Pausar el contenido programado
pause-hint = Todos los contenidos previstos en el periodo quedan en pausa a la vez. Al reanudar, vuelven a sus fechas o se trasladan a después del periodo.
pause-reason = Motivo
pause-reason-placeholder = Incidente grave: todas las publicaciones habituales en pausa
# The start of the pause (a date and time).
pause-from = Desde
# The end of the pause (a date and time).
pause-until = Hasta
pause-channels = Canales (ninguno marcado: todos los canales)
# The status line after "Resume after the pause".
pause-resumed-reflow = Reanudado: los contenidos en pausa se han trasladado a después de la pausa.
# The status line after "Resume as planned".
pause-resumed-restore = Reanudado: los contenidos en pausa vuelven a sus fechas.
# The accessible name of the banner.
pause-banner-label = Pausa por crisis
# The banner's first word, in bold, before what is held.
pause-banner-paused = En pausa:
# The banner, for a pause of every channel. $reason: the reason, as typed; $count: the items on hold;
# $from, $until: when the pause starts and ends (date and time, already formatted).
pause-banner-held-every = { $count ->
        [one] { $reason }. { $count } contenido en pausa desde { $from } hasta { $until } en todos los canales.
       *[other] { $reason }. { $count } contenidos en pausa desde { $from } hasta { $until } en todos los canales.
    }
# The banner, for a pause of some channels. As above; $channels: how many channels it holds.
pause-banner-held-channels = { $count ->
        [one] { $reason }. { $count } contenido en pausa desde { $from } hasta { $until } en { $channels ->
            [one] { $channels } canal
           *[other] { $channels } canales
        }.
       *[other] { $reason }. { $count } contenidos en pausa desde { $from } hasta { $until } en { $channels ->
            [one] { $channels } canal
           *[other] { $channels } canales
        }.
    }
pause-resume-restore = Reanudar según lo previsto
pause-resume-reflow = Reanudar después de la pausa

## The Plan view's and the annual plan's group of campaigns with none of what the rows are.

timeline-none-objective = Sin objetivo
timeline-none-channel = Sin canal
timeline-none-brand = Sin marca
