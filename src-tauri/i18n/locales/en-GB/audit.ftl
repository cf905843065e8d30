## The audit trail for the records officer (PDF and CSV), in the plan's language.

# The PDF's title in its properties. $from, $to: the period's first and last day, in full.
audit-document-title = Audit trail { $from } to { $to }
# Each page's heading. $organisation: whose plan it is.
audit-heading = Audit trail · { $organisation }
# Beside the heading. $from, $to: the period's first and last day, in full.
audit-period = { $from } to { $to }
# Under the heading. $zone: the plan's time zone (Europe/London); $made: when the trail was made.
audit-explainer = Every item dated in the period: when and by whom it was first planned for its day, and every change after. Times in { $zone }. Made { $made }.
# Each page's footer. $organisation: whose plan it is; $from, $to: the period.
audit-footer = { $organisation } · Audit trail { $from } to { $to }
# The page number in the footer. $page: this page; $pages: how many.
audit-page-of = Page { $page } of { $pages }
audit-nothing = No item is dated in this period.
# The table's columns (the CSV's too).
audit-column-item = Item
audit-column-channel = Channel
audit-column-status = Status
audit-column-goes-out = Goes out
audit-column-first-planned = First planned for this date
audit-column-later = Later changes
# The CSV's column of when a change was made. $zone: the plan's time zone.
audit-column-change-at = Change at ({ $zone })
audit-column-by = By
audit-column-action = Action
audit-column-change = Change
audit-column-item-id = Item id
# When an item in the backlog goes out: on no day yet.
audit-in-backlog = In the backlog
# An item listed with no change recorded for it.
audit-no-recorded-change = No recorded change
# The CSV's row of the change that first planned the item for its day. $change: what it did.
audit-first-planned = First planned for this date: { $change }

## What a change did to an item. $when, $from, $to: a day, or a day and time, in words.

audit-change-created-in-backlog = Created, in the backlog
audit-change-created = Created, planned for { $when }
audit-change-deleted = Deleted
audit-change-planned = Planned for { $when }
audit-change-to-backlog = Moved to the backlog from { $when }
audit-change-moved = Moved from { $from } to { $to }
# $from, $to: the statuses before and after.
audit-change-status = Status { $from } → { $to }
# $fields: the fields edited ("title, copy"), joined by list-separator.
audit-change-edited = Edited { $fields }
audit-change-none = No visible change
audit-change-approved = Approved
# $comment: what the approver asked for.
audit-change-changes-requested = Changes requested: { $comment }
# Between the things one change did ("Moved …; Status …").
audit-change-separator = { "; " }
# What an approver did.
audit-action-approve = Approve
audit-action-request-changes = Request changes

## The plan year's decision log as CSV, in the plan's language.

decision-log-column-decided-on = Decided on
decision-log-column-decision = Decision
decision-log-column-rationale = Rationale
decision-log-column-decided-by = Decided by
decision-log-column-campaign = Campaign
decision-log-column-concerns = Concerns
# In place of a record the decision concerned that has been deleted since. $kind: what it was.
decision-log-deleted = (deleted { $kind ->
    [item] item
    [campaign] campaign
   *[collaboration] collaboration
})
# Between the records one decision concerns.
decision-log-separator = { "; " }
