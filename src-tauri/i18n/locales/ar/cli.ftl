## The command line: what `almanac <command>` prints when it has done its work, and what
## it says when it cannot. Printed in a terminal: plain text, no markup. Words that are
## typed (--out, --stop, FILE, .json) stay as they are in every language.

## Every command.

# A language named with --language that Almanac does not offer. $languages: the tags it offers, joined by list-separator.
cli-language-unknown = اللغات التي يتيحها Almanac هي: { $languages }
# The year given is not one Almanac plans. $year: the year typed.
cli-year-out-of-range = الخيار --year { $year } خارج النطاق المسموح به (1900–2999)
# A status given with --status that is not one. $text: what was typed; $statuses: the statuses' typed names, joined by list-separator.
cli-status-unknown = «{ $text }» ليست حالة؛ استخدم إحدى الحالات التالية: { $statuses }
# A quarter given with --quarter that is not one. $text: what was typed.
cli-quarter-unknown = «{ $text }» ليس ربعًا من السنة: اكتب 1 أو 2 أو 3 أو 4
# The window could not start. $reason: what the system said.
cli-window-failed = تعذّر فتح النافذة: { $reason }

## almanac sample

# After loading a sample plan. $profile: agency or archive; $folder: the data folder; the others: counts.
cli-sample-loaded = تم تحميل الخطة النموذجية { $profile ->
        [archive] الأرشيفية
       *[agency] لجهة حكومية
    } في { $folder } (العلامات التجارية: { $brands }، القنوات: { $channels }، الحملات: { $campaigns }، العناصر: { $items }).

## almanac export …

# $year: the plan year; $campaigns: how many campaigns it shows; $file: the PDF written.
cli-wrote-annual-plan = حُفظت الخطة السنوية لعام { $year } ({ $campaigns ->
        [zero] لا حملات
        [one] حملة واحدة
        [two] حملتان
        [few] { $campaigns } حملات
        [many] { $campaigns } حملةً
       *[other] { $campaigns } حملة
    }) في { $file }.
# $file: the PDF written.
cli-wrote-brief = حُفظت حزمة الإحاطة في { $file }.
# $file: where the campaign brief was written.
cli-wrote-campaign-brief = كُتبت إحاطة الحملة في { $file }.
# $items: the items of the period; $changes: their changes; $file: the file written.
cli-wrote-audit = حُفظ سجل التدقيق في { $file }، ويشمل { $items ->
        [zero] { $items } عنصر
        [one] عنصرًا واحدًا
        [two] عنصرين
        [few] { $items } عناصر
        [many] { $items } عنصرًا
       *[other] { $items } عنصر
    } ({ $changes ->
        [zero] { $changes } تغيير
        [one] تغيير واحد
        [two] تغييران
        [few] { $changes } تغييرات
        [many] { $changes } تغييرًا
       *[other] { $changes } تغيير
    }).
# $year: the plan year; $count: how many decisions; $file: the file written.
cli-wrote-decisions = حُفظ سجل القرارات لعام { $year } ({ $count ->
        [zero] لا قرارات
        [one] قرار واحد
        [two] قراران
        [few] { $count } قرارات
        [many] { $count } قرارًا
       *[other] { $count } قرار
    }) في { $file }.
# $period: the period's name (a year, a quarter, a month); $count: its items; $file: the page written.
cli-wrote-web-page = حُفظت صفحة { $period } ({ $count ->
        [zero] لا عناصر
        [one] عنصر واحد
        [two] عنصران
        [few] { $count } عناصر
        [many] { $count } عنصرًا
       *[other] { $count } عنصر
    }) في { $file }.
# $count: the calendar's events; $file: the .ics written.
cli-wrote-ics = { $count ->
        [zero] لم يُحفظ أي حدث
        [one] حُفظ حدث واحد
        [two] حُفظ حدثان
        [few] حُفظت { $count } أحداث
        [many] حُفظ { $count } حدثًا
       *[other] حُفظ { $count } حدث
    } في { $file }.
