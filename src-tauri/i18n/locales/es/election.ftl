## An election called at short notice: Plan → An election was called…, and `almanac replan election`.

# The Plan view's button and the dialog's title.
election-open = Se han convocado elecciones…
election-title = Se han convocado elecciones
election-hint = El periodo preelectoral pasa a ser un periodo de silencio. Cada contenido previsto en él se aplaza hasta después del periodo, se cancela o se mantiene por la excepción que le corresponda. Conviene revisar la propuesta línea por línea: no cambia nada hasta que se aplica, y un solo «Deshacer» lo revierte todo.
# The form's fields.
election-name = Elecciones
election-name-placeholder = Elecciones generales
election-from = Inicio del periodo
election-to = Fin del periodo
election-level = Normas durante el periodo
election-region = Región (vacía: en todas partes)
election-key-date = Fechas de unas elecciones de las fechas clave
election-key-date-none = Ninguna: las fechas de arriba
election-exempt-channels = Canales que se mantienen en cualquier elección
election-exempt-objectives = Objetivos que se mantienen en cualquier elección
election-decided-by = Decidido por (para el registro de decisiones)
election-propose = Proponer
election-apply = Aplicar al plan
election-close = Cerrar
# The proposal's totals. $held, $cancelled, $kept: how many items each.
election-counts = Aplazados: { $held } · Cancelados: { $cancelled } · Mantenidos: { $kept }
election-nothing = No queda nada previsto en el periodo pendiente de publicación.
# The group of items in no campaign.
election-no-campaign = Sin campaña
# A campaign's group. $count: its items in the period.
election-group-count = { $count ->
    [one] { $count } contenido
    [many] { $count } contenidos
   *[other] { $count } contenidos
}
# A campaign whose held items go past its end. $day: its new last day.
election-new-end = su periodo se amplía hasta el { $day }
# The proposal table's column headings.
# Before the choice that sets every line of a campaign at once.
election-set-all = Todos los contenidos de esta campaña:
election-column-item = Contenido
election-column-channel = Canal
election-column-when = Publicación
election-column-decision = Decisión
election-column-after = Después
election-column-why = Motivo
# What happens to an item. $exemption: one of election-exemption-*.
election-verdict-hold = Aplazar
election-verdict-cancel = Cancelar
election-verdict-keep = Mantener: { $exemption }
# Why an item may still go out in the period.
election-exemption-public-safety = seguridad pública
election-exemption-road-closures = cortes de carreteras
election-exemption-emergency = una emergencia
election-exemption-channel = canal que se mantiene en cualquier elección
election-exemption-objective = objetivo que se mantiene en cualquier elección
# Why the proposal says what it says.
election-reason-chosen = Elegido a mano
# $weeks: whole weeks it moves; $day: the day it lands on.
election-reason-hold = { $weeks ->
    [one] Aplazado { $weeks } semana, al { $day }
    [many] Aplazado { $weeks } semanas, al { $day }
   *[other] Aplazado { $weeks } semanas, al { $day }
}
# $channel: the channel's name.
election-reason-exempt-channel = { $channel } se mantiene en cualquier elección
# $objective: the objective's name.
election-reason-exempt-objective = Sirve al objetivo «{ $objective }», que se mantiene en cualquier elección
# $campaign: the campaign's name; $end: its last day.
election-reason-campaign-over = «{ $campaign }» termina el { $end }, dentro del periodo
election-no-channel = (sin canal)
# The findings under a line.
election-findings = Hallazgos que esto generaría
# Collaborations going live in the period.
election-partners = Socios a los que avisar
election-partners-hint = Colaboraciones que se publican durante el periodo, y el texto que enviar a cada socio.
# $from, $to: the go-live before and after.
election-partner-moves = Publicación { $from } → { $to }
election-partner-stays = Publicación { $from }, sin cambios
election-partner-list = Socios: { $partners }
# The briefing text for a collaboration's partners. $title: the collaboration; $election: the election's name; $first, $last: the pre-election period's days; $from, $to: the go-live before and after.
election-briefing-moved = Con motivo de { $election } (periodo preelectoral del { $first } al { $last }), nuestra publicación conjunta «{ $title }», prevista para el { $from }, pasa al { $to }. Le rogamos que retenga su publicación hasta entonces; su franja del relevo se desplaza las mismas semanas.
election-briefing-kept = { $election } (periodo preelectoral del { $first } al { $last }): nuestra publicación conjunta «{ $title }» del { $from } se mantiene según lo previsto, ya que las normas lo permiten.
# Announced after the change. $election: its name; $held, $cancelled, $kept: how many items each.
election-applied = Plan ajustado por { $election } (aplazados: { $held }, cancelados: { $cancelled }, mantenidos: { $kept }).
# The decision log's entries. $count: how many items; $election: the election's name; $exemption: one of election-exemption-*.
election-decision-held = { $count ->
    [one] Se aplazó { $count } contenido hasta después del periodo preelectoral ({ $election })
    [many] Se aplazaron { $count } contenidos hasta después del periodo preelectoral ({ $election })
   *[other] Se aplazaron { $count } contenidos hasta después del periodo preelectoral ({ $election })
}
election-decision-cancelled = { $count ->
    [one] Se canceló { $count } contenido por el periodo preelectoral ({ $election })
    [many] Se cancelaron { $count } contenidos por el periodo preelectoral ({ $election })
   *[other] Se cancelaron { $count } contenidos por el periodo preelectoral ({ $election })
}
election-decision-kept = { $count ->
    [one] Se mantuvo { $count } contenido en el periodo preelectoral ({ $election }): { $exemption }
    [many] Se mantuvieron { $count } contenidos en el periodo preelectoral ({ $election }): { $exemption }
   *[other] Se mantuvieron { $count } contenidos en el periodo preelectoral ({ $election }): { $exemption }
}
# The history's name of the change. $election: its name; $held, $cancelled, $kept: how many items each.
history-election = Elecciones convocadas: { $election } (aplazados: { $held }, cancelados: { $cancelled }, mantenidos: { $kept })
# The command line's lines. $campaign: a campaign's name (or election-no-campaign); $day: its new last day.
cli-election-campaign = { $campaign }
cli-election-campaign-stretched = { $campaign } (periodo ampliado hasta el { $day })
# One item. $verdict: election-verdict-*; $from: when it goes out now; $to: after (empty unless held); $channel, $title: the item's; $reason: election-reason-*.
cli-election-line = {"  "}{ $verdict }  { $from }  { $to }  { $channel }  «{ $title }»: { $reason }
# A finding the line's move would create. $finding: the finding in words.
cli-election-finding = {"    "}! { $finding }
# A collaboration to tell. $title: its title; $partners: its partners.
cli-election-partners = Avisar a los socios de «{ $title }»: { $partners }
# The last line. $election: its name; $held, $cancelled, $kept: how many items each.
cli-election-dry-run = Propuesta para { $election } — aplazados: { $held }, cancelados: { $cancelled }, mantenidos: { $kept } (no se ha guardado nada: --dry-run)
cli-election-done = Plan ajustado por { $election } — aplazados: { $held }, cancelados: { $cancelled }, mantenidos: { $kept } (un solo cambio: se puede deshacer en la aplicación)
