## Settings.

settings-title = الإعدادات
settings-language-title = اللغة
settings-language-intro = لغة نافذة Almanac وقوائمه على هذا الجهاز. يختار كل زميل لغته، والخطة واحدة للجميع.
settings-language-label = اللغة على هذا الجهاز
# $language: the system's language, in its own name ("Nederlands").
settings-language-system = كما في النظام: { $language }
# $language: the language just chosen, in its own name.
settings-language-changed = أصبحت لغة Almanac الآن { $language }.
