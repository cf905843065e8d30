## El dosier informativo para los socios: una página A4 para los socios de una colaboración, y el mismo texto para un correo, en el idioma del plan.

# El título en las propiedades del PDF. $title: la colaboración.
brief-document-title = Briefing: { $title }
# Sobre el título. $kind: el tipo de colaboración («Hilo en relevo»).
brief-kicker = Briefing para socios · { $kind }
# Sobre el título de una colaboración que pertenece a una campaña. $kind: su tipo; $campaign: la campaña.
brief-kicker-campaign = Briefing para socios · { $kind } · { $campaign }
# Bajo el título. $organisation: quién envía el briefing.
brief-from = Enviado por { $organisation }
# Los encabezados de la página (impresos en mayúsculas).
brief-goes-live = Publicación
brief-assets-due = Entrega de materiales
brief-approval-due = Plazo de aprobación
brief-key-message = Mensaje clave
brief-hashtags = Hashtags
brief-assets = Materiales
# «Hora local»: cada socio lee las horas en su propio reloj.
brief-relay-order = Orden del relevo — hora local
brief-partners = Socios — hora local
# Las columnas de la tabla de socios: orden en el relevo, socio, función, publicación (o franja) en su hora local, contacto.
brief-column-order = N.º
brief-column-partner = Socio
brief-column-role = Función
brief-column-their-time = Publicación, hora local
brief-column-contact = Contacto
# Los socios que no caben en la página. $count: cuántos.
brief-more-partners = { $count ->
    [one] +{ $count } socio más
   *[other] +{ $count } socios más
}
# La publicación cuando aún no tiene fecha.
brief-not-set = aún sin fijar
# La publicación en el reloj del plan. $date: el día completo; $time: la hora; $zone: el huso horario del plan (Europe/Madrid); $offset: su diferencia con UTC (UTC+01:00).
brief-go-live-at = { $date }, { $time } { $zone } ({ $offset })
# La publicación o franja de un socio en su propio reloj. $date: el día completo; $time: la hora; $zone: el huso horario del socio.
brief-their-time = { $date }, { $time } { $zone }
# El pie de página. $organisation: quién lo envía; $date: el día en que se imprimió.
brief-footer = { $organisation } · briefing para socios · impreso el { $date } · Almanac

## El briefing como correo: una línea cada uno.

# $campaign: la campaña.
brief-email-campaign = Campaña: { $campaign }
# $when: la publicación, como en la página.
brief-email-goes-live = Publicación: { $when }
# $date: el día completo.
brief-email-assets-due = Entrega de materiales: { $date }
# $date: el día completo.
brief-email-approval-due = Plazo de aprobación: { $date }
# Seguido del mensaje clave en las líneas siguientes.
brief-email-key-message = Mensaje clave:
# $hashtags: los hashtags, separados por espacios.
brief-email-hashtags = Hashtags: { $hashtags }
# Seguido de los materiales que hay que enviar, en las líneas siguientes.
brief-email-assets = Materiales:
# Seguido de los socios en el orden del relevo.
brief-email-relay-order = Orden del relevo (hora local):
# Seguido de los socios.
brief-email-partners = Socios (hora local):
# La línea de un socio. $partner: el socio; $time: su publicación o franja en su reloj.
brief-email-partner = { $partner } — { $time }
# Igual, con su función. $partner: el socio; $time: su publicación o franja; $role: lo que hace.
brief-email-partner-role = { $partner } — { $time } ({ $role })
