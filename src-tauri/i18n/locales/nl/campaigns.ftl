## Campaigns: the list of the plan's campaigns, the campaign dialog, and "Move window…",
## which moves or resizes a campaign's window after a preview.

## The list.

campaigns-title = Campagnes
# The label of the list's search field.
campaigns-search = Zoeken
# The button above the list and the title of the dialog it opens.
campaigns-new = Nieuwe campagne
campaigns-column-campaign = Campagne
# The column of each campaign's first and last day.
campaigns-column-window = Looptijd
campaigns-column-status = Status
campaigns-column-hashtags = Hashtags
campaigns-column-channels = Kanalen
# Read by screen readers only: the column of the buttons on each row.
campaigns-column-actions = Acties
# The badge beside a flagship campaign's name (short).
campaigns-flagship = Vlaggenschip
# A campaign's window in the list. $start, $end: its first and last day, already formatted ("3 Mar 2027").
campaigns-window = { $start } – { $end }
# The button on each row that opens the Move window dialog.
campaigns-move-window = Looptijd verplaatsen…
# The same button as read by screen readers; its visible text must start it. $name: the campaign.
campaigns-move-window-label = Looptijd verplaatsen… { $name }
campaigns-empty = Nog geen campagnes.

## The campaign dialog.

campaigns-edit = Campagne bewerken
campaigns-name = Naam
campaigns-hashtags = Hashtags
campaigns-hashtags-hint = Gescheiden door spaties
# An example hashtag in the empty field.
campaigns-hashtags-placeholder = #VeiligOpWeg
campaigns-core-message = Kernboodschap
# The campaign's brief: what it sets out to do, for whom, and how.
campaigns-brief = Briefing
# The first day of the campaign's window (here and in Move window).
campaigns-starts = Begint
# The last day of the campaign's window (here and in Move window).
campaigns-ends = Eindigt
campaigns-status = Status
campaigns-colour = Kleur
campaigns-audience = Doelgroep
# The checkbox, and the tooltip of the Flagship badge in the list.
campaigns-flagship-campaign = Vlaggenschipcampagne
campaigns-objectives = Doelstellingen
campaigns-channels = Kanalen
campaigns-delete = Verwijderen
# The status line after saving. $name: the campaign.
campaigns-saved = Campagne “{ $name }” opgeslagen
# The status line after deleting. $name: the campaign.
campaigns-deleted = Campagne “{ $name }” verwijderd; de items blijven in het plan. Ongedaan maken met Ctrl+Z.

## Move window: move both ends by the same days to take the items along, or resize.

# The dialog's title. $name: the campaign.
campaigns-shift-title = “{ $name }” verplaatsen
# The dialog's title before a campaign is known.
campaigns-shift-title-none = Campagne verplaatsen
# The preview when only the window's length changes.
campaigns-shift-resize-only = Nieuwe lengte: er verschuift geen item.
# The preview of a move to later days. $count: the items that move; $days: by how many days.
campaigns-shift-later = { $count ->
        [one] { $count } item wordt
       *[other] { $count } items worden
    } { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } later gepland; gepubliceerde en geannuleerde items blijven staan waar ze zijn verschenen.
# The preview of a move to earlier days. $count: the items that move; $days: by how many days.
campaigns-shift-earlier = { $count ->
        [one] { $count } item wordt
       *[other] { $count } items worden
    } { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } eerder gepland; gepubliceerde en geannuleerde items blijven staan waar ze zijn verschenen.
# Before a finding the move would create (in bold; the finding's own text follows).
campaigns-shift-error = Fout:
campaigns-shift-warning = Waarschuwing:
campaigns-shift-note = Opmerking:
campaigns-shift-no-finding = De verplaatsing levert geen nieuwe bevinding op.
# An item whose new time falls in the hour skipped when the clocks go forward.
# $title: the item; $asked: the time it would move to; $lands: where it goes out instead (both "2027-03-28 02:30").
campaigns-shift-skipped = “{ $title }”: { $asked } bestaat niet (de klok gaat een uur vooruit); het item zou op { $lands } verschijnen.
campaigns-shift-cancel = Annuleren
campaigns-shift-apply = Toepassen
# The status line after a resize. $name: the campaign.
campaigns-shift-resized = Looptijd van “{ $name }” aangepast. Ongedaan maken met Ctrl+Z.
# The status line after a move. $count: the items moved with it; $name: the campaign.
campaigns-shift-moved = { $count ->
        [one] { $count } item verplaatst met “{ $name }”. Ongedaan maken met Ctrl+Z.
       *[other] { $count } items verplaatst met “{ $name }”. Ongedaan maken met Ctrl+Z.
    }
# The campaign editor's brief section (shown once the campaign is saved).
campaigns-brief-legend = Campagnebriefing voor de leiding en de partners (opgeslagen versie)
# The brief's file name suggested in Documents. $name: the campaign's name.
campaigns-brief-file-name = Campagnebriefing – { $name }.pdf
# Announced once the brief is written. $path: where.
campaigns-brief-saved = De campagnebriefing is opgeslagen in { $path }.
