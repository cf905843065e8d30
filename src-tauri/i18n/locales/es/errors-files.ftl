## What the exports and imports say when a file, a folder or the calendar server fails them.
## Most are shown after the name of the field or the file they are about, so they start in
## lower case. $reason: what the operating system, a library or a server said, as it said it.

## An error given as a row's reason, or inside another message.


## Files read, written or removed.

# $path: the file's path or name.
error-files-cannot-read = no se puede leer { $path }: { $reason }
# $path: the file's path.
error-files-cannot-write = no se puede escribir { $path }: { $reason }
# $path: the file's name.
error-files-cannot-remove = no se puede eliminar { $path }: { $reason }
# $file: the settings file beside the plan (published-calendar.json).
error-files-feed-settings-unreadable = no se puede leer { $file } ({ $reason }); vuelve a publicar el calendario
# $file: the settings file beside the plan (caldav.json).
error-files-caldav-settings-unreadable = no se puede leer { $file } ({ $reason }); vuelve a configurar el servidor de calendario

## Exports: PDFs, workbooks and CSV files.

# $pages: how many pages the annual plan came out as.
error-files-annual-plan-pages = { $pages ->
    [one] el plan anual ocupa { $pages } página en lugar de una
   *[other] el plan anual ocupa { $pages } páginas en lugar de una
}
# $pages: how many pages the brief came out as.
error-files-brief-pages = { $pages ->
    [one] el dosier informativo ocupa { $pages } página en lugar de una
   *[other] el dosier informativo ocupa { $pages } páginas en lugar de una
}
# $reason: what the typesetter said.
error-files-not-typeset = no se pudo maquetar el PDF: { $reason }
error-files-numbers-too-long = «En cifras» no cabe en una página
error-files-workbook = no se puede crear el libro: { $reason }
error-files-handoff-write = no se puede escribir el archivo para la herramienta de publicación: { $reason }
error-files-csv-write = no se puede escribir el CSV: { $reason }

## Pushing the plan's calendar to a CalDAV server.

error-files-caldav-listing-unreadable = no se pudo leer la lista de eventos del calendario: { $reason }
error-files-caldav-unusable-address = la dirección no se puede usar: { $reason }
error-files-caldav-unreachable = no se puede conectar con el servidor de calendario: { $reason }
# $url: the calendar's address.
error-files-caldav-may-not-list = esta cuenta no tiene permiso para consultar el calendario en { $url }
# $url: the calendar's address.
error-files-caldav-may-not-create = esta cuenta no tiene permiso para crear el calendario en { $url }
# $name: the event file's name on the server; $url: the calendar's address.
error-files-caldav-may-not-write = esta cuenta no tiene permiso para escribir { $name } en { $url }
# $name: the event file's name on the server; $url: the calendar's address.
error-files-caldav-may-not-delete = esta cuenta no tiene permiso para eliminar { $name } en { $url }
error-files-caldav-out-of-space = el servidor de calendario no tiene espacio libre
# $status: the HTTP status code the server answered (such as 500).
error-files-caldav-answered-list = el servidor de calendario respondió { $status } al pedirle la lista del calendario
# $status: the HTTP status code the server answered (such as 500).
error-files-caldav-answered-create = el servidor de calendario respondió { $status } al pedirle que creara el calendario
# $status: the HTTP status code the server answered (such as 500); $name: the event file's name on the server.
error-files-caldav-answered-write = el servidor de calendario respondió { $status } al pedirle que escribiera { $name }
# $status: the HTTP status code the server answered (such as 500); $name: the event file's name on the server.
error-files-caldav-answered-delete = el servidor de calendario respondió { $status } al pedirle que eliminara { $name }
error-files-caldav-bad-listing = el servidor de calendario envió una lista de eventos que no es XML válido: { $reason }

## A spreadsheet or a calendar file too large or damaged to read. Shown after the file's name.

