## The command line: what `almanac <command>` prints when it has done its work, and what
## it says when it cannot. Printed in a terminal: plain text, no markup. Words that are
## typed (--out, --stop, FILE, .json) stay as they are in every language.

## Every command.

# A language named with --language that Almanac does not offer. $languages: the tags it offers, joined by list-separator.
cli-language-unknown = Langues proposées par Almanac : { $languages }
# The year given is not one Almanac plans. $year: the year typed.
cli-year-out-of-range = --year { $year } est hors limites (1900–2999)
# A status given with --status that is not one. $text: what was typed; $statuses: the statuses' typed names, joined by list-separator.
cli-status-unknown = « { $text } » n’est pas un statut ; utilisez l’un des suivants : { $statuses }
# A quarter given with --quarter that is not one. $text: what was typed.
cli-quarter-unknown = « { $text } » n’est pas un trimestre : écrivez 1, 2, 3 ou 4
# The window could not start. $reason: what the system said.
cli-window-failed = Impossible d’ouvrir la fenêtre : { $reason }

## almanac sample

# After loading a sample plan. $profile: agency or archive; $folder: the data folder; the others: counts.
cli-sample-loaded = Plan d’exemple ({ $profile ->
        [archive] archives
       *[agency] organisme
    }) chargé dans { $folder } : { $brands } marques, { $channels } canaux, { $campaigns } campagnes, { $items } contenus.

## almanac export …

# $year: the plan year; $campaigns: how many campaigns it shows; $file: the PDF written.
cli-wrote-annual-plan = Plan annuel { $year } ({ $campaigns ->
        [one] { $campaigns } campagne
       *[other] { $campaigns } campagnes
    }) enregistré dans { $file }.
# $file: the PDF written.
cli-wrote-brief = Dossier de briefing enregistré dans { $file }.
# $file: where the campaign brief was written.
cli-wrote-campaign-brief = Brief de campagne enregistré dans { $file }.
# $items: the items of the period; $changes: their changes; $file: the file written.
cli-wrote-audit = Piste d’audit de { $items ->
        [one] { $items } contenu
       *[other] { $items } contenus
    } ({ $changes ->
        [one] { $changes } modification
       *[other] { $changes } modifications
    }) enregistrée dans { $file }.
# $year: the plan year; $count: how many decisions; $file: the file written.
cli-wrote-decisions = Registre des décisions { $year } ({ $count ->
        [one] { $count } décision
       *[other] { $count } décisions
    }) enregistré dans { $file }.
# $period: the period's name (a year, a quarter, a month); $count: its items; $file: the page written.
cli-wrote-web-page = Page pour { $period } ({ $count ->
        [one] { $count } contenu
       *[other] { $count } contenus
    }) enregistrée dans { $file }.
# $count: the calendar's events; $file: the .ics written.
cli-wrote-ics = { $count ->
        [one] { $count } événement enregistré
       *[other] { $count } événements enregistrés
    } dans { $file }.
# $count: the spreadsheet's rows; $file: the file written.
cli-wrote-rows = { $count ->
        [one] { $count } ligne enregistrée
       *[other] { $count } lignes enregistrées
    } dans { $file }.
# $count: the records of the whole plan; $file: the JSON written.
cli-wrote-json = Plan complet ({ $count ->
        [one] { $count } enregistrement
       *[other] { $count } enregistrements
    }) enregistré dans { $file }.
# A period of results: a year, or a quarter of it. $year; $quarter: 1 to 4, or 0 for the whole year.
cli-results-period = { $quarter ->
        [0] { $year }
       *[other] T{ $quarter } { $year }
    }
# $period: cli-results-period; $posts: the posts counted; $file: the file written.
cli-wrote-results = Résultats pour { $period } ({ $posts ->
        [one] { $posts } publication
       *[other] { $posts } publications
    }) enregistrés dans { $file }.
# With --json and --out: the file must be a .json file.
cli-results-json-file = avec --json, indiquez un fichier .json (ou omettez --out pour l’afficher)
# export handoff: --out must name a folder. $folder: what was given.
cli-handoff-not-a-folder = --out { $folder } n’est pas un dossier
# An item the publishing tool would refuse, left out of the files. $title: the item; $when: its day and time; $reason: why.
cli-handoff-left-out = écarté : { $title } ({ $when }) : { $reason }
# A file written for the publishing tool. $file: its path.
cli-handoff-wrote = enregistré : { $file }
# The end of a hand-off. $messages: the messages written; $files: the files; $format: the date format the files use.
cli-handoff-written = { $messages ->
        [one] { $messages } message
       *[other] { $messages } messages
    } dans { $files ->
        [one] { $files } fichier
       *[other] { $files } fichiers
    } ; les dates sont au format { $format } (choisissez le même lors de l’import).

