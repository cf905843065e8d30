## The command line: what `almanac <command>` prints when it has done its work, and what
## it says when it cannot. Printed in a terminal: plain text, no markup. Words that are
## typed (--out, --stop, FILE, .json) stay as they are in every language.

## Every command.

# A language named with --language that Almanac does not offer. $languages: the tags it offers, joined by list-separator.
cli-language-unknown = Almanac está disponible en { $languages }
# The year given is not one Almanac plans. $year: the year typed.
cli-year-out-of-range = --year { $year } está fuera del intervalo admitido (1900–2999)
# A status given with --status that is not one. $text: what was typed; $statuses: the statuses' typed names, joined by list-separator.
cli-status-unknown = «{ $text }» no es un estado; usa uno de estos: { $statuses }
# A quarter given with --quarter that is not one. $text: what was typed.
cli-quarter-unknown = «{ $text }» no es un trimestre: escribe 1, 2, 3 o 4
# The window could not start. $reason: what the system said.
cli-window-failed = No se pudo abrir la ventana: { $reason }

## almanac sample

# After loading a sample plan. $profile: agency or archive; $folder: the data folder; the others: counts.
cli-sample-loaded = Se cargó el plan de ejemplo { $profile ->
        [archive] de archivo
       *[agency] de organismo
    } en { $folder }: { $brands } marcas, { $channels } canales, { $campaigns } campañas y { $items } contenidos.

## almanac export …

# $year: the plan year; $campaigns: how many campaigns it shows; $file: the PDF written.
cli-wrote-annual-plan = Se guardó el plan anual de { $year } ({ $campaigns ->
        [one] una campaña
        [many] { $campaigns } campañas
       *[other] { $campaigns } campañas
    }) en { $file }.
# $file: the PDF written.
cli-wrote-brief = Se guardó el dosier informativo en { $file }.
# $file: where the campaign brief was written.
cli-wrote-campaign-brief = Briefing de campaña guardado en { $file }.
# $items: the items of the period; $changes: their changes; $file: the file written.
cli-wrote-audit = Se guardó el registro de auditoría de { $items ->
        [one] un contenido
        [many] { $items } contenidos
       *[other] { $items } contenidos
    } ({ $changes ->
        [one] un cambio
        [many] { $changes } cambios
       *[other] { $changes } cambios
    }) en { $file }.
# $year: the plan year; $count: how many decisions; $file: the file written.
cli-wrote-decisions = Se guardó el registro de decisiones de { $year } ({ $count ->
        [one] una decisión
        [many] { $count } decisiones
       *[other] { $count } decisiones
    }) en { $file }.
# $period: the period's name (a year, a quarter, a month); $count: its items; $file: the page written.
cli-wrote-web-page = Se guardó la página de { $period } ({ $count ->
        [one] un contenido
        [many] { $count } contenidos
       *[other] { $count } contenidos
    }) en { $file }.
# $count: the calendar's events; $file: the .ics written.
cli-wrote-ics = { $count ->
        [one] Se guardó un evento
        [many] Se guardaron { $count } eventos
       *[other] Se guardaron { $count } eventos
    } en { $file }.
# $count: the spreadsheet's rows; $file: the file written.
cli-wrote-rows = { $count ->
        [one] Se guardó una fila
        [many] Se guardaron { $count } filas
       *[other] Se guardaron { $count } filas
    } en { $file }.
# $count: the records of the whole plan; $file: the JSON written.
cli-wrote-json = Se guardó el plan completo ({ $count ->
        [one] { $count } registro
        [many] { $count } registros
       *[other] { $count } registros
    }) en { $file }.
# A period of results: a year, or a quarter of it. $year; $quarter: 1 to 4, or 0 for the whole year.
cli-results-period = { $quarter ->
        [0] { $year }
       *[other] T{ $quarter } { $year }
    }
# $period: cli-results-period; $posts: the posts counted; $file: the file written.
cli-wrote-results = Se guardaron los resultados de { $period } ({ $posts ->
        [one] una publicación
        [many] { $posts } publicaciones
       *[other] { $posts } publicaciones
    }) en { $file }.
