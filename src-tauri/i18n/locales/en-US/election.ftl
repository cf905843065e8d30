## An election called at short notice: Plan → An election was called…, and `almanac replan election`.

# The Plan view's button and the dialog's title.
election-open = An election was called…
election-title = An election was called
election-hint = Its pre-election period becomes a blackout. Every item in it is held past it, cancelled or kept with its exemption. Check the proposal line by line; nothing changes until you apply it, and one undo takes it all back.
# The form's fields.
election-name = Election
election-name-placeholder = General election
election-from = Period starts
election-to = Period ends
election-level = Rules in the period
election-region = Region (empty: everywhere)
election-key-date = Dates from an election in the key dates
election-key-date-none = None: the dates above
election-exempt-channels = Channels kept in any election
election-exempt-objectives = Objectives kept in any election
election-decided-by = Decided by (for the decision log)
election-propose = Propose
election-apply = Apply to the plan
election-close = Close
# The proposal's totals. $held, $cancelled, $kept: how many items each.
election-counts = Held: { $held } · Cancelled: { $cancelled } · Kept: { $kept }
election-nothing = Nothing planned in the period is still to go out.
# The group of items in no campaign.
election-no-campaign = Not in a campaign
# A campaign's group. $count: its items in the period.
election-group-count = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
# A campaign whose held items go past its end. $day: its new last day.
election-new-end = its window is stretched to { $day }
# The proposal table's column headings.
# Before the choice that sets every line of a campaign at once.
election-set-all = Every item of this campaign:
election-column-item = Item
election-column-channel = Channel
election-column-when = Goes out
election-column-decision = Decision
election-column-after = After
election-column-why = Why
# What happens to an item. $exemption: one of election-exemption-*.
election-verdict-hold = Hold
election-verdict-cancel = Cancel
election-verdict-keep = Keep: { $exemption }
# Why an item may still go out in the period.
election-exemption-public-safety = public safety
election-exemption-road-closures = road closures
election-exemption-emergency = an emergency
election-exemption-channel = channel kept in any election
election-exemption-objective = objective kept in any election
# Why the proposal says what it says.
election-reason-chosen = Chosen by hand
# $weeks: whole weeks it moves; $day: the day it lands on.
election-reason-hold = { $weeks ->
    [one] Held { $weeks } week, to { $day }
   *[other] Held { $weeks } weeks, to { $day }
}
# $channel: the channel's name.
election-reason-exempt-channel = { $channel } is kept in any election
# $objective: the objective's name.
election-reason-exempt-objective = It serves “{ $objective }”, kept in any election
# $campaign: the campaign's name; $end: its last day.
election-reason-campaign-over = “{ $campaign }” ends on { $end }, within the period
election-no-channel = (no channel)
# The findings under a line.
election-findings = What this would create
# Collaborations going live in the period.
election-partners = Partners to tell
election-partners-hint = Collaborations going live in the period, and the words to send each partner.
# $from, $to: the go-live before and after.
election-partner-moves = Goes live { $from } → { $to }
election-partner-stays = Goes live { $from }, unchanged
election-partner-list = Partners: { $partners }
# The briefing text for a collaboration's partners. $title: the collaboration; $election: the election's name; $first, $last: the pre-election period's days; $from, $to: the go-live before and after.
election-briefing-moved = Because of { $election } (pre-election period { $first } to { $last }), our joint post “{ $title }”, planned for { $from }, moves to { $to }. Please hold your post until then; your relay slot moves by the same weeks.
election-briefing-kept = { $election } (pre-election period { $first } to { $last }): our joint post “{ $title }” on { $from } goes ahead as planned, as the rules allow.
# Announced after the change. $election: its name; $held, $cancelled, $kept: how many items each.
election-applied = Re-planned for { $election }: { $held } held, { $cancelled } cancelled, { $kept } kept.
# The decision log's entries. $count: how many items; $election: the election's name; $exemption: one of election-exemption-*.
election-decision-held = { $count ->
    [one] Held { $count } item past the pre-election period of { $election }
   *[other] Held { $count } items past the pre-election period of { $election }
}
election-decision-cancelled = { $count ->
    [one] Cancelled { $count } item for the pre-election period of { $election }
   *[other] Cancelled { $count } items for the pre-election period of { $election }
}
election-decision-kept = { $count ->
    [one] Kept { $count } item in the pre-election period of { $election }: { $exemption }
   *[other] Kept { $count } items in the pre-election period of { $election }: { $exemption }
}
# The history's name of the change. $election: its name; $held, $cancelled, $kept: how many items each.
history-election = Election called: { $election } ({ $held } held, { $cancelled } cancelled, { $kept } kept)
# The command line's lines. $campaign: a campaign's name (or election-no-campaign); $day: its new last day.
cli-election-campaign = { $campaign }
cli-election-campaign-stretched = { $campaign } (window stretched to { $day })
# One item. $verdict: election-verdict-*; $from: when it goes out now; $to: after (empty unless held); $channel, $title: the item's; $reason: election-reason-*.
cli-election-line = {"  "}{ $verdict }  { $from }  { $to }  { $channel }  “{ $title }”: { $reason }
# A finding the line's move would create. $finding: the finding in words.
cli-election-finding = {"    "}! { $finding }
# A collaboration to tell. $title: its title; $partners: its partners.
cli-election-partners = Tell the partners of “{ $title }”: { $partners }
# The last line. $election: its name; $held, $cancelled, $kept: how many items each.
cli-election-dry-run = Proposed for { $election }: { $held } held, { $cancelled } cancelled, { $kept } kept (nothing written: --dry-run)
cli-election-done = Re-planned for { $election }: { $held } held, { $cancelled } cancelled, { $kept } kept (one change: undo it in the app)
