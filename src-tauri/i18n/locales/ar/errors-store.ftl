## What the plan's store refuses or fails at: the data folder, the plan file, its backups
## and snapshots, restoring a copy, Plan health's repair, the journal and team sync.
## $reason, where a message has one: what the operating system, SQLite or a library said,
## as it said it (or, where the message says so, a refusal of Almanac's own).

## The data folder and the plan file, when the plan is opened or upgraded.
# $folder: the data folder's path; $reason: what the operating system said.
error-store-cannot-create-data-folder = تعذّر إنشاء مجلد البيانات { $folder }: { $reason }
# $folder: the data folder's path.
error-store-no-plan-in = لا توجد خطة في { $folder }
error-store-no-app-data-folder = تعذّر العثور على مجلد بيانات التطبيقات الخاص بالمستخدم؛ حدِّد المجلد باستخدام --data-dir
# $path: the plan file's path; $why: why it cannot be opened (one of the messages below, or what SQLite said).
error-store-plan-damaged = تعذّر فتح الخطة { $path }: { $why }. وقد تُركت كما هي.
error-store-not-sqlite = ليست خطة Almanac (ليست قاعدة بيانات SQLite)
# $length: the file's size in bytes; $expected: the size its header promises.
error-store-cut-short = الملف مبتور ({ $length } من أصل { $expected ->
    [zero] { $expected } بايت
    [one] بايت واحد
    [two] بايتين
    [few] { $expected } بايتات
    [many] { $expected } بايتًا
   *[other] { $expected } بايت
})
# $path: the file's path; $reason: what the operating system said.
error-store-cannot-read = تعذّرت قراءة { $path }: { $reason }
# $schema: the schema number the file records; $supported: the highest this version reads.
error-store-newer-plan = كُتبت هذه الخطة بإصدار أحدث من Almanac (المخطط { $schema }؛ ويقرأ هذا الإصدار حتى المخطط { $supported }). حدِّث Almanac لفتحها؛ ولم يُمَسّ الملف.
# $schema: the schema number the plan was being upgraded to; $reason: what SQLite said.
error-store-upgrade-failed = تعذّرت ترقية الخطة إلى المخطط { $schema }: { $reason }
# $schema: the schema number the file records; $reason: what SQLite said.
error-store-reference-schema-failed = تعذّر بناء المخطط { $schema } للمقارنة به: { $reason }
# $reason: what SQLite said.
error-store-upgrade-backup-failed = تعذّر نسخ الخطة احتياطيًا قبل ترقيتها ({ $reason })؛ وقد تُركت الخطة كما هي
error-store-choose-backup-beside = اختر إحدى النسخ الاحتياطية الموجودة بجانب الخطة
error-store-backup-unreadable-too = تتعذّر قراءة هذه النسخة الاحتياطية أيضًا
# $reason: what the operating system said.
error-store-backup-not-restored = تعذّرت استعادة النسخة الاحتياطية: { $reason }

## Backups and the automatic snapshots in the data folder.
# $path: the file the backup was to be written to; $reason: what the system or SQLite said, or why the copy's check refused it.
error-store-cannot-back-up-to = تعذّر نسخ الخطة احتياطيًا إلى { $path }: { $reason }
# $reason: what SQLite's integrity check reported.
error-store-integrity-failed = لم تجتز النسخة فحص السلامة: { $reason }
# $path: the folder's path; $reason: what the operating system said.
error-store-cannot-create = تعذّر إنشاء { $path }: { $reason }
# $path: the snapshot's file; $reason: what the operating system said.
error-store-cannot-remove-snapshot = تعذّر حذف اللقطة القديمة { $path }: { $reason }

