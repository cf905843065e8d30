## Import: key dates or blackouts from a calendar file (.ics), and content items from a spreadsheet.

## What the import dialogs share.

# The button that opens the system's Open dialog.
imports-choose = اختيار…
# The first day of the days imported.
imports-from = من
# The last day of the days imported, which the import includes.
imports-to = إلى (ضمنًا)
imports-done = تم
imports-cancel = إلغاء

## Import → Key dates or blackouts from a calendar.

imports-calendar-title = استيراد تقويم
imports-calendar-file = ملف التقويم (.ics)
# In the empty file field: what such a calendar can be.
imports-calendar-file-placeholder = العطل الرسمية، أو جلسات المجلس البلدي، أو الجدول الزمني للانتخابات
# The legend of the choice of what the calendar's events become.
imports-calendar-add-as = إضافة الأحداث بوصفها
imports-calendar-key-dates = تواريخ رئيسية
imports-calendar-blackouts = فترات حظر النشر
# The key dates' category (bank holiday, awareness day…).
imports-calendar-category = الفئة
# The blackouts' level (restricted, total…).
imports-calendar-level = المستوى
imports-calendar-region = المنطقة (اختياري)
# The preview's summary. $added: the events that would be added; $total: the events in the file over the days chosen; $source: the calendar's name (set in bold).
imports-calendar-preview = من أحداث { $source } البالغ عددها { $total }، سيُضاف { $added }.
# An event the import leaves out. $problem: why, as the app explains it.
imports-calendar-left-out = مستبعد: { $problem }
# The preview's columns.
imports-calendar-col-days = الأيام
imports-calendar-col-event = الحدث
imports-calendar-col-note = ملاحظة
# The note of an event the plan has already (not added again).
imports-calendar-duplicate = موجود في الخطة مسبقًا
# Under the preview, which shows the first 200 events. $count: the events not shown.
imports-calendar-more = …و{ $count } غيرها.
# The submit button before a file is previewed.
imports-calendar-add-key-dates = إضافة التواريخ الرئيسية
imports-calendar-add-blackouts = إضافة فترات حظر النشر
# The submit button. $count: the key dates the preview would add.
imports-calendar-add-key-dates-count = إضافة { $count ->
        [zero] { $count } تاريخ رئيسي
        [one] تاريخ رئيسي واحد
        [two] تاريخين رئيسيين
        [few] { $count } تواريخ رئيسية
        [many] { $count } تاريخًا رئيسيًا
       *[other] { $count } تاريخ رئيسي
    }
# The submit button. $count: the blackout periods the preview would add.
imports-calendar-add-blackouts-count = إضافة { $count ->
        [zero] { $count } فترة حظر نشر
        [one] فترة حظر نشر واحدة
        [two] فترتَي حظر نشر
        [few] { $count } فترات حظر نشر
        [many] { $count } فترة حظر نشر
       *[other] { $count } فترة حظر نشر
    }
# The result. $count: the key dates added.
imports-calendar-added-key-dates = { $count ->
        [zero] لم يُضف أي تاريخ رئيسي.
        [one] أُضيف تاريخ رئيسي واحد.
        [two] أُضيف تاريخان رئيسيان.
        [few] أُضيفت { $count } تواريخ رئيسية.
        [many] أُضيف { $count } تاريخًا رئيسيًا.
       *[other] أُضيف { $count } تاريخ رئيسي.
    }
# The result. $count: the blackout periods added.
imports-calendar-added-blackouts = { $count ->
        [zero] لم تُضف أي فترة حظر نشر.
        [one] أُضيفت فترة حظر نشر واحدة.
        [two] أُضيفت فترتا حظر نشر.
        [few] أُضيفت { $count } فترات حظر نشر.
        [many] أُضيفت { $count } فترة حظر نشر.
       *[other] أُضيفت { $count } فترة حظر نشر.
    }
# The status line. $count: the key dates added.
imports-calendar-added-key-dates-undo = { $count ->
        [zero] لم يُضف أي تاريخ رئيسي.
        [one] أُضيف تاريخ رئيسي واحد.
        [two] أُضيف تاريخان رئيسيان.
        [few] أُضيفت { $count } تواريخ رئيسية.
        [many] أُضيف { $count } تاريخًا رئيسيًا.
       *[other] أُضيف { $count } تاريخ رئيسي.
    } للتراجع اضغط Ctrl+Z.
# The status line. $count: the blackout periods added.
imports-calendar-added-blackouts-undo = { $count ->
        [zero] لم تُضف أي فترة حظر نشر.
        [one] أُضيفت فترة حظر نشر واحدة.
        [two] أُضيفت فترتا حظر نشر.
        [few] أُضيفت { $count } فترات حظر نشر.
        [many] أُضيفت { $count } فترة حظر نشر.
       *[other] أُضيفت { $count } فترة حظر نشر.
    } للتراجع اضغط Ctrl+Z.

## Import → Content items from a spreadsheet.

imports-items-title = استيراد عناصر المحتوى من جدول بيانات
# The item's fields a column of the spreadsheet can fill.
imports-items-field-date = التاريخ (أو التاريخ والوقت)
imports-items-field-time = الوقت
imports-items-field-channel = القناة
imports-items-field-brand = العلامة التجارية
imports-items-field-campaign = الحملة
imports-items-field-format = الشكل
imports-items-field-status = الحالة
imports-items-field-owner = المسؤول
imports-items-field-title = العنوان
# The text of the post.
imports-items-field-copy = النص
imports-items-field-objectives = الأهداف
imports-items-field-link = الرابط
imports-items-field-language = اللغة
imports-items-field-notes = الملاحظات

## The preview of an items spreadsheet: its column headings (besides the fields' names
## above) and what Almanac read a row as.

# The heading of the day each row was read as.
imports-items-shown-date = التاريخ
# A row with no date: it goes to the Ideas backlog.
imports-items-backlog = قائمة الأفكار
# A row whose status an import may not give (approved, scheduled, published): it comes in for review. $status: the status it gets; $given: the file's.
imports-items-status-to-approve = { $status } (يذكر الملف { $given }: يوافق عليه أحد المعتمِدين في الموافقات)
