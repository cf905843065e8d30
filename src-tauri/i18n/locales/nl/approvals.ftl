## Approvals: the queue of items in review, decided one by one or several at once, and the dialog that sends items back with a comment.

approvals-title = Goedkeuringen
# The field that narrows the queue to the items whose title, campaign or channel hold its words.
approvals-search = Zoeken
# Label of the list of team members: who sits at this laptop.
approvals-you-are = Je bent
# On a team plan. $name: the member signed in to the team on this laptop.
approvals-signed-in = Je bent { $name }, zoals aangemeld bij het team
approvals-not-chosen = Niet gekozen
# Label of the list of approvers whose queue is shown.
approvals-queue-of = Wachtrij van
# The option for every item in review. $count: how many items wait.
approvals-everyone = Iedereen ({ $count })
# An approver in the list of queues. $name: the approver; $count: the items waiting for them.
approvals-approver = { $name } ({ $count })
approvals-nobody-approves = Nog niemand keurt iets goed: vink in Instellingen → Team per goedkeurder aan wat die goedkeurt.
# $name: the approver at this laptop.
approvals-deciding-as = Je beslist als { $name }.
# $name: the signed-in team member, who approves nothing.
approvals-approves-nothing = { $name } keurt niets goed: de eigenaar van de teamserver bepaalt wie wat goedkeurt.
approvals-choose-who = Kies wie je bent om goed te keuren.
# The keys the queue listens to: A, R and Ctrl+A stay as they are in every language.
approvals-keys = Toetsen: ↑ ↓ verplaatsen, spatie aanvinken, A goedkeuren, R om wijzigingen vragen, Ctrl+A alles aanvinken.
approvals-approve = Goedkeuren
# The approve button when items are ticked. $count: how many are ticked.
approvals-approve-count = Goedkeuren ({ $count })
approvals-ask-for-changes = Om wijzigingen vragen…
# A queue entry's checkbox, read by screen readers. $title: the item; $due: its date and time ("2027-04-06 09:30") or the text of approvals-no-date.
approvals-entry-label = { $title }, gepland: { $due }
approvals-no-date = Nog geen datum
# After an item's date and channel, when the person at this laptop may not approve it.
approvals-not-yours = niet door jou goed te keuren
# $title: the collaboration the item belongs to.
approvals-collaboration = Samenwerking: { $title }
# $title: the collaboration; $due: the date its partners need approval by ("2027-04-01").
approvals-collaboration-due = Samenwerking: { $title }, goedkeuring uiterlijk { $due }
# The last decision on an item sent back. $name: the approver; $comment: what they wrote.
approvals-asked = { $name } vroeg: ‘{ $comment }’
approvals-empty = Er wacht niets op goedkeuring.
approvals-empty-approver = Er wacht niets op goedkeuring door deze goedkeurder.
approvals-tick-first = Vink eerst de items aan waarover je wilt beslissen (spatie).
# Status line after a decision. $count: how many items were approved.
approvals-approved = { $count ->
    [one] { $count } item goedgekeurd. Ongedaan maken met Ctrl+Z.
   *[other] { $count } items goedgekeurd. Ongedaan maken met Ctrl+Z.
}
# Status line after a decision. $count: how many items were sent back.
approvals-changes-asked = { $count ->
    [one] Om wijzigingen gevraagd voor { $count } item. Ongedaan maken met Ctrl+Z.
   *[other] Om wijzigingen gevraagd voor { $count } items. Ongedaan maken met Ctrl+Z.
}
approvals-changes-title = Om wijzigingen vragen
# In the "Ask for changes" dialog. $count: how many items go back.
approvals-changes-intro = { $count ->
    [one] { $count } item gaat als concept terug naar de auteur, met je opmerking.
   *[other] { $count } items gaan als concept terug naar hun auteurs, met je opmerking.
}
approvals-changes-comment = Wat moet er veranderen
