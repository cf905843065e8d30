## What the exports and imports say when a file, a folder or the calendar server fails them.
## Most are shown after the name of the field or the file they are about, so they start in
## lower case. $reason: what the operating system, a library or a server said, as it said it.

## An error given as a row's reason, or inside another message.


## Files read, written or removed.

# $path: the file's path or name.
error-files-cannot-read = تتعذّر قراءة { $path }: { $reason }
# $path: the file's path.
error-files-cannot-write = تتعذّر الكتابة في { $path }: { $reason }
# $path: the file's name.
error-files-cannot-remove = يتعذّر حذف { $path }: { $reason }
# $file: the settings file beside the plan (published-calendar.json).
error-files-feed-settings-unreadable = تتعذّر قراءة { $file } ({ $reason })؛ انشر التقويم من جديد
# $file: the settings file beside the plan (caldav.json).
error-files-caldav-settings-unreadable = تتعذّر قراءة { $file } ({ $reason })؛ اضبط خادم التقويم من جديد

## Exports: PDFs, workbooks and CSV files.

# $pages: how many pages the annual plan came out as.
error-files-annual-plan-pages = { $pages ->
    [zero] خرجت الخطة السنوية بلا أي صفحة بدلًا من صفحة واحدة
    [one] خرجت الخطة السنوية في صفحة واحدة على غير المتوقع
    [two] خرجت الخطة السنوية في صفحتين بدلًا من صفحة واحدة
    [few] خرجت الخطة السنوية في { $pages } صفحات بدلًا من صفحة واحدة
    [many] خرجت الخطة السنوية في { $pages } صفحةً بدلًا من صفحة واحدة
   *[other] خرجت الخطة السنوية في { $pages } صفحة بدلًا من صفحة واحدة
}
# $pages: how many pages the brief came out as.
error-files-brief-pages = { $pages ->
    [zero] خرجت الإحاطة بلا أي صفحة بدلًا من صفحة واحدة
    [one] خرجت الإحاطة في صفحة واحدة على غير المتوقع
    [two] خرجت الإحاطة في صفحتين بدلًا من صفحة واحدة
    [few] خرجت الإحاطة في { $pages } صفحات بدلًا من صفحة واحدة
    [many] خرجت الإحاطة في { $pages } صفحةً بدلًا من صفحة واحدة
   *[other] خرجت الإحاطة في { $pages } صفحة بدلًا من صفحة واحدة
}
# $reason: what the typesetter said.
error-files-not-typeset = تعذّر تنضيد ملف PDF: { $reason }
error-files-numbers-too-long = لم يتسع تقرير «بالأرقام» لصفحة واحدة
error-files-workbook = يتعذّر إنشاء المصنف: { $reason }
error-files-handoff-write = تتعذّر كتابة الملف المخصص لأداة النشر: { $reason }
error-files-csv-write = تتعذّر كتابة ملف CSV: { $reason }

## Pushing the plan's calendar to a CalDAV server.

error-files-caldav-listing-unreadable = تعذّرت قراءة قائمة أحداث التقويم: { $reason }
error-files-caldav-unusable-address = عنوان غير صالح للاستخدام: { $reason }
error-files-caldav-unreachable = يتعذّر الوصول إلى خادم التقويم: { $reason }
# $url: the calendar's address.
error-files-caldav-may-not-list = لا يحق لهذا الحساب عرض محتوى التقويم على العنوان { $url }
# $url: the calendar's address.
error-files-caldav-may-not-create = لا يحق لهذا الحساب إنشاء التقويم على العنوان { $url }
# $name: the event file's name on the server; $url: the calendar's address.
error-files-caldav-may-not-write = لا يحق لهذا الحساب كتابة { $name } على العنوان { $url }
# $name: the event file's name on the server; $url: the calendar's address.
error-files-caldav-may-not-delete = لا يحق لهذا الحساب حذف { $name } على العنوان { $url }
error-files-caldav-out-of-space = لم تعد هناك مساحة متاحة على خادم التقويم
# $status: the HTTP status code the server answered (such as 500).
error-files-caldav-answered-list = ردّ خادم التقويم بالرمز { $status } عند طلب عرض محتوى التقويم
# $status: the HTTP status code the server answered (such as 500).
error-files-caldav-answered-create = ردّ خادم التقويم بالرمز { $status } عند طلب إنشاء التقويم
# $status: the HTTP status code the server answered (such as 500); $name: the event file's name on the server.
error-files-caldav-answered-write = ردّ خادم التقويم بالرمز { $status } عند طلب كتابة { $name }
# $status: the HTTP status code the server answered (such as 500); $name: the event file's name on the server.
error-files-caldav-answered-delete = ردّ خادم التقويم بالرمز { $status } عند طلب حذف { $name }
error-files-caldav-bad-listing = أرسل خادم التقويم قائمة أحداث ليست بصيغة XML صالحة: { $reason }

