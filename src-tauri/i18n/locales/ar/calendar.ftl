## The content calendar: its toolbar and filters, FullCalendar's month, week and list
## views, the Ideas backlog beside them, and what a screen reader says for their items.

calendar-content-calendar = تقويم المحتوى
calendar-filters = عوامل تصفية التقويم
calendar-new-item = عنصر جديد

# The banner above the calendar while a gap-filling proposal is shown.
calendar-fill-banner = مقترح لسدّ الفجوات
# $count: how many items the proposal places (drawn with a dashed border).
calendar-fill-shown = { $count ->
        [zero] لا توجد عناصر مقترحة معروضة بخط متقطع.
        [one] عنصر مقترح واحد معروض بخط متقطع.
        [two] عنصران مقترحان معروضان بخط متقطع.
        [few] { $count } عناصر مقترحة معروضة بخط متقطع.
        [many] { $count } عنصرًا مقترحًا معروضًا بخط متقطع.
       *[other] { $count } عنصر مقترح معروض بخط متقطع.
    }
calendar-fill-apply = تطبيق
calendar-fill-discard = تجاهل
# $title: the proposed item's title; shown on the calendar.
calendar-fill-proposed = مقترح: { $title }
# Read by a screen reader for a proposed item. $title: its face, as calendar-fill-proposed says it.
calendar-fill-proposal-label = { $title }، مقترح لسدّ فجوة في التغطية
calendar-dismiss = إغلاق

## The views and FullCalendar's own buttons and words.

calendar-view-switch = طريقة عرض التقويم
calendar-view-month = شهر
calendar-view-week = أسبوع
calendar-view-list = قائمة
calendar-view-grid = شبكة
# The tooltip of the Grid button.
calendar-grid-hint = شبكة التخطيط: القنوات حسب اليوم
calendar-previous = ‹ السابق
calendar-next = التالي ›
calendar-today = اليوم
# Tooltips of the previous, next and today buttons. $unit: what the view moves by: "month", "week" or "day".
calendar-previous-hint = { $unit ->
        [week] الأسبوع السابق
        [day] اليوم السابق
       *[month] الشهر السابق
    }
calendar-next-hint = { $unit ->
        [week] الأسبوع التالي
        [day] اليوم التالي
       *[month] الشهر التالي
    }
calendar-today-hint = { $unit ->
        [week] هذا الأسبوع
        [day] اليوم
       *[month] هذا الشهر
    }
# Tooltip of a view's button. $view: "month", "week" or "list".
calendar-view-hint = { $view ->
        [week] عرض الأسبوع
        [list] عرض القائمة
       *[month] عرض الشهر
    }
# The last line of a busy day: $count more items are not shown.
calendar-more = +{ $count } أخرى
# Tooltip of a "+N more" link in the week view.
calendar-more-hint = { $count ->
        [one] عرض عنصر واحد آخر
        [two] عرض عنصرين آخرين
        [few] عرض { $count } عناصر أخرى
        [many] عرض { $count } عنصرًا آخر
       *[other] عرض { $count } عنصر آخر
    }
# Read by a screen reader for a busy day's "+N more" line. $day: the day (2027-05-04).
calendar-more-description = { $count ->
        [one] عنصر واحد آخر في { $day }: افتح اليوم في شبكة التخطيط
        [two] عنصران آخران في { $day }: افتح اليوم في شبكة التخطيط
        [few] { $count } عناصر أخرى في { $day }: افتح اليوم في شبكة التخطيط
        [many] { $count } عنصرًا آخر في { $day }: افتح اليوم في شبكة التخطيط
       *[other] { $count } عنصر آخر في { $day }: افتح اليوم في شبكة التخطيط
    }
# The label of the week view's row of all-day items.
calendar-all-day = طوال اليوم
calendar-no-events = لا توجد عناصر لعرضها
calendar-close = إغلاق
# Headings (read by a screen reader) of the list view's columns.
calendar-time = الوقت
calendar-event = العنصر
# A scrolling part of the calendar, reached by keyboard.
calendar-scrollable-items = عناصر التقويم، قابلة للتمرير

## The filters.

calendar-filter-channels-all = القنوات: الكل
# $count: how many channels are chosen.
calendar-filter-channels-some = القنوات ({ $count })
calendar-filter-show-channels = إظهار القنوات
calendar-filter-campaign = الحملة
calendar-filter-all-campaigns = كل الحملات
calendar-filter-partner = الشريك
calendar-filter-all-partners = كل الشركاء
calendar-filter-status-all = الحالة: الكل
# $count: how many statuses are chosen.
calendar-filter-status-some = الحالة ({ $count })
calendar-filter-show-statuses = إظهار الحالات
calendar-filter-key-dates-all = التواريخ المهمة: الكل
# $count: how many categories of key dates are chosen.
calendar-filter-key-dates-some = التواريخ المهمة ({ $count })
calendar-filter-show-key-dates = إظهار التواريخ المهمة

## Key dates: their categories, the levels of a blackout, and their labels.

