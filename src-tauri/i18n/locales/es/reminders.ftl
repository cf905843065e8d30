## Recordatorios: notificaciones de escritorio para el miembro que usa este portátil, en el idioma de la ventana.

# $count: los contenidos que esperan la aprobación de este miembro.
reminder-approvals = { $count ->
    [one] { $count } contenido espera tu aprobación
   *[other] { $count } contenidos esperan tu aprobación
}
reminder-approvals-body = Abre Aprobaciones para aprobarlos o solicitar cambios.
# Un plazo de una colaboración. $day: today, tomorrow o later; $date: el día, abreviado («vie 7 may»), en later; $title: la colaboración.
reminder-assets-due = { $day ->
    [today] Entrega de materiales hoy: «{ $title }»
    [tomorrow] Entrega de materiales mañana: «{ $title }»
   *[later] Entrega de materiales el { $date }: «{ $title }»
}
reminder-approval-due = { $day ->
    [today] Hoy vence el plazo de aprobación: «{ $title }»
    [tomorrow] Mañana vence el plazo de aprobación: «{ $title }»
   *[later] El plazo de aprobación vence el { $date }: «{ $title }»
}
reminder-goes-live = { $day ->
    [today] Se publica hoy: «{ $title }»
    [tomorrow] Se publica mañana: «{ $title }»
   *[later] Se publica el { $date }: «{ $title }»
}
# La frase bajo un plazo. $date: el día completo; $title: la colaboración.
reminder-assets-due-body = Los materiales de la colaboración «{ $title }» deben entregarse a más tardar el { $date }.
reminder-approval-due-body = La colaboración «{ $title }» debe aprobarse a más tardar el { $date }.
reminder-goes-live-body = La colaboración «{ $title }» se publica el { $date }.
# Contenidos que se publican pronto y siguen siendo ideas o borradores. $count: cuántos; $date: el último día revisado, completo.
reminder-drafts = { $count ->
    [one] { $count } contenido aún en borrador se publicará a más tardar el { $date }
   *[other] { $count } contenidos aún en borrador se publicarán a más tardar el { $date }
}
# $titles: los títulos de los contenidos, cada uno entre comillas (reminder-quoted), unidos con list-separator.
reminder-drafts-body = { $titles }.
# $titles: los títulos de los cinco primeros contenidos; $count: cuántos más.
reminder-drafts-body-more = { $titles } y { $count } más.
# El título de un contenido en una lista. $title: el título.
reminder-quoted = «{ $title }»
# El título del resumen diario. $count: los recordatorios que resume.
reminder-digest = { $count ->
    [one] Almanac hoy: { $count } recordatorio
   *[other] Almanac hoy: { $count } recordatorios
}