# With --json and --out: the file must be a .json file.
cli-results-json-file = con --json, indica un archivo .json (u omite --out para mostrarlo en la terminal)
# export handoff: --out must name a folder. $folder: what was given.
cli-handoff-not-a-folder = --out { $folder } no es una carpeta
# An item the publishing tool would refuse, left out of the files. $title: the item; $when: its day and time; $reason: why.
cli-handoff-left-out = excluido: { $title } ({ $when }): { $reason }
# A file written for the publishing tool. $file: its path.
cli-handoff-wrote = guardado: { $file }
# The end of a hand-off. $messages: the messages written; $files: the files; $format: the date format the files use.
cli-handoff-written = { $messages ->
        [one] Un mensaje
        [many] { $messages } mensajes
       *[other] { $messages } mensajes
    } en { $files ->
        [one] un archivo
        [many] { $files } archivos
       *[other] { $files } archivos
    }; las fechas están en formato { $format } (elige el mismo al subirlos).

## almanac publish, almanac caldav

# $folder: the data folder.
cli-publish-stopped = Se dejó de publicar el calendario de { $folder }.
# publish without --out or --stop.
cli-publish-needs-out = indica --out FILE, o --stop
# $count: the events written; $file: the .ics kept current.
cli-published = { $count ->
        [one] Se publicó un evento
        [many] Se publicaron { $count } eventos
       *[other] Se publicaron { $count } eventos
    } en { $file }; el archivo se vuelve a escribir tras cada cambio.
cli-caldav-stopped = Se dejó de enviar el calendario; sus eventos siguen en el servidor.
# caldav --push when no calendar is pushed.
cli-caldav-not-pushed = el calendario no se envía a ningún servidor
# After a push. $report: cli-caldav-report.
cli-caldav-pushed = Calendario enviado: { $report }.
# After the first push to a collection. $url: the collection; $report: cli-caldav-report.
cli-caldav-pushed-to = Calendario enviado a { $url }: { $report }.
# What a push did to the server's events, each a count.
cli-caldav-report = nuevos: { $created }, modificados: { $updated }, eliminados: { $deleted }, restablecidos: { $restored }, sin cambios: { $unchanged }
cli-caldav-password-kept = La contraseña se guarda en el llavero del sistema; el calendario se envía tras cada cambio.
# The keyring could not keep the password. $reason: why; $variable: the environment variable read instead.
cli-caldav-password-not-kept = { $reason }. Los envíos siguientes leerán { $variable } en su lugar.
# No password anywhere. $variable: the environment variable that may hold it.
cli-caldav-no-password = no hay contraseña: usa --password-stdin o define { $variable }
# Standard input could not be read. $reason: what the system said.
cli-password-unreadable = no se puede leer la contraseña: { $reason }

## almanac backup, almanac restore, almanac import plan

# $folder: the plan's folder; $file: the copy written.
cli-backed-up = Se guardó una copia de seguridad del plan de { $folder } en { $file }.
# restore while a window is open on the plan. $folder: the plan's folder.
cli-restore-window-open = Almanac está abierto en { $folder }; cierra su ventana (o usa en ella Archivo → Restaurar desde una copia de seguridad…) y vuelve a intentarlo
# $file: the copy restored; $snapshot: the snapshot of the plan as it was.
cli-restored-over = Se restauró { $file }; el plan tal como estaba se conserva en { $snapshot }.
# $file: the copy restored; $folder: the data folder, which had no plan.
cli-restored-into = Se restauró { $file } en { $folder }.
# $count: the rows set aside; $report: the report that lists them.
cli-restore-set-aside = { $count ->
        [one] Una fila que Almanac no pudo leer se apartó en { $report }.
        [many] { $count } filas que Almanac no pudo leer se apartaron en { $report }.
       *[other] { $count } filas que Almanac no pudo leer se apartaron en { $report }.
    }
