## ملاحظات التحقق: ما الخلل في الخطة، وما الذي يعالجه. كل رسالة وكل حلّ جملة واحدة
## بلا نقطة في آخرها: تضيفها النافذة حيث تعرضهما.
## $title: عنوان عنصر أو تعاون، مقتطَعًا إلى 40 حرفًا (مع «…»). كلٌّ من $day و$start
## و$end و$due و$live و$week يوم مكتوب مسبقًا كما تكتب اللغة الأيام.

finding-approved-without-date = «{ $title }» موافَق عليه لكن بلا تاريخ
fix-approved-without-date = حدِّد له تاريخًا، أو أعِده إلى مسودة

finding-past-not-published = كان موعد «{ $title }» في { $day } ولم يُنشر قط
fix-past-not-published = ضع عليه علامة «تم النشر»، أو أعِد جدولته، أو ألغِه

# $problem: ما ترفضه الشبكة (copy-too-long أو copy-too-many-hashtags).
finding-copy-over-limit = «{ $title }»: { $problem }
fix-copy-over-limit = اختصر النص في نافذة تعديل العنصر، فهي تحتسبه كما تحتسبه الشبكة
# $network: اسم الشبكة («X»، «Instagram»)؛ $length: طول النص كما تحتسبه الشبكة؛ $limit: الحد الأقصى الذي تقبله.
copy-too-long = تحتسب شبكة { $network } في النص { $length ->
        [zero] { $length } حرف
        [one] حرفًا واحدًا
        [two] حرفين
        [few] { $length } أحرف
        [many] { $length } حرفًا
       *[other] { $length } حرف
    }، وحدّها الأقصى { $limit }
# $hashtags: الوسوم في النص؛ $network: اسم الشبكة؛ $most: الحد الأقصى الذي تقبله.
copy-too-many-hashtags = يحتوي النص على { $hashtags ->
        [zero] { $hashtags } وسم
        [one] وسم واحد
        [two] وسمين
        [few] { $hashtags } وسوم
        [many] { $hashtags } وسمًا
       *[other] { $hashtags } وسم
    }، ولا تقبل شبكة { $network } أكثر من { $most }

# $period: اسم التاريخ المهم («الانتخابات العامة»)؛ $level: مستوى فترة حظر النشر.
finding-in-blackout = «{ $title }» مقرَّر في { $day }، خلال { $period } ({ $level ->
        [no-posting] يُمنع أي نشر
        [restricted] لا يُنشر إلا المحتوى المُجاز
       *[no-new-campaigns] لا يجوز إطلاق أي حملة جديدة
    })
fix-in-blackout = انقله إلى خارج فترة حظر النشر

# $campaign: اسم الحملة؛ $start و$end: أول أيامها وآخرها.
finding-outside-campaign = «{ $title }» مقرَّر في { $day }، خارج فترة حملته «{ $campaign }» (من { $start } إلى { $end })
fix-outside-campaign = انقله إلى داخل فترة الحملة، أو وسِّع الفترة

# $member: اسم المسؤول؛ $start و$end: أول أيام إجازته وآخرها.
finding-owner-on-leave = موعد «{ $title }» في { $day }، والمسؤول عنه { $member } في إجازة حينها (من { $start } إلى { $end })
fix-owner-on-leave = أسنِده إلى شخص آخر، أو انقله

# $channel: اسم القناة؛ $count: عناصرها في ذلك اليوم؛ $max: الحد الأقصى الذي تسمح به في اليوم.
finding-over-daily-limit = على { $channel } { $count ->
        [zero] { $count } عنصر
        [one] عنصر واحد
        [two] عنصران
        [few] { $count } عناصر
        [many] { $count } عنصرًا
       *[other] { $count } عنصر
    } في { $day }، والقناة لا تسمح بأكثر من { $max } في اليوم
fix-over-daily-limit = انقل بعضها إلى يوم أهدأ

# $first و$second: عنوانا العنصرين؛ $channel: قناتهما؛ $apart: الدقائق بينهما؛ $gap: الدقائق التي تتطلبها القناة.
finding-under-min-gap = بين «{ $first }» و«{ $second }» على { $channel } { $apart ->
        [zero] { $apart } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتان
        [few] { $apart } دقائق
        [many] { $apart } دقيقةً
       *[other] { $apart } دقيقة
    } فقط، والقناة تتطلب { $gap }
fix-under-min-gap = باعِد بينهما

# $member: اسم المسؤول؛ $count: عناصره في ذلك الأسبوع؛ $week: أول أيام الأسبوع؛ $capacity: عدد العناصر التي يستطيع تولّيها في الأسبوع.
finding-over-capacity = لدى { $member } { $count ->
        [zero] { $count } عنصر
        [one] عنصر واحد
        [two] عنصران
        [few] { $count } عناصر
        [many] { $count } عنصرًا
       *[other] { $count } عنصر
    } في الأسبوع الذي يبدأ في { $week }، وطاقته الأسبوعية { $capacity }
