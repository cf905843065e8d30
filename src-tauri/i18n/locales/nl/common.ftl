## Words shared by every form and dialog of the window.

common-close = Sluiten
common-cancel = Annuleren
common-save = Opslaan
common-choose = Kiezen…
# Label of the field that shows where an export is saved.
common-save-as = Opslaan als
common-save-as-hint = Een nieuw bestand in Documenten; met Kiezen… sla je het elders op of vervang je een bestand.
# Tussen de onderdelen van een opsomming ("titel, tekst"; "Polizei, Garda, PSNI").
list-separator = { ", " }

## The spreadsheet import form (partners, content items): the file, how its columns map onto the fields, and every row with its problem.

spreadsheet-file = Bestand (.csv, .xlsx, .xls of .ods; de eerste rij bevat de kolomnamen)
spreadsheet-preview = Voorbeeld
spreadsheet-columns = Kolommen
# A column whose first row is empty. $number: its place, counting from 1.
spreadsheet-column = Kolom { $number }
# The choice for a column that is not read.
spreadsheet-ignore = Negeren
# The preview's summary. $ready: the rows that will be imported.
spreadsheet-ready = { $ready ->
    [one] { $ready } rij klaar.
   *[other] { $ready } rijen klaar.
}
# $ready: the rows that will be imported; $skipped: the rows the plan has already.
spreadsheet-ready-skipped = { $ready ->
    [one] { $ready } rij klaar, { $skipped } al in het plan (weggelaten).
   *[other] { $ready } rijen klaar, { $skipped } al in het plan (weggelaten).
}
# $ready: the rows that would be imported; $invalid: the rows with errors.
spreadsheet-ready-invalid = { $ready ->
    [one] { $ready } rij klaar, { $invalid } met fouten: pas het bestand aan en bekijk het voorbeeld opnieuw.
   *[other] { $ready } rijen klaar, { $invalid } met fouten: pas het bestand aan en bekijk het voorbeeld opnieuw.
}
# $ready: the rows that would be imported; $skipped: the rows the plan has already; $invalid: the rows with errors.
spreadsheet-ready-skipped-invalid = { $ready ->
    [one] { $ready } rij klaar, { $skipped } al in het plan (weggelaten), { $invalid } met fouten: pas het bestand aan en bekijk het voorbeeld opnieuw.
   *[other] { $ready } rijen klaar, { $skipped } al in het plan (weggelaten), { $invalid } met fouten: pas het bestand aan en bekijk het voorbeeld opnieuw.
}
# Column heading: the row's line in the file.
spreadsheet-line = Regel
spreadsheet-problem = Probleem
# A row with no problem.
spreadsheet-ok = OK
# The submit button. $count: the rows ready.
spreadsheet-import-partners = { $count ->
    [one] { $count } partner importeren
   *[other] { $count } partners importeren
}
# The submit button. $count: the rows ready.
spreadsheet-import-items = { $count ->
    [one] { $count } item importeren
   *[other] { $count } items importeren
}
# Announced once the import is done. $count: the partners added.
spreadsheet-imported-partners = { $count ->
    [one] { $count } partner geïmporteerd. Ongedaan maken met Ctrl+Z.
   *[other] { $count } partners geïmporteerd. Ongedaan maken met Ctrl+Z.
}
# Announced once the import is done. $count: the items added.
spreadsheet-imported-items = { $count ->
    [one] { $count } item geïmporteerd. Ongedaan maken met Ctrl+Z.
   *[other] { $count } items geïmporteerd. Ongedaan maken met Ctrl+Z.
}

# Words not in the catalogue, said as they are (what a server or the system said). $text: the words.
said = { $text }
