## «بالأرقام»: نتائج سنة أو ربع سنة في صفحة واحدة (PDF) وفي مصنف (XLSX)، بلغة الخطة.

# عنوان الصفحة. $name: الفترة كما يسميها التطبيق («2027»، «الربع 2 من 2027»).
numbers-title = بالأرقام · { $name }
# تحت العنوان. $organisation: صاحبة الخطة؛ $from و$to: أول يوم وآخر يوم في الفترة.
numbers-subtitle = { $organisation } · من { $from } إلى { $to }
# الجانب الأول من التذييل. $organisation: صاحبة الخطة؛ $title: عنوان الصفحة.
numbers-footer = { $organisation } · { $title } · أرقام من ملفات تصدير التحليلات من المنصات والحصائل التي سجّلها الفريق
# الجانب الآخر من التذييل. $date: يوم الإعداد كاملًا.
numbers-made = أُعدّ في { $date }
numbers-objectives = الأهداف مقارنةً بقيمها المستهدفة
numbers-no-objectives = لا توجد أهداف في الخطة.
numbers-column-objective = الهدف
numbers-column-metric = المؤشر
numbers-column-baseline = خط الأساس
numbers-column-target = القيمة المستهدفة
numbers-column-achieved = المتحقق
numbers-column-against-target = نسبة الإنجاز
numbers-column-items-out = العناصر المنشورة
numbers-flagship-campaigns = الحملات الرئيسية
numbers-campaigns = الحملات
numbers-no-campaigns = لا توجد حملة لها عناصر في الفترة.
numbers-column-campaign = الحملة
numbers-column-impressions = مرات الظهور
numbers-column-engagements = التفاعلات
# $metric: المقياس الذي رُتّبت العناصر حسبه («التفاعلات»).
numbers-best-items = أفضل العناصر حسب { $metric }
numbers-no-best = لا يوجد عنصر له نتائج بعد.
numbers-outcomes = الحصائل
numbers-no-outcomes = لم تُسجَّل أي حصيلة في الفترة.
numbers-lessons = الدروس المستفادة
numbers-no-lessons = لم يُسجَّل أي درس مستفاد في الفترة.
# العناصر المنشورة من أصل المخطط لها. $published و$planned: العددان منسَّقين.
numbers-items-of = { $published } من { $planned }
# نسبة ما تحقق من القيمة المستهدفة. $percent: العدد منسَّقًا («87»)؛ علامة النسبة المئوية العربية.
numbers-percent = { $percent }٪

## أوراق المصنف وأعمدته.

numbers-sheet-summary = الملخص
numbers-sheet-objectives = الأهداف
numbers-sheet-campaigns = الحملات
numbers-sheet-posts = المنشورات
numbers-sheet-notes = الحصائل والدروس المستفادة
numbers-column-platform = المنصة
numbers-column-posts = المنشورات
# الصف الأخير في الملخص: كل المنصات معًا.
numbers-all-platforms = جميع المنصات
numbers-column-level = المستوى
numbers-column-items-planned = العناصر المخطط لها
numbers-column-items-published = العناصر المنشورة
numbers-column-flagship = رئيسية
numbers-column-day = التاريخ
numbers-column-post = المنشور
numbers-column-permalink = الرابط الثابت
numbers-column-item = العنصر
numbers-column-source = المصدر
numbers-column-kind = النوع
numbers-column-about = يتعلق بـ
numbers-column-what = الوصف
numbers-column-value = القيمة
# خلية نعم أو لا (حملة رئيسية).
numbers-yes = نعم
numbers-no = لا
# نوع الملاحظة في ورقة الحصائل والدروس.
numbers-kind-outcome = حصيلة
numbers-kind-lesson = درس مستفاد