## A spreadsheet or a calendar file too large or damaged to read. Shown after the file's name.

# $max: the most rows read.
error-files-too-many-rows = { $max ->
    [zero] يحتوي على صفوف ولا يُقرأ أي صف؛ قسّمه واستورد أجزاءه واحدًا تلو الآخر
    [one] يحتوي على أكثر من صف واحد؛ قسّمه واستورد أجزاءه واحدًا تلو الآخر
    [two] يحتوي على أكثر من صفّين؛ قسّمه واستورد أجزاءه واحدًا تلو الآخر
    [few] يحتوي على أكثر من { $max } صفوف؛ قسّمه واستورد أجزاءه واحدًا تلو الآخر
    [many] يحتوي على أكثر من { $max } صفًّا؛ قسّمه واستورد أجزاءه واحدًا تلو الآخر
   *[other] يحتوي على أكثر من { $max } صف؛ قسّمه واستورد أجزاءه واحدًا تلو الآخر
}
# $line: the line in the file; $count: the columns it has; $max: the most columns read.
error-files-too-many-columns = في السطر { $line } { $count ->
    [zero] لا توجد أي أعمدة
    [one] عمود واحد
    [two] عمودان
    [few] { $count } أعمدة
    [many] { $count } عمودًا
   *[other] { $count } عمود
}، ولا يُقرأ منها أكثر من { $max }
# $line: the line in the file; $column: the column's number (1 for the first); $max: the most characters a cell may hold.
error-files-cell-too-long = يحتوي السطر { $line }، العمود { $column }، على أكثر من { $max ->
    [zero] صفر حرف
    [one] حرف واحد
    [two] حرفين
    [few] { $max } أحرف
    [many] { $max } حرفًا
   *[other] { $max } حرف
}
# $size: the file's size in megabytes; $max: the largest size read, in megabytes.
error-files-too-big = حجمه { $size } ميغابايت، ولا يُقرأ أكثر من { $max } ميغابايت
# $path: the file's path.
error-files-damaged = تتعذّر قراءة { $path }: الملف تالف
# $path: the file's path.
error-files-sheet-cut-short = تتعذّر قراءة { $path }: الملف تالف (ورقته مبتورة)
# $path: the file's path.
error-files-no-sheet = تتعذّر قراءة { $path }: لا يحتوي على أي ورقة
# $max: the most megabytes a workbook may unpack to.
error-files-unpacks-too-far = يتجاوز حجمه بعد فك الضغط { $max } ميغابايت
# $max: the most cells a sheet may span.
error-files-spans-too-much = { $max ->
    [zero] يمتد على خلايا ولا تُقرأ أي خلية؛ أبقِ دليل الشركاء وحده في الورقة الأولى
    [one] يمتد على أكثر من خلية واحدة؛ أبقِ دليل الشركاء وحده في الورقة الأولى
    [two] يمتد على أكثر من خليتين؛ أبقِ دليل الشركاء وحده في الورقة الأولى
    [few] يمتد على أكثر من { $max } خلايا؛ أبقِ دليل الشركاء وحده في الورقة الأولى
    [many] يمتد على أكثر من { $max } خليةً؛ أبقِ دليل الشركاء وحده في الورقة الأولى
   *[other] يمتد على أكثر من { $max } خلية؛ أبقِ دليل الشركاء وحده في الورقة الأولى
}
# $column: the column's number (1 for the first); $max: the most columns read.
error-files-cell-past-columns = فيه خلية في العمود { $column }، ولا يُقرأ أكثر من { $max ->
    [zero] صفر عمود
    [one] عمود واحد
    [two] عمودين
    [few] { $max } أعمدة
    [many] { $max } عمودًا
   *[other] { $max } عمود
}
# $max: the most filled cells read.
error-files-too-many-cells = { $max ->
    [zero] يحتوي على خلايا مملوءة ولا تُقرأ أي خلية
    [one] يحتوي على أكثر من خلية مملوءة واحدة
    [two] يحتوي على أكثر من خليتين مملوءتين
    [few] يحتوي على أكثر من { $max } خلايا مملوءة
    [many] يحتوي على أكثر من { $max } خليةً مملوءة
   *[other] يحتوي على أكثر من { $max } خلية مملوءة
}

