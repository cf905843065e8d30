## « En chiffres » : les résultats d’une année ou d’un trimestre sur une page (PDF) et en classeur (XLSX), dans la langue du plan.

# Le titre de la page. $name : la période telle que l’application la nomme (« 2027 », « T2 2027 »).
numbers-title = En chiffres · { $name }
# Sous le titre. $organisation : à qui est le plan ; $from, $to : premier et dernier jour de la période.
numbers-subtitle = { $organisation } · du { $from } au { $to }
# Le pied de page, à gauche. $organisation : à qui est le plan ; $title : le titre de la page.
numbers-footer = { $organisation } · { $title } · chiffres issus des exports statistiques des plateformes et résultats notés par l’équipe
# Le pied de page, à droite. $date : le jour de la génération.
numbers-made = Généré le { $date }
numbers-objectives = Objectifs au regard de leurs valeurs cibles
numbers-no-objectives = Le plan n’a pas d’objectifs.
numbers-column-objective = Objectif
numbers-column-metric = Indicateur
numbers-column-baseline = Valeur de référence
# « Valeur cible » plutôt qu’« objectif », pour ne pas confondre avec la colonne Objectif.
numbers-column-target = Valeur cible
numbers-column-achieved = Réalisé
numbers-column-against-target = Taux d’atteinte
numbers-column-items-out = Contenus publiés
numbers-flagship-campaigns = Campagnes phares
numbers-campaigns = Campagnes
numbers-no-campaigns = Aucune campagne n’a de contenus sur la période.
numbers-column-campaign = Campagne
numbers-column-impressions = Impressions
numbers-column-engagements = Interactions
# $metric : l’indicateur qui sert au classement (« interactions »).
numbers-best-items = Meilleurs contenus par { $metric }
numbers-no-best = Aucun contenu n’a encore de résultats.
numbers-outcomes = Résultats
numbers-no-outcomes = Aucun résultat noté sur la période.
numbers-lessons = Enseignements
numbers-no-lessons = Aucun enseignement noté sur la période.
# Contenus publiés sur contenus prévus. $published, $planned : les nombres, déjà formatés.
numbers-items-of = { $published } sur { $planned }
# La part de la valeur cible atteinte. $percent : le nombre, déjà formaté (« 87 »). Espace fine insécable avant %.
numbers-percent = { $percent } %

## Les feuilles et les colonnes du classeur.

numbers-sheet-summary = Synthèse
numbers-sheet-objectives = Objectifs
numbers-sheet-campaigns = Campagnes
numbers-sheet-posts = Publications
numbers-sheet-notes = Résultats et enseignements
numbers-column-platform = Plateforme
numbers-column-posts = Publications
# La dernière ligne de la synthèse : toutes les plateformes ensemble.
numbers-all-platforms = Toutes
numbers-column-level = Niveau
numbers-column-items-planned = Contenus prévus
numbers-column-items-published = Contenus publiés
numbers-column-flagship = Phare
numbers-column-day = Date
numbers-column-post = Publication
numbers-column-permalink = Permalien
numbers-column-item = Contenu
numbers-column-source = Source
numbers-column-kind = Type
numbers-column-about = Concerne
numbers-column-what = Description
numbers-column-value = Valeur
# Une cellule oui ou non (une campagne phare).
numbers-yes = Oui
numbers-no = Non
# Ce qu’est une note, dans la feuille des résultats et enseignements.
numbers-kind-outcome = Résultat
numbers-kind-lesson = Enseignement
