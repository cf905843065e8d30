## The read-only web page of a month, a quarter or the year, for people without Almanac, in the plan's language.

# The page's title. $organisation: whose plan it is; $period: the month, quarter or year ("May 2027").
web-page-title = { $organisation } — plan for { $period }
# Under the title. $from, $to: the first and last day, in full; $zone: the plan's time zone; $made: when the page was made; $count: the items it holds.
web-page-summary = { $from } to { $to } · times in { $zone } · made { $made } · { $count ->
    [one] { $count } item
   *[other] { $count } items
}
web-page-campaigns = Campaigns
web-page-no-campaigns = No campaign runs in this period.
# A campaign's or key date's days. $from, $to: the first and last day, in full.
web-page-range = { $from } to { $to }
web-page-key-dates = Key dates
# After a key date that is a blackout period.
web-page-blackout = (blackout)
# The key dates of a period with none.
web-page-no-key-dates = None.
# A day's count of items. $count: how many.
web-page-day-count = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
# A day's items beyond the lines it shows. $count: how many more.
web-page-more = +{ $count } more
