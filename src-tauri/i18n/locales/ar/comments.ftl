## Comments on an item, a campaign or a collaboration, and the decision log of a year or a campaign.

## Comments.

# The heading. $count: the comments.
comments-title = التعليقات ({ $count })
# After a comment's author and date. $names: the members it mentions, as a list (joined by comments-names-separator).
comments-mentions = يذكر { $names }
# What goes between two names in a list of members ("Ann, Bo").
comments-names-separator = { "، " }
comments-delete = حذف
# The accessible name of a comment's Delete button. $author: who wrote it.
comments-delete-label = حذف تعليق { $author }
comments-add = إضافة تعليق
# Beside "Add a comment". @Name: an at sign then a member's name; Ctrl+Enter: the keys, as the keyboard names them.
comments-add-hint = (@الاسم لذكر أحد الأعضاء؛ Ctrl+Enter للنشر)
# The button that posts the comment.
comments-post = نشر التعليق
# The status line after posting.
comments-posted = نُشر التعليق.
# The status line after posting. $names: the members mentioned, as a list (joined by comments-names-separator).
comments-posted-mentioning = نُشر التعليق مع ذكر { $names }.

## The decision log.

# The heading. $count: the decisions logged.
comments-decisions-title = القرارات ({ $count })
comments-decisions-export = تصدير CSV
# The suggested file name, before .csv. $year: the plan year ("2027").
comments-decisions-file-name = القرارات { $year }
# The status line. $count: the decisions written; $path: the file's full path.
comments-decisions-written = حُفظ { $count ->
        [zero] { $count } قرار
        [one] قرار واحد
        [two] قراران
        [few] { $count } قرارات
        [many] { $count } قرارًا
       *[other] { $count } قرار
    } في { $path }.
# The log's columns: the day, the decision, its rationale, who took it.
comments-decisions-col-on = التاريخ
comments-decisions-col-decision = القرار
comments-decisions-col-why = السبب
comments-decisions-col-by = متخذ القرار
# The summary that opens the form.
comments-decision-log = تسجيل قرار
comments-decision = القرار
comments-decision-rationale = المبررات
comments-decision-by = اتخذه
# The label of the day the decision was taken.
comments-decision-on = بتاريخ
comments-decision-submit = تسجيل
comments-decision-logged = سُجّل القرار. للتراجع اضغط Ctrl+Z.