fix-over-capacity = أسنِد بعض عناصر هذا الأسبوع إلى شخص آخر

# $versions: كل نسخة (finding-version-on أو finding-version-unscheduled)، يفصل بينها list-separator.
finding-translations-apart = النسخ اللغوية من «{ $title }» غير مجدولة معًا: { $versions }
# نسخة لغوية واحدة. $language: رمز لغتها («fr»)، أو «?» إن لم يكن لها رمز.
finding-version-on = { $language } في { $day }
finding-version-unscheduled = { $language } غير مجدولة
fix-translations-apart = جدوِل جميع النسخ في اليوم نفسه

finding-back-to-review = كان «{ $title }» موافَقًا عليه: هذا التعديل يعيده إلى المراجعة
fix-back-to-review = اطلب من معتمِد أن يوافق عليه مجددًا

## ملاحظات التعاون. $title: عنوان التعاون.

# $waiting: الشركاء الذين لم يؤكدوا؛ $total: جميع شركائه؛ $names: من هم (finding-names أو finding-names-more).
finding-partners-not-confirmed-live = حلّ موعد نشر «{ $title }» ولم يؤكد { $waiting } من الشركاء (من أصل { $total }): { $names }
# $days: الأيام المتبقية قبل موعد النشر. بقية الوسائط كما في finding-partners-not-confirmed-live.
finding-partners-not-confirmed-soon = يحلّ موعد نشر «{ $title }» { $days ->
        [zero] اليوم
        [one] بعد يوم واحد
        [two] بعد يومين
        [few] بعد { $days } أيام
        [many] بعد { $days } يومًا
       *[other] بعد { $days } يوم
    } ولم يؤكد { $waiting } من الشركاء (من أصل { $total }): { $names }
# $names: ثلاثة أسماء على الأكثر، يفصل بينها list-separator.
finding-names = { $names }
# $names: الأسماء الثلاثة الأولى، يفصل بينها list-separator؛ $more: عدد الآخرين.
finding-names-more = { $names } و{ $more ->
        [zero] { $more } شريك آخر
        [one] شريك آخر
        [two] شريكان آخران
        [few] { $more } شركاء آخرون
        [many] { $more } شريكًا آخر
       *[other] { $more } شريك آخر
    }
# شريك حُذف من دليل الشركاء منذ ذلك الحين، مكان اسمه.
finding-removed-partner = شريك محذوف
fix-partners-not-confirmed = تابِعهم، أو ضع عليهم علامة «معتذر»، أو غيِّر موعد النشر

# $due: موعد تسليم المواد؛ $live: موعد النشر.
finding-assets-after-go-live = «{ $title }»: موعد تسليم المواد { $due }، أي بعد موعد النشر في { $live }
fix-assets-after-go-live = قدِّم موعد تسليم المواد إلى ما قبل موعد النشر

# $partner: اسم الشريك.
finding-declined-in-relay = «{ $title }»: اعتذر { $partner } لكنه لا يزال يشغل موعدًا في السلسلة
fix-declined-in-relay = امنح الموعد لشريك آخر أو أفرِغه

# $item: عنوان العنصر؛ $period: اسم التاريخ المهم.
finding-collaboration-item-in-blackout = «{ $title }»: «{ $item }» مجدول في { $day }، خلال { $period }
fix-collaboration-item-in-blackout = انقل العنصر إلى خارج فترة حظر النشر

## لماذا قد يرفض الرفعُ المجمّع في أداة نشر عنصرًا ما، بعد عنوانه.

handoff-no-time = لا وقت له: تجدول الأداة كل رسالة في وقت محدد
handoff-no-copy = لا نص فيه للنشر
# $minutes: المهلة المسبقة التي تحتاجها الأدوات قبل موعد الرسالة.
handoff-too-soon = موعده بعد أقل من { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقةً
       *[other] { $minutes } دقيقة
    } من الآن أو قد فات
handoff-hootsuite-minute-marks = لا تجدول Hootsuite إلا على رأس كل 5 دقائق (:00، :05، …)
handoff-hootsuite-duplicate = ترفض Hootsuite أي رسالة مطابقة لرسالة أخرى
# $minutes: الفاصل الأدنى الذي تتطلبه Sprout بين الرسائل.
handoff-sprout-gap = تتطلب Sprout فاصلًا لا يقل عن { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقةً
       *[other] { $minutes } دقيقة
    } بين الرسائل
handoff-buffer-free-queue = تتسع الخطة المجانية في Buffer لعشرة منشورات مجدولة في كل قناة
handoff-buffer-instagram-image = لا ينشر Buffer على Instagram إلا مع صورة: ضع عنوان الصورة (المنتهي بـ .jpg أو .png أو …) في النص