# $count: the spreadsheet's rows; $file: the file written.
cli-wrote-rows = { $count ->
        [zero] لم يُحفظ أي صف
        [one] حُفظ صف واحد
        [two] حُفظ صفان
        [few] حُفظت { $count } صفوف
        [many] حُفظ { $count } صفًا
       *[other] حُفظ { $count } صف
    } في { $file }.
# $count: the records of the whole plan; $file: the JSON written.
cli-wrote-json = حُفظت الخطة كاملة ({ $count ->
        [zero] { $count } سجل
        [one] سجل واحد
        [two] سجلان
        [few] { $count } سجلات
        [many] { $count } سجلًا
       *[other] { $count } سجل
    }) في { $file }.
# A period of results: a year, or a quarter of it. $year; $quarter: 1 to 4, or 0 for the whole year.
cli-results-period = { $quarter ->
        [0] { $year }
       *[other] الربع { $quarter } من { $year }
    }
# $period: cli-results-period; $posts: the posts counted; $file: the file written.
cli-wrote-results = حُفظت نتائج { $period } ({ $posts ->
        [zero] لا منشورات
        [one] منشور واحد
        [two] منشوران
        [few] { $posts } منشورات
        [many] { $posts } منشورًا
       *[other] { $posts } منشور
    }) في { $file }.
# With --json and --out: the file must be a .json file.
cli-results-json-file = مع --json، حدِّد ملفًا بامتداد ‎.json (أو احذف --out لطباعة النتائج في الطرفية)
# export handoff: --out must name a folder. $folder: what was given.
cli-handoff-not-a-folder = المسار المحدد في --out ليس مجلدًا: { $folder }
# An item the publishing tool would refuse, left out of the files. $title: the item; $when: its day and time; $reason: why.
cli-handoff-left-out = مستبعد: { $title } ({ $when }): { $reason }
# A file written for the publishing tool. $file: its path.
cli-handoff-wrote = حُفظ { $file }
# The end of a hand-off. $messages: the messages written; $files: the files; $format: the date format the files use.
cli-handoff-written = { $messages ->
        [zero] لم تُحفظ أي رسالة
        [one] حُفظت رسالة واحدة
        [two] حُفظت رسالتان
        [few] حُفظت { $messages } رسائل
        [many] حُفظت { $messages } رسالةً
       *[other] حُفظت { $messages } رسالة
    } في { $files ->
        [zero] { $files } ملف
        [one] ملف واحد
        [two] ملفين
        [few] { $files } ملفات
        [many] { $files } ملفًا
       *[other] { $files } ملف
    }؛ التواريخ بصيغة { $format } (اختر الصيغة نفسها عند الرفع).

## almanac publish, almanac caldav

# $folder: the data folder.
cli-publish-stopped = توقّف نشر تقويم الخطة الموجودة في { $folder }.
# publish without --out or --stop.
cli-publish-needs-out = حدِّد --out FILE، أو استخدم --stop
# $count: the events written; $file: the .ics kept current.
cli-published = { $count ->
        [zero] لم يُنشر أي حدث في { $file }؛ يُكتب الملف من جديد بعد كل تغيير.
        [one] نُشر حدث واحد في { $file }؛ يُكتب الملف من جديد بعد كل تغيير.
        [two] نُشر حدثان في { $file }؛ يُكتب الملف من جديد بعد كل تغيير.
        [few] نُشرت { $count } أحداث في { $file }؛ يُكتب الملف من جديد بعد كل تغيير.
        [many] نُشر { $count } حدثًا في { $file }؛ يُكتب الملف من جديد بعد كل تغيير.
       *[other] نُشر { $count } حدث في { $file }؛ يُكتب الملف من جديد بعد كل تغيير.
    }
