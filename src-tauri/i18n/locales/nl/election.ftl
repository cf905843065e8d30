## An election called at short notice: Plan → An election was called…, and `almanac replan election`.

# The Plan view's button and the dialog's title.
election-open = Er zijn verkiezingen uitgeschreven…
election-title = Er zijn verkiezingen uitgeschreven
election-hint = De verkiezingsperiode wordt een stilteperiode. Elk item in die periode wordt uitgesteld tot na de periode, geannuleerd of behouden op grond van de uitzondering die ervoor geldt. Controleer het voorstel regel voor regel; er verandert niets totdat het is toegepast, en met één keer ongedaan maken wordt alles teruggedraaid.
# The form's fields.
election-name = Verkiezing
election-name-placeholder = Tweede Kamerverkiezing
election-from = Periode begint
election-to = Periode eindigt
election-level = Regels in de periode
election-region = Regio (leeg: overal)
election-key-date = Data van een verkiezing uit de belangrijke data
election-key-date-none = Geen: de data hierboven
election-exempt-channels = Kanalen die bij elke verkiezing behouden blijven
election-exempt-objectives = Doelstellingen die bij elke verkiezing behouden blijven
election-decided-by = Besloten door (voor het besluitenlogboek)
election-propose = Voorstellen
election-apply = Toepassen op het plan
election-close = Sluiten
# The proposal's totals. $held, $cancelled, $kept: how many items each.
election-counts = Uitgesteld: { $held } · Geannuleerd: { $cancelled } · Behouden: { $kept }
election-nothing = Er staat in de periode niets gepland dat nog moet worden gepubliceerd.
# The group of items in no campaign.
election-no-campaign = Niet in een campagne
# A campaign's group. $count: its items in the period.
election-group-count = { $count ->
    [one] { $count } item
   *[other] { $count } items
}
# A campaign whose held items go past its end. $day: its new last day.
election-new-end = de looptijd wordt verlengd tot { $day }
# The proposal table's column headings.
# Before the choice that sets every line of a campaign at once.
election-set-all = Elk item van deze campagne:
election-column-item = Item
election-column-channel = Kanaal
election-column-when = Publicatie
election-column-decision = Besluit
election-column-after = Na wijziging
election-column-why = Waarom
# What happens to an item. $exemption: one of election-exemption-*.
election-verdict-hold = Uitstellen
election-verdict-cancel = Annuleren
election-verdict-keep = Behouden: { $exemption }
# Why an item may still go out in the period.
election-exemption-public-safety = openbare veiligheid
election-exemption-road-closures = wegafsluitingen
election-exemption-emergency = een noodsituatie
election-exemption-channel = kanaal dat bij elke verkiezing behouden blijft
election-exemption-objective = doelstelling die bij elke verkiezing behouden blijft
# Why the proposal says what it says.
election-reason-chosen = Handmatig gekozen
# $weeks: whole weeks it moves; $day: the day it lands on.
election-reason-hold = { $weeks ->
    [one] { $weeks } week uitgesteld, naar { $day }
   *[other] { $weeks } weken uitgesteld, naar { $day }
}
# $channel: the channel's name.
election-reason-exempt-channel = { $channel } blijft bij elke verkiezing behouden
# $objective: the objective's name.
election-reason-exempt-objective = Dient de doelstelling “{ $objective }”, die bij elke verkiezing behouden blijft
# $campaign: the campaign's name; $end: its last day.
election-reason-campaign-over = “{ $campaign }” eindigt op { $end }, binnen de periode
election-no-channel = (geen kanaal)
# The findings under a line.
election-findings = Bevindingen die dit zou opleveren
# Collaborations going live in the period.
election-partners = Te informeren partners
election-partners-hint = Samenwerkingen die in de periode live gaan, en de tekst voor elke partner.
# $from, $to: the go-live before and after.
election-partner-moves = Gaat live { $from } → { $to }
election-partner-stays = Gaat live { $from }, ongewijzigd
election-partner-list = Partners: { $partners }
# The briefing text for a collaboration's partners. $title: the collaboration; $election: the election's name; $first, $last: the pre-election period's days; $from, $to: the go-live before and after.
election-briefing-moved = Vanwege { $election } (verkiezingsperiode { $first } t/m { $last }) wordt ons gezamenlijke bericht “{ $title }”, gepland op { $from }, verplaatst naar { $to }. Wij vragen u uw bericht tot dan aan te houden; uw tijdslot in de estafette schuift evenveel weken op.
election-briefing-kept = { $election } (verkiezingsperiode { $first } t/m { $last }): ons gezamenlijke bericht “{ $title }” op { $from } gaat zoals gepland door, omdat de regels dat toestaan.
# Announced after the change. $election: its name; $held, $cancelled, $kept: how many items each.
election-applied = Opnieuw gepland vanwege { $election }: { $held } uitgesteld, { $cancelled } geannuleerd, { $kept } behouden.
# The decision log's entries. $count: how many items; $election: the election's name; $exemption: one of election-exemption-*.
election-decision-held = { $count ->
    [one] { $count } item uitgesteld tot na de verkiezingsperiode ({ $election })
   *[other] { $count } items uitgesteld tot na de verkiezingsperiode ({ $election })
}
election-decision-cancelled = { $count ->
    [one] { $count } item geannuleerd vanwege de verkiezingsperiode ({ $election })
   *[other] { $count } items geannuleerd vanwege de verkiezingsperiode ({ $election })
}
election-decision-kept = { $count ->
    [one] { $count } item behouden in de verkiezingsperiode ({ $election }): { $exemption }
   *[other] { $count } items behouden in de verkiezingsperiode ({ $election }): { $exemption }
}
# The history's name of the change. $election: its name; $held, $cancelled, $kept: how many items each.
history-election = Verkiezingen uitgeschreven: { $election } ({ $held } uitgesteld, { $cancelled } geannuleerd, { $kept } behouden)
# The command line's lines. $campaign: a campaign's name (or election-no-campaign); $day: its new last day.
cli-election-campaign = { $campaign }
cli-election-campaign-stretched = { $campaign } (looptijd verlengd tot { $day })
# One item. $verdict: election-verdict-*; $from: when it goes out now; $to: after (empty unless held); $channel, $title: the item's; $reason: election-reason-*.
cli-election-line = {"  "}{ $verdict }  { $from }  { $to }  { $channel }  “{ $title }”: { $reason }
# A finding the line's move would create. $finding: the finding in words.
cli-election-finding = {"    "}! { $finding }
# A collaboration to tell. $title: its title; $partners: its partners.
cli-election-partners = Informeer de partners van “{ $title }”: { $partners }
# The last line. $election: its name; $held, $cancelled, $kept: how many items each.
cli-election-dry-run = Voorstel voor { $election }: { $held } uitgesteld, { $cancelled } geannuleerd, { $kept } behouden (niets opgeslagen: --dry-run)
cli-election-done = Opnieuw gepland vanwege { $election }: { $held } uitgesteld, { $cancelled } geannuleerd, { $kept } behouden (één wijziging: ongedaan te maken in de app)
