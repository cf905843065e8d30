## Settings.

settings-title = الإعدادات
settings-language-title = اللغة
settings-language-intro = لغة نافذة Almanac وقوائمه على هذا الجهاز. يختار كل زميل لغته، والخطة واحدة للجميع.
settings-language-label = اللغة على هذا الجهاز
# $language: the system's language, in its own name ("Nederlands").
settings-language-system = كما في النظام: { $language }
# $language: the language just chosen, in its own name.
settings-language-changed = أصبحت لغة Almanac الآن { $language }.
settings-appearance-title = المظهر
settings-appearance-intro = مظهر نافذة Almanac على هذا الجهاز. تبقى ملفات PDF التي ينشئها فاتحة لتناسب الطباعة.
settings-appearance-label = السمة
settings-appearance-system = كما في النظام
settings-appearance-light = فاتح
settings-appearance-dark = داكن
# $theme: the theme just chosen: light, dark, or system (none chosen: the system's).
settings-appearance-changed =
    { $theme ->
        [light] أصبح Almanac الآن بالمظهر الفاتح.
        [dark] أصبح Almanac الآن بالمظهر الداكن.
       *[system] أصبح Almanac يتبع الآن مظهر النظام.
    }

## Settings → Brands, Channels, Objectives and Team: the lists of the plan's own things.

settings-edit = تعديل
settings-delete = حذف
settings-brands-title = العلامات التجارية
settings-brands-add = إضافة علامة تجارية
settings-brands-empty = لا توجد علامات تجارية بعد: أضف علامة قبل قنواتها.
# Announced after a delete. $name: the brand's name.
settings-brands-deleted = حُذفت العلامة التجارية «{ $name }». للتراجع اضغط Ctrl+Z.
settings-channels-title = القنوات
settings-channels-add = إضافة قناة
settings-channels-empty = لا توجد قنوات بعد.
# Announced after a delete. $name: the channel as the plan names it, platform and handle ("Instagram @westmarkpolice").
settings-channels-deleted = حُذفت القناة { $name }. للتراجع اضغط Ctrl+Z.
# In a channel's row, after its brand and a “ · ”. $count: the most items it takes a day.
settings-channels-per-day = { $count } في اليوم كحد أقصى
# In a channel's row, after a “ · ”: the channel is switched off.
settings-channels-inactive = غير نشطة
settings-objectives-title = الأهداف
settings-objectives-add = إضافة هدف
settings-objectives-empty = لا توجد أهداف بعد.
# Announced after a delete. $name: the objective's name.
settings-objectives-deleted = حُذف الهدف «{ $name }». للتراجع اضغط Ctrl+Z.
# An objective's KPI in its row. $metric: the metric as the team named it ("reach", "link clicks"); $target: the number aimed at, as typed (not grouped); $period: day, week, month, quarter or year (anything else is shown as it is).
settings-objectives-kpi = { $metric }: { $target } في { $period ->
    [day] اليوم
    [week] الأسبوع
    [month] الشهر
    [quarter] الربع
    [year] السنة
   *[other] { $period }
}
settings-members-title = الفريق
settings-members-add = إضافة عضو
settings-members-empty = لا يوجد أعضاء في الفريق بعد: أضفهم لتحديد مسؤول عن كل عنصر.
# Announced after a delete. $name: the member's name.
settings-members-deleted = حُذف عضو الفريق «{ $name }». للتراجع اضغط Ctrl+Z.
# In a member's row, after their role and a “ · ”. $count: the most items they take on a week.
settings-members-per-week = { $count ->
    [zero] لا عناصر في الأسبوع
    [one] عنصر واحد في الأسبوع كحد أقصى
    [two] عنصران في الأسبوع كحد أقصى
    [few] { $count } عناصر في الأسبوع كحد أقصى
    [many] { $count } عنصرًا في الأسبوع كحد أقصى
   *[other] { $count } عنصر في الأسبوع كحد أقصى
}
# In a member's row, after a “ · ”. $count: how many periods of leave they have.
settings-members-leave = { $count ->
    [zero] لا فترات إجازة
    [one] فترة إجازة واحدة
    [two] فترتا إجازة
    [few] { $count } فترات إجازة
    [many] { $count } فترة إجازة
   *[other] { $count } فترة إجازة
}

