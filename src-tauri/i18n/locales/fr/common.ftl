## Words shared by every form and dialog of the window.

common-close = Fermer
common-cancel = Annuler
common-save = Enregistrer
common-choose = Choisir…
# Label of the field that shows where an export is saved.
common-save-as = Enregistrer sous
common-save-as-hint = Un nouveau fichier dans Documents ; Choisir… l’enregistre ailleurs ou remplace un fichier.
# Entre les éléments d’une liste (« titre, texte » ; « Polizei, Garda, PSNI »).
list-separator = { ", " }

## The spreadsheet import form (partners, content items): the file, how its columns map onto the fields, and every row with its problem.

spreadsheet-file = Fichier (.csv, .xlsx, .xls ou .ods ; la première ligne donne le nom des colonnes)
spreadsheet-preview = Aperçu
spreadsheet-columns = Colonnes
# A column whose first row is empty. $number: its place, counting from 1.
spreadsheet-column = Colonne { $number }
# The choice for a column that is not read.
spreadsheet-ignore = Ignorer
# The preview's summary. $ready: the rows that will be imported.
spreadsheet-ready = { $ready ->
    [one] { $ready } ligne prête.
   *[other] { $ready } lignes prêtes.
}
# $ready: the rows that will be imported; $skipped: the rows the plan has already.
spreadsheet-ready-skipped = { $ready ->
    [one] { $ready } ligne prête ; déjà dans le plan, donc écartées : { $skipped }.
   *[other] { $ready } lignes prêtes ; déjà dans le plan, donc écartées : { $skipped }.
}
# $ready: the rows that would be imported; $invalid: the rows with errors.
spreadsheet-ready-invalid = { $ready ->
    [one] { $ready } ligne prête ; en erreur : { $invalid }. Corrigez le fichier et relancez l’aperçu.
   *[other] { $ready } lignes prêtes ; en erreur : { $invalid }. Corrigez le fichier et relancez l’aperçu.
}
# $ready: the rows that would be imported; $skipped: the rows the plan has already; $invalid: the rows with errors.
spreadsheet-ready-skipped-invalid = { $ready ->
    [one] { $ready } ligne prête ; déjà dans le plan, donc écartées : { $skipped } ; en erreur : { $invalid }. Corrigez le fichier et relancez l’aperçu.
   *[other] { $ready } lignes prêtes ; déjà dans le plan, donc écartées : { $skipped } ; en erreur : { $invalid }. Corrigez le fichier et relancez l’aperçu.
}
# Column heading: the row's line in the file.
spreadsheet-line = Ligne
spreadsheet-problem = Problème
# A row with no problem.
spreadsheet-ok = OK
# The submit button. $count: the rows ready.
spreadsheet-import-partners = { $count ->
    [one] Importer { $count } partenaire
   *[other] Importer { $count } partenaires
}
# The submit button. $count: the rows ready.
spreadsheet-import-items = { $count ->
    [one] Importer { $count } contenu
   *[other] Importer { $count } contenus
}
# Announced once the import is done. $count: the partners added.
spreadsheet-imported-partners = { $count ->
    [one] { $count } partenaire importé. Ctrl+Z pour annuler.
   *[other] { $count } partenaires importés. Ctrl+Z pour annuler.
}
# Announced once the import is done. $count: the items added.
spreadsheet-imported-items = { $count ->
    [one] { $count } contenu importé. Ctrl+Z pour annuler.
   *[other] { $count } contenus importés. Ctrl+Z pour annuler.
}

# Words not in the catalogue, said as they are (what a server or the system said). $text: the words.
said = { $text }
