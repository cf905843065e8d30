## Rappels : notifications de bureau pour le membre qui utilise cet ordinateur, dans la langue de la fenêtre.

# $count : les contenus qui attendent la validation de ce membre.
reminder-approvals = { $count ->
    [one] { $count } contenu attend votre validation
   *[other] { $count } contenus attendent votre validation
}
reminder-approvals-body = Ouvrez Validations pour les valider ou demander des modifications.
# Une échéance d’une collaboration. $day : today, tomorrow ou later ; $date : le jour, abrégé (« ven. 7 mai »), pour later ; $title : la collaboration.
reminder-assets-due = { $day ->
    [today] Remise des éléments aujourd’hui : « { $title } »
    [tomorrow] Remise des éléments demain : « { $title } »
   *[later] Remise des éléments le { $date } : « { $title } »
}
reminder-approval-due = { $day ->
    [today] Échéance de validation aujourd’hui : « { $title } »
    [tomorrow] Échéance de validation demain : « { $title } »
   *[later] Échéance de validation le { $date } : « { $title } »
}
reminder-goes-live = { $day ->
    [today] Mise en ligne aujourd’hui : « { $title } »
    [tomorrow] Mise en ligne demain : « { $title } »
   *[later] Mise en ligne le { $date } : « { $title } »
}
# La phrase sous une échéance. $date : le jour en toutes lettres ; $title : la collaboration.
reminder-assets-due-body = Les éléments de la collaboration « { $title } » sont à remettre au plus tard le { $date }.
reminder-approval-due-body = La collaboration « { $title } » doit être validée au plus tard le { $date }.
reminder-goes-live-body = La collaboration « { $title } » sera mise en ligne le { $date }.
# Les contenus bientôt publiés qui sont encore à l’état d’idée ou de brouillon. $count : combien ; $date : le dernier jour examiné, en toutes lettres.
reminder-drafts = { $count ->
    [one] { $count } contenu encore en brouillon sera publié d’ici le { $date }
   *[other] { $count } contenus encore en brouillon seront publiés d’ici le { $date }
}
# $titles : les titres des contenus, chacun entre guillemets (reminder-quoted), séparés par list-separator.
reminder-drafts-body = { $titles }.
# $titles : les titres des cinq premiers contenus ; $count : combien d’autres.
reminder-drafts-body-more = { $count ->
    [one] { $titles } et { $count } autre.
   *[other] { $titles } et { $count } autres.
}
# Le titre d’un contenu dans une liste. $title : le titre.
reminder-quoted = « { $title } »
# Le titre du récapitulatif quotidien. $count : le nombre de rappels qu’il résume.
reminder-digest = { $count ->
    [one] Almanac aujourd’hui : { $count } rappel
   *[other] Almanac aujourd’hui : { $count } rappels
}
