## The one-page campaign brief for leadership and partners, and the same text for an e-mail.

# The PDF's title in its properties. $name: the campaign's name.
campaign-brief-document-title = إحاطة الحملة: { $name }
# Above the campaign's name, before its status.
campaign-brief-kicker = إحاطة الحملة
# The page's section headings (printed in capitals).
campaign-brief-window = الفترة
campaign-brief-status = الحالة
campaign-brief-objectives = الأهداف ومؤشرات الأداء الرئيسية
campaign-brief-audience = الجمهور المستهدف
campaign-brief-core-message = الرسالة الأساسية
campaign-brief-hashtags = الوسوم
campaign-brief-channels = القنوات
campaign-brief-items = العناصر
campaign-brief-collaborations = التعاون والشركاء
campaign-brief-key-dates = التواريخ الرئيسية وفترات حظر النشر
campaign-brief-approvals = الموافقات المنتظرة
# In the e-mail, before the items awaiting approval.
campaign-brief-awaiting = بانتظار الموافقة
# In the e-mail, before each objective and its KPI.
campaign-brief-objective = الهدف
# Where a section has nothing to show.
campaign-brief-none = لا يوجد
# An objective's KPI with its target. $metric: what is counted ("reach"); $target: the number; $period: the period it is counted over ("year"), as the team wrote it.
campaign-brief-kpi-target = { $metric }: { $target } ({ $period })
# The items the page has no room for. $count: how many.
campaign-brief-more-items = { $count ->
    [zero] +{ $count } عنصر آخر
    [one] +عنصر واحد آخر
    [two] +عنصران آخران
    [few] +{ $count } عناصر أخرى
    [many] +{ $count } عنصرًا آخر
   *[other] +{ $count } عنصر آخر
}
# A collaboration's partners. $confirmed: how many have confirmed (or gone further); $count: how many were asked; $names: their names, as a list.
campaign-brief-partners = أكّد { $confirmed } من أصل { $count }: { $names }
# The approvals line. $review: items awaiting approval; $drafts: items not yet sent for approval.
campaign-brief-approvals-count = { $review ->
    [zero] لا عناصر بانتظار الموافقة
    [one] عنصر واحد بانتظار الموافقة
    [two] عنصران بانتظار الموافقة
    [few] { $review } عناصر بانتظار الموافقة
    [many] { $review } عنصرًا بانتظار الموافقة
   *[other] { $review } عنصر بانتظار الموافقة
}، { $drafts ->
    [zero] ولا توجد مسودات
    [one] وعنصر واحد لا يزال مسودة
    [two] وعنصران لا يزالان مسودتين
    [few] و{ $drafts } عناصر لا تزال مسودات
    [many] و{ $drafts } عنصرًا لا تزال مسودات
   *[other] و{ $drafts } عنصر لا تزال مسودات
}
# The page's footer. $organisation: who sends it; $date: the day it was printed, in full.
campaign-brief-footer = { $organisation } · إحاطة الحملة · طُبعت في { $date } · Almanac
# The e-mail's lines. $label: a heading of the page; $value: what it says.
campaign-brief-email-field = { $label }: { $value }
# A dated line of a list. $when: the day or day and time; $what: the item or date; $detail: a note on it.
campaign-brief-email-dated = - { $when }: { $what }
campaign-brief-email-dated-detail = - { $when }: { $what } ({ $detail })
# A collaboration. $title: its title; $when: its go-live; $partners: its partners.
campaign-brief-email-collaboration = - { $title } — { $when }: { $partners }