cli-caldav-stopped = توقّف إرسال التقويم؛ تبقى أحداثه على الخادم.
# caldav --push when no calendar is pushed.
cli-caldav-not-pushed = لا يُرسَل التقويم إلى أي خادم
# After a push. $report: cli-caldav-report.
cli-caldav-pushed = أُرسل التقويم: { $report }.
# After the first push to a collection. $url: the collection; $report: cli-caldav-report.
cli-caldav-pushed-to = أُرسل التقويم إلى { $url }: { $report }.
# What a push did to the server's events, each a count.
cli-caldav-report = جديدة: { $created }، معدَّلة: { $updated }، محذوفة: { $deleted }، مُعادة: { $restored }، دون تغيير: { $unchanged }
cli-caldav-password-kept = حُفظت كلمة المرور في سلسلة مفاتيح النظام؛ ويُرسَل التقويم بعد كل تغيير.
# The keyring could not keep the password. $reason: why; $variable: the environment variable read instead.
cli-caldav-password-not-kept = { $reason }. ستُقرأ كلمة المرور في عمليات الإرسال اللاحقة من متغير البيئة { $variable } بدلًا من ذلك.
# No password anywhere. $variable: the environment variable that may hold it.
cli-caldav-no-password = لا توجد كلمة مرور: استخدم --password-stdin، أو عيِّن متغير البيئة { $variable }
# Standard input could not be read. $reason: what the system said.
cli-password-unreadable = تتعذّر قراءة كلمة المرور: { $reason }

## almanac backup, almanac restore, almanac import plan

# $folder: the plan's folder; $file: the copy written.
cli-backed-up = نُسخت الخطة الموجودة في { $folder } احتياطيًا إلى { $file }.
# restore while a window is open on the plan. $folder: the plan's folder.
cli-restore-window-open = نافذة Almanac مفتوحة على { $folder }؛ أغلقها (أو استخدم فيها ملف ← الاستعادة من نسخة احتياطية…) ثم أعد المحاولة
# $file: the copy restored; $snapshot: the snapshot of the plan as it was.
cli-restored-over = تمت استعادة { $file }؛ الخطة كما كانت محفوظة في { $snapshot }.
# $file: the copy restored; $folder: the data folder, which had no plan.
cli-restored-into = تمت استعادة { $file } إلى { $folder }.
# $count: the rows set aside; $report: the report that lists them.
cli-restore-set-aside = { $count ->
        [zero] وُضع { $count } صف تعذّرت على Almanac قراءتها جانبًا في { $report }.
        [one] وُضع صف واحد تعذّرت على Almanac قراءته جانبًا في { $report }.
        [two] وُضع صفان تعذّرت على Almanac قراءتهما جانبًا في { $report }.
        [few] وُضعت { $count } صفوف تعذّرت على Almanac قراءتها جانبًا في { $report }.
        [many] وُضع { $count } صفًا تعذّرت على Almanac قراءتها جانبًا في { $report }.
       *[other] وُضع { $count } صف تعذّرت على Almanac قراءتها جانبًا في { $report }.
    }
# $count: the records read; $file: the JSON read; $folder: the data folder.
cli-imported-json = استُوردت الخطة كاملة ({ $count ->
        [zero] { $count } سجل
        [one] سجل واحد
        [two] سجلان
        [few] { $count } سجلات
        [many] { $count } سجلًا
       *[other] { $count } سجل
    }) من { $file } إلى { $folder }.

## almanac import ics

# One day or span of days a calendar file adds. $days: the day, or cli-import-days; $name: the event's name.
cli-import-date = { $days }  { $name }
# The same, for an event the plan already has.
cli-import-date-known = { $days }  { $name }  (موجود في الخطة مسبقًا)
# A span of days. $from, $to: the first and last day.
cli-import-days = { $from } – { $to }
# An event or row not taken. $reason: why.
cli-import-left-out = مستبعد: { $reason }
# $count: the dates; $source: the calendar's name.
cli-import-dates-dry-run = { $count ->
        [zero] لن يُضاف أي تاريخ من { $source }؛ لم يُحفظ أي شيء.
        [one] سيُضاف تاريخ واحد من { $source }؛ لم يُحفظ أي شيء.
        [two] سيُضاف تاريخان من { $source }؛ لم يُحفظ أي شيء.
        [few] ستُضاف { $count } تواريخ من { $source }؛ لم يُحفظ أي شيء.
        [many] سيُضاف { $count } تاريخًا من { $source }؛ لم يُحفظ أي شيء.
       *[other] سيُضاف { $count } تاريخ من { $source }؛ لم يُحفظ أي شيء.
    }
