## Settings.

settings-title = Settings
settings-language-title = Language
settings-language-intro = The language of Almanac's window and menus on this laptop. Each colleague chooses their own; the plan is the same for all.
settings-language-label = Language on this laptop
# $language: the system's language, in its own name ("Nederlands").
settings-language-system = As the system: { $language }
# $language: the language just chosen, in its own name.
settings-language-changed = Almanac is now in { $language }.
settings-appearance-title = Appearance
settings-appearance-intro = How Almanac's window looks on this laptop. The PDFs it makes stay light, for printing.
settings-appearance-label = Theme
settings-appearance-system = As the system
settings-appearance-light = Light
settings-appearance-dark = Dark
# $theme: the theme just chosen: light, dark, or system (none chosen: the system's).
settings-appearance-changed =
    { $theme ->
        [light] Almanac is now light.
        [dark] Almanac is now dark.
       *[system] Almanac now follows the system's theme.
    }

## Settings → Brands, Channels, Objectives and Team: the lists of the plan's own things.

settings-edit = Edit
settings-delete = Delete
settings-brands-title = Brands
settings-brands-add = Add brand
settings-brands-empty = No brands yet: add one before its channels.
# Announced after a delete. $name: the brand's name.
settings-brands-deleted = Deleted brand “{ $name }”. Undo with Ctrl+Z.
settings-channels-title = Channels
settings-channels-add = Add channel
settings-channels-empty = No channels yet.
# Announced after a delete. $name: the channel as the plan names it, platform and handle ("Instagram @westmarkpolice").
settings-channels-deleted = Deleted channel { $name }. Undo with Ctrl+Z.
# In a channel's row, after its brand and a “ · ”. $count: the most items it takes a day.
settings-channels-per-day = { $count ->
    [one] at most { $count } a day
   *[other] at most { $count } a day
}
# In a channel's row, after a “ · ”: the channel is switched off.
settings-channels-inactive = inactive
settings-objectives-title = Objectives
settings-objectives-add = Add objective
settings-objectives-empty = No objectives yet.
# Announced after a delete. $name: the objective's name.
settings-objectives-deleted = Deleted objective “{ $name }”. Undo with Ctrl+Z.
# An objective's KPI in its row. $metric: the metric as the team named it ("reach", "link clicks"); $target: the number aimed at, as typed (not grouped); $period: day, week, month, quarter or year (anything else is shown as it is).
settings-objectives-kpi = { $metric }: { $target } a { $period ->
    [day] day
    [week] week
    [month] month
    [quarter] quarter
    [year] year
   *[other] { $period }
}
settings-members-title = Team
settings-members-add = Add member
settings-members-empty = No team members yet: add them to give items an owner.
# Announced after a delete. $name: the member's name.
settings-members-deleted = Deleted team member “{ $name }”. Undo with Ctrl+Z.
# In a member's row, after their role and a “ · ”. $count: the most items they take on a week.
settings-members-per-week = { $count ->
    [one] at most { $count } item a week
   *[other] at most { $count } items a week
}
# In a member's row, after a “ · ”. $count: how many periods of leave they have.
settings-members-leave = { $count ->
    [one] { $count } period of leave
   *[other] { $count } periods of leave
}

## Settings → Organisation: the plan's organisation, time zone, week, locale and year.

settings-org-title = Organization
settings-org-organisation = Organization
settings-org-zone = Time zone (IANA)
settings-org-week-start = Week starts on
settings-org-monday = Monday
settings-org-sunday = Sunday
settings-org-saturday = Saturday
# The technical locale code of the plan's exports ("en-GB", "nl-NL").
settings-org-locale = Locale
settings-org-year-start = Plan year starts in
# A month of the year. $month: its number, 1 (January) to 12 (December).
settings-org-month = { $month ->
    [1] January
    [2] February
    [3] March
    [4] April
    [5] May
    [6] June
    [7] July
    [8] August
    [9] September
    [10] October
    [11] November
   *[12] December
}
settings-org-confirm-days = Partners confirm (days before go-live)
settings-org-confirm-days-hint = Unconfirmed partners are flagged from then on.
settings-org-save = Save settings
settings-org-saved = Settings saved

## Settings → Team sync: one plan for the whole team through its PostgreSQL server.