## Settings → Organisation: the plan's organisation, time zone, week, locale and year.

settings-org-title = المؤسسة
settings-org-organisation = المؤسسة
settings-org-zone = المنطقة الزمنية (IANA)
settings-org-week-start = يبدأ الأسبوع يوم
settings-org-monday = الاثنين
settings-org-sunday = الأحد
settings-org-saturday = السبت
# The technical locale code of the plan's exports ("en-GB", "nl-NL").
settings-org-locale = الإعدادات المحلية
settings-org-year-start = تبدأ سنة الخطة في
# A month of the year. $month: its number, 1 (January) to 12 (December).
settings-org-month = { $month ->
    [1] يناير
    [2] فبراير
    [3] مارس
    [4] أبريل
    [5] مايو
    [6] يونيو
    [7] يوليو
    [8] أغسطس
    [9] سبتمبر
    [10] أكتوبر
    [11] نوفمبر
   *[12] ديسمبر
}
settings-org-confirm-days = تأكيد الشركاء (عدد الأيام قبل النشر)
settings-org-confirm-days-hint = يُنبَّه إلى الشركاء الذين لم يؤكدوا بدءًا من ذلك الحين.
settings-org-save = حفظ الإعدادات
settings-org-saved = تم حفظ الإعدادات

## Settings → Team sync: one plan for the whole team through its PostgreSQL server.

