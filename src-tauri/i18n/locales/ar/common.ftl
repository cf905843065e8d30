## Words shared by every form and dialog of the window.

common-close = إغلاق
common-cancel = إلغاء
common-save = حفظ
common-choose = اختيار…
# Label of the field that shows where an export is saved.
common-save-as = حفظ باسم
common-save-as-hint = ملف جديد في المستندات؛ يتيح «اختيار…» الحفظ في مكان آخر أو استبدال ملف.
# بين عناصر القائمة («العنوان، النص»؛ «Polizei، Garda، PSNI»).
list-separator = { "، " }

## The spreadsheet import form (partners, content items): the file, how its columns map onto the fields, and every row with its problem.

spreadsheet-file = الملف (.csv أو .xlsx أو .xls أو .ods؛ يحمل الصف الأول أسماء الأعمدة)
spreadsheet-preview = معاينة
spreadsheet-columns = الأعمدة
# A column whose first row is empty. $number: its place, counting from 1.
spreadsheet-column = العمود { $number }
# The choice for a column that is not read.
spreadsheet-ignore = تجاهل
# The preview's summary. $ready: the rows that will be imported.
spreadsheet-ready = { $ready ->
    [zero] لا صفوف جاهزة.
    [one] صف واحد جاهز.
    [two] صفان جاهزان.
    [few] { $ready } صفوف جاهزة.
    [many] { $ready } صفًا جاهزًا.
   *[other] { $ready } صف جاهز.
}
# $ready: the rows that will be imported; $skipped: the rows the plan has already.
spreadsheet-ready-skipped = { $ready ->
    [zero] لا صفوف جاهزة؛ صفوف موجودة في الخطة مسبقًا (مستبعدة): { $skipped }.
    [one] صف واحد جاهز؛ صفوف موجودة في الخطة مسبقًا (مستبعدة): { $skipped }.
    [two] صفان جاهزان؛ صفوف موجودة في الخطة مسبقًا (مستبعدة): { $skipped }.
    [few] { $ready } صفوف جاهزة؛ صفوف موجودة في الخطة مسبقًا (مستبعدة): { $skipped }.
    [many] { $ready } صفًا جاهزًا؛ صفوف موجودة في الخطة مسبقًا (مستبعدة): { $skipped }.
   *[other] { $ready } صف جاهز؛ صفوف موجودة في الخطة مسبقًا (مستبعدة): { $skipped }.
}
# $ready: the rows that would be imported; $invalid: the rows with errors.
spreadsheet-ready-invalid = { $ready ->
    [zero] لا صفوف جاهزة؛ صفوف بها أخطاء: { $invalid }. صحّح الملف ثم أعد المعاينة.
    [one] صف واحد جاهز؛ صفوف بها أخطاء: { $invalid }. صحّح الملف ثم أعد المعاينة.
    [two] صفان جاهزان؛ صفوف بها أخطاء: { $invalid }. صحّح الملف ثم أعد المعاينة.
    [few] { $ready } صفوف جاهزة؛ صفوف بها أخطاء: { $invalid }. صحّح الملف ثم أعد المعاينة.
    [many] { $ready } صفًا جاهزًا؛ صفوف بها أخطاء: { $invalid }. صحّح الملف ثم أعد المعاينة.
   *[other] { $ready } صف جاهز؛ صفوف بها أخطاء: { $invalid }. صحّح الملف ثم أعد المعاينة.
}
# $ready: the rows that would be imported; $skipped: the rows the plan has already; $invalid: the rows with errors.
spreadsheet-ready-skipped-invalid = { $ready ->
    [zero] لا صفوف جاهزة؛ صفوف موجودة في الخطة مسبقًا (مستبعدة): { $skipped }؛ صفوف بها أخطاء: { $invalid }. صحّح الملف ثم أعد المعاينة.
    [one] صف واحد جاهز؛ صفوف موجودة في الخطة مسبقًا (مستبعدة): { $skipped }؛ صفوف بها أخطاء: { $invalid }. صحّح الملف ثم أعد المعاينة.
    [two] صفان جاهزان؛ صفوف موجودة في الخطة مسبقًا (مستبعدة): { $skipped }؛ صفوف بها أخطاء: { $invalid }. صحّح الملف ثم أعد المعاينة.
    [few] { $ready } صفوف جاهزة؛ صفوف موجودة في الخطة مسبقًا (مستبعدة): { $skipped }؛ صفوف بها أخطاء: { $invalid }. صحّح الملف ثم أعد المعاينة.
    [many] { $ready } صفًا جاهزًا؛ صفوف موجودة في الخطة مسبقًا (مستبعدة): { $skipped }؛ صفوف بها أخطاء: { $invalid }. صحّح الملف ثم أعد المعاينة.
   *[other] { $ready } صف جاهز؛ صفوف موجودة في الخطة مسبقًا (مستبعدة): { $skipped }؛ صفوف بها أخطاء: { $invalid }. صحّح الملف ثم أعد المعاينة.
}
# Column heading: the row's line in the file.
spreadsheet-line = السطر
spreadsheet-problem = المشكلة
# A row with no problem.
spreadsheet-ok = سليم
# The submit button. $count: the rows ready.
spreadsheet-import-partners = { $count ->
    [zero] استيراد { $count } شريك
    [one] استيراد شريك واحد
    [two] استيراد شريكين
    [few] استيراد { $count } شركاء
    [many] استيراد { $count } شريكًا
   *[other] استيراد { $count } شريك
}
# The submit button. $count: the rows ready.
spreadsheet-import-items = { $count ->
    [zero] استيراد { $count } عنصر
    [one] استيراد عنصر واحد
    [two] استيراد عنصرين
    [few] استيراد { $count } عناصر
    [many] استيراد { $count } عنصرًا
   *[other] استيراد { $count } عنصر
}
# Announced once the import is done. $count: the partners added.
spreadsheet-imported-partners = { $count ->
    [zero] لم يُستورد أي شريك. للتراجع اضغط Ctrl+Z.
    [one] تم استيراد شريك واحد. للتراجع اضغط Ctrl+Z.
    [two] تم استيراد شريكين. للتراجع اضغط Ctrl+Z.
    [few] تم استيراد { $count } شركاء. للتراجع اضغط Ctrl+Z.
    [many] تم استيراد { $count } شريكًا. للتراجع اضغط Ctrl+Z.
   *[other] تم استيراد { $count } شريك. للتراجع اضغط Ctrl+Z.
}
# Announced once the import is done. $count: the items added.
spreadsheet-imported-items = { $count ->
    [zero] لم يُستورد أي عنصر. للتراجع اضغط Ctrl+Z.
    [one] تم استيراد عنصر واحد. للتراجع اضغط Ctrl+Z.
    [two] تم استيراد عنصرين. للتراجع اضغط Ctrl+Z.
    [few] تم استيراد { $count } عناصر. للتراجع اضغط Ctrl+Z.
    [many] تم استيراد { $count } عنصرًا. للتراجع اضغط Ctrl+Z.
   *[other] تم استيراد { $count } عنصر. للتراجع اضغط Ctrl+Z.
}

# Words not in the catalogue, said as they are (what a server or the system said). $text: the words.
said = { $text }
