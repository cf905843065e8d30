## الخطة السنوية في صفحة واحدة (PDF)، تُطبع بلغة الخطة أيًّا كان من يصدّرها.

# العنوان حين لا يكون لخطة السنة عنوان.
annual-plan-title = الخطة السنوية
# تحت العنوان. $organisation: الجهة؛ $year: السنة؛ $group: أساس تجميع الحملات.
annual-plan-subtitle = { $organisation } · الخطة السنوية { $year } · الحملات مجمّعة حسب { $group ->
    [channel] القناة
    [brand] العلامة
   *[objective] الهدف
}
# تحت العنوان، دون اسم الجهة. $year: السنة؛ $group: أساس التجميع.
annual-plan-subtitle-unnamed = الخطة السنوية { $year } · الحملات مجمّعة حسب { $group ->
    [channel] القناة
    [brand] العلامة
   *[objective] الهدف
}
annual-plan-core-messages = الرسائل الأساسية
annual-plan-priorities = الأولويات
annual-plan-flagship-projects = المشاريع الرئيسية
# $count: ما لا يتسع في الصفحة.
annual-plan-more = +{ $count } أخرى
# $count: الحملات التي لم تجد مكانًا؛ $names: أسماؤها.
annual-plan-more-campaigns = { $count ->
    [zero] +{ $count } حملة أخرى: { $names }
    [one] +حملة واحدة أخرى: { $names }
    [two] +حملتان أخريان: { $names }
    [few] +{ $count } حملات أخرى: { $names }
    [many] +{ $count } حملة أخرى: { $names }
   *[other] +{ $count } حملة أخرى: { $names }
}
# $name: الفترة؛ $level: ما تمنعه.
annual-plan-blackout = { $name } ({ $level ->
    [noPosting] لا نشر
    [noNewCampaigns] لا حملات جديدة
   *[restricted] نشر مقيَّد
})
annual-plan-no-campaigns = لا حملات في { $year }.
annual-plan-footer = { $organisation } · الخطة السنوية { $year }
annual-plan-footer-unnamed = الخطة السنوية { $year }
annual-plan-printed = طُبعت في { $date } · Almanac
