## The one-page campaign brief for leadership and partners, and the same text for an e-mail.

# The PDF's title in its properties. $name: the campaign's name.
campaign-brief-document-title = Briefing de campaña: { $name }
# Above the campaign's name, before its status.
campaign-brief-kicker = Briefing de campaña
# The page's section headings (printed in capitals).
campaign-brief-window = Periodo
campaign-brief-status = Estado
campaign-brief-objectives = Objetivos y KPI
campaign-brief-audience = Público
campaign-brief-core-message = Mensaje clave
campaign-brief-hashtags = Hashtags
campaign-brief-channels = Canales
campaign-brief-items = Contenidos
campaign-brief-collaborations = Colaboraciones y socios
campaign-brief-key-dates = Fechas clave y periodos de silencio
campaign-brief-approvals = Aprobaciones pendientes
# In the e-mail, before the items awaiting approval.
campaign-brief-awaiting = Pendientes de aprobación
# In the e-mail, before each objective and its KPI.
campaign-brief-objective = Objetivo
# Where a section has nothing to show.
campaign-brief-none = Ninguno
# An objective's KPI with its target. $metric: what is counted ("reach"); $target: the number; $period: the period it is counted over ("year"), as the team wrote it.
campaign-brief-kpi-target = { $metric }: { $target } ({ $period })
# The items the page has no room for. $count: how many.
campaign-brief-more-items = { $count ->
    [one] +{ $count } contenido más
   *[other] +{ $count } contenidos más
}
# A collaboration's partners. $confirmed: how many have confirmed (or gone further); $count: how many were asked; $names: their names, as a list.
campaign-brief-partners = { $confirmed ->
    [one] { $confirmed } de { $count } ha confirmado
   *[other] { $confirmed } de { $count } han confirmado
}: { $names }
# The approvals line. $review: items awaiting approval; $drafts: items not yet sent for approval.
campaign-brief-approvals-count = { $review ->
    [one] { $review } contenido pendiente de aprobación
   *[other] { $review } contenidos pendientes de aprobación
}, { $drafts ->
    [one] { $drafts } todavía en borrador
   *[other] { $drafts } todavía en borrador
}
# The page's footer. $organisation: who sends it; $date: the day it was printed, in full.
campaign-brief-footer = { $organisation } · briefing de campaña · impreso el { $date } · Almanac
# The e-mail's lines. $label: a heading of the page; $value: what it says.
campaign-brief-email-field = { $label }: { $value }
# A dated line of a list. $when: the day or day and time; $what: the item or date; $detail: a note on it.
campaign-brief-email-dated = - { $when }: { $what }
campaign-brief-email-dated-detail = - { $when }: { $what } ({ $detail })
# A collaboration. $title: its title; $when: its go-live; $partners: its partners.
campaign-brief-email-collaboration = - { $title } — { $when }: { $partners }