# $max: the most rows read.
error-files-too-many-rows = { $max ->
    [one] tiene más de { $max } fila; divídelo e importa las partes una a una
   *[other] tiene más de { $max } filas; divídelo e importa las partes una a una
}
# $line: the line in the file; $count: the columns it has; $max: the most columns read.
error-files-too-many-columns = la línea { $line } tiene { $count ->
    [one] { $count } columna
   *[other] { $count } columnas
}; se leen { $max } como máximo
# $line: the line in the file; $column: the column's number (1 for the first); $max: the most characters a cell may hold.
error-files-cell-too-long = la línea { $line }, columna { $column }, contiene más de { $max ->
    [one] { $max } carácter
   *[other] { $max } caracteres
}
# $size: the file's size in megabytes; $max: the largest size read, in megabytes.
error-files-too-big = ocupa { $size } MB; se leen { $max } MB como máximo
# $path: the file's path.
error-files-damaged = no se puede leer { $path }: el archivo está dañado
# $path: the file's path.
error-files-sheet-cut-short = no se puede leer { $path }: el archivo está dañado (su hoja está incompleta)
# $path: the file's path.
error-files-no-sheet = no se puede leer { $path }: no tiene ninguna hoja
# $max: the most megabytes a workbook may unpack to.
error-files-unpacks-too-far = descomprimido ocupa más de { $max } MB
# $max: the most cells a sheet may span.
error-files-spans-too-much = { $max ->
    [one] abarca más de { $max } celda; deja solo el directorio en su primera hoja
   *[other] abarca más de { $max } celdas; deja solo el directorio en su primera hoja
}
# $column: the column's number (1 for the first); $max: the most columns read.
error-files-cell-past-columns = tiene una celda en la columna { $column }; se leen { $max ->
    [one] { $max } columna
   *[other] { $max } columnas
} como máximo
# $max: the most filled cells read.
error-files-too-many-cells = { $max ->
    [one] tiene más de { $max } celda con contenido
   *[other] tiene más de { $max } celdas con contenido
}

## Importing partners or content items from a spreadsheet: why a row is refused or left out.

# $count: the rows refused; $line: the first one's line in the file; $error: why it is refused (a message of its own).
error-files-rows-have-errors = { $count ->
    [one] { $count } fila tiene errores, así que no se ha importado nada; línea { $line }: { $error }
   *[other] { $count } filas tienen errores, así que no se ha importado nada; la primera, línea { $line }: { $error }
}
# The column a partner import needs, as the error names it (error-column-not-mapped).
error-files-column-time-zone = Zona horaria (por ejemplo, Europe/Paris)
# $name: the partner's name.
error-files-partner-exists = «{ $name }» ya figura en el directorio o en el archivo
error-files-no-channel-given = sin canal
error-files-no-title-or-copy = sin título y sin texto
error-files-item-in-plan = ya está en el plan (mismo canal, hora y título)
# $name: the name in the file.
error-files-no-channel-named = el plan no tiene ningún canal llamado «{ $name }»
# $name: the name in the file.
error-files-no-brand-named = el plan no tiene ninguna marca llamada «{ $name }»
# $name: the name in the file.
error-files-no-campaign-named = el plan no tiene ninguna campaña llamada «{ $name }»
# $name: the name in the file.
error-files-no-member-named = el plan no tiene ningún miembro llamado «{ $name }»
# $name: the name in the file.
error-files-no-objective-named = el plan no tiene ningún objetivo llamado «{ $name }»
# $name: the name in the file; $count: how many channels it names (two or more).
error-files-channels-named = { $count ->
    [one] «{ $name }» corresponde a { $count } canal; usa un nombre más completo
   *[other] «{ $name }» corresponde a { $count } canales; usa un nombre más completo
}
# $name: the name in the file; $count: how many brands it names (two or more).
error-files-brands-named = { $count ->
    [one] «{ $name }» corresponde a { $count } marca; usa un nombre más completo
   *[other] «{ $name }» corresponde a { $count } marcas; usa un nombre más completo
}
# $name: the name in the file; $count: how many campaigns it names (two or more).
error-files-campaigns-named = { $count ->
    [one] «{ $name }» corresponde a { $count } campaña; usa un nombre más completo
   *[other] «{ $name }» corresponde a { $count } campañas; usa un nombre más completo
}
# $name: the name in the file; $count: how many members it names (two or more).
error-files-members-named = { $count ->
    [one] «{ $name }» corresponde a { $count } miembro; usa un nombre más completo
   *[other] «{ $name }» corresponde a { $count } miembros; usa un nombre más completo
}
# $name: the name in the file; $count: how many objectives it names (two or more).
error-files-objectives-named = { $count ->
    [one] «{ $name }» corresponde a { $count } objetivo; usa un nombre más completo
   *[other] «{ $name }» corresponde a { $count } objetivos; usa un nombre más completo
}
# $value: the cell; $names: every status's name, joined by list-separator.
error-files-not-a-status = «{ $value }» no es un estado; usa uno de estos: { $names }
# $value: the cell; $names: every format's name, joined by list-separator.
error-files-not-a-format = «{ $value }» no es un formato; usa uno de estos: { $names }
error-files-time-without-date = una hora sin fecha
# $value: the cell. The plan writes days with the day first.
error-files-not-a-date-day-first = «{ $value }» no es una fecha; escribe AAAA-MM-DD o DD/MM/AAAA
# $value: the cell. The plan (en-US) writes days with the month first.
error-files-not-a-date-month-first = «{ $value }» no es una fecha; escribe AAAA-MM-DD o MM/DD/AAAA
# $value: the cell.
error-files-not-a-time = «{ $value }» no es una hora; escribe HH:MM (formato de 24 horas) o 9:30 AM

