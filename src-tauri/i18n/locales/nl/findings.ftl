## De bevindingen van de controle: wat er mis is met het plan, en wat dat oplost. Elke melding
## en elke oplossing is één zinsdeel zonder punt: het venster zet die erachter waar het ze toont.
## $title: de titel van een item of samenwerking, ingekort tot 40 tekens (met "…"). Een $day, $start,
## $end, $due, $live of $week is een dag, al geschreven zoals de taal dagen schrijft.

finding-approved-without-date = “{ $title }” is goedgekeurd maar heeft geen datum
fix-approved-without-date = Geef het een datum, of zet het terug naar concept

finding-past-not-published = “{ $title }” stond gepland op { $day } en is nooit gepubliceerd
fix-past-not-published = Markeer het als gepubliceerd, plan het opnieuw in of annuleer het

# $problem: wat het netwerk weigert (copy-too-long of copy-too-many-hashtags).
finding-copy-over-limit = “{ $title }”: { $problem }
fix-copy-over-limit = Maak de tekst korter in het itemvenster, dat telt zoals het netwerk telt
# $network: de naam van het netwerk ("X", "Instagram"); $length: de lengte van de tekst zoals het netwerk die telt; $limit: het maximum dat het toestaat.
copy-too-long = { $network } telt { $length ->
        [one] { $length } teken
       *[other] { $length } tekens
    } in de tekst; het maximum is { $limit }
# $hashtags: de hashtags in de tekst; $network: de naam van het netwerk; $most: het maximum dat het toestaat.
copy-too-many-hashtags = de tekst heeft { $hashtags ->
        [one] { $hashtags } hashtag
       *[other] { $hashtags } hashtags
    }; { $network } staat er maximaal { $most } toe

# $period: de naam van de belangrijke datum ("Gemeenteraadsverkiezingen"); $level: het niveau van de stilteperiode.
finding-in-blackout = “{ $title }” staat op { $day }, tijdens { $period } ({ $level ->
        [no-posting] er mag niets worden gepubliceerd
        [restricted] alleen vrijgegeven content mag worden gepubliceerd
       *[no-new-campaigns] er mag geen nieuwe campagne starten
    })
fix-in-blackout = Verplaats het naar een dag buiten de stilteperiode

# $campaign: de naam van de campagne; $start en $end: de eerste en laatste dag ervan.
finding-outside-campaign = “{ $title }” staat op { $day }, buiten de looptijd van de eigen campagne “{ $campaign }” ({ $start } t/m { $end })
fix-outside-campaign = Verplaats het naar de looptijd van de campagne, of verleng de looptijd

# $member: de naam van de eigenaar; $start en $end: de eerste en laatste dag van het verlof.
finding-owner-on-leave = “{ $title }” staat gepland op { $day }, terwijl { $member } met verlof is ({ $start } t/m { $end })
fix-owner-on-leave = Wijs het toe aan iemand anders, of verplaats het

# $channel: de naam van het kanaal; $count: de items op die dag; $max: het maximum per dag.
finding-over-daily-limit = { $channel } heeft { $count ->
        [one] { $count } item
       *[other] { $count } items
    } op { $day }; het maximum is { $max } per dag
fix-over-daily-limit = Verplaats er een paar naar een rustigere dag

# $first en $second: de titels van de twee items; $channel: hun kanaal; $apart: de minuten ertussen; $gap: de minuten die het kanaal minimaal vraagt.
finding-under-min-gap = “{ $first }” en “{ $second }” op { $channel } liggen { $apart ->
        [one] { $apart } minuut
       *[other] { $apart } minuten
    } uit elkaar; het kanaal vraagt minimaal { $gap }
fix-under-min-gap = Zet er meer tijd tussen

# $member: de naam van de eigenaar; $count: de items in die week; $week: de eerste dag van de week; $capacity: het aantal items per week dat deze persoon aankan.
finding-over-capacity = { $member } heeft { $count ->
        [one] { $count } item
       *[other] { $count } items
    } in de week van { $week }; de capaciteit is { $capacity }
