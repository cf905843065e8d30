## The Plan view (the year's timeline of campaigns and the year's plan), Export → Annual plan,
## the first-run welcome, Help → About, and the crisis pause (its dialog and its banner).

## The Plan view's toolbar and timeline.

plan-title = Planning
# The group of buttons that go to the previous and next year.
plan-year-nav = Jaar
plan-previous-year = Vorig jaar
plan-next-year = Volgend jaar
plan-group-by = Groeperen op
# The choices of Group by, here and in Export → Annual plan.
plan-group-objective = Doelstelling
plan-group-channel = Kanaal
plan-group-brand = Merk
# The key dates filter, when every category is shown.
plan-key-dates-all = Belangrijke data: alle
# The key dates filter, when some categories are hidden. $count: how many categories are shown.
plan-key-dates-some = Belangrijke data ({ $count })
plan-show-key-dates = Belangrijke data tonen
plan-export-pdf = PDF exporteren…
# The tooltip of a blackout's band on the timeline. $name: the blackout.
plan-blackout = Stilteperiode: { $name }
# The tooltip of the line marking today on the timeline.
plan-today = Vandaag
# The accessible name of the timeline's axis. $year: the year shown (2027).
plan-key-dates-in = Belangrijke data in { $year }
# A key date's mark on the axis. $date: its day (YYYY-MM-DD); $name: the key date.
plan-key-date = { $date }: { $name }
# The accessible name and tooltip of a campaign's bar; its visible text (the name, then the
# count) must start it. $name: the campaign; $findings: how many findings its items have (0: none);
# $flagship: "yes" for a flagship campaign, else "no"; $start, $end: its first and last day (YYYY-MM-DD).
plan-bar-label = { $flagship ->
        [yes] { $findings ->
            [0] { $name } (vlaggenschip), { $start } t/m { $end }. Enter om te openen, M om de looptijd te verplaatsen of aan te passen.
            [one] { $name } { $findings } bevinding bij de items (vlaggenschip), { $start } t/m { $end }. Enter om te openen, M om de looptijd te verplaatsen of aan te passen.
           *[other] { $name } { $findings } bevindingen bij de items (vlaggenschip), { $start } t/m { $end }. Enter om te openen, M om de looptijd te verplaatsen of aan te passen.
        }
       *[no] { $findings ->
            [0] { $name }, { $start } t/m { $end }. Enter om te openen, M om de looptijd te verplaatsen of aan te passen.
            [one] { $name } { $findings } bevinding bij de items, { $start } t/m { $end }. Enter om te openen, M om de looptijd te verplaatsen of aan te passen.
           *[other] { $name } { $findings } bevindingen bij de items, { $start } t/m { $end }. Enter om te openen, M om de looptijd te verplaatsen of aan te passen.
        }
    }
# $year: the year shown (2027).
plan-no-campaigns = Geen campagnes in { $year }.

## The year's plan above the timeline: what the one-page annual plan leads with.

# The status line after saving. $year: the plan's year (2027).
plan-year-saved = Plan voor { $year } opgeslagen
# $year: the plan's year (2027).
plan-year-heading = Het plan voor { $year }
plan-year-title = Titel
plan-year-core-messages = Kernboodschappen
plan-year-priorities = Bestuurlijke prioriteiten
plan-year-flagships = Vlaggenschipprojecten
# The hint under each list: one entry a line.
plan-year-one-a-line = Eén per regel
plan-year-save = Plan opslaan

## Export → Annual plan: the one-page PDF.

# The suggested file name. $year: the plan's year (2027).
plan-export-file-name = jaarplan { $year }.pdf
# The suggested file name. $organisation: the organisation's name from Settings; $year: the plan's year (2027).
plan-export-file-name-of = { $organisation } jaarplan { $year }.pdf
# The status line after export. $year: the plan's year (2027); $path: the PDF's full path.
plan-export-saved = Jaarplan { $year } opgeslagen in { $path }.
plan-export-title = Jaarplan exporteren
plan-export-year = Jaar
plan-export-group-by = Campagnes groeperen op
# The legend of the choice of page orientation.
plan-export-page = Pagina
plan-export-landscape = A4 liggend
plan-export-portrait = A4 staand
# Under the file's path; "Choose…" is the button beside it.
plan-export-save-hint = Een nieuwe PDF in Documenten; met Kiezen… sla je hem elders op of vervang je een bestand.
# The accessible name of the progress bar while exporting.
plan-export-exporting = Bezig met exporteren
plan-export-typesetting = Jaarplan wordt opgemaakt…
# Under the form after export. $count: the campaigns on the page; $path: where the PDF was saved (set as code).
plan-export-saved-page = { $count ->
        [one] Eén A4-pagina met { $count } campagne opgeslagen in { $path }.
       *[other] Eén A4-pagina met { $count } campagnes opgeslagen in { $path }.
    }
