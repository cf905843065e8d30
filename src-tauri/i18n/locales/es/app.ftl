## The window's frame: the bar with its navigation, undo and redo, and the status line.

# Each language's own name for itself, shown in the language setting.
language-name = Español

app-name = Almanac
app-skip-to-content = Saltar al contenido
app-areas = Secciones
# The button the areas fold into in a narrow window (at 400 % zoom): it names the area shown.
app-areas-now = Secciones: { $area }
nav-plan = Plan
nav-calendar = Calendario
nav-checks = Comprobaciones
nav-approvals = Aprobaciones
nav-requests = Solicitudes
nav-campaigns = Campañas
nav-collaborations = Colaboraciones
nav-partners = Socios
nav-results = Resultados
nav-settings = Configuración
app-pause = Pausar…
app-sync-title = Sincronización del equipo: abrir su configuración
app-history = Historial
app-undo = Deshacer
# $label: what the undo takes back, as the history names it ("Load sample plan").
app-undo-labelled = Deshacer: { $label }
app-undo-title = Deshacer (Ctrl+Z)
# The undo button's tooltip when it names what it undoes: the whole name (the button may cut it short) and its shortcut. $label: the change.
app-undo-labelled-title = Deshacer: { $label } (Ctrl+Z)
app-redo = Rehacer
app-redo-title = Rehacer (Ctrl+Shift+Z)
app-opening = Abriendo el plan…

## The team sync indicator in the bar: quiet when all is well, plain when it is not.

sync-syncing = Sincronizando…
# $count: the changes two people made while apart, waiting for a person to choose.
sync-conflicts = { $count ->
    [one] { $count } conflicto
   *[other] { $count } conflictos
}
sync-offline = Sin conexión
# $count: this laptop's changes not yet on the team's server.
sync-offline-waiting = { $count ->
    [one] Sin conexión · { $count } pendiente
   *[other] Sin conexión · { $count } pendientes
}
# $count: this laptop's changes not yet on the team's server.
sync-waiting = { $count ->
    [one] { $count } pendiente
   *[other] { $count } pendientes
}
sync-synced = Sincronizado


## What the status line announces after a move, an undo or a redo, and the words the whole window shares.

# After an item is moved. $title: the item; $backlog: yes when it went to the Ideas backlog; $when: its new day and time, as the language writes them ("4 Mar 2027, 09:30"); $channel: its channel; $findings: the problems the move created.
app-moved = { $backlog ->
    [yes] Se movió «{ $title }» al banco de ideas.
   *[no] Se movió «{ $title }» al { $when } en { $channel }.
}{ $findings ->
    [0] {""}
    [one] {" "}Generó { $findings } hallazgo.
   *[other] {" "}Generó { $findings } hallazgos.
} Deshacer con Ctrl+Z.
# $label: what was undone, as the history names it ("Move").
app-undone = Deshecho: { $label }
app-nothing-to-undo = No hay nada que deshacer
# $label: what was done again, as the history names it.
app-redone = Rehecho: { $label }
app-nothing-to-redo = No hay nada que rehacer
# An item's channel that was deleted meanwhile.
app-unknown-channel = Canal desconocido
# Channel kinds that are not social networks (the networks keep their own names).
platform-blog = Blog
platform-newsletter = Boletín
platform-website = Sitio web
# A channel as people say it: its network's name (or platform-blog, -newsletter, -website) and its handle or name. $platform, $handle.
channel-name = { $platform } { $handle }
# A record someone else deleted meanwhile. $entity: its kind.
error-not-found = { $entity ->
    [contentItem] Ese contenido ya no existe.
    [series] Esa serie ya no existe.
    [campaign] Esa campaña ya no existe.
    [collaboration] Esa colaboración ya no existe.
    [channel] Ese canal ya no existe.
    [brand] Esa marca ya no existe.
    [objective] Ese objetivo ya no existe.
    [member] Ese miembro del equipo ya no existe.
    [partner] Ese socio ya no existe.
    [partnerGroup] Ese grupo de socios ya no existe.
    [keyDate] Esa fecha clave ya no existe.
    [request] Esa solicitud ya no existe.
    [comment] Ese comentario ya no existe.
    [approval] Esa aprobación ya no existe.
    [loggedDecision] Esa decisión ya no existe.
    [coverageRule] Esa regla ya no existe.
    [crisisPause] Esa pausa ya no existe.
    [planYear] El plan de ese año ya no existe.
    [postLink] Ese enlace a una publicación ya no existe.
    [postResult] Los resultados de esa publicación ya no existen.
    [outcome] Ese resultado ya no existe.
    [conflict] Ese conflicto ya se resolvió.
   *[other] Eso ya no existe.
}
# Said when View → Zoom changes the window's zoom; percent is the new zoom.
app-zoomed = Zoom: { $percent } %
