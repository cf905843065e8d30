## Comments on an item, a campaign or a collaboration, and the decision log of a year or a campaign.

## Comments.

# The heading. $count: the comments.
comments-title = Commentaires ({ $count })
# After a comment's author and date. $names: the members it mentions, as a list (joined by comments-names-separator).
comments-mentions = mentionne { $names }
# What goes between two names in a list of members ("Ann, Bo").
comments-names-separator = { ", " }
comments-delete = Supprimer
# The accessible name of a comment's Delete button. $author: who wrote it.
comments-delete-label = Supprimer le commentaire de { $author }
comments-add = Ajouter un commentaire
# Beside "Add a comment". @Name: an at sign then a member's name; Ctrl+Enter: the keys, as the keyboard names them.
comments-add-hint = (@Nom mentionne un membre ; Ctrl+Entrée pour publier)
# The button that posts the comment.
comments-post = Commenter
# The status line after posting.
comments-posted = Commentaire publié.
# The status line after posting. $names: the members mentioned, as a list (joined by comments-names-separator).
comments-posted-mentioning = Commentaire publié, avec une mention de { $names }.

## The decision log.

# The heading. $count: the decisions logged.
comments-decisions-title = Décisions ({ $count })
comments-decisions-export = Exporter en CSV
# The suggested file name, before .csv. $year: the plan year ("2027").
comments-decisions-file-name = Décisions { $year }
# The status line. $count: the decisions written; $path: the file's full path.
comments-decisions-written = { $count ->
        [one] { $count } décision enregistrée
       *[other] { $count } décisions enregistrées
    } dans { $path }.
# The log's columns: the day, the decision, its rationale, who took it.
comments-decisions-col-on = Date
comments-decisions-col-decision = Décision
comments-decisions-col-why = Justification
comments-decisions-col-by = Par
# The summary that opens the form.
comments-decision-log = Consigner une décision
comments-decision = Décision
comments-decision-rationale = Justification
comments-decision-by = Décidé par
# The label of the day the decision was taken.
comments-decision-on = Le
comments-decision-submit = Consigner
comments-decision-logged = Décision consignée. Ctrl+Z pour annuler.