settings-team-sync-title = مزامنة الفريق
# $command: the server command that adds a member, shown as code.
settings-team-sync-hint = خطة واحدة للفريق كله عبر خادم PostgreSQL الخاص بفريقك. يحتفظ هذا الجهاز بنسخته ويعمل دون اتصال، وتنتقل التغييرات في الخلفية. اطلب عنوانك وكلمة المرور ممن يدير الخادم ({ $command }). تُحفظ كلمة المرور في سلسلة مفاتيح النظام.
# $error: why, as the app words it.
settings-team-conflicts-unreadable = تعذّرت قراءة التعارضات: { $error }
settings-team-status = الحالة
settings-team-not-shared = غير مشتركة: هذه الخطة على هذا الجهاز فقط.
settings-team-server = الخادم
# Beside the server's address: the connection is in plaintext.
settings-team-not-encrypted = غير مشفّر
settings-team-signed-in-as = مسجَّل الدخول باسم
settings-team-last-sync = آخر مزامنة
# Where the time of the last sync would be.
settings-team-not-yet = ليس بعد
settings-team-waiting = بانتظار الإرسال
settings-team-set-aside = منحّاة جانبًا
# $setAside: the team's changes this laptop could not apply; $refused: this laptop's changes the server refused.
settings-team-set-aside-detail = تغييرات من الفريق تعذّر تطبيقها على هذا الجهاز: { $setAside }؛ تغييرات من هذا الجهاز رفضها الخادم: { $refused }
settings-team-held = محتجزة حتى التحديث
# $count: the changes from a newer version of Almanac waiting here.
settings-team-held-detail = { $count ->
    [zero] لا تغييرات من إصدار أحدث من Almanac
    [one] تغيير واحد من إصدار أحدث من Almanac، يُطبَّق بعد تحديث هذا الجهاز
    [two] تغييران من إصدار أحدث من Almanac، يُطبَّقان بعد تحديث هذا الجهاز
    [few] { $count } تغييرات من إصدار أحدث من Almanac، تُطبَّق بعد تحديث هذا الجهاز
    [many] { $count } تغييرًا من إصدار أحدث من Almanac، تُطبَّق بعد تحديث هذا الجهاز
   *[other] { $count } تغيير من إصدار أحدث من Almanac، تُطبَّق بعد تحديث هذا الجهاز
}
settings-team-last-attempt = آخر محاولة
settings-team-server-address = عنوان الخادم
settings-team-password = كلمة المرور
settings-team-save-sync = حفظ ومزامنة
settings-team-join = الانضمام إلى خطة الفريق
settings-team-sync-now = مزامنة الآن
settings-team-syncing = جارٍ المزامنة مع الفريق
# Beside the progress bar. $done: the changes sent so far; $total: all of them.
settings-team-progress = التغييرات: { $done } من { $total }
# Announced after joining. $report: what travelled (settings-team-report-… parts joined).
settings-team-joined = تم الانضمام إلى خطة الفريق: { $report }.
# Announced after a sync. $report: what travelled (settings-team-report-… parts joined).
settings-team-synced = تمت المزامنة: { $report }.
# A part of the sync's report. $count: this laptop's changes the server took.
settings-team-report-sent = { $count ->
    [zero] لم يُرسَل أي تغيير
    [one] أُرسل تغيير واحد
    [two] أُرسل تغييران
    [few] أُرسلت { $count } تغييرات
    [many] أُرسل { $count } تغييرًا
   *[other] أُرسل { $count } تغيير
}
# A part of the sync's report. $count: the team's rows applied here.
settings-team-report-received = { $count ->
    [zero] لم يُستلم أي صف معدَّل
    [one] استُلم صف معدَّل واحد
    [two] استُلم صفّان معدَّلان
    [few] استُلمت { $count } صفوف معدَّلة
    [many] استُلم { $count } صفًا معدَّلًا
   *[other] استُلم { $count } صف معدَّل
}
# A part of the sync's report. $count: the conflicts now waiting.
settings-team-report-conflicts = { $count ->
    [zero] لا تعارضات لحلّها
    [one] تعارض واحد يجب حلّه
    [two] تعارضان يجب حلّهما
    [few] { $count } تعارضات يجب حلّها
    [many] { $count } تعارضًا يجب حلّها
   *[other] { $count } تعارض يجب حلّها
}
# A part of the sync's report. $count: a viewer's changes that stay on this laptop.
settings-team-report-waiting = { $count ->
    [zero] لا تغييرات محفوظة هنا (لا تُرسَل تغييرات أعضاء القراءة فقط)
    [one] تغيير واحد محفوظ هنا (لا تُرسَل تغييرات أعضاء القراءة فقط)
    [two] تغييران محفوظان هنا (لا تُرسَل تغييرات أعضاء القراءة فقط)
    [few] { $count } تغييرات محفوظة هنا (لا تُرسَل تغييرات أعضاء القراءة فقط)
    [many] { $count } تغييرًا محفوظًا هنا (لا تُرسَل تغييرات أعضاء القراءة فقط)
   *[other] { $count } تغيير محفوظ هنا (لا تُرسَل تغييرات أعضاء القراءة فقط)
}
# Between the parts of the sync's report (mind the space).
settings-team-report-separator = {"، "}
settings-team-conflicts-title = عدّله شخصان كلٌّ على حدة
settings-team-conflicts-hint = في الأثناء، التغيير الأحدث هو الموجود في الخطة. اختر ما تريد الاحتفاظ به؛ يُرسَل اختيارك إلى الفريق.
# A conflicting row without a title.
settings-team-untitled = (بلا عنوان)
# A row a colleague deleted while this laptop changed it. $member: the colleague.
settings-team-conflict-deleted = حذفه { $member } بينما كنت تعدّله
# $label: the row's title.
settings-team-restore-label = استعادة { $label } مع تغييراتك
settings-team-restore = استعادته
# $label: the row's title; $member: the colleague who deleted it.
settings-team-let-go-label = ترك { $label } محذوفًا كما حذفه { $member }
settings-team-let-go-button = تركه محذوفًا
# Both values of a field changed on two laptops. $mine: this laptop's value; $member: the colleague; $theirs: the colleague's value.
settings-team-conflict-values = نسختك: «{ $mine }» · نسخة { $member }: «{ $theirs }»
# $label: the row's title; $mine: this laptop's value.
settings-team-keep-mine-label = الاحتفاظ بنسختك من { $label }: { $mine }
settings-team-keep-mine = الاحتفاظ بنسختي
# $member: the colleague; $label: the row's title; $theirs: the colleague's value.
settings-team-keep-theirs-label = الاحتفاظ بنسخة { $member } من { $label }: { $theirs }
settings-team-keep-theirs = الاحتفاظ بنسخة الزميل
# Announced. $label: the row's title, deleted by a colleague and now back.
settings-team-restored = تمت استعادة «{ $label }».
# Announced. $label: the row's title, left deleted.
settings-team-let-go = بقي «{ $label }» محذوفًا.
# Announced. $field: the field's name ("date and time"); $label: the row's title.
settings-team-kept-mine = تم الاحتفاظ بنسختك من حقل «{ $field }» في «{ $label }».
# Announced. $member: the colleague; $field: the field's name ("date and time"); $label: the row's title.
settings-team-kept-theirs = تم الاحتفاظ بنسخة { $member } من حقل «{ $field }» في «{ $label }».

