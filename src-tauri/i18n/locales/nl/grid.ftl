## Het planningsraster (het raster van de Kalender): de werkbalk, de rijen en cellen, en het venster ‘Verplaatsen naar…’.

## De werkbalk boven het raster.

# De groep knoppen die de getoonde periode verschuift (vorige, vandaag, volgende).
grid-toolbar-window = Periode
grid-toolbar-previous = ‹ Vorige
grid-toolbar-today = Vandaag
grid-toolbar-next = Volgende ›
# De groep knoppen die kiest hoeveel dagen het raster toont.
grid-toolbar-days-shown = Getoonde dagen
grid-span-week = Week
grid-span-fortnight = Twee weken
grid-span-month = Maand
# De keuze wat de rijen van het raster zijn.
grid-toolbar-rows = Rijen
grid-rows-channel = Kanalen
grid-rows-campaign = Campagnes
grid-rows-owner = Eigenaren
# De titel van een week of twee weken. $from: de eerste dag ("3 mei"); $to: de laatste dag, met het jaar ("9 mei 2027").
grid-window-range = { $from } – { $to }

## Het raster.

# De rij met items zonder campagne (rijen per campagne).
grid-no-campaign = Geen campagne
# De rij met items zonder eigenaar (rijen per eigenaar).
grid-unassigned = Niet toegewezen
# Verbergt een foutmelding boven het raster.
grid-dismiss = Sluiten
# De toegankelijke naam van het raster. $rows: wat de rijen zijn (channel, campaign of owner); $period: de titel van de werkbalk.
grid-label = Planningsraster: { $rows ->
        [campaign] campagnes
        [owner] eigenaren
       *[channel] kanalen
    } per dag, { $period }
# Naast de naam van een merk in de groepsrij: hoeveel kanalen het heeft.
grid-group-channels = { $count ->
        [one] { $count } kanaal
       *[other] { $count } kanalen
    }
# Een cel zoals een schermlezer die voorleest. $day: de dag; $row: het kanaal, de campagne of de persoon van de rij;
# $count: de items in de cel; $limit: het aantal items dat het kanaal per dag toestaat;
# $use: "within" of "over" de limiet, of "none" als de rij geen limiet heeft; $blackout: "yes" in een stilteperiode, anders "no".
grid-cell-label = { $day }, { $row }: { $count ->
        [one] { $count } item
       *[other] { $count } items
    }{ $use ->
        [over] { " " }van maximaal { $limit }, boven de daglimiet
        [within] { " " }van maximaal { $limit }
       *[none] { "" }
    }{ $blackout ->
        [yes] , in een stilteperiode
       *[no] { "" }
    }
# De tooltip bij het gebruik van de daglimiet van een kanaal ("2/3"). $used: items die een plek innemen; $limit: toegestane items per dag.
grid-cell-use = { $used } van { $limit } per dag
# De toegankelijke naam van een item in een cel. $line: wat de regel toont, dat voorop moet blijven; $description: de volledige beschrijving.
grid-line-description = : { $description }
grid-hint = Met de pijltjestoetsen ga je van cel naar cel; Enter opent de items van een cel (of voegt er een toe aan een lege cel); M verplaatst het geselecteerde item en R biedt het ter goedkeuring aan; Escape gaat terug naar de cel.

## Het venster ‘Verplaatsen naar…’: wat slepen doet, met het toetsenbord.

# De titel van het venster zolang er geen item gekozen is.
grid-move-dialog = Verplaatsen
# De titel van het venster. $title: de titel van het item.
grid-move-title = “{ $title }” verplaatsen
grid-move-to = Verplaatsen naar
grid-move-kind-day = Een dag (hele dag)
grid-move-kind-time = Een tijdstip op een dag
grid-move-kind-backlog = De ideeënlijst
grid-move-date = Datum
# $zone: de tijdzone van het plan ("Europe/Amsterdam").
grid-move-time = Tijd ({ $zone })
grid-move-channel = Kanaal
# Boven de lijst met bevindingen die de verplaatsing zou opleveren. $count: hoeveel.
grid-move-preview = Deze verplaatsing zou { $count ->
        [one] { $count } bevinding
       *[other] { $count } bevindingen
    } opleveren:
# De ernst van een bevinding in die lijst. $severity: error, warning of info.
grid-move-severity = { $severity ->
        [error] fout
        [info] info
       *[warning] waarschuwing
    }
grid-move-cancel = Annuleren
grid-move-submit = Verplaatsen