# $count: the records read; $file: the JSON read; $folder: the data folder.
cli-imported-json = Se importó el plan completo ({ $count ->
        [one] { $count } registro
        [many] { $count } registros
       *[other] { $count } registros
    }) de { $file } en { $folder }.

## almanac import ics

# One day or span of days a calendar file adds. $days: the day, or cli-import-days; $name: the event's name.
cli-import-date = { $days }  { $name }
# The same, for an event the plan already has.
cli-import-date-known = { $days }  { $name }  (ya está en el plan)
# A span of days. $from, $to: the first and last day.
cli-import-days = { $from } – { $to }
# An event or row not taken. $reason: why.
cli-import-left-out = excluido: { $reason }
# $count: the dates; $source: the calendar's name.
cli-import-dates-dry-run = { $count ->
        [one] Se añadiría una fecha de { $source }; no se ha guardado nada.
        [many] Se añadirían { $count } fechas de { $source }; no se ha guardado nada.
       *[other] Se añadirían { $count } fechas de { $source }; no se ha guardado nada.
    }
cli-import-dates-added = { $count ->
        [one] Se añadió una fecha de { $source } en un solo cambio que se puede deshacer.
        [many] Se añadieron { $count } fechas de { $source } en un solo cambio que se puede deshacer.
       *[other] Se añadieron { $count } fechas de { $source } en un solo cambio que se puede deshacer.
    }

## almanac import partners, almanac import items, almanac import results

# A row refused. $line: its line in the file; $reason: why.
cli-import-line-error = línea { $line }: { $reason }
# $count: the rows refused.
cli-import-has-errors = { $count ->
        [one] Una fila tiene errores; no se importó nada
        [many] { $count } filas tienen errores; no se importó nada
       *[other] { $count } filas tienen errores; no se importó nada
    }
# $count: the rows, all already in the plan.
cli-import-nothing = { $count ->
        [one] Nada que importar: la fila ya está en el plan.
        [many] Nada que importar: las { $count } filas ya están en el plan.
       *[other] Nada que importar: las { $count } filas ya están en el plan.
    }
# $count: the rows left out as already in the plan.
cli-import-skipped = { $count ->
        [one] Una fila ya está en el plan y se omite.
        [many] { $count } filas ya están en el plan y se omiten.
       *[other] { $count } filas ya están en el plan y se omiten.
    }
# $kind: partner or item; $count: how many; $file: the file read.
cli-import-rows-dry-run = { $kind ->
        [partner] { $count ->
            [one] Se importaría un socio de { $file }; no se ha guardado nada.
            [many] Se importarían { $count } socios de { $file }; no se ha guardado nada.
           *[other] Se importarían { $count } socios de { $file }; no se ha guardado nada.
        }
       *[item] { $count ->
            [one] Se importaría un contenido de { $file }; no se ha guardado nada.
            [many] Se importarían { $count } contenidos de { $file }; no se ha guardado nada.
           *[other] Se importarían { $count } contenidos de { $file }; no se ha guardado nada.
        }
    }
cli-import-rows-done = { $kind ->
        [partner] { $count ->
            [one] Se importó un socio de { $file } en un solo cambio que se puede deshacer.
            [many] Se importaron { $count } socios de { $file } en un solo cambio que se puede deshacer.
           *[other] Se importaron { $count } socios de { $file } en un solo cambio que se puede deshacer.
        }
       *[item] { $count ->
            [one] Se importó un contenido de { $file } en un solo cambio que se puede deshacer.
            [many] Se importaron { $count } contenidos de { $file } en un solo cambio que se puede deshacer.
           *[other] Se importaron { $count } contenidos de { $file } en un solo cambio que se puede deshacer.
        }
    }