## Settings → Reminders: this laptop's desktop notifications.

settings-reminders-title = التذكيرات
settings-reminders-hint = إشعارات سطح المكتب للعضو الذي يستخدم هذا الجهاز (الموافقات ← أنت). تُحفظ على هذا الجهاز.
settings-reminders-of = ذكّرني بما يلي
settings-reminders-approvals = العناصر التي تنتظر موافقتي
settings-reminders-deadlines = المواعيد النهائية لأعمال التعاون
settings-reminders-drafts = العناصر التي لا تزال مسودات قبل نشرها بوقت قصير
settings-reminders-digest = ملخص يومي لكل ذلك
settings-reminders-days = عدد الأيام مسبقًا
settings-reminders-days-hint = للمواعيد النهائية والمسودات، من 1 إلى 30.
settings-reminders-save = حفظ
settings-reminders-digest-now = إرسال ملخص اليوم الآن
settings-reminders-due = المستحق الآن
settings-reminders-nothing-due = لا شيء مستحق.
settings-reminders-saved = تم حفظ تذكيرات هذا الجهاز.
# Announced. $title: the digest's title, as the notification gave it.
settings-reminders-sent = أُرسل: { $title }.
settings-reminders-nothing-to-send = لا شيء مستحق: لا يوجد ملخص لإرساله.

## Settings → Published calendar and Calendar server: the plan as an .ics file, or pushed to CalDAV.

settings-calendar-also = تضمين أيضًا
settings-calendar-campaigns = الحملات، كأحداث تستغرق اليوم كله
settings-calendar-key-dates = التواريخ المهمة وفترات حظر النشر
settings-published-title = التقويم المنشور
settings-published-hint = ملف ICS للخطة كلها، يُكتب من جديد بعد كل تغيير. احفظه في مجلد يزامنه فريقك (OneDrive أو SharePoint أو Nextcloud) واشترك فيه في Outlook أو تقويم Google.
# $path: the file, shown as code.
settings-published-to = منشور في { $path }.
settings-published-none = غير منشور.
settings-published-file = الملف
settings-published-file-placeholder = اختر مكان حفظ التقويم
settings-published-choose = اختيار…
# The file name suggested when choosing where to publish.
settings-published-file-name = خطة Almanac.ics
settings-published-publish = نشر
settings-published-again = إعادة النشر
settings-published-stop = إيقاف النشر
settings-published-busy = جارٍ النشر
# Announced. $count: the events written; $path: the file.
settings-published-done = { $count ->
    [zero] لم يُنشر أي حدث في { $path }؛ يُكتب الملف من جديد بعد كل تغيير.
    [one] نُشر حدث واحد في { $path }؛ يُكتب الملف من جديد بعد كل تغيير.
    [two] نُشر حدثان في { $path }؛ يُكتب الملف من جديد بعد كل تغيير.
    [few] نُشرت { $count } أحداث في { $path }؛ يُكتب الملف من جديد بعد كل تغيير.
    [many] نُشر { $count } حدثًا في { $path }؛ يُكتب الملف من جديد بعد كل تغيير.
   *[other] نُشر { $count } حدث في { $path }؛ يُكتب الملف من جديد بعد كل تغيير.
}
settings-published-stopped = توقّف نشر التقويم؛ يبقى آخر ملف مكتوب في مكانه.
settings-caldav-title = خادم التقويم (CalDAV)
settings-caldav-hint = يرسل أحداث الخطة إلى تقويم على خادم فريقك (Nextcloud أو Radicale أو أي خادم CalDAV) بعد كل تغيير، ولا يُرسَل إلا ما تغيّر من الأحداث. تُحفظ كلمة المرور في سلسلة مفاتيح النظام.
# $error: why, as the app words it.
settings-caldav-unreadable = تعذّرت قراءة إعدادات خادم التقويم: { $error }
settings-caldav-none = لا يُرسَل إلى أي خادم.
# $url: the calendar's address, shown as code; $when: the date and time of the attempt; $error: why, as the server or app words it.
settings-caldav-failed = فشل الإرسال إلى { $url } في { $when }: { $error }
# $url: the calendar's address, shown as code; $when: the date and time of the push; $report: what changed (settings-caldav-report).
settings-caldav-pushed = أُرسل إلى { $url } في { $when }: { $report }.
# $url: the calendar's address, shown as code.
settings-caldav-pushing-to = يُرسَل إلى { $url }.
# What a push did to the server's events: numbers of events created, updated, deleted, restored and left unchanged.
settings-caldav-report = جديدة: { $created }، معدَّلة: { $updated }، محذوفة: { $deleted }، مُعادة: { $restored }، دون تغيير: { $unchanged }
# Announced. $report: what changed (settings-caldav-report).
settings-caldav-pushed-now = أُرسل التقويم: { $report }.
settings-caldav-stopped = توقّف إرسال التقويم؛ تبقى أحداثه على الخادم.
settings-caldav-url = عنوان التقويم
settings-caldav-username = اسم المستخدم
settings-caldav-password = كلمة المرور (أو كلمة مرور التطبيق)
settings-caldav-save-push = حفظ وإرسال
settings-caldav-start = الإرسال إلى هذا التقويم
settings-caldav-push-now = إرسال الآن
settings-caldav-stop = إيقاف الإرسال
settings-caldav-busy = جارٍ إرسال التقويم
# Beside the progress bar. $done: the events pushed so far; $total: all of them.
settings-caldav-progress = { $done } من { $total }

