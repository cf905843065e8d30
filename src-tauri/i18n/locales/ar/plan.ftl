## The Plan view (the year's timeline of campaigns and the year's plan), Export → Annual plan,
## the first-run welcome, Help → About, and the crisis pause (its dialog and its banner).

## The Plan view's toolbar and timeline.

plan-title = الخطة
# The group of buttons that go to the previous and next year.
plan-year-nav = السنة
plan-previous-year = السنة السابقة
plan-next-year = السنة التالية
plan-group-by = التجميع حسب
# The choices of Group by, here and in Export → Annual plan.
plan-group-objective = الهدف
plan-group-channel = القناة
plan-group-brand = العلامة التجارية
# The key dates filter, when every category is shown.
plan-key-dates-all = التواريخ الرئيسية: الكل
# The key dates filter, when some categories are hidden. $count: how many categories are shown.
plan-key-dates-some = التواريخ الرئيسية ({ $count })
plan-show-key-dates = إظهار التواريخ الرئيسية
plan-export-pdf = تصدير PDF…
# The tooltip of a blackout's band on the timeline. $name: the blackout.
plan-blackout = فترة حظر النشر: { $name }
# The tooltip of the line marking today on the timeline.
plan-today = اليوم
# The accessible name of the timeline's axis. $year: the year shown (2027).
plan-key-dates-in = التواريخ الرئيسية في { $year }
# A key date's mark on the axis. $date: its day (YYYY-MM-DD); $name: the key date.
plan-key-date = { $date }: { $name }
# The accessible name and tooltip of a campaign's bar; its visible text (the name, then the
# count) must start it. $name: the campaign; $findings: how many findings its items have (0: none);
# $flagship: "yes" for a flagship campaign, else "no"; $start, $end: its first and last day (YYYY-MM-DD).
plan-bar-label = { $flagship ->
        [yes] { $findings ->
            [0] { $name } (حملة رئيسية)، من { $start } إلى { $end }. اضغط Enter لفتحها، أو M لنقل فترتها أو تغيير مدتها.
            [one] { $name } { $findings } ملاحظة على عناصرها (حملة رئيسية)، من { $start } إلى { $end }. اضغط Enter لفتحها، أو M لنقل فترتها أو تغيير مدتها.
            [two] { $name } { $findings } ملاحظتان على عناصرها (حملة رئيسية)، من { $start } إلى { $end }. اضغط Enter لفتحها، أو M لنقل فترتها أو تغيير مدتها.
            [few] { $name } { $findings } ملاحظات على عناصرها (حملة رئيسية)، من { $start } إلى { $end }. اضغط Enter لفتحها، أو M لنقل فترتها أو تغيير مدتها.
           *[other] { $name } { $findings } ملاحظة على عناصرها (حملة رئيسية)، من { $start } إلى { $end }. اضغط Enter لفتحها، أو M لنقل فترتها أو تغيير مدتها.
        }
       *[no] { $findings ->
            [0] { $name }، من { $start } إلى { $end }. اضغط Enter لفتحها، أو M لنقل فترتها أو تغيير مدتها.
            [one] { $name } { $findings } ملاحظة على عناصرها، من { $start } إلى { $end }. اضغط Enter لفتحها، أو M لنقل فترتها أو تغيير مدتها.
            [two] { $name } { $findings } ملاحظتان على عناصرها، من { $start } إلى { $end }. اضغط Enter لفتحها، أو M لنقل فترتها أو تغيير مدتها.
            [few] { $name } { $findings } ملاحظات على عناصرها، من { $start } إلى { $end }. اضغط Enter لفتحها، أو M لنقل فترتها أو تغيير مدتها.
           *[other] { $name } { $findings } ملاحظة على عناصرها، من { $start } إلى { $end }. اضغط Enter لفتحها، أو M لنقل فترتها أو تغيير مدتها.
        }
    }
# $year: the year shown (2027).
plan-no-campaigns = لا توجد حملات في { $year }.

## The year's plan above the timeline: what the one-page annual plan leads with.

