## La piste d’audit pour l’archiviste ou le responsable des archives (PDF et CSV), dans la langue du plan.

# Le titre dans les propriétés du PDF. $from, $to : premier et dernier jour de la période.
audit-document-title = Piste d’audit du { $from } au { $to }
# L’en-tête de chaque page. $organisation : à qui est le plan.
audit-heading = Piste d’audit · { $organisation }
# À côté de l’en-tête. $from, $to : premier et dernier jour de la période.
audit-period = Du { $from } au { $to }
# Sous l’en-tête. $zone : le fuseau horaire du plan ; $made : quand la piste a été générée.
audit-explainer = Chaque contenu daté dans la période : quand et par qui il a été planifié pour la première fois à sa date, et chaque modification ensuite. Heures exprimées dans le fuseau { $zone }. Générée le { $made }.
# Le pied de chaque page. $organisation : à qui est le plan ; $from, $to : la période.
audit-footer = { $organisation } · Piste d’audit du { $from } au { $to }
# Le numéro de page dans le pied. $page : cette page ; $pages : le nombre de pages.
audit-page-of = Page { $page } sur { $pages }
audit-nothing = Aucun contenu n’est daté dans cette période.
# Les colonnes du tableau (et du CSV).
audit-column-item = Contenu
audit-column-channel = Canal
audit-column-status = Statut
audit-column-goes-out = Date de publication
audit-column-first-planned = Première planification à cette date
audit-column-later = Modifications ultérieures
# La colonne CSV du moment d’une modification. $zone : le fuseau horaire du plan.
audit-column-change-at = Date de la modification ({ $zone })
audit-column-by = Par
audit-column-action = Action
audit-column-change = Modification
audit-column-item-id = Identifiant du contenu
# La date de publication d’un contenu de la réserve d’idées : aucun jour encore.
audit-in-backlog = Dans la réserve d’idées
# Un contenu sans aucune modification enregistrée.
audit-no-recorded-change = Aucune modification enregistrée
# La ligne CSV de la modification qui a planifié le contenu à sa date. $change : ce qu’elle a fait.
audit-first-planned = Première planification à cette date : { $change }

## Ce qu’une modification a fait à un contenu. $when, $from, $to : un jour, ou un jour et une heure, en toutes lettres.

audit-change-created-in-backlog = Créé, dans la réserve d’idées
audit-change-created = Créé, planifié pour le { $when }
audit-change-deleted = Supprimé
audit-change-planned = Planifié pour le { $when }
audit-change-to-backlog = Déplacé du { $when } vers la réserve d’idées
audit-change-moved = Déplacé du { $from } au { $to }
# $from, $to : les statuts avant et après.
audit-change-status = Statut { $from } → { $to }
# $fields : les champs modifiés (« titre, texte »), joints par list-separator.
audit-change-edited = Modifié : { $fields }
audit-change-none = Aucune modification visible
audit-change-approved = Validé
# $comment : ce que le valideur a demandé.
audit-change-changes-requested = Modifications demandées : { $comment }
# Entre les effets d’une même modification (« Déplacé … ; Statut … »).
audit-change-separator = { " ; " }
# Ce qu’a fait un valideur.
audit-action-approve = Valider
audit-action-request-changes = Demander des modifications

## Le registre des décisions de l’année du plan, en CSV, dans la langue du plan.

decision-log-column-decided-on = Date de la décision
decision-log-column-decision = Décision
decision-log-column-rationale = Justification
decision-log-column-decided-by = Décidé par
decision-log-column-campaign = Campagne
# Ce sur quoi porte la décision.
decision-log-column-concerns = Concerne
# À la place d’un élément concerné par la décision et supprimé depuis. $kind : ce que c’était.
decision-log-deleted = ({ $kind ->
    [item] contenu supprimé
    [campaign] campagne supprimée
   *[collaboration] collaboration supprimée
})
# Entre les éléments sur lesquels porte une décision.
decision-log-separator = { " ; " }
