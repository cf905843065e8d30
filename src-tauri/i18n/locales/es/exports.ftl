## Export: the dialogs of the Export menu that write a file: the audit trail of a period,
## a calendar (ICS) or a spreadsheet (XLSX, CSV), the files for a publishing tool, and the
## web page to share.

## What the export dialogs share.

# The first day of the days exported.
exports-from = Desde
# The last day of the days exported, which the export includes.
exports-to = Hasta (incluido)
# The legend of the choice of file format.
exports-format = Formato
# The button that opens the file just written.
exports-open = Abrir
exports-done = Listo
exports-cancel = Cancelar
exports-export = Exportar
# While the file is being written.
exports-writing = Guardando…
# Tras guardar un PDF: sus textos con caracteres que ninguna fuente de este portátil tiene. $count: cuántos; $names: cada uno entre comillas (exports-unprintable-name), unidos con list-separator.
exports-unprintable = { $count ->
        [one] Un nombre usa caracteres que ninguna fuente instalada tiene; se imprimen como recuadros vacíos: { $names }
       *[other] { $count } nombres usan caracteres que ninguna fuente instalada tiene; se imprimen como recuadros vacíos: { $names }
    }
# Un nombre de esa lista. $name: el nombre.
exports-unprintable-name = «{ $name }»

## Export → Audit trail: when and by whom each item of a period was planned and changed.

exports-audit-title = Registro de auditoría de un periodo
exports-audit-intro = Cada contenido con fecha en el periodo: cuándo y quién lo planificó por primera vez para su día, y cada cambio posterior.
# The label of a list of the team's blackouts and key dates, whose days fill From and To.
exports-audit-period = Tomar el periodo de
exports-audit-period-hint = O escribe las fechas abajo.
exports-audit-period-choose = Elige un periodo de silencio o una fecha clave…
# An entry of the list. $name: the blackout or key date; $from, $to: its first and last day (YYYY-MM-DD).
exports-audit-period-option = { $name } (del { $from } al { $to })
exports-audit-pdf = PDF, 40 contenidos por página
exports-audit-csv = CSV, una fila por cambio
# The suggested file name, before its extension (.pdf or .csv). $from, $to: the first and last day (YYYY-MM-DD).
exports-audit-file-name = Registro de auditoría del { $from } al { $to }
# The result under the form. $items: the items in the file; $changes: the changes listed for them.
exports-audit-written = Se guardaron { $items ->
        [one] { $items } contenido
       *[other] { $items } contenidos
    } y { $changes ->
        [one] { $changes } cambio
       *[other] { $changes } cambios
    }.
# The status line. $count: the items in the file; $path: the file's full path.
exports-audit-written-to = Se guardó el registro de auditoría de { $count ->
        [one] { $count } contenido
       *[other] { $count } contenidos
    } en { $path }.

## Export → Calendar (ICS) and Export → Spreadsheet (XLSX, CSV).

exports-data-calendar-title = Exportar un calendario
exports-data-spreadsheet-title = Exportar una hoja de cálculo
# The suggested file name, before its extension. $year: the first day's year ("2027").
exports-data-file-name = plan { $year }
# The suggested file name, before its extension. $organisation: the organisation's name from Settings; $year: the first day's year ("2027").
exports-data-file-name-of = { $organisation } plan { $year }
exports-data-channels = Canales
exports-data-channels-hint = Ninguno seleccionado: todos los canales. Ctrl+clic o Mayús+flechas para elegir varios.
exports-data-statuses = Estados (ninguno marcado: todos los estados)
# The legend of what a calendar file holds besides the items.
exports-data-also = Incluir también
exports-data-with-campaigns = Las campañas, como eventos de todo el día
exports-data-with-key-dates = Las fechas clave y los periodos de silencio
exports-data-xlsx = Libro de Excel (.xlsx)
exports-data-csv = CSV (.csv)
# The accessible name of the progress bar while exporting.
exports-data-exporting = Exportando
exports-data-writing = Guardando el archivo…
# The result and status line of a calendar file. $count: the events written; $path: the file's full path.
exports-data-saved-events = { $count ->
        [one] Se guardó { $count } evento
       *[other] Se guardaron { $count } eventos
    } en { $path }.
