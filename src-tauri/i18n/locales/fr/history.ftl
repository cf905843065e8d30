## The journal's names for the changes made to the plan: what Undo and Redo offer, what an
## item's history and the audit trail list. Kept as data, so each reader sees them in their
## own language. $title: a record's title or name, cut to 40 characters (with "…").

history-undo = Annuler : { $action }
history-redo = Rétablir : { $action }
# $text: the name of a change recorded before names were kept as data, as it was written.
history-recorded = { $text }

history-move = Déplacer « { $title } »
history-move-to-backlog = Déplacer « { $title } » dans la réserve d’idées

history-add-item = Ajouter « { $title } »
history-edit-item = Modifier « { $title } »
history-delete-item = Supprimer « { $title } »
history-delete-occurrence = Supprimer une occurrence de « { $title } »
# $language: the version's language code ("fr").
history-add-version = Ajouter une version ({ $language }) de « { $title } »

history-add-series = Ajouter la série « { $title } » ({ $count ->
    [one] { $count } occurrence
   *[other] { $count } occurrences
})
history-edit-series-all = Modifier toutes les occurrences de « { $title } »
history-edit-series-following = Modifier « { $title } » et les occurrences suivantes
history-delete-series = Supprimer la série « { $title } »
history-delete-series-following = Supprimer « { $title } » et les occurrences suivantes

history-add-campaign = Ajouter la campagne « { $title } »
history-edit-campaign = Modifier la campagne « { $title } »
history-delete-campaign = Supprimer la campagne « { $title } »
history-move-campaign = Déplacer la campagne « { $title } »
history-resize-campaign = Modifier la durée de la campagne « { $title } »
history-add-team-member = Ajouter « { $title } » à l’équipe
history-edit-team-member = Modifier le membre de l’équipe « { $title } »
history-delete-team-member = Retirer « { $title } » de l’équipe
history-add-channel = Ajouter le canal « { $title } »
history-edit-channel = Modifier le canal « { $title } »
history-delete-channel = Supprimer le canal « { $title } »
history-add-partner-group = Ajouter le groupe de partenaires « { $title } »
history-edit-partner-group = Modifier le groupe de partenaires « { $title } »
history-delete-partner-group = Supprimer le groupe de partenaires « { $title } »
history-add-partner = Ajouter le partenaire « { $title } »
history-edit-partner = Modifier le partenaire « { $title } »
history-delete-partner = Supprimer le partenaire « { $title } »
# $duplicate, $keep: the two partners' names.
history-merge-partners = Fusionner « { $duplicate } » dans « { $keep } »
history-add-objective = Ajouter l’objectif « { $title } »
history-edit-objective = Modifier l’objectif « { $title } »
history-delete-objective = Supprimer l’objectif « { $title } »
history-add-key-date = Ajouter la date clé « { $title } »
history-edit-key-date = Modifier la date clé « { $title } »
history-delete-key-date = Supprimer la date clé « { $title } »
history-add-brand = Ajouter la marque « { $title } »
history-edit-brand = Modifier la marque « { $title } »
history-delete-brand = Supprimer la marque « { $title } »

# $objective: the objective's name.
history-add-coverage-rule = Ajouter une règle de couverture à « { $objective } »
history-edit-coverage-rule = Modifier une règle de couverture de « { $objective } »
history-delete-coverage-rule = Supprimer une règle de couverture
history-fill-coverage-gaps = { $count ->
    [one] Combler { $count } lacune de couverture
   *[other] Combler { $count } lacunes de couverture
}

history-send-for-review-one = Soumettre « { $title } » à validation
history-send-for-review-many = { $count ->
    [one] Soumettre { $count } contenu à validation
   *[other] Soumettre { $count } contenus à validation
}
history-approve-one = Valider « { $title } »
history-approve-many = { $count ->
    [one] Valider { $count } contenu
   *[other] Valider { $count } contenus
}
history-request-changes-one = Demander des modifications pour « { $title } »
history-request-changes-many = { $count ->
    [one] Demander des modifications pour { $count } contenu
   *[other] Demander des modifications pour { $count } contenus
}

