## Campaigns: the list of the plan's campaigns, the campaign dialog, and "Move window…",
## which moves or resizes a campaign's window after a preview.

## The list.

campaigns-title = Campaigns
# The label of the list's search field.
campaigns-search = Search
# The button above the list and the title of the dialog it opens.
campaigns-new = New campaign
campaigns-column-campaign = Campaign
# The column of each campaign's first and last day.
campaigns-column-window = Window
campaigns-column-status = Status
campaigns-column-hashtags = Hashtags
campaigns-column-channels = Channels
# Read by screen readers only: the column of the buttons on each row.
campaigns-column-actions = Actions
# The badge beside a flagship campaign's name (short).
campaigns-flagship = Flagship
# A campaign's window in the list. $start, $end: its first and last day, already formatted ("3 Mar 2027").
campaigns-window = { $start } – { $end }
# The button on each row that opens the Move window dialog.
campaigns-move-window = Move window…
# The same button as read by screen readers; its visible text must start it. $name: the campaign.
campaigns-move-window-label = Move window… { $name }
campaigns-empty = No campaigns yet.

## The campaign dialog.

campaigns-edit = Edit campaign
campaigns-name = Name
campaigns-hashtags = Hashtags
campaigns-hashtags-hint = Separated by spaces
# An example hashtag in the empty field.
campaigns-hashtags-placeholder = #ConeZone
campaigns-core-message = Core message
# The campaign's brief: what it sets out to do, for whom, and how.
campaigns-brief = Brief
# The first day of the campaign's window (here and in Move window).
campaigns-starts = Starts
# The last day of the campaign's window (here and in Move window).
campaigns-ends = Ends
campaigns-status = Status
campaigns-colour = Color
campaigns-audience = Audience
# The checkbox, and the tooltip of the Flagship badge in the list.
campaigns-flagship-campaign = Flagship campaign
campaigns-objectives = Objectives
campaigns-channels = Channels
campaigns-delete = Delete
# The status line after saving. $name: the campaign.
campaigns-saved = Saved campaign “{ $name }”
# The status line after deleting. $name: the campaign.
campaigns-deleted = Deleted campaign “{ $name }”; its items stay in the plan. Undo with Ctrl+Z.

## Move window: move both ends by the same days to take the items along, or resize.

# The dialog's title. $name: the campaign.
campaigns-shift-title = Move “{ $name }”
# The dialog's title before a campaign is known.
campaigns-shift-title-none = Move campaign
# The preview when only the window's length changes.
campaigns-shift-resize-only = A new length: no item moves.
# The preview of a move to later days. $count: the items that move; $days: by how many days.
campaigns-shift-later = { $count } items move by { $days } days later; published and canceled items stay where they went out.
# The preview of a move to earlier days. $count: the items that move; $days: by how many days.
campaigns-shift-earlier = { $count } items move by { $days } days earlier; published and canceled items stay where they went out.
# Before a finding the move would create (in bold; the finding's own text follows).
campaigns-shift-error = Error:
campaigns-shift-warning = Warning:
campaigns-shift-note = Note:
campaigns-shift-no-finding = The move creates no new finding.
# An item whose new time falls in the hour skipped when the clocks go forward.
# $title: the item; $asked: the time it would move to; $lands: where it goes out instead (both "2027-03-28 02:30").
campaigns-shift-skipped = “{ $title }”: { $asked } does not exist (the clocks go forward); it would go out at { $lands }.
campaigns-shift-cancel = Cancel
campaigns-shift-apply = Apply
# The status line after a resize. $name: the campaign.
campaigns-shift-resized = Resized “{ $name }”. Undo with Ctrl+Z.
# The status line after a move. $count: the items moved with it; $name: the campaign.
campaigns-shift-moved = Moved { $count } items with “{ $name }”. Undo with Ctrl+Z.
# The campaign editor's brief section (shown once the campaign is saved).
campaigns-brief-legend = Campaign brief for leadership and partners (saved state)
# The brief's file name suggested in Documents. $name: the campaign's name.
campaigns-brief-file-name = Campaign brief – { $name }.pdf
# Announced once the brief is written. $path: where.
campaigns-brief-saved = Saved the campaign brief to { $path }.
