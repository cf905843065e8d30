## Results: the Results view (a year's or a quarter's numbers against the objectives, per
## platform and per campaign, the best and the weakest items, the lessons), each
## objective's chart of its metric week by week, and the view's dialogs: importing
## results, pasting links to posts, noting an outcome or a lesson, “By the numbers”.

results-title = النتائج
results-year-label = السنة
results-period-label = الفترة
results-period-year = السنة كاملة
# An option of the Period list: a quarter of the year. $quarter: 1 to 4.
results-quarter-option = الربع { $quarter }
# A quarter of a year, in the title and the file name of “By the numbers”. $year: the year ("2027"); $quarter: 1 to 4.
results-period-quarter = الربع { $quarter } من { $year }
results-import-open = استيراد النتائج…
results-paste-open = لصق الروابط…
results-outcome-open = تسجيل حصيلة…
results-export-open-dialog = بالأرقام…
# Above the numbers. $name: the period as the app names it ("2027 Q2"); $from, $to: its first and last day, already formatted.
results-period-line = { $name }: من { $from } إلى { $to }. أرقام من ملفات تصدير المنصات المستوردة هنا، والحصائل التي سجّلها الفريق.
results-headline = الأرقام الرئيسية

# The metrics, as the headings of the tiles and the columns (lower case, as the platforms write them).
results-metric-posts = المنشورات
results-metric-impressions = مرات الظهور
results-metric-reach = الوصول
results-metric-engagements = التفاعلات
results-metric-link-clicks = النقرات على الروابط
results-metric-follows = المتابعات الجديدة
results-metric-likes = الإعجابات
results-metric-comments = التعليقات
results-metric-shares = المشاركات
results-metric-saves = مرات الحفظ
results-metric-video-views = مشاهدات الفيديو
results-metric-profile-visits = زيارات الملف الشخصي

results-by-platform = حسب المنصة
results-col-platform = المنصة
results-col-posts = المنشورات
results-platforms-empty = لم تُستورد أي نتائج لهذه الفترة بعد: يقرأ «استيراد النتائج…» ملفات تصدير التحليلات من المنصات.

results-objectives-heading = الأهداف
# An objective's level in the evaluation framework (outputs, outtakes, outcomes, impact), shown as a badge.
results-level-output = مخرجات
results-level-outtake = استيعاب
results-level-outcome = حصيلة
results-level-impact = أثر
# In place of an objective's metric when it has none (in bold, before results-objective-achieved).
results-objective-no-metric = بلا مؤشر
# Follows the objective's metric in bold ("messages received"), hence the leading colon.
# $achieved: the number achieved, formatted; $targeted: "yes" when the objective has a target,
# then $target (formatted) and $percent (the share achieved, "25%"); $baselined: "yes" when it
# has a baseline, then $baseline (formatted).
results-objective-achieved = : تحقق { $achieved }{ $targeted ->
        [yes] { " " }من هدف قدره { $target } ({ $percent })
       *[no] {""}
    }{ $baselined ->
        [yes] ؛ خط الأساس { $baseline }
       *[no] {""}
    }.
# $delivered: the objective's items published in the period; $planned: its items planned.
results-objective-items = العناصر: نُشر { $delivered } من أصل { $planned } مخطط لها.
results-objective-note = تسجيل حصيلة أو درس مستفاد
# Badges of what was noted against an objective.
results-note-lesson = درس مستفاد
results-note-outcome = حصيلة
results-remove = إزالة
# $what: the outcome or lesson as noted.
results-remove-named = إزالة «{ $what }»
# $what: the outcome or lesson as noted.
results-outcome-removed = أُزيل «{ $what }». للتراجع اضغط Ctrl+Z.
results-objectives-empty = لا توجد أهداف في الخطة بعد (الإعدادات ← الأهداف).

results-campaigns-heading = الحملات
results-col-campaign = الحملة
results-col-published = العناصر المنشورة
# A badge after a flagship campaign's name.
results-flagship = رئيسية
# In the Items published column. $delivered: the campaign's items published; $planned: its items planned.
results-campaign-delivered = { $delivered } من { $planned }
results-campaigns-empty = لا توجد حملة لها عناصر في هذه الفترة.

results-best = أفضل العناصر
results-weakest = أضعف العناصر
# After Best items and Weakest items. $metric: the metric they are ranked by ("engagements").
results-ranked-by = حسب { $metric }
results-col-item = العنصر
results-col-channel = القناة
results-col-day = التاريخ
results-ranked-empty = لا يوجد عنصر له نتائج في هذه الفترة.

results-lessons-heading = الدروس المستفادة
results-lessons-empty = لم يُسجَّل أي درس مستفاد في هذه الفترة.

