## The journal's names for the changes made to the plan: what Undo and Redo offer, what an
## item's history and the audit trail list. Kept as data, so each reader sees them in their
## own language. $title: a record's title or name, cut to 40 characters (with "…").

history-undo = Deshacer: { $action }
history-redo = Rehacer: { $action }
# $text: the name of a change recorded before names were kept as data, as it was written.
history-recorded = { $text }

history-move = Mover «{ $title }»
history-move-to-backlog = Mover «{ $title }» al banco de ideas

history-add-item = Añadir «{ $title }»
history-edit-item = Editar «{ $title }»
history-delete-item = Eliminar «{ $title }»
history-delete-occurrence = Eliminar una repetición de «{ $title }»
# $language: the version's language code ("fr").
history-add-version = Añadir una versión ({ $language }) de «{ $title }»

history-add-series = Añadir la serie «{ $title }» ({ $count ->
    [one] { $count } repetición
   *[other] { $count } repeticiones
})
history-edit-series-all = Editar todas las repeticiones de «{ $title }»
history-edit-series-following = Editar «{ $title }» y las repeticiones siguientes
history-delete-series = Eliminar la serie «{ $title }»
history-delete-series-following = Eliminar «{ $title }» y las repeticiones siguientes

history-add-campaign = Añadir la campaña «{ $title }»
history-edit-campaign = Editar la campaña «{ $title }»
history-delete-campaign = Eliminar la campaña «{ $title }»
history-move-campaign = Mover la campaña «{ $title }»
history-resize-campaign = Cambiar la duración de la campaña «{ $title }»
history-add-team-member = Añadir a «{ $title }» al equipo
history-edit-team-member = Editar al miembro del equipo «{ $title }»
history-delete-team-member = Quitar a «{ $title }» del equipo
history-add-channel = Añadir el canal «{ $title }»
history-edit-channel = Editar el canal «{ $title }»
history-delete-channel = Eliminar el canal «{ $title }»
history-add-partner-group = Añadir el grupo de socios «{ $title }»
history-edit-partner-group = Editar el grupo de socios «{ $title }»
history-delete-partner-group = Eliminar el grupo de socios «{ $title }»
history-add-partner = Añadir el socio «{ $title }»
history-edit-partner = Editar el socio «{ $title }»
history-delete-partner = Eliminar el socio «{ $title }»
# $duplicate, $keep: the two partners' names.
history-merge-partners = Fusionar «{ $duplicate }» con «{ $keep }»
history-add-objective = Añadir el objetivo «{ $title }»
history-edit-objective = Editar el objetivo «{ $title }»
history-delete-objective = Eliminar el objetivo «{ $title }»
history-add-key-date = Añadir la fecha clave «{ $title }»
history-edit-key-date = Editar la fecha clave «{ $title }»
history-delete-key-date = Eliminar la fecha clave «{ $title }»
history-add-brand = Añadir la marca «{ $title }»
history-edit-brand = Editar la marca «{ $title }»
history-delete-brand = Eliminar la marca «{ $title }»

# $objective: the objective's name.
history-add-coverage-rule = Añadir una regla de cobertura a «{ $objective }»
history-edit-coverage-rule = Editar una regla de cobertura de «{ $objective }»
history-delete-coverage-rule = Eliminar una regla de cobertura
history-fill-coverage-gaps = { $count ->
    [one] Cubrir { $count } hueco de cobertura
   *[other] Cubrir { $count } huecos de cobertura
}

history-send-for-review-one = Enviar «{ $title }» a revisión
history-send-for-review-many = { $count ->
    [one] Enviar { $count } contenido a revisión
   *[other] Enviar { $count } contenidos a revisión
}
history-approve-one = Aprobar «{ $title }»
history-approve-many = { $count ->
    [one] Aprobar { $count } contenido
   *[other] Aprobar { $count } contenidos
}
history-request-changes-one = Solicitar cambios en «{ $title }»
history-request-changes-many = { $count ->
    [one] Solicitar cambios en { $count } contenido
   *[other] Solicitar cambios en { $count } contenidos
}

