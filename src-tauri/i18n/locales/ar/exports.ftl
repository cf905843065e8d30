## Export: the dialogs of the Export menu that write a file: the audit trail of a period,
## a calendar (ICS) or a spreadsheet (XLSX, CSV), the files for a publishing tool, and the
## web page to share.

## What the export dialogs share.

# The first day of the days exported.
exports-from = من
# The last day of the days exported, which the export includes.
exports-to = إلى (ضمنًا)
# The legend of the choice of file format.
exports-format = الصيغة
# The button that opens the file just written.
exports-open = فتح
exports-done = تم
exports-cancel = إلغاء
exports-export = تصدير
# While the file is being written.
exports-writing = جارٍ الحفظ…
# بعد حفظ ملف PDF: نصوصه التي فيها محارف لا يحويها أي خط على هذا الحاسوب. $count: عددها؛ $names: كلٌّ بين علامتي تنصيص (exports-unprintable-name)، يفصل بينها list-separator.
exports-unprintable = { $count ->
        [zero] لا أسماء فيها محارف لا يحويها أي خط مثبّت
        [one] اسم واحد فيه محارف لا يحويها أي خط مثبّت، فتُطبع مربعات فارغة: { $names }
        [two] اسمان فيهما محارف لا يحويها أي خط مثبّت، فتُطبع مربعات فارغة: { $names }
        [few] { $count } أسماء فيها محارف لا يحويها أي خط مثبّت، فتُطبع مربعات فارغة: { $names }
        [many] { $count } اسمًا فيها محارف لا يحويها أي خط مثبّت، فتُطبع مربعات فارغة: { $names }
       *[other] { $count } اسم فيها محارف لا يحويها أي خط مثبّت، فتُطبع مربعات فارغة: { $names }
    }
# اسم في تلك القائمة. $name: الاسم.
exports-unprintable-name = «{ $name }»

## Export → Audit trail: when and by whom each item of a period was planned and changed.

exports-audit-title = سجل التدقيق لفترة محددة
exports-audit-intro = كل عنصر مؤرَّخ ضمن الفترة: متى خُطِّط له أول مرة في يومه ومن خطط له، وكل تغيير طرأ عليه بعد ذلك.
# The label of a list of the team's blackouts and key dates, whose days fill From and To.
exports-audit-period = أخذ الفترة من
exports-audit-period-hint = أو اكتب الأيام أدناه.
exports-audit-period-choose = اختر فترة حظر نشر أو تاريخًا رئيسيًا…
# An entry of the list. $name: the blackout or key date; $from, $to: its first and last day (YYYY-MM-DD).
exports-audit-period-option = { $name } (من { $from } إلى { $to })
exports-audit-pdf = PDF، 40 عنصرًا في كل صفحة
exports-audit-csv = CSV، صف لكل تغيير
# The suggested file name, before its extension (.pdf or .csv). $from, $to: the first and last day (YYYY-MM-DD).
exports-audit-file-name = سجل التدقيق من { $from } إلى { $to }
# The result under the form. $items: the items in the file; $changes: the changes listed for them.
exports-audit-written = حُفظ في الملف { $items ->
        [zero] { $items } عنصر
        [one] عنصر واحد
        [two] عنصران
        [few] { $items } عناصر
        [many] { $items } عنصرًا
       *[other] { $items } عنصر
    } و{ $changes ->
        [zero] { $changes } تغيير
        [one] تغيير واحد
        [two] تغييران
        [few] { $changes } تغييرات
        [many] { $changes } تغييرًا
       *[other] { $changes } تغيير
    }.
# The status line. $count: the items in the file; $path: the file's full path.
exports-audit-written-to = حُفظ سجل التدقيق في { $path }، ويشمل { $count ->
        [zero] { $count } عنصر
        [one] عنصرًا واحدًا
        [two] عنصرين
        [few] { $count } عناصر
        [many] { $count } عنصرًا
       *[other] { $count } عنصر
    }.

## Export → Calendar (ICS) and Export → Spreadsheet (XLSX, CSV).

exports-data-calendar-title = تصدير تقويم
exports-data-spreadsheet-title = تصدير جدول بيانات
# The suggested file name, before its extension. $year: the first day's year ("2027").
exports-data-file-name = خطة { $year }
# The suggested file name, before its extension. $organisation: the organisation's name from Settings; $year: the first day's year ("2027").
exports-data-file-name-of = خطة { $organisation } { $year }
exports-data-channels = القنوات
exports-data-channels-hint = إن لم تحدد أي قناة فستُصدَّر كل القنوات. استخدم Ctrl+النقر أو Shift+الأسهم لاختيار أكثر من قناة.
exports-data-statuses = الحالات (إن لم تحدد أي حالة فستُصدَّر كل الحالات)
# The legend of what a calendar file holds besides the items.
exports-data-also = تضمين أيضًا
exports-data-with-campaigns = الحملات، كأحداث تستغرق اليوم كله
exports-data-with-key-dates = التواريخ الرئيسية وفترات حظر النشر
exports-data-xlsx = مصنف Excel (.xlsx)
exports-data-csv = CSV (.csv)
# The accessible name of the progress bar while exporting.
exports-data-exporting = جارٍ التصدير
exports-data-writing = جارٍ حفظ الملف…
# The result and status line of a calendar file. $count: the events written; $path: the file's full path.
exports-data-saved-events = حُفظ { $count ->
        [zero] { $count } حدث
        [one] حدث واحد
        [two] حدثان
        [few] { $count } أحداث
        [many] { $count } حدثًا
       *[other] { $count } حدث
    } في { $path }.