settings-team-sync-title = Team sync
# $command: the server command that adds a member, shown as code.
settings-team-sync-hint = One plan for the whole team through your team's PostgreSQL server. This laptop keeps its copy and works offline; changes travel in the background. Ask whoever runs the server for your address and password ({ $command }). The password is kept in the system's keyring.
# $error: why, as the app words it.
settings-team-conflicts-unreadable = The conflicts cannot be read: { $error }
settings-team-status = Status
settings-team-not-shared = Not shared: this plan is on this laptop only.
settings-team-server = Server
# Beside the server's address: the connection is in plaintext.
settings-team-not-encrypted = not encrypted
settings-team-signed-in-as = Signed in as
settings-team-last-sync = Last sync
# Where the time of the last sync would be.
settings-team-not-yet = not yet
settings-team-waiting = Waiting to be sent
settings-team-set-aside = Set aside
# $setAside: the team's changes this laptop could not apply; $refused: this laptop's changes the server refused.
settings-team-set-aside-detail = { $setAside } from the team that this laptop could not apply, { $refused } of this laptop's changes the server refused
settings-team-held = Held for an update
# $count: the changes from a newer version of Almanac waiting here.
settings-team-held-detail = { $count ->
    [one] { $count } change from a newer Almanac, applied once this laptop is updated
   *[other] { $count } changes from a newer Almanac, applied once this laptop is updated
}
settings-team-last-attempt = Last attempt
settings-team-server-address = Server address
settings-team-password = Password
settings-team-save-sync = Save and sync
settings-team-join = Join the team's plan
settings-team-sync-now = Sync now
settings-team-syncing = Syncing with the team
# Beside the progress bar. $done: the changes sent so far; $total: all of them.
settings-team-progress = { $total ->
    [one] { $done } of { $total } change
   *[other] { $done } of { $total } changes
}
# Announced after joining. $report: what travelled (settings-team-report-… parts joined).
settings-team-joined = Joined the team's plan: { $report }.
# Announced after a sync. $report: what travelled (settings-team-report-… parts joined).
settings-team-synced = Synced: { $report }.
# A part of the sync's report. $count: this laptop's changes the server took.
settings-team-report-sent = { $count ->
    [one] sent { $count } change
   *[other] sent { $count } changes
}
# A part of the sync's report. $count: the team's rows applied here.
settings-team-report-received = { $count ->
    [one] received { $count } changed row
   *[other] received { $count } changed rows
}
# A part of the sync's report. $count: the conflicts now waiting.
settings-team-report-conflicts = { $count ->
    [one] { $count } conflict to settle
   *[other] { $count } conflicts to settle
}
# A part of the sync's report. $count: a viewer's changes that stay on this laptop.
settings-team-report-waiting = { $count ->
    [one] { $count } change kept here (viewers' changes are not sent)
   *[other] { $count } changes kept here (viewers' changes are not sent)
}
# Between the parts of the sync's report (mind the space).
settings-team-report-separator = {", "}
settings-team-conflicts-title = Changed by two people while apart
settings-team-conflicts-hint = The later change is in the plan meanwhile. Choose which to keep; the choice is sent to the team.
# A conflicting row without a title.
settings-team-untitled = (untitled)
# A row a colleague deleted while this laptop changed it. $member: the colleague.
settings-team-conflict-deleted = { $member } deleted it while you were changing it
# $label: the row's title.
settings-team-restore-label = Restore { $label } with your changes
settings-team-restore = Restore it
# $label: the row's title; $member: the colleague who deleted it.
settings-team-let-go-label = Let { $label } go, as { $member } deleted it
settings-team-let-go-button = Let it go
# Both values of a field changed on two laptops. $mine: this laptop's value; $member: the colleague; $theirs: the colleague's value.
settings-team-conflict-values = Yours: “{ $mine }” · { $member }'s: “{ $theirs }”
# $label: the row's title; $mine: this laptop's value.
settings-team-keep-mine-label = Keep yours for { $label }: { $mine }
settings-team-keep-mine = Keep mine
# $member: the colleague; $label: the row's title; $theirs: the colleague's value.
settings-team-keep-theirs-label = Keep { $member }'s for { $label }: { $theirs }
settings-team-keep-theirs = Keep theirs
# Announced. $label: the row's title, deleted by a colleague and now back.
settings-team-restored = Restored “{ $label }”.
# Announced. $label: the row's title, left deleted.
settings-team-let-go = Let “{ $label }” go.
# Announced. $field: the field's name ("date and time"); $label: the row's title.
settings-team-kept-mine = Kept your { $field } of “{ $label }”.
# Announced. $member: the colleague; $field: the field's name ("date and time"); $label: the row's title.
settings-team-kept-theirs = Kept { $member }'s { $field } of “{ $label }”.

## Settings → Reminders: this laptop's desktop notifications.

settings-reminders-title = Reminders
settings-reminders-hint = Desktop notifications for the member who uses this laptop (Approvals → You are). Kept on this laptop.
settings-reminders-of = Remind me of
settings-reminders-approvals = Items waiting for my approval
settings-reminders-deadlines = Collaborations' deadlines
settings-reminders-drafts = Items still in draft shortly before they go out
settings-reminders-digest = A daily digest of all of it
settings-reminders-days = Days ahead
settings-reminders-days-hint = For deadlines and drafts, 1 to 30.
settings-reminders-save = Save
settings-reminders-digest-now = Send today's digest now
settings-reminders-due = Due now
settings-reminders-nothing-due = Nothing is due.
settings-reminders-saved = Saved the reminders of this laptop.
# Announced. $title: the digest's title, as the notification gave it.
settings-reminders-sent = Sent: { $title }.
settings-reminders-nothing-to-send = Nothing is due: no digest to send.

## Settings → Published calendar and Calendar server: the plan as an .ics file, or pushed to CalDAV.

settings-calendar-also = Also
settings-calendar-campaigns = Campaigns as all-day events
settings-calendar-key-dates = Key dates and blackout periods
settings-published-title = Published calendar
settings-published-hint = An .ics file of the whole plan, written anew after every change. Save it in a folder your team syncs (OneDrive, SharePoint, Nextcloud) and subscribe to it in Outlook or Google Calendar.
# $path: the file, shown as code.
settings-published-to = Published to { $path }.
settings-published-none = Not published.
settings-published-file = File
settings-published-file-placeholder = Choose where to save the calendar
settings-published-choose = Choose…
# The file name suggested when choosing where to publish.
settings-published-file-name = Almanac plan.ics
settings-published-publish = Publish
settings-published-again = Publish again
settings-published-stop = Stop publishing
settings-published-busy = Publishing
# Announced. $count: the events written; $path: the file.
settings-published-done = { $count ->
    [one] Published { $count } event to { $path }; it is written anew after every change.
   *[other] Published { $count } events to { $path }; it is written anew after every change.
}
settings-published-stopped = Stopped publishing the calendar; the file last written stays where it is.
settings-caldav-title = Calendar server (CalDAV)
settings-caldav-hint = Pushes the plan's events to a calendar on your team's server (Nextcloud, Radicale or any CalDAV server) after every change; only the events that changed travel. The password is kept in the system's keyring.
# $error: why, as the app words it.
settings-caldav-unreadable = The calendar server settings cannot be read: { $error }
settings-caldav-none = Not pushed to a server.
# $url: the calendar's address, shown as code; $when: the date and time of the attempt; $error: why, as the server or app words it.
settings-caldav-failed = Pushing to { $url } failed { $when }: { $error }
# $url: the calendar's address, shown as code; $when: the date and time of the push; $report: what changed (settings-caldav-report).
settings-caldav-pushed = Pushed to { $url } { $when }: { $report }.
# $url: the calendar's address, shown as code.
settings-caldav-pushing-to = Pushed to { $url }.
# What a push did to the server's events: numbers of events created, updated, deleted, restored and left unchanged.
settings-caldav-report = { $created } new, { $updated } changed, { $deleted } deleted, { $restored } put back, { $unchanged } as they were
# Announced. $report: what changed (settings-caldav-report).
settings-caldav-pushed-now = Pushed the calendar: { $report }.
settings-caldav-stopped = Stopped pushing the calendar; its events stay on the server.
settings-caldav-url = Calendar address
settings-caldav-username = User name
settings-caldav-password = Password (or app password)
settings-caldav-save-push = Save and push
settings-caldav-start = Push to this calendar
settings-caldav-push-now = Push now
settings-caldav-stop = Stop pushing
settings-caldav-busy = Pushing the calendar
# Beside the progress bar. $done: the events pushed so far; $total: all of them.
settings-caldav-progress = { $done } of { $total }

## Settings → Plan health: the rows of the plan on disk that cannot be read.

settings-health-title = Plan health
# $count: the rows that cannot be read; their list follows.
settings-health-summary = { $count ->
    [one] { $count } row of the plan could not be read and is left out of every view and export:
   *[other] { $count } rows of the plan could not be read and are left out of every view and export:
}
settings-health-hint = Set them aside to make the plan whole again: each row goes into the plan's history as it stood, with any row that names it, and Edit → Undo puts them back. Or restore a backup or a snapshot from before the damage (File → Restore from a backup…).
settings-health-repair = Set these rows aside
settings-health-ok = Every row of the plan reads as it should.
# Shown and announced after the repair. $count: the rows set aside.
settings-health-done = { $count ->
    [one] { $count } row was set aside. Edit → Undo puts it back.
   *[other] { $count } rows were set aside. Edit → Undo puts them back.
}

## The dialogs: a brand, a channel, an objective, a team member.

settings-brand-new = New brand
settings-brand-edit = Edit brand
settings-brand-name = Name
settings-brand-purpose = Purpose
settings-brand-colour = Color
settings-brand-reapproval = After approval, back to review on
settings-brand-reapproval-any = Any change to its copy, channel, date or time
settings-brand-reapproval-copy = A change to its copy only
settings-channel-new = New channel
settings-channel-edit = Edit channel
settings-channel-brand = Brand
settings-channel-platform = Platform
settings-channel-handle = Handle or name
settings-channel-colour = Color
settings-channel-purpose = Purpose
settings-channel-max = Most items a day
settings-channel-max-hint = Empty: no limit
settings-channel-gap = Least minutes between items
settings-channel-gap-hint = Empty: no minimum
settings-channel-slots = Preferred posting times
settings-channel-slots-hint = Times like 08:00, 12:30; gap filling uses them
settings-channel-active = Active
settings-objective-new = New objective
settings-objective-edit = Edit objective
settings-objective-name = Name
settings-objective-colour = Color
settings-objective-description = Description
settings-objective-metric = KPI metric
settings-objective-target = Target
# Label of the KPI's period: the target is per day, week…
settings-objective-per = Per
# An option of the KPI's period. $period: day, week, month, quarter or year.
settings-objective-period = { $period ->
    [day] day
    [week] week
    [quarter] quarter
    [year] year
   *[month] month
}
settings-objective-baseline = Baseline (before the plan)
settings-objective-level = Evaluation level
# An option of the evaluation level (the GCS model). $level: output, outtake, outcome or impact.
settings-objective-level-option = { $level ->
    [output] Output: what we put out
    [outcome] Outcome: what people did
    [impact] Impact: what changed
   *[outtake] Outtake: what the audience took from it
}
# The KPI's kind: how its readings add up.
settings-objective-kind = The metric is
# An option of the KPI's kind. $kind: count or level.
settings-objective-kind-option = { $kind ->
    [level] a level read at a time (a survey’s %, a score): the latest counts
   *[count] a count: readings add up (reach, clicks)
}
settings-member-new = New team member
settings-member-edit = Edit team member
settings-member-name = Name
settings-member-role = Role
settings-member-email = Email
settings-member-capacity = Items a week, at most
settings-member-capacity-hint = Empty: no limit
settings-member-leave = Leave
# Before the first day of a period of leave.
settings-member-leave-from = From
# Before the last day of a period of leave.
settings-member-leave-to = to
settings-member-leave-remove = Remove
# $date: the first day of the period of leave (YYYY-MM-DD).
settings-member-leave-remove-label = Remove leave from { $date }
settings-member-leave-add = Add leave
settings-member-approves = Approves
settings-member-approves-everything = Every item of the plan
# $brand: the brand's name.
settings-member-approves-brand = All of { $brand }

## Settings → Team sync: the list of what this laptop set aside, opened under the count.

# Opens the list.
settings-team-set-aside-show = Show what was set aside
# The list's column headings.
settings-team-set-aside-when = When
settings-team-set-aside-from = From
settings-team-set-aside-what = Field
settings-team-set-aside-why = Why
# In the From column: this laptop's own change, which the server refused.
settings-team-set-aside-this-laptop = This laptop