# A row of analytics. $line: its line; $day: the post's day; $post: the post's address; $found: what it matched.
cli-results-row = línea { $line }: { $day } { $post } { $found }
cli-results-row-error = error: { $reason }
cli-results-row-left-out = excluida: { $reason }
# The row's post is the plan item $title.
cli-results-row-linked = → { $title }
cli-results-row-confirmed = → { $title } (propuesto, confirmado)
cli-results-row-proposed = ? { $title } (propuesto; --accept-proposed para vincularlo)
cli-results-row-unmatched = sin contenido
# One metric's total. $metric: its name (results-metric-…); $value: the total.
cli-results-total = { $metric } { $value }
# $source: the platform; the counts; $totals: each cli-results-total, joined by list-separator.
cli-results-summary = Exportación de { $source }: { $linked ->
        [one] { $linked } fila vinculada
        [many] { $linked } filas vinculadas
       *[other] { $linked } filas vinculadas
    }, { $proposed ->
        [one] { $proposed } propuesta
        [many] { $proposed } propuestas
       *[other] { $proposed } propuestas
    }, { $unmatched } sin contenido, { $replaced ->
        [one] { $replaced } que sustituye cifras importadas antes
        [many] { $replaced } que sustituyen cifras importadas antes
       *[other] { $replaced } que sustituyen cifras importadas antes
    }; totales: { $totals }
cli-results-dry-run = No se ha guardado nada (--dry-run).
# $count: the rows imported; $file: the file read.
cli-results-imported = { $count ->
        [one] Se importaron las cifras de una fila de { $file } en un solo cambio que se puede deshacer.
        [many] Se importaron las cifras de { $count } filas de { $file } en un solo cambio que se puede deshacer.
       *[other] Se importaron las cifras de { $count } filas de { $file } en un solo cambio que se puede deshacer.
    }

## almanac check

# The year's counts of findings, each by severity.
cli-check-counts = { $year }: { $errors ->
        [one] un error
        [many] { $errors } errores
       *[other] { $errors } errores
    }, { $warnings ->
        [one] una advertencia
        [many] { $warnings } advertencias
       *[other] { $warnings } advertencias
    }, { $notes ->
        [one] una nota
        [many] { $notes } notas
       *[other] { $notes } notas
    }.
# A finding's severity, at the start of its line.
cli-check-error = error
cli-check-warning = advertencia
cli-check-note = nota
# What would fix the finding, after it. $fix: the fix.
cli-check-fix = — { $fix }
cli-check-coverage = Cobertura:
# An objective with no coverage rule. $name: the objective.
cli-check-no-rule = { $name }: sin regla de cobertura
# An objective's coverage. $name: the objective; $score: the percentage (a number as the language writes it). A no-break space before %.
cli-check-score = { $name }: { $score } %
# One rule of an objective. $label: the rule; $score: its percentage; $gaps: the periods short of it.
cli-check-rule = { $label }: { $score } %, { $gaps ->
        [one] un periodo insuficiente
        [many] { $gaps } periodos insuficientes
       *[other] { $gaps } periodos insuficientes
    }

## almanac server …, almanac sync

# sync with no server known. The address is an example to type.
cli-sync-needs-server = indica el servidor del equipo: --server postgresql://member@host/database
# The keyring could not keep the password. $reason: why; $variable: the environment variable read instead.
cli-sync-password-not-kept = { $reason }. Las sincronizaciones siguientes leerán { $variable } en su lugar.
# $address: the team's server.
cli-sync-joined = Te has unido al plan del equipo en { $address }.
# $pushed: changes sent; $pulled: changes taken; $rows: the rows they changed.
cli-sync-moved = { $pushed ->
        [one] Se envió un cambio
        [many] Se enviaron { $pushed } cambios
       *[other] Se enviaron { $pushed } cambios
    }; { $pulled ->
        [one] se recibió un cambio del equipo, que modificó
        [many] se recibieron { $pulled } cambios del equipo, que modificaron
       *[other] se recibieron { $pulled } cambios del equipo, que modificaron
    } { $rows ->
        [one] una fila
        [many] { $rows } filas
       *[other] { $rows } filas
    }.
