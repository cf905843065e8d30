## Collaborations: the tracker of the plan's collaborations with partners (what is due this
## week, one row per collaboration) and the collaboration dialog with its briefing pack.

## The tracker.

collaborations-title = Collaborations
# The button above the tracker and the title of the dialog it opens.
collaborations-new = New collaboration
collaborations-this-week = This week
# A deadline: $deadline: its kind ("Assets due", "Approval due", "Goes live"); $date: its day (2027-04-01).
collaborations-deadline = { $deadline } { $date }
# An entry of This week. $deadline: the deadline as collaborations-deadline says it (in bold);
# $title: the collaboration (a button). The collaboration's first finding may follow.
collaborations-week-entry = { $deadline }: { $title }
collaborations-nothing-due = Nothing due in the next seven days.
collaborations-column-collaboration = Collaboration
# The column and the field of the collaboration's kind (collab post, thread relay…).
collaborations-kind = Kind
# The column and the field of the go-live time. $zone: the plan's time zone (Europe/London).
collaborations-goes-live = Goes live ({ $zone })
collaborations-column-next-deadline = Next deadline
collaborations-column-partners = Partners
collaborations-column-findings = Findings
# Under a row's next deadline. $date: the day the partners need approval by (2027-04-01);
# $count: the collaboration's items still waiting for approval (0: all approved).
collaborations-approval-due = { $count ->
        [0] Approval due { $date }: all approved
        [one] Approval due { $date }: { $count } item waiting
       *[other] Approval due { $date }: { $count } items waiting
    }
collaborations-empty = No collaborations yet.

## The collaboration dialog.

# A finding with its suggested fix. $message: the finding; $fix: what would fix it (both from the checks).
collaborations-finding-fix = { $message }. { $fix }.
collaborations-title-field = Title
collaborations-campaign = Campaign
# The choice of no campaign.
collaborations-no-campaign = None
collaborations-assets-due = Assets due
collaborations-approval-due-field = Approval due
collaborations-key-message = Key message
collaborations-hashtags = Hashtags
collaborations-asset-specs = Asset specs
collaborations-asset-specs-hint = Formats, sizes, captions each partner delivers
# The legend of the partners in the collaboration. $count: how many.
collaborations-partners-count = Partners ({ $count })
collaborations-column-partner = Partner
collaborations-column-role = Role
collaborations-column-status = Status
# A thread relay's column of each partner's slot. $zone: the plan's time zone (Europe/London).
collaborations-column-slot = Slot ({ $zone })
# The column of the go-live (and slot) on each partner's own clock.
collaborations-column-clock = Their clock
# In place of the name of a partner since deleted.
collaborations-removed-partner = Removed partner
# The accessible names of a partner's fields. $name: the partner.
collaborations-role-of = Role of { $name }
collaborations-status-of = Status of { $name }
collaborations-slot-of = Relay slot of { $name }
# A partner's relay slot on its own clock. $time: the time (14:00).
collaborations-their-slot = slot { $time }
# The accessible names of the buttons that reorder a thread relay. $name: the partner.
collaborations-move-earlier = Move { $name } earlier in the relay
collaborations-move-later = Move { $name } later in the relay
# The button that takes a partner out (and its column's hidden header).
collaborations-remove = Remove
# The Remove button as read by screen readers. $name: the partner.
collaborations-remove-partner = Remove { $name }
collaborations-partner-to-add = Partner to add
collaborations-add-partner-option = Add a partner…
collaborations-add = Add
collaborations-group-to-add = Group to add
collaborations-add-group-option = Add a whole group…
# A partner group in the list. $name: the group; $count: how many partners it holds.
collaborations-group = { $name } ({ $count })
collaborations-add-group = Add group
# $count: how many content items are linked to the collaboration.
collaborations-linked-items = Linked content items ({ $count })
# The label of the search among the items that can be linked.
collaborations-find = Find
collaborations-items-hint = Set the go-live (and the campaign) to list the items around it.
collaborations-notes = Notes
collaborations-delete = Delete
# The status line after saving. $title: the collaboration.
collaborations-saved = Saved collaboration “{ $title }”
collaborations-deleted = Deleted the collaboration. Undo with Ctrl+Z.

## The briefing pack: a one-page PDF and an email text for the partners.

collaborations-brief-legend = Briefing pack for the partners (saved state)
# The suggested file name. $title: the collaboration.
collaborations-brief-file-name = Brief – { $title }.pdf
collaborations-brief-path = Save the one-page PDF as
collaborations-brief-choose = Choose…
collaborations-brief-export = Export PDF
collaborations-copy-email = Copy email text
# After export. $path: where the PDF was saved (set as code).
collaborations-brief-saved-to = Saved to { $path }
collaborations-brief-open = Open PDF
# The status line after export. $path: the PDF's full path.
collaborations-brief-saved = Saved the briefing pack to { $path }.
collaborations-email-copied = The briefing text is on the clipboard: paste it into an email.
collaborations-email-no-clipboard = The clipboard is not available here; the text is shown below to copy.
# The accessible name of the box showing the email text when the clipboard is not available.
collaborations-email-text = Briefing email text