## An objective's chart of its metric week by week, and the table beside it.

# What the chart shows, for a screen reader. $label: the objective's name; $metric: its metric
# ("messages received"); $total: the sum over the weeks, formatted; $weeks: the number of weeks.
results-chart-summary = { $label }: { $metric } أسبوعًا بأسبوع، والمجموع { $total } على مدى { $weeks ->
        [zero] { $weeks } أسبوع
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $weeks } أسابيع
        [many] { $weeks } أسبوعًا
       *[other] { $weeks } أسبوع
    }
# As results-chart-summary, with $target: the target a week, formatted.
results-chart-summary-target = { $label }: { $metric } أسبوعًا بأسبوع، والمجموع { $total } على مدى { $weeks ->
        [zero] { $weeks } أسبوع
        [one] أسبوع واحد
        [two] أسبوعين
        [few] { $weeks } أسابيع
        [many] { $weeks } أسبوعًا
       *[other] { $weeks } أسبوع
    }، مقابل هدف قدره { $target } أسبوعيًا
# The legend of the chart's line.
results-chart-target = الهدف
# $label: the objective's name.
results-chart-numbers = { $label }: الأرقام
results-chart-week-of = بداية الأسبوع
results-chart-target-column = الهدف
# What a level's chart shows (a survey's share, a score), for a screen reader. $label: the objective's name; $metric: its metric; $count: how many readings; $latest: the latest, formatted; $day: its day.
results-chart-summary-level = { $label }: قيس { $metric } { $count ->
        [zero] دون قياس
        [one] مرة واحدة
        [two] مرتين
        [few] { $count } مرات
        [many] { $count } مرة
       *[other] { $count } مرة
    }، وآخر قياس { $latest } في { $day }
# As results-chart-summary-level, with $target: the target, formatted.
results-chart-summary-level-target = { $label }: قيس { $metric } { $count ->
        [zero] دون قياس
        [one] مرة واحدة
        [two] مرتين
        [few] { $count } مرات
        [many] { $count } مرة
       *[other] { $count } مرة
    }، وآخر قياس { $latest } في { $day }، مقابل هدف قدره { $target }
# The column of a reading's day.
results-chart-read-on = تاريخ القياس

## “By the numbers”: the results of the period as one page, a workbook or JSON.

# The file's name, before its extension. $period: the year ("2027") or a quarter (results-period-quarter).
results-export-file-name = بالأرقام { $period }
# $period: the year ("2027") or a quarter (results-period-quarter).
results-export-title = بالأرقام: { $period }
results-export-format = الصيغة
results-export-pdf = صفحة A4 واحدة (PDF)
results-export-xlsx = مصنف (XLSX)
results-export-json = JSON
# $count: the posts whose results were written.
results-export-written = حُفظت نتائج { $count ->
        [zero] { $count } منشور
        [one] منشور واحد
        [two] منشورَين
        [few] { $count } منشورات
        [many] { $count } منشورًا
       *[other] { $count } منشور
    }.
# $count: the posts whose results were written; $path: the file.
results-export-written-to = حُفظت نتائج { $count ->
        [zero] { $count } منشور
        [one] منشور واحد
        [two] منشورَين
        [few] { $count } منشورات
        [many] { $count } منشورًا
       *[other] { $count } منشور
    } في { $path }.
results-export-writing = جارٍ الحفظ…
results-export-open = فتح
results-done = تم
results-cancel = إلغاء
results-export-do = تصدير

## Importing results from a platform's analytics export.

results-import-title = استيراد النتائج
# The menu paths are the platforms' own (their English names).
results-import-hint = ملفات التصدير التي توفّرها المنصات نفسها: X (Analytics → Export data)، وMeta Business Suite (Insights → Content → Export data)، وLinkedIn (Page → Analytics → Content → Export). تُستبدل الأرقام المستوردة سابقًا لمنشور ويوم، ولا يُضاف إليها أبدًا.
results-import-file = الملف
results-import-no-file = لم يُختر أي ملف
results-import-choose = اختيار…
results-import-source-label = ملف التصدير
results-import-source-any = التعرّف عليه من الملف
results-import-source-x = تحليلات حساب X (CSV)
results-import-source-meta = Meta Business Suite: Facebook أو Instagram (CSV)
results-import-source-linkedin = تصدير محتوى صفحة LinkedIn (XLS/XLSX)
results-import-source-csv = جدول آخر: التاريخ، والمنصة أو الرابط الثابت، والمقاييس
# Above the rows of the file read. $rows: the rows; $dated: "yes" when they have days, then
# $from and $to: the first and last (already formatted); $linked: rows matched to an item by
# its link; $proposed: rows proposed an item by channel and time; $unmatched: rows with no
# item; $replaced: rows replacing numbers imported before (0: none); $invalid: rows with
# errors (0: none).
results-import-summary = { $rows ->
        [zero] { $rows } صف
        [one] صف واحد
        [two] صفان
        [few] { $rows } صفوف
        [many] { $rows } صفًا
       *[other] { $rows } صف
    }{ $dated ->
        [yes] { " " }من { $from } إلى { $to }
       *[no] {""}
    }: { $linked } مطابَقة بالرابط، و{ $proposed } مقترحة حسب القناة والوقت، و{ $unmatched } بلا عنصر{ $replaced ->
        [0] {""}
       *[other] ، و{ $replaced } تحل محل أرقام مستوردة سابقًا
    }{ $invalid ->
        [0] {""}
       *[other] ؛ و{ $invalid } فيها أخطاء، لذا لا يمكن استيراد أي شيء
    }.
