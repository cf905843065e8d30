## An election called at short notice: Plan → An election was called…, and `almanac replan election`.

# The Plan view's button and the dialog's title.
election-open = تمت الدعوة إلى انتخابات…
election-title = تمت الدعوة إلى انتخابات
election-hint = تصبح فترة ما قبل الانتخابات فترة حظر نشر، ويُؤجَّل كل عنصر فيها إلى ما بعدها، أو يُلغى، أو يُبقى عليه بموجب الاستثناء الذي يشمله. راجع الاقتراح سطرًا سطرًا؛ فلا يتغير شيء حتى تطبّقه، ويكفي تراجع واحد لإعادة كل شيء كما كان.
# The form's fields.
election-name = الانتخابات
election-name-placeholder = الانتخابات العامة
election-from = بداية الفترة
election-to = نهاية الفترة
election-level = القواعد خلال الفترة
election-region = المنطقة (فارغ: في كل مكان)
election-key-date = تواريخ انتخابات من التواريخ الرئيسية
election-key-date-none = لا شيء: التواريخ أعلاه
election-exempt-channels = قنوات يُبقى عليها في أي انتخابات
election-exempt-objectives = أهداف يُبقى عليها في أي انتخابات
election-decided-by = متخذ القرار (لسجل القرارات)
election-propose = اقتراح
election-apply = تطبيق على الخطة
election-close = إغلاق
# The proposal's totals. $held, $cancelled, $kept: how many items each.
election-counts = المؤجَّلة: { $held } · الملغاة: { $cancelled } · المُبقى عليها: { $kept }
election-nothing = لا يوجد في الفترة أي عنصر مخطط له لم يُنشر بعد.
# The group of items in no campaign.
election-no-campaign = خارج أي حملة
# A campaign's group. $count: its items in the period.
election-group-count = { $count ->
    [zero] لا عناصر
    [one] عنصر واحد
    [two] عنصران
    [few] { $count } عناصر
    [many] { $count } عنصرًا
   *[other] { $count } عنصر
}
# A campaign whose held items go past its end. $day: its new last day.
election-new-end = تُمدَّد فترتها حتى { $day }
# The proposal table's column headings.
# Before the choice that sets every line of a campaign at once.
election-set-all = كل عناصر هذه الحملة:
election-column-item = العنصر
election-column-channel = القناة
election-column-when = موعد النشر
election-column-decision = القرار
election-column-after = بعد التغيير
election-column-why = السبب
# What happens to an item. $exemption: one of election-exemption-*.
election-verdict-hold = تأجيل
election-verdict-cancel = إلغاء
election-verdict-keep = إبقاء: { $exemption }
# Why an item may still go out in the period.
election-exemption-public-safety = السلامة العامة
election-exemption-road-closures = إغلاق الطرق
election-exemption-emergency = حالة طوارئ
election-exemption-channel = قناة يُبقى عليها في أي انتخابات
election-exemption-objective = هدف يُبقى عليه في أي انتخابات
# Why the proposal says what it says.
election-reason-chosen = اختيار يدوي
# $weeks: whole weeks it moves; $day: the day it lands on.
election-reason-hold = { $weeks ->
    [zero] مؤجَّل { $weeks } أسبوع، إلى { $day }
    [one] مؤجَّل أسبوعًا واحدًا، إلى { $day }
    [two] مؤجَّل أسبوعين، إلى { $day }
    [few] مؤجَّل { $weeks } أسابيع، إلى { $day }
    [many] مؤجَّل { $weeks } أسبوعًا، إلى { $day }
   *[other] مؤجَّل { $weeks } أسبوع، إلى { $day }
}
# $channel: the channel's name.
election-reason-exempt-channel = يُبقى على { $channel } في أي انتخابات
# $objective: the objective's name.
election-reason-exempt-objective = يخدم الهدف «{ $objective }» الذي يُبقى عليه في أي انتخابات
# $campaign: the campaign's name; $end: its last day.
election-reason-campaign-over = تنتهي الحملة «{ $campaign }» في { $end }، ضمن الفترة
election-no-channel = (بلا قناة)
# The findings under a line.
election-findings = ما سينتج عن ذلك من ملاحظات
# Collaborations going live in the period.
election-partners = الشركاء المطلوب إبلاغهم
election-partners-hint = التعاونات التي يحين موعد نشرها خلال الفترة، والنص المراد إرساله إلى كل شريك.
# $from, $to: the go-live before and after.
election-partner-moves = موعد النشر { $from } ← { $to }
election-partner-stays = موعد النشر { $from }، دون تغيير
election-partner-list = الشركاء: { $partners }
# The briefing text for a collaboration's partners. $title: the collaboration; $election: the election's name; $first, $last: the pre-election period's days; $from, $to: the go-live before and after.
election-briefing-moved = بسبب { $election } (فترة ما قبل الانتخابات من { $first } إلى { $last })، يُنقل منشورنا المشترك «{ $title }» المقرر في { $from } إلى { $to }. نرجو منكم تأجيل منشوركم حتى ذلك الحين؛ ويُنقل موعدكم في السلسلة بعدد الأسابيع نفسه.
election-briefing-kept = { $election } (فترة ما قبل الانتخابات من { $first } إلى { $last }): يُنشر منشورنا المشترك «{ $title }» في { $from } كما هو مقرر، إذ تسمح القواعد بذلك.
# Announced after the change. $election: its name; $held, $cancelled, $kept: how many items each.
election-applied = أُعيد التخطيط بسبب { $election } (المؤجَّلة: { $held }، الملغاة: { $cancelled }، المُبقى عليها: { $kept }).
# The decision log's entries. $count: how many items; $election: the election's name; $exemption: one of election-exemption-*.
election-decision-held = { $count ->
    [zero] لم يُؤجَّل أي عنصر إلى ما بعد فترة ما قبل الانتخابات ({ $election })
    [one] أُجِّل عنصر واحد إلى ما بعد فترة ما قبل الانتخابات ({ $election })
    [two] أُجِّل عنصران إلى ما بعد فترة ما قبل الانتخابات ({ $election })
    [few] أُجِّلت { $count } عناصر إلى ما بعد فترة ما قبل الانتخابات ({ $election })
    [many] أُجِّل { $count } عنصرًا إلى ما بعد فترة ما قبل الانتخابات ({ $election })
   *[other] أُجِّل { $count } عنصر إلى ما بعد فترة ما قبل الانتخابات ({ $election })
}
election-decision-cancelled = { $count ->
    [zero] لم يُلغَ أي عنصر بسبب فترة ما قبل الانتخابات ({ $election })
    [one] أُلغي عنصر واحد بسبب فترة ما قبل الانتخابات ({ $election })
    [two] أُلغي عنصران بسبب فترة ما قبل الانتخابات ({ $election })
    [few] أُلغيت { $count } عناصر بسبب فترة ما قبل الانتخابات ({ $election })
    [many] أُلغي { $count } عنصرًا بسبب فترة ما قبل الانتخابات ({ $election })
   *[other] أُلغي { $count } عنصر بسبب فترة ما قبل الانتخابات ({ $election })
}
election-decision-kept = { $count ->
    [zero] لم يُبقَ على أي عنصر في فترة ما قبل الانتخابات ({ $election }): { $exemption }
    [one] أُبقي على عنصر واحد في فترة ما قبل الانتخابات ({ $election }): { $exemption }
    [two] أُبقي على عنصرين في فترة ما قبل الانتخابات ({ $election }): { $exemption }
    [few] أُبقي على { $count } عناصر في فترة ما قبل الانتخابات ({ $election }): { $exemption }
    [many] أُبقي على { $count } عنصرًا في فترة ما قبل الانتخابات ({ $election }): { $exemption }
   *[other] أُبقي على { $count } عنصر في فترة ما قبل الانتخابات ({ $election }): { $exemption }
}
# The history's name of the change. $election: its name; $held, $cancelled, $kept: how many items each.
history-election = الدعوة إلى انتخابات: { $election } (المؤجَّلة: { $held }، الملغاة: { $cancelled }، المُبقى عليها: { $kept })
# The command line's lines. $campaign: a campaign's name (or election-no-campaign); $day: its new last day.
cli-election-campaign = { $campaign }
cli-election-campaign-stretched = { $campaign } (مُدِّدت فترتها حتى { $day })
# One item. $verdict: election-verdict-*; $from: when it goes out now; $to: after (empty unless held); $channel, $title: the item's; $reason: election-reason-*.
cli-election-line = {"  "}{ $verdict }  { $from }  { $to }  { $channel }  «{ $title }»: { $reason }
# A finding the line's move would create. $finding: the finding in words.
cli-election-finding = {"    "}! { $finding }
# A collaboration to tell. $title: its title; $partners: its partners.
cli-election-partners = أبلغ شركاء «{ $title }»: { $partners }
# The last line. $election: its name; $held, $cancelled, $kept: how many items each.
cli-election-dry-run = اقتراح إعادة التخطيط بسبب { $election } (المؤجَّلة: { $held }، الملغاة: { $cancelled }، المُبقى عليها: { $kept })؛ لم يُكتب أي شيء: ‎--dry-run
cli-election-done = أُعيد التخطيط بسبب { $election } (المؤجَّلة: { $held }، الملغاة: { $cancelled }، المُبقى عليها: { $kept })؛ تغيير واحد يمكن التراجع عنه في التطبيق
