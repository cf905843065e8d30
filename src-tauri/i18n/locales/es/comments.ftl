## Comments on an item, a campaign or a collaboration, and the decision log of a year or a campaign.

## Comments.

# The heading. $count: the comments.
comments-title = Comentarios ({ $count })
# After a comment's author and date. $names: the members it mentions, as a list (joined by comments-names-separator).
comments-mentions = menciona a { $names }
# What goes between two names in a list of members ("Ann, Bo").
comments-names-separator = { ", " }
comments-delete = Eliminar
# The accessible name of a comment's Delete button. $author: who wrote it.
comments-delete-label = Eliminar el comentario de { $author }
comments-add = Añadir un comentario
# Beside "Add a comment". @Name: an at sign then a member's name; Ctrl+Enter: the keys, as the keyboard names them.
comments-add-hint = (@Nombre menciona a un miembro; Ctrl+Intro publica)
# The button that posts the comment.
comments-post = Comentar
# The status line after posting.
comments-posted = Comentario publicado.
# The status line after posting. $names: the members mentioned, as a list (joined by comments-names-separator).
comments-posted-mentioning = Comentario publicado, con mención a { $names }.

## The decision log.

# The heading. $count: the decisions logged.
comments-decisions-title = Decisiones ({ $count })
comments-decisions-export = Exportar CSV
# The suggested file name, before .csv. $year: the plan year ("2027").
comments-decisions-file-name = Decisiones { $year }
# The status line. $count: the decisions written; $path: the file's full path.
comments-decisions-written = { $count ->
        [one] Se guardó { $count } decisión
       *[other] Se guardaron { $count } decisiones
    } en { $path }.
# The log's columns: the day, the decision, its rationale, who took it.
comments-decisions-col-on = Fecha
comments-decisions-col-decision = Decisión
comments-decisions-col-why = Motivo
comments-decisions-col-by = Por
# The summary that opens the form.
comments-decision-log = Registrar una decisión
comments-decision = Decisión
comments-decision-rationale = Justificación
comments-decision-by = Decidido por
# The label of the day the decision was taken.
comments-decision-on = Fecha
comments-decision-submit = Registrarla
comments-decision-logged = Decisión registrada. Deshacer con Ctrl+Z.
