## The checker's findings: what is wrong with the plan, and what would fix it. Each message
## and each fix is one clause without a full stop: the window adds it where it shows them.
## $title: an item's or collaboration's title, cut to 40 characters (with "…"). A $day, $start,
## $end, $due, $live or $week is a day, already written as the language writes days.

finding-approved-without-date = “{ $title }” is approved but has no date
fix-approved-without-date = Give it a date, or move it back to draft

finding-past-not-published = “{ $title }” was due on { $day } and was never published
fix-past-not-published = Mark it published, reschedule it, or cancel it

# $problem: what the network refuses (copy-too-long or copy-too-many-hashtags).
finding-copy-over-limit = “{ $title }”: { $problem }
fix-copy-over-limit = Shorten the copy in the item editor, which counts as the network does
# $network: the network's name ("X", "Instagram"); $length: the copy's length as it counts it; $limit: the most it takes.
copy-too-long = { $network } counts { $length } characters in the copy; it takes { $limit }
# $hashtags: the hashtags in the copy; $network: the network's name; $most: the most it takes.
copy-too-many-hashtags = the copy has { $hashtags } hashtags; { $network } takes at most { $most }

# $period: the key date's name ("General election"); $level: the blackout's level.
finding-in-blackout = “{ $title }” is on { $day }, during { $period } ({ $level ->
        [no-posting] nothing may go out
        [restricted] only cleared content may go out
       *[no-new-campaigns] no new campaign may start
    })
fix-in-blackout = Move it out of the blackout period

# $campaign: the campaign's name; $start and $end: its first and last day.
finding-outside-campaign = “{ $title }” is on { $day }, outside its campaign “{ $campaign }” ({ $start } to { $end })
fix-outside-campaign = Move it into the campaign's window, or widen the window

# $member: the owner's name; $start and $end: their leave's first and last day.
finding-owner-on-leave = “{ $title }” is due on { $day }, when { $member } is on leave ({ $start } to { $end })
fix-owner-on-leave = Give it to someone else, or move it

# $channel: the channel's name; $count: its items that day; $max: the most it allows a day.
finding-over-daily-limit = { $channel } has { $count } items on { $day }; it allows { $max } a day
fix-over-daily-limit = Move some to a quieter day

# $first and $second: the two items' titles; $channel: their channel; $apart: the minutes between them; $gap: the minutes the channel needs.
finding-under-min-gap = “{ $first }” and “{ $second }” on { $channel } are { $apart ->
        [one] { $apart } minute
       *[other] { $apart } minutes
    } apart; it needs { $gap }
fix-under-min-gap = Space them out

# $member: the owner's name; $count: their items that week; $week: the week's first day; $capacity: the items a week they can take.
finding-over-capacity = { $member } has { $count } items in the week of { $week }; their capacity is { $capacity }
fix-over-capacity = Share the week's items with someone else

# $versions: each version (finding-version-on or finding-version-unscheduled), joined by list-separator.
finding-translations-apart = The language versions of “{ $title }” are not scheduled together: { $versions }
# One language version. $language: its language code ("cy"), or "?" where it has none.
finding-version-on = { $language } { $day }
finding-version-unscheduled = { $language } unscheduled
fix-translations-apart = Schedule every version on the same day

finding-back-to-review = “{ $title }” was approved: this change sends it back to review
fix-back-to-review = Ask an approver to approve it again

## A collaboration's findings. $title: the collaboration's title.

# $waiting: the partners who have not confirmed; $total: all its partners; $names: who they are (finding-names or finding-names-more).
finding-partners-not-confirmed-live = “{ $title }” went live and { $waiting } of { $total } partners have not confirmed: { $names }
# $days: the days left before it goes live. Other arguments as in finding-partners-not-confirmed-live.
finding-partners-not-confirmed-soon = “{ $title }” goes live in { $days ->
        [one] { $days } day
       *[other] { $days } days
    } and { $waiting } of { $total } partners have not confirmed: { $names }
# $names: up to three names, joined by list-separator.
finding-names = { $names }
# $names: the first three names, joined by list-separator; $more: how many others.
finding-names-more = { $names } and { $more } more
# A partner since removed from the directory, where their name would be.
finding-removed-partner = a removed partner
fix-partners-not-confirmed = Follow up with them, mark them declined, or move the go-live

# $due: the day the assets are due; $live: the day it goes live.
finding-assets-after-go-live = “{ $title }”: assets are due on { $due }, after it goes live on { $live }
fix-assets-after-go-live = Set the asset deadline before the go-live

# $partner: the partner's name.
finding-declined-in-relay = “{ $title }”: { $partner } declined but still holds a slot in the relay
fix-declined-in-relay = Give the slot to another partner or clear it

# $item: the item's title; $period: the key date's name.
finding-collaboration-item-in-blackout = “{ $title }”: “{ $item }” is scheduled on { $day }, during { $period }
fix-collaboration-item-in-blackout = Move the item out of the blackout period

## Why a publishing tool's bulk upload would refuse an item, after its title.

handoff-no-time = has no time: the tool schedules each message at a time
handoff-no-copy = has no copy to publish
# $minutes: how far ahead the tools need a message.
handoff-too-soon = is less than { $minutes } minutes from now or past
handoff-hootsuite-minute-marks = Hootsuite schedules on 5-minute marks (:00, :05, …)
handoff-hootsuite-duplicate = Hootsuite refuses a message identical to another
# $minutes: how far apart Sprout needs messages.
handoff-sprout-gap = Sprout needs messages at least { $minutes } minutes apart
handoff-buffer-free-queue = Buffer's free plan holds 10 scheduled posts a channel
handoff-buffer-instagram-image = Buffer posts to Instagram only with an image: put the image's address (ending .jpg, .png, …) in the copy