## Settings → Plan health: the rows of the plan on disk that cannot be read.

settings-health-title = سلامة الخطة
# $count: the rows that cannot be read; their list follows.
settings-health-summary = { $count ->
    [one] تعذّرت قراءة صف واحد من الخطة، وهو مستبعد من كل العروض وعمليات التصدير:
    [two] تعذّرت قراءة صفّين من الخطة، وهما مستبعدان من كل العروض وعمليات التصدير:
    [few] تعذّرت قراءة { $count } صفوف من الخطة، وهي مستبعدة من كل العروض وعمليات التصدير:
    [many] تعذّرت قراءة { $count } صفًا من الخطة، وهي مستبعدة من كل العروض وعمليات التصدير:
   *[other] تعذّرت قراءة { $count } صف من الخطة، وهي مستبعدة من كل العروض وعمليات التصدير:
}
settings-health-hint = نحِّها جانبًا لتعود الخطة كاملة: يدخل كل صف إلى سجل الخطة كما كان، مع أي صف يشير إليه، ويعيدها الأمر تحرير ← التراجع عن آخر تغيير. أو استعِد نسخة احتياطية أو لقطة من قبل التلف (ملف ← الاستعادة من نسخة احتياطية…).
settings-health-repair = تنحية هذه الصفوف جانبًا
settings-health-ok = كل صفوف الخطة تُقرأ كما ينبغي.
# Shown and announced after the repair. $count: the rows set aside.
settings-health-done = { $count ->
    [zero] لم يُنحَّ أي صف جانبًا.
    [one] نُحّي صف واحد جانبًا. يعيده الأمر تحرير ← التراجع عن آخر تغيير.
    [two] نُحّي صفّان جانبًا. يعيدهما الأمر تحرير ← التراجع عن آخر تغيير.
    [few] نُحّيت { $count } صفوف جانبًا. يعيدها الأمر تحرير ← التراجع عن آخر تغيير.
    [many] نُحّي { $count } صفًا جانبًا. يعيدها الأمر تحرير ← التراجع عن آخر تغيير.
   *[other] نُحّي { $count } صف جانبًا. يعيدها الأمر تحرير ← التراجع عن آخر تغيير.
}

