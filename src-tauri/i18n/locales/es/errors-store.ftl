## What the plan's store refuses or fails at: the data folder, the plan file, its backups
## and snapshots, restoring a copy, Plan health's repair, the journal and team sync.
## $reason, where a message has one: what the operating system, SQLite or a library said,
## as it said it (or, where the message says so, a refusal of Almanac's own).

## The data folder and the plan file, when the plan is opened or upgraded.
# $folder: the data folder's path; $reason: what the operating system said.
error-store-cannot-create-data-folder = no se puede crear la carpeta de datos { $folder }: { $reason }
# $folder: the data folder's path.
error-store-no-plan-in = no hay ningún plan en { $folder }
error-store-no-app-data-folder = no se encuentra la carpeta de datos de aplicaciones del usuario; indica --data-dir
# $path: the plan file's path; $why: why it cannot be opened (one of the messages below, or what SQLite said).
error-store-plan-damaged = No se puede abrir el plan { $path }: { $why }. Se ha dejado tal como estaba.
error-store-not-sqlite = no es un plan de Almanac (no es una base de datos SQLite)
# $length: the file's size in bytes; $expected: the size its header promises.
error-store-cut-short = está truncado ({ $length } de { $expected ->
    [one] { $expected } byte
   *[other] { $expected } bytes
})
# $path: the file's path; $reason: what the operating system said.
error-store-cannot-read = no se puede leer { $path }: { $reason }
# $schema: the schema number the file records; $supported: the highest this version reads.
error-store-newer-plan = este plan lo escribió una versión más reciente de Almanac (esquema { $schema }; esta versión lee hasta el esquema { $supported }). Actualiza Almanac para abrirlo; el archivo no se ha modificado.
# $schema: the schema number the plan was being upgraded to; $reason: what SQLite said.
error-store-upgrade-failed = no se pudo actualizar el plan al esquema { $schema }: { $reason }
# $schema: the schema number the file records; $reason: what SQLite said.
error-store-reference-schema-failed = no se pudo construir el esquema { $schema } para compararlo: { $reason }
# $reason: what SQLite said.
error-store-upgrade-backup-failed = no se pudo hacer una copia de seguridad del plan antes de actualizarlo ({ $reason }); el plan se ha dejado tal como estaba
error-store-choose-backup-beside = elige una de las copias de seguridad encontradas junto al plan
error-store-backup-unreadable-too = esta copia de seguridad tampoco se puede leer
# $reason: what the operating system said.
error-store-backup-not-restored = no se pudo restaurar la copia de seguridad: { $reason }

## Backups and the automatic snapshots in the data folder.
# $path: the file the backup was to be written to; $reason: what the system or SQLite said, or why the copy's check refused it.
error-store-cannot-back-up-to = no se puede hacer la copia de seguridad del plan en { $path }: { $reason }
# $reason: what SQLite's integrity check reported.
error-store-integrity-failed = la copia no ha superado la comprobación de integridad: { $reason }
# $path: the folder's path; $reason: what the operating system said.
error-store-cannot-create = no se puede crear { $path }: { $reason }
# $path: the snapshot's file; $reason: what the operating system said.
error-store-cannot-remove-snapshot = no se puede eliminar la instantánea antigua { $path }: { $reason }

## File → Restore from a backup: the copy chosen, and the log (-wal file) beside it.
# $path: the copy chosen; $reason: why it was refused (a message of this file or of errors.ftl).
error-store-not-restored = no se ha restaurado { $path }: { $reason }
# $path: the copy chosen; $reason: what the operating system said.
error-store-could-not-restore = no se pudo restaurar { $path }: { $reason }
# $path: the copy chosen.
error-store-not-a-file = { $path } no es un archivo
# $path: the copy chosen.
error-store-is-a-link = { $path } es un enlace a otro archivo: elige el propio archivo
# The copy's size in gigabytes, to one decimal: $gigabytes: the whole gigabytes; $tenths: the tenths (0 to 9).
error-store-far-too-large = ocupa { $gigabytes },{ $tenths } GB, mucho más que cualquier plan (el plan de un año ocupa decenas de MB); si de verdad es esta copia, restáurala indicando que debe tener este tamaño
# $path: the copy chosen; $reason: what the operating system said.
error-store-could-not-copy = no se pudo copiar { $path }: { $reason }
# $path: the log file's path.
error-store-log-not-read-in = el archivo de registro que la acompaña ({ $path }) no se pudo incorporar a ella
# $mode: SQLite's journal mode, as SQLite names it ("wal").
error-store-stays-in-mode = sigue en modo «{ $mode }»
# $path: the log file's path; $why: one of the five messages below.
error-store-foreign-log = el archivo de registro que la acompaña ({ $path }) pertenece a otra base de datos ({ $why }): muévelo a otro lugar o elige la copia con su propio archivo de registro
error-store-log-cut-short = está truncado
error-store-log-not-sqlite = no es un archivo de registro de SQLite
error-store-log-checksum = la suma de comprobación de su encabezado no es correcta
error-store-log-no-database = no hay base de datos
# $log: the log's page size in bytes; $file: the database file's page size in bytes.
error-store-log-page-size = sus páginas son de { $log ->
    [one] { $log } byte
   *[other] { $log } bytes
}; las del archivo, de { $file }
# $path: the copy chosen; $reason: why it is not (a message of this file).
error-store-not-a-plan = { $path } no es un plan de Almanac: { $reason }
error-store-sqlite-not-plan = es una base de datos SQLite, pero no un plan de Almanac

