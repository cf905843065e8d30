## The Plan view (the year's timeline of campaigns and the year's plan), Export → Annual plan,
## the first-run welcome, Help → About, and the crisis pause (its dialog and its banner).

## The Plan view's toolbar and timeline.

plan-title = Plan
# The group of buttons that go to the previous and next year.
plan-year-nav = Année
plan-previous-year = Année précédente
plan-next-year = Année suivante
plan-group-by = Regrouper par
# The choices of Group by, here and in Export → Annual plan.
plan-group-objective = Objectif
plan-group-channel = Canal
plan-group-brand = Marque
# The key dates filter, when every category is shown.
plan-key-dates-all = Dates clés : toutes
# The key dates filter, when some categories are hidden. $count: how many categories are shown.
plan-key-dates-some = Dates clés ({ $count })
plan-show-key-dates = Afficher les dates clés
plan-export-pdf = Exporter en PDF…
# The tooltip of a blackout's band on the timeline. $name: the blackout.
plan-blackout = Période de silence : { $name }
# The tooltip of the line marking today on the timeline.
plan-today = Aujourd’hui
# The accessible name of the timeline's axis. $year: the year shown (2027).
plan-key-dates-in = Dates clés en { $year }
# A key date's mark on the axis. $date: its day (YYYY-MM-DD); $name: the key date.
plan-key-date = { $date } : { $name }
# The accessible name and tooltip of a campaign's bar; its visible text (the name, then the
# count) must start it. $name: the campaign; $findings: how many findings its items have (0: none);
# $flagship: "yes" for a flagship campaign, else "no"; $start, $end: its first and last day (YYYY-MM-DD).
plan-bar-label = { $flagship ->
        [yes] { $findings ->
            [0] { $name } (campagne phare), du { $start } au { $end }. Entrée pour l’ouvrir, M pour déplacer ou redimensionner sa période.
            [one] { $name } { $findings } constat sur ses contenus (campagne phare), du { $start } au { $end }. Entrée pour l’ouvrir, M pour déplacer ou redimensionner sa période.
           *[other] { $name } { $findings } constats sur ses contenus (campagne phare), du { $start } au { $end }. Entrée pour l’ouvrir, M pour déplacer ou redimensionner sa période.
        }
       *[no] { $findings ->
            [0] { $name }, du { $start } au { $end }. Entrée pour l’ouvrir, M pour déplacer ou redimensionner sa période.
            [one] { $name } { $findings } constat sur ses contenus, du { $start } au { $end }. Entrée pour l’ouvrir, M pour déplacer ou redimensionner sa période.
           *[other] { $name } { $findings } constats sur ses contenus, du { $start } au { $end }. Entrée pour l’ouvrir, M pour déplacer ou redimensionner sa période.
        }
    }
# $year: the year shown (2027).
plan-no-campaigns = Aucune campagne en { $year }.

## The year's plan above the timeline: what the one-page annual plan leads with.

# The status line after saving. $year: the plan's year (2027).
plan-year-saved = Plan { $year } enregistré
# $year: the plan's year (2027).
plan-year-heading = Le plan { $year }
plan-year-title = Titre
plan-year-core-messages = Messages clés
plan-year-priorities = Priorités de la direction
plan-year-flagships = Projets phares
# The hint under each list: one entry a line.
plan-year-one-a-line = Un par ligne
plan-year-save = Enregistrer le plan

## Export → Annual plan: the one-page PDF.

# The suggested file name. $year: the plan's year (2027).
plan-export-file-name = plan annuel { $year }.pdf
# The suggested file name. $organisation: the organisation's name from Settings; $year: the plan's year (2027).
plan-export-file-name-of = { $organisation } plan annuel { $year }.pdf
# The status line after export. $year: the plan's year (2027); $path: the PDF's full path.
plan-export-saved = Plan annuel { $year } enregistré dans { $path }.
plan-export-title = Exporter le plan annuel
plan-export-year = Année
plan-export-group-by = Regrouper les campagnes par
# The legend of the choice of page orientation.
plan-export-page = Page
plan-export-landscape = A4 paysage
plan-export-portrait = A4 portrait
# Under the file's path; "Choose…" is the button beside it.
plan-export-save-hint = Un nouveau PDF dans Documents ; Choisir… l’enregistre ailleurs ou remplace un fichier.
# The accessible name of the progress bar while exporting.
plan-export-exporting = Exportation en cours
plan-export-typesetting = Mise en page du plan annuel…
# Under the form after export. $count: the campaigns on the page; $path: where the PDF was saved (set as code).
plan-export-saved-page = { $count ->
        [one] Une page A4 avec { $count } campagne enregistrée dans { $path }.
       *[other] Une page A4 avec { $count } campagnes enregistrée dans { $path }.
    }