## Importing partners or content items from a spreadsheet: why a row is refused or left out.

# $count: the rows refused; $line: the first one's line in the file; $error: why it is refused (a message of its own).
error-files-rows-have-errors = { $count ->
    [zero] لا أخطاء في الصفوف، ومع ذلك لم يُستورد شيء؛ السطر { $line }: { $error }
    [one] في صف واحد أخطاء، لذا لم يُستورد شيء؛ السطر { $line }: { $error }
    [two] في صفّين أخطاء، لذا لم يُستورد شيء؛ أولهما في السطر { $line }: { $error }
    [few] في { $count } صفوف أخطاء، لذا لم يُستورد شيء؛ أولها في السطر { $line }: { $error }
    [many] في { $count } صفًّا أخطاء، لذا لم يُستورد شيء؛ أولها في السطر { $line }: { $error }
   *[other] في { $count } صف أخطاء، لذا لم يُستورد شيء؛ أولها في السطر { $line }: { $error }
}
# The column a partner import needs, as the error names it (error-column-not-mapped).
error-files-column-time-zone = المنطقة الزمنية (مثل Europe/Paris)
# $name: the partner's name.
error-files-partner-exists = «{ $name }» موجود بالفعل في الدليل أو في الملف
error-files-no-channel-given = لا توجد قناة
error-files-no-title-or-copy = لا يوجد عنوان ولا نص
error-files-item-in-plan = موجود في الخطة مسبقًا (القناة والوقت والعنوان نفسها)
# $name: the name in the file.
error-files-no-channel-named = لا توجد في الخطة قناة باسم «{ $name }»
# $name: the name in the file.
error-files-no-brand-named = لا توجد في الخطة علامة تجارية باسم «{ $name }»
# $name: the name in the file.
error-files-no-campaign-named = لا توجد في الخطة حملة باسم «{ $name }»
# $name: the name in the file.
error-files-no-member-named = لا يوجد في الخطة عضو باسم «{ $name }»
# $name: the name in the file.
error-files-no-objective-named = لا يوجد في الخطة هدف باسم «{ $name }»
# $name: the name in the file; $count: how many channels it names (two or more).
error-files-channels-named = { $count ->
    [zero] لا يطابق «{ $name }» أي قناة؛ استخدم اسمًا أكمل
    [one] يطابق «{ $name }» قناة واحدة؛ استخدم اسمًا أكمل
    [two] يطابق «{ $name }» قناتين؛ استخدم اسمًا أكمل
    [few] يطابق «{ $name }» { $count } قنوات؛ استخدم اسمًا أكمل
    [many] يطابق «{ $name }» { $count } قناةً؛ استخدم اسمًا أكمل
   *[other] يطابق «{ $name }» { $count } قناة؛ استخدم اسمًا أكمل
}
# $name: the name in the file; $count: how many brands it names (two or more).
error-files-brands-named = { $count ->
    [zero] لا يطابق «{ $name }» أي علامة تجارية؛ استخدم اسمًا أكمل
    [one] يطابق «{ $name }» علامة تجارية واحدة؛ استخدم اسمًا أكمل
    [two] يطابق «{ $name }» علامتين تجاريتين؛ استخدم اسمًا أكمل
    [few] يطابق «{ $name }» { $count } علامات تجارية؛ استخدم اسمًا أكمل
    [many] يطابق «{ $name }» { $count } علامةً تجارية؛ استخدم اسمًا أكمل
   *[other] يطابق «{ $name }» { $count } علامة تجارية؛ استخدم اسمًا أكمل
}
# $name: the name in the file; $count: how many campaigns it names (two or more).
error-files-campaigns-named = { $count ->
    [zero] لا يطابق «{ $name }» أي حملة؛ استخدم اسمًا أكمل
    [one] يطابق «{ $name }» حملة واحدة؛ استخدم اسمًا أكمل
    [two] يطابق «{ $name }» حملتين؛ استخدم اسمًا أكمل
    [few] يطابق «{ $name }» { $count } حملات؛ استخدم اسمًا أكمل
    [many] يطابق «{ $name }» { $count } حملةً؛ استخدم اسمًا أكمل
   *[other] يطابق «{ $name }» { $count } حملة؛ استخدم اسمًا أكمل
}
# $name: the name in the file; $count: how many members it names (two or more).
error-files-members-named = { $count ->
    [zero] لا يطابق «{ $name }» أي عضو؛ استخدم اسمًا أكمل
    [one] يطابق «{ $name }» عضوًا واحدًا؛ استخدم اسمًا أكمل
    [two] يطابق «{ $name }» عضوين؛ استخدم اسمًا أكمل
    [few] يطابق «{ $name }» { $count } أعضاء؛ استخدم اسمًا أكمل
    [many] يطابق «{ $name }» { $count } عضوًا؛ استخدم اسمًا أكمل
   *[other] يطابق «{ $name }» { $count } عضو؛ استخدم اسمًا أكمل
}
# $name: the name in the file; $count: how many objectives it names (two or more).
error-files-objectives-named = { $count ->
    [zero] لا يطابق «{ $name }» أي هدف؛ استخدم اسمًا أكمل
    [one] يطابق «{ $name }» هدفًا واحدًا؛ استخدم اسمًا أكمل
    [two] يطابق «{ $name }» هدفين؛ استخدم اسمًا أكمل
    [few] يطابق «{ $name }» { $count } أهداف؛ استخدم اسمًا أكمل
    [many] يطابق «{ $name }» { $count } هدفًا؛ استخدم اسمًا أكمل
   *[other] يطابق «{ $name }» { $count } هدف؛ استخدم اسمًا أكمل
}
# $value: the cell; $names: every status's name, joined by list-separator.
error-files-not-a-status = «{ $value }» ليست حالة؛ استخدم إحدى الحالات التالية: { $names }
# $value: the cell; $names: every format's name, joined by list-separator.
error-files-not-a-format = «{ $value }» ليس شكلًا؛ استخدم أحد الأشكال التالية: { $names }
error-files-time-without-date = وقت بلا تاريخ
# $value: the cell. The plan writes days with the day first.
error-files-not-a-date-day-first = «{ $value }» ليس تاريخًا؛ اكتبه بصيغة YYYY-MM-DD أو DD/MM/YYYY
# $value: the cell. The plan (en-US) writes days with the month first.
error-files-not-a-date-month-first = «{ $value }» ليس تاريخًا؛ اكتبه بصيغة YYYY-MM-DD أو MM/DD/YYYY
# $value: the cell.
error-files-not-a-time = «{ $value }» ليس وقتًا؛ اكتبه بصيغة HH:MM (نظام 24 ساعة) أو 9:30 AM

