## "In cijfers": de resultaten van een jaar of kwartaal op één pagina (pdf) en als werkmap (xlsx), in de taal van de planning.

# De titel van de pagina. $name: de periode zoals de app die noemt ("2027", "K2 2027").
numbers-title = In cijfers · { $name }
# Onder de titel. $organisation: van wie het plan is; $from, $to: eerste en laatste dag van de periode, voluit.
numbers-subtitle = { $organisation } · { $from } t/m { $to }
# De voettekst links. $organisation: van wie het plan is; $title: de titel van de pagina.
numbers-footer = { $organisation } · { $title } · cijfers uit de statistiekexports van de platforms en de outcomes die het team heeft genoteerd
# De voettekst rechts. $date: de dag waarop de pagina is gemaakt, voluit.
numbers-made = Gemaakt op { $date }
numbers-objectives = Doelstellingen afgezet tegen hun streefwaarden
numbers-no-objectives = Het plan heeft geen doelstellingen.
numbers-column-objective = Doelstelling
numbers-column-metric = Indicator
numbers-column-baseline = Nulmeting
numbers-column-target = Streefwaarde
numbers-column-achieved = Behaald
numbers-column-against-target = t.o.v. streefwaarde
numbers-column-items-out = Items gepubliceerd
numbers-flagship-campaigns = Vlaggenschipcampagnes
numbers-campaigns = Campagnes
numbers-no-campaigns = Geen enkele campagne heeft items in de periode.
numbers-column-campaign = Campagne
numbers-column-impressions = Weergaven
numbers-column-engagements = Interacties
# $metric: de indicator waarop de items zijn gerangschikt ("interacties").
numbers-best-items = Beste items op { $metric }
numbers-no-best = Nog geen enkel item heeft resultaten.
numbers-outcomes = Outcomes
numbers-no-outcomes = Geen outcomes genoteerd in de periode.
numbers-lessons = Leerpunten
numbers-no-lessons = Geen leerpunten genoteerd in de periode.
# Gepubliceerde items van het aantal geplande. $published, $planned: de aantallen, al opgemaakt.
numbers-items-of = { $published } van { $planned }
# Het deel van de streefwaarde dat is behaald. $percent: het getal, al opgemaakt ("87").
numbers-percent = { $percent }%

## De tabbladen en kolommen van de werkmap.

numbers-sheet-summary = Overzicht
numbers-sheet-objectives = Doelstellingen
numbers-sheet-campaigns = Campagnes
numbers-sheet-posts = Berichten
numbers-sheet-notes = Outcomes en leerpunten
numbers-column-platform = Platform
numbers-column-posts = Berichten
# De laatste rij van het overzicht: alle platforms samen.
numbers-all-platforms = Alle
numbers-column-level = Evaluatieniveau
numbers-column-items-planned = Items gepland
numbers-column-items-published = Items gepubliceerd
numbers-column-flagship = Vlaggenschip
numbers-column-day = Datum
numbers-column-post = Bericht
numbers-column-permalink = Permalink
numbers-column-item = Item
numbers-column-source = Bron
numbers-column-kind = Soort
numbers-column-about = Betreft
numbers-column-what = Omschrijving
numbers-column-value = Waarde
# Een cel met ja of nee (een vlaggenschipcampagne).
numbers-yes = Ja
numbers-no = Nee
# Wat een notitie is, op het tabblad met outcomes en leerpunten.
numbers-kind-outcome = Outcome
numbers-kind-lesson = Leerpunt
