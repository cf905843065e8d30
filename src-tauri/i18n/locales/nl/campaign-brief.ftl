## The one-page campaign brief for leadership and partners, and the same text for an e-mail.

# The PDF's title in its properties. $name: the campaign's name.
campaign-brief-document-title = Campagnebriefing: { $name }
# Above the campaign's name, before its status.
campaign-brief-kicker = Campagnebriefing
# The page's section headings (printed in capitals).
campaign-brief-window = Looptijd
campaign-brief-status = Status
campaign-brief-objectives = Doelstellingen en KPI's
campaign-brief-audience = Doelgroep
campaign-brief-core-message = Kernboodschap
campaign-brief-hashtags = Hashtags
campaign-brief-channels = Kanalen
campaign-brief-items = Items
campaign-brief-collaborations = Samenwerkingen en partners
campaign-brief-key-dates = Belangrijke data en stilteperiodes
campaign-brief-approvals = Openstaande goedkeuringen
# In the e-mail, before the items awaiting approval.
campaign-brief-awaiting = Ter goedkeuring
# In the e-mail, before each objective and its KPI.
campaign-brief-objective = Doelstelling
# Where a section has nothing to show.
campaign-brief-none = Geen
# An objective's KPI with its target. $metric: what is counted ("reach"); $target: the number; $period: the period it is counted over ("year"), as the team wrote it.
campaign-brief-kpi-target = { $metric }: { $target } ({ $period })
# The items the page has no room for. $count: how many.
campaign-brief-more-items = { $count ->
    [one] +{ $count } item meer
   *[other] +{ $count } items meer
}
# A collaboration's partners. $confirmed: how many have confirmed (or gone further); $count: how many were asked; $names: their names, as a list.
campaign-brief-partners = { $confirmed } van de { $count } bevestigd: { $names }
# The approvals line. $review: items awaiting approval; $drafts: items not yet sent for approval.
campaign-brief-approvals-count = { $review ->
    [one] { $review } item wacht op goedkeuring
   *[other] { $review } items wachten op goedkeuring
}, { $drafts ->
    [one] { $drafts } is nog een concept
   *[other] { $drafts } zijn nog concepten
}
# The page's footer. $organisation: who sends it; $date: the day it was printed, in full.
campaign-brief-footer = { $organisation } · campagnebriefing · afgedrukt op { $date } · Almanac
# The e-mail's lines. $label: a heading of the page; $value: what it says.
campaign-brief-email-field = { $label }: { $value }
# A dated line of a list. $when: the day or day and time; $what: the item or date; $detail: a note on it.
campaign-brief-email-dated = - { $when }: { $what }
campaign-brief-email-dated-detail = - { $when }: { $what } ({ $detail })
# A collaboration. $title: its title; $when: its go-live; $partners: its partners.
campaign-brief-email-collaboration = - { $title } — { $when }: { $partners }
