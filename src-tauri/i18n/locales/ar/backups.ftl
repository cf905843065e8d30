## File → Back up the plan and File → Restore from a backup.

backups-done = تم
backups-cancel = إلغاء

## File → Back up the plan: a copy of the plan, or the whole plan as JSON.

backups-title = نسخ الخطة احتياطيًا
backups-intro = يحتفظ Almanac أيضًا بلقطة لكل يوم (لآخر 7 أيام و4 أسابيع) وبلقطة قبل كل استيراد أو استعادة، في مجلد الخطة.
# The legend of the choice of what to save.
backups-save-as = الحفظ بصيغة
backups-format-copy = نسخة من الخطة (.almanac)، للاستعادة
backups-format-json = الخطة كاملة بصيغة JSON، للأدوات الأخرى
# The label of the file's path.
backups-file = الملف
# The suggested file name, before its extension. $day: today (YYYY-MM-DD).
backups-file-name = خطة { $day }
# The suggested file name, before its extension. $organisation: the organisation's name from Settings; $day: today (YYYY-MM-DD).
backups-file-name-of = خطة { $organisation } { $day }
# The accessible name of the progress bar while the copy is taken.
backups-backing-up = جارٍ النسخ الاحتياطي
backups-copying = جارٍ نسخ الخطة…
backups-submit = نسخ احتياطي
# The result and status line. $path: the copy's full path.
backups-saved-copy = حُفظت نسخة من الخطة في { $path }.
# The result and status line. $count: the records written; $path: the file's full path.
backups-saved-json = حُفظت الخطة كاملة ({ $count ->
        [zero] { $count } سجل
        [one] سجل واحد
        [two] سجلان
        [few] { $count } سجلات
        [many] { $count } سجلًا
       *[other] { $count } سجل
    }) بصيغة JSON في { $path }.

## File → Restore from a backup: a copy replaces the plan, which is snapshotted first.

backups-restore-title = الاستعادة من نسخة احتياطية
backups-restore-intro = تحل النسخة التي تختارها محل الخطة. وتُحفظ الخطة بحالتها الحالية أولًا في لقطة، لذا يمكن التراجع عن ذلك.
backups-restore-copy = النسخة المراد استعادتها
backups-restore-placeholder = نسخة احتياطية ‎.almanac أو لقطة
# The button that opens the system's Open dialog.
backups-restore-choose = اختيار…
backups-restore-set-aside = إذا تعذّرت قراءة بعض الصفوف، فاستعد الباقي وضع تلك الصفوف جانبًا في تقرير
# Shown when the copy is far larger than any plan.
backups-restore-large = هذه النسخة كبيرة إلى هذا الحد عن قصد: استعدها على أي حال
backups-restore-submit = استعادة
# The result and status line. $path: the copy restored.
backups-restored = تمت استعادة { $path }.
# The result and status line. $path: the copy restored; $before: the snapshot of the plan as it was.
backups-restored-kept = تمت استعادة { $path }. الخطة كما كانت محفوظة في { $before }.
# The result and status line. $path: the copy restored; $count: the rows that could not be read; $report: the report that lists them.
backups-restored-set-aside = تمت استعادة { $path }. { $count ->
        [zero] وُضع { $count } صف تعذّرت على Almanac قراءتها جانبًا في { $report }.
        [one] وُضع صف واحد تعذّرت على Almanac قراءته جانبًا في { $report }.
        [two] وُضع صفان تعذّرت على Almanac قراءتهما جانبًا في { $report }.
        [few] وُضعت { $count } صفوف تعذّرت على Almanac قراءتها جانبًا في { $report }.
        [many] وُضع { $count } صفًا تعذّرت على Almanac قراءتها جانبًا في { $report }.
       *[other] وُضع { $count } صف تعذّرت على Almanac قراءتها جانبًا في { $report }.
    }
# The result and status line. $path: the copy restored; $before: the snapshot of the plan as it was; $count: the rows that could not be read; $report: the report that lists them.
backups-restored-kept-set-aside = تمت استعادة { $path }. الخطة كما كانت محفوظة في { $before }. { $count ->
        [zero] وُضع { $count } صف تعذّرت على Almanac قراءتها جانبًا في { $report }.
        [one] وُضع صف واحد تعذّرت على Almanac قراءته جانبًا في { $report }.
        [two] وُضع صفان تعذّرت على Almanac قراءتهما جانبًا في { $report }.
        [few] وُضعت { $count } صفوف تعذّرت على Almanac قراءتها جانبًا في { $report }.
        [many] وُضع { $count } صفًا تعذّرت على Almanac قراءتها جانبًا في { $report }.
       *[other] وُضع { $count } صف تعذّرت على Almanac قراءتها جانبًا في { $report }.
    }
