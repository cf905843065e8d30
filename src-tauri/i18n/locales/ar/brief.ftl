## حزمة الإحاطة للشركاء: صفحة A4 واحدة لشركاء التعاون، والنص نفسه لرسالة بريد إلكتروني، بلغة الخطة.

# العنوان في خصائص ملف PDF. $title: التعاون.
brief-document-title = إحاطة: { $title }
# فوق العنوان. $kind: نوع التعاون («سلسلة نشر متتابعة»).
brief-kicker = إحاطة للشركاء · { $kind }
# فوق عنوان تعاون ضمن حملة. $kind: نوعه؛ $campaign: الحملة.
brief-kicker-campaign = إحاطة للشركاء · { $kind } · { $campaign }
# تحت العنوان. $organisation: الجهة المرسِلة.
brief-from = من { $organisation }
# عناوين أقسام الصفحة.
brief-goes-live = موعد النشر
brief-assets-due = موعد تسليم المواد
brief-approval-due = موعد الموافقة
brief-key-message = الرسالة الرئيسية
brief-hashtags = الوسوم
brief-assets = المواد
# «بالتوقيت المحلي»: يقرأ كل شريك الأوقات بتوقيته.
brief-relay-order = ترتيب السلسلة — بالتوقيت المحلي
brief-partners = الشركاء — بالتوقيت المحلي
# أعمدة جدول الشركاء: الترتيب في السلسلة (م = مسلسل)، والشريك، ودوره، وموعد النشر بتوقيته، وجهة الاتصال لديه.
brief-column-order = م
brief-column-partner = الشريك
brief-column-role = الدور
brief-column-their-time = موعد النشر بالتوقيت المحلي
brief-column-contact = جهة الاتصال
# الشركاء الذين لا تتسع لهم الصفحة. $count: عددهم.
brief-more-partners = { $count ->
    [zero] +{ $count } شريك آخر
    [one] +شريك واحد آخر
    [two] +شريكان آخران
    [few] +{ $count } شركاء آخرين
    [many] +{ $count } شريكًا آخر
   *[other] +{ $count } شريك آخر
}
# موعد النشر حين لم يُحدَّد بعد.
brief-not-set = لم يُحدَّد بعد
# موعد النشر بتوقيت الخطة. $date: اليوم كاملًا؛ $time: الوقت؛ $zone: المنطقة الزمنية للخطة (Asia/Dubai)؛ $offset: فرقها عن UTC (UTC+04:00).
brief-go-live-at = { $date }، الساعة { $time } بتوقيت { $zone } ({ $offset })
# موعد نشر الشريك أو موعده في السلسلة بتوقيته. $date: اليوم كاملًا؛ $time: الوقت؛ $zone: منطقته الزمنية.
brief-their-time = { $date }، الساعة { $time } بتوقيت { $zone }
# تذييل الصفحة. $organisation: الجهة المرسِلة؛ $date: يوم الطباعة كاملًا.
brief-footer = { $organisation } · إحاطة للشركاء · طُبعت في { $date } · Almanac

## الإحاطة في رسالة بريد إلكتروني: سطر لكل بند.

# $campaign: الحملة.
brief-email-campaign = الحملة: { $campaign }
# $when: موعد النشر كما في الصفحة.
brief-email-goes-live = موعد النشر: { $when }
# $date: اليوم كاملًا.
brief-email-assets-due = موعد تسليم المواد: { $date }
# $date: اليوم كاملًا.
brief-email-approval-due = موعد الموافقة: { $date }
# تليه الرسالة الرئيسية في الأسطر التالية.
brief-email-key-message = الرسالة الرئيسية:
# $hashtags: الوسوم مفصولة بمسافات.
brief-email-hashtags = الوسوم: { $hashtags }
# تليه المواد المطلوبة في الأسطر التالية.
brief-email-assets = المواد:
# يليه الشركاء بترتيبهم في السلسلة.
brief-email-relay-order = ترتيب السلسلة (بالتوقيت المحلي):
# يليه الشركاء.
brief-email-partners = الشركاء (بالتوقيت المحلي):
# سطر الشريك. $partner: الشريك؛ $time: موعد نشره أو موعده في السلسلة بتوقيته.
brief-email-partner = { $partner } — { $time }
# سطر الشريك مع دوره. $partner: الشريك؛ $time: موعده؛ $role: دوره.
brief-email-partner-role = { $partner } — { $time } ({ $role })