# The result and status line of a spreadsheet. $count: the rows written; $path: the file's full path.
exports-data-saved-rows = { $count ->
        [one] Se guardó { $count } fila
       *[other] Se guardaron { $count } filas
    } en { $path }.

## Export → Publishing tool files: bulk-upload files for Hootsuite or Sprout Social.

exports-handoff-title = Archivos para una herramienta de publicación
exports-handoff-intro = Los contenidos aprobados del canal, en el formato de carga masiva de la herramienta.
exports-handoff-buffer-free = Buffer (plan gratuito: 10 publicaciones por canal)
exports-handoff-buffer = Buffer (plan de pago: 100 publicaciones por archivo)
# The legend of the choice of publishing tool (Hootsuite, Sprout Social).
exports-handoff-tool = Herramienta
exports-handoff-channel = Canal
# Under the file's path: the files after the first are named like it, with -2, -3.
exports-handoff-save-hint = Si se supera el límite de la herramienta (350 mensajes por archivo; Buffer 100), los archivos siguientes se guardan junto a este (…-2.csv, …-3.csv).
exports-handoff-submit = Guardar archivos
# The result. $messages: the messages written; $files: the files; $dateFormat: how the files write dates, as the tool names the setting ("DD/MM/YYYY").
exports-handoff-written = { $messages ->
        [one] Se guardó { $messages } mensaje
       *[other] Se guardaron { $messages } mensajes
    } en { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    }; las fechas están en formato { $dateFormat }: elige el mismo al subirlos.
# The status line. $messages: the messages written; $files: the files; $dropped: the items left out.
exports-handoff-written-announce = { $messages ->
        [one] Se guardó { $messages } mensaje
       *[other] Se guardaron { $messages } mensajes
    } en { $files ->
        [one] { $files } archivo
       *[other] { $files } archivos
    }; { $dropped ->
        [one] { $dropped } excluido
       *[other] { $dropped } excluidos
    }.
# Above the list of the items the tool would refuse. $count: how many.
exports-handoff-left-out-count = Excluidos ({ $count }):
# The accessible name of that list.
exports-handoff-left-out = Excluidos
# An entry of the list. $when: the item's date and time; $title: the item; $reason: why the tool would refuse it.
exports-handoff-left-out-entry = { $when } · { $title }: { $reason }

## Export → Web page to share: a month, a quarter or the year as one HTML file.

exports-web-title = Página web para compartir
exports-web-intro = Un único archivo HTML, sin scripts ni nada externo: se abre en cualquier navegador, también en el móvil, y se imprime un mes por página.
# The legend of the choice of period.
exports-web-period = Periodo
exports-web-a-month = Un mes
exports-web-a-quarter = Un trimestre
exports-web-the-year = El año
exports-web-year = Año
exports-web-month = Mes
exports-web-quarter = Trimestre
# An option of the Quarter list. $quarter: 1 to 4.
exports-web-quarter-option = T{ $quarter }
# The suggested file name, before .html. $month: the month's name; $year: the year ("2027").
exports-web-file-name-month = Plan { $month } { $year }
# The suggested file name, before .html. $quarter: 1 to 4; $year: the year ("2027").
exports-web-file-name-quarter = Plan T{ $quarter } { $year }
# The suggested file name, before .html. $year: the year ("2027").
exports-web-file-name-year = Plan { $year }
# The result. $count: the items on the page.
exports-web-written = Se guardó la página con { $count ->
        [one] { $count } contenido
       *[other] { $count } contenidos
    }.
# The status line. $count: the items on the page; $path: the file's full path.
exports-web-written-to = Se guardó la página con { $count ->
        [one] { $count } contenido
       *[other] { $count } contenidos
    } en { $path }.

## A calendar file (.ics): the category a campaign's all-day span is filed under in
## Outlook, Google or Apple Calendar.

exports-calendar-category-campaign = Campaña