history-add-request = Añadir la solicitud «{ $title }»
history-edit-request = Editar la solicitud «{ $title }»
history-delete-request = Eliminar la solicitud «{ $title }»
history-accept-request = Aceptar la solicitud «{ $title }»
history-decline-request = Rechazar la solicitud «{ $title }»
history-park-request = Dejar en espera la solicitud «{ $title }»

history-add-collaboration = Añadir la colaboración «{ $title }»
history-edit-collaboration = Editar la colaboración «{ $title }»
history-delete-collaboration = Eliminar la colaboración «{ $title }»
# $partner: the partner's name; $status: where it now stands ("Confirmed").
history-partner-status = «{ $title }»: { $partner } { $status }
# $group: the partner group's name.
history-add-group = Añadir «{ $group }» a «{ $title }»

history-link-post = Vincular «{ $title }» a su publicación
history-add-outcome = Anotar «{ $title }»
history-edit-outcome = Editar «{ $title }»
history-remove-outcome = Eliminar «{ $title }»
# $year: the plan's year ("2027").
history-edit-plan-year = Editar el plan de { $year }

# $reason: why the team paused (its own words).
history-pause = { $count ->
    [one] Pausar { $count } contenido: «{ $reason }»
   *[other] Pausar { $count } contenidos: «{ $reason }»
}
history-resume = { $count ->
    [one] Reanudar { $count } contenido después de «{ $reason }»
   *[other] Reanudar { $count } contenidos después de «{ $reason }»
}
history-resume-reflow = { $count ->
    [one] Reanudar { $count } contenido y trasladarlo a después de «{ $reason }»
   *[other] Reanudar { $count } contenidos y trasladarlos a después de «{ $reason }»
}

history-change-settings = Cambiar la configuración
history-set-aside = Apartar las filas que Almanac no pudo leer
history-add-comment = Comentar «{ $title }»
history-delete-comment = Eliminar un comentario
# $decision: the decision as logged (its own words).
history-log-decision = Registrar la decisión «{ $decision }»
history-edit-decision = Editar la decisión «{ $decision }»
history-remove-decision = Eliminar la decisión «{ $decision }»

# $file: the file's name.
history-import-partners = { $count ->
    [one] Importar { $count } socio desde { $file }
   *[other] Importar { $count } socios desde { $file }
}
history-import-items = { $count ->
    [one] Importar { $count } contenido desde { $file }
   *[other] Importar { $count } contenidos desde { $file }
}
history-import-key-dates = { $count ->
    [one] Importar { $count } fecha clave desde { $file }
   *[other] Importar { $count } fechas clave desde { $file }
}
history-import-blackouts = { $count ->
    [one] Importar { $count } periodo de silencio desde { $file }
   *[other] Importar { $count } periodos de silencio desde { $file }
}
history-import-results = { $count ->
    [one] Importar los resultados de { $count } publicación desde { $file }
   *[other] Importar los resultados de { $count } publicaciones desde { $file }
}
history-link-posts = { $count ->
    [one] Vincular { $count } contenido a su publicación
   *[other] Vincular { $count } contenidos a sus publicaciones
}
history-import-plan = Importar el plan completo desde { $file }
history-load-sample = Cargar el plan de ejemplo

# $field: the field both sides changed, as the plan names it.
history-keep-mine = Conservar mi versión: { $field } de «{ $title }»
history-keep-theirs = Conservar la otra versión: { $field } de «{ $title }»
history-restore = Restaurar «{ $title }»
# $reason: the team server's reason, as it gave it.
history-refused = Rechazado por el servidor del equipo: { $reason }
history-from-team = Cambios del equipo
history-team-created = Creado
history-team-deleted = Eliminado
# $fields: the fields the change set, as the plan names them.
history-team-changed = Modificado: { $fields }
