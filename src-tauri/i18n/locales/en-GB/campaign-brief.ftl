## The one-page campaign brief for leadership and partners, and the same text for an e-mail.

# The PDF's title in its properties. $name: the campaign's name.
campaign-brief-document-title = Campaign brief: { $name }
# Above the campaign's name, before its status.
campaign-brief-kicker = Campaign brief
# The page's section headings (printed in capitals).
campaign-brief-window = When
campaign-brief-status = Status
campaign-brief-objectives = Objectives and KPIs
campaign-brief-audience = Audience
campaign-brief-core-message = Core message
campaign-brief-hashtags = Hashtags
campaign-brief-channels = Channels
campaign-brief-items = Items
campaign-brief-collaborations = Collaborations and partners
campaign-brief-key-dates = Key dates and blackouts
campaign-brief-approvals = Approvals outstanding
# In the e-mail, before the items awaiting approval.
campaign-brief-awaiting = Awaiting approval
# In the e-mail, before each objective and its KPI.
campaign-brief-objective = Objective
# Where a section has nothing to show.
campaign-brief-none = None
# An objective's KPI with its target. $metric: what is counted ("reach"); $target: the number; $period: the period it is counted over ("year"), as the team wrote it.
campaign-brief-kpi-target = { $metric }: { $target } ({ $period })
# The items the page has no room for. $count: how many.
campaign-brief-more-items = { $count ->
    [one] +{ $count } more item
   *[other] +{ $count } more items
}
# A collaboration's partners. $confirmed: how many have confirmed (or gone further); $count: how many were asked; $names: their names, as a list.
campaign-brief-partners = { $confirmed } of { $count } confirmed: { $names }
# The approvals line. $review: items awaiting approval; $drafts: items not yet sent for approval.
campaign-brief-approvals-count = { $review ->
    [one] { $review } item awaiting approval
   *[other] { $review } items awaiting approval
}, { $drafts ->
    [one] { $drafts } still a draft
   *[other] { $drafts } still drafts
}
# The page's footer. $organisation: who sends it; $date: the day it was printed, in full.
campaign-brief-footer = { $organisation } · campaign brief · printed { $date } · Almanac
# The e-mail's lines. $label: a heading of the page; $value: what it says.
campaign-brief-email-field = { $label }: { $value }
# A dated line of a list. $when: the day or day and time; $what: the item or date; $detail: a note on it.
campaign-brief-email-dated = - { $when }: { $what }
campaign-brief-email-dated-detail = - { $when }: { $what } ({ $detail })
# A collaboration. $title: its title; $when: its go-live; $partners: its partners.
campaign-brief-email-collaboration = - { $title } — { $when }: { $partners }
