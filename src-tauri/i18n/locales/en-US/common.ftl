## Words shared by every form and dialog of the window.

common-close = Close
common-cancel = Cancel
common-save = Save
common-choose = Choose…
# Label of the field that shows where an export is saved.
common-save-as = Save as
common-save-as-hint = A new file in Documents; Choose… saves elsewhere or replaces a file.
# Between the entries of a list ("title, copy"; "Polizei, Garda, PSNI").
list-separator = { ", " }

## The spreadsheet import form (partners, content items): the file, how its columns map onto the fields, and every row with its problem.

spreadsheet-file = File (.csv, .xlsx, .xls or .ods; the first row names the columns)
spreadsheet-preview = Preview
spreadsheet-columns = Columns
# A column whose first row is empty. $number: its place, counting from 1.
spreadsheet-column = Column { $number }
# The choice for a column that is not read.
spreadsheet-ignore = Ignore
# The preview's summary. $ready: the rows that will be imported.
spreadsheet-ready = { $ready ->
    [one] { $ready } row ready.
   *[other] { $ready } rows ready.
}
# $ready: the rows that will be imported; $skipped: the rows the plan has already.
spreadsheet-ready-skipped = { $ready ->
    [one] { $ready } row ready, { $skipped } in the plan already (left out).
   *[other] { $ready } rows ready, { $skipped } in the plan already (left out).
}
# $ready: the rows that would be imported; $invalid: the rows with errors.
spreadsheet-ready-invalid = { $ready ->
    [one] { $ready } row ready, { $invalid } with errors: fix the file and preview again.
   *[other] { $ready } rows ready, { $invalid } with errors: fix the file and preview again.
}
# $ready: the rows that would be imported; $skipped: the rows the plan has already; $invalid: the rows with errors.
spreadsheet-ready-skipped-invalid = { $ready ->
    [one] { $ready } row ready, { $skipped } in the plan already (left out), { $invalid } with errors: fix the file and preview again.
   *[other] { $ready } rows ready, { $skipped } in the plan already (left out), { $invalid } with errors: fix the file and preview again.
}
# Column heading: the row's line in the file.
spreadsheet-line = Line
spreadsheet-problem = Problem
# A row with no problem.
spreadsheet-ok = OK
# The submit button. $count: the rows ready.
spreadsheet-import-partners = { $count ->
    [one] Import { $count } partner
   *[other] Import { $count } partners
}
# The submit button. $count: the rows ready.
spreadsheet-import-items = { $count ->
    [one] Import { $count } item
   *[other] Import { $count } items
}
# Announced once the import is done. $count: the partners added.
spreadsheet-imported-partners = { $count ->
    [one] Imported { $count } partner. Undo with Ctrl+Z.
   *[other] Imported { $count } partners. Undo with Ctrl+Z.
}
# Announced once the import is done. $count: the items added.
spreadsheet-imported-items = { $count ->
    [one] Imported { $count } item. Undo with Ctrl+Z.
   *[other] Imported { $count } items. Undo with Ctrl+Z.
}

# Words not in the catalogue, said as they are (what a server or the system said). $text: the words.
said = { $text }