# The status line after saving. $year: the plan's year (2027).
plan-year-saved = تم حفظ خطة { $year }
# $year: the plan's year (2027).
plan-year-heading = خطة { $year }
plan-year-title = العنوان
plan-year-core-messages = الرسائل الأساسية
plan-year-priorities = أولويات الإدارة العليا
plan-year-flagships = المشاريع الرائدة
# The hint under each list: one entry a line.
plan-year-one-a-line = عنصر واحد في كل سطر
plan-year-save = حفظ الخطة

## Export → Annual plan: the one-page PDF.

# The suggested file name. $year: the plan's year (2027).
plan-export-file-name = الخطة السنوية { $year }.pdf
# The suggested file name. $organisation: the organisation's name from Settings; $year: the plan's year (2027).
plan-export-file-name-of = الخطة السنوية { $organisation } { $year }.pdf
# The status line after export. $year: the plan's year (2027); $path: the PDF's full path.
plan-export-saved = تم حفظ الخطة السنوية لعام { $year } في { $path }.
plan-export-title = تصدير الخطة السنوية
plan-export-year = السنة
plan-export-group-by = تجميع الحملات حسب
# The legend of the choice of page orientation.
plan-export-page = الصفحة
plan-export-landscape = A4 أفقي
plan-export-portrait = A4 عمودي
# Under the file's path; "Choose…" is the button beside it.
plan-export-save-hint = ملف PDF جديد في المستندات؛ يتيح «اختيار…» الحفظ في مكان آخر أو استبدال ملف.
# The accessible name of the progress bar while exporting.
plan-export-exporting = جارٍ التصدير
plan-export-typesetting = جارٍ تنسيق الخطة السنوية…
# Under the form after export. $count: the campaigns on the page; $path: where the PDF was saved (set as code).
plan-export-saved-page = { $count ->
        [zero] تم حفظ صفحة A4 واحدة لا تضم أي حملة في { $path }.
        [one] تم حفظ صفحة A4 واحدة تضم حملة واحدة في { $path }.
        [two] تم حفظ صفحة A4 واحدة تضم حملتين في { $path }.
        [few] تم حفظ صفحة A4 واحدة تضم { $count } حملات في { $path }.
        [many] تم حفظ صفحة A4 واحدة تضم { $count } حملة في { $path }.
       *[other] تم حفظ صفحة A4 واحدة تضم { $count } حملة في { $path }.
    }
plan-export-open = فتح ملف PDF
# Closes the dialog after export.
plan-export-done = تم
plan-export-cancel = إلغاء
plan-export-submit = تصدير

## First run: the welcome on an empty plan.

# The status line after loading the sample plan. $campaigns, $items: how many it holds.
welcome-sample-loaded = تم تحميل الخطة النموذجية: { $campaigns ->
        [zero] { $campaigns } حملة
        [one] حملة واحدة
        [two] حملتان
        [few] { $campaigns } حملات
        [many] { $campaigns } حملة
       *[other] { $campaigns } حملة
    } و{ $items ->
        [zero] { $items } عنصر
        [one] عنصر واحد
        [two] عنصران
        [few] { $items } عناصر
        [many] { $items } عنصرًا
       *[other] { $items } عنصر
    }.
welcome-title = خطِّط لعامك على وسائل التواصل الاجتماعي
welcome-intro = يجمع Almanac حملاتك وتعاونك مع الشركاء وتقويم المحتوى عبر جميع القنوات في خطة واحدة على هذا الجهاز. ابدأ بخطة نموذجية واقعية لفريق الاتصال في جهاز شرطة، أو أعدّ علاماتك التجارية وقنواتك الخاصة، أو انضم إلى الخطة التي يشاركها فريقك على خادمه.
welcome-loading-sample = جارٍ تحميل الخطة النموذجية…
welcome-load-sample = تحميل الخطة النموذجية
welcome-start-empty = البدء بخطة فارغة
welcome-join-team = الانضمام إلى خطة فريقك

## Help → About.