## almanac publish, almanac caldav

# $folder: the data folder.
cli-publish-stopped = Publication du calendrier de { $folder } arrêtée.
# publish without --out or --stop.
cli-publish-needs-out = indiquez --out FILE, ou --stop
# $count: the events written; $file: the .ics kept current.
cli-published = { $count ->
        [one] { $count } événement publié
       *[other] { $count } événements publiés
    } dans { $file } ; le fichier est réécrit après chaque modification.
cli-caldav-stopped = Envoi du calendrier arrêté ; ses événements restent sur le serveur.
# caldav --push when no calendar is pushed.
cli-caldav-not-pushed = le calendrier n’est pas envoyé vers un serveur
# After a push. $report: cli-caldav-report.
cli-caldav-pushed = Calendrier envoyé : { $report }.
# After the first push to a collection. $url: the collection; $report: cli-caldav-report.
cli-caldav-pushed-to = Calendrier envoyé vers { $url } : { $report }.
# What a push did to the server's events, each a count.
cli-caldav-report = nouveaux : { $created }, modifiés : { $updated }, supprimés : { $deleted }, rétablis : { $restored }, inchangés : { $unchanged }
cli-caldav-password-kept = Le mot de passe est conservé dans le trousseau de clés du système ; le calendrier est envoyé après chaque modification.
# The keyring could not keep the password. $reason: why; $variable: the environment variable read instead.
cli-caldav-password-not-kept = { $reason }. Les prochains envois liront { $variable } à la place.
# No password anywhere. $variable: the environment variable that may hold it.
cli-caldav-no-password = aucun mot de passe : indiquez --password-stdin, ou définissez { $variable }
# Standard input could not be read. $reason: what the system said.
cli-password-unreadable = impossible de lire le mot de passe : { $reason }

## almanac backup, almanac restore, almanac import plan

# $folder: the plan's folder; $file: the copy written.
cli-backed-up = Plan de { $folder } sauvegardé dans { $file }.
# restore while a window is open on the plan. $folder: the plan's folder.
cli-restore-window-open = Almanac a ouvert { $folder } ; fermez sa fenêtre (ou utilisez-y Fichier → Restaurer à partir d’une sauvegarde…), puis réessayez
# $file: the copy restored; $snapshot: the snapshot of the plan as it was.
cli-restored-over = Copie { $file } restaurée ; le plan tel qu’il était est conservé dans { $snapshot }.
# $file: the copy restored; $folder: the data folder, which had no plan.
cli-restored-into = Copie { $file } restaurée dans { $folder }.
# $count: the rows set aside; $report: the report that lists them.
cli-restore-set-aside = { $count ->
        [one] { $count } ligne illisible pour Almanac a été mise de côté dans { $report }.
       *[other] { $count } lignes illisibles pour Almanac ont été mises de côté dans { $report }.
    }
# $count: the records read; $file: the JSON read; $folder: the data folder.
cli-imported-json = Plan complet ({ $count ->
        [one] { $count } enregistrement
       *[other] { $count } enregistrements
    }) importé depuis { $file } dans { $folder }.

## almanac import ics

# One day or span of days a calendar file adds. $days: the day, or cli-import-days; $name: the event's name.
cli-import-date = { $days }  { $name }
# The same, for an event the plan already has.
cli-import-date-known = { $days }  { $name }  (déjà dans le plan)
# A span of days. $from, $to: the first and last day.
cli-import-days = { $from } – { $to }
# An event or row not taken. $reason: why.
cli-import-left-out = écarté : { $reason }
# $count: the dates; $source: the calendar's name.
cli-import-dates-dry-run = { $count ->
        [one] { $count } date serait ajoutée depuis { $source } ; rien n’a été enregistré.
       *[other] { $count } dates seraient ajoutées depuis { $source } ; rien n’a été enregistré.
    }
cli-import-dates-added = { $count ->
        [one] { $count } date ajoutée depuis { $source } en une seule modification annulable.
       *[other] { $count } dates ajoutées depuis { $source } en une seule modification annulable.
    }

## almanac import partners, almanac import items, almanac import results

# A row refused. $line: its line in the file; $reason: why.
cli-import-line-error = ligne { $line } : { $reason }
# $count: the rows refused.
cli-import-has-errors = { $count ->
        [one] { $count } ligne comporte des erreurs ; rien n’a été importé
       *[other] { $count } lignes comportent des erreurs ; rien n’a été importé
    }
