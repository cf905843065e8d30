## The command line: what `almanac <command>` prints when it has done its work, and what
## it says when it cannot. Printed in a terminal: plain text, no markup. Words that are
## typed (--out, --stop, FILE, .json) stay as they are in every language.

## Every command.

# A language named with --language that Almanac does not offer. $languages: the tags it offers, joined by list-separator.
cli-language-unknown = Almanac is beschikbaar in { $languages }
# The year given is not one Almanac plans. $year: the year typed.
cli-year-out-of-range = --year { $year } valt buiten het bereik (1900–2999)
# A status given with --status that is not one. $text: what was typed; $statuses: the statuses' typed names, joined by list-separator.
cli-status-unknown = “{ $text }” is geen status; gebruik een van { $statuses }
# A quarter given with --quarter that is not one. $text: what was typed.
cli-quarter-unknown = “{ $text }” is geen kwartaal: schrijf 1, 2, 3 of 4
# The window could not start. $reason: what the system said.
cli-window-failed = Het venster kan niet worden geopend: { $reason }

## almanac sample

# After loading a sample plan. $profile: agency or archive; $folder: the data folder; the others: counts.
cli-sample-loaded = Voorbeeldplan ({ $profile ->
        [archive] archief
       *[agency] organisatie
    }) geladen in { $folder }: { $brands } merken, { $channels } kanalen, { $campaigns } campagnes, { $items } items.

## almanac export …

# $year: the plan year; $campaigns: how many campaigns it shows; $file: the PDF written.
cli-wrote-annual-plan = Jaarplan { $year } ({ $campaigns ->
        [one] één campagne
       *[other] { $campaigns } campagnes
    }) opgeslagen in { $file }.
# $file: the PDF written.
cli-wrote-brief = Briefingpakket opgeslagen in { $file }.
# $file: where the campaign brief was written.
cli-wrote-campaign-brief = De campagnebrief is opgeslagen in { $file }.
# $items: the items of the period; $changes: their changes; $file: the file written.
cli-wrote-audit = Audittrail van { $items ->
        [one] één item
       *[other] { $items } items
    } ({ $changes ->
        [one] één wijziging
       *[other] { $changes } wijzigingen
    }) opgeslagen in { $file }.
# $year: the plan year; $count: how many decisions; $file: the file written.
cli-wrote-decisions = Besluitenlogboek { $year } ({ $count ->
        [one] één besluit
       *[other] { $count } besluiten
    }) opgeslagen in { $file }.
# $period: the period's name (a year, a quarter, a month); $count: its items; $file: the page written.
cli-wrote-web-page = Pagina van { $period } ({ $count ->
        [one] één item
       *[other] { $count } items
    }) opgeslagen in { $file }.
# $count: the calendar's events; $file: the .ics written.
cli-wrote-ics = { $count ->
        [one] Eén afspraak
       *[other] { $count } afspraken
    } opgeslagen in { $file }.
# $count: the spreadsheet's rows; $file: the file written.
cli-wrote-rows = { $count ->
        [one] Eén rij
       *[other] { $count } rijen
    } opgeslagen in { $file }.
# $count: the records of the whole plan; $file: the JSON written.
cli-wrote-json = Het hele plan ({ $count } records) opgeslagen in { $file }.
# A period of results: a year, or a quarter of it. $year; $quarter: 1 to 4, or 0 for the whole year.
cli-results-period = { $quarter ->
        [0] { $year }
       *[other] Q{ $quarter } { $year }
    }
# $period: cli-results-period; $posts: the posts counted; $file: the file written.
cli-wrote-results = Resultaten van { $period } ({ $posts ->
        [one] één bericht
       *[other] { $posts } berichten
    }) opgeslagen in { $file }.
# With --json and --out: the file must be a .json file.
cli-results-json-file = geef met --json een .json-bestand op (of laat --out weg om het af te drukken)
# export handoff: --out must name a folder. $folder: what was given.
cli-handoff-not-a-folder = --out { $folder } is geen map
# An item the publishing tool would refuse, left out of the files. $title: the item; $when: its day and time; $reason: why.
cli-handoff-left-out = weggelaten: { $title } ({ $when }): { $reason }
# A file written for the publishing tool. $file: its path.
cli-handoff-wrote = opgeslagen: { $file }
# The end of a hand-off. $messages: the messages written; $files: the files; $format: the date format the files use.
cli-handoff-written = { $messages ->
        [one] Eén bericht
       *[other] { $messages } berichten
    } in { $files ->
        [one] één bestand
       *[other] { $files } bestanden
    }; datums staan als { $format } (kies hetzelfde bij het uploaden).

