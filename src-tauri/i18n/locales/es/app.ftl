## The window's frame: the bar with its navigation, undo and redo, and the status line.

# Each language's own name for itself, shown in the language setting.
language-name = Español

app-name = Almanac
app-skip-to-content = Saltar al contenido
app-areas = Secciones
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
app-redo = Rehacer
app-redo-title = Rehacer (Ctrl+Shift+Z)
app-opening = Abriendo el plan…
