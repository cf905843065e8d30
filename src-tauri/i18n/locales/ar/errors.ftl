## What a form, a file or the command line is told when a value breaks a rule. Each is shown
## beside the field it names (whose label the form gives), so it starts in lower case.
## $value: what was typed, as it was typed.

error-required = مطلوب
# $length: how many characters were given; $max: how many fit.
error-too-long = { $length ->
    [zero] لا يحتوي النص على أي حرف، والحد الأقصى المسموح به { $max }
    [one] يتكوّن النص من حرف واحد، والحد الأقصى المسموح به { $max }
    [two] يتكوّن النص من حرفين، والحد الأقصى المسموح به { $max }
    [few] يتكوّن النص من { $length } أحرف، والحد الأقصى المسموح به { $max }
    [many] يتكوّن النص من { $length } حرفًا، والحد الأقصى المسموح به { $max }
   *[other] يتكوّن النص من { $length } حرف، والحد الأقصى المسموح به { $max }
}
error-not-colour = «{ $value }» ليس لونًا بصيغة #1f6feb
# $value: a year or a day outside 1900–2999.
error-outside-years = { $value } خارج نطاق السنوات التي يمكن أن تغطيها الخطة (من 1900 إلى 2999)
error-not-a-year = يجب إدخال سنة من 1900 إلى 2999
error-not-date = «{ $value }» ليس تاريخًا بصيغة 2027-03-31
error-not-date-time = «{ $value }» ليس تاريخًا ووقتًا بصيغة 2027-03-31T09:30
error-not-time = «{ $value }» ليس وقتًا بصيغة 09:30
error-not-id = «{ $value }» ليس معرّفًا صالحًا
error-not-time-zone = «{ $value }» ليس منطقة زمنية من IANA مثل Europe/London
error-not-email = «{ $value }» ليس عنوان بريد إلكتروني
error-not-hashtag = «{ $value }» ليس وسمًا (حروف وأرقام والشرطة السفلية _ فقط)
error-not-locale = «{ $value }» ليس رمز لغة مثل en-GB
# $value: a day and time on the plan's clock; $zone: the plan's time zone.
error-clocks-go-forward = الوقت { $value } غير موجود في { $zone } (إذ تُقدَّم الساعة حينها)
error-ends-before-start = تاريخ الانتهاء يسبق تاريخ البدء
error-campaign-ends-before-start = تاريخ الانتهاء يسبق بدء الحملة
error-not-negative = يجب إدخال رقم يساوي صفرًا أو أكبر
error-not-a-number = يجب إدخال رقم
error-kpi-period = تُحدَّد القيمة المستهدفة لكل يوم أو أسبوع أو شهر أو ربع سنة أو سنة
error-blackout-level = يجب تحديد مستوى لفترة حظر النشر
error-max-per-day = يجب إدخال عدد من 1 إلى 500، أو ترك الحقل فارغًا لعدم وضع حد
error-min-gap = يجب ألا تتجاوز القيمة 1440 دقيقة (يومًا كاملًا)
error-too-many-slots = 48 وقتًا للنشر في اليوم كحد أقصى
error-min-items-low = يجب ألا تقل القيمة عن 1
error-min-items-high = يجب ألا تزيد القيمة على 10,000
# $max: the channel's most a day; $most: the most in the rule's period.
# $period: day, week or month.
error-min-items-over-channel = { $period ->
    [day] لا تسمح القناة بأكثر من { $max } في اليوم، لذا فالحد الأقصى { $most } في اليوم
    [week] لا تسمح القناة بأكثر من { $max } في اليوم، لذا فالحد الأقصى { $most } في الأسبوع
   *[month] لا تسمح القناة بأكثر من { $max } في اليوم، لذا فالحد الأقصى { $most } في الشهر
}
error-too-many-concerns = 500 عنصر وحملة كحد أقصى
error-partner-twice = أحد الشركاء مُدرج مرتين
error-link-spaces = يجب إدخال رابط ثابت واحد أو معرّف منشور واحد، دون مسافات
error-result-about = اختر الهدف أو الحملة المعنيّة
error-metric-required = حدّد ما الذي يحصيه الرقم
# $count: the entries given; $max: how many fit.
error-too-many-entries = { $count ->
    [zero] لا تضم القائمة أي بند، ولا تتسع الخطة المطبوعة لأكثر من { $max }
    [one] تضم القائمة بندًا واحدًا، ولا تتسع الخطة المطبوعة لأكثر من { $max }
    [two] تضم القائمة بندين، ولا تتسع الخطة المطبوعة لأكثر من { $max }
    [few] تضم القائمة { $count } بنود، ولا تتسع الخطة المطبوعة لأكثر من { $max }
    [many] تضم القائمة { $count } بندًا، ولا تتسع الخطة المطبوعة لأكثر من { $max }
   *[other] تضم القائمة { $count } بند، ولا تتسع الخطة المطبوعة لأكثر من { $max }
}
error-year-start-month = يجب إدخال شهر من 1 إلى 12
error-confirm-days = يجب إدخال عدد أيام من 0 إلى 90
error-wanted-before-received = يسبق تاريخ استلام الطلب
error-capacity = يجب إدخال عدد من 1 إلى 1000 عنصر في الأسبوع، أو ترك الحقل فارغًا
# $max: how many periods of leave fit.
error-too-much-leave = { $max ->
    [zero] لا يُسمح بأي فترة إجازة
    [one] فترة إجازة واحدة كحد أقصى
    [two] فترتا إجازة كحد أقصى
    [few] { $max } فترات إجازة كحد أقصى
    [many] { $max } فترة إجازة كحد أقصى
   *[other] { $max } فترة إجازة كحد أقصى
}
# $value: the day the leave ends.
error-leave-order = الإجازة التي تنتهي في { $value } تبدأ بعد هذا التاريخ
error-rrule-dtstart = حدّد البداية على حدة، لا بصيغة DTSTART داخل القاعدة
error-rrule-never-ends = التكرار لا ينتهي أبدًا: أضف COUNT أو UNTIL
error-rrule-no-dates = لا تُنتج القاعدة أي تاريخ
# $max: the most occurrences a series may have.
error-rrule-too-many = { $max ->
    [zero] تُنتج القاعدة تكرارات ولا يُسمح بأي تكرار؛ اختصرها باستخدام COUNT أو UNTIL
    [one] تُنتج القاعدة أكثر من تكرار واحد؛ اختصرها باستخدام COUNT أو UNTIL
    [two] تُنتج القاعدة أكثر من تكرارين؛ اختصرها باستخدام COUNT أو UNTIL
    [few] تُنتج القاعدة أكثر من { $max } تكرارات؛ اختصرها باستخدام COUNT أو UNTIL
    [many] تُنتج القاعدة أكثر من { $max } تكرارًا؛ اختصرها باستخدام COUNT أو UNTIL
   *[other] تُنتج القاعدة أكثر من { $max } تكرار؛ اختصرها باستخدام COUNT أو UNTIL
}