cli-import-dates-added = { $count ->
        [zero] لم يُضف أي تاريخ من { $source }.
        [one] أُضيف تاريخ واحد من { $source } في تغيير واحد يمكن التراجع عنه.
        [two] أُضيف تاريخان من { $source } في تغيير واحد يمكن التراجع عنه.
        [few] أُضيفت { $count } تواريخ من { $source } في تغيير واحد يمكن التراجع عنه.
        [many] أُضيف { $count } تاريخًا من { $source } في تغيير واحد يمكن التراجع عنه.
       *[other] أُضيف { $count } تاريخ من { $source } في تغيير واحد يمكن التراجع عنه.
    }

## almanac import partners, almanac import items, almanac import results

# A row refused. $line: its line in the file; $reason: why.
cli-import-line-error = السطر { $line }: { $reason }
# $count: the rows refused.
cli-import-has-errors = { $count ->
        [zero] لا صفوف فيها أخطاء، ولم يُستورد أي شيء
        [one] في صف واحد أخطاء؛ لم يُستورد أي شيء
        [two] في صفين أخطاء؛ لم يُستورد أي شيء
        [few] في { $count } صفوف أخطاء؛ لم يُستورد أي شيء
        [many] في { $count } صفًا أخطاء؛ لم يُستورد أي شيء
       *[other] في { $count } صف أخطاء؛ لم يُستورد أي شيء
    }
# $count: the rows, all already in the plan.
cli-import-nothing = { $count ->
        [zero] لا شيء للاستيراد.
        [one] لا شيء للاستيراد: الصف موجود في الخطة مسبقًا.
        [two] لا شيء للاستيراد: الصفان كلاهما موجودان في الخطة مسبقًا.
        [few] لا شيء للاستيراد: الصفوف كلها ({ $count }) موجودة في الخطة مسبقًا.
        [many] لا شيء للاستيراد: الصفوف كلها ({ $count }) موجودة في الخطة مسبقًا.
       *[other] لا شيء للاستيراد: الصفوف كلها ({ $count }) موجودة في الخطة مسبقًا.
    }
# $count: the rows left out as already in the plan.
cli-import-skipped = { $count ->
        [zero] لا صفوف موجودة في الخطة مسبقًا.
        [one] صف واحد موجود في الخطة مسبقًا، فاستُبعد.
        [two] صفان موجودان في الخطة مسبقًا، فاستُبعدا.
        [few] { $count } صفوف موجودة في الخطة مسبقًا، فاستُبعدت.
        [many] { $count } صفًا موجودًا في الخطة مسبقًا، فاستُبعدت.
       *[other] { $count } صف موجود في الخطة مسبقًا، فاستُبعدت.
    }
# $kind: partner or item; $count: how many; $file: the file read.
cli-import-rows-dry-run = { $kind ->
        [partner] { $count ->
            [zero] لن يُستورد أي شريك من { $file }؛ لم يُحفظ أي شيء.
            [one] سيُستورد شريك واحد من { $file }؛ لم يُحفظ أي شيء.
            [two] سيُستورد شريكان من { $file }؛ لم يُحفظ أي شيء.
            [few] سيُستورد { $count } شركاء من { $file }؛ لم يُحفظ أي شيء.
            [many] سيُستورد { $count } شريكًا من { $file }؛ لم يُحفظ أي شيء.
           *[other] سيُستورد { $count } شريك من { $file }؛ لم يُحفظ أي شيء.
        }
       *[item] { $count ->
            [zero] لن يُستورد أي عنصر من { $file }؛ لم يُحفظ أي شيء.
            [one] سيُستورد عنصر واحد من { $file }؛ لم يُحفظ أي شيء.
            [two] سيُستورد عنصران من { $file }؛ لم يُحفظ أي شيء.
            [few] ستُستورد { $count } عناصر من { $file }؛ لم يُحفظ أي شيء.
            [many] سيُستورد { $count } عنصرًا من { $file }؛ لم يُحفظ أي شيء.
           *[other] سيُستورد { $count } عنصر من { $file }؛ لم يُحفظ أي شيء.
        }
    }
