## The names of the plan's enumerations: item statuses and formats, campaign statuses, collaboration kinds, partners' statuses and collaboration deadlines. Read by the window and by the exports.

item-status-idea = فكرة
item-status-draft = مسودة
item-status-in-review = قيد المراجعة
item-status-approved = موافَق عليه
item-status-scheduled = مجدول
item-status-published = تم النشر
item-status-on-hold = معلّق
item-status-cancelled = ملغى

item-format-post = منشور
item-format-thread = سلسلة منشورات
item-format-image = صورة
item-format-carousel = منشور دوّار
item-format-video = فيديو
item-format-reel = ريلز
item-format-story = قصة
item-format-short = فيديو Shorts
item-format-live = بث مباشر
item-format-poll = استطلاع رأي
item-format-article = مقال
item-format-newsletter = نشرة بريدية

campaign-status-idea = فكرة
campaign-status-planned = مخطط لها
campaign-status-approved = موافَق عليها
campaign-status-live = جارية
campaign-status-done = منتهية
campaign-status-cancelled = ملغاة

collaboration-kind-collab-post = منشور مشترك
collaboration-kind-thread-relay = سلسلة نشر متتابعة
collaboration-kind-cross-post = نشر متقاطع
collaboration-kind-joint-campaign = حملة مشتركة
collaboration-kind-group-broadcast = رسالة جماعية
collaboration-kind-takeover = إدارة مؤقتة للحساب
collaboration-kind-joint-event = فعالية مشتركة

partner-status-invited = مدعو
partner-status-confirmed = مؤكَّد
partner-status-declined = معتذر
partner-status-assets-received = استُلمت المواد
partner-status-published = تم النشر
partner-status-no-response = لم يرد

deadline-assets-due = موعد تسليم المواد
deadline-approval-due = موعد الموافقة
deadline-go-live = موعد النشر
