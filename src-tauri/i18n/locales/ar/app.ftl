## The window's frame: the bar with its navigation, undo and redo, and the status line.

# Each language's own name for itself, shown in the language setting.
language-name = العربية

app-name = Almanac
app-skip-to-content = الانتقال إلى المحتوى
app-areas = الأقسام
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
app-redo = إعادة
app-redo-title = إعادة (Ctrl+Shift+Z)
app-opening = جارٍ فتح الخطة…