history-add-request = Ajouter la demande « { $title } »
history-edit-request = Modifier la demande « { $title } »
history-delete-request = Supprimer la demande « { $title } »
history-accept-request = Accepter la demande « { $title } »
history-decline-request = Refuser la demande « { $title } »
history-park-request = Mettre de côté la demande « { $title } »

history-add-collaboration = Ajouter la collaboration « { $title } »
history-edit-collaboration = Modifier la collaboration « { $title } »
history-delete-collaboration = Supprimer la collaboration « { $title } »
# $partner: the partner's name; $status: where it now stands ("Confirmed").
history-partner-status = « { $title } » : { $partner } { $status }
# $group: the partner group's name.
history-add-group = Ajouter « { $group } » à « { $title } »

history-link-post = Associer « { $title } » à sa publication
history-add-outcome = Noter « { $title } »
history-edit-outcome = Modifier « { $title } »
history-remove-outcome = Supprimer « { $title } »
# $year: the plan's year ("2027").
history-edit-plan-year = Modifier le plan { $year }

# $reason: why the team paused (its own words).
history-pause = { $count ->
    [one] Suspendre { $count } contenu : « { $reason } »
   *[other] Suspendre { $count } contenus : « { $reason } »
}
history-resume = { $count ->
    [one] Reprendre { $count } contenu après « { $reason } »
   *[other] Reprendre { $count } contenus après « { $reason } »
}
history-resume-reflow = { $count ->
    [one] Reprendre { $count } contenu et le reporter après « { $reason } »
   *[other] Reprendre { $count } contenus et les reporter après « { $reason } »
}

history-change-settings = Modifier les paramètres
history-set-aside = Mettre de côté les lignes illisibles pour Almanac
history-add-comment = Commenter « { $title } »
history-delete-comment = Supprimer un commentaire
# $decision: the decision as logged (its own words).
history-log-decision = Consigner la décision « { $decision } »
history-edit-decision = Modifier la décision « { $decision } »
history-remove-decision = Supprimer la décision « { $decision } »

# $file: the file's name.
history-import-partners = { $count ->
    [one] Importer { $count } partenaire depuis { $file }
   *[other] Importer { $count } partenaires depuis { $file }
}
history-import-items = { $count ->
    [one] Importer { $count } contenu depuis { $file }
   *[other] Importer { $count } contenus depuis { $file }
}
history-import-key-dates = { $count ->
    [one] Importer { $count } date clé depuis { $file }
   *[other] Importer { $count } dates clés depuis { $file }
}
history-import-blackouts = { $count ->
    [one] Importer { $count } période de silence depuis { $file }
   *[other] Importer { $count } périodes de silence depuis { $file }
}
history-import-results = { $count ->
    [one] Importer les résultats de { $count } publication depuis { $file }
   *[other] Importer les résultats de { $count } publications depuis { $file }
}
history-link-posts = { $count ->
    [one] Associer { $count } contenu à sa publication
   *[other] Associer { $count } contenus à leurs publications
}
history-import-plan = Importer tout le plan depuis { $file }
history-load-sample = Charger le plan d’exemple

# $field: the field both sides changed, as the plan names it.
history-keep-mine = Garder ma version : { $field } de « { $title } »
history-keep-theirs = Garder l’autre version : { $field } de « { $title } »
history-restore = Restaurer « { $title } »
# $reason: the team server's reason, as it gave it.
history-refused = Refusé par le serveur de l’équipe : { $reason }
history-from-team = Modifications de l’équipe
history-team-created = Créé
history-team-deleted = Supprimé
# $fields: the fields the change set, as the plan names them.
history-team-changed = Modifié : { $fields }
