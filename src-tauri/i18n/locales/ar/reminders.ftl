## التذكيرات: إشعارات سطح المكتب للعضو الذي يستخدم هذا الجهاز، بلغة النافذة.

# $count: العناصر التي تنتظر موافقة هذا العضو.
reminder-approvals = { $count ->
    [zero] لا عناصر بانتظار موافقتك
    [one] عنصر واحد بانتظار موافقتك
    [two] عنصران بانتظار موافقتك
    [few] { $count } عناصر بانتظار موافقتك
    [many] { $count } عنصرًا بانتظار موافقتك
   *[other] { $count } عنصر بانتظار موافقتك
}
reminder-approvals-body = افتح الموافقات للموافقة عليها أو طلب تعديلات.
# موعد نهائي لتعاون. $day: today أو tomorrow أو later؛ $date: اليوم مختصرًا («الجمعة 7 مايو») في later؛ $title: التعاون.
reminder-assets-due = { $day ->
    [today] موعد تسليم المواد اليوم: «{ $title }»
    [tomorrow] موعد تسليم المواد غدًا: «{ $title }»
   *[later] موعد تسليم المواد يوم { $date }: «{ $title }»
}
reminder-approval-due = { $day ->
    [today] موعد الموافقة اليوم: «{ $title }»
    [tomorrow] موعد الموافقة غدًا: «{ $title }»
   *[later] موعد الموافقة يوم { $date }: «{ $title }»
}
reminder-goes-live = { $day ->
    [today] موعد النشر اليوم: «{ $title }»
    [tomorrow] موعد النشر غدًا: «{ $title }»
   *[later] موعد النشر يوم { $date }: «{ $title }»
}
# الجملة تحت الموعد النهائي. $date: اليوم كاملًا؛ $title: التعاون.
reminder-assets-due-body = يجب تسليم مواد التعاون «{ $title }» في موعد أقصاه { $date }.
reminder-approval-due-body = يجب أن تتم الموافقة على التعاون «{ $title }» في موعد أقصاه { $date }.
reminder-goes-live-body = يُنشر التعاون «{ $title }» في { $date }.
# عناصر ستُنشر قريبًا ولا تزال أفكارًا أو مسودات. $count: عددها؛ $date: آخر يوم مشمول، كاملًا.
reminder-drafts = { $count ->
    [zero] لا مسودات ستُنشر بحلول { $date }
    [one] عنصر واحد لا يزال مسودة وسيُنشر بحلول { $date }
    [two] عنصران لا يزالان مسودتين وسيُنشران بحلول { $date }
    [few] { $count } عناصر لا تزال مسودات وستُنشر بحلول { $date }
    [many] { $count } عنصرًا لا تزال مسودات وستُنشر بحلول { $date }
   *[other] { $count } عنصر لا تزال مسودات وستُنشر بحلول { $date }
}
# $titles: عناوين العناصر، كلٌّ بين علامتي تنصيص (reminder-quoted)، يفصل بينها list-separator.
reminder-drafts-body = { $titles }.
# $titles: عناوين العناصر الخمسة الأولى؛ $count: عدد العناصر الأخرى.
reminder-drafts-body-more = { $count ->
    [zero] { $titles }.
    [one] { $titles } وعنصر آخر.
    [two] { $titles } وعنصران آخران.
    [few] { $titles } و{ $count } عناصر أخرى.
    [many] { $titles } و{ $count } عنصرًا آخر.
   *[other] { $titles } و{ $count } عنصر آخر.
}
# عنوان عنصر في قائمة. $title: العنوان.
reminder-quoted = «{ $title }»
# عنوان الملخص اليومي. $count: عدد التذكيرات التي يلخصها.
reminder-digest = { $count ->
    [zero] Almanac اليوم: لا تذكيرات
    [one] Almanac اليوم: تذكير واحد
    [two] Almanac اليوم: تذكيران
    [few] Almanac اليوم: { $count } تذكيرات
    [many] Almanac اليوم: { $count } تذكيرًا
   *[other] Almanac اليوم: { $count } تذكير
}
