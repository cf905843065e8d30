## سجل التدقيق لمسؤول السجلات والأرشيف (PDF وCSV)، بلغة الخطة.

# العنوان في خصائص ملف PDF. $from و$to: أول يوم وآخر يوم في الفترة.
audit-document-title = سجل التدقيق من { $from } إلى { $to }
# ترويسة كل صفحة. $organisation: صاحبة الخطة.
audit-heading = سجل التدقيق · { $organisation }
# بجانب الترويسة. $from و$to: أول يوم وآخر يوم في الفترة.
audit-period = من { $from } إلى { $to }
# تحت الترويسة. $zone: المنطقة الزمنية للخطة؛ $made: وقت إعداد السجل.
audit-explainer = كل عنصر مؤرَّخ ضمن الفترة: متى خُطِّط له أول مرة في يومه ومن خطط له، وكل تغيير طرأ عليه بعد ذلك. الأوقات بتوقيت { $zone }. أُعدّ في { $made }.
# تذييل كل صفحة. $organisation: صاحبة الخطة؛ $from و$to: الفترة.
audit-footer = { $organisation } · سجل التدقيق من { $from } إلى { $to }
# رقم الصفحة في التذييل. $page: هذه الصفحة؛ $pages: عدد الصفحات.
audit-page-of = الصفحة { $page } من { $pages }
audit-nothing = لا يوجد عنصر مؤرَّخ في هذه الفترة.
# أعمدة الجدول (وأعمدة CSV).
audit-column-item = العنصر
audit-column-channel = القناة
audit-column-status = الحالة
audit-column-goes-out = موعد النشر
audit-column-first-planned = أول تخطيط لهذا التاريخ
audit-column-later = التغييرات اللاحقة
# عمود CSV لوقت التغيير. $zone: المنطقة الزمنية للخطة.
audit-column-change-at = وقت التغيير ({ $zone })
audit-column-by = بواسطة
audit-column-action = الإجراء
audit-column-change = التغيير
audit-column-item-id = معرّف العنصر
# موعد نشر عنصر في قائمة الأفكار: لا يوم له بعد.
audit-in-backlog = في قائمة الأفكار
# عنصر لم يُسجَّل له أي تغيير.
audit-no-recorded-change = لا يوجد تغيير مسجَّل
# صف CSV للتغيير الذي خطط للعنصر أول مرة في يومه. $change: ما فعله.
audit-first-planned = أول تخطيط لهذا التاريخ: { $change }

## ما فعله التغيير بالعنصر. $when و$from و$to: يوم، أو يوم ووقت، مكتوبًا.

audit-change-created-in-backlog = أُنشئ في قائمة الأفكار
audit-change-created = أُنشئ وخُطِّط له في { $when }
audit-change-deleted = حُذف
audit-change-planned = خُطِّط له في { $when }
audit-change-to-backlog = نُقل إلى قائمة الأفكار من { $when }
audit-change-moved = نُقل من { $from } إلى { $to }
# $from و$to: الحالة قبل التغيير وبعده (السهم ← باتجاه القراءة من اليمين إلى اليسار).
audit-change-status = الحالة { $from } ← { $to }
# $fields: الحقول المعدَّلة («العنوان، النص»)، يفصل بينها list-separator.
audit-change-edited = عُدِّل: { $fields }
audit-change-none = لا تغيير ظاهر
audit-change-approved = تمت الموافقة
# $comment: ما طلبه المعتمِد.
audit-change-changes-requested = طُلبت تعديلات: { $comment }
# بين ما فعله تغيير واحد («نُقل …؛ الحالة …»).
audit-change-separator = { "؛ " }
# ما فعله المعتمِد.
audit-action-approve = موافقة
audit-action-request-changes = طلب تعديلات

## سجل القرارات لسنة الخطة بصيغة CSV، بلغة الخطة.

decision-log-column-decided-on = تاريخ القرار
decision-log-column-decision = القرار
decision-log-column-rationale = المبررات
decision-log-column-decided-by = متخذ القرار
decision-log-column-campaign = الحملة
# ما يتعلق به القرار.
decision-log-column-concerns = يتعلق بـ
# بدلًا من سجل يتعلق به القرار وحُذف منذ ذلك الحين. $kind: ما كان.
decision-log-deleted = ({ $kind ->
    [item] عنصر محذوف
    [campaign] حملة محذوفة
   *[collaboration] تعاون محذوف
})
# بين السجلات التي يتعلق بها القرار.
decision-log-separator = { "؛ " }