# $count: the rows, all already in the plan.
cli-import-nothing = { $count ->
        [one] Rien à importer : la ligne figure déjà dans le plan.
       *[other] Rien à importer : les { $count } lignes figurent déjà dans le plan.
    }
# $count: the rows left out as already in the plan.
cli-import-skipped = { $count ->
        [one] { $count } ligne figure déjà dans le plan et est écartée.
       *[other] { $count } lignes figurent déjà dans le plan et sont écartées.
    }
# $kind: partner or item; $count: how many; $file: the file read.
cli-import-rows-dry-run = { $kind ->
        [partner] { $count ->
            [one] { $count } partenaire serait importé depuis { $file } ; rien n’a été enregistré.
           *[other] { $count } partenaires seraient importés depuis { $file } ; rien n’a été enregistré.
        }
       *[item] { $count ->
            [one] { $count } contenu serait importé depuis { $file } ; rien n’a été enregistré.
           *[other] { $count } contenus seraient importés depuis { $file } ; rien n’a été enregistré.
        }
    }
cli-import-rows-done = { $kind ->
        [partner] { $count ->
            [one] { $count } partenaire importé depuis { $file } en une seule modification annulable.
           *[other] { $count } partenaires importés depuis { $file } en une seule modification annulable.
        }
       *[item] { $count ->
            [one] { $count } contenu importé depuis { $file } en une seule modification annulable.
           *[other] { $count } contenus importés depuis { $file } en une seule modification annulable.
        }
    }
# A row of analytics. $line: its line; $day: the post's day; $post: the post's address; $found: what it matched.
cli-results-row = ligne { $line } : { $day } { $post } { $found }
cli-results-row-error = erreur : { $reason }
cli-results-row-left-out = écartée : { $reason }
# The row's post is the plan item $title.
cli-results-row-linked = → { $title }
cli-results-row-confirmed = → { $title } (proposé, confirmé)
cli-results-row-proposed = ? { $title } (proposé ; --accept-proposed pour l’associer)
cli-results-row-unmatched = aucun contenu
# One metric's total. $metric: its name (results-metric-…); $value: the total.
cli-results-total = { $metric } { $value }
# $source: the platform; the counts; $totals: each cli-results-total, joined by list-separator.
cli-results-summary = Export { $source } : lignes associées : { $linked }, proposées : { $proposed }, sans contenu : { $unmatched }, remplaçant des chiffres importés auparavant : { $replaced } ; totaux : { $totals }
cli-results-dry-run = Rien n’a été enregistré (--dry-run).
# $count: the rows imported; $file: the file read.
cli-results-imported = { $count ->
        [one] Chiffres de { $count } ligne importés depuis { $file } en une seule modification annulable.
       *[other] Chiffres de { $count } lignes importés depuis { $file } en une seule modification annulable.
    }

## almanac check

# The year's counts of findings, each by severity.
cli-check-counts = { $year } : { $errors ->
        [one] { $errors } erreur
       *[other] { $errors } erreurs
    }, { $warnings ->
        [one] { $warnings } avertissement
       *[other] { $warnings } avertissements
    }, { $notes ->
        [one] { $notes } remarque
       *[other] { $notes } remarques
    }.
# A finding's severity, at the start of its line.
cli-check-error = erreur
cli-check-warning = avertissement
cli-check-note = remarque
# What would fix the finding, after it. $fix: the fix.
cli-check-fix = — { $fix }
cli-check-coverage = Couverture :
# An objective with no coverage rule. $name: the objective.
cli-check-no-rule = { $name } : aucune règle de couverture
# An objective's coverage. $name: the objective; $score: the percentage (a number as the language writes it).
cli-check-score = { $name } : { $score } %
# One rule of an objective. $label: the rule; $score: its percentage; $gaps: the periods short of it.
cli-check-rule = { $label } : { $score } %, { $gaps ->
        [one] { $gaps } période insuffisante
       *[other] { $gaps } périodes insuffisantes
    }

## almanac server …, almanac sync

# sync with no server known. The address is an example to type.
cli-sync-needs-server = indiquez le serveur de l’équipe : --server postgresql://member@host/database
# The keyring could not keep the password. $reason: why; $variable: the environment variable read instead.
cli-sync-password-not-kept = { $reason }. Les prochaines synchronisations liront { $variable } à la place.
# $address: the team's server.
cli-sync-joined = Plan de l’équipe rejoint sur { $address }.
# $pushed: changes sent; $pulled: changes taken; $rows: the rows they changed.
cli-sync-moved = { $pushed ->
        [one] { $pushed } modification envoyée
       *[other] { $pushed } modifications envoyées
    } ; { $pulled ->
        [one] { $pulled } reçue
       *[other] { $pulled } reçues
    } de l’équipe, modifiant { $rows ->
        [one] { $rows } ligne
       *[other] { $rows } lignes
    }.
