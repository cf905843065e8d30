## The team's PostgreSQL server: its address, TLS and login, as Settings → Team sync and the
## command line are told. Shown beside the address or the password field, so lower case.
## $address: the server's address, without its password (postgresql://user@host:5432/database).
## $reason: what the library, the server or the operating system said, in its own words.

# $mode: the sslmode the address names (prefer, allow).
error-team-sslmode-falls-back = قد يتحوّل sslmode={ $mode } إلى اتصال غير مشفّر دون تنبيه: احذف sslmode (فيُتحقَّق عندئذٍ من شهادة الخادم) أو اكتب sslmode=disable للإرسال دون تشفير عن قصد
# $reason: why the address cannot be read.
error-team-not-an-address = ليس عنوان خادم ({ $reason })؛ اكتب postgresql://user@host:5432/database
error-team-address-form = اكتب العنوان بالصيغة postgresql://user@host:5432/database
error-team-address-no-user = لا يذكر العنوان أي مستخدم: postgresql://user@host/database
# $path: the certificate authorities' file the address names; $reason: why it cannot be read.
error-team-not-pem = sslrootcert { $path }: ليس ملف شهادات بصيغة PEM ({ $reason })
# $path: the certificate authorities' file the address names.
error-team-pem-holds-none = sslrootcert { $path }: ليس ملف شهادات بصيغة PEM (لا يحتوي على أي شهادة)
# $reason: why the system's trust store cannot be used.
error-team-tls-setup = تعذّر إعداد TLS: { $reason }
# $address: the server's address.
error-team-login-refused = رفض { $address } اسم المستخدم أو كلمة المرور
# $address: the server's address.
error-team-no-such-database = { $address }: قاعدة البيانات هذه غير موجودة
# $address: the server's address; $reason: why the connection failed (a TLS certificate's name or issuer, a refused connection).
error-team-unreachable = تعذّر الوصول إلى خادم الفريق على العنوان { $address }: { $reason }

## What the team's server refused, or could not do.
## $action: what it was asked to do (one of the error-team-to-… messages below).
## $reason: what PostgreSQL said, in its own words.

# $action: what the server was asked to do; $reason: PostgreSQL's words.
error-team-server-may-not = رفض خادم الفريق { $action }: لا يحق لهذا العضو ذلك ({ $reason })
# $action: what the server was asked to do; $reason: PostgreSQL's words.
error-team-server-could-not = تعذّر على خادم الفريق { $action }: { $reason }

## What the team's server was asked to do: the $action of error-team-server-may-not
## ("refused to …") and error-team-server-could-not ("could not …"), so each fits both.

error-team-to-add-member = إضافة العضو
error-team-to-look-up-roles = البحث في الأدوار الموجودة
error-team-to-create-member-role = إنشاء دور العضو (يحتاج مستخدم العنوان إلى صلاحية CREATEROLE)
error-team-to-limit-member-sessions = تقييد جلسات العضو
error-team-to-record-member = تسجيل العضو (شغّل `almanac server init` أولًا)
error-team-to-change-member = تعديل العضو
error-team-to-look-up-member = العثور على العضو
error-team-to-change-member-group = تغيير مجموعة العضو
error-team-to-record-member-role = تسجيل دور العضو
error-team-to-record-member-approves = تسجيل ما يحق للعضو الموافقة عليه
error-team-to-look-up-member-approves = العثور على ما يحق للعضو الموافقة عليه
error-team-to-start-upgrade = بدء الترقية
error-team-to-create-schema-table = إنشاء جدول المخطط (يجب أن يكون مستخدم العنوان مالك قاعدة البيانات)
error-team-to-read-schema-version = قراءة إصدار المخطط
# $number: the migration's number (1, 2, 3…).
error-team-to-apply-migration = تطبيق الترحيل { $number }
error-team-to-record-schema-version = تسجيل إصدار المخطط
error-team-to-grant-member-rights = منح الأعضاء صلاحياتهم
error-team-to-record-plan-fields = تسجيل حقول الخطة
error-team-to-list-members = سرد الأعضاء
error-team-to-look-up-members = البحث عن الأعضاء
error-team-to-limit-members-sessions = تقييد جلسات الأعضاء
error-team-to-record-plan = تسجيل الخطة
error-team-to-read-plan = قراءة الخطة
error-team-to-finish-upgrade = إتمام الترقية
error-team-to-look-up-groups = البحث عن المجموعات
error-team-to-create-member-groups = إنشاء مجموعات الأعضاء (يحتاج مستخدم العنوان إلى صلاحية CREATEROLE)
error-team-to-mark-member-groups = وسم مجموعات الأعضاء
error-team-to-read-plan-before-init = قراءة الخطة (شغّل `almanac server init` أولًا)
error-team-to-say-who-signed-in = تحديد من سجّل الدخول
error-team-to-tell-time = الإفادة بالوقت
error-team-to-read-history = قراءة السجل
error-team-to-listen = الاستماع إلى تغييرات الفريق
error-team-to-claim-founding = المطالبة بتأسيس الخطة
error-team-to-store-changes = حفظ التغييرات
error-team-to-send-history = إرسال السجل