# The result and status line of a spreadsheet. $count: the rows written; $path: the file's full path.
exports-data-saved-rows = حُفظ { $count ->
        [zero] { $count } صف
        [one] صف واحد
        [two] صفان
        [few] { $count } صفوف
        [many] { $count } صفًا
       *[other] { $count } صف
    } في { $path }.

## Export → Publishing tool files: bulk-upload files for Hootsuite or Sprout Social.

exports-handoff-title = ملفات لأداة نشر
exports-handoff-intro = العناصر المعتمدة في القناة، بصيغة الرفع المجمّع الخاصة بالأداة.
exports-handoff-buffer-free = Buffer (خطة مجانية: 10 منشورات في كل قناة)
exports-handoff-buffer = Buffer (خطة مدفوعة: 100 منشور في كل ملف)
# The legend of the choice of publishing tool (Hootsuite, Sprout Social).
exports-handoff-tool = الأداة
exports-handoff-channel = القناة
# Under the file's path: the files after the first are named like it, with -2, -3.
exports-handoff-save-hint = إذا تجاوز العدد حد الأداة (350 رسالة في كل ملف، و100 في Buffer)، تُحفظ الملفات التالية بجانبه (…-2.csv، …-3.csv).
exports-handoff-submit = حفظ الملفات
# The result. $messages: the messages written; $files: the files; $dateFormat: how the files write dates, as the tool names the setting ("DD/MM/YYYY").
exports-handoff-written = حُفظت { $messages ->
        [zero] { $messages } رسالة
        [one] رسالة واحدة
        [two] رسالتان
        [few] { $messages } رسائل
        [many] { $messages } رسالة
       *[other] { $messages } رسالة
    } في { $files ->
        [zero] { $files } ملف
        [one] ملف واحد
        [two] ملفين
        [few] { $files } ملفات
        [many] { $files } ملفًا
       *[other] { $files } ملف
    }؛ التواريخ بصيغة { $dateFormat }: اختر الصيغة نفسها عند الرفع.
# The status line. $messages: the messages written; $files: the files; $dropped: the items left out.
exports-handoff-written-announce = حُفظت { $messages ->
        [zero] { $messages } رسالة
        [one] رسالة واحدة
        [two] رسالتان
        [few] { $messages } رسائل
        [many] { $messages } رسالة
       *[other] { $messages } رسالة
    } في { $files ->
        [zero] { $files } ملف
        [one] ملف واحد
        [two] ملفين
        [few] { $files } ملفات
        [many] { $files } ملفًا
       *[other] { $files } ملف
    }؛ العناصر المستبعدة: { $dropped }.
# Above the list of the items the tool would refuse. $count: how many.
exports-handoff-left-out-count = العناصر المستبعدة ({ $count }):
# The accessible name of that list.
exports-handoff-left-out = العناصر المستبعدة
# An entry of the list. $when: the item's date and time; $title: the item; $reason: why the tool would refuse it.
exports-handoff-left-out-entry = { $when } · { $title }: { $reason }

## Export → Web page to share: a month, a quarter or the year as one HTML file.

exports-web-title = صفحة ويب للمشاركة
exports-web-intro = ملف HTML واحد بلا نصوص برمجية ولا أي محتوى من مصادر خارجية: يُفتح في أي متصفح، حتى على الهاتف، ويُطبع بمعدل شهر في كل صفحة.
# The legend of the choice of period.
exports-web-period = الفترة
exports-web-a-month = شهر
exports-web-a-quarter = ربع سنة
exports-web-the-year = السنة كاملة
exports-web-year = السنة
exports-web-month = الشهر
exports-web-quarter = الربع
# An option of the Quarter list. $quarter: 1 to 4.
exports-web-quarter-option = الربع { $quarter }
# The suggested file name, before .html. $month: the month's name; $year: the year ("2027").
exports-web-file-name-month = خطة { $month } { $year }
# The suggested file name, before .html. $quarter: 1 to 4; $year: the year ("2027").
exports-web-file-name-quarter = خطة الربع { $quarter } { $year }
# The suggested file name, before .html. $year: the year ("2027").
exports-web-file-name-year = خطة { $year }
# The result. $count: the items on the page.
exports-web-written = حُفظت الصفحة وفيها { $count ->
        [zero] { $count } عنصر
        [one] عنصر واحد
        [two] عنصران
        [few] { $count } عناصر
        [many] { $count } عنصرًا
       *[other] { $count } عنصر
    }.
# The status line. $count: the items on the page; $path: the file's full path.
exports-web-written-to = حُفظت الصفحة في { $path } وفيها { $count ->
        [zero] { $count } عنصر
        [one] عنصر واحد
        [two] عنصران
        [few] { $count } عناصر
        [many] { $count } عنصرًا
       *[other] { $count } عنصر
    }.

## A calendar file (.ics): the category a campaign's all-day span is filed under in
## Outlook, Google or Apple Calendar.

exports-calendar-category-campaign = حملة
