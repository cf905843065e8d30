## Checks: the year's findings, the objectives' coverage map, coverage rules, and filling the gaps from the backlog.

checks-title = عمليات التحقق
checks-year = السنة
checks-previous-year = السنة السابقة
checks-next-year = السنة التالية
# The year's summary. $count: the number of error findings.
checks-errors-count = { $count ->
    [zero] لا أخطاء
    [one] خطأ واحد
    [two] خطآن
    [few] { $count } أخطاء
    [many] { $count } خطأً
   *[other] { $count } خطأ
}
# The year's summary. $count: the number of warning findings.
checks-warnings-count = { $count ->
    [zero] لا تحذيرات
    [one] تحذير واحد
    [two] تحذيران
    [few] { $count } تحذيرات
    [many] { $count } تحذيرًا
   *[other] { $count } تحذير
}
checks-fill-gaps = سدّ الفجوات…
checks-loading = جارٍ التحقق من الخطة…
# ما يعالج الملاحظة، ويظهر بعدها. $fix: المعالجة (من findings.ftl).
checks-finding-fix = { $fix }.

## The coverage map: objectives × months or weeks.

# $year: the year shown ("2027").
checks-coverage-title = التغطية في { $year }
# The group of buttons choosing the map's columns.
checks-columns = الأعمدة
checks-by-month = حسب الشهر
checks-by-week = حسب الأسبوع
# A coverage score. $value: the percentage, with one decimal ("45.0").
checks-percent = { $value }%
# An objective without any coverage rule, where its score would be.
checks-no-rule = لا قاعدة
# After an objective's score. $count: its periods short of what its rules ask.
checks-short-periods = { $count ->
    [zero] (لا فترات ناقصة)
    [one] (فترة واحدة ناقصة)
    [two] (فترتان ناقصتان)
    [few] ({ $count } فترات ناقصة)
    [many] ({ $count } فترةً ناقصة)
   *[other] ({ $count } فترة ناقصة)
}
checks-add-rule = إضافة قاعدة
checks-map-by-month = التغطية حسب الهدف والشهر
checks-map-by-week = التغطية حسب الهدف والأسبوع
# Header of the map's first column.
checks-rule-column = القاعدة
checks-edit-rule = تعديل هذه القاعدة
# A cell of the map, read by screen readers and shown on hover. $objective: the objective's name; $rule: the rule as the plan words it ("At least 1 a day"); $column: the month or week ("Feb", "4 Jan"); $percent: the share planned, 0 to 100; $met, $required, $planned: numbers of items.
checks-cell-label = { $objective }، { $rule }، { $column }: { $percent }% (تحقق { $met } من { $required } مطلوبة، والمخطط له { $planned })
# A cell where the rule asks for nothing. Arguments as in checks-cell-label.
checks-cell-label-none = { $objective }، { $rule }، { $column }: لا شيء مطلوب
checks-no-coverage-rule = لا توجد قاعدة تغطية بعد: أضف قاعدة إلى أحد الأهداف لترى أين تخدمه الخطة.
checks-selected-cell = الخلية المحددة
# Heading of the selected cell. $objective, $rule: as in checks-cell-label; $start, $end: the column's first and last day ("2027-02-01").
checks-detail-title = { $objective }: { $rule }، من { $start } إلى { $end }
# The selected cell's sums. $met: items counted towards what is required; $required: items required; $planned: items planned in all; $short: periods short; $periods: all its periods.
checks-detail-summary = خُطِّط لـ{ $met } من { $required } مطلوبة (إجمالي العناصر المخطط لها: { $planned })؛ الفترات الناقصة: { $short } من { $periods }.
checks-gaps = الفجوات:
# A period short of items. $day: the day ("2027-02-03"); $missing: how many items are missing.
checks-gap-day = { $day }: ينقص { $missing }
# A period short of items. $start, $end: its first and last day; $missing: how many items are missing.
checks-gap-range = من { $start } إلى { $end }: ينقص { $missing }
checks-show-items = عرض العناصر
checks-no-items = لا توجد عناصر محتسبة هنا.

## Filling the gaps from the backlog.

checks-fill-title = سدّ فجوات التغطية
# $count: the backlog items proposed.
checks-fill-intro = { $count ->
    [zero] لا يمكن وضع أي عنصر غير مجدول
    [one] يمكن وضع عنصر واحد غير مجدول
    [two] يمكن وضع عنصرين غير مجدولين
    [few] يمكن وضع { $count } عناصر غير مجدولة
    [many] يمكن وضع { $count } عنصرًا غير مجدول
   *[other] يمكن وضع { $count } عنصر غير مجدول
} في الفجوات القادمة، مع مراعاة فترات حظر النشر في كل حالة، وحدود القنوات والفواصل بين منشوراتها، وإجازات أصحابها.
# Follows checks-fill-intro. $count: the gaps nothing fills.
checks-fill-open-gaps = { $count ->
    [zero] لا تبقى أي فجوة مفتوحة.
    [one] تبقى فجوة واحدة مفتوحة: لا يوجد بين العناصر غير المجدولة ما يناسبها.
    [two] تبقى فجوتان مفتوحتين: لا يوجد بين العناصر غير المجدولة ما يناسبهما.
    [few] تبقى { $count } فجوات مفتوحة: لا يوجد بين العناصر غير المجدولة ما يناسبها.
    [many] تبقى { $count } فجوةً مفتوحة: لا يوجد بين العناصر غير المجدولة ما يناسبها.
   *[other] تبقى { $count } فجوة مفتوحة: لا يوجد بين العناصر غير المجدولة ما يناسبها.
}
checks-fill-placements = المواضع المقترحة، قابلة للتمرير
checks-fill-when = الموعد
checks-fill-item = العنصر
checks-fill-channel = القناة
# Header of the column naming the objective each placement serves.
checks-fill-fills = يغطي
# An evergreen item that takes on the objective whose gap it fills. $objective: its name.
checks-fill-adds-objective = { $objective } (محتوى دائم، يُضاف إليه الهدف)
checks-fill-nothing = لا يوجد بين العناصر غير المجدولة ما يناسب الفجوات القادمة.
checks-fill-discard = تجاهل
checks-fill-preview = معاينة في التقويم
checks-fill-apply = تطبيق
# Status line. $count: the items scheduled.
checks-filled = { $count ->
    [zero] لم يُستخدم أي عنصر لسدّ فجوات التغطية. للتراجع اضغط Ctrl+Z.
    [one] سُدَّت فجوات التغطية بعنصر واحد. للتراجع اضغط Ctrl+Z.
    [two] سُدَّت فجوات التغطية بعنصرين. للتراجع اضغط Ctrl+Z.
    [few] سُدَّت فجوات التغطية بـ{ $count } عناصر. للتراجع اضغط Ctrl+Z.
    [many] سُدَّت فجوات التغطية بـ{ $count } عنصرًا. للتراجع اضغط Ctrl+Z.
   *[other] سُدَّت فجوات التغطية بـ{ $count } عنصر. للتراجع اضغط Ctrl+Z.
}

