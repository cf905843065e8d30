## جدول التخطيط كجدول بيانات (XLSX وCSV) بلغة الخطة. يقرأ استيراد المحتوى هذه العناوين بكل اللغات، فيجب أن يختلف كل عنوان عن غيره.

# ورقة المصنف الوحيدة (31 حرفًا على الأكثر، بلا : \ / ? * [ ]).
grid-export-sheet = الخطة
grid-export-column-date = التاريخ
grid-export-column-time = الوقت
grid-export-column-channel = القناة
grid-export-column-brand = العلامة
grid-export-column-campaign = الحملة
grid-export-column-format = الشكل
grid-export-column-status = الحالة
grid-export-column-owner = المسؤول
grid-export-column-title = العنوان
# نص المنشور.
grid-export-column-copy = النص
grid-export-column-objectives = الأهداف
grid-export-column-hashtags = الوسوم
grid-export-column-link = الرابط
