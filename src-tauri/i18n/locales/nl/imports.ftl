## Import: key dates or blackouts from a calendar file (.ics), and content items from a spreadsheet.

## What the import dialogs share.

# The button that opens the system's Open dialog.
imports-choose = Kiezen…
# The first day of the days imported.
imports-from = Van
# The last day of the days imported, which the import includes.
imports-to = Tot en met
imports-done = Gereed
imports-cancel = Annuleren

## Import → Key dates or blackouts from a calendar.

imports-calendar-title = Agenda importeren
imports-calendar-file = Agendabestand (.ics)
# In the empty file field: what such a calendar can be.
imports-calendar-file-placeholder = Feestdagen, raadsvergaderingen, een verkiezingskalender
# The legend of the choice of what the calendar's events become.
imports-calendar-add-as = Afspraken toevoegen als
imports-calendar-key-dates = Belangrijke data
imports-calendar-blackouts = Stilteperiodes
# The key dates' category (bank holiday, awareness day…).
imports-calendar-category = Categorie
# The blackouts' level (restricted, total…).
imports-calendar-level = Niveau
imports-calendar-region = Regio (optioneel)
# The preview's summary. $added: the events that would be added; $total: the events in the file over the days chosen; $source: the calendar's name (set in bold).
imports-calendar-preview = { $added } van { $total ->
        [one] { $total } afspraak
       *[other] { $total } afspraken
    } uit { $source } { $added ->
        [one] wordt
       *[other] worden
    } toegevoegd.
# An event the import leaves out. $problem: why, as the app explains it.
imports-calendar-left-out = Weggelaten: { $problem }
# The preview's columns.
imports-calendar-col-days = Dagen
imports-calendar-col-event = Afspraak
imports-calendar-col-note = Opmerking
# The note of an event the plan has already (not added again).
imports-calendar-duplicate = Staat al in het plan
# Under the preview, which shows the first 200 events. $count: the events not shown.
imports-calendar-more = …en nog { $count }.
# The submit button before a file is previewed.
imports-calendar-add-key-dates = Belangrijke data toevoegen
imports-calendar-add-blackouts = Stilteperiodes toevoegen
# The submit button. $count: the key dates the preview would add.
imports-calendar-add-key-dates-count = { $count ->
        [one] { $count } belangrijke datum toevoegen
       *[other] { $count } belangrijke data toevoegen
    }
# The submit button. $count: the blackout periods the preview would add.
imports-calendar-add-blackouts-count = { $count ->
        [one] { $count } stilteperiode toevoegen
       *[other] { $count } stilteperiodes toevoegen
    }
# The result. $count: the key dates added.
imports-calendar-added-key-dates = { $count ->
        [one] { $count } belangrijke datum toegevoegd.
       *[other] { $count } belangrijke data toegevoegd.
    }
# The result. $count: the blackout periods added.
imports-calendar-added-blackouts = { $count ->
        [one] { $count } stilteperiode toegevoegd.
       *[other] { $count } stilteperiodes toegevoegd.
    }
# The status line. $count: the key dates added.
imports-calendar-added-key-dates-undo = { $count ->
        [one] { $count } belangrijke datum toegevoegd.
       *[other] { $count } belangrijke data toegevoegd.
    } Ongedaan maken met Ctrl+Z.
# The status line. $count: the blackout periods added.
imports-calendar-added-blackouts-undo = { $count ->
        [one] { $count } stilteperiode toegevoegd.
       *[other] { $count } stilteperiodes toegevoegd.
    } Ongedaan maken met Ctrl+Z.

## Import → Content items from a spreadsheet.

imports-items-title = Contentitems importeren uit een spreadsheet
# The item's fields a column of the spreadsheet can fill.
imports-items-field-date = Datum (of datum en tijd)
imports-items-field-time = Tijd
imports-items-field-channel = Kanaal
imports-items-field-brand = Merk
imports-items-field-campaign = Campagne
imports-items-field-format = Vorm
imports-items-field-status = Status
imports-items-field-owner = Eigenaar
imports-items-field-title = Titel
# The text of the post.
imports-items-field-copy = Tekst
imports-items-field-objectives = Doelstellingen
imports-items-field-link = Link
imports-items-field-language = Taal
imports-items-field-notes = Notities

## The preview of an items spreadsheet: its column headings (besides the fields' names
## above) and what Almanac read a row as.

# The heading of the day each row was read as.
imports-items-shown-date = Datum
# A row with no date: it goes to the Ideas backlog.
imports-items-backlog = Ideeënlijst
# A row whose status an import may not give (approved, scheduled, published): it comes in for review. $status: the status it gets; $given: the file's.
imports-items-status-to-approve = { $status } (in het bestand: { $given }; een goedkeurder keurt het goed in Goedkeuringen)