# $totals: the file's totals, each a metric and its number ("impressions 12,345, reach 6,789").
results-import-totals = المجاميع: { $totals }
results-import-totals-none = المجاميع: لا شيء
results-import-rows = صفوف الملف
results-col-line = السطر
results-col-post = المنشور
results-col-numbers = الأرقام
results-import-by-link = (بالرابط)
results-import-proposed = (مقترح)
results-import-no-item = بلا عنصر
# $count: the rows not shown.
results-import-more = و{ $count ->
        [zero] { $count } صف آخر
        [one] صف آخر
        [two] صفان آخران
        [few] { $count } صفوف أخرى
        [many] { $count } صفًا آخر
       *[other] { $count } صف آخر
    }.
results-import-do = استيراد
# $count: the posts whose numbers were imported.
results-import-done = استُوردت أرقام { $count ->
        [zero] { $count } منشور
        [one] منشور واحد
        [two] منشورَين
        [few] { $count } منشورات
        [many] { $count } منشورًا
       *[other] { $count } منشور
    }. للتراجع اضغط Ctrl+Z.

## Pasting links to posts in bulk.

results-paste-title = لصق روابط المنشورات
results-paste-links-label = الروابط، رابط في كل سطر
results-paste-links-hint = منسوخة من المنصة أو من جدول بيانات، مع تاريخ نشر المنشور ووقته في السطر نفسه. لا تحتاج روابط X وLinkedIn إلى وقت: فمعرّفاتها تتضمنه.
# $proposed: links proposed an item; $linked: links already linked to their item; $unmatched: links with no item.
results-paste-summary = { $proposed } مقترحة، و{ $linked } مرتبطة من قبل، و{ $unmatched } بلا عنصر.
results-col-link = الرابط
results-col-went-out = وقت النشر
results-paste-linked-already = (مرتبط من قبل)
results-paste-no-item = لم يُنشر أي عنصر على تلك المنصة في ذلك الوقت
results-paste-find = البحث عن العناصر
# $count: the items ticked to be linked.
results-paste-submit = ربط { $count ->
        [zero] { $count } عنصر
        [one] عنصر واحد
        [two] عنصرين
        [few] { $count } عناصر
        [many] { $count } عنصرًا
       *[other] { $count } عنصر
    }
# $count: the items linked.
results-paste-linked = { $count ->
        [zero] لم يُربط أي عنصر.
        [one] رُبط عنصر واحد بمنشوره.
        [two] رُبط عنصران بمنشورَيهما.
        [few] رُبطت { $count } عناصر بمنشوراتها.
        [many] رُبط { $count } عنصرًا بمنشوراتها.
       *[other] رُبط { $count } عنصر بمنشوراتها.
    } للتراجع اضغط Ctrl+Z.

## Noting an outcome or a lesson.

results-outcome-title = تسجيل حصيلة أو درس مستفاد
results-outcome-kind = النوع
results-outcome-kind-outcome = حصيلة: شيء تم قياسه
results-outcome-kind-lesson = درس مستفاد للمرة القادمة
results-outcome-objective = الهدف
results-outcome-campaign = الحملة
results-outcome-day = التاريخ
results-outcome-lesson = الدرس المستفاد
results-outcome-what = ما الذي تم قياسه
results-outcome-value = الرقم
results-outcome-metric = يُحتسب ضمن (المؤشر)
results-outcome-metric-placeholder = الرسائل المستلمة
results-outcome-source = المصدر
results-outcome-source-placeholder = استطلاع آراء السكان، حجم العينة 1020
# $what: the outcome or lesson as noted.
results-outcome-noted = سُجّل «{ $what }». للتراجع اضغط Ctrl+Z.