## almanac publish, almanac caldav

# $folder: the data folder.
cli-publish-stopped = Gestopt met het publiceren van de kalender van { $folder }.
# publish without --out or --stop.
cli-publish-needs-out = geef --out FILE op, of --stop
# $count: the events written; $file: the .ics kept current.
cli-published = { $count ->
        [one] Eén afspraak
       *[other] { $count } afspraken
    } gepubliceerd naar { $file }; het bestand wordt na elke wijziging opnieuw geschreven.
cli-caldav-stopped = Gestopt met het versturen van de kalender; de afspraken blijven op de server staan.
# caldav --push when no calendar is pushed.
cli-caldav-not-pushed = de kalender wordt niet naar een server verstuurd
# After a push. $report: cli-caldav-report.
cli-caldav-pushed = Kalender verstuurd: { $report }.
# After the first push to a collection. $url: the collection; $report: cli-caldav-report.
cli-caldav-pushed-to = Kalender verstuurd naar { $url }: { $report }.
# What a push did to the server's events, each a count.
cli-caldav-report = { $created } nieuw, { $updated } gewijzigd, { $deleted } verwijderd, { $restored } teruggezet, { $unchanged } ongewijzigd
cli-caldav-password-kept = Het wachtwoord wordt bewaard in de sleutelhanger van het systeem; de kalender wordt na elke wijziging verstuurd.
# The keyring could not keep the password. $reason: why; $variable: the environment variable read instead.
cli-caldav-password-not-kept = { $reason }. Bij volgende verzendingen wordt in plaats daarvan { $variable } gelezen.
# No password anywhere. $variable: the environment variable that may hold it.
cli-caldav-no-password = geen wachtwoord: geef --password-stdin op, of stel { $variable } in
# Standard input could not be read. $reason: what the system said.
cli-password-unreadable = kan het wachtwoord niet lezen: { $reason }

## almanac backup, almanac restore, almanac import plan

# $folder: the plan's folder; $file: the copy written.
cli-backed-up = Back-up van het plan in { $folder } opgeslagen als { $file }.
# restore while a window is open on the plan. $folder: the plan's folder.
cli-restore-window-open = Almanac heeft { $folder } geopend; sluit het venster (of gebruik daarin Bestand → Herstellen vanuit een back-up…) en probeer het opnieuw
# $file: the copy restored; $snapshot: the snapshot of the plan as it was.
cli-restored-over = { $file } hersteld; het plan zoals het was, is bewaard in { $snapshot }.
# $file: the copy restored; $folder: the data folder, which had no plan.
cli-restored-into = { $file } hersteld in { $folder }.
# $count: the rows set aside; $report: the report that lists them.
cli-restore-set-aside = { $count ->
        [one] Eén rij die Almanac niet kon lezen, is apart gezet in { $report }.
       *[other] { $count } rijen die Almanac niet kon lezen, zijn apart gezet in { $report }.
    }
# $count: the records read; $file: the JSON read; $folder: the data folder.
cli-imported-json = Het hele plan ({ $count } records) geïmporteerd uit { $file } in { $folder }.

## almanac import ics

# One day or span of days a calendar file adds. $days: the day, or cli-import-days; $name: the event's name.
cli-import-date = { $days }  { $name }
# The same, for an event the plan already has.
cli-import-date-known = { $days }  { $name }  (staat al in het plan)
# A span of days. $from, $to: the first and last day.
cli-import-days = { $from } – { $to }
# An event or row not taken. $reason: why.
cli-import-left-out = weggelaten: { $reason }
# $count: the dates; $source: the calendar's name.
cli-import-dates-dry-run = { $count ->
        [one] Eén datum zou worden toegevoegd uit { $source }; er is niets opgeslagen.
       *[other] { $count } datums zouden worden toegevoegd uit { $source }; er is niets opgeslagen.
    }
cli-import-dates-added = { $count ->
        [one] Eén datum toegevoegd uit { $source }, in één keer ongedaan te maken.
       *[other] { $count } datums toegevoegd uit { $source }, in één keer ongedaan te maken.
    }

## almanac import partners, almanac import items, almanac import results

# A row refused. $line: its line in the file; $reason: why.
cli-import-line-error = regel { $line }: { $reason }
# $count: the rows refused.
cli-import-has-errors = { $count ->
        [one] Eén rij bevat fouten; er is niets geïmporteerd
       *[other] { $count } rijen bevatten fouten; er is niets geïmporteerd
    }