## What an operation refuses, and why.
error-series-needs-day = تبدأ السلسلة في يوم محدد؛ حدّد تاريخًا
error-period-ends-before-start = تاريخ الانتهاء يسبق بداية الفترة
error-nothing-to-apply = لا يوجد ما يمكن تطبيقه
# $name: the member this laptop signs in as.
error-member-is-signed-in = أنت { $name } في خطة الفريق، حسب تسجيل دخولك إلى خادم الفريق
error-choose-approver = اختر من أنت (الموافقات ← أنت) قبل الموافقة
error-say-what-should-change = حدّد ما الذي يجب تغييره
# $title: the item's title.
error-not-in-review = «{ $title }» ليس قيد المراجعة
# $name: the approver; $title: the item's title.
error-may-not-approve = ليست لدى { $name } صلاحية الموافقة على «{ $title }»
error-choose-an-item = اختر عنصرًا واحدًا على الأقل
error-campaign-moved-too-far = ينقل الحملة أبعد من الحد المسموح به
error-choose-channel = اختر القناة التي سيُنشر عليها
error-no-wanted-day = لا يوجد يوم مطلوب: اقبل الطلب في قائمة الأفكار، أو حدّد يومًا
error-decline-or-park = يجب أن يكون القرار رفضًا أو تأجيلًا
error-days-ahead = يجب إدخال عدد أيام من 1 إلى 30
# $name: the partner's name.
error-not-a-partner-of = «{ $name }» ليس من شركاء هذا التعاون
error-window-order = يجب أن يكون التاريخ بعد بداية الفترة
error-window-not-before = يجب ألا يسبق التاريخ بداية الفترة
error-window-three-years = لا يمكن أن تمتد الفترة على أكثر من ثلاث سنوات تقويمية
# $max: the most days a window may span.
error-window-days = { $max ->
    [zero] يجب ألا تشمل الفترة أي يوم
    [one] يجب ألا تزيد الفترة على يوم واحد
    [two] يجب ألا تزيد الفترة على يومين
    [few] يجب ألا تزيد الفترة على { $max } أيام
    [many] يجب ألا تزيد الفترة على { $max } يومًا
   *[other] يجب ألا تزيد الفترة على { $max } يوم
}
error-quarter = يجب إدخال 1 أو 2 أو 3 أو 4
error-approve-in-approvals = لا يوافق على العنصر إلا معتمِد، من خلال الموافقات
error-schedule-after-approval = لا يُجدوَل العنصر أو يُنشر إلا بعد أن يوافق عليه معتمِد
# $language: the version's language code ("fr").
error-version-exists = توجد بالفعل نسخة بلغة «{ $language }»
# $name: the partner's name.
error-partner-exists = «{ $name }» موجود بالفعل في دليل الشركاء
error-merge-into-itself = لا يمكن دمج شريك في نفسه
error-time-missing-in-zone = هذا الوقت غير موجود في المنطقة الزمنية للخطة
error-pause-order = يجب أن ينتهي الإيقاف المؤقت بعد بدايته
error-pause-too-long = يجب ألا يتجاوز الإيقاف المؤقت سنة واحدة
error-out-of-range = خارج النطاق المسموح به
error-before-first-day = يسبق اليوم الأول
error-unknown-concern = يشير إلى شيء غير موجود في الخطة
# $finding: أول ملاحظة ستنشأ الآن عن المواضع المقترحة.
error-gaps-changed = تغيّرت الخطة منذ اقتراح سدّ الفجوات ({ $finding })؛ لم يُوضع أي شيء، فأعد الاقتراح

