## Campaigns: the list of the plan's campaigns, the campaign dialog, and "Move window…",
## which moves or resizes a campaign's window after a preview.

## The list.

campaigns-title = الحملات
# The label of the list's search field.
campaigns-search = بحث
# The button above the list and the title of the dialog it opens.
campaigns-new = حملة جديدة
campaigns-column-campaign = الحملة
# The column of each campaign's first and last day.
campaigns-column-window = الفترة
campaigns-column-status = الحالة
campaigns-column-hashtags = الوسوم
campaigns-column-channels = القنوات
# Read by screen readers only: the column of the buttons on each row.
campaigns-column-actions = الإجراءات
# The badge beside a flagship campaign's name (short).
campaigns-flagship = رئيسية
# A campaign's window in the list. $start, $end: its first and last day, already formatted ("3 Mar 2027").
campaigns-window = { $start } – { $end }
# The button on each row that opens the Move window dialog.
campaigns-move-window = نقل الفترة…
# The same button as read by screen readers; its visible text must start it. $name: the campaign.
campaigns-move-window-label = نقل الفترة… { $name }
campaigns-empty = لا توجد حملات بعد.

## The campaign dialog.

campaigns-edit = تعديل الحملة
campaigns-name = الاسم
campaigns-hashtags = الوسوم
campaigns-hashtags-hint = مفصولة بمسافات
# An example hashtag in the empty field.
campaigns-hashtags-placeholder = #السلامة_المرورية
campaigns-core-message = الرسالة الأساسية
# The campaign's brief: what it sets out to do, for whom, and how.
campaigns-brief = الموجز
# The first day of the campaign's window (here and in Move window).
campaigns-starts = تبدأ في
# The last day of the campaign's window (here and in Move window).
campaigns-ends = تنتهي في
campaigns-status = الحالة
campaigns-colour = اللون
campaigns-audience = الجمهور المستهدف
# The checkbox, and the tooltip of the Flagship badge in the list.
campaigns-flagship-campaign = حملة رئيسية
campaigns-objectives = الأهداف
campaigns-channels = القنوات
campaigns-delete = حذف
# The status line after saving. $name: the campaign.
campaigns-saved = حُفظت الحملة «{ $name }»
# The status line after deleting. $name: the campaign.
campaigns-deleted = حُذفت الحملة «{ $name }»؛ تبقى عناصرها في الخطة. للتراجع اضغط Ctrl+Z.

## Move window: move both ends by the same days to take the items along, or resize.

# The dialog's title. $name: the campaign.
campaigns-shift-title = نقل «{ $name }»
# The dialog's title before a campaign is known.
campaigns-shift-title-none = نقل الحملة
# The preview when only the window's length changes.
campaigns-shift-resize-only = مدة جديدة: لن يُنقل أي عنصر.
# The preview of a move to later days. $count: the items that move; $days: by how many days.
campaigns-shift-later = { $count ->
        [zero] لن يُنقل أي عنصر
        [one] سيُنقل عنصر واحد
        [two] سيُنقل عنصران
        [few] ستُنقل { $count } عناصر
        [many] سيُنقل { $count } عنصرًا
       *[other] سيُنقل { $count } عنصر
    } بمقدار { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } إلى موعد لاحق؛ وتبقى العناصر المنشورة والملغاة حيث نُشرت.
# The preview of a move to earlier days. $count: the items that move; $days: by how many days.
campaigns-shift-earlier = { $count ->
        [zero] لن يُنقل أي عنصر
        [one] سيُنقل عنصر واحد
        [two] سيُنقل عنصران
        [few] ستُنقل { $count } عناصر
        [many] سيُنقل { $count } عنصرًا
       *[other] سيُنقل { $count } عنصر
    } بمقدار { $days ->
        [one] يوم واحد
        [two] يومين
        [few] { $days } أيام
        [many] { $days } يومًا
       *[other] { $days } يوم
    } إلى موعد أبكر؛ وتبقى العناصر المنشورة والملغاة حيث نُشرت.
# Before a finding the move would create (in bold; the finding's own text follows).
campaigns-shift-error = خطأ:
campaigns-shift-warning = تحذير:
campaigns-shift-note = معلومة:
campaigns-shift-no-finding = لا ينتج عن النقل أي ملاحظة جديدة.
# An item whose new time falls in the hour skipped when the clocks go forward.
# $title: the item; $asked: the time it would move to; $lands: where it goes out instead (both "2027-03-28 02:30").
campaigns-shift-skipped = «{ $title }»: الوقت { $asked } غير موجود (بسبب تقديم الساعة)؛ سيُنشر في { $lands }.
campaigns-shift-cancel = إلغاء
campaigns-shift-apply = تطبيق
# The status line after a resize. $name: the campaign.
campaigns-shift-resized = تم تغيير مدة «{ $name }». للتراجع اضغط Ctrl+Z.
# The status line after a move. $count: the items moved with it; $name: the campaign.
campaigns-shift-moved = { $count ->
        [zero] لم يُنقل أي عنصر مع «{ $name }». للتراجع اضغط Ctrl+Z.
        [one] نُقل عنصر واحد مع «{ $name }». للتراجع اضغط Ctrl+Z.
        [two] نُقل عنصران مع «{ $name }». للتراجع اضغط Ctrl+Z.
        [few] نُقلت { $count } عناصر مع «{ $name }». للتراجع اضغط Ctrl+Z.
        [many] نُقل { $count } عنصرًا مع «{ $name }». للتراجع اضغط Ctrl+Z.
       *[other] نُقل { $count } عنصر مع «{ $name }». للتراجع اضغط Ctrl+Z.
    }
# The campaign editor's brief section (shown once the campaign is saved).
campaigns-brief-legend = إحاطة الحملة للقيادة والشركاء (النسخة المحفوظة)
# The brief's file name suggested in Documents. $name: the campaign's name.
campaigns-brief-file-name = إحاطة الحملة – { $name }.pdf
# Announced once the brief is written. $path: where.
campaigns-brief-saved = حُفظت إحاطة الحملة في { $path }.
