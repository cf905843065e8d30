## The journal's names for the changes made to the plan: what Undo and Redo offer, what an
## item's history and the audit trail list. Kept as data, so each reader sees them in their
## own language. $title: a record's title or name, cut to 40 characters (with "…").

history-undo = Undo: { $action }
history-redo = Redo: { $action }
# $text: the name of a change recorded before names were kept as data, as it was written.
history-recorded = { $text }

history-move = Move “{ $title }”
history-move-to-backlog = Move to backlog “{ $title }”

history-add-item = Add “{ $title }”
history-edit-item = Edit “{ $title }”
history-delete-item = Delete “{ $title }”
history-delete-occurrence = Delete one occurrence of “{ $title }”
# $language: the version's language code ("fr").
history-add-version = Add a { $language } version of “{ $title }”

history-add-series = Add series “{ $title }” ({ $count ->
    [one] { $count } occurrence
   *[other] { $count } occurrences
})
history-edit-series-all = Edit every occurrence of “{ $title }”
history-edit-series-following = Edit “{ $title }” and the following occurrences
history-delete-series = Delete the series “{ $title }”
history-delete-series-following = Delete “{ $title }” and the following occurrences

history-add-campaign = Add campaign “{ $title }”
history-edit-campaign = Edit campaign “{ $title }”
history-delete-campaign = Delete campaign “{ $title }”
history-move-campaign = Move campaign “{ $title }”
history-resize-campaign = Resize campaign “{ $title }”
history-add-team-member = Add team member “{ $title }”
history-edit-team-member = Edit team member “{ $title }”
history-delete-team-member = Remove team member “{ $title }”
history-add-channel = Add channel “{ $title }”
history-edit-channel = Edit channel “{ $title }”
history-delete-channel = Delete channel “{ $title }”
history-add-partner-group = Add partner group “{ $title }”
history-edit-partner-group = Edit partner group “{ $title }”
history-delete-partner-group = Delete partner group “{ $title }”
history-add-partner = Add partner “{ $title }”
history-edit-partner = Edit partner “{ $title }”
history-delete-partner = Delete partner “{ $title }”
# $duplicate, $keep: the two partners' names.
history-merge-partners = Merge “{ $duplicate }” into “{ $keep }”
history-add-objective = Add objective “{ $title }”
history-edit-objective = Edit objective “{ $title }”
history-delete-objective = Delete objective “{ $title }”
history-add-key-date = Add key date “{ $title }”
history-edit-key-date = Edit key date “{ $title }”
history-delete-key-date = Delete key date “{ $title }”
history-add-brand = Add brand “{ $title }”
history-edit-brand = Edit brand “{ $title }”
history-delete-brand = Delete brand “{ $title }”

# $objective: the objective's name.
history-add-coverage-rule = Add a coverage rule to “{ $objective }”
history-edit-coverage-rule = Edit a coverage rule of “{ $objective }”
history-delete-coverage-rule = Delete a coverage rule
history-fill-coverage-gaps = { $count ->
    [one] Fill { $count } coverage gap
   *[other] Fill { $count } coverage gaps
}

history-send-for-review-one = Send “{ $title }” for review
history-send-for-review-many = Send { $count } items for review
history-approve-one = Approve “{ $title }”
history-approve-many = Approve { $count } items
history-request-changes-one = Request changes to “{ $title }”
history-request-changes-many = Request changes to { $count } items

history-add-request = Add request “{ $title }”
history-edit-request = Edit request “{ $title }”
history-delete-request = Delete request “{ $title }”
history-accept-request = Accept request “{ $title }”
history-decline-request = Decline request “{ $title }”
history-park-request = Park request “{ $title }”

history-add-collaboration = Add collaboration “{ $title }”
history-edit-collaboration = Edit collaboration “{ $title }”
history-delete-collaboration = Delete collaboration “{ $title }”
# $partner: the partner's name; $status: where it now stands ("Confirmed").
history-partner-status = “{ $title }”: { $partner } { $status }
# $group: the partner group's name.
history-add-group = Add “{ $group }” to “{ $title }”

history-link-post = Link “{ $title }” to its post
history-add-outcome = Note “{ $title }”
history-edit-outcome = Edit “{ $title }”
history-remove-outcome = Remove “{ $title }”
# $year: the plan's year ("2027").
history-edit-plan-year = Edit the { $year } plan

# $reason: why the team paused (its own words).
history-pause = { $count ->
    [one] Pause { $count } item: “{ $reason }”
   *[other] Pause { $count } items: “{ $reason }”
}
history-resume = { $count ->
    [one] Resume { $count } item after “{ $reason }”
   *[other] Resume { $count } items after “{ $reason }”
}
history-resume-reflow = { $count ->
    [one] Resume and re-flow { $count } item after “{ $reason }”
   *[other] Resume and re-flow { $count } items after “{ $reason }”
}

history-change-settings = Change settings
history-set-aside = Set aside the rows Almanac could not read
history-add-comment = Comment on “{ $title }”
history-delete-comment = Delete a comment
# $decision: the decision as logged (its own words).
history-log-decision = Log the decision “{ $decision }”
history-edit-decision = Edit the decision “{ $decision }”
history-remove-decision = Remove the decision “{ $decision }”

# $file: the file's name.
history-import-partners = { $count ->
    [one] Import { $count } partner from { $file }
   *[other] Import { $count } partners from { $file }
}
history-import-items = { $count ->
    [one] Import { $count } item from { $file }
   *[other] Import { $count } items from { $file }
}
history-import-key-dates = { $count ->
    [one] Import { $count } key date from { $file }
   *[other] Import { $count } key dates from { $file }
}
history-import-blackouts = { $count ->
    [one] Import { $count } blackout period from { $file }
   *[other] Import { $count } blackout periods from { $file }
}
history-import-results = { $count ->
    [one] Import results of { $count } post from { $file }
   *[other] Import results of { $count } posts from { $file }
}
history-link-posts = { $count ->
    [one] Link { $count } item to its post
   *[other] Link { $count } items to their posts
}
history-import-plan = Import the whole plan from { $file }
history-load-sample = Load sample plan

# $field: the field both sides changed, as the plan names it.
history-keep-mine = Keep mine: { $field } of “{ $title }”
history-keep-theirs = Keep theirs: { $field } of “{ $title }”
history-restore = Restore “{ $title }”
# $reason: the team server's reason, as it gave it.
history-refused = Refused by the team's server: { $reason }
history-from-team = Changes from the team
history-team-created = Created
history-team-deleted = Deleted
# $fields: the fields the change set, as the plan names them.
history-team-changed = Changed { $fields }
