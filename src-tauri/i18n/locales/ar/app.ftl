## The window's frame: the bar with its navigation, undo and redo, and the status line.

# Each language's own name for itself, shown in the language setting.
language-name = العربية

app-name = Almanac
app-skip-to-content = الانتقال إلى المحتوى
app-areas = الأقسام
# The button the areas fold into in a narrow window (at 400 % zoom): it names the area shown.
app-areas-now = الأقسام: { $area }
nav-plan = الخطة
nav-calendar = التقويم
nav-checks = عمليات التحقق
nav-approvals = الموافقات
nav-requests = الطلبات
nav-campaigns = الحملات
nav-collaborations = التعاون
nav-partners = الشركاء
nav-results = النتائج
nav-settings = الإعدادات
app-pause = إيقاف مؤقت…
app-sync-title = مزامنة الفريق: فتح إعداداتها
app-history = السجل
app-undo = تراجع
# $label: what the undo takes back, as the history names it ("Load sample plan").
app-undo-labelled = تراجع: { $label }
app-undo-title = تراجع (Ctrl+Z)
# The undo button's tooltip when it names what it undoes: the whole name (the button may cut it short) and its shortcut. $label: the change.
app-undo-labelled-title = تراجع: { $label } (Ctrl+Z)
app-redo = إعادة
app-redo-title = إعادة (Ctrl+Shift+Z)
app-opening = جارٍ فتح الخطة…

## The team sync indicator in the bar: quiet when all is well, plain when it is not.

sync-syncing = جارٍ المزامنة…
# $count: the changes two people made while apart, waiting for a person to choose.
sync-conflicts = { $count ->
    [zero] لا تعارضات
    [one] تعارض واحد
    [two] تعارضان
    [few] { $count } تعارضات
    [many] { $count } تعارضًا
   *[other] { $count } تعارض
}
sync-offline = غير متصل
# $count: this laptop's changes not yet on the team's server.
sync-offline-waiting = غير متصل · { $count } قيد الانتظار
# $count: this laptop's changes not yet on the team's server.
sync-waiting = { $count } قيد الانتظار
sync-synced = تمت المزامنة


## What the status line announces after a move, an undo or a redo, and the words the whole window shares.

# After an item is moved. $title: the item; $backlog: yes when it went to the Ideas backlog; $when: its new day and time, as the language writes them ("4 Mar 2027, 09:30"); $channel: its channel; $findings: the problems the move created.
app-moved = { $backlog ->
    [yes] نُقل «{ $title }» إلى قائمة الأفكار.
   *[no] نُقل «{ $title }» إلى { $when } على { $channel }.
}{ $findings ->
    [0] {""}
    [one] {" "}نتجت عن ذلك ملاحظة واحدة.
    [two] {" "}نتجت عن ذلك ملاحظتان.
    [few] {" "}نتجت عن ذلك { $findings } ملاحظات.
    [many] {" "}نتجت عن ذلك { $findings } ملاحظة.
   *[other] {" "}نتجت عن ذلك { $findings } ملاحظة.
} للتراجع اضغط Ctrl+Z.
# $label: what was undone, as the history names it ("Move").
app-undone = تم التراجع: { $label }
app-nothing-to-undo = لا شيء للتراجع عنه
# $label: what was done again, as the history names it.
app-redone = تمت الإعادة: { $label }
app-nothing-to-redo = لا شيء لإعادته
# An item's channel that was deleted meanwhile.
app-unknown-channel = قناة غير معروفة
# Channel kinds that are not social networks (the networks keep their own names).
platform-blog = مدونة
platform-newsletter = نشرة بريدية
platform-website = موقع إلكتروني
# A channel as people say it: its network's name (or platform-blog, -newsletter, -website) and its handle or name. $platform, $handle.
channel-name = { $platform } { $handle }
# A record someone else deleted meanwhile. $entity: its kind.
error-not-found = { $entity ->
    [contentItem] هذا العنصر لم يعد موجودًا.
    [series] هذه السلسلة لم تعد موجودة.
    [campaign] هذه الحملة لم تعد موجودة.
    [collaboration] هذا التعاون لم يعد موجودًا.
    [channel] هذه القناة لم تعد موجودة.
    [brand] هذه العلامة التجارية لم تعد موجودة.
    [objective] هذا الهدف لم يعد موجودًا.
    [member] عضو الفريق هذا لم يعد موجودًا.
    [partner] هذا الشريك لم يعد موجودًا.
    [partnerGroup] مجموعة الشركاء هذه لم تعد موجودة.
    [keyDate] هذا التاريخ الرئيسي لم يعد موجودًا.
    [request] هذا الطلب لم يعد موجودًا.
    [comment] هذا التعليق لم يعد موجودًا.
    [approval] هذه الموافقة لم تعد موجودة.
    [loggedDecision] هذا القرار لم يعد موجودًا.
    [coverageRule] هذه القاعدة لم تعد موجودة.
    [crisisPause] هذا الإيقاف المؤقت لم يعد موجودًا.
    [planYear] خطة تلك السنة لم تعد موجودة.
    [postLink] رابط المنشور هذا لم يعد موجودًا.
    [postResult] نتائج هذا المنشور لم تعد موجودة.
    [outcome] هذه الحصيلة لم تعد موجودة.
    [conflict] سُوِّي هذا التعارض بالفعل.
   *[other] لم يعد هذا موجودًا.
}
# Said when View → Zoom changes the window's zoom; percent is the new zoom.
app-zoomed = التكبير: { $percent }٪