## Importing a calendar file (.ics).

# $name: the event's summary; $reason: what the calendar library found wrong with it.
error-files-event-left-out = { $name }: مستبعد ({ $reason })
# $reason: what the calendar library found wrong with the event, which has no summary.
error-files-untitled-event-left-out = حدث بلا عنوان: مستبعد ({ $reason })
# $max: the most occurrences read.
error-files-too-many-occurrences = { $max ->
    [zero] تتكرر أحداثه المتكررة ولا يُقرأ أي تكرار؛ لا تُقرأ التكرارات اللاحقة
    [one] تتجاوز أحداثه المتكررة تكرارًا واحدًا؛ لا تُقرأ التكرارات اللاحقة
    [two] تتجاوز أحداثه المتكررة تكرارين؛ لا تُقرأ التكرارات اللاحقة
    [few] تتجاوز أحداثه المتكررة { $max } تكرارات؛ لا تُقرأ التكرارات اللاحقة
    [many] تتجاوز أحداثه المتكررة { $max } تكرارًا؛ لا تُقرأ التكرارات اللاحقة
   *[other] تتجاوز أحداثه المتكررة { $max } تكرار؛ لا تُقرأ التكرارات اللاحقة
}
# $count: the dates the import would add; $max: the most added at once.
error-files-too-many-dates = سيضيف { $count ->
    [zero] صفر تاريخ
    [one] تاريخًا واحدًا
    [two] تاريخين
    [few] { $count } تواريخ
    [many] { $count } تاريخًا
   *[other] { $count } تاريخ
}، ولا يُستورد أكثر من { $max } في المرة الواحدة: ضيّق نطاق الأيام

