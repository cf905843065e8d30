## De planning als spreadsheet (XLSX en CSV), in de taal van de planning. De import van items leest deze kolomkoppen in elke taal terug, dus elke kop verschilt van de andere.

# Het ene werkblad (hoogstens 31 tekens, geen : \ / ? * [ ]).
grid-export-sheet = Planning
grid-export-column-date = Datum
grid-export-column-time = Tijd
grid-export-column-channel = Kanaal
grid-export-column-brand = Merk
grid-export-column-campaign = Campagne
grid-export-column-format = Vorm
grid-export-column-status = Status
grid-export-column-owner = Eigenaar
grid-export-column-title = Titel
# De tekst van het bericht.
grid-export-column-copy = Tekst
grid-export-column-objectives = Doelstellingen
grid-export-column-hashtags = Hashtags
grid-export-column-link = Link