cli-import-rows-done = { $kind ->
        [partner] { $count ->
            [zero] لم يُستورد أي شريك من { $file }.
            [one] استُورد شريك واحد من { $file } في تغيير واحد يمكن التراجع عنه.
            [two] استُورد شريكان من { $file } في تغيير واحد يمكن التراجع عنه.
            [few] استُورد { $count } شركاء من { $file } في تغيير واحد يمكن التراجع عنه.
            [many] استُورد { $count } شريكًا من { $file } في تغيير واحد يمكن التراجع عنه.
           *[other] استُورد { $count } شريك من { $file } في تغيير واحد يمكن التراجع عنه.
        }
       *[item] { $count ->
            [zero] لم يُستورد أي عنصر من { $file }.
            [one] استُورد عنصر واحد من { $file } في تغيير واحد يمكن التراجع عنه.
            [two] استُورد عنصران من { $file } في تغيير واحد يمكن التراجع عنه.
            [few] استُوردت { $count } عناصر من { $file } في تغيير واحد يمكن التراجع عنه.
            [many] استُورد { $count } عنصرًا من { $file } في تغيير واحد يمكن التراجع عنه.
           *[other] استُورد { $count } عنصر من { $file } في تغيير واحد يمكن التراجع عنه.
        }
    }
# A row of analytics. $line: its line; $day: the post's day; $post: the post's address; $found: what it matched.
cli-results-row = السطر { $line }: { $day } { $post } { $found }
cli-results-row-error = خطأ: { $reason }
cli-results-row-left-out = مستبعد: { $reason }
# The row's post is the plan item $title. The arrow points as Arabic reads, right to left.
cli-results-row-linked = ← { $title }
cli-results-row-confirmed = ← { $title } (مقترح، وتم تأكيده)
cli-results-row-proposed = ؟ { $title } (مقترح؛ استخدم --accept-proposed للربط)
cli-results-row-unmatched = بلا عنصر
# One metric's total. $metric: its name (results-metric-…); $value: the total.
cli-results-total = { $metric } { $value }
# $source: the platform; the counts; $totals: each cli-results-total, joined by list-separator.
cli-results-summary = ملف تصدير { $source }: { $linked } مطابَقة بالرابط، و{ $proposed } مقترحة، و{ $unmatched } بلا عنصر، و{ $replaced } تحل محل أرقام مستوردة سابقًا؛ المجاميع: { $totals }
cli-results-dry-run = لم يُحفظ أي شيء (--dry-run).
# $count: the rows imported; $file: the file read.
cli-results-imported = { $count ->
        [zero] لم تُستورد أرقام أي صف من { $file }.
        [one] استُوردت أرقام صف واحد من { $file } في تغيير واحد يمكن التراجع عنه.
        [two] استُوردت أرقام صفين من { $file } في تغيير واحد يمكن التراجع عنه.
        [few] استُوردت أرقام { $count } صفوف من { $file } في تغيير واحد يمكن التراجع عنه.
        [many] استُوردت أرقام { $count } صفًا من { $file } في تغيير واحد يمكن التراجع عنه.
       *[other] استُوردت أرقام { $count } صف من { $file } في تغيير واحد يمكن التراجع عنه.
    }

## almanac check

# The year's counts of findings, each by severity.
cli-check-counts = { $year }: { $errors ->
        [zero] لا أخطاء
        [one] خطأ واحد
        [two] خطآن
        [few] { $errors } أخطاء
        [many] { $errors } خطأً
       *[other] { $errors } خطأ
    }، و{ $warnings ->
        [zero] لا تحذيرات
        [one] تحذير واحد
        [two] تحذيران
        [few] { $warnings } تحذيرات
        [many] { $warnings } تحذيرًا
       *[other] { $warnings } تحذير
    }، و{ $notes ->
        [zero] لا معلومات
        [one] معلومة واحدة
        [two] معلومتان
        [few] { $notes } معلومات
        [many] { $notes } معلومةً
       *[other] { $notes } معلومة
    }.
