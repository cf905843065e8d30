## The page shown in place of the window when the plan cannot be opened, with the backups found beside it.

recovery-title = تعذّر على Almanac فتح الخطة
# $path: the plan file's full path (set in code type).
recovery-path = ملف الخطة هو { $path }. لم يُغيَّر فيه أي شيء.
recovery-backups = النسخ الاحتياطية بجانب الخطة
recovery-backups-intro = ينسخ Almanac الخطة قبل كل ترقية. عند استعادة نسخة احتياطية يبقى الملف التالف بجانبها باسم جديد، فلا يضيع أي شيء.
# The button beside each backup's file name.
recovery-restore = استعادة هذه النسخة
recovery-no-backup = لم يُعثر على أي نسخة احتياطية بجانبه. استعد الملف من نسخك الاحتياطية الخاصة، أو انقله إلى مكان آخر لبدء خطة جديدة.
