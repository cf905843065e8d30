## Comments on an item, a campaign or a collaboration, and the decision log of a year or a campaign.

## Comments.

# The heading. $count: the comments.
comments-title = Comments ({ $count })
# After a comment's author and date. $names: the members it mentions, as a list (joined by comments-names-separator).
comments-mentions = mentions { $names }
# What goes between two names in a list of members ("Ann, Bo").
comments-names-separator = { ", " }
comments-delete = Delete
# The accessible name of a comment's Delete button. $author: who wrote it.
comments-delete-label = Delete the comment by { $author }
comments-add = Add a comment
# Beside "Add a comment". @Name: an at sign then a member's name; Ctrl+Enter: the keys, as the keyboard names them.
comments-add-hint = (@Name mentions a member; Ctrl+Enter posts)
# The button that posts the comment.
comments-post = Comment
# The status line after posting.
comments-posted = Commented.
# The status line after posting. $names: the members mentioned, as a list (joined by comments-names-separator).
comments-posted-mentioning = Commented, mentioning { $names }.

## The decision log.

# The heading. $count: the decisions logged.
comments-decisions-title = Decisions ({ $count })
comments-decisions-export = Export CSV
# The suggested file name, before .csv. $year: the plan year ("2027").
comments-decisions-file-name = Decisions { $year }
# The status line. $count: the decisions written; $path: the file's full path.
comments-decisions-written = Wrote { $count ->
        [one] { $count } decision
       *[other] { $count } decisions
    } to { $path }.
# The log's columns: the day, the decision, its rationale, who took it.
comments-decisions-col-on = On
comments-decisions-col-decision = Decision
comments-decisions-col-why = Why
comments-decisions-col-by = By
# The summary that opens the form.
comments-decision-log = Log a decision
comments-decision = Decision
comments-decision-rationale = Rationale
comments-decision-by = Decided by
# The label of the day the decision was taken.
comments-decision-on = On
comments-decision-submit = Log it
comments-decision-logged = Logged the decision. Undo with Ctrl+Z.
