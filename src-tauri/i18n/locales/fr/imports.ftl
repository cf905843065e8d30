## Import: key dates or blackouts from a calendar file (.ics), and content items from a spreadsheet.

## What the import dialogs share.

# The button that opens the system's Open dialog.
imports-choose = Choisir…
# The first day of the days imported.
imports-from = Du
# The last day of the days imported, which the import includes.
imports-to = Au (inclus)
imports-done = Terminé
imports-cancel = Annuler

## Import → Key dates or blackouts from a calendar.

imports-calendar-title = Importer un calendrier
imports-calendar-file = Fichier de calendrier (.ics)
# In the empty file field: what such a calendar can be.
imports-calendar-file-placeholder = Jours fériés, séances du conseil municipal, calendrier électoral
# The legend of the choice of what the calendar's events become.
imports-calendar-add-as = Ajouter les événements comme
imports-calendar-key-dates = Dates clés
imports-calendar-blackouts = Périodes de silence
# The key dates' category (bank holiday, awareness day…).
imports-calendar-category = Catégorie
# The blackouts' level (restricted, total…).
imports-calendar-level = Niveau
imports-calendar-region = Région (facultatif)
# The preview's summary. $added: the events that would be added; $total: the events in the file over the days chosen; $source: the calendar's name (set in bold).
imports-calendar-preview = { $added } sur { $total ->
        [one] { $total } événement
       *[other] { $total } événements
    } de { $source } { $added ->
        [one] serait ajouté
       *[other] seraient ajoutés
    }.
# An event the import leaves out. $problem: why, as the app explains it.
imports-calendar-left-out = Écarté : { $problem }
# The preview's columns.
imports-calendar-col-days = Jours
imports-calendar-col-event = Événement
imports-calendar-col-note = Remarque
# The note of an event the plan has already (not added again).
imports-calendar-duplicate = Déjà dans le plan
# Under the preview, which shows the first 200 events. $count: the events not shown.
imports-calendar-more = …et { $count } de plus.
# The submit button before a file is previewed.
imports-calendar-add-key-dates = Ajouter des dates clés
imports-calendar-add-blackouts = Ajouter des périodes de silence
# The submit button. $count: the key dates the preview would add.
imports-calendar-add-key-dates-count = Ajouter { $count ->
        [one] { $count } date clé
       *[other] { $count } dates clés
    }
# The submit button. $count: the blackout periods the preview would add.
imports-calendar-add-blackouts-count = Ajouter { $count ->
        [one] { $count } période de silence
       *[other] { $count } périodes de silence
    }
# The result. $count: the key dates added.
imports-calendar-added-key-dates = { $count ->
        [one] { $count } date clé ajoutée.
       *[other] { $count } dates clés ajoutées.
    }
# The result. $count: the blackout periods added.
imports-calendar-added-blackouts = { $count ->
        [one] { $count } période de silence ajoutée.
       *[other] { $count } périodes de silence ajoutées.
    }
# The status line. $count: the key dates added.
imports-calendar-added-key-dates-undo = { $count ->
        [one] { $count } date clé ajoutée.
       *[other] { $count } dates clés ajoutées.
    } Ctrl+Z pour annuler.
# The status line. $count: the blackout periods added.
imports-calendar-added-blackouts-undo = { $count ->
        [one] { $count } période de silence ajoutée.
       *[other] { $count } périodes de silence ajoutées.
    } Ctrl+Z pour annuler.

## Import → Content items from a spreadsheet.

imports-items-title = Importer des contenus depuis une feuille de calcul
# The item's fields a column of the spreadsheet can fill.
imports-items-field-date = Date (ou date et heure)
imports-items-field-time = Heure
imports-items-field-channel = Canal
imports-items-field-brand = Marque
imports-items-field-campaign = Campagne
imports-items-field-format = Format
imports-items-field-status = Statut
imports-items-field-owner = Responsable
imports-items-field-title = Titre
# The text of the post.
imports-items-field-copy = Texte
imports-items-field-objectives = Objectifs
imports-items-field-link = Lien
imports-items-field-language = Langue
imports-items-field-notes = Notes

## The preview of an items spreadsheet: its column headings (besides the fields' names
## above) and what Almanac read a row as.

# The heading of the day each row was read as.
imports-items-shown-date = Date
# A row with no date: it goes to the Ideas backlog.
imports-items-backlog = Réserve d’idées
# A row whose status an import may not give (approved, scheduled, published): it comes in for review. $status: the status it gets; $given: the file's.
imports-items-status-to-approve = { $status } (le fichier indique { $given } : un valideur valide dans Validations)
