## The journal's names for the changes made to the plan: what Undo and Redo offer, what an
## item's history and the audit trail list. Kept as data, so each reader sees them in their
## own language. $title: a record's title or name, cut to 40 characters (with "…").

history-undo = تراجع: { $action }
history-redo = إعادة: { $action }
# $text: the name of a change recorded before names were kept as data, as it was written.
history-recorded = { $text }

history-move = نقل «{ $title }»
history-move-to-backlog = نقل «{ $title }» إلى قائمة الأفكار

history-add-item = إضافة «{ $title }»
history-edit-item = تعديل «{ $title }»
history-delete-item = حذف «{ $title }»
history-delete-occurrence = حذف تكرار واحد من «{ $title }»
# $language: the version's language code ("fr").
history-add-version = إضافة نسخة بلغة { $language } من «{ $title }»

history-add-series = إضافة السلسلة «{ $title }» ({ $count ->
    [zero] بلا تكرارات
    [one] تكرار واحد
    [two] تكراران
    [few] { $count } تكرارات
    [many] { $count } تكرارًا
   *[other] { $count } تكرار
})
history-edit-series-all = تعديل كل تكرارات «{ $title }»
history-edit-series-following = تعديل «{ $title }» والتكرارات التالية
history-delete-series = حذف السلسلة «{ $title }»
history-delete-series-following = حذف «{ $title }» والتكرارات التالية

history-add-campaign = إضافة الحملة «{ $title }»
history-edit-campaign = تعديل الحملة «{ $title }»
history-delete-campaign = حذف الحملة «{ $title }»
history-move-campaign = نقل الحملة «{ $title }»
history-resize-campaign = تغيير مدة الحملة «{ $title }»
history-add-team-member = إضافة عضو الفريق «{ $title }»
history-edit-team-member = تعديل عضو الفريق «{ $title }»
history-delete-team-member = إزالة عضو الفريق «{ $title }»
history-add-channel = إضافة القناة «{ $title }»
history-edit-channel = تعديل القناة «{ $title }»
history-delete-channel = حذف القناة «{ $title }»
history-add-partner-group = إضافة مجموعة الشركاء «{ $title }»
history-edit-partner-group = تعديل مجموعة الشركاء «{ $title }»
history-delete-partner-group = حذف مجموعة الشركاء «{ $title }»
history-add-partner = إضافة الشريك «{ $title }»
history-edit-partner = تعديل الشريك «{ $title }»
history-delete-partner = حذف الشريك «{ $title }»
# $duplicate, $keep: the two partners' names.
history-merge-partners = دمج «{ $duplicate }» في «{ $keep }»
history-add-objective = إضافة الهدف «{ $title }»
history-edit-objective = تعديل الهدف «{ $title }»
history-delete-objective = حذف الهدف «{ $title }»
history-add-key-date = إضافة التاريخ الرئيسي «{ $title }»
history-edit-key-date = تعديل التاريخ الرئيسي «{ $title }»
history-delete-key-date = حذف التاريخ الرئيسي «{ $title }»
history-add-brand = إضافة العلامة التجارية «{ $title }»
history-edit-brand = تعديل العلامة التجارية «{ $title }»
history-delete-brand = حذف العلامة التجارية «{ $title }»

# $objective: the objective's name.
history-add-coverage-rule = إضافة قاعدة تغطية إلى الهدف «{ $objective }»
history-edit-coverage-rule = تعديل قاعدة تغطية للهدف «{ $objective }»
history-delete-coverage-rule = حذف قاعدة تغطية
history-fill-coverage-gaps = { $count ->
    [zero] سدّ { $count } فجوة في التغطية
    [one] سدّ فجوة واحدة في التغطية
    [two] سدّ فجوتين في التغطية
    [few] سدّ { $count } فجوات في التغطية
    [many] سدّ { $count } فجوةً في التغطية
   *[other] سدّ { $count } فجوة في التغطية
}

history-send-for-review-one = إرسال «{ $title }» للمراجعة
history-send-for-review-many = { $count ->
    [zero] إرسال { $count } عنصر للمراجعة
    [one] إرسال عنصر واحد للمراجعة
    [two] إرسال عنصرين للمراجعة
    [few] إرسال { $count } عناصر للمراجعة
    [many] إرسال { $count } عنصرًا للمراجعة
   *[other] إرسال { $count } عنصر للمراجعة
}
history-approve-one = الموافقة على «{ $title }»
history-approve-many = { $count ->
    [zero] الموافقة على { $count } عنصر
    [one] الموافقة على عنصر واحد
    [two] الموافقة على عنصرين
    [few] الموافقة على { $count } عناصر
    [many] الموافقة على { $count } عنصرًا
   *[other] الموافقة على { $count } عنصر
}
history-request-changes-one = طلب تعديلات على «{ $title }»
history-request-changes-many = { $count ->
    [zero] طلب تعديلات على { $count } عنصر
    [one] طلب تعديلات على عنصر واحد
    [two] طلب تعديلات على عنصرين
    [few] طلب تعديلات على { $count } عناصر
    [many] طلب تعديلات على { $count } عنصرًا
   *[other] طلب تعديلات على { $count } عنصر
}

history-add-request = إضافة الطلب «{ $title }»
history-edit-request = تعديل الطلب «{ $title }»
history-delete-request = حذف الطلب «{ $title }»
history-accept-request = قبول الطلب «{ $title }»
history-decline-request = رفض الطلب «{ $title }»
history-park-request = تأجيل الطلب «{ $title }»

history-add-collaboration = إضافة التعاون «{ $title }»
history-edit-collaboration = تعديل التعاون «{ $title }»
history-delete-collaboration = حذف التعاون «{ $title }»
# $partner: the partner's name; $status: where it now stands ("Confirmed").
history-partner-status = «{ $title }»: { $partner } { $status }
# $group: the partner group's name.
history-add-group = إضافة «{ $group }» إلى «{ $title }»