## Importing results from a platform's analytics export, or pasted links to posts.

# $source: the export the file was read as (x, meta, linkedin or csv).
error-files-no-header-row = لا يحمل أي من أسطره الأولى اسم عمود للتاريخ وعمود للأرقام من ملف تصدير { $source }
# $metric: the metric's name (results-metric-…); $value: the cell.
error-files-metric-not-a-count = { $metric }: «{ $value }» ليس عددًا
# $value: the cell.
error-files-not-a-date-and-time = «{ $value }» ليس تاريخًا ووقتًا
error-files-no-date = لا يحمل تاريخًا
error-files-no-post = لا يحمل معرّف منشور ولا رابطًا ثابتًا
error-files-name-platform = اذكر منصته (x أو facebook أو instagram أو linkedin أو …) في عمود باسم Platform
# $line: the later line in the file, whose numbers are kept.
error-files-same-post-again = يورد السطر { $line } المنشور نفسه واليوم نفسه مرة أخرى
error-files-link-not-a-post = الرابط ليس منشورًا على منصة يخطط لها Almanac
error-files-link-needs-time = اكتب تاريخ النشر ووقته في السطر: لا يبيّن الرابط متى نُشر المنشور

## Importing a whole plan from its JSON document. Shown after the file's name.

error-files-not-json = ليس بصيغة JSON: { $reason }
# $format: the format a plan document names ("almanac-plan").
error-files-not-plan-document = ليس مستند خطة من Almanac (قيمة "format" فيه ليست "{ $format }")
# $version: the document's version of the plan format; $supported: the newest this Almanac reads.
error-files-newer-plan-version = هذا المستند بالإصدار { $version } من صيغة الخطة، من إصدار أحدث من Almanac (هذا الإصدار يقرأ حتى الإصدار { $supported })
# $version: the version of the plan format this Almanac reads.
error-files-not-plan-version = لا يحتوي على خطة كما يصفها الإصدار { $version }: { $reason }
error-files-no-settings-row = لا يوجد في الخطة صف للإعدادات
# $reason: why the plan refused the records (a message of its own).
error-files-records-do-not-fit = سجلاته غير متوافقة بعضها مع بعض ({ $reason })؛ لم يُستورد شيء
