## Words shared by every form and dialog of the window.

common-close = Cerrar
common-cancel = Cancelar
common-save = Guardar
common-choose = Elegir…
# Label of the field that shows where an export is saved.
common-save-as = Guardar como
common-save-as-hint = Un archivo nuevo en Documentos; Elegir… lo guarda en otro lugar o reemplaza un archivo.
# Entre los elementos de una lista («título, texto»; «Polizei, Garda, PSNI»).
list-separator = { ", " }

## The spreadsheet import form (partners, content items): the file, how its columns map onto the fields, and every row with its problem.

spreadsheet-file = Archivo (.csv, .xlsx, .xls o .ods; la primera fila da nombre a las columnas)
spreadsheet-preview = Vista previa
spreadsheet-columns = Columnas
# A column whose first row is empty. $number: its place, counting from 1.
spreadsheet-column = Columna { $number }
# The choice for a column that is not read.
spreadsheet-ignore = Ignorar
# The preview's summary. $ready: the rows that will be imported.
spreadsheet-ready = { $ready ->
    [one] { $ready } fila lista.
   *[other] { $ready } filas listas.
}
# $ready: the rows that will be imported; $skipped: the rows the plan has already.
spreadsheet-ready-skipped = { $ready ->
    [one] { $ready } fila lista; ya en el plan (se omiten): { $skipped }.
   *[other] { $ready } filas listas; ya en el plan (se omiten): { $skipped }.
}
# $ready: the rows that would be imported; $invalid: the rows with errors.
spreadsheet-ready-invalid = { $ready ->
    [one] { $ready } fila lista; con errores: { $invalid }. Corrige el archivo y vuelve a generar la vista previa.
   *[other] { $ready } filas listas; con errores: { $invalid }. Corrige el archivo y vuelve a generar la vista previa.
}
# $ready: the rows that would be imported; $skipped: the rows the plan has already; $invalid: the rows with errors.
spreadsheet-ready-skipped-invalid = { $ready ->
    [one] { $ready } fila lista; ya en el plan (se omiten): { $skipped }; con errores: { $invalid }. Corrige el archivo y vuelve a generar la vista previa.
   *[other] { $ready } filas listas; ya en el plan (se omiten): { $skipped }; con errores: { $invalid }. Corrige el archivo y vuelve a generar la vista previa.
}
# Column heading: the row's line in the file.
spreadsheet-line = Línea
spreadsheet-problem = Problema
# A row with no problem.
spreadsheet-ok = OK
# The submit button. $count: the rows ready.
spreadsheet-import-partners = { $count ->
    [one] Importar { $count } socio
   *[other] Importar { $count } socios
}
# The submit button. $count: the rows ready.
spreadsheet-import-items = { $count ->
    [one] Importar { $count } contenido
   *[other] Importar { $count } contenidos
}
# Announced once the import is done. $count: the partners added.
spreadsheet-imported-partners = { $count ->
    [one] Se importó { $count } socio. Deshacer con Ctrl+Z.
   *[other] Se importaron { $count } socios. Deshacer con Ctrl+Z.
}
# Announced once the import is done. $count: the items added.
spreadsheet-imported-items = { $count ->
    [one] Se importó { $count } contenido. Deshacer con Ctrl+Z.
   *[other] Se importaron { $count } contenidos. Deshacer con Ctrl+Z.
}

# Words not in the catalogue, said as they are (what a server or the system said). $text: the words.
said = { $text }