about-title = حول Almanac
# $version: the version number, set in bold (1.4.0).
about-version = Almanac { $version } — تخطيط عام فريق الاتصال على وسائل التواصل الاجتماعي.
# Labels of the folders and files shown, each followed by its path.
about-data-dir = توجد خطتك في
about-plan-file = ملف الخطة
about-log = السجل
# After the log folder's path. $menu: the Help menu's name; $item: its item that opens the log folder (as the menu bar names them).
about-log-menu = ({ $menu } ← { $item })
# $option: the command-line option --data-dir (set as code).
about-moving = تُحفظ النسخ الاحتياطية في المجلد نفسه. لنقل الخطة إلى جهاز جديد، أغلق Almanac وانسخ المجلد بأكمله إلى المكان نفسه على الجهاز الجديد (أو شغّل Almanac هناك باستخدام { $option } مع الإشارة إلى ذلك المجلد).
about-close = إغلاق

## The crisis pause: its dialog (Pause… in the bar) and the banner while it is in force.

# The status line after pausing. $count: the items put on hold; $reason: the reason, as typed.
pause-paused = { $count ->
        [zero] تم إيقاف { $count } عنصر مؤقتًا: { $reason }. للتراجع اضغط Ctrl+Z.
        [one] تم إيقاف عنصر واحد مؤقتًا: { $reason }. للتراجع اضغط Ctrl+Z.
        [two] تم إيقاف عنصرين مؤقتًا: { $reason }. للتراجع اضغط Ctrl+Z.
        [few] تم إيقاف { $count } عناصر مؤقتًا: { $reason }. للتراجع اضغط Ctrl+Z.
        [many] تم إيقاف { $count } عنصرًا مؤقتًا: { $reason }. للتراجع اضغط Ctrl+Z.
       *[other] تم إيقاف { $count } عنصر مؤقتًا: { $reason }. للتراجع اضغط Ctrl+Z.
    }
pause-title = إيقاف المحتوى المجدول مؤقتًا
pause-hint = تُعلَّق جميع العناصر المقرر نشرها خلال الفترة دفعة واحدة. عند الاستئناف تعود إلى مواعيدها، أو تُنقل إلى ما بعد الفترة.
pause-reason = السبب
pause-reason-placeholder = حادث كبير: إيقاف جميع المنشورات الاعتيادية مؤقتًا
# The start of the pause (a date and time).
pause-from = من
# The end of the pause (a date and time).
pause-until = حتى
pause-channels = القنوات (إن لم تحدد أيًّا منها: جميع القنوات)
# The status line after "Resume after the pause".
pause-resumed-reflow = تم الاستئناف: نُقلت العناصر المعلّقة إلى ما بعد الإيقاف.
# The status line after "Resume as planned".
pause-resumed-restore = تم الاستئناف: عادت العناصر المعلّقة إلى مواعيدها.
# The accessible name of the banner.
pause-banner-label = إيقاف مؤقت بسبب أزمة
# The banner's first word, in bold, before what is held.
pause-banner-paused = متوقف مؤقتًا:
# The banner, for a pause of every channel. $reason: the reason, as typed; $count: the items on hold;
# $from, $until: when the pause starts and ends (date and time, already formatted).
pause-banner-held-every = { $reason }. { $count ->
        [zero] { $count } عنصر
        [one] عنصر واحد
        [two] عنصران
        [few] { $count } عناصر
        [many] { $count } عنصرًا
       *[other] { $count } عنصر
    } قيد التعليق من { $from } حتى { $until } على جميع القنوات.
# The banner, for a pause of some channels. As above; $channels: how many channels it holds.
pause-banner-held-channels = { $reason }. { $count ->
        [zero] { $count } عنصر
        [one] عنصر واحد
        [two] عنصران
        [few] { $count } عناصر
        [many] { $count } عنصرًا
       *[other] { $count } عنصر
    } قيد التعليق من { $from } حتى { $until } على { $channels ->
        [zero] { $channels } قناة
        [one] قناة واحدة
        [two] قناتين
        [few] { $channels } قنوات
        [many] { $channels } قناة
       *[other] { $channels } قناة
    }.
pause-resume-restore = الاستئناف كما هو مخطط
pause-resume-reflow = الاستئناف بعد الإيقاف

## The Plan view's and the annual plan's group of campaigns with none of what the rows are.

timeline-none-objective = بلا هدف
timeline-none-channel = بلا قناة
timeline-none-brand = بلا علامة تجارية