## A plan file that is not as Almanac writes it: its schema (the tables, indexes, views and
## triggers it defines) and its rows. Settings → Plan health names the rows too.
# $count: how many triggers Almanac never writes; $name: the first one's name.
error-store-extra-trigger = { $count ->
    [one] { $count } disparador
   *[other] { $count } disparadores
}, que Almanac nunca escribe («{ $name }»…)
# $count: how many views Almanac never writes; $name: the first one's name.
error-store-extra-view = { $count ->
    [one] { $count } vista
   *[other] { $count } vistas
}, que Almanac nunca escribe («{ $name }»…)
# $count: how many tables Almanac never writes; $name: the first one's name.
error-store-extra-table = { $count ->
    [one] { $count } tabla
   *[other] { $count } tablas
}, que Almanac nunca escribe («{ $name }»…)
# $count: how many indexes Almanac never writes; $name: the first one's name.
error-store-extra-index = { $count ->
    [one] { $count } índice
   *[other] { $count } índices
}, que Almanac nunca escribe («{ $name }»…)
# $name: the trigger's name.
error-store-changed-trigger = el disparador «{ $name }», definido de otra forma que como lo define Almanac
# $name: the view's name.
error-store-changed-view = la vista «{ $name }», definida de otra forma que como la define Almanac
# $name: the table's name.
error-store-changed-table = la tabla «{ $name }», definida de otra forma que como la define Almanac
# $name: the index's name.
error-store-changed-index = el índice «{ $name }», definido de otra forma que como lo define Almanac
# $count: how many parts of the schema are missing; $name: the first one's name.
error-store-parts-missing = { $count ->
    [one] { $count } parte ausente
   *[other] { $count } partes ausentes
} del plan de Almanac («{ $name }»…)
# $reasons: what the file has (the messages above, one after another).
error-store-not-own-shape = el archivo tiene { $reasons }: no es un plan tal como lo escribe Almanac
error-store-not-own-shape-unnamed = el archivo no es un plan tal como lo escribe Almanac
# Two reasons or rows in a row. $first: the first; $more: the next (itself maybe two in a row).
error-store-one-and-more = { $first }; { $more }
# $rows: the first rows that cannot be read, each with why (one after another).
error-store-rows-unreadable = filas que Almanac no puede leer: { $rows } (restaura la copia apartando las filas dañadas en un informe, o elige otra copia)
error-store-bad-rows-stuck = no se pudieron apartar todas las filas dañadas de la copia
# $table: the row's table (as SQLite names it, "content_item"); $row: its place in the table; $parent: the table it names.
error-store-row-names-missing = { $table } fila { $row }: menciona una fila de { $parent } que no está en el plan
# $table: the row's table; $id: the row's id; $why: what is wrong (a message below, or what SQLite said).
error-store-row-unreadable = { $table } { $id }: { $why }
# $table: the row's table; $id: what its id column holds.
error-store-row-id-not-id = { $table } «{ $id }»: no es un identificador
# $table: the row's table; $value: what its id column holds, as SQLite's library writes it ("Integer(7)").
error-store-row-id-not-text = { $table }: un identificador que no es texto ({ $value })
# $column: the column (as SQLite names it, "status"); $reason: why (a message below, or what was said).
error-store-column-unreadable = { $column } no se puede leer ({ $reason })
# $reason: why (a message below, or what was said).
error-store-list-unreadable = una lista no se puede leer ({ $reason })
# $column: the column; $kind: the kind of value SQLite found there, as it names it ("Null", "Integer", "Real", "Text", "Blob").
error-store-column-holds = { $column } contiene { $kind ->
    [Null] un valor vacío (NULL)
    [Integer] un número entero
    [Real] un número decimal
    [Text] texto
    [Blob] datos binarios
   *[other] { $kind }
}
# $kind: the kind of value SQLite found, as it names it.
error-store-list-holds = una lista contiene { $kind ->
    [Null] un valor vacío (NULL)
    [Integer] un número entero
    [Real] un número decimal
    [Text] texto
    [Blob] datos binarios
   *[other] { $kind }
}
# What a column holds that is not what it should be. $value: the value, in quotation marks as the program writes it.
error-store-unfit-id = id: { $value }
# $value: the value, in quotation marks as the program writes it.
error-store-unfit-date = fecha: { $value }
# $value: the value, in quotation marks as the program writes it.
error-store-unfit-instant = fecha y hora: { $value }
# $value: the value, in quotation marks as the program writes it.
error-store-unfit-value = valor: { $value }
# $value: the value, in quotation marks as the program writes it.
error-store-unfit-json = json: { $value }