# A finding's severity, at the start of its line.
cli-check-error = خطأ
cli-check-warning = تحذير
cli-check-note = معلومة
# What would fix the finding, after it. $fix: the fix.
cli-check-fix = — { $fix }
cli-check-coverage = التغطية:
# An objective with no coverage rule. $name: the objective.
cli-check-no-rule = { $name }: لا قاعدة تغطية
# An objective's coverage. $name: the objective; $score: the percentage (a number as the language writes it).
cli-check-score = { $name }: { $score }%
# One rule of an objective. $label: the rule; $score: its percentage; $gaps: the periods short of it.
cli-check-rule = { $label }: { $score }%، { $gaps ->
        [zero] لا فترات ناقصة
        [one] فترة واحدة ناقصة
        [two] فترتان ناقصتان
        [few] { $gaps } فترات ناقصة
        [many] { $gaps } فترةً ناقصة
       *[other] { $gaps } فترة ناقصة
    }

## almanac server …, almanac sync

# sync with no server known. The address is an example to type.
cli-sync-needs-server = حدِّد خادم الفريق: --server postgresql://member@host/database
# The keyring could not keep the password. $reason: why; $variable: the environment variable read instead.
cli-sync-password-not-kept = { $reason }. ستُقرأ كلمة المرور في عمليات المزامنة اللاحقة من متغير البيئة { $variable } بدلًا من ذلك.
# $address: the team's server.
cli-sync-joined = تم الانضمام إلى خطة الفريق على { $address }.
# $pushed: changes sent; $pulled: changes taken; $rows: the rows they changed.
cli-sync-moved = { $pushed ->
        [zero] لم يُرسَل أي تغيير
        [one] أُرسل تغيير واحد
        [two] أُرسل تغييران
        [few] أُرسلت { $pushed } تغييرات
        [many] أُرسل { $pushed } تغييرًا
       *[other] أُرسل { $pushed } تغيير
    }؛ { $pulled ->
        [zero] ولم يُستلم أي تغيير من الفريق
        [one] واستُلم تغيير واحد من الفريق
        [two] واستُلم تغييران من الفريق
        [few] واستُلمت { $pulled } تغييرات من الفريق
        [many] واستُلم { $pulled } تغييرًا من الفريق
       *[other] واستُلم { $pulled } تغيير من الفريق
    }، { $rows ->
        [zero] ولم يتغيّر أي صف
        [one] فتغيّر صف واحد
        [two] فتغيّر صفان
        [few] فتغيّرت { $rows } صفوف
        [many] فتغيّر { $rows } صفًا
       *[other] فتغيّر { $rows } صف
    }.
cli-sync-waiting = { $count ->
        [zero] لا تغييرات تنتظر على هذا الجهاز.
        [one] تغيير واحد ينتظر على هذا الجهاز (لا تُرسَل تغييرات أعضاء القراءة فقط).
        [two] تغييران ينتظران على هذا الجهاز (لا تُرسَل تغييرات أعضاء القراءة فقط).
        [few] { $count } تغييرات تنتظر على هذا الجهاز (لا تُرسَل تغييرات أعضاء القراءة فقط).
        [many] { $count } تغييرًا تنتظر على هذا الجهاز (لا تُرسَل تغييرات أعضاء القراءة فقط).
       *[other] { $count } تغيير تنتظر على هذا الجهاز (لا تُرسَل تغييرات أعضاء القراءة فقط).
    }
cli-sync-conflicts = { $count ->
        [zero] لا تعارضات لحلّها.
        [one] تعارض واحد يجب حلّه في الإعدادات ← مزامنة الفريق.
        [two] تعارضان يجب حلّهما في الإعدادات ← مزامنة الفريق.
        [few] { $count } تعارضات يجب حلّها في الإعدادات ← مزامنة الفريق.
        [many] { $count } تعارضًا يجب حلّها في الإعدادات ← مزامنة الفريق.
       *[other] { $count } تعارض يجب حلّها في الإعدادات ← مزامنة الفريق.
    }
