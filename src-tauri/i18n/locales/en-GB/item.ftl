## The item editor: a content item's fields, its repeat, its language versions, its approvals, history and findings.

item-dialog-new = New item
item-dialog-edit = Edit item
item-field-title = Title
item-field-copy = Copy
# Under the copy: its length as the channel's network counts it ("X 312/280 — over the limit", "Instagram 120/2200 · 3/30 hashtags").
# $platform: the network ("X"); $length, $limit: the characters counted and allowed;
# $withHashtags: "yes" when the network limits hashtags, then $hashtags, $hashtagLimit: the hashtags counted and allowed;
# $over: "yes" when the copy is over a limit.
item-copy-count = { $platform } { $length }/{ $limit }{ $withHashtags ->
        [yes] {" "}· { $hashtags }/{ $hashtagLimit } hashtags
       *[no] {""}
    }{ $over ->
        [yes] {" "}— over the limit
       *[no] {""}
    }
item-field-channel = Channel
# A channel no longer in use, in the list of channels. $channel: its name.
item-channel-inactive = { $channel } (inactive)
item-field-format = Format
item-field-status = Status
item-field-campaign = Campaign
item-no-campaign = No campaign
item-objectives = Objectives
item-field-date = Date
item-date-hint = Empty: the item waits in the Ideas backlog.
# $zone: the plan's time zone ("Europe/London").
item-field-time = Time ({ $zone })
item-time-hint = Empty: all day.
item-field-owner = Owner
item-no-owner = Nobody yet
item-field-language = Language
# An example language code in the empty Language field.
item-language-placeholder = en
item-evergreen = Evergreen: gap filling may schedule it
item-field-link = Link to the post
item-link-hint = Its permalink or post id: results imports match the platforms' numbers to the item by it.

# The repeat of a new item.
item-repeat = Repeat
# Before the list of frequencies ("Repeats [Weekly] every [2]").
item-repeats = Repeats
item-repeat-none = Does not repeat
item-repeat-daily = Daily
item-repeat-weekly = Weekly
item-repeat-monthly-day = Monthly, on this day of the month
item-repeat-monthly-weekday = Monthly, on this weekday (e.g. 2nd Friday)
item-repeat-yearly = Yearly
item-repeat-custom = Custom rule (RRULE)
# After the frequency; $input: where the field with the interval (a number) goes.
item-repeat-every = every { $input }
item-repeat-interval = Interval
item-repeat-days = On these days
# Weekdays, short, beside the weekly repeat's tick boxes.
item-weekday-mo = Mon
item-weekday-tu = Tue
item-weekday-we = Wed
item-weekday-th = Thu
item-weekday-fr = Fri
item-weekday-sa = Sat
item-weekday-su = Sun
# $input: where the field with the number of occurrences goes.
item-repeat-ends-after = Ends after { $input } occurrences
item-repeat-occurrences = Occurrences
# $input: where the field with the last day goes.
item-repeat-ends-on = Ends on { $input }
item-repeat-last-day = Last day
# $rule: the RRULE value the choices make ("FREQ=WEEKLY;BYDAY=FR;COUNT=10"), shown as code.
item-repeat-rule = Rule: { $rule }

# An occurrence of a series. $rule: the series' RRULE value, shown as code; $count: its occurrences.
item-series = Repeating: { $rule } ({ $count ->
        [one] { $count } occurrence
       *[other] { $count } occurrences
    })
item-scope-one = Save or delete this occurrence only
item-scope-following = This and the following occurrences
item-scope-all = Every occurrence

item-versions = Language versions
# A copy of the item in another language. $language: its language code ("cy"); $title: its title.
item-version = { $language }: { $title }
# $date: the version's date and time ("2027-03-12 09:00").
item-version-date = ({ $date })
item-version-no-date = (no date)
# $input: where the field with the language code goes.
item-add-version-in = Add a version in { $input }
# An example language code in the empty field.
item-new-language-placeholder = cy
item-add-version = Add version

# A field two people changed while their laptops were apart.
item-conflict = Changed by two people
# $member: the other person; $field: the field's name ("date and time").
item-conflict-title = You and { $member } changed the { $field } while apart.
# $mine, $theirs: the two values; $member: the other person; $holds: "mine" or "theirs", the value the plan holds until one is kept.
item-conflict-values = Yours: “{ $mine }” · { $member }'s: “{ $theirs }” · the plan holds { $holds ->
        [mine] yours
       *[theirs] theirs
    } meanwhile.
item-keep-mine = Keep mine
item-keep-theirs = Keep theirs

item-approvals = Approvals
# A decision on the item. $decision: "approved" or "changesRequested"; $member: who decided (in bold); $when: the date and time.
item-approval = { $decision ->
        [approved] Approved
       *[changesRequested] Changes requested
    } by { $member }, { $when }
# As item-approval, with the approver's $comment.
item-approval-commented = { $decision ->
        [approved] Approved
       *[changesRequested] Changes requested
    } by { $member }, { $when }: “{ $comment }”
# $count: the changes in the item's history.
item-history = History ({ $count })
item-findings = Findings
# A finding's severity, on its badge.
item-severity-info = info
item-severity-warning = warning
item-severity-error = error
# A finding with its fix. $message, $fix: the finding's message and fix.
item-finding-fix = { $message } — { $fix }.
item-delete = Delete
item-move = Move to…

# Announced after a series is added. $title: the item's title; $count: its occurrences.
item-added-series = Added “{ $title }”, repeating: { $count ->
        [one] { $count } occurrence
       *[other] { $count } occurrences
    }. Undo with Ctrl+Z.
item-saved = Saved “{ $title }”
# $side: "mine" or "theirs"; $member: the other person; $label: the row's name.
item-kept = { $side ->
        [mine] Kept your change to “{ $label }”.
       *[theirs] Kept { $member }'s change to “{ $label }”.
    }
# $language: the new version's language code; $title: its title.
item-added-version = Added the { $language } version “{ $title }”.
item-deleted = Deleted “{ $title }”. Undo with Ctrl+Z.
