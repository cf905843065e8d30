## Los hallazgos de las comprobaciones: qué falla en el plan y qué lo solucionaría. Cada mensaje
## y cada solución es una sola oración sin punto final: la ventana lo añade donde los muestra.
## $title: el título de un contenido o de una colaboración, recortado a 40 caracteres (con «…»). Un $day, $start,
## $end, $due, $live o $week es un día, ya escrito como el idioma escribe los días.

finding-approved-without-date = «{ $title }» está aprobado pero no tiene fecha
fix-approved-without-date = Ponle una fecha o devuélvelo a borrador

finding-past-not-published = «{ $title }» estaba previsto para el { $day } y nunca se publicó
fix-past-not-published = Márcalo como publicado, reprográmalo o cancélalo

# $problem: lo que rechaza la red (copy-too-long o copy-too-many-hashtags).
finding-copy-over-limit = «{ $title }»: { $problem }
fix-copy-over-limit = Acorta el texto en la ventana del contenido, que cuenta igual que la red
# $network: el nombre de la red («X», «Instagram»); $length: la longitud del texto tal como la cuenta; $limit: el máximo que admite.
copy-too-long = { $network } cuenta { $length ->
        [one] { $length } carácter
       *[other] { $length } caracteres
    } en el texto; admite { $limit }
# $hashtags: los hashtags del texto; $network: el nombre de la red; $most: el máximo que admite.
copy-too-many-hashtags = el texto tiene { $hashtags ->
        [one] { $hashtags } hashtag
       *[other] { $hashtags } hashtags
    }; { $network } admite como máximo { $most }

# $period: el nombre de la fecha clave («Elecciones generales»); $level: el nivel del periodo de silencio.
finding-in-blackout = «{ $title }» está previsto para el { $day }, durante el periodo { $period } ({ $level ->
        [no-posting] no se puede publicar nada
        [restricted] solo se puede publicar contenido autorizado
       *[no-new-campaigns] no puede empezar ninguna campaña nueva
    })
fix-in-blackout = Sácalo del periodo de silencio

# $campaign: el nombre de la campaña; $start y $end: su primer y su último día.
finding-outside-campaign = «{ $title }» está previsto para el { $day }, fuera de su campaña «{ $campaign }» (del { $start } al { $end })
fix-outside-campaign = Muévelo dentro del periodo de la campaña o amplía ese periodo

# $member: el nombre del responsable; $start y $end: el primer y el último día de su ausencia.
finding-owner-on-leave = «{ $title }» está previsto para el { $day }, cuando { $member } está ausente (del { $start } al { $end })
fix-owner-on-leave = Asígnaselo a otra persona o muévelo

# $channel: el nombre del canal; $count: sus contenidos ese día; $max: el máximo que admite al día.
finding-over-daily-limit = { $channel } tiene { $count ->
        [one] { $count } contenido
       *[other] { $count } contenidos
    } el { $day }; admite { $max } al día
fix-over-daily-limit = Mueve algunos a un día más tranquilo

# $first y $second: los títulos de los dos contenidos; $channel: su canal; $apart: los minutos que los separan; $gap: los minutos que exige el canal.
finding-under-min-gap = «{ $first }» y «{ $second }» en { $channel } están a { $apart ->
        [one] { $apart } minuto
       *[other] { $apart } minutos
    } de distancia; el canal exige { $gap }
fix-under-min-gap = Sepáralos más

# $member: el nombre del responsable; $count: sus contenidos esa semana; $week: el primer día de la semana; $capacity: los contenidos a la semana que puede asumir.
finding-over-capacity = { $member } tiene { $count ->
        [one] { $count } contenido
       *[other] { $count } contenidos
    } en la semana del { $week }; su capacidad es de { $capacity }
fix-over-capacity = Reparte los contenidos de esa semana con otra persona

# $versions: cada versión (finding-version-on o finding-version-unscheduled), unidas con list-separator.
finding-translations-apart = Las versiones de idioma de «{ $title }» no están programadas a la vez: { $versions }
# Una versión de idioma. $language: su código de idioma («eu»), o «?» si no tiene.
finding-version-on = { $language } el { $day }
finding-version-unscheduled = { $language } sin programar
fix-translations-apart = Programa todas las versiones el mismo día

finding-back-to-review = «{ $title }» estaba aprobado: este cambio lo devuelve a revisión
fix-back-to-review = Pide a un aprobador que lo vuelva a aprobar

## Los hallazgos de una colaboración. $title: el título de la colaboración.

# $waiting: los socios que no han confirmado; $total: todos sus socios; $names: quiénes son (finding-names o finding-names-more).
finding-partners-not-confirmed-live = «{ $title }» ya se ha publicado y { $waiting ->
        [one] { $waiting } de { $total } socios no ha confirmado
       *[other] { $waiting } de { $total } socios no han confirmado
    }: { $names }
# $days: los días que faltan para la publicación. Los demás argumentos, como en finding-partners-not-confirmed-live.
finding-partners-not-confirmed-soon = «{ $title }» se publica dentro de { $days ->
        [one] { $days } día
       *[other] { $days } días
    } y { $waiting ->
        [one] { $waiting } de { $total } socios no ha confirmado
       *[other] { $waiting } de { $total } socios no han confirmado
    }: { $names }
# $names: hasta tres nombres, unidos con list-separator.
finding-names = { $names }
# $names: los tres primeros nombres, unidos con list-separator; $more: cuántos más.
finding-names-more = { $names } y { $more } más
# Un socio eliminado del directorio desde entonces, donde iría su nombre.
finding-removed-partner = un socio eliminado
fix-partners-not-confirmed = Vuelve a contactarlos, márcalos como que han declinado o cambia la fecha de publicación

# $due: el día de entrega de los materiales; $live: el día de la publicación.
finding-assets-after-go-live = «{ $title }»: la entrega de materiales vence el { $due }, después de la publicación del { $live }
fix-assets-after-go-live = Adelanta la entrega de materiales a antes de la publicación

# $partner: el nombre del socio.
finding-declined-in-relay = «{ $title }»: { $partner } ha declinado pero sigue ocupando una franja del relevo
fix-declined-in-relay = Asigna la franja a otro socio o déjala libre

# $item: el título del contenido; $period: el nombre de la fecha clave.
finding-collaboration-item-in-blackout = «{ $title }»: «{ $item }» está programado para el { $day }, durante el periodo { $period }
fix-collaboration-item-in-blackout = Saca el contenido del periodo de silencio

## Por qué la carga masiva de una herramienta de publicación rechazaría un contenido, tras su título.

handoff-no-time = no tiene hora: la herramienta programa cada mensaje a una hora concreta
handoff-no-copy = no tiene texto que publicar
# $minutes: con cuánta antelación necesitan las herramientas un mensaje.
handoff-too-soon = está a menos de { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } de ahora o ya ha pasado
handoff-hootsuite-minute-marks = Hootsuite solo programa en múltiplos de 5 minutos (:00, :05, …)
handoff-hootsuite-duplicate = Hootsuite rechaza un mensaje idéntico a otro
# $minutes: cuántos minutos exige Sprout entre mensajes.
handoff-sprout-gap = Sprout exige al menos { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    } entre mensajes
handoff-buffer-free-queue = el plan gratuito de Buffer admite 10 publicaciones programadas por canal
handoff-buffer-instagram-image = Buffer solo publica en Instagram con una imagen: pon la dirección de la imagen (terminada en .jpg, .png, …) en el texto