## The findings: the list, its filters, and the findings a move created.

checks-findings = الملاحظات
checks-filter-findings = تصفية الملاحظات
# Filter headings, each followed by a count.
checks-severity-errors = الأخطاء
checks-severity-warnings = التحذيرات
checks-severity-notes = المعلومات
# The severity tag on one finding.
checks-severity-error = خطأ
checks-severity-warning = تحذير
checks-severity-info = معلومة
checks-kind = النوع
checks-all-kinds = كل الأنواع
checks-kind-in-blackout = ضمن فترة حظر نشر
checks-kind-over-daily-limit = تجاوز الحد اليومي لقناة
checks-kind-under-min-gap = أقرب من الفاصل الأدنى لقناة
checks-kind-over-capacity = تجاوز المسؤول طاقته الأسبوعية
checks-kind-owner-on-leave = المسؤول في إجازة
checks-kind-outside-campaign = خارج حملته
checks-kind-approved-without-date = موافَق عليه دون تاريخ
checks-kind-past-not-published = فات موعده ولم يُنشر
# The language versions of one item are scheduled too far apart.
checks-kind-translations-apart = نسخ اللغات متباعدة
checks-kind-partners-not-confirmed = الشركاء غير مؤكَّدين
checks-kind-assets-due-after-go-live = المواد مستحقة بعد موعد النشر
# A relay: partners reposting one item in turn.
checks-kind-declined-partner-in-relay = شريك معتذر ضمن سلسلة نشر
checks-kind-collaboration-item-in-blackout = عنصر تعاون ضمن فترة حظر نشر
checks-kind-back-to-review = أُعيد إلى المراجعة
checks-kind-copy-over-limit = النص يتجاوز حدّ شبكته
checks-open-item = فتح العنصر
checks-no-findings-match = لا توجد ملاحظات تطابق عامل التصفية.
checks-no-findings-clean = لا ملاحظات: الخطة سليمة.
# $limit: how many findings are listed; $count: how many match the filter.
checks-showing-first = يُعرض أول { $limit } من أصل { $count }؛ استخدم التصفية لرؤية الباقي.
# Above the findings a drag or "Move to…" created. $count: how many.
checks-move-created = { $count ->
    [zero] لم ينتج عن هذا النقل أي ملاحظة:
    [one] نتجت عن هذا النقل ملاحظة واحدة:
    [two] نتجت عن هذا النقل ملاحظتان:
    [few] نتجت عن هذا النقل { $count } ملاحظات:
    [many] نتجت عن هذا النقل { $count } ملاحظةً:
   *[other] نتجت عن هذا النقل { $count } ملاحظة:
}
checks-move-undo = التراجع عن النقل (Ctrl+Z)
checks-move-keep = الإبقاء عليه

## A coverage rule: at least N items per day, week or month, on a channel or any.

checks-rule-saved = حُفظت قاعدة التغطية.
checks-rule-deleted = حُذفت قاعدة التغطية. للتراجع اضغط Ctrl+Z.
checks-rule-edit-title = تعديل قاعدة التغطية
checks-rule-new-title = قاعدة تغطية جديدة
checks-rule-objective = الهدف
# The rule reads as a sentence from its fields: "At least [1] Per [day] On [any channel]".
checks-rule-at-least = على الأقل
checks-rule-per = لكل
checks-rule-day = يوم
checks-rule-week = أسبوع
checks-rule-month = شهر
checks-rule-on = على
checks-rule-any-channel = أي قناة
checks-rule-weekdays-only = أيام العمل فقط (من الاثنين إلى الجمعة)
checks-rule-delete = حذف القاعدة

## A coverage rule as people read it, in the coverage map, the checks and the command line.

# $count: the items needed; $period: day, week or month; $channel: the channel's name (or coverage-rule-any-channel); $weekdays: yes when only weekdays count, else no.
coverage-rule = { $count ->
        [zero] { $count } عنصر
        [one] { $count } عنصر
        [two] { $count } عنصران
        [few] { $count } عناصر
        [many] { $count } عنصرًا
       *[other] { $count } عنصر
    } على الأقل { $period ->
        [day] في اليوم
        [week] في الأسبوع
       *[month] في الشهر
    } على { $channel }{ $weekdays ->
        [yes] ، في أيام العمل
       *[no] {""}
    }
# A rule for every channel.
coverage-rule-any-channel = أي قناة
# A rule whose channel was removed from the plan.
coverage-rule-removed-channel = قناة محذوفة