calendar-key-date-international-days = الأيام الدولية
calendar-key-date-awareness-days = أيام التوعية
calendar-key-date-holidays = العطلات الرسمية
calendar-key-date-internal-dates = التواريخ الداخلية
calendar-key-date-elections = الانتخابات
calendar-key-date-blackout-periods = فترات حظر النشر
# How strict a blackout is; shown after its name and in lists of levels.
calendar-blackout-no-posting = منع النشر
calendar-blackout-no-new-campaigns = منع الحملات الجديدة
calendar-blackout-restricted = نشر مقيّد
# A blackout period's face on the calendar. $name: its name; $level: how strict it is ("no posting").
calendar-key-date-blackout-title = { $name } ({ $level })
# Read by a screen reader and shown as a tooltip. $name: the key date's name;
# $blackout: "yes" when it is a blackout with a level, $level: that level ("restricted");
# $days: "single" for one day, "range" for several; $start, $end: its first and last day (2027-04-14).
calendar-key-date-description = تاريخ مهم: { $name }{ $blackout ->
        [yes] {" "}(فترة حظر نشر: { $level })
       *[no] {""}
    }، { $days ->
        [single] { $start }
       *[range] من { $start } إلى { $end }
    }

## The Ideas backlog beside the calendar.

calendar-backlog-title = قائمة الأفكار
calendar-backlog-hint = اسحب فكرة إلى يوم، أو حدّدها واضغط M لنقلها (أو R لإرسالها للمراجعة). اسحب عنصرًا إلى هنا لإلغاء جدولته.
calendar-backlog-move = نقل إلى…
# $title: the idea's title.
calendar-backlog-move-item = نقل إلى… «{ $title }»
calendar-backlog-empty = لا توجد أفكار في الانتظار.

## An item on the calendar.

# Read by a screen reader for an item (on the calendar, in the grid, in the backlog).
# $title: the item's title; $format: its format ("Reel"); $channel: its channel ("Instagram @westmarkpolice");
# $status: its status ("Approved"); $when: "idea" (no date yet), "timed" or "allDay";
# $date, $time: its day (2027-05-03) and time (09:00); $repeats: "yes" when it belongs to a repeating series;
# $inCampaign: "yes" when it is part of a campaign, $campaign: the campaign's name;
# $inCollaboration: "yes" when it is part of a collaboration, $collaboration: the collaboration's title,
# $collaborationFindings: how many findings the collaboration has;
# $findings: how many findings the item has, $finding: the first one's message (from the checks).
calendar-item-description = { $title }: { $format } على { $channel }، { $status }، { $when ->
        [idea] في قائمة الأفكار
        [timed] { $date } الساعة { $time }
       *[allDay] { $date }، طوال اليوم
    }{ $repeats ->
        [yes] ، متكرر
       *[no] {""}
    }{ $inCampaign ->
        [yes] ، الحملة { $campaign }
       *[no] {""}
    }{ $inCollaboration ->
        [yes] ، التعاون { $collaboration }{ $collaborationFindings ->
            [0] {""}
            [one] {" "}مع ملاحظة واحدة
            [two] {" "}مع ملاحظتين
            [few] {" "}مع { $collaborationFindings } ملاحظات
            [many] {" "}مع { $collaborationFindings } ملاحظة
           *[other] {" "}مع { $collaborationFindings } ملاحظة
        }
       *[no] {""}
    }{ $findings ->
        [0] {""}
        [one] . ملاحظة واحدة: { $finding }
        [two] . ملاحظتان: { $finding }
        [few] . { $findings } ملاحظات: { $finding }
        [many] . { $findings } ملاحظة: { $finding }
       *[other] . { $findings } ملاحظة: { $finding }
    }. Enter للتعديل، وM للنقل، وR للإرسال للمراجعة.
# The badge of an item that is part of a collaboration (short: it sits before the title).
calendar-collab-badge = تعاون
# $count: how many findings the collaboration has.
calendar-collab-badge-findings = تعاون ⚠ { $count }
# The badge's tooltip. $title: the collaboration's title.
calendar-collab-title = التعاون: { $title }

## How busy a day of the month is, in its corner.

# Read by a screen reader and shown as a tooltip. $count: the day's items;
# $channels: each channel with its count, as a list ("Instagram 2, X 1").
calendar-day-load = { $count ->
        [one] عنصر واحد: { $channels }
        [two] عنصران: { $channels }
        [few] { $count } عناصر: { $channels }
        [many] { $count } عنصرًا: { $channels }
       *[other] { $count } عنصر: { $channels }
    }
# One channel of that list. $channel: its name; $count: its items that day.
calendar-day-load-channel = { $channel } { $count }
# An item sent for review by its R key.
calendar-sent-for-review = أُرسل «{ $title }» للمراجعة.
# $status: the item's status (Approved, Published…).
calendar-not-sent-for-review = حالة «{ $title }» هي { $status }: لا يُرسل للمراجعة إلا الأفكار والمسودات.