cli-sync-waiting = { $count ->
        [one] Un cambio espera en este portátil (los cambios de los lectores no se envían).
        [many] { $count } cambios esperan en este portátil (los cambios de los lectores no se envían).
       *[other] { $count } cambios esperan en este portátil (los cambios de los lectores no se envían).
    }
cli-sync-conflicts = { $count ->
        [one] Un conflicto por resolver en Configuración → Sincronización del equipo.
        [many] { $count } conflictos por resolver en Configuración → Sincronización del equipo.
       *[other] { $count } conflictos por resolver en Configuración → Sincronización del equipo.
    }
# The network could not start. $reason: what the system said.
cli-network-failed = no se puede iniciar el entorno de red: { $reason }
# server init. $plan: the plan's id; $address: the server; $version: the schema version.
cli-server-created = Se creó el plan del equipo { $plan } en { $address } (versión del esquema: { $version }).
cli-server-up-to-date = { $address } está al día (versión del esquema: { $version }).
# $from, $to: the schema versions.
cli-server-upgraded = Se actualizó { $address } de la versión { $from } del esquema a la { $to }.
# server add-member. $name: the member; $role: editor or viewer; $login: their server role.
cli-member-added = Se añadió a { $name } con el rol de { $role ->
        [viewer] lector
       *[editor] editor
    } ({ $login }).
cli-member-hand-over = Entrega estos datos al nuevo miembro por una vía segura (la contraseña solo se muestra ahora):
# The two lines to hand over; keep the values aligned.
cli-member-server = { "  " }Servidor:   { $server }
cli-member-password = { "  " }Contraseña: { $password }
# A scope of --approves that is not one. $value: what was typed.
cli-member-approves-unknown = --approves { $value }: escribe everything, brand:NAME, channel:HANDLE o nothing
# server set-member. $member: the member's server role.
cli-member-changed = Se modificó { $member }.

## The words clap, the command-line library, puts around the help texts of cli-help.ftl.

# Before the command's usage line.
cli-help-usage = Uso:
# Headings of the help's lists.
cli-help-commands = Comandos
cli-help-options = Opciones
cli-help-arguments = Argumentos
# The placeholder for a subcommand in the usage line (upper case, as a placeholder is written).
cli-help-command = COMANDO
cli-help-help = Mostrar la ayuda
cli-help-version = Mostrar la versión
# After an option's help: the values it takes. $choices: the values, joined by list-separator.
cli-help-choices = [valores posibles: { $choices }]
# After an option's help: the value it takes when not given. $value: the value.
cli-help-default = [valor predeterminado: { $value }]

## Arguments the command line refuses (typed wrong), each followed by the usage line and
## cli-usage-more. $arg: an option as typed (--out <FILE>); $value: a value as typed.

# An option given twice.
cli-usage-repeated = { $arg } no se puede indicar más de una vez
# Two options that exclude each other. $other: the options given before, joined by list-separator.
cli-usage-conflict = { $arg } no se puede usar con { $other }
# A value that is not one of the option's choices. $choices: joined by list-separator.
cli-usage-invalid-value = «{ $value }» no es un valor de { $arg }; usa uno de estos: { $choices }
# An option given without its value.
cli-usage-needs-value = { $arg } necesita un valor
# $command: the word typed.
cli-usage-unknown-command = no existe el comando «{ $command }»
cli-usage-unknown-argument = { $arg } no es una opción de este comando
# Options that must be given. $args: joined by list-separator.
cli-usage-missing = indica { $args }
# A command that needs a subcommand. $command: the command; $commands: its subcommands, joined by list-separator.
cli-usage-missing-command = { $command } necesita uno de estos comandos: { $commands }
# A value the option refused. $reason: why (already a sentence).
cli-usage-bad-value = «{ $value }» para { $arg }: { $reason }
cli-usage-values = { $arg } recibió un número incorrecto de valores
# What the refused argument was perhaps meant to be. $suggestion: an option or command as typed.
cli-usage-suggested = ¿quisiste decir { $suggestion }?
# The last line. $help: the option that prints help (--help).
cli-usage-more = Para más información, añade { $help }.