## File → Restore from a backup: the copy chosen, and the log (-wal file) beside it.
# $path: the copy chosen; $reason: why it was refused (a message of this file or of errors.ftl).
error-store-not-restored = لم تتم استعادة { $path }: { $reason }
# $path: the copy chosen; $reason: what the operating system said.
error-store-could-not-restore = تعذّرت استعادة { $path }: { $reason }
# $path: the copy chosen.
error-store-not-a-file = { $path } ليس ملفًا
# $path: the copy chosen.
error-store-is-a-link = { $path } رابط إلى ملف آخر: اختر الملف نفسه
# The copy's size in gigabytes, to one decimal: $gigabytes: the whole gigabytes; $tenths: the tenths (0 to 9).
error-store-far-too-large = حجمها ⁦{ $gigabytes }.{ $tenths }⁩ غيغابايت، وهو أكبر بكثير من أي خطة (خطة السنة تبلغ عشرات الميغابايتات)؛ إن كانت هذه هي النسخة المقصودة فعلًا، فاستعدها مع التأكيد على أن حجمها الكبير مقصود
# $path: the copy chosen; $reason: what the operating system said.
error-store-could-not-copy = تعذّر نسخ { $path }: { $reason }
# $path: the log file's path.
error-store-log-not-read-in = تعذّر دمج ملف السجل المرافق لها ({ $path }) فيها
# $mode: SQLite's journal mode, as SQLite names it ("wal").
error-store-stays-in-mode = تبقى في وضع «{ $mode }»
# $path: the log file's path; $why: one of the five messages below.
error-store-foreign-log = ملف السجل المرافق لها ({ $path }) يخص قاعدة بيانات أخرى ({ $why }): انقله إلى مكان آخر، أو اختر النسخة المرفقة بملف سجلها الخاص
error-store-log-cut-short = الملف مبتور
error-store-log-not-sqlite = ليس ملف سجل SQLite
error-store-log-checksum = رأس الملف لا يجتاز التحقق من المجموع الاختباري
error-store-log-no-database = لا توجد قاعدة بيانات
# $log: the log's page size in bytes; $file: the database file's page size in bytes.
error-store-log-page-size = حجم صفحاته { $log ->
    [zero] { $log } بايت
    [one] بايت واحد
    [two] بايتان
    [few] { $log } بايتات
    [many] { $log } بايتًا
   *[other] { $log } بايت
}، وحجم صفحات الملف { $file }
# $path: the copy chosen; $reason: why it is not (a message of this file).
error-store-not-a-plan = { $path } ليس خطة Almanac: { $reason }
error-store-sqlite-not-plan = إنها قاعدة بيانات SQLite لكنها ليست خطة Almanac

