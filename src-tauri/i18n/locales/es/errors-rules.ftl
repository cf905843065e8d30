## What the plan's own rules refuse, and what the database or the file system said.

# $reason: what SQLite said, as it said it.
error-rules-plan-refused-change = el plan rechazó este cambio: { $reason }
# $reason: what SQLite or the operating system said, as it said it.
error-rules-disk-full = no se pudo escribir el plan: el disco está lleno o falla ({ $reason }); no se ha cambiado nada
error-rules-database-busy = la base de datos del plan está ocupada (¿está Almanac abierto dos veces con la misma carpeta de datos?)
# $reason: what SQLite said about the row, as it said it.
error-rules-row-unreadable = no se puede leer una fila necesaria para esto ({ $reason }); no se ha cambiado nada. Configuración → Estado del plan la indica y puede apartarla
# $reason: what SQLite said, as it said it.
error-rules-database = base de datos: { $reason }
# $reason: what the operating system said, as it said it.
error-rules-file-system = sistema de archivos: { $reason }
# $reason: what the JSON reader said, as it said it.
error-rules-journal-data = datos del historial del plan: { $reason }
# $value: the recurrence rule typed; $reason: what the rule reader said, as it said it.
error-rules-rrule-unreadable = «{ $value }»: { $reason }
# $reason: what the rule reader said, as it said it.
error-rules-rrule-refused = { $reason }
error-rules-clock-range = el reloj pasaría del año 9999 o retrocedería a antes de 1970
# $value: the text read as a clock reading.
error-rules-not-a-clock = «{ $value }» no es una lectura de reloj

## What an operation refuses. $title and $name: a record's title or name, cut to 40 characters (with "…").

# $entity: the kind of record, as the code names it (contentItem, channel…); $id: the id given.
error-rules-no-such-record = no hay ningún { $entity } con el identificador { $id }
error-rules-not-in-series = «{ $title }» no forma parte de una serie
error-rules-no-longer-in-backlog = «{ $title }» ya no está en el banco de ideas; vuelve a proponer
error-rules-request-decided = ya se ha decidido sobre «{ $title }»
# $count: the items the member owns.
error-rules-member-owns-items = { $count ->
    [one] «{ $name }» es responsable de { $count } contenido; asígnaselo primero a otra persona
   *[other] «{ $name }» es responsable de { $count } contenidos; asígnaselos primero a otra persona
}
# $count: the items on the channel.
error-rules-channel-has-items = { $count ->
    [one] «{ $name }» tiene { $count } contenido; muévelo o elimínalo primero, o marca el canal como inactivo
   *[other] «{ $name }» tiene { $count } contenidos; muévelos o elimínalos primero, o marca el canal como inactivo
}
# $count: the collaborations the partner is part of; $titles: up to three of their titles, each quoted, joined by list-separator.
error-rules-partner-in-collaborations = { $count ->
    [one] «{ $name }» forma parte de { $count } colaboración ({ $titles }): quítalo primero de ella o fusiónalo con otro socio
   *[other] «{ $name }» forma parte de { $count } colaboraciones ({ $titles }): quítalo primero de ellas o fusiónalo con otro socio
}
# $title: a collaboration's title, in the list of error-rules-partner-in-collaborations.
error-rules-quoted = «{ $title }»
# $count: the brand's channels.
error-rules-brand-owns-channels = { $count ->
    [one] «{ $name }» todavía tiene { $count } canal; muévelo o elimínalo primero
   *[other] «{ $name }» todavía tiene { $count } canales; muévelos o elimínalos primero
}
# $author: who wrote the comment.
error-rules-only-author-deletes = solo { $author } puede eliminar su comentario
error-rules-pause-in-force = ya hay una pausa en vigor; reanuda primero la publicación
error-rules-pause-resumed = ya se reanudó la publicación tras esta pausa
error-rules-findings-cache-empty = la caché de hallazgos está vacía
error-rules-no-settings = el plan no tiene fila de configuración
error-rules-sample-needs-empty-plan = este plan ya tiene contenido; carga un plan de ejemplo en una carpeta de datos vacía