fix-over-capacity = Geef een deel van de items van die week aan iemand anders

# $versions: elke versie (finding-version-on of finding-version-unscheduled), gescheiden door list-separator.
finding-translations-apart = De taalversies van “{ $title }” staan niet samen ingepland: { $versions }
# Eén taalversie. $language: de taalcode ("fy"), of "?" als die ontbreekt.
finding-version-on = { $language } { $day }
finding-version-unscheduled = { $language } niet ingepland
fix-translations-apart = Plan alle versies op dezelfde dag in

finding-back-to-review = “{ $title }” was goedgekeurd: door deze wijziging gaat het terug ter goedkeuring
fix-back-to-review = Vraag een goedkeurder om het opnieuw goed te keuren

## De bevindingen van een samenwerking. $title: de titel van de samenwerking.

# $waiting: de partners die niet hebben bevestigd; $total: alle partners; $names: wie dat zijn (finding-names of finding-names-more).
finding-partners-not-confirmed-live = “{ $title }” is live gegaan en { $waiting } van de { $total } partners { $waiting ->
        [one] heeft
       *[other] hebben
    } niet bevestigd: { $names }
# $days: de dagen tot de livegang. De andere argumenten zoals bij finding-partners-not-confirmed-live.
finding-partners-not-confirmed-soon = “{ $title }” gaat over { $days ->
        [one] { $days } dag
       *[other] { $days } dagen
    } live en { $waiting } van de { $total } partners { $waiting ->
        [one] heeft
       *[other] hebben
    } niet bevestigd: { $names }
# $names: maximaal drie namen, gescheiden door list-separator.
finding-names = { $names }
# $names: de eerste drie namen, gescheiden door list-separator; $more: hoeveel anderen.
finding-names-more = { $names } en nog { $more }
# Een partner die inmiddels uit de partnerlijst is verwijderd, op de plek van de naam.
finding-removed-partner = een verwijderde partner
fix-partners-not-confirmed = Stuur ze een herinnering, markeer ze als afgezegd of verschuif de livegang

# $due: de deadline voor het materiaal; $live: de dag van de livegang.
finding-assets-after-go-live = “{ $title }”: de deadline voor het materiaal is { $due }, na de livegang op { $live }
fix-assets-after-go-live = Leg de deadline voor het materiaal vóór de livegang

# $partner: de naam van de partner.
finding-declined-in-relay = “{ $title }”: { $partner } heeft afgezegd maar heeft nog een tijdslot in de estafette
fix-declined-in-relay = Geef het tijdslot aan een andere partner of maak het vrij

# $item: de titel van het item; $period: de naam van de belangrijke datum.
finding-collaboration-item-in-blackout = “{ $title }”: “{ $item }” staat gepland op { $day }, tijdens { $period }
fix-collaboration-item-in-blackout = Verplaats het item naar een dag buiten de stilteperiode

## Waarom de bulkupload van een publicatietool een item zou weigeren, na de titel ervan.

handoff-no-time = heeft geen tijdstip: de tool plant elk bericht op een tijdstip in
handoff-no-copy = heeft geen tekst om te publiceren
# $minutes: hoe ver vooruit de tools een bericht minimaal nodig hebben.
handoff-too-soon = ligt minder dan { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } in de toekomst of is al voorbij
handoff-hootsuite-minute-marks = Hootsuite plant alleen in op veelvouden van 5 minuten (:00, :05, …)
handoff-hootsuite-duplicate = Hootsuite weigert een bericht dat gelijk is aan een ander bericht
# $minutes: hoeveel minuten Sprout minimaal tussen berichten nodig heeft.
handoff-sprout-gap = Sprout vereist minstens { $minutes ->
        [one] { $minutes } minuut
       *[other] { $minutes } minuten
    } tussen berichten
handoff-buffer-free-queue = het gratis abonnement van Buffer houdt 10 ingeplande berichten per kanaal aan
handoff-buffer-instagram-image = Buffer plaatst op Instagram alleen met een afbeelding: zet het adres van de afbeelding (eindigend op .jpg, .png, …) in de tekst
