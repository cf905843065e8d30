## Reminders: desktop notifications for the member at this laptop, in the window's language.

# $count: the items waiting for this member's approval.
reminder-approvals = { $count ->
    [one] { $count } item waits for your approval
   *[other] { $count } items wait for your approval
}
reminder-approvals-body = Open Approvals to approve them or ask for changes.
# A collaboration's deadline. $day: today, tomorrow or later; $date: the day, short ("Fri 7 May"), when later; $title: the collaboration.
reminder-assets-due = { $day ->
    [today] Assets due today: “{ $title }”
    [tomorrow] Assets due tomorrow: “{ $title }”
   *[later] Assets due { $date }: “{ $title }”
}
reminder-approval-due = { $day ->
    [today] Approval due today: “{ $title }”
    [tomorrow] Approval due tomorrow: “{ $title }”
   *[later] Approval due { $date }: “{ $title }”
}
reminder-goes-live = { $day ->
    [today] Goes live today: “{ $title }”
    [tomorrow] Goes live tomorrow: “{ $title }”
   *[later] Goes live { $date }: “{ $title }”
}
# The sentence under a deadline. $date: the day in full; $title: the collaboration.
reminder-assets-due-body = Assets due on { $date } for the collaboration “{ $title }”.
reminder-approval-due-body = Approval due on { $date } for the collaboration “{ $title }”.
reminder-goes-live-body = The collaboration “{ $title }” goes live on { $date }.
# Items going out soon that are still ideas or drafts. $count: how many; $date: the last day looked at, in full.
reminder-drafts = { $count ->
    [one] { $count } item still in draft goes out by { $date }
   *[other] { $count } items still in draft go out by { $date }
}
# $titles: the items' titles, each quoted (reminder-quoted), joined by list-separator.
reminder-drafts-body = { $titles }.
# $titles: the first five items' titles; $count: how many more.
reminder-drafts-body-more = { $titles } and { $count } more.
# An item's title in a list. $title: the title.
reminder-quoted = “{ $title }”
# The daily digest's title. $count: the reminders it sums up.
reminder-digest = { $count ->
    [one] Almanac today: { $count } reminder
   *[other] Almanac today: { $count } reminders
}
