## The team's PostgreSQL server: its address, TLS and login, as Settings → Team sync and the
## command line are told. Shown beside the address or the password field, so lower case.
## $address: the server's address, without its password (postgresql://user@host:5432/database).
## $reason: what the library, the server or the operating system said, in its own words.

# $mode: the sslmode the address names (prefer, allow).
error-team-sslmode-falls-back = sslmode={ $mode } puede pasar a una conexión sin cifrar sin avisar: omite sslmode (así se verifica el certificado del servidor) o escribe sslmode=disable para enviar sin cifrar a propósito
# $reason: why the address cannot be read.
error-team-not-an-address = no es una dirección de servidor ({ $reason }); escribe postgresql://user@host:5432/database
error-team-address-form = escribe la dirección así: postgresql://user@host:5432/database
error-team-address-no-user = la dirección no indica ningún usuario: postgresql://user@host/database
# $path: the certificate authorities' file the address names; $reason: why it cannot be read.
error-team-not-pem = sslrootcert { $path }: no es un archivo de certificados PEM ({ $reason })
# $path: the certificate authorities' file the address names.
error-team-pem-holds-none = sslrootcert { $path }: no es un archivo de certificados PEM (no contiene ningún certificado)
# $reason: why the system's trust store cannot be used.
error-team-tls-setup = no se puede configurar TLS: { $reason }
# $address: the server's address.
error-team-login-refused = { $address } rechazó el nombre de usuario o la contraseña
# $address: the server's address.
error-team-no-such-database = { $address }: esa base de datos no existe
# $address: the server's address; $reason: why the connection failed (a TLS certificate's name or issuer, a refused connection).
error-team-unreachable = no se puede conectar con el servidor del equipo en { $address }: { $reason }

## What the team's server refused, or could not do.
## $action: what it was asked to do (one of the error-team-to-… messages below).
## $reason: what PostgreSQL said, in its own words.

# $action: what the server was asked to do; $reason: PostgreSQL's words.
error-team-server-may-not = el servidor del equipo se negó a { $action }: este miembro no tiene permiso ({ $reason })
# $action: what the server was asked to do; $reason: PostgreSQL's words.
error-team-server-could-not = el servidor del equipo no pudo { $action }: { $reason }

## What the team's server was asked to do: the $action of error-team-server-may-not
## ("refused to …") and error-team-server-could-not ("could not …"), so each fits both.

error-team-to-add-member = añadir al miembro
error-team-to-look-up-roles = consultar los roles existentes
error-team-to-create-member-role = crear el rol del miembro (el usuario de la dirección necesita CREATEROLE)
error-team-to-limit-member-sessions = limitar las sesiones del miembro
error-team-to-record-member = registrar al miembro (ejecuta primero `almanac server init`)
error-team-to-change-member = modificar al miembro
error-team-to-look-up-member = encontrar al miembro
error-team-to-change-member-group = cambiar el grupo del miembro
error-team-to-record-member-role = registrar el rol del miembro
error-team-to-record-member-approves = registrar lo que puede aprobar el miembro
error-team-to-look-up-member-approves = encontrar lo que puede aprobar el miembro
error-team-to-start-upgrade = iniciar la actualización
error-team-to-create-schema-table = crear la tabla del esquema (el usuario de la dirección debe ser el propietario de la base de datos)
error-team-to-read-schema-version = leer la versión del esquema
# $number: the migration's number (1, 2, 3…).
error-team-to-apply-migration = aplicar la migración { $number }
error-team-to-record-schema-version = registrar la versión del esquema
error-team-to-grant-member-rights = conceder sus permisos a los miembros
error-team-to-record-plan-fields = registrar los campos del plan
error-team-to-list-members = enumerar a los miembros
error-team-to-look-up-members = encontrar a los miembros
error-team-to-limit-members-sessions = limitar las sesiones de los miembros
error-team-to-record-plan = registrar el plan
error-team-to-read-plan = leer el plan
error-team-to-finish-upgrade = terminar la actualización
error-team-to-look-up-groups = encontrar los grupos
error-team-to-create-member-groups = crear los grupos de miembros (el usuario de la dirección necesita CREATEROLE)
error-team-to-mark-member-groups = marcar los grupos de miembros
error-team-to-read-plan-before-init = leer el plan (ejecuta primero `almanac server init`)
error-team-to-say-who-signed-in = indicar quién ha iniciado sesión
error-team-to-tell-time = dar la hora
error-team-to-read-history = leer el historial
error-team-to-listen = escuchar los cambios del equipo
error-team-to-claim-founding = reclamar la creación del plan
error-team-to-store-changes = guardar los cambios
error-team-to-send-history = enviar el historial

