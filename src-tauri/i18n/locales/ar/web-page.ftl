## صفحة الويب للقراءة فقط لشهر أو ربع سنة أو السنة كاملة، لمن ليس لديه Almanac، بلغة الخطة.

# عنوان الصفحة. $organisation: صاحبة الخطة؛ $period: الشهر أو الربع أو السنة («مايو 2027»).
web-page-title = { $organisation } — خطة { $period }
# تحت العنوان. $from و$to: أول يوم وآخر يوم؛ $zone: المنطقة الزمنية للخطة؛ $made: وقت إعداد الصفحة؛ $count: عدد عناصرها.
web-page-summary = من { $from } إلى { $to } · الأوقات بتوقيت { $zone } · أُعدّت في { $made } · { $count ->
    [zero] { $count } عنصر
    [one] عنصر واحد
    [two] عنصران
    [few] { $count } عناصر
    [many] { $count } عنصرًا
   *[other] { $count } عنصر
}
web-page-campaigns = الحملات
web-page-no-campaigns = لا تجري أي حملة في هذه الفترة.
# أيام حملة أو تاريخ رئيسي. $from و$to: أول يوم وآخر يوم.
web-page-range = من { $from } إلى { $to }
web-page-key-dates = التواريخ الرئيسية
# بعد تاريخ رئيسي هو فترة حظر نشر.
web-page-blackout = (فترة حظر النشر)
# التواريخ الرئيسية لفترة ليس فيها أي منها.
web-page-no-key-dates = لا يوجد.
# عدد عناصر اليوم. $count: العدد.
web-page-day-count = { $count ->
    [zero] { $count } عنصر
    [one] عنصر واحد
    [two] عنصران
    [few] { $count } عناصر
    [many] { $count } عنصرًا
   *[other] { $count } عنصر
}
# عناصر اليوم التي لا تتسع لها أسطره. $count: عددها.
web-page-more = +{ $count } أخرى