plan-export-open = PDF openen
# Closes the dialog after export.
plan-export-done = Gereed
plan-export-cancel = Annuleren
plan-export-submit = Exporteren

## First run: the welcome on an empty plan.

# The status line after loading the sample plan. $campaigns, $items: how many it holds.
welcome-sample-loaded = Voorbeeldplan geladen: { $campaigns ->
        [one] { $campaigns } campagne
       *[other] { $campaigns } campagnes
    }, { $items ->
        [one] { $items } item
       *[other] { $items } items
    }.
welcome-title = Plan je socialemediajaar
welcome-intro = Almanac bewaart je campagnes, samenwerkingen met partners en contentkalender voor alle kanalen in één plan, op deze laptop. Begin met een realistisch voorbeeldplan van het communicatieteam van de politie, richt je eigen merken en kanalen in, of sluit je aan bij het plan dat je team op zijn server deelt.
welcome-loading-sample = Voorbeeldplan wordt geladen…
welcome-load-sample = Voorbeeldplan laden
welcome-start-empty = Beginnen met een leeg plan
welcome-join-team = Aansluiten bij het plan van je team

## Help → About.

about-title = Over Almanac
# $version: the version number, set in bold (1.4.0).
about-version = Almanac { $version } — het socialemediajaar van een communicatieteam plannen.
# Labels of the folders and files shown, each followed by its path.
about-data-dir = Je plan staat in
about-plan-file = Het planbestand
about-log = Het logboek
# After the log folder's path. $menu: the Help menu's name; $item: its item that opens the log folder (as the menu bar names them).
about-log-menu = ({ $menu } → { $item })
# $option: the command-line option --data-dir (set as code).
about-moving = Back-ups worden in dezelfde map bewaard. Wil je het plan naar een nieuwe laptop verhuizen, sluit dan Almanac en kopieer de hele map naar dezelfde plek op de nieuwe laptop (of start Almanac daar met { $option } dat naar de map verwijst).
about-close = Sluiten

## The crisis pause: its dialog (Pause… in the bar) and the banner while it is in force.

# The status line after pausing. $count: the items put on hold; $reason: the reason, as typed.
pause-paused = { $count ->
        [one] { $count } item gepauzeerd: { $reason }. Ongedaan maken met Ctrl+Z.
       *[other] { $count } items gepauzeerd: { $reason }. Ongedaan maken met Ctrl+Z.
    }
pause-title = Geplande content pauzeren
pause-hint = Alle items die in deze periode gepland staan, worden in één keer gepauzeerd. Hervatten zet ze terug op hun datum, of verplaatst ze naar na de periode.
pause-reason = Reden
pause-reason-placeholder = Groot incident: alle reguliere berichten gepauzeerd
# The start of the pause (a date and time).
pause-from = Van
# The end of the pause (a date and time).
pause-until = Tot
pause-channels = Kanalen (niets aangevinkt: alle kanalen)
# The status line after "Resume after the pause".
pause-resumed-reflow = Hervat: gepauzeerde items zijn verplaatst naar na de pauze.
# The status line after "Resume as planned".
pause-resumed-restore = Hervat: gepauzeerde items staan weer op hun datum.
# The accessible name of the banner.
pause-banner-label = Crisispauze
# The banner's first word, in bold, before what is held.
pause-banner-paused = Gepauzeerd:
# The banner, for a pause of every channel. $reason: the reason, as typed; $count: the items on hold;
# $from, $until: when the pause starts and ends (date and time, already formatted).
pause-banner-held-every = { $count ->
        [one] { $reason }. { $count } item gepauzeerd van { $from } tot { $until } op alle kanalen.
       *[other] { $reason }. { $count } items gepauzeerd van { $from } tot { $until } op alle kanalen.
    }
# The banner, for a pause of some channels. As above; $channels: how many channels it holds.
pause-banner-held-channels = { $count ->
        [one] { $reason }. { $count } item gepauzeerd van { $from } tot { $until } op { $channels ->
            [one] { $channels } kanaal
           *[other] { $channels } kanalen
        }.
       *[other] { $reason }. { $count } items gepauzeerd van { $from } tot { $until } op { $channels ->
            [one] { $channels } kanaal
           *[other] { $channels } kanalen
        }.
    }
pause-resume-restore = Hervatten zoals gepland
pause-resume-reflow = Hervatten na de pauze

## The Plan view's and the annual plan's group of campaigns with none of what the rows are.

timeline-none-objective = Geen doelstelling
timeline-none-channel = Geen kanaal
timeline-none-brand = Geen merk
