## What a form, a file or the command line is told when a value breaks a rule. Each is shown
## beside the field it names (whose label the form gives), so it starts in lower case.
## $value: what was typed, as it was typed.

error-required = is required
# $length: how many characters were given; $max: how many fit.
error-too-long = is { $length } characters; at most { $max } are allowed
error-not-colour = “{ $value }” is not a colour like #1f6feb
# $value: a year or a day outside 1900–2999.
error-outside-years = { $value } is outside the years a plan covers (1900 to 2999)
error-not-a-year = must be a year from 1900 to 2999
error-not-date = “{ $value }” is not a date like 2027-03-31
error-not-date-time = “{ $value }” is not a date and time like 2027-03-31T09:30
error-not-time = “{ $value }” is not a time like 09:30
error-not-id = “{ $value }” is not a valid id
error-not-time-zone = “{ $value }” is not an IANA time zone such as Europe/London
error-not-email = “{ $value }” is not an e-mail address
error-not-hashtag = “{ $value }” is not a hashtag (letters, digits and _ only)
error-not-locale = “{ $value }” is not a language tag such as en-GB
# $value: a day and time on the plan's clock; $zone: the plan's time zone.
error-clocks-go-forward = { $value } does not exist in { $zone } (the clocks go forward then)
error-ends-before-start = ends before it starts
error-campaign-ends-before-start = ends before the campaign starts
error-not-negative = must be a number of zero or more
error-not-a-number = must be a number
error-kpi-period = a target is per day, week, month, quarter or year
error-blackout-level = a blackout period needs a level
error-max-per-day = must be from 1 to 500, or empty for no limit
error-min-gap = must be at most 1440 minutes (a day)
error-too-many-slots = at most 48 slots a day
error-min-items-low = must be at least 1
error-min-items-high = must be at most 10,000
# $max: the channel's most a day; $most: the most in the rule's period.
# $period: day, week or month.
error-min-items-over-channel = { $period ->
    [day] the channel allows at most { $max } a day, so at most { $most } per day
    [week] the channel allows at most { $max } a day, so at most { $most } per week
   *[month] the channel allows at most { $max } a day, so at most { $most } per month
}
error-too-many-concerns = at most 500 items and campaigns
error-partner-twice = a partner is listed twice
error-link-spaces = is one permalink or post id, without spaces
error-result-about = choose the objective or the campaign it is about
error-metric-required = say what the number counts
# $count: the entries given; $max: how many fit.
error-too-many-entries = has { $count } entries; at most { $max } fit the printed plan
error-year-start-month = must be a month from 1 to 12
error-confirm-days = must be from 0 to 90 days
error-wanted-before-received = is before the request came in
error-capacity = must be from 1 to 1000 items a week, or empty
# $max: how many periods of leave fit.
error-too-much-leave = at most { $max } periods of leave
# $value: the day the leave ends.
error-leave-order = leave ending { $value } starts after it ends
error-rrule-dtstart = give the start separately, not as DTSTART in the rule
error-rrule-never-ends = never ends: give it a COUNT or an UNTIL
error-rrule-no-dates = yields no dates
# $max: the most occurrences a series may have.
error-rrule-too-many = yields more than { $max } occurrences; shorten it with COUNT or UNTIL
