## De audittrail voor de archivaris of informatiebeheerder (pdf en csv), in de taal van de planning.

# De titel in de eigenschappen van de pdf. $from, $to: eerste en laatste dag van de periode, voluit.
audit-document-title = Audittrail { $from } t/m { $to }
# De kop van elke pagina. $organisation: van wie het plan is.
audit-heading = Audittrail · { $organisation }
# Naast de kop. $from, $to: eerste en laatste dag van de periode, voluit.
audit-period = { $from } t/m { $to }
# Onder de kop. $zone: de tijdzone van de planning; $made: wanneer de audittrail is gemaakt.
audit-explainer = Elk item met een datum in de periode: wanneer en door wie het voor het eerst op die dag is gepland, en elke wijziging daarna. Tijden in { $zone }. Gemaakt op { $made }.
# De voettekst van elke pagina. $organisation: van wie het plan is; $from, $to: de periode.
audit-footer = { $organisation } · Audittrail { $from } t/m { $to }
# Het paginanummer in de voettekst. $page: deze pagina; $pages: het aantal pagina's.
audit-page-of = Pagina { $page } van { $pages }
audit-nothing = Er is geen item met een datum in deze periode.
# De kolommen van de tabel (ook die van de csv).
audit-column-item = Item
audit-column-channel = Kanaal
audit-column-status = Status
audit-column-goes-out = Publicatiemoment
audit-column-first-planned = Voor het eerst op deze datum gepland
audit-column-later = Latere wijzigingen
# De csv-kolom met het tijdstip van een wijziging. $zone: de tijdzone van de planning.
audit-column-change-at = Tijdstip wijziging ({ $zone })
audit-column-by = Door
audit-column-action = Actie
audit-column-change = Wijziging
audit-column-item-id = Item-ID
# Publicatiemoment van een item in de ideeënlijst: nog geen dag.
audit-in-backlog = In de ideeënlijst
# Een item waarvoor geen wijziging is vastgelegd.
audit-no-recorded-change = Geen wijziging vastgelegd
# De csv-rij van de wijziging die het item voor het eerst op zijn dag plande. $change: wat die deed.
audit-first-planned = Voor het eerst op deze datum gepland: { $change }

## Wat een wijziging met een item deed. $when, $from, $to: een dag, of een dag en tijd, voluit.

audit-change-created-in-backlog = Aangemaakt, in de ideeënlijst
audit-change-created = Aangemaakt, gepland op { $when }
audit-change-deleted = Verwijderd
audit-change-planned = Gepland op { $when }
audit-change-to-backlog = Van { $when } naar de ideeënlijst verplaatst
audit-change-moved = Verplaatst van { $from } naar { $to }
# $from, $to: de status ervoor en erna.
audit-change-status = Status { $from } → { $to }
# $fields: de bewerkte velden ("titel, tekst"), gescheiden door list-separator.
audit-change-edited = Bewerkt: { $fields }
audit-change-none = Geen zichtbare wijziging
audit-change-approved = Goedgekeurd
# $comment: waar de goedkeurder om vroeg.
audit-change-changes-requested = Wijzigingen gevraagd: { $comment }
# Tussen de dingen die één wijziging deed ("Verplaatst …; Status …").
audit-change-separator = { "; " }
# Wat een goedkeurder deed.
audit-action-approve = Goedkeuren
audit-action-request-changes = Om wijzigingen vragen

## Het besluitenlogboek van het planjaar als csv, in de taal van de planning.

decision-log-column-decided-on = Besloten op
decision-log-column-decision = Besluit
decision-log-column-rationale = Onderbouwing
decision-log-column-decided-by = Besloten door
decision-log-column-campaign = Campagne
# Waar het besluit over gaat.
decision-log-column-concerns = Betreft
# In plaats van iets waar het besluit over ging en dat inmiddels is verwijderd. $kind: wat het was.
decision-log-deleted = ({ $kind ->
    [item] verwijderd item
    [campaign] verwijderde campagne
   *[collaboration] verwijderde samenwerking
})
# Tussen de dingen waar één besluit over gaat.
decision-log-separator = { "; " }