## A plan file that is not as Almanac writes it: its schema (the tables, indexes, views and
## triggers it defines) and its rows. Settings → Plan health names the rows too.
# $count: how many triggers Almanac never writes; $name: the first one's name.
error-store-extra-trigger = { $count ->
    [zero] { $count } مشغّل
    [one] مشغّل واحد
    [two] مشغّلان
    [few] { $count } مشغّلات
    [many] { $count } مشغّلًا
   *[other] { $count } مشغّل
} مما لا يكتبه Almanac أبدًا («{ $name }»…)
# $count: how many views Almanac never writes; $name: the first one's name.
error-store-extra-view = { $count ->
    [zero] { $count } عرض
    [one] عرض واحد
    [two] عرضان
    [few] { $count } عروض
    [many] { $count } عرضًا
   *[other] { $count } عرض
} مما لا يكتبه Almanac أبدًا («{ $name }»…)
# $count: how many tables Almanac never writes; $name: the first one's name.
error-store-extra-table = { $count ->
    [zero] { $count } جدول
    [one] جدول واحد
    [two] جدولان
    [few] { $count } جداول
    [many] { $count } جدولًا
   *[other] { $count } جدول
} مما لا يكتبه Almanac أبدًا («{ $name }»…)
# $count: how many indexes Almanac never writes; $name: the first one's name.
error-store-extra-index = { $count ->
    [zero] { $count } فهرس
    [one] فهرس واحد
    [two] فهرسان
    [few] { $count } فهارس
    [many] { $count } فهرسًا
   *[other] { $count } فهرس
} مما لا يكتبه Almanac أبدًا («{ $name }»…)
# $name: the trigger's name.
error-store-changed-trigger = المشغّل «{ $name }» معرَّفًا على نحو يخالف تعريف Almanac له
# $name: the view's name.
error-store-changed-view = العرض «{ $name }» معرَّفًا على نحو يخالف تعريف Almanac له
# $name: the table's name.
error-store-changed-table = الجدول «{ $name }» معرَّفًا على نحو يخالف تعريف Almanac له
# $name: the index's name.
error-store-changed-index = الفهرس «{ $name }» معرَّفًا على نحو يخالف تعريف Almanac له
# $count: how many parts of the schema are missing; $name: the first one's name.
error-store-parts-missing = { $count ->
    [zero] { $count } جزء مفقود
    [one] جزء واحد مفقود
    [two] جزآن مفقودان
    [few] { $count } أجزاء مفقودة
    [many] { $count } جزءًا مفقودًا
   *[other] { $count } جزء مفقود
} من خطة Almanac («{ $name }»…)
# $reasons: what the file has (the messages above, one after another).
error-store-not-own-shape = في الملف { $reasons }: إنه ليس خطة كما يكتبها Almanac
error-store-not-own-shape-unnamed = هذا الملف ليس خطة كما يكتبها Almanac
# Two reasons or rows in a row. $first: the first; $more: the next (itself maybe two in a row).
error-store-one-and-more = { $first }؛ { $more }
# $rows: the first rows that cannot be read, each with why (one after another).
error-store-rows-unreadable = صفوف يتعذّر على Almanac قراءتها: { $rows } (استعد النسخة مع تنحية الصفوف التالفة جانبًا في تقرير، أو اختر نسخة أخرى)
error-store-bad-rows-stuck = تعذّرت تنحية كل الصفوف التالفة في النسخة جانبًا
# $table: the row's table (as SQLite names it, "content_item"); $row: its place in the table; $parent: the table it names.
error-store-row-names-missing = { $table } الصف { $row }: يشير إلى صف في { $parent } غير موجود في الخطة
# $table: the row's table; $id: the row's id; $why: what is wrong (a message below, or what SQLite said).
error-store-row-unreadable = { $table } { $id }: { $why }
# $table: the row's table; $id: what its id column holds.
error-store-row-id-not-id = { $table } «{ $id }»: ليس معرّفًا
# $table: the row's table; $value: what its id column holds, as SQLite's library writes it ("Integer(7)").
error-store-row-id-not-text = { $table }: معرّف ليس نصًا ({ $value })
# $column: the column (as SQLite names it, "status"); $reason: why (a message below, or what was said).
error-store-column-unreadable = تتعذّر قراءة { $column } ({ $reason })
# $reason: why (a message below, or what was said).
error-store-list-unreadable = تتعذّر قراءة قائمة ({ $reason })
# $column: the column; $kind: the kind of value SQLite found there, as it names it ("Null", "Integer", "Real", "Text", "Blob").
error-store-column-holds = يحتوي { $column } على { $kind ->
    [Null] قيمة فارغة (NULL)
    [Integer] عدد صحيح
    [Real] عدد عشري
    [Text] نص
    [Blob] بيانات ثنائية
   *[other] { $kind }
}
# $kind: the kind of value SQLite found, as it names it.
error-store-list-holds = تحتوي قائمة على { $kind ->
    [Null] قيمة فارغة (NULL)
    [Integer] عدد صحيح
    [Real] عدد عشري
    [Text] نص
    [Blob] بيانات ثنائية
   *[other] { $kind }
}
# What a column holds that is not what it should be. $value: the value, in quotation marks as the program writes it.
error-store-unfit-id = المعرّف: { $value }
# $value: the value, in quotation marks as the program writes it.
error-store-unfit-date = التاريخ: { $value }
# $value: the value, in quotation marks as the program writes it.
error-store-unfit-instant = الطابع الزمني: { $value }
# $value: the value, in quotation marks as the program writes it.
error-store-unfit-value = القيمة: { $value }
# $value: the value, in quotation marks as the program writes it.
error-store-unfit-json = JSON: { $value }