## What an export or an import refuses: the file chosen, the file read, the calendar server.
error-choose-pdf-place = اختر مكان حفظ ملف PDF
error-name-csv-or-pdf = أدخل اسم ملف بامتداد .csv أو .pdf
error-name-csv = أدخل اسم ملف بامتداد .csv
error-name-pdf-xlsx-json = أدخل اسم ملف بامتداد .pdf أو .xlsx أو .json
error-name-html = أدخل اسم ملف بامتداد .html
error-name-xlsx-or-csv = أدخل اسم ملف بامتداد .xlsx أو .csv
error-tools-take-csv = تقبل أدوات النشر ملفات .csv
error-buffer-platform = لا ينشر Buffer على شبكة هذه القناة: اختر قناة على X أو Instagram أو Facebook أو LinkedIn أو TikTok أو Bluesky أو Threads أو Mastodon
error-names-a-folder = يشير إلى مجلد لا إلى ملف
# $folder: the folder's path.
error-no-such-folder = المجلد { $folder } غير موجود
# $path: the path named.
error-is-a-folder = { $path } مجلد وليس ملفًا
error-month-range = يجب إدخال عدد من 1 إلى 12
error-quarter-range = يجب إدخال عدد من 1 إلى 4
error-no-such-channel = هذه القناة غير موجودة
# $year: the plan's year.
error-no-plan-for-year = لا توجد خطة لعام { $year } بعد: أضف حملات أو اكتب خطة السنة أولًا
error-plan-in-memory-not-published = لا يمكن نشر خطة محفوظة في الذاكرة فقط
error-feed-is-ics = التقويم المنشور ملف بامتداد .ics
error-plan-in-memory-not-pushed = لا يمكن إرسال خطة محفوظة في الذاكرة فقط
error-give-user-name = أدخل اسم المستخدم الخاص بالحساب
# $url: the calendar's address.
error-no-calendar-at = لا يوجد تقويم على العنوان { $url }
# $value: what was typed.
error-not-web-address = «{ $value }» ليس عنوان ويب
error-give-https-address = أدخل عنوان التقويم، ويجب أن يبدأ بـ https://
# $host: the calendar server's name.
error-calendar-http-not-local = سيتلقى { $host } كلمة المرور دون تشفير عبر http://: أدخل عنوانه الذي يبدأ بـ https:// (يُقبل http:// لخادم على هذا الحاسوب فقط)
error-server-refused-login = رفض خادم التقويم اسم المستخدم أو كلمة المرور
# $url: the calendar's address.
error-not-reachable-calendar = { $url } ليس تقويمًا يمكن لهذا الحساب الوصول إليه
# $name: the event file's name on the server.
error-keeps-changing = يتغيّر { $name } باستمرار على خادم التقويم؛ أعد الإرسال بعد قليل
error-file-empty = فارغ: يجب أن يحمل الصف الأول أسماء الأعمدة
error-choose-sheet-file = اختر ملفًا بامتداد .csv أو .xlsx أو .xls أو .ods
error-mapping-stale = لا يتطابق ربط الأعمدة مع أعمدة الملف؛ أعد المعاينة
# $column: the column's name.
error-column-not-mapped = لا يوجد عمود مربوط بالحقل { $column }
error-no-rows = لا يحتوي الملف على أي صف تحت صف العناوين
error-rows-all-present = كل الصفوف موجودة في الخطة مسبقًا
error-not-icalendar = ليس ملف iCalendar (لا يحتوي على VCALENDAR)
error-no-events = لا يحتوي على أي حدث
error-no-post-column = لا يحتوي على عمود لمعرّف المنشور أو الرابط الثابت
error-no-result-rows = لا يحتوي الملف على أي صف أرقام تحت صف العناوين
error-paste-permalinks = الصق رابطًا ثابتًا واحدًا في كل سطر (مع تاريخ النشر ووقته إن توفّرا)
# $max: the most links at a time.
error-too-many-links = { $max ->
    [zero] لا يُسمح بأي رابط
    [one] رابط واحد كحد أقصى في المرة الواحدة
    [two] رابطان كحد أقصى في المرة الواحدة
    [few] { $max } روابط كحد أقصى في المرة الواحدة
    [many] { $max } رابطًا كحد أقصى في المرة الواحدة
   *[other] { $max } رابط كحد أقصى في المرة الواحدة
}
error-plan-not-empty = هذه الخطة ليست فارغة: استورد خطة كاملة إلى مجلد بيانات جديد

## An error named inside another message, worded as a log words it.
# $field: the input field it is about, as the program names it ("file"); $message: what is wrong.
error-on-field = { $field }: { $message }
# $entity: the kind of record, as the program names it; $id: its id.
error-record-not-found = لم يُعثر على { $entity } { $id }
