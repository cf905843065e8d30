## What the plan's own rules refuse, and what the database or the file system said.

# $reason: what SQLite said, as it said it.
error-rules-plan-refused-change = رفضت الخطة هذا التغيير: { $reason }
# $reason: what SQLite or the operating system said, as it said it.
error-rules-disk-full = تعذّرت كتابة الخطة: القرص ممتلئ أو معطّل ({ $reason })؛ لم يُغيَّر أي شيء
error-rules-database-busy = قاعدة بيانات الخطة مشغولة (هل Almanac مفتوح مرتين على مجلد البيانات نفسه؟)
# $reason: what SQLite said about the row, as it said it.
error-rules-row-unreadable = تتعذّر قراءة صف تحتاج إليه هذه العملية ({ $reason })؛ لم يُغيَّر أي شيء. تحدّده الإعدادات ← سلامة الخطة ويمكنها تنحيته جانبًا
# $reason: what SQLite said, as it said it.
error-rules-database = قاعدة البيانات: { $reason }
# $reason: what the operating system said, as it said it.
error-rules-file-system = نظام الملفات: { $reason }
# $reason: what the JSON reader said, as it said it.
error-rules-journal-data = بيانات سجل الخطة: { $reason }
# $value: the recurrence rule typed; $reason: what the rule reader said, as it said it.
error-rules-rrule-unreadable = «{ $value }»: { $reason }
# $reason: what the rule reader said, as it said it.
error-rules-rrule-refused = { $reason }
error-rules-clock-range = ستتجاوز الساعة عام 9999 أو تعود إلى ما قبل عام 1970
# $value: the text read as a clock reading.
error-rules-not-a-clock = «{ $value }» ليس قراءة ساعة

## What an operation refuses. $title and $name: a record's title or name, cut to 40 characters (with "…").

# $entity: the kind of record, as the code names it (contentItem, channel…); $id: the id given.
error-rules-no-such-record = لا يوجد { $entity } بالمعرّف { $id }
error-rules-not-in-series = «{ $title }» ليس جزءًا من سلسلة
error-rules-no-longer-in-backlog = «{ $title }» لم يعد في قائمة الأفكار؛ أعد الاقتراح
error-rules-request-decided = سبق البتّ في «{ $title }»
# $count: the items the member owns.
error-rules-member-owns-items = { $count ->
    [zero] «{ $name }» مسؤول عن { $count } عنصر؛ أسنِدها إلى شخص آخر أولًا
    [one] «{ $name }» مسؤول عن عنصر واحد؛ أسنِده إلى شخص آخر أولًا
    [two] «{ $name }» مسؤول عن عنصرين؛ أسنِدهما إلى شخص آخر أولًا
    [few] «{ $name }» مسؤول عن { $count } عناصر؛ أسنِدها إلى شخص آخر أولًا
    [many] «{ $name }» مسؤول عن { $count } عنصرًا؛ أسنِدها إلى شخص آخر أولًا
   *[other] «{ $name }» مسؤول عن { $count } عنصر؛ أسنِدها إلى شخص آخر أولًا
}
# $count: the items on the channel.
error-rules-channel-has-items = { $count ->
    [zero] على «{ $name }» { $count } عنصر؛ انقلها أو احذفها أولًا، أو اجعل القناة غير نشطة
    [one] على «{ $name }» عنصر واحد؛ انقله أو احذفه أولًا، أو اجعل القناة غير نشطة
    [two] على «{ $name }» عنصران؛ انقلهما أو احذفهما أولًا، أو اجعل القناة غير نشطة
    [few] على «{ $name }» { $count } عناصر؛ انقلها أو احذفها أولًا، أو اجعل القناة غير نشطة
    [many] على «{ $name }» { $count } عنصرًا؛ انقلها أو احذفها أولًا، أو اجعل القناة غير نشطة
   *[other] على «{ $name }» { $count } عنصر؛ انقلها أو احذفها أولًا، أو اجعل القناة غير نشطة
}
# $count: the collaborations the partner is part of; $titles: up to three of their titles, each quoted, joined by list-separator.
error-rules-partner-in-collaborations = { $count ->
    [zero] «{ $name }» شريك في { $count } عملية تعاون ({ $titles }): أخرِجه منها أولًا، أو ادمجه في شريك آخر
    [one] «{ $name }» شريك في عملية تعاون واحدة ({ $titles }): أخرِجه منها أولًا، أو ادمجه في شريك آخر
    [two] «{ $name }» شريك في عمليتَي تعاون ({ $titles }): أخرِجه منهما أولًا، أو ادمجه في شريك آخر
    [few] «{ $name }» شريك في { $count } عمليات تعاون ({ $titles }): أخرِجه منها أولًا، أو ادمجه في شريك آخر
    [many] «{ $name }» شريك في { $count } عملية تعاون ({ $titles }): أخرِجه منها أولًا، أو ادمجه في شريك آخر
   *[other] «{ $name }» شريك في { $count } عملية تعاون ({ $titles }): أخرِجه منها أولًا، أو ادمجه في شريك آخر
}
# $title: a collaboration's title, in the list of error-rules-partner-in-collaborations.
error-rules-quoted = «{ $title }»
# $count: the brand's channels.
error-rules-brand-owns-channels = { $count ->
    [zero] لا تزال «{ $name }» تملك { $count } قناة؛ انقلها أو احذفها أولًا
    [one] لا تزال «{ $name }» تملك قناة واحدة؛ انقلها أو احذفها أولًا
    [two] لا تزال «{ $name }» تملك قناتين؛ انقلهما أو احذفهما أولًا
    [few] لا تزال «{ $name }» تملك { $count } قنوات؛ انقلها أو احذفها أولًا
    [many] لا تزال «{ $name }» تملك { $count } قناةً؛ انقلها أو احذفها أولًا
   *[other] لا تزال «{ $name }» تملك { $count } قناة؛ انقلها أو احذفها أولًا
}
# $author: who wrote the comment.
error-rules-only-author-deletes = لا يمكن حذف هذا التعليق إلا لكاتبه، { $author }
error-rules-pause-in-force = يوجد إيقاف مؤقت سارٍ بالفعل؛ استأنف النشر أولًا
error-rules-pause-resumed = سبق الاستئناف بعد هذا الإيقاف المؤقت
error-rules-findings-cache-empty = ذاكرة التخزين المؤقت للملاحظات فارغة
error-rules-no-settings = لا يوجد في الخطة صف للإعدادات
error-rules-sample-needs-empty-plan = تحتوي هذه الخطة على محتوى بالفعل؛ حمّل خطة نموذجية في مجلد بيانات فارغ
