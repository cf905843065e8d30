## Requests: the list of requests from other departments and the dialog that weighs one against the plan and decides it.

requests-title = Requests
# Button and title of the dialog for a new request.
requests-new = New request
# Above the list. $fitting: requests that fit an objective; $total: all requests; $share: the percentage that fit (0–100).
requests-fit = { $total ->
    [one] { $fitting } of { $total } requests ({ $share }%) fit an objective.
   *[other] { $fitting } of { $total } requests ({ $share }%) fit an objective.
}
# Column headings.
requests-column-request = Request
requests-column-from = From
requests-column-received = Received
requests-column-age = Age
requests-column-wanted = Wanted
requests-column-decision = Decision
# Column heading and field label.
requests-objective = Objective
# In the From column. $requester: who asks; $department: their department.
requests-from-department = { $requester }, { $department }
# In the Age column. $count: days since the request came in.
requests-age = { $count ->
    [one] { $count } day
   *[other] { $count } days
}
# The decisions on a request.
requests-decision-open = Open
requests-decision-accepted = Accepted
requests-decision-declined = Declined
requests-decision-parked = Parked
# Under an accepted request. $title: the content item it became.
requests-item = Item: { $title }
requests-item-deleted = Its item was deleted
requests-empty = No requests yet.

## The request dialog.

# Status line. $title: what is asked for.
requests-saved = Saved the request “{ $title }”.
# Status line. $title: the request; $day: the wanted day ("2027-04-06").
requests-accepted-dated = Accepted “{ $title }”: a draft item on { $day }. Undo with Ctrl+Z.
# Status line. $title: the request.
requests-accepted-backlog = Accepted “{ $title }”: a draft item in the ideas backlog. Undo with Ctrl+Z.
# Status line. $title: the request.
requests-declined = Declined “{ $title }”.
# Status line: the request is set aside for later. $title: the request.
requests-parked = Parked “{ $title }”.
# Title of the dialog for an existing request.
requests-dialog-title = Request
requests-field-requester = Who asks
requests-field-department = Department
requests-field-contact = Contact
requests-field-title = What is asked for
# The request as the requester wrote it.
requests-field-text = Their words
requests-field-text-hint = Kept with the item if it is accepted.
requests-field-audience = Audience
# The day the request came in.
requests-field-received = Received
# The day the requester wants it published.
requests-field-wanted = Wanted on
requests-field-channel = Channel
requests-channel-none = Not chosen
requests-objective-none = None
requests-assess = Weigh against the plan
# Before the objectives the request's words fit.
requests-fits = Fits:
# Button beside a suggested objective: choose it for the request.
requests-use-objective = Use
requests-fits-none = Its words fit no objective.
# $objective: the objective's name; $rule: its rule in words (from Almanac's checks); $planned: items planned in the period; $required: items the rule asks for; $start, $end: the period's first and last day ("2027-04-01").
requests-gap = Fills a gap: { $objective }, { $rule }: { $planned } of { $required } planned { $start } to { $end }.
# After a ⛔ or ⚠ sign. $day: the wanted day ("2027-04-06"); $message: the finding, from Almanac's checks.
requests-finding = On { $day }: { $message }
# $day: the wanted day.
requests-no-finding = No finding on { $day }.
# Legend of the decision part of the dialog.
requests-decide = Decide
requests-reason = Reason (to decline or park)
# Button: a draft item on the wanted day. $day: that day ("2027-04-06").
requests-accept-dated = Accept onto { $day }
# The same button while no wanted day is given.
requests-accept-dated-unset = Accept onto the wanted day
requests-accept-backlog = Accept into the backlog
# Button: set the request aside for later.
requests-park = Park
requests-decline = Decline
requests-cancel = Cancel
requests-save = Save
