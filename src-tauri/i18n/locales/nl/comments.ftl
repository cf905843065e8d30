## Comments on an item, a campaign or a collaboration, and the decision log of a year or a campaign.

## Comments.

# The heading. $count: the comments.
comments-title = Opmerkingen ({ $count })
# After a comment's author and date. $names: the members it mentions, as a list (joined by comments-names-separator).
comments-mentions = noemt { $names }
# What goes between two names in a list of members ("Ann, Bo").
comments-names-separator = { ", " }
comments-delete = Verwijderen
# The accessible name of a comment's Delete button. $author: who wrote it.
comments-delete-label = Opmerking van { $author } verwijderen
comments-add = Opmerking toevoegen
# Beside "Add a comment". @Name: an at sign then a member's name; Ctrl+Enter: the keys, as the keyboard names them.
comments-add-hint = (@Naam noemt een teamlid; Ctrl+Enter plaatst)
# The button that posts the comment.
comments-post = Plaatsen
# The status line after posting.
comments-posted = Opmerking geplaatst.
# The status line after posting. $names: the members mentioned, as a list (joined by comments-names-separator).
comments-posted-mentioning = Opmerking geplaatst, met vermelding van { $names }.

## The decision log.

# The heading. $count: the decisions logged.
comments-decisions-title = Besluiten ({ $count })
comments-decisions-export = CSV exporteren
# The suggested file name, before .csv. $year: the plan year ("2027").
comments-decisions-file-name = Besluiten { $year }
# The status line. $count: the decisions written; $path: the file's full path.
comments-decisions-written = { $count ->
        [one] { $count } besluit
       *[other] { $count } besluiten
    } opgeslagen in { $path }.
# The log's columns: the day, the decision, its rationale, who took it.
comments-decisions-col-on = Op
comments-decisions-col-decision = Besluit
comments-decisions-col-why = Waarom
comments-decisions-col-by = Door
# The summary that opens the form.
comments-decision-log = Besluit vastleggen
comments-decision = Besluit
comments-decision-rationale = Onderbouwing
comments-decision-by = Besloten door
# The label of the day the decision was taken.
comments-decision-on = Op
comments-decision-submit = Vastleggen
comments-decision-logged = Besluit vastgelegd. Ongedaan maken met Ctrl+Z.