## The dialogs: a brand, a channel, an objective, a team member.

settings-brand-new = علامة تجارية جديدة
settings-brand-edit = تعديل العلامة التجارية
settings-brand-name = الاسم
settings-brand-purpose = الغرض
settings-brand-colour = اللون
settings-brand-reapproval = بعد الموافقة، يعود العنصر إلى المراجعة عند
settings-brand-reapproval-any = أي تغيير في نصه أو قناته أو تاريخه أو وقته
settings-brand-reapproval-copy = تغيير في نصه فقط
settings-channel-new = قناة جديدة
settings-channel-edit = تعديل القناة
settings-channel-brand = العلامة التجارية
settings-channel-platform = المنصة
settings-channel-handle = المعرّف أو الاسم
settings-channel-colour = اللون
settings-channel-purpose = الغرض
settings-channel-max = الحد الأقصى للعناصر في اليوم
settings-channel-max-hint = فارغ: بلا حد
settings-channel-gap = أقل عدد من الدقائق بين العناصر
settings-channel-gap-hint = فارغ: بلا حد أدنى
settings-channel-slots = أوقات النشر المفضلة
settings-channel-slots-hint = أوقات مثل 08:00، 12:30؛ يستخدمها ملء الفجوات
settings-channel-active = نشطة
settings-objective-new = هدف جديد
settings-objective-edit = تعديل الهدف
settings-objective-name = الاسم
settings-objective-colour = اللون
settings-objective-description = الوصف
settings-objective-metric = مقياس مؤشر الأداء
settings-objective-target = المستهدف
# Label of the KPI's period: the target is per day, week…
settings-objective-per = لكل
# An option of the KPI's period. $period: day, week, month, quarter or year.
settings-objective-period = { $period ->
    [day] يوم
    [week] أسبوع
    [quarter] ربع سنة
    [year] سنة
   *[month] شهر
}
settings-objective-baseline = خط الأساس (قبل الخطة)
settings-objective-level = مستوى التقييم
# An option of the evaluation level (the GCS model). $level: output, outtake, outcome or impact.
settings-objective-level-option = { $level ->
    [output] مخرجات: ما ننشره
    [outcome] حصيلة: ما فعله الناس
    [impact] أثر: ما الذي تغيّر
   *[outtake] استيعاب: ما استخلصه الجمهور
}
# The KPI's kind: how its readings add up.
settings-objective-kind = المقياس
# An option of the KPI's kind. $kind: count or level.
settings-objective-kind-option = { $kind ->
    [level] مستوى يُقاس في وقت معيّن (نسبة استطلاع، درجة): المعتبر آخر قياس
   *[count] عدد: تُجمع القياسات (الوصول، النقرات)
}
settings-member-new = عضو جديد في الفريق
settings-member-edit = تعديل عضو الفريق
settings-member-name = الاسم
settings-member-role = الدور
settings-member-email = البريد الإلكتروني
settings-member-capacity = الحد الأقصى للعناصر في الأسبوع
settings-member-capacity-hint = فارغ: بلا حد
settings-member-leave = الإجازات
# Before the first day of a period of leave.
settings-member-leave-from = من
# Before the last day of a period of leave.
settings-member-leave-to = إلى
settings-member-leave-remove = إزالة
# $date: the first day of the period of leave (YYYY-MM-DD).
settings-member-leave-remove-label = إزالة الإجازة التي تبدأ في { $date }
settings-member-leave-add = إضافة إجازة
settings-member-approves = يوافق على
settings-member-approves-everything = كل عناصر الخطة
# $brand: the brand's name.
settings-member-approves-brand = كل ما يخص { $brand }

## Settings → Team sync: the list of what this laptop set aside, opened under the count.

# Opens the list.
settings-team-set-aside-show = إظهار ما نُحّي جانبًا
# The list's column headings.
settings-team-set-aside-when = الوقت
settings-team-set-aside-from = المصدر
settings-team-set-aside-what = الحقل
settings-team-set-aside-why = السبب
# In the From column: this laptop's own change, which the server refused.
settings-team-set-aside-this-laptop = هذا الجهاز
