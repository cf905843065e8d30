## Le planning en tableur (XLSX et CSV), dans la langue du plan. L’import de contenus relit ces en-têtes dans toutes les langues : chacun doit différer des autres.

# L’unique feuille du classeur (31 caractères au plus, sans : \ / ? * [ ]).
grid-export-sheet = Plan
grid-export-column-date = Date
grid-export-column-time = Heure
grid-export-column-channel = Canal
grid-export-column-brand = Marque
grid-export-column-campaign = Campagne
grid-export-column-format = Format
grid-export-column-status = Statut
grid-export-column-owner = Responsable
grid-export-column-title = Titre
# Le texte de la publication.
grid-export-column-copy = Texte
grid-export-column-objectives = Objectifs
grid-export-column-hashtags = Hashtags
grid-export-column-link = Lien