## Importing a calendar file (.ics).

# $name: the event's summary; $reason: what the calendar library found wrong with it.
error-files-event-left-out = { $name }: excluido ({ $reason })
# $reason: what the calendar library found wrong with the event, which has no summary.
error-files-untitled-event-left-out = Evento sin título: excluido ({ $reason })
# $max: the most occurrences read.
error-files-too-many-occurrences = { $max ->
    [one] sus eventos periódicos superan { $max } repetición; las siguientes no se leen
   *[other] sus eventos periódicos superan las { $max } repeticiones; las siguientes no se leen
}
# $count: the dates the import would add; $max: the most added at once.
error-files-too-many-dates = añadiría { $count ->
    [one] { $count } fecha
   *[other] { $count } fechas
}; se importan { $max } como máximo cada vez: acota los días

## Importing results from a platform's analytics export, or pasted links to posts.

# $source: the export the file was read as (x, meta, linkedin or csv).
error-files-no-header-row = ninguna de sus primeras líneas nombra una columna de fecha y una columna de cifras de una exportación de { $source }
# $metric: the metric's name (results-metric-…); $value: the cell.
error-files-metric-not-a-count = { $metric }: «{ $value }» no es una cifra
# $value: the cell.
error-files-not-a-date-and-time = «{ $value }» no es una fecha y hora
error-files-no-date = no tiene fecha
error-files-no-post = no tiene ID de publicación ni enlace permanente
error-files-name-platform = indica su plataforma (x, facebook, instagram, linkedin, …) en una columna Platform
# $line: the later line in the file, whose numbers are kept.
error-files-same-post-again = la línea { $line } vuelve a dar la misma publicación y el mismo día
error-files-link-not-a-post = el enlace no es una publicación de una plataforma para la que planifica Almanac
error-files-link-needs-time = indica su fecha y hora en la línea: el enlace no dice cuándo se publicó

## Importing a whole plan from its JSON document. Shown after the file's name.

error-files-not-json = no es JSON: { $reason }
# $format: the format a plan document names ("almanac-plan").
error-files-not-plan-document = no es un documento de plan de Almanac (su "format" no es "{ $format }")
# $version: the document's version of the plan format; $supported: the newest this Almanac reads.
error-files-newer-plan-version = este documento usa la versión { $version } del formato de plan, de una versión más reciente de Almanac (esta lee hasta la versión { $supported })
# $version: the version of the plan format this Almanac reads.
error-files-not-plan-version = no contiene un plan tal como lo describe la versión { $version }: { $reason }
error-files-no-settings-row = el plan no tiene fila de configuración
# $reason: why the plan refused the records (a message of its own).
error-files-records-do-not-fit = sus registros no encajan entre sí ({ $reason }); no se ha importado nada