plan-export-open = Ouvrir le PDF
# Closes the dialog after export.
plan-export-done = Terminé
plan-export-cancel = Annuler
plan-export-submit = Exporter

## First run: the welcome on an empty plan.

# The status line after loading the sample plan. $campaigns, $items: how many it holds.
welcome-sample-loaded = Plan d’exemple chargé : { $campaigns ->
        [one] { $campaigns } campagne
       *[other] { $campaigns } campagnes
    }, { $items ->
        [one] { $items } contenu
       *[other] { $items } contenus
    }.
welcome-title = Planifiez votre année sur les réseaux sociaux
welcome-intro = Almanac réunit vos campagnes, vos collaborations avec des partenaires et votre calendrier éditorial, pour tous les canaux, dans un seul plan sur cet ordinateur. Partez d’un plan d’exemple réaliste, celui du service communication d’une police, configurez vos propres marques et canaux, ou rejoignez le plan que votre équipe partage sur son serveur.
welcome-loading-sample = Chargement du plan d’exemple…
welcome-load-sample = Charger le plan d’exemple
welcome-start-empty = Commencer avec un plan vide
welcome-join-team = Rejoindre le plan de votre équipe

## Help → About.

about-title = À propos d’Almanac
# $version: the version number, set in bold (1.4.0).
about-version = Almanac { $version } — planifier l’année d’une équipe de communication sur les réseaux sociaux.
# Labels of the folders and files shown, each followed by its path.
about-data-dir = Votre plan se trouve dans
about-plan-file = Le fichier du plan
about-log = Le journal
# After the log folder's path. $menu: the Help menu's name; $item: its item that opens the log folder (as the menu bar names them).
about-log-menu = ({ $menu } → { $item })
# $option: the command-line option --data-dir (set as code).
about-moving = Les sauvegardes sont conservées dans le même dossier. Pour transférer le plan sur un nouvel ordinateur, fermez Almanac et copiez tout le dossier au même emplacement sur le nouvel ordinateur (ou lancez-y Almanac avec { $option } pointant vers ce dossier).
about-close = Fermer

## The crisis pause: its dialog (Pause… in the bar) and the banner while it is in force.

# The status line after pausing. $count: the items put on hold; $reason: the reason, as typed.
pause-paused = { $count ->
        [one] { $count } contenu suspendu : { $reason }. Annulez avec Ctrl+Z.
       *[other] { $count } contenus suspendus : { $reason }. Annulez avec Ctrl+Z.
    }
pause-title = Suspendre les contenus programmés
pause-hint = Tous les contenus prévus pendant la période sont suspendus d’un coup. La reprise les rétablit à leurs dates, ou les reporte après la période.
pause-reason = Motif
pause-reason-placeholder = Incident majeur : toutes les publications courantes suspendues
# The start of the pause (a date and time).
pause-from = Début
# The end of the pause (a date and time).
pause-until = Fin
pause-channels = Canaux (aucun coché : tous les canaux)
# The status line after "Resume after the pause".
pause-resumed-reflow = Reprise : les contenus suspendus ont été reportés après la pause.
# The status line after "Resume as planned".
pause-resumed-restore = Reprise : les contenus suspendus retrouvent leurs dates.
# The accessible name of the banner.
pause-banner-label = Pause de crise
# The banner's first word, in bold, before what is held.
pause-banner-paused = Suspendu :
# The banner, for a pause of every channel. $reason: the reason, as typed; $count: the items on hold;
# $from, $until: when the pause starts and ends (date and time, already formatted).
pause-banner-held-every = { $count ->
        [one] { $reason }. { $count } contenu suspendu du { $from } au { $until } sur tous les canaux.
       *[other] { $reason }. { $count } contenus suspendus du { $from } au { $until } sur tous les canaux.
    }
# The banner, for a pause of some channels. As above; $channels: how many channels it holds.
pause-banner-held-channels = { $count ->
        [one] { $reason }. { $count } contenu suspendu du { $from } au { $until } sur { $channels ->
            [one] { $channels } canal
           *[other] { $channels } canaux
        }.
       *[other] { $reason }. { $count } contenus suspendus du { $from } au { $until } sur { $channels ->
            [one] { $channels } canal
           *[other] { $channels } canaux
        }.
    }
pause-resume-restore = Reprendre comme prévu
pause-resume-reflow = Reprendre après la pause

## The Plan view's and the annual plan's group of campaigns with none of what the rows are.

timeline-none-objective = Sans objectif
timeline-none-channel = Sans canal
timeline-none-brand = Sans marque