## A push of this laptop's changes the team's server refused, and why; kept too in the list
## of what this laptop set aside.

# $reason: what was wrong, in the server's own words (or error-team-nul-value).
error-team-push-refused = el servidor del equipo rechazó { $reason }
# $reason: what was wrong, in the server's own words (or error-team-nul-value); $detail: what it concerned (a field, a device, an item, or PostgreSQL's words).
error-team-push-refused-about = el servidor del equipo rechazó { $reason } ({ $detail })
error-team-nul-value = un valor que contiene un carácter NUL

## The team's members and the server's schema, as `almanac server` is told.

error-team-give-member-name = indica el nombre del miembro
# $name: the brand's name, as it was typed.
error-team-no-brand-named = el plan del equipo no tiene ninguna marca llamada «{ $name }»
# $name: the channel's handle or name, as it was typed.
error-team-no-channel-named = el plan del equipo no tiene ningún canal llamado «{ $name }»
# $name: the brand's name, as it was typed.
error-team-brands-named = hay más de una marca llamada «{ $name }»
# $name: the channel's handle or name, as it was typed.
error-team-channels-named = hay más de un canal llamado «{ $name }»
# $version: the server's schema version; $supported: the newest this Almanac knows.
error-team-schema-newer = el servidor del equipo tiene la versión { $version } del esquema, más reciente que la versión { $supported } de este Almanac: actualiza Almanac
# $group: the PostgreSQL role's name.
error-team-group-not-ours = el servidor ya tiene un rol llamado { $group } que Almanac no creó para esta base de datos: sus miembros podrían escribir en este plan, así que no se adopta; elimínalo o cámbiale el nombre primero

## Joining the team's plan from this laptop's data folder.

# $address: the team's server's address.
error-team-another-team-plan = esta carpeta de datos pertenece a un plan de equipo distinto del de { $address }; usa una carpeta de datos nueva para unirte a este
# $address: the team's server's address.
error-team-plan-of-its-own = esta carpeta de datos contiene un plan propio y { $address } contiene el del equipo: únete al plan del equipo desde una carpeta de datos nueva (el plan propio se queda aquí)

## Passwords kept in the system's keyring: the calendar server's and the team's server's.

error-team-give-account-password = indica la contraseña de la cuenta
error-team-give-given-password = indica la contraseña que recibiste junto con la dirección
# $reason: what the keyring said.
error-team-keyring-unavailable = no se puede usar el llavero del sistema ({ $reason }); en Linux, GNOME Keyring o KWallet guardan las contraseñas
error-team-no-password-kept = no hay ninguna contraseña guardada para este servidor; vuelve a indicarla

## The app's window: what this laptop keeps, the files it opens, backups and the calendar push.

# $reason: what the operating system said.
error-team-theme-not-kept = no se pudo guardar el tema en este equipo: { $reason }
error-team-language-not-offered = no es uno de los idiomas que ofrece Almanac
# $reason: what the operating system said.
error-team-language-not-kept = no se pudo guardar el idioma en este equipo: { $reason }
error-team-restore-plan-itself = este es el propio plan; elige una copia de seguridad o una instantánea
error-team-nothing-to-restore = el plan está abierto; no hay nada que restaurar
error-team-calendar-not-pushed = el calendario no se envía a ningún servidor
# $reason: why the push stopped.
error-team-push-stopped = el envío se detuvo: { $reason }
error-team-no-documents-folder = no se encuentra la carpeta Documentos
# $path: the file's path; $reason: what the operating system said.
error-team-cannot-open = no se puede abrir { $path }: { $reason }
# $path: the file's path.
error-team-already-there = { $path } ya existe: elige otro nombre

## A message from the team this laptop set aside rather than apply, and why: listed in
## Settings → Team sync. Lower case: each follows the message's field.

sync-set-aside-clock-unreadable = su reloj no está en el formato que usa Almanac
# $clock: the time its clock says, in UTC.
sync-set-aside-clock-ahead = su reloj ({ $clock }) está muy adelantado respecto a la hora de este portátil
sync-set-aside-settings-row = un plan tiene una sola fila de configuración, que nunca se elimina
sync-set-aside-wrong-kind = su valor no es del tipo del campo
sync-set-aside-too-large = su valor ocupa más de 64 KiB
sync-set-aside-nul = su valor contiene un carácter NUL
# The plan refused the change (a rule of the plan's data). $reason: why.
sync-set-aside-refused-by-plan = el plan no puede admitirlo: { $reason }
