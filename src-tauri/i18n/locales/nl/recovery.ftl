## The page shown in place of the window when the plan cannot be opened, with the backups found beside it.

recovery-title = Almanac kon het plan niet openen
# $path: the plan file's full path (set in code type).
recovery-path = Het planbestand is { $path }. Er is niets aan veranderd.
recovery-backups = Back-ups naast het plan
recovery-backups-intro = Almanac kopieert het plan vóór elke upgrade. Bij het herstellen van een back-up blijft het beschadigde bestand ernaast staan, met een andere naam, zodat er niets verloren gaat.
# The button beside each backup's file name.
recovery-restore = Deze back-up herstellen
recovery-no-backup = Er is geen back-up naast gevonden. Herstel het bestand uit je eigen back-ups, of verplaats het om met een nieuw plan te beginnen.
