## شبكة التخطيط (شبكة التقويم): شريط أدواتها وصفوفها وخلاياها، ونافذة «نقل إلى…».

## شريط الأدوات فوق الشبكة.

# مجموعة الأزرار التي تنقل الفترة المعروضة (السابقة، اليوم، التالية).
grid-toolbar-window = الفترة
grid-toolbar-previous = ‹ السابق
grid-toolbar-today = اليوم
grid-toolbar-next = التالي ›
# مجموعة الأزرار التي تختار عدد الأيام المعروضة في الشبكة.
grid-toolbar-days-shown = الأيام المعروضة
grid-span-week = أسبوع
grid-span-fortnight = أسبوعان
grid-span-month = شهر
# اختيار ما تمثله صفوف الشبكة.
grid-toolbar-rows = الصفوف
grid-rows-channel = القنوات
grid-rows-campaign = الحملات
grid-rows-owner = المسؤولون
# عنوان أسبوع أو أسبوعين. $from: اليوم الأول؛ $to: اليوم الأخير مع السنة.
grid-window-range = { $from } – { $to }

## الشبكة.

# صف العناصر التي لا تنتمي إلى حملة (الصفوف حسب الحملة).
grid-no-campaign = بلا حملة
# صف العناصر التي ليس لها مسؤول (الصفوف حسب المسؤول).
grid-unassigned = غير مُسنَد
# يخفي رسالة خطأ معروضة فوق الشبكة.
grid-dismiss = إغلاق
# الاسم الذي تقرؤه التقنيات المساعدة للشبكة. $rows: ما تمثله الصفوف (channel أو campaign أو owner)؛ $period: عنوان شريط الأدوات.
grid-label = شبكة التخطيط: { $rows ->
        [campaign] الحملات
        [owner] المسؤولون
       *[channel] القنوات
    } حسب اليوم، { $period }
# بجانب اسم العلامة في صف المجموعة: عدد قنواتها.
grid-group-channels = { $count ->
        [zero] لا قنوات
        [one] قناة واحدة
        [two] قناتان
        [few] { $count } قنوات
        [many] { $count } قناة
       *[other] { $count } قناة
    }
# خلية كما يقرؤها قارئ الشاشة. $day: اليوم؛ $row: قناة الصف أو حملته أو الشخص المسؤول؛
# $count: عدد العناصر في الخلية؛ $limit: عدد العناصر المسموح بها يوميًا على القناة؛
# $use: ‏"within" أو "over" (ضمن الحد أو فوقه)، أو "none" إن لم يكن للصف حد؛ $blackout: ‏"yes" في فترة حظر النشر، وإلا "no".
grid-cell-label = { $day }، { $row }: { $count ->
        [zero] لا عناصر
        [one] عنصر واحد
        [two] عنصران
        [few] { $count } عناصر
        [many] { $count } عنصرًا
       *[other] { $count } عنصر
    }{ $use ->
        [over] ، بحد أقصى { $limit }، فوق الحد اليومي
        [within] ، بحد أقصى { $limit }
       *[none] { "" }
    }{ $blackout ->
        [yes] ، ضمن فترة حظر النشر
       *[no] { "" }
    }
# تلميح استخدام الحد اليومي للقناة ("2/3"). $used: العناصر التي تشغل موضعًا؛ $limit: العناصر المسموح بها يوميًا.
grid-cell-use = { $used } من { $limit } يوميًا
# الاسم الذي تقرؤه التقنيات المساعدة لعنصر في خلية. $line: ما يعرضه السطر، ويجب أن يبقى أولًا؛ $description: الوصف الكامل.
grid-line-description = : { $description }
grid-hint = تنتقل مفاتيح الأسهم بين الخلايا؛ يفتح Enter عناصر الخلية (أو يضيف عنصرًا إلى خلية فارغة)؛ ينقل M العنصر المحدد ويرسله R للمراجعة؛ ويعود Escape إلى الخلية.

## نافذة «نقل إلى…»: ما يفعله السحب، باستخدام لوحة المفاتيح.

# عنوان النافذة قبل اختيار عنصر.
grid-move-dialog = نقل
# عنوان النافذة. $title: عنوان العنصر.
grid-move-title = نقل «{ $title }»
grid-move-to = نقل إلى
grid-move-kind-day = يوم (طوال اليوم)
grid-move-kind-time = وقت محدد في يوم
grid-move-kind-backlog = قائمة الأفكار
grid-move-date = التاريخ
# $zone: المنطقة الزمنية للخطة ("Asia/Dubai").
grid-move-time = الوقت ({ $zone })
grid-move-channel = القناة
# فوق قائمة الملاحظات التي سينشئها النقل. $count: عددها.
grid-move-preview = { $count ->
        [zero] لن يُنشئ هذا النقل أي ملاحظة:
        [one] سيُنشئ هذا النقل ملاحظة واحدة:
        [two] سيُنشئ هذا النقل ملاحظتين:
        [few] سيُنشئ هذا النقل { $count } ملاحظات:
        [many] سيُنشئ هذا النقل { $count } ملاحظة:
       *[other] سيُنشئ هذا النقل { $count } ملاحظة:
    }
# درجة خطورة الملاحظة في تلك القائمة. $severity: error أو warning أو info.
grid-move-severity = { $severity ->
        [error] خطأ
        [info] معلومة
       *[warning] تحذير
    }
grid-move-cancel = إلغاء
grid-move-submit = نقل