# $count: the rows, all already in the plan.
cli-import-nothing = { $count ->
        [one] Niets te importeren: de rij staat al in het plan.
       *[other] Niets te importeren: alle { $count } rijen staan al in het plan.
    }
# $count: the rows left out as already in the plan.
cli-import-skipped = { $count ->
        [one] Eén rij staat al in het plan en wordt weggelaten.
       *[other] { $count } rijen staan al in het plan en worden weggelaten.
    }
# $kind: partner or item; $count: how many; $file: the file read.
cli-import-rows-dry-run = { $kind ->
        [partner] { $count ->
            [one] Eén partner zou worden geïmporteerd uit { $file }; er is niets opgeslagen.
           *[other] { $count } partners zouden worden geïmporteerd uit { $file }; er is niets opgeslagen.
        }
       *[item] { $count ->
            [one] Eén item zou worden geïmporteerd uit { $file }; er is niets opgeslagen.
           *[other] { $count } items zouden worden geïmporteerd uit { $file }; er is niets opgeslagen.
        }
    }
cli-import-rows-done = { $kind ->
        [partner] { $count ->
            [one] Eén partner geïmporteerd uit { $file }, in één keer ongedaan te maken.
           *[other] { $count } partners geïmporteerd uit { $file }, in één keer ongedaan te maken.
        }
       *[item] { $count ->
            [one] Eén item geïmporteerd uit { $file }, in één keer ongedaan te maken.
           *[other] { $count } items geïmporteerd uit { $file }, in één keer ongedaan te maken.
        }
    }
# A row of analytics. $line: its line; $day: the post's day; $post: the post's address; $found: what it matched.
cli-results-row = regel { $line }: { $day } { $post } { $found }
cli-results-row-error = fout: { $reason }
cli-results-row-left-out = weggelaten: { $reason }
# The row's post is the plan item $title.
cli-results-row-linked = → { $title }
cli-results-row-confirmed = → { $title } (voorgesteld, bevestigd)
cli-results-row-proposed = ? { $title } (voorgesteld; --accept-proposed om te koppelen)
cli-results-row-unmatched = geen item
# One metric's total. $metric: its name (results-metric-…); $value: the total.
cli-results-total = { $metric } { $value }
# $source: the platform; the counts; $totals: each cli-results-total, joined by list-separator.
cli-results-summary = Export van { $source }: { $linked } gekoppeld, { $proposed } voorgesteld, { $unmatched } zonder item, { $replaced } ter vervanging van eerder geïmporteerde cijfers; totalen: { $totals }
cli-results-dry-run = Er is niets opgeslagen (--dry-run).
# $count: the rows imported; $file: the file read.
cli-results-imported = { $count ->
        [one] De cijfers van één rij geïmporteerd uit { $file }, in één keer ongedaan te maken.
       *[other] De cijfers van { $count } rijen geïmporteerd uit { $file }, in één keer ongedaan te maken.
    }

## almanac check

# The year's counts of findings, each by severity.
cli-check-counts = { $year }: { $errors ->
        [one] één fout
       *[other] { $errors } fouten
    }, { $warnings ->
        [one] één waarschuwing
       *[other] { $warnings } waarschuwingen
    }, { $notes ->
        [one] één opmerking
       *[other] { $notes } opmerkingen
    }.
# A finding's severity, at the start of its line.
cli-check-error = fout
cli-check-warning = waarschuwing
cli-check-note = opmerking
# What would fix the finding, after it. $fix: the fix.
cli-check-fix = — { $fix }
cli-check-coverage = Dekking:
# An objective with no coverage rule. $name: the objective.
cli-check-no-rule = { $name }: geen dekkingsregel
# An objective's coverage. $name: the objective; $score: the percentage (a number as the language writes it).
cli-check-score = { $name }: { $score }%
# One rule of an objective. $label: the rule; $score: its percentage; $gaps: the periods short of it.
cli-check-rule = { $label }: { $score }%, { $gaps ->
        [one] één periode met tekort
       *[other] { $gaps } periodes met tekort
    }

## almanac server …, almanac sync

# sync with no server known. The address is an example to type.
cli-sync-needs-server = geef de server van het team op: --server postgresql://member@host/database
# The keyring could not keep the password. $reason: why; $variable: the environment variable read instead.
cli-sync-password-not-kept = { $reason }. Bij volgende synchronisaties wordt in plaats daarvan { $variable } gelezen.
# $address: the team's server.
cli-sync-joined = Aangesloten bij het plan van het team op { $address }.
# $pushed: changes sent; $pulled: changes taken; $rows: the rows they changed.
cli-sync-moved = { $pushed ->
        [one] Eén wijziging
       *[other] { $pushed } wijzigingen
    } verzonden; { $pulled } van het team ontvangen, waardoor { $rows ->
        [one] één rij is gewijzigd
       *[other] { $rows } rijen zijn gewijzigd
    }.