# The network could not start. $reason: what the system said.
cli-network-failed = تعذّر تشغيل بيئة الشبكة: { $reason }
# server init. $plan: the plan's id; $address: the server; $version: the schema version.
cli-server-created = أُنشئت خطة الفريق { $plan } على { $address } (إصدار المخطط: { $version }).
cli-server-up-to-date = الخادم { $address } محدَّث (إصدار المخطط: { $version }).
# $from, $to: the schema versions.
cli-server-upgraded = تمت ترقية { $address } من إصدار المخطط { $from } إلى الإصدار { $to }.
# server add-member. $name: the member; $role: editor or viewer; $login: their server role.
cli-member-added = أُضيف { $name } بصفة { $role ->
        [viewer] عضو للقراءة فقط
       *[editor] محرِّر
    } ({ $login }).
cli-member-hand-over = سلِّم العضو ما يلي عبر وسيلة آمنة (لا تظهر كلمة المرور إلا هذه المرة):
# The two lines to hand over; keep the values aligned.
cli-member-server = { "  " }الخادم:      { $server }
cli-member-password = { "  " }كلمة المرور: { $password }
# A scope of --approves that is not one. $value: what was typed.
cli-member-approves-unknown = الخيار --approves { $value }: اكتب everything أو brand:NAME أو channel:HANDLE أو nothing
# server set-member. $member: the member's server role.
cli-member-changed = تم تعديل { $member }.

## The words clap, the command-line library, puts around the help texts of cli-help.ftl.

# Before the command's usage line.
cli-help-usage = طريقة الاستخدام:
# Headings of the help's lists.
cli-help-commands = الأوامر
cli-help-options = الخيارات
cli-help-arguments = الوسائط
# The placeholder for a subcommand in the usage line (upper case, as a placeholder is written).
cli-help-command = الأمر
cli-help-help = عرض التعليمات
cli-help-version = عرض الإصدار
# After an option's help: the values it takes. $choices: the values, joined by list-separator.
cli-help-choices = [القيم الممكنة: { $choices }]
# After an option's help: the value it takes when not given. $value: the value.
cli-help-default = [القيمة الافتراضية: { $value }]

## Arguments the command line refuses (typed wrong), each followed by the usage line and
## cli-usage-more. $arg: an option as typed (--out <FILE>); $value: a value as typed.

# An option given twice.
cli-usage-repeated = لا يمكن تحديد الخيار { $arg } أكثر من مرة واحدة
# Two options that exclude each other. $other: the options given before, joined by list-separator.
cli-usage-conflict = لا يمكن استخدام الخيار { $arg } مع { $other }
# A value that is not one of the option's choices. $choices: joined by list-separator.
cli-usage-invalid-value = القيمة «{ $value }» ليست من قيم الخيار { $arg }؛ القيم الممكنة: { $choices }
# An option given without its value.
cli-usage-needs-value = يحتاج الخيار { $arg } إلى قيمة
# $command: the word typed.
cli-usage-unknown-command = لا يوجد أمر باسم «{ $command }»
cli-usage-unknown-argument = لا يقبل هذا الأمر الخيار { $arg }
# Options that must be given. $args: joined by list-separator.
cli-usage-missing = حدِّد { $args }
# A command that needs a subcommand. $command: the command; $commands: its subcommands, joined by list-separator.
cli-usage-missing-command = يحتاج الأمر { $command } إلى أحد الأوامر التالية: { $commands }
# A value the option refused. $reason: why (already a sentence).
cli-usage-bad-value = القيمة «{ $value }» للخيار { $arg }: { $reason }
cli-usage-values = عدد القيم المعطاة للخيار { $arg } غير صحيح
# What the refused argument was perhaps meant to be. $suggestion: an option or command as typed.
cli-usage-suggested = هل تقصد { $suggestion }؟
# The last line. $help: the option that prints help (--help).
cli-usage-more = لمزيد من المعلومات، أضف { $help }.
