## The one-page campaign brief for leadership and partners, and the same text for an e-mail.

# The PDF's title in its properties. $name: the campaign's name.
campaign-brief-document-title = Brief de campagne : { $name }
# Above the campaign's name, before its status.
campaign-brief-kicker = Brief de campagne
# The page's section headings (printed in capitals).
campaign-brief-window = Période
campaign-brief-status = Statut
campaign-brief-objectives = Objectifs et KPI
campaign-brief-audience = Public cible
campaign-brief-core-message = Message clé
campaign-brief-hashtags = Hashtags
campaign-brief-channels = Canaux
campaign-brief-items = Contenus
campaign-brief-collaborations = Collaborations et partenaires
campaign-brief-key-dates = Dates clés et périodes de silence
campaign-brief-approvals = Validations en attente
# In the e-mail, before the items awaiting approval.
campaign-brief-awaiting = En attente de validation
# In the e-mail, before each objective and its KPI.
campaign-brief-objective = Objectif
# Where a section has nothing to show.
campaign-brief-none = Néant
# An objective's KPI with its target. $metric: what is counted ("reach"); $target: the number; $period: the period it is counted over ("year"), as the team wrote it.
campaign-brief-kpi-target = { $metric } : { $target } ({ $period })
# The items the page has no room for. $count: how many.
campaign-brief-more-items = { $count ->
    [one] +{ $count } autre contenu
   *[other] +{ $count } autres contenus
}
# A collaboration's partners. $confirmed: how many have confirmed (or gone further); $count: how many were asked; $names: their names, as a list.
campaign-brief-partners = { $confirmed ->
    [one] { $confirmed } sur { $count } a confirmé
   *[other] { $confirmed } sur { $count } ont confirmé
} : { $names }
# The approvals line. $review: items awaiting approval; $drafts: items not yet sent for approval.
campaign-brief-approvals-count = { $review ->
    [one] { $review } contenu en attente de validation
   *[other] { $review } contenus en attente de validation
}, { $drafts ->
    [one] { $drafts } encore en brouillon
   *[other] { $drafts } encore en brouillon
}
# The page's footer. $organisation: who sends it; $date: the day it was printed, in full.
campaign-brief-footer = { $organisation } · brief de campagne · imprimé le { $date } · Almanac
# The e-mail's lines. $label: a heading of the page; $value: what it says.
campaign-brief-email-field = { $label } : { $value }
# A dated line of a list. $when: the day or day and time; $what: the item or date; $detail: a note on it.
campaign-brief-email-dated = - { $when } : { $what }
campaign-brief-email-dated-detail = - { $when } : { $what } ({ $detail })
# A collaboration. $title: its title; $when: its go-live; $partners: its partners.
campaign-brief-email-collaboration = - { $title } — { $when } : { $partners }
