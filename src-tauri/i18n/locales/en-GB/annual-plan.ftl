## The one-page annual plan (PDF), printed in the plan's language whoever exports it.

# The title when the year's plan has none.
annual-plan-title = Annual plan
# Under the title. $organisation: the plan's organisation; $year: the year; $group: what the campaigns' lanes are grouped by.
annual-plan-subtitle = { $organisation } · Annual plan { $year } · campaigns grouped by { $group ->
    [channel] channel
    [brand] brand
   *[objective] objective
}
# Under the title of a plan with no organisation named. $year: the year; $group: what the lanes are grouped by.
annual-plan-subtitle-unnamed = Annual plan { $year } · campaigns grouped by { $group ->
    [channel] channel
    [brand] brand
   *[objective] objective
}
# Headings of the year plan's three lists.
annual-plan-core-messages = Core messages
annual-plan-priorities = Priorities
annual-plan-flagship-projects = Flagship projects
# A list, the objectives' legend or a month's key dates cut short. $count: the entries not shown.
annual-plan-more = +{ $count } more
# The campaigns that found no room in the lanes. $count: how many; $names: their names, separated by commas.
annual-plan-more-campaigns = { $count ->
    [one] +{ $count } more campaign: { $names }
   *[other] +{ $count } more campaigns: { $names }
}
# A blackout period shaded on the timeline. $name: the period; $level: what it forbids.
annual-plan-blackout = { $name } ({ $level ->
    [noPosting] no posting
    [noNewCampaigns] no new campaigns
   *[restricted] restricted
})
# $year: the year printed.
annual-plan-no-campaigns = No campaign runs in { $year }.
# The footer's left side. $organisation: the plan's organisation; $year: the year.
annual-plan-footer = { $organisation } · Annual plan { $year }
# The footer of a plan with no organisation named. $year: the year.
annual-plan-footer-unnamed = Annual plan { $year }
# The footer's right side. $date: the day it was printed, written in full.
annual-plan-printed = Printed { $date } · Almanac
