## The item editor: a content item's fields, its repeat, its language versions, its approvals, history and findings.

item-dialog-new = عنصر جديد
item-dialog-edit = تعديل العنصر
item-field-title = العنوان
item-field-copy = النص
# Under the copy: its length as the channel's network counts it ("X 312/280 — over the limit", "Instagram 120/2200 · 3/30 hashtags").
# $platform: the network ("X"); $length, $limit: the characters counted and allowed;
# $withHashtags: "yes" when the network limits hashtags, then $hashtags, $hashtagLimit: the hashtags counted and allowed;
# $over: "yes" when the copy is over a limit.
# In Arabic "312 من 280" rather than "312/280": isolated numbers around a slash would read in reverse.
item-copy-count = { $platform }: { $length } من { $limit }{ $withHashtags ->
        [yes] {" "}· الوسوم: { $hashtags } من { $hashtagLimit }
       *[no] {""}
    }{ $over ->
        [yes] {" "}— تجاوز الحد
       *[no] {""}
    }
item-field-channel = القناة
# A channel no longer in use, in the list of channels. $channel: its name.
item-channel-inactive = { $channel } (غير نشطة)
item-field-format = الشكل
item-field-status = الحالة
item-field-campaign = الحملة
item-no-campaign = بلا حملة
item-objectives = الأهداف
item-field-date = التاريخ
item-date-hint = فارغ: ينتظر العنصر في قائمة الأفكار.
# $zone: the plan's time zone ("Europe/London").
item-field-time = الوقت ({ $zone })
item-time-hint = فارغ: طوال اليوم.
item-field-owner = المسؤول
item-no-owner = لا أحد بعد
item-field-language = اللغة
# An example language code in the empty Language field.
item-language-placeholder = ar
item-evergreen = محتوى دائم: يمكن جدولته لملء الفجوات
item-field-link = رابط المنشور
item-link-hint = الرابط الدائم أو معرّف المنشور: تستخدمه عمليات استيراد النتائج لربط أرقام المنصات بالعنصر.

# The repeat of a new item.
item-repeat = التكرار
# Before the list of frequencies ("Repeats [Weekly] every [2]").
item-repeats = يتكرر
item-repeat-none = لا يتكرر
item-repeat-daily = يوميًا
item-repeat-weekly = أسبوعيًا
item-repeat-monthly-day = شهريًا، في هذا اليوم من الشهر
item-repeat-monthly-weekday = شهريًا، في هذا اليوم من الأسبوع (مثل الجمعة الثانية)
item-repeat-yearly = سنويًا
item-repeat-custom = قاعدة مخصصة (RRULE)
# After the frequency; $input: where the field with the interval (a number) goes.
item-repeat-every = كل { $input }
item-repeat-interval = الفاصل
item-repeat-days = في هذه الأيام
# Weekdays, short, beside the weekly repeat's tick boxes.
item-weekday-mo = الاثنين
item-weekday-tu = الثلاثاء
item-weekday-we = الأربعاء
item-weekday-th = الخميس
item-weekday-fr = الجمعة
item-weekday-sa = السبت
item-weekday-su = الأحد
# $input: where the field with the number of occurrences goes.
item-repeat-ends-after = ينتهي بعد عدد من التكرارات قدره { $input }
item-repeat-occurrences = عدد التكرارات
# $input: where the field with the last day goes.
item-repeat-ends-on = ينتهي في { $input }
item-repeat-last-day = اليوم الأخير
# $rule: the RRULE value the choices make ("FREQ=WEEKLY;BYDAY=FR;COUNT=10"), shown as code.
item-repeat-rule = القاعدة: { $rule }

# An occurrence of a series. $rule: the series' RRULE value, shown as code; $count: its occurrences.
item-series = يتكرر: { $rule } ({ $count ->
        [zero] بلا تكرارات
        [one] تكرار واحد
        [two] تكراران
        [few] { $count } تكرارات
        [many] { $count } تكرارًا
       *[other] { $count } تكرار
    })
item-scope-one = حفظ هذا التكرار وحده أو حذفه
item-scope-following = هذا التكرار والتكرارات التالية
item-scope-all = كل التكرارات

item-versions = النسخ اللغوية
# A copy of the item in another language. $language: its language code ("cy"); $title: its title.
item-version = { $language }: { $title }
# $date: the version's date and time ("2027-03-12 09:00").
item-version-date = ({ $date })
item-version-no-date = (بلا تاريخ)
# $input: where the field with the language code goes.
item-add-version-in = إضافة نسخة بلغة { $input }
# An example language code in the empty field.
item-new-language-placeholder = fr
item-add-version = إضافة النسخة

# A field two people changed while their laptops were apart.
item-conflict = غيّره شخصان
# $member: the other person; $field: the field's name ("date and time").
item-conflict-title = عُدِّل «{ $field }» لديك ولدى { $member }، كلٌّ على حدة.
# $mine, $theirs: the two values; $member: the other person; $holds: "mine" or "theirs", the value the plan holds until one is kept.
item-conflict-values = نسختك: «{ $mine }» · نسخة { $member }: «{ $theirs }» · وتحتفظ الخطة إلى حين الاختيار { $holds ->
        [mine] بنسختك
       *[theirs] بنسخة { $member }
    }.
item-keep-mine = الاحتفاظ بنسختي
item-keep-theirs = الاحتفاظ بالنسخة الأخرى

item-approvals = الموافقات
# A decision on the item. $decision: "approved" or "changesRequested"; $member: who decided (in bold); $when: the date and time.
item-approval = { $decision ->
        [approved] موافقة من { $member }، { $when }
       *[changesRequested] طلب تعديلات من { $member }، { $when }
    }
# As item-approval, with the approver's $comment.
item-approval-commented = { $decision ->
        [approved] موافقة من { $member }، { $when }: «{ $comment }»
       *[changesRequested] طلب تعديلات من { $member }، { $when }: «{ $comment }»
    }
# $count: the changes in the item's history.
item-history = السجل ({ $count })
item-findings = الملاحظات
# A finding's severity, on its badge.
item-severity-info = معلومة
item-severity-warning = تحذير
item-severity-error = خطأ
# A finding with its fix. $message, $fix: the finding's message and fix.
item-finding-fix = { $message } — { $fix }.
item-delete = حذف
item-move = نقل إلى…

# Announced after a series is added. $title: the item's title; $count: its occurrences.
item-added-series = أُضيف «{ $title }» متكررًا: { $count ->
        [zero] بلا تكرارات
        [one] تكرار واحد
        [two] تكراران
        [few] { $count } تكرارات
        [many] { $count } تكرارًا
       *[other] { $count } تكرار
    }. للتراجع اضغط Ctrl+Z.
item-saved = حُفظ «{ $title }»
# $side: "mine" or "theirs"; $member: the other person; $label: the row's name.
item-kept = { $side ->
        [mine] احتُفظ بتعديلك على «{ $label }».
       *[theirs] احتُفظ بتعديل { $member } على «{ $label }».
    }
# $language: the new version's language code; $title: its title.
item-added-version = أُضيفت النسخة «{ $title }» ({ $language }).
item-deleted = حُذف «{ $title }». للتراجع اضغط Ctrl+Z.