cli-sync-waiting = { $count ->
        [one] Eén wijziging wacht op deze laptop (wijzigingen van leden met alleen leesrechten worden niet overgenomen).
       *[other] { $count } wijzigingen wachten op deze laptop (wijzigingen van leden met alleen leesrechten worden niet overgenomen).
    }
cli-sync-conflicts = { $count ->
        [one] Eén conflict om op te lossen in Instellingen → Teamsynchronisatie.
       *[other] { $count } conflicten om op te lossen in Instellingen → Teamsynchronisatie.
    }
# The network could not start. $reason: what the system said.
cli-network-failed = kan de netwerkruntime niet starten: { $reason }
# server init. $plan: the plan's id; $address: the server; $version: the schema version.
cli-server-created = Teamplan { $plan } aangemaakt op { $address } (schemaversie { $version }).
cli-server-up-to-date = { $address } is up-to-date (schemaversie { $version }).
# $from, $to: the schema versions.
cli-server-upgraded = { $address } bijgewerkt van schemaversie { $from } naar { $to }.
# server add-member. $name: the member; $role: editor or viewer; $login: their server role.
cli-member-added = { $name } toegevoegd { $role ->
        [viewer] met alleen leesrechten
       *[editor] met bewerkrechten
    } ({ $login }).
cli-member-hand-over = Geef deze gegevens via een veilige weg door (het wachtwoord wordt alleen nu getoond):
# The two lines to hand over; keep the values aligned.
cli-member-server = { "  " }Server:     { $server }
cli-member-password = { "  " }Wachtwoord: { $password }
# A scope of --approves that is not one. $value: what was typed.
cli-member-approves-unknown = --approves { $value }: schrijf everything, brand:NAME, channel:HANDLE of nothing
# server set-member. $member: the member's server role.
cli-member-changed = { $member } gewijzigd.

## The words clap, the command-line library, puts around the help texts of cli-help.ftl.

# Before the command's usage line.
cli-help-usage = Gebruik:
# Headings of the help's lists.
cli-help-commands = Opdrachten
cli-help-options = Opties
cli-help-arguments = Argumenten
# The placeholder for a subcommand in the usage line (upper case, as a placeholder is written).
cli-help-command = OPDRACHT
cli-help-help = Help tonen
cli-help-version = Versie tonen
# After an option's help: the values it takes. $choices: the values, joined by list-separator.
cli-help-choices = [mogelijke waarden: { $choices }]
# After an option's help: the value it takes when not given. $value: the value.
cli-help-default = [standaard: { $value }]

## Arguments the command line refuses (typed wrong), each followed by the usage line and
## cli-usage-more. $arg: an option as typed (--out <FILE>); $value: a value as typed.

# An option given twice.
cli-usage-repeated = { $arg } mag maar één keer worden opgegeven
# Two options that exclude each other. $other: the options given before, joined by list-separator.
cli-usage-conflict = { $arg } kan niet samen met { $other } worden gebruikt
# A value that is not one of the option's choices. $choices: joined by list-separator.
cli-usage-invalid-value = “{ $value }” is geen waarde van { $arg }; gebruik een van { $choices }
# An option given without its value.
cli-usage-needs-value = { $arg } heeft een waarde nodig
# $command: the word typed.
cli-usage-unknown-command = er is geen opdracht “{ $command }”
cli-usage-unknown-argument = { $arg } is geen optie van deze opdracht
# Options that must be given. $args: joined by list-separator.
cli-usage-missing = geef { $args } op
# A command that needs a subcommand. $command: the command; $commands: its subcommands, joined by list-separator.
cli-usage-missing-command = { $command } heeft een van deze opdrachten nodig: { $commands }
# A value the option refused. $reason: why (already a sentence).
cli-usage-bad-value = “{ $value }” voor { $arg }: { $reason }
cli-usage-values = { $arg } heeft het verkeerde aantal waarden gekregen
# What the refused argument was perhaps meant to be. $suggestion: an option or command as typed.
cli-usage-suggested = bedoel je { $suggestion }?
# The last line. $help: the option that prints help (--help).
cli-usage-more = Voeg { $help } toe voor meer informatie.
