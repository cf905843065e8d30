## Approvals: the queue of items in review, decided one by one or several at once, and the dialog that sends items back with a comment.

approvals-title = الموافقات
# The field that narrows the queue to the items whose title, campaign or channel hold its words.
approvals-search = بحث
# Label of the list of team members: who sits at this laptop.
approvals-you-are = أنت
# On a team plan. $name: the member signed in to the team on this laptop.
approvals-signed-in = أنت { $name }، حسب تسجيل دخولك إلى الفريق
approvals-not-chosen = لم يُحدَّد
# Label of the list of approvers whose queue is shown.
approvals-queue-of = قائمة انتظار
# The option for every item in review. $count: how many items wait.
approvals-everyone = الجميع ({ $count })
# An approver in the list of queues. $name: the approver; $count: the items waiting for them.
approvals-approver = { $name } ({ $count })
approvals-nobody-approves = لا أحد يوافق بعد: في الإعدادات ← الفريق، حدِّد ما يوافق عليه كل معتمِد.
# $name: the approver at this laptop.
approvals-deciding-as = تتخذ القرار بصفتك { $name }.
# $name: the signed-in team member, who approves nothing.
approvals-approves-nothing = ليست لدى { $name } صلاحية موافقة على أي شيء: مالك خادم الفريق هو من يحدد من يوافق على ماذا.
approvals-choose-who = اختر من أنت لتتمكن من الموافقة.
# The keys the queue listens to: A, R and Ctrl+A stay as they are in every language.
approvals-keys = المفاتيح: ↑ ↓ للتنقل، ومفتاح المسافة للتحديد، وA للموافقة، وR لطلب تعديلات، وCtrl+A لتحديد الكل.
approvals-approve = موافقة
# The approve button when items are ticked. $count: how many are ticked.
approvals-approve-count = موافقة ({ $count })
approvals-ask-for-changes = طلب تعديلات…
# A queue entry's checkbox, read by screen readers. $title: the item; $due: its date and time ("2027-04-06 09:30") or the text of approvals-no-date.
approvals-entry-label = { $title }، الموعد: { $due }
approvals-no-date = لا تاريخ بعد
# After an item's date and channel, when the person at this laptop may not approve it.
approvals-not-yours = ليست الموافقة عليه من صلاحياتك
# $title: the collaboration the item belongs to.
approvals-collaboration = التعاون: { $title }
# $title: the collaboration; $due: the date its partners need approval by ("2027-04-01").
approvals-collaboration-due = التعاون: { $title }، موعد الموافقة { $due }
# The last decision on an item sent back. $name: the approver; $comment: what they wrote.
approvals-asked = تعليق { $name }: «{ $comment }»
approvals-empty = لا شيء بانتظار الموافقة.
approvals-empty-approver = لا شيء بانتظار موافقة هذا المعتمِد.
approvals-tick-first = حدِّد أولًا العناصر التي ستتخذ القرار بشأنها (مفتاح المسافة).
# Status line after a decision. $count: how many items were approved.
approvals-approved = { $count ->
    [zero] لم تتم الموافقة على أي عنصر. للتراجع اضغط Ctrl+Z.
    [one] تمت الموافقة على عنصر واحد. للتراجع اضغط Ctrl+Z.
    [two] تمت الموافقة على عنصرين. للتراجع اضغط Ctrl+Z.
    [few] تمت الموافقة على { $count } عناصر. للتراجع اضغط Ctrl+Z.
    [many] تمت الموافقة على { $count } عنصرًا. للتراجع اضغط Ctrl+Z.
   *[other] تمت الموافقة على { $count } عنصر. للتراجع اضغط Ctrl+Z.
}
# Status line after a decision. $count: how many items were sent back.
approvals-changes-asked = { $count ->
    [zero] لم تُطلب تعديلات على أي عنصر. للتراجع اضغط Ctrl+Z.
    [one] طُلبت تعديلات على عنصر واحد. للتراجع اضغط Ctrl+Z.
    [two] طُلبت تعديلات على عنصرين. للتراجع اضغط Ctrl+Z.
    [few] طُلبت تعديلات على { $count } عناصر. للتراجع اضغط Ctrl+Z.
    [many] طُلبت تعديلات على { $count } عنصرًا. للتراجع اضغط Ctrl+Z.
   *[other] طُلبت تعديلات على { $count } عنصر. للتراجع اضغط Ctrl+Z.
}
approvals-changes-title = طلب تعديلات
# In the "Ask for changes" dialog. $count: how many items go back.
approvals-changes-intro = { $count ->
    [zero] لن يعود أي عنصر إلى كاتبه.
    [one] سيعود عنصر واحد إلى كاتبه مسودةً، مع تعليقك.
    [two] سيعود عنصران إلى كاتبيهما مسودتين، مع تعليقك.
    [few] ستعود { $count } عناصر إلى كتّابها مسوداتٍ، مع تعليقك.
    [many] سيعود { $count } عنصرًا إلى كتّابها مسوداتٍ، مع تعليقك.
   *[other] سيعود { $count } عنصر إلى كتّابها مسوداتٍ، مع تعليقك.
}
approvals-changes-comment = ما الذي يجب تغييره