## Plan health's repair (rows moved aside into the journal), undo and redo.
error-store-unreadable-rows-stuck = no se pudieron apartar todas las filas ilegibles del plan
# $table: the row's table; $row: its place in the table.
error-store-rows-too-deep = las filas que mencionan { $table } fila { $row } se encadenan demasiado para apartarlas
# Why a row was moved aside with the one it names. $table: that row's table; $row: its place in the table.
error-store-names-moved-row = menciona { $table } fila { $row }, que se ha apartado
error-store-moved-row-altered = el historial del plan contiene una fila apartada que ya no está como la guardó
error-store-empty-journal-entry = una entrada vacía en el historial del plan
error-store-moved-row-no-table = una fila apartada sin su tabla
# $table: the name the journal gives.
error-store-journal-names-no-table = el historial del plan menciona «{ $table }», que no es una tabla del plan
error-store-moved-row-no-place = una fila apartada sin su posición
# $table: the row's table; $row: its place in the table.
error-store-moved-row-changed = { $table } fila { $row } ya no está como la dejó la reparación; no se ha cambiado nada
error-store-moved-row-no-columns = una fila apartada sin sus columnas
# $entity: the kind of record, as the journal names it ("contentItem", "campaign", "keyDate").
error-store-changed-elsewhere = se ha modificado { $entity ->
    [contentItem] este contenido
    [series] esta serie
    [campaign] esta campaña
    [collaboration] esta colaboración
    [channel] este canal
    [brand] esta marca
    [objective] este objetivo
    [member] este miembro del equipo
    [partner] este socio
    [partnerGroup] este grupo de socios
    [keyDate] esta fecha clave
    [request] esta solicitud
    [comment] este comentario
    [approval] esta aprobación
    [loggedDecision] esta decisión
    [coverageRule] esta regla
    [crisisPause] esta pausa
    [planYear] este plan anual
    [postLink] este enlace a una publicación
    [postResult] este resultado de publicación
    [outcome] este resultado
    [settings] esta configuración
   *[other] este elemento ({ $entity })
} en otro lugar (otra ventana o la línea de comandos) desde la última lectura; no se ha guardado nada: actualiza la vista y vuelve a intentarlo
# $entity: the kind of record the journal names.
error-store-unknown-entity = el historial del plan menciona un tipo de elemento desconocido «{ $entity }»
error-store-fields-name-another-row = los campos de la fila corresponden a otra fila
# $entity: the kind of record, as the journal names it; $reason: what the reader of its fields said.
error-store-not-readable-entity = este plan no puede leerlo como { $entity }: { $reason }
error-store-journal-id-malformed-short = el historial del plan contiene un identificador mal formado
error-store-journal-id-malformed = el historial del plan contiene un identificador mal formado

## Team sync: this laptop's side.
error-store-sync-identity-damaged = la identidad de sincronización del plan está dañada
error-store-outbox-id-malformed = la cola de envío contiene un identificador mal formado
# $table: the table (as SQLite names it) left pointing at a row that is gone.
error-store-team-left-dangling = los cambios del equipo dejaron { $table } apuntando a una fila que ya no existe
error-store-team-references-unsettled = los cambios del equipo dejaron referencias que no se pudieron resolver; no se ha aplicado nada
# $table: the table; $column: its column (as SQLite names them); $reason: what the id reader said.
error-store-holds-no-id = { $table }.{ $column } no contiene ningún identificador: { $reason }

## An error named inside another, as a log writes it.
