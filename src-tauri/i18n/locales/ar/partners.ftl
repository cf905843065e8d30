## Partners: the partner directory (search, tag filter, table), the partner groups beside it, the partner and group dialogs, and the spreadsheet import's fields.

partners-title = الشركاء
# Label of the search box above the directory.
partners-search = بحث
# Label of the tag filter.
partners-tag = الوسم
# The tag filter's option for every tag.
partners-tag-all = الكل
# Beside the filters. $shown: partners the filters keep; $total: all partners.
partners-shown = { $shown } من { $total }
partners-import = استيراد…
partners-new-group = مجموعة جديدة
# Button and title of the dialog for a new partner.
partners-new = شريك جديد
# Column heading: the partner's name.
partners-column-partner = الشريك
# Field labels of the partner dialog, also column headings and import fields.
partners-field-name = الاسم
partners-field-short-name = الاسم المختصر
# What sort of organisation the partner is (its examples: partners-kind-hint).
partners-field-kind = النوع
partners-field-country = البلد
partners-field-time-zone = المنطقة الزمنية
partners-field-website = الموقع الإلكتروني
partners-field-tags = الوسوم
partners-field-notes = ملاحظات
# Heading of the social media accounts (column and dialog section).
partners-handles = الحسابات
partners-contacts = جهات الاتصال
partners-none-match = لا يوجد شريك مطابق.
partners-groups = المجموعات
# Beside a group's name in the list of groups. $count: its members.
partners-group-size = { $count ->
    [zero] لا شركاء
    [one] شريك واحد
    [two] شريكان
    [few] { $count } شركاء
    [many] { $count } شريكًا
   *[other] { $count } شريك
}
partners-groups-empty = لا توجد مجموعات بعد: تتيح المجموعة إضافة عدة شركاء إلى تعاون دفعة واحدة.

## The group dialog.

# Status line after saving. $name: the group; $count: its members.
partners-group-saved = { $count ->
    [zero] حُفظت المجموعة «{ $name }» وليس فيها أي شريك
    [one] حُفظت المجموعة «{ $name }» وفيها شريك واحد
    [two] حُفظت المجموعة «{ $name }» وفيها شريكان
    [few] حُفظت المجموعة «{ $name }» وفيها { $count } شركاء
    [many] حُفظت المجموعة «{ $name }» وفيها { $count } شريكًا
   *[other] حُفظت المجموعة «{ $name }» وفيها { $count } شريك
}
# Dialog title. $name: the group.
partners-group-title = المجموعة: { $name }
partners-group-new = مجموعة شركاء جديدة
# Legend of the member list. $count: partners ticked.
partners-group-members = الأعضاء ({ $count })
# Label of the box that filters the member list by name.
partners-group-find = بحث
partners-delete = حذف

## The partner dialog.

# Status line after saving. $name: the partner.
partners-saved = حُفظ الشريك «{ $name }»
# Status line. $name: the partner deleted.
partners-deleted = حُذف الشريك «{ $name }». للتراجع اضغط Ctrl+Z.
# Status line. $name: the partner kept, into which the duplicate was merged.
partners-merged = دُمج الشريك المكرر في «{ $name }». للتراجع اضغط Ctrl+Z.
# Dialog title. $name: the partner.
partners-dialog-title = الشريك: { $name }
# Hint under the Kind field: examples of kinds of organisation.
partners-kind-hint = جهاز شرطة، وزارة، منظمة خيرية…
# Hint under the Tags field.
partners-tags-hint = مفصولة بفواصل
# Read by screen readers for a handle's platform list. $number: the handle's place in the list (1, 2…).
partners-handle-platform = المنصة { $number }
# Read by screen readers for a handle's input. $number: its place in the list.
partners-handle = الحساب { $number }
# Read by screen readers for a handle's Remove button. $number: its place in the list.
partners-handle-remove = إزالة الحساب { $number }
partners-remove = إزالة
partners-handle-add = إضافة حساب
# Read by screen readers for a contact's inputs. $number: the contact's place in the list (1, 2…).
partners-contact-name = اسم جهة الاتصال { $number }
partners-contact-role = منصب جهة الاتصال { $number }
partners-contact-email = البريد الإلكتروني لجهة الاتصال { $number }
partners-contact-phone = هاتف جهة الاتصال { $number }
# Read by screen readers for a contact's Remove button. $number: its place in the list.
partners-contact-remove = إزالة جهة الاتصال { $number }
# Placeholders of a contact's inputs (its name's is partners-field-name).
partners-contact-role-placeholder = المنصب
partners-contact-email-placeholder = البريد الإلكتروني
partners-contact-phone-placeholder = الهاتف
partners-contact-add = إضافة جهة اتصال
# Label of the list of other partners, one of which is merged into this one.
partners-merge-label = دمج شريك مكرر في هذا الشريك
partners-merge-choose = اختيار…
partners-merge = دمج

## The spreadsheet import: the fields a column can fill (besides the partners-field-* ones).

partners-import-title = استيراد الشركاء من جدول بيانات
partners-import-x-handle = حساب X
partners-import-instagram-handle = حساب Instagram
partners-import-facebook-page = صفحة Facebook
partners-import-linkedin-page = صفحة LinkedIn
partners-import-contact-name = اسم جهة الاتصال
partners-import-contact-role = منصب جهة الاتصال
partners-import-contact-email = البريد الإلكتروني لجهة الاتصال
partners-import-contact-phone = هاتف جهة الاتصال
