## Requests: the list of requests from other departments and the dialog that weighs one against the plan and decides it.

requests-title = الطلبات
# Button and title of the dialog for a new request.
requests-new = طلب جديد
# Above the list. $fitting: requests that fit an objective; $total: all requests; $share: the percentage that fit (0–100).
requests-fit = الطلبات المتوافقة مع هدف: { $fitting } من { $total } ({ $share }%).
# Column headings.
requests-column-request = الطلب
requests-column-from = مقدِّم الطلب
requests-column-received = تاريخ الاستلام
requests-column-age = مدة الانتظار
requests-column-wanted = التاريخ المطلوب
requests-column-decision = القرار
# Column heading and field label.
requests-objective = الهدف
# In the From column. $requester: who asks; $department: their department.
requests-from-department = { $requester }، { $department }
# In the Age column. $count: days since the request came in.
requests-age = { $count ->
    [zero] { $count } يوم
    [one] يوم واحد
    [two] يومان
    [few] { $count } أيام
    [many] { $count } يومًا
   *[other] { $count } يوم
}
# The decisions on a request.
requests-decision-open = مفتوح
requests-decision-accepted = مقبول
requests-decision-declined = مرفوض
requests-decision-parked = مؤجَّل
# Under an accepted request. $title: the content item it became.
requests-item = العنصر: { $title }
requests-item-deleted = حُذف العنصر المرتبط به
requests-empty = لا طلبات بعد.

## The request dialog.

# Status line. $title: what is asked for.
requests-saved = حُفظ الطلب «{ $title }».
# Status line. $title: the request; $day: the wanted day ("2027-04-06").
requests-accepted-dated = قُبل «{ $title }»: عنصر مسودة في { $day }. للتراجع اضغط Ctrl+Z.
# Status line. $title: the request.
requests-accepted-backlog = قُبل «{ $title }»: عنصر مسودة في قائمة الأفكار. للتراجع اضغط Ctrl+Z.
# Status line. $title: the request.
requests-declined = رُفض «{ $title }».
# Status line: the request is set aside for later. $title: the request.
requests-parked = أُجِّل «{ $title }».
# Title of the dialog for an existing request.
requests-dialog-title = الطلب
requests-field-requester = مقدِّم الطلب
requests-field-department = الإدارة
requests-field-contact = جهة الاتصال
requests-field-title = المطلوب
# The request as the requester wrote it.
requests-field-text = نص الطلب كما ورد
requests-field-text-hint = يُحفظ مع العنصر إذا قُبل الطلب.
requests-field-audience = الجمهور المستهدف
# The day the request came in.
requests-field-received = تاريخ الاستلام
# The day the requester wants it published.
requests-field-wanted = التاريخ المطلوب
requests-field-channel = القناة
requests-channel-none = لم تُحدَّد
requests-objective-none = بلا هدف
requests-assess = تقييم الطلب في ضوء الخطة
# Before the objectives the request's words fit.
requests-fits = يتوافق مع:
# Button beside a suggested objective: choose it for the request.
requests-use-objective = اعتماد
requests-fits-none = لا تتوافق كلماته مع أي هدف.
# $objective: the objective's name; $rule: its rule in words (from Almanac's checks); $planned: items planned in the period; $required: items the rule asks for; $start, $end: the period's first and last day ("2027-04-01").
requests-gap = يسدّ فجوة: { $objective }، { $rule }: المخطط له { $planned } من أصل { $required } من { $start } إلى { $end }.
# After a ⛔ or ⚠ sign. $day: the wanted day ("2027-04-06"); $message: the finding, from Almanac's checks.
requests-finding = في { $day }: { $message }
# $day: the wanted day.
requests-no-finding = لا ملاحظات في { $day }.
# Legend of the decision part of the dialog.
requests-decide = القرار
requests-reason = السبب (عند الرفض أو التأجيل)
# Button: a draft item on the wanted day. $day: that day ("2027-04-06").
requests-accept-dated = قبول في { $day }
# The same button while no wanted day is given.
requests-accept-dated-unset = قبول في اليوم المطلوب
requests-accept-backlog = قبول في قائمة الأفكار
# Button: set the request aside for later.
requests-park = تأجيل
requests-decline = رفض
requests-cancel = إلغاء
requests-save = حفظ