## A push of this laptop's changes the team's server refused, and why; kept too in the list
## of what this laptop set aside.

# $reason: what was wrong, in the server's own words (or error-team-nul-value).
error-team-push-refused = رفض خادم الفريق { $reason }
# $reason: what was wrong, in the server's own words (or error-team-nul-value); $detail: what it concerned (a field, a device, an item, or PostgreSQL's words).
error-team-push-refused-about = رفض خادم الفريق { $reason } ({ $detail })
error-team-nul-value = قيمة تحتوي على المحرف NUL

## The team's members and the server's schema, as `almanac server` is told.

error-team-give-member-name = أدخل اسم العضو
# $name: the brand's name, as it was typed.
error-team-no-brand-named = لا تتضمن خطة الفريق علامة باسم «{ $name }»
# $name: the channel's handle or name, as it was typed.
error-team-no-channel-named = لا تتضمن خطة الفريق قناة باسم «{ $name }»
# $name: the brand's name, as it was typed.
error-team-brands-named = توجد أكثر من علامة باسم «{ $name }»
# $name: the channel's handle or name, as it was typed.
error-team-channels-named = توجد أكثر من قناة باسم «{ $name }»
# $version: the server's schema version; $supported: the newest this Almanac knows.
error-team-schema-newer = إصدار مخطط خادم الفريق هو { $version }، وهو أحدث من الإصدار { $supported } الذي يدعمه Almanac هذا: حدّث Almanac
# $group: the PostgreSQL role's name.
error-team-group-not-ours = يوجد على الخادم دور باسم { $group } لم ينشئه Almanac لقاعدة البيانات هذه: سيتمكن أعضاؤه من الكتابة في هذه الخطة، لذا لا يُعتمد؛ احذفه أو غيّر اسمه أولًا

## Joining the team's plan from this laptop's data folder.

# $address: the team's server's address.
error-team-another-team-plan = ينتمي مجلد البيانات هذا إلى خطة فريق غير الخطة الموجودة على { $address }؛ استخدم مجلد بيانات جديدًا للانضمام إلى هذه الخطة
# $address: the team's server's address.
error-team-plan-of-its-own = يحتوي مجلد البيانات هذا على خطة خاصة به، ويحتوي { $address } على خطة الفريق: انضم إلى خطة الفريق من مجلد بيانات جديد (تبقى الخطة الخاصة هنا)

## Passwords kept in the system's keyring: the calendar server's and the team's server's.

error-team-give-account-password = أدخل كلمة مرور الحساب
error-team-give-given-password = أدخل كلمة المرور التي تلقيتها مع العنوان
# $reason: what the keyring said.
error-team-keyring-unavailable = تعذّر استخدام سلسلة مفاتيح النظام ({ $reason })؛ على Linux، يحتفظ GNOME Keyring أو KWallet بكلمات المرور
error-team-no-password-kept = لا توجد كلمة مرور محفوظة لهذا الخادم؛ أدخلها من جديد

## The app's window: what this laptop keeps, the files it opens, backups and the calendar push.

# $reason: what the operating system said.
error-team-theme-not-kept = تعذّر حفظ السمة على هذا الجهاز: { $reason }
error-team-language-not-offered = ليست من اللغات التي يوفرها Almanac
# $reason: what the operating system said.
error-team-language-not-kept = تعذّر حفظ اللغة على هذا الجهاز: { $reason }
error-team-restore-plan-itself = هذه هي الخطة نفسها؛ اختر نسخة احتياطية أو لقطة
error-team-nothing-to-restore = الخطة مفتوحة؛ لا يوجد ما يُستعاد
error-team-calendar-not-pushed = لا يُرسَل التقويم إلى أي خادم
# $reason: why the push stopped.
error-team-push-stopped = توقّف الإرسال: { $reason }
error-team-no-documents-folder = تعذّر العثور على مجلد المستندات
# $path: the file's path; $reason: what the operating system said.
error-team-cannot-open = تعذّر فتح { $path }: { $reason }
# $path: the file's path.
error-team-already-there = { $path } موجود بالفعل: اختر اسمًا آخر

## A message from the team this laptop set aside rather than apply, and why: listed in
## Settings → Team sync. Lower case: each follows the message's field.

sync-set-aside-clock-unreadable = ساعته ليست مكتوبة بالصيغة التي يكتب بها Almanac الساعات
# $clock: the time its clock says, in UTC.
sync-set-aside-clock-ahead = ساعته ({ $clock }) متقدمة كثيرًا على وقت هذا الجهاز
sync-set-aside-settings-row = للخطة صف إعدادات واحد لا يُحذف أبدًا
sync-set-aside-wrong-kind = قيمته ليست من نوع الحقل
sync-set-aside-too-large = قيمته أكبر من 64 KiB
sync-set-aside-nul = قيمته تحتوي على المحرف NUL
# The plan refused the change (a rule of the plan's data). $reason: why.
sync-set-aside-refused-by-plan = لا تستطيع الخطة استيعابه: { $reason }