cli-sync-waiting = { $count ->
        [one] { $count } modification attend sur cet ordinateur (les modifications des lecteurs ne sont pas acceptées).
       *[other] { $count } modifications attendent sur cet ordinateur (les modifications des lecteurs ne sont pas acceptées).
    }
cli-sync-conflicts = { $count ->
        [one] { $count } conflit à régler dans Paramètres → Synchronisation d’équipe.
       *[other] { $count } conflits à régler dans Paramètres → Synchronisation d’équipe.
    }
# The network could not start. $reason: what the system said.
cli-network-failed = impossible de démarrer l’environnement réseau : { $reason }
# server init. $plan: the plan's id; $address: the server; $version: the schema version.
cli-server-created = Plan de l’équipe { $plan } créé sur { $address } (version du schéma : { $version }).
cli-server-up-to-date = { $address } est à jour (version du schéma : { $version }).
# $from, $to: the schema versions.
cli-server-upgraded = { $address } mis à jour de la version { $from } du schéma à la version { $to }.
# server add-member. $name: the member; $role: editor or viewer; $login: their server role.
cli-member-added = Membre { $name } ajouté avec le rôle { $role ->
        [viewer] de lecteur
       *[editor] de rédacteur
    } ({ $login }).
cli-member-hand-over = Transmettez-lui ces informations par un moyen sûr (le mot de passe n’est affiché qu’une seule fois, maintenant) :
# The two lines to hand over; keep the values aligned.
cli-member-server = { "  " }Serveur :      { $server }
cli-member-password = { "  " }Mot de passe : { $password }
# A scope of --approves that is not one. $value: what was typed.
cli-member-approves-unknown = --approves { $value } : écrivez everything, brand:NAME, channel:HANDLE ou nothing
# server set-member. $member: the member's server role.
cli-member-changed = { $member } modifié.

## The words clap, the command-line library, puts around the help texts of cli-help.ftl.

# Before the command's usage line.
cli-help-usage = Utilisation :
# Headings of the help's lists.
cli-help-commands = Commandes
cli-help-options = Options
cli-help-arguments = Arguments
# The placeholder for a subcommand in the usage line (upper case, as a placeholder is written).
cli-help-command = COMMANDE
cli-help-help = Afficher l’aide
cli-help-version = Afficher la version
# After an option's help: the values it takes. $choices: the values, joined by list-separator.
cli-help-choices = [valeurs possibles : { $choices }]
# After an option's help: the value it takes when not given. $value: the value.
cli-help-default = [par défaut : { $value }]

## Arguments the command line refuses (typed wrong), each followed by the usage line and
## cli-usage-more. $arg: an option as typed (--out <FILE>); $value: a value as typed.

# An option given twice.
cli-usage-repeated = { $arg } ne peut être indiqué qu’une seule fois
# Two options that exclude each other. $other: the options given before, joined by list-separator.
cli-usage-conflict = { $arg } ne peut pas être utilisé avec { $other }
# A value that is not one of the option's choices. $choices: joined by list-separator.
cli-usage-invalid-value = « { $value } » n’est pas une valeur de { $arg } ; valeurs possibles : { $choices }
# An option given without its value.
cli-usage-needs-value = { $arg } nécessite une valeur
# $command: the word typed.
cli-usage-unknown-command = la commande « { $command } » n’existe pas
cli-usage-unknown-argument = { $arg } n’est pas une option de cette commande
# Options that must be given. $args: joined by list-separator.
cli-usage-missing = indiquez { $args }
# A command that needs a subcommand. $command: the command; $commands: its subcommands, joined by list-separator.
cli-usage-missing-command = { $command } doit être suivi de l’une de ces commandes : { $commands }
# A value the option refused. $reason: why (already a sentence).
cli-usage-bad-value = « { $value } » pour { $arg } : { $reason }
cli-usage-values = { $arg } a reçu un nombre de valeurs incorrect
# What the refused argument was perhaps meant to be. $suggestion: an option or command as typed.
cli-usage-suggested = vouliez-vous dire { $suggestion } ?
# The last line. $help: the option that prints help (--help).
cli-usage-more = Pour en savoir plus, ajoutez { $help }.
