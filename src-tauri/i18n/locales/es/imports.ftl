## Import: key dates or blackouts from a calendar file (.ics), and content items from a spreadsheet.

## What the import dialogs share.

# The button that opens the system's Open dialog.
imports-choose = Elegir…
# The first day of the days imported.
imports-from = Desde
# The last day of the days imported, which the import includes.
imports-to = Hasta (incluido)
imports-done = Listo
imports-cancel = Cancelar

## Import → Key dates or blackouts from a calendar.

imports-calendar-title = Importar un calendario
imports-calendar-file = Archivo de calendario (.ics)
# In the empty file field: what such a calendar can be.
imports-calendar-file-placeholder = Días festivos, sesiones del pleno municipal, un calendario electoral
# The legend of the choice of what the calendar's events become.
imports-calendar-add-as = Añadir los eventos como
imports-calendar-key-dates = Fechas clave
imports-calendar-blackouts = Periodos de silencio
# The key dates' category (bank holiday, awareness day…).
imports-calendar-category = Categoría
# The blackouts' level (restricted, total…).
imports-calendar-level = Nivel
imports-calendar-region = Región (opcional)
# The preview's summary. $added: the events that would be added; $total: the events in the file over the days chosen; $source: the calendar's name (set in bold).
imports-calendar-preview = Se { $added ->
        [one] añadiría { $added }
       *[other] añadirían { $added }
    } de { $total ->
        [one] { $total } evento
       *[other] { $total } eventos
    } de { $source }.
# An event the import leaves out. $problem: why, as the app explains it.
imports-calendar-left-out = Excluido: { $problem }
# The preview's columns.
imports-calendar-col-days = Días
imports-calendar-col-event = Evento
imports-calendar-col-note = Nota
# The note of an event the plan has already (not added again).
imports-calendar-duplicate = Ya está en el plan
# Under the preview, which shows the first 200 events. $count: the events not shown.
imports-calendar-more = …y { $count } más.
# The submit button before a file is previewed.
imports-calendar-add-key-dates = Añadir fechas clave
imports-calendar-add-blackouts = Añadir periodos de silencio
# The submit button. $count: the key dates the preview would add.
imports-calendar-add-key-dates-count = Añadir { $count ->
        [one] { $count } fecha clave
       *[other] { $count } fechas clave
    }
# The submit button. $count: the blackout periods the preview would add.
imports-calendar-add-blackouts-count = Añadir { $count ->
        [one] { $count } periodo de silencio
       *[other] { $count } periodos de silencio
    }
# The result. $count: the key dates added.
imports-calendar-added-key-dates = { $count ->
        [one] Se añadió { $count } fecha clave.
       *[other] Se añadieron { $count } fechas clave.
    }
# The result. $count: the blackout periods added.
imports-calendar-added-blackouts = { $count ->
        [one] Se añadió { $count } periodo de silencio.
       *[other] Se añadieron { $count } periodos de silencio.
    }
# The status line. $count: the key dates added.
imports-calendar-added-key-dates-undo = { $count ->
        [one] Se añadió { $count } fecha clave.
       *[other] Se añadieron { $count } fechas clave.
    } Deshacer con Ctrl+Z.
# The status line. $count: the blackout periods added.
imports-calendar-added-blackouts-undo = { $count ->
        [one] Se añadió { $count } periodo de silencio.
       *[other] Se añadieron { $count } periodos de silencio.
    } Deshacer con Ctrl+Z.

## Import → Content items from a spreadsheet.

imports-items-title = Importar contenidos desde una hoja de cálculo
# The item's fields a column of the spreadsheet can fill.
imports-items-field-date = Fecha (o fecha y hora)
imports-items-field-time = Hora
imports-items-field-channel = Canal
imports-items-field-brand = Marca
imports-items-field-campaign = Campaña
imports-items-field-format = Formato
imports-items-field-status = Estado
imports-items-field-owner = Responsable
imports-items-field-title = Título
# The text of the post.
imports-items-field-copy = Texto
imports-items-field-objectives = Objetivos
imports-items-field-link = Enlace
imports-items-field-language = Idioma
imports-items-field-notes = Notas

## The preview of an items spreadsheet: its column headings (besides the fields' names
## above) and what Almanac read a row as.

# The heading of the day each row was read as.
imports-items-shown-date = Fecha
# A row with no date: it goes to the Ideas backlog.
imports-items-backlog = Banco de ideas
# A row whose status an import may not give (approved, scheduled, published): it comes in for review. $status: the status it gets; $given: the file's.
imports-items-status-to-approve = { $status } (el archivo indica { $given }: una persona aprobadora lo aprueba en Aprobaciones)