## Plan health's repair (rows moved aside into the journal), undo and redo.
error-store-unreadable-rows-stuck = تعذّرت تنحية كل صفوف الخطة غير المقروءة جانبًا
# $table: the row's table; $row: its place in the table.
error-store-rows-too-deep = سلسلة الصفوف التي تشير إلى { $table } الصف { $row } أعمق من أن تُنحّى جانبًا
# Why a row was moved aside with the one it names. $table: that row's table; $row: its place in the table.
error-store-names-moved-row = يشير إلى { $table } الصف { $row }، الذي نُحّي جانبًا
error-store-moved-row-altered = يحتوي سجل الخطة على صف منحّى جانبًا لم يعد كما سُجِّل فيه
error-store-empty-journal-entry = قيد فارغ في سجل الخطة
error-store-moved-row-no-table = صف منحّى جانبًا دون جدوله
# $table: the name the journal gives.
error-store-journal-names-no-table = يذكر سجل الخطة «{ $table }»، وهو ليس جدولًا من جداول الخطة
error-store-moved-row-no-place = صف منحّى جانبًا دون موضعه
# $table: the row's table; $row: its place in the table.
error-store-moved-row-changed = لم يعد { $table } الصف { $row } كما تركه الإصلاح؛ لم يُغيَّر أي شيء
error-store-moved-row-no-columns = صف منحّى جانبًا دون أعمدته
# $entity: the kind of record, as the journal names it ("contentItem", "campaign", "keyDate").
error-store-changed-elsewhere = أُجري تعديل في مكان آخر (نافذة أخرى أو سطر الأوامر) على { $entity ->
    [contentItem] هذا العنصر
    [series] هذه السلسلة
    [campaign] هذه الحملة
    [collaboration] هذا التعاون
    [channel] هذه القناة
    [brand] هذه العلامة التجارية
    [objective] هذا الهدف
    [member] عضو الفريق هذا
    [partner] هذا الشريك
    [partnerGroup] مجموعة الشركاء هذه
    [keyDate] هذا التاريخ الرئيسي
    [request] هذا الطلب
    [comment] هذا التعليق
    [approval] هذه الموافقة
    [loggedDecision] هذا القرار
    [coverageRule] هذه القاعدة
    [crisisPause] هذا الإيقاف المؤقت
    [planYear] خطة هذه السنة
    [postLink] رابط المنشور هذا
    [postResult] نتائج هذا المنشور
    [outcome] هذه الحصيلة
    [settings] هذه الإعدادات
   *[other] هذا السجل ({ $entity })
} منذ آخر قراءة؛ لم يُحفظ أي شيء: حدِّث العرض ثم أعد المحاولة
# $entity: the kind of record the journal names.
error-store-unknown-entity = يذكر سجل الخطة نوع سجل غير معروف «{ $entity }»
error-store-fields-name-another-row = حقول الصف تشير إلى صف آخر
# $entity: the kind of record, as the journal names it; $reason: what the reader of its fields said.
error-store-not-readable-entity = يتعذّر على هذه الخطة قراءته بوصفه { $entity }: { $reason }
error-store-journal-id-malformed-short = يحتوي سجل الخطة على معرّف غير سليم
error-store-journal-id-malformed = يحتوي سجل الخطة على معرّف غير سليم

## Team sync: this laptop's side.
error-store-sync-identity-damaged = هوية المزامنة الخاصة بالخطة تالفة
error-store-outbox-id-malformed = تحتوي قائمة الإرسال على معرّف غير سليم
# $table: the table (as SQLite names it) left pointing at a row that is gone.
error-store-team-left-dangling = تركت تغييرات الفريق { $table } يشير إلى صف لم يعد موجودًا
error-store-team-references-unsettled = تركت تغييرات الفريق مراجع تعذّرت تسويتها؛ لم يُطبَّق أي شيء
# $table: the table; $column: its column (as SQLite names them); $reason: what the id reader said.
error-store-holds-no-id = لا يحتوي { $table }.{ $column } على معرّف: { $reason }

## An error named inside another, as a log writes it.