history-link-post = ربط «{ $title }» بمنشوره
history-add-outcome = تسجيل «{ $title }»
history-edit-outcome = تعديل «{ $title }»
history-remove-outcome = إزالة «{ $title }»
# $year: the plan's year ("2027").
history-edit-plan-year = تعديل خطة { $year }

# $reason: why the team paused (its own words).
history-pause = { $count ->
    [zero] إيقاف { $count } عنصر مؤقتًا: «{ $reason }»
    [one] إيقاف عنصر واحد مؤقتًا: «{ $reason }»
    [two] إيقاف عنصرين مؤقتًا: «{ $reason }»
    [few] إيقاف { $count } عناصر مؤقتًا: «{ $reason }»
    [many] إيقاف { $count } عنصرًا مؤقتًا: «{ $reason }»
   *[other] إيقاف { $count } عنصر مؤقتًا: «{ $reason }»
}
history-resume = { $count ->
    [zero] استئناف { $count } عنصر بعد «{ $reason }»
    [one] استئناف عنصر واحد بعد «{ $reason }»
    [two] استئناف عنصرين بعد «{ $reason }»
    [few] استئناف { $count } عناصر بعد «{ $reason }»
    [many] استئناف { $count } عنصرًا بعد «{ $reason }»
   *[other] استئناف { $count } عنصر بعد «{ $reason }»
}
history-resume-reflow = { $count ->
    [zero] استئناف { $count } عنصر ونقلها إلى ما بعد «{ $reason }»
    [one] استئناف عنصر واحد ونقله إلى ما بعد «{ $reason }»
    [two] استئناف عنصرين ونقلهما إلى ما بعد «{ $reason }»
    [few] استئناف { $count } عناصر ونقلها إلى ما بعد «{ $reason }»
    [many] استئناف { $count } عنصرًا ونقلها إلى ما بعد «{ $reason }»
   *[other] استئناف { $count } عنصر ونقلها إلى ما بعد «{ $reason }»
}

history-change-settings = تغيير الإعدادات
history-set-aside = وضع الصفوف التي تعذّرت على Almanac قراءتها جانبًا
history-add-comment = التعليق على «{ $title }»
history-delete-comment = حذف تعليق
# $decision: the decision as logged (its own words).
history-log-decision = تسجيل القرار «{ $decision }»
history-edit-decision = تعديل القرار «{ $decision }»
history-remove-decision = إزالة القرار «{ $decision }»

# $file: the file's name.
history-import-partners = { $count ->
    [zero] استيراد { $count } شريك من { $file }
    [one] استيراد شريك واحد من { $file }
    [two] استيراد شريكين من { $file }
    [few] استيراد { $count } شركاء من { $file }
    [many] استيراد { $count } شريكًا من { $file }
   *[other] استيراد { $count } شريك من { $file }
}
history-import-items = { $count ->
    [zero] استيراد { $count } عنصر من { $file }
    [one] استيراد عنصر واحد من { $file }
    [two] استيراد عنصرين من { $file }
    [few] استيراد { $count } عناصر من { $file }
    [many] استيراد { $count } عنصرًا من { $file }
   *[other] استيراد { $count } عنصر من { $file }
}
history-import-key-dates = { $count ->
    [zero] استيراد { $count } تاريخ رئيسي من { $file }
    [one] استيراد تاريخ رئيسي واحد من { $file }
    [two] استيراد تاريخين رئيسيين من { $file }
    [few] استيراد { $count } تواريخ رئيسية من { $file }
    [many] استيراد { $count } تاريخًا رئيسيًا من { $file }
   *[other] استيراد { $count } تاريخ رئيسي من { $file }
}
history-import-blackouts = { $count ->
    [zero] استيراد { $count } فترة حظر نشر من { $file }
    [one] استيراد فترة حظر نشر واحدة من { $file }
    [two] استيراد فترتَي حظر نشر من { $file }
    [few] استيراد { $count } فترات حظر نشر من { $file }
    [many] استيراد { $count } فترة حظر نشر من { $file }
   *[other] استيراد { $count } فترة حظر نشر من { $file }
}
history-import-results = { $count ->
    [zero] استيراد نتائج { $count } منشور من { $file }
    [one] استيراد نتائج منشور واحد من { $file }
    [two] استيراد نتائج منشورَين من { $file }
    [few] استيراد نتائج { $count } منشورات من { $file }
    [many] استيراد نتائج { $count } منشورًا من { $file }
   *[other] استيراد نتائج { $count } منشور من { $file }
}
history-link-posts = { $count ->
    [zero] ربط { $count } عنصر بمنشوراتها
    [one] ربط عنصر واحد بمنشوره
    [two] ربط عنصرين بمنشورَيهما
    [few] ربط { $count } عناصر بمنشوراتها
    [many] ربط { $count } عنصرًا بمنشوراتها
   *[other] ربط { $count } عنصر بمنشوراتها
}
history-import-plan = استيراد الخطة كاملة من { $file }
history-load-sample = تحميل الخطة النموذجية

# $field: the field both sides changed, as the plan names it.
history-keep-mine = الاحتفاظ بنسختي: { $field } في «{ $title }»
history-keep-theirs = الاحتفاظ بالنسخة الأخرى: { $field } في «{ $title }»
history-restore = استعادة «{ $title }»
# $reason: the team server's reason, as it gave it.
history-refused = رفض خادم الفريق التغيير: { $reason }
history-from-team = تغييرات من الفريق
history-team-created = أُنشئ
history-team-deleted = حُذف
# $fields: the fields the change set, as the plan names them.
history-team-changed = عُدِّل: { $fields }
