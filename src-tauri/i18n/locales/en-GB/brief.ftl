## The partner briefing pack: one A4 page for the partners of a collaboration, and the same text for an e-mail, in the plan's language.

# The PDF's title in its properties. $title: the collaboration's title.
brief-document-title = Brief: { $title }
# Above the title. $kind: the kind of collaboration ("Thread relay").
brief-kicker = Partner briefing · { $kind }
# Above the title of a collaboration that belongs to a campaign. $kind: its kind; $campaign: the campaign's name.
brief-kicker-campaign = Partner briefing · { $kind } · { $campaign }
# Under the title. $organisation: who sends the brief.
brief-from = From { $organisation }
# The page's section headings (printed in capitals).
brief-goes-live = Goes live
brief-assets-due = Assets due
brief-approval-due = Approval due
brief-key-message = Key message
brief-hashtags = Hashtags
brief-assets = Assets
brief-relay-order = Relay order — your time
brief-partners = Partners — your time
# The partners table's columns: the relay's order, the partner, their part, the go-live (or their slot) on their own clock, who to talk to there.
brief-column-order = #
brief-column-partner = Partner
brief-column-role = Role
brief-column-their-time = Goes live, their time
brief-column-contact = Contact
# The partners the page has no room for. $count: how many.
brief-more-partners = { $count ->
    [one] +{ $count } more partner
   *[other] +{ $count } more partners
}
# The go-live when the collaboration has none yet.
brief-not-set = not set yet
# The go-live on the plan's clock. $date: the day in full; $time: the time of day; $zone: the plan's time zone (Europe/London); $offset: its offset from UTC (UTC+01:00).
brief-go-live-at = { $date }, { $time } { $zone } ({ $offset })
# A partner's go-live or relay slot on their own clock. $date: the day in full; $time: the time of day; $zone: the partner's time zone.
brief-their-time = { $date }, { $time } { $zone }
# The page's footer. $organisation: who sends it; $date: the day it was printed, in full.
brief-footer = { $organisation } · briefing for partners · printed { $date } · Almanac

## The brief as an e-mail: one line each.

# $campaign: the campaign's name.
brief-email-campaign = Campaign: { $campaign }
# $when: the go-live, as on the page.
brief-email-goes-live = Goes live: { $when }
# $date: the day in full.
brief-email-assets-due = Assets due: { $date }
# $date: the day in full.
brief-email-approval-due = Approval due: { $date }
# Followed by the key message on the lines below.
brief-email-key-message = Key message:
# $hashtags: the hashtags, separated by spaces.
brief-email-hashtags = Hashtags: { $hashtags }
# Followed by what assets to send on the lines below.
brief-email-assets = Assets:
# Followed by the partners in their relay order.
brief-email-relay-order = Relay order (your time):
# Followed by the partners.
brief-email-partners = Partners (your time):
# A partner's line. $partner: the partner; $time: their go-live or slot on their clock.
brief-email-partner = { $partner } — { $time }
# A partner's line that names their part. $partner: the partner; $time: their go-live or slot; $role: what they do in it.
brief-email-partner-role = { $partner } — { $time } ({ $role })
