## Approvals: the queue of items in review, decided one by one or several at once, and the dialog that sends items back with a comment.

approvals-title = Approvals
# The field that narrows the queue to the items whose title, campaign or channel hold its words.
approvals-search = Search
# Label of the list of team members: who sits at this laptop.
approvals-you-are = You are
# On a team plan. $name: the member signed in to the team on this laptop.
approvals-signed-in = You are { $name }, as signed in to the team
approvals-not-chosen = Not chosen
# Label of the list of approvers whose queue is shown.
approvals-queue-of = Queue of
# The option for every item in review. $count: how many items wait.
approvals-everyone = Everyone ({ $count })
# An approver in the list of queues. $name: the approver; $count: the items waiting for them.
approvals-approver = { $name } ({ $count })
approvals-nobody-approves = Nobody approves yet: in Settings → Team, tick what each approver approves.
# $name: the approver at this laptop.
approvals-deciding-as = Deciding as { $name }.
# $name: the signed-in team member, who approves nothing.
approvals-approves-nothing = { $name } approves nothing: the team's server owner sets who approves what.
approvals-choose-who = Choose who you are to approve.
# The keys the queue listens to: A, R and Ctrl+A stay as they are in every language.
approvals-keys = Keys: ↑ ↓ move, Space ticks, A approves, R asks for changes, Ctrl+A ticks all.
approvals-approve = Approve
# The approve button when items are ticked. $count: how many are ticked.
approvals-approve-count = Approve { $count }
approvals-ask-for-changes = Ask for changes…
# A queue entry's checkbox, read by screen readers. $title: the item; $due: its date and time ("2027-04-06 09:30") or the text of approvals-no-date.
approvals-entry-label = { $title }, due { $due }
approvals-no-date = No date yet
# After an item's date and channel, when the person at this laptop may not approve it.
approvals-not-yours = not yours to approve
# $title: the collaboration the item belongs to.
approvals-collaboration = Collaboration: { $title }
# $title: the collaboration; $due: the date its partners need approval by ("2027-04-01").
approvals-collaboration-due = Collaboration: { $title }, approval due { $due }
# The last decision on an item sent back. $name: the approver; $comment: what they wrote.
approvals-asked = { $name } asked: “{ $comment }”
approvals-empty = Nothing waits for approval.
approvals-empty-approver = Nothing waits for approval from this approver.
approvals-tick-first = Tick the items to decide on first (Space).
# Status line after a decision. $count: how many items were approved.
approvals-approved = { $count ->
    [one] Approved { $count } item. Undo with Ctrl+Z.
   *[other] Approved { $count } items. Undo with Ctrl+Z.
}
# Status line after a decision. $count: how many items were sent back.
approvals-changes-asked = { $count ->
    [one] Asked for changes to { $count } item. Undo with Ctrl+Z.
   *[other] Asked for changes to { $count } items. Undo with Ctrl+Z.
}
approvals-changes-title = Ask for changes
# In the "Ask for changes" dialog. $count: how many items go back.
approvals-changes-intro = { $count ->
    [one] { $count } item goes back to its author as a draft, with your comment.
   *[other] { $count } items go back to their authors as drafts, with your comment.
}
approvals-changes-comment = What should change
