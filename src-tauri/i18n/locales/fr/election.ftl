## An election called at short notice: Plan → An election was called…, and `almanac replan election`.

# The Plan view's button and the dialog's title.
election-open = Une élection a été convoquée…
election-title = Une élection a été convoquée
election-hint = La période préélectorale devient une période de silence. Chaque contenu prévu pendant cette période est reporté après celle-ci, annulé ou maintenu au titre de sa dérogation. Vérifiez la proposition ligne par ligne ; rien ne change tant que vous ne l’avez pas appliquée, et un seul Ctrl+Z suffit à tout rétablir.
# The form's fields.
election-name = Élection
election-name-placeholder = Élections législatives
election-from = Début de la période
election-to = Fin de la période
election-level = Règles pendant la période
election-region = Région (vide : partout)
election-key-date = Dates d’une élection parmi les dates clés
election-key-date-none = Aucune : les dates ci-dessus
election-exempt-channels = Canaux maintenus lors de toute élection
election-exempt-objectives = Objectifs maintenus lors de toute élection
election-decided-by = Décidé par (pour le registre des décisions)
election-propose = Proposer
election-apply = Appliquer au plan
election-close = Fermer
# The proposal's totals. $held, $cancelled, $kept: how many items each.
election-counts = Reportés : { $held } · Annulés : { $cancelled } · Maintenus : { $kept }
election-nothing = Aucun contenu prévu pendant la période ne reste à publier.
# The group of items in no campaign.
election-no-campaign = Hors campagne
# A campaign's group. $count: its items in the period.
election-group-count = { $count ->
    [one] { $count } contenu
   *[other] { $count } contenus
}
# A campaign whose held items go past its end. $day: its new last day.
election-new-end = sa période est prolongée jusqu’au { $day }
# The proposal table's column headings.
# Before the choice that sets every line of a campaign at once.
election-set-all = Tous les contenus de cette campagne :
election-column-item = Contenu
election-column-channel = Canal
election-column-when = Publication
election-column-decision = Décision
election-column-after = Après
election-column-why = Motif
# What happens to an item. $exemption: one of election-exemption-*.
election-verdict-hold = Reporter
election-verdict-cancel = Annuler
election-verdict-keep = Maintenir : { $exemption }
# Why an item may still go out in the period.
election-exemption-public-safety = sécurité publique
election-exemption-road-closures = fermetures de routes
election-exemption-emergency = situation d’urgence
election-exemption-channel = canal maintenu lors de toute élection
election-exemption-objective = objectif maintenu lors de toute élection
# Why the proposal says what it says.
election-reason-chosen = Choisi manuellement
# $weeks: whole weeks it moves; $day: the day it lands on.
election-reason-hold = { $weeks ->
    [one] Reporté de { $weeks } semaine, au { $day }
   *[other] Reporté de { $weeks } semaines, au { $day }
}
# $channel: the channel's name.
election-reason-exempt-channel = { $channel } est maintenu lors de toute élection
# $objective: the objective's name.
election-reason-exempt-objective = Sert l’objectif « { $objective } », maintenu lors de toute élection
# $campaign: the campaign's name; $end: its last day.
election-reason-campaign-over = « { $campaign } » se termine le { $end }, pendant la période
election-no-channel = (aucun canal)
# The findings under a line.
election-findings = Constats que cela créerait
# Collaborations going live in the period.
election-partners = Partenaires à prévenir
election-partners-hint = Les collaborations mises en ligne pendant la période, et le texte à envoyer à chaque partenaire.
# $from, $to: the go-live before and after.
election-partner-moves = Mise en ligne { $from } → { $to }
election-partner-stays = Mise en ligne { $from }, inchangée
election-partner-list = Partenaires : { $partners }
# The briefing text for a collaboration's partners. $title: the collaboration; $election: the election's name; $first, $last: the pre-election period's days; $from, $to: the go-live before and after.
election-briefing-moved = { $election } : en raison de la période préélectorale (du { $first } au { $last }), notre publication commune « { $title } », prévue le { $from }, est reportée au { $to }. Merci de différer votre publication jusqu’à cette date ; votre créneau de relais est décalé du même nombre de semaines.
election-briefing-kept = { $election } (période préélectorale du { $first } au { $last }) : notre publication commune « { $title } » du { $from } est maintenue comme prévu, les règles le permettant.
# Announced after the change. $election: its name; $held, $cancelled, $kept: how many items each.
election-applied = Plan revu pour { $election } (reportés : { $held }, annulés : { $cancelled }, maintenus : { $kept }).
# The decision log's entries. $count: how many items; $election: the election's name; $exemption: one of election-exemption-*.
election-decision-held = { $count ->
    [one] { $count } contenu reporté après la période préélectorale ({ $election })
   *[other] { $count } contenus reportés après la période préélectorale ({ $election })
}
election-decision-cancelled = { $count ->
    [one] { $count } contenu annulé en raison de la période préélectorale ({ $election })
   *[other] { $count } contenus annulés en raison de la période préélectorale ({ $election })
}
election-decision-kept = { $count ->
    [one] { $count } contenu maintenu pendant la période préélectorale ({ $election }) : { $exemption }
   *[other] { $count } contenus maintenus pendant la période préélectorale ({ $election }) : { $exemption }
}
# The history's name of the change. $election: its name; $held, $cancelled, $kept: how many items each.
history-election = Élection convoquée : { $election } (reportés : { $held }, annulés : { $cancelled }, maintenus : { $kept })
# The command line's lines. $campaign: a campaign's name (or election-no-campaign); $day: its new last day.
cli-election-campaign = { $campaign }
cli-election-campaign-stretched = { $campaign } (période prolongée jusqu’au { $day })
# One item. $verdict: election-verdict-*; $from: when it goes out now; $to: after (empty unless held); $channel, $title: the item's; $reason: election-reason-*.
cli-election-line = {"  "}{ $verdict }  { $from }  { $to }  { $channel }  « { $title } » : { $reason }
# A finding the line's move would create. $finding: the finding in words.
cli-election-finding = {"    "}! { $finding }
# A collaboration to tell. $title: its title; $partners: its partners.
cli-election-partners = Prévenir les partenaires de « { $title } » : { $partners }
# The last line. $election: its name; $held, $cancelled, $kept: how many items each.
cli-election-dry-run = Proposition pour { $election } — reportés : { $held }, annulés : { $cancelled }, maintenus : { $kept } (rien n’est enregistré : --dry-run)
cli-election-done = Plan revu pour { $election } — reportés : { $held }, annulés : { $cancelled }, maintenus : { $kept } (une seule modification, annulable dans l’application)
