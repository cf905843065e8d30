## Collaborations: the tracker of the plan's collaborations with partners (what is due this
## week, one row per collaboration) and the collaboration dialog with its briefing pack.

## The tracker.

collaborations-title = التعاون
# The button above the tracker and the title of the dialog it opens.
collaborations-new = تعاون جديد
collaborations-this-week = هذا الأسبوع
# A deadline: $deadline: its kind ("Assets due", "Approval due", "Goes live"); $date: its day (2027-04-01).
collaborations-deadline = { $deadline } { $date }
# An entry of This week. $deadline: the deadline as collaborations-deadline says it (in bold);
# $title: the collaboration (a button). The collaboration's first finding may follow.
collaborations-week-entry = { $deadline }: { $title }
collaborations-nothing-due = لا مواعيد نهائية خلال الأيام السبعة القادمة.
collaborations-column-collaboration = التعاون
# The column and the field of the collaboration's kind (collab post, thread relay…).
collaborations-kind = النوع
# The column and the field of the go-live time. $zone: the plan's time zone (Europe/London).
collaborations-goes-live = موعد النشر ({ $zone })
collaborations-column-next-deadline = الموعد النهائي التالي
collaborations-column-partners = الشركاء
collaborations-column-findings = الملاحظات
# Under a row's next deadline. $date: the day the partners need approval by (2027-04-01);
# $count: the collaboration's items still waiting for approval (0: all approved).
collaborations-approval-due = { $count ->
        [0] الموافقة مطلوبة قبل { $date }: تمت الموافقة على الكل
        [one] الموافقة مطلوبة قبل { $date }: عنصر واحد بانتظار الموافقة
        [two] الموافقة مطلوبة قبل { $date }: عنصران بانتظار الموافقة
        [few] الموافقة مطلوبة قبل { $date }: { $count } عناصر بانتظار الموافقة
        [many] الموافقة مطلوبة قبل { $date }: { $count } عنصرًا بانتظار الموافقة
       *[other] الموافقة مطلوبة قبل { $date }: { $count } عنصر بانتظار الموافقة
    }
collaborations-empty = لا يوجد تعاون بعد.

## The collaboration dialog.

# A finding with its suggested fix. $message: the finding; $fix: what would fix it (both from the checks).
collaborations-finding-fix = { $message }. { $fix }.
collaborations-title-field = العنوان
collaborations-campaign = الحملة
# The choice of no campaign.
collaborations-no-campaign = بلا حملة
collaborations-assets-due = موعد تسليم المواد
collaborations-approval-due-field = موعد الموافقة
collaborations-key-message = الرسالة الرئيسية
collaborations-hashtags = الوسوم
collaborations-asset-specs = مواصفات المواد
collaborations-asset-specs-hint = الصيغ والمقاسات والتعليقات التي يسلّمها كل شريك
# The legend of the partners in the collaboration. $count: how many.
collaborations-partners-count = الشركاء ({ $count })
collaborations-column-partner = الشريك
collaborations-column-role = الدور
collaborations-column-status = الحالة
# A thread relay's column of each partner's slot. $zone: the plan's time zone (Europe/London).
collaborations-column-slot = الموعد المخصص ({ $zone })
# The column of the go-live (and slot) on each partner's own clock.
collaborations-column-clock = توقيتهم المحلي
# In place of the name of a partner since deleted.
collaborations-removed-partner = شريك محذوف
# The accessible names of a partner's fields. $name: the partner.
collaborations-role-of = دور { $name }
collaborations-status-of = حالة { $name }
collaborations-slot-of = موعد { $name } في السلسلة
# A partner's relay slot on its own clock. $time: the time (14:00).
collaborations-their-slot = الموعد { $time }
# The accessible names of the buttons that reorder a thread relay. $name: the partner.
collaborations-move-earlier = تقديم { $name } في السلسلة
collaborations-move-later = تأخير { $name } في السلسلة
# The button that takes a partner out (and its column's hidden header).
collaborations-remove = إزالة
# The Remove button as read by screen readers. $name: the partner.
collaborations-remove-partner = إزالة { $name }
collaborations-partner-to-add = الشريك المراد إضافته
collaborations-add-partner-option = إضافة شريك…
collaborations-add = إضافة
collaborations-group-to-add = المجموعة المراد إضافتها
collaborations-add-group-option = إضافة مجموعة كاملة…
# A partner group in the list. $name: the group; $count: how many partners it holds.
collaborations-group = { $name } ({ $count })
collaborations-add-group = إضافة المجموعة
# $count: how many content items are linked to the collaboration.
collaborations-linked-items = عناصر المحتوى المرتبطة ({ $count })
# The label of the search among the items that can be linked.
collaborations-find = بحث
collaborations-items-hint = حدِّد موعد النشر (والحملة) لعرض العناصر القريبة منه.
collaborations-notes = ملاحظات
collaborations-delete = حذف
# The status line after saving. $title: the collaboration.
collaborations-saved = حُفظ التعاون «{ $title }»
collaborations-deleted = حُذف التعاون. للتراجع اضغط Ctrl+Z.

## The briefing pack: a one-page PDF and an e-mail text for the partners.

collaborations-brief-legend = حزمة الإحاطة للشركاء (النسخة المحفوظة)
# The suggested file name. $title: the collaboration.
collaborations-brief-file-name = إحاطة – { $title }.pdf
collaborations-brief-path = حفظ ملف PDF ذي الصفحة الواحدة باسم
collaborations-brief-choose = اختيار…
collaborations-brief-export = تصدير PDF
collaborations-copy-email = نسخ نص البريد الإلكتروني
# After export. $path: where the PDF was saved (set as code).
collaborations-brief-saved-to = حُفظ في { $path }
collaborations-brief-open = فتح ملف PDF
# The status line after export. $path: the PDF's full path.
collaborations-brief-saved = حُفظت حزمة الإحاطة في { $path }.
collaborations-email-copied = نص الإحاطة في الحافظة: الصقه في رسالة بريد إلكتروني.
collaborations-email-no-clipboard = الحافظة غير متاحة هنا؛ يظهر النص أدناه لتنسخه.
# The accessible name of the box showing the e-mail text when the clipboard is not available.
collaborations-email-text = نص البريد الإلكتروني للإحاطة
