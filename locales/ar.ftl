# ephr booklet and wallet card labels: Arabic (Modern Standard Arabic).
#
# Format: Project Fluent (https://projectfluent.org/), plain messages only:
#   key = text
# A message may go on over indented lines (each is a new line of text).
# { $name } is filled in by ephr; keep every { $name } of a message when translating.
# Every catalogue must have exactly the keys of this one (a test checks).
# Keep texts short: an A6 page is 105 mm wide and holds two languages.
#
# Status: machine-quality (drafted by ephr's developers from en.ftl, first in commit 27a1a4d of
# 2026-11-22, keys added up to 2026-12-03; nothing in the history records a review by a
# native-speaking clinician). See docs/TRANSLATIONS.md.

## Language

# The language's own name, shown in language pickers and on the last page.
language-name = العربية

## Cover

title = السجل الصحي الشخصي
subtitle = ملخص تقييم صحي. يُرجى الاحتفاظ به جيدًا وإظهاره في كل عيادة.
card-title = البطاقة الصحية
demo-banner = نسخة تجريبية (DEMO) — ليست سجلًا صحيًا حقيقيًا
name = الاسم
name-latin = الاسم بالأحرف اللاتينية
birth-date = تاريخ الميلاد
estimated = تقديري
sex = الجنس
nationality = الجنسية
languages = اللغات
card-id = البطاقة
record-id = السجل
issued-by = جهة الإصدار
issued-on = تاريخ الإصدار
no-name = لا يوجد اسم مسجل
not-recorded = غير مسجل

## Entry

encounter = التقييم
encounter-date = التاريخ
encounter-site = المكان
encounter-kind = النوع
encounter-role = الفاحص
mediator = حضر وسيط ثقافي أو مترجم.
entry-heading = الإدخال { $n } من { $total }
entries = الإدخالات
follows = يُكمل الإدخال
follows-entry = رقم { $n }: البطاقة { $card }، { $date }
follows-elsewhere = إدخال سابق غير موجود في هذا الكتيّب
part = الجزء { $n } من { $total }
page-footer = الصفحة { $n } من { $total }
continued = تتمة

## Sections

sec-immunizations = التطعيمات
sec-vaccinations-due = تطعيمات مستحقة
sec-problems = المشكلات والتشخيصات
sec-medications = الأدوية
sec-allergies = الحساسية
sec-results = نتائج الفحوص والتحاليل
sec-mental-health = فحص الصحة النفسية
sec-vital-signs = العلامات الحيوية
sec-pregnancy = الحمل
sec-referrals = الإحالات
sec-alerts = تنبيهات
sec-signed = إدخال موقّع
none-recorded = لا توجد بيانات
none-known = لا شيء معروف
no-vaccination-records = ليس لدى الشخص أي وثائق تطعيم.

## Table columns

col-vaccine = اللقاح
col-date = التاريخ
col-dose = الجرعة
col-source = المصدر
col-diagnosis = التشخيص
col-status = الحالة
col-medicine = الدواء
col-dosage = الجرعة
col-substance = المادة
col-reaction = رد الفعل
col-test = الفحص
col-result = النتيجة
col-to = محال إلى
col-due = الموعد
col-alert = التنبيه
col-details = التفاصيل
provisional = مبدئي
onset = منذ { $date }
until = حتى { $date }
lot = التشغيلة { $lot }
date-unknown = التاريخ غير معروف
reason = السبب: { $reason }
criticality = الخطورة: { $level }

## Vital signs and pregnancy

vital-height = الطول
vital-weight = الوزن
vital-bp = ضغط الدم
vital-heart-rate = النبض
vital-respiratory-rate = معدل التنفس
vital-temperature = درجة الحرارة
vital-spo2 = تشبع الأكسجين
vital-head = محيط الرأس
vital-muac = محيط منتصف الذراع
pregnancy-status = الحالة
expected-delivery = موعد الولادة المتوقع
gestational-weeks = أسابيع الحمل
gravida = عدد مرات الحمل
para = عدد الولادات
mh-outcome = النتيجة
mh-tool = أداة الفحص
mh-referred = الإحالة إلى الدعم
yes = نعم
no = لا

## QR code

qr-caption = امسح للتحقق: هذا الإدخال موقّع من السلطة الصحية التي أصدرته.
qr-issuer = { $issuer }، { $date }

## Last page

verify-title = للعيادات: كيف تتحقق من هذا السجل
verify-steps =
    1. امسح كل رمز QR بأداة تحقق تقرأ رموز ephr.
    2. إذا لم يُقرأ رمز، فصوّر الصفحة وتحقق من الصورة: ephr verify photo.jpg. وإذا تعذّر ذلك أيضًا، فاسأل العيادة التي أصدرت الإدخال.
    3. يتحقق ephr من التوقيع دون اتصال بالإنترنت، بالاستناد إلى قائمة الثقة للسلطات الصحية.
    4. لا يُعتمد إلا على إدخال صالح؛ الجداول المطبوعة تكرر ما هو موقّع.
    5. أضف ما تقوم به كإدخال جديد موقّع؛ لا تكتب على هذا الكتيّب.
privacy-title = معلوماتك الصحية
privacy-text =
    هذا الكتيّب ملكك. فيه معلومات صحية فقط: لا شيء عن وضعك القانوني أو طريق سفرك.
    أنت من يقرر من يطّلع عليه. لا يحق لأحد أن يأخذه منك.
    يستخدمه العاملون الصحيون لرعايتك ولتجنب تكرار اللقاحات والفحوص.

insert-title = نتائج سرية
insert-text = تحتوي هذه الورقة على نتائج صحية اخترت أن تبقيها خاصة. احفظها بعيدًا عن كتيبك ولا تُظهرها إلا لعامل صحي تختاره. كتيبك كامل بدونها ولا يُظهر وجود هذه الورقة.
insert-holds = تحتوي على
insert-footer = سري

## Values

sex-female = أنثى
sex-male = ذكر
sex-other = آخر
sex-unknown = غير معروف
kind-initial_assessment = تقييم أولي
kind-follow_up = متابعة
kind-vaccination = تطعيم
kind-emergency = طوارئ
role-physician = طبيب
role-nurse = ممرض/ة
role-midwife = قابلة
role-psychologist = أخصائي نفسي
role-paramedic = مسعف
role-other = عامل صحي آخر
problem-active = نشطة
problem-inactive = غير نشطة
problem-resolved = زالت
allergy-medication = دواء
allergy-food = طعام
allergy-environment = بيئي
allergy-biologic = بيولوجي
criticality-low = منخفضة
criticality-high = عالية
criticality-unable_to_assess = غير معروفة
medication-active = قيد التناول
medication-completed = اكتمل
medication-stopped = أُوقف
medication-intended = مخطط له
source-documented = موثّق
source-reported = مُبلَّغ عنه
source-given_here = أُعطي هنا
result-positive = إيجابي
result-negative = سلبي
result-indeterminate = غير حاسم
result-not_done = لم يُجرَ
result-normal = طبيعي
result-abnormal = غير طبيعي
pregnancy-pregnant = حامل
pregnancy-not_pregnant = غير حامل
pregnancy-unknown = غير معروف
mh-no_concerns = لا مخاوف
mh-concerns = توجد مخاوف
mh-declined = رُفض
mh-not_done = لم يُجرَ
urgency-routine = روتيني
urgency-soon = قريبًا
urgency-urgent = عاجل
referral-planned = مخطط لها
referral-done = تمت
referral-cancelled = أُلغيت
alert-severe_allergy = حساسية شديدة
alert-infectious = خطر عدوى
alert-critical_medication = دواء ضروري
alert-high_risk_pregnancy = حمل عالي الخطورة
alert-urgent_follow_up = متابعة عاجلة
alert-other = تنبيه

## Text report (ephr verify, ephr decode)

report-patient = المريض
report-born = تاريخ الميلاد: { $date }
report-nationality = الجنسية: { $country }
report-speaks = اللغات: { $languages }
report-encounter = الزيارة
report-mediator = بحضور وسيط/مترجم
report-problems = المشكلات
report-past-problems = مشكلات سابقة
report-medications = الأدوية
report-vaccines = اللقاحات
report-due = مستحقة
report-results = النتائج
report-mental-health = الصحة النفسية
report-no-known-allergies = لا توجد حساسية معروفة
report-no-known-problems = لا توجد مشكلات معروفة
report-no-known-medications = لا توجد أدوية معروفة
report-no-vaccination-records = لا توجد سجلات تطعيم
report-code-unknown = { $code } (رمز غير موجود في جداول ephr)
report-dose-number = الجرعة { $n }
report-due-from = ابتداءً من { $date }
report-height = الطول { $value } سم
report-weight = الوزن { $value } كغ
report-bmi = مؤشر كتلة الجسم { $value }
report-bp = ضغط الدم { $systolic }/{ $diastolic } ملم زئبق
report-heart-rate = النبض { $value }/دقيقة
report-respiratory-rate = التنفس { $value }/دقيقة
report-temperature = الحرارة { $value } °م
report-spo2 = تشبع الأكسجين { $value }٪
report-head = محيط الرأس { $value } سم
report-muac = محيط منتصف الذراع { $value } سم
report-weeks = الأسبوع { $n } من الحمل
report-delivery = موعد الولادة { $date }
report-gravida = عدد مرات الحمل { $n }
report-para = عدد الولادات { $n }
report-referred = تمت الإحالة
report-by = بحلول { $date }
report-valid = صالحة
report-not-valid = غير صالحة
report-revoked = ملغاة
report-unverified = غير متحقق منها
report-unreadable = تتعذّر قراءتها
report-unverified-note = المحتوى معروض من دون التحقق من التوقيع
report-card = البطاقة { $id }
report-issued = { $authority } في { $time }
report-signed-with = التوقيع
report-key = المفتاح { $kid }
report-expires = تنتهي في
report-record-id = رقم السجل
report-follows = يُكمل
report-entry = الإدخال { $id }
report-part = الجزء
report-confidential = سري
report-confidential-note = قيد سري: عرضه الشخص باختياره. لا تنسخ معلوماته حيث يمكن للآخرين رؤيتها.
report-n-of = { $n } من { $total }
report-key-id = معرّف المفتاح
report-card-id = رقم البطاقة
report-issuer-says = الجهة المصدرة المعلنة
report-content = المحتوى
report-undecodable = تعذّر فك الترميز: { $error }
report-facts-below = (بياناته واردة في تاريخ السجل { $record } أدناه)
report-history-one = تاريخ السجل { $record }: إدخال صالح واحد، من { $first } إلى { $last }
report-history = تاريخ السجل { $record } (عدد الإدخالات الصالحة: { $n })، من { $first } إلى { $last }
report-not-used = لم يُستخدم
report-doses-one = جرعة واحدة مسجلة
report-doses = عدد الجرعات المسجلة: { $n }
report-problem = مشكلة
report-warning = تحذير
report-note = ملاحظة
report-checked = تم التحقق في { $time } بقائمة الثقة الإصدار { $version } (موقّعة من المرساة { $anchor }، صدرت في { $issued }، التحديث التالي { $next })
report-findings = ملاحظات حول هذه الإدخالات
report-cards-valid = البطاقات الصالحة: { $valid } من { $total }

## Station (`ephr station`: the clinic's page in a browser)

station-title = محطة ephr في العيادة
# Shown on every screen: what the station keeps.
station-privacy = لا يُحفظ شيء مما تتحقق منه هنا: لا على هذا الحاسوب ولا في أي سجل عمليات. زر «الشخص التالي» يمسح كل شيء، وكذلك عدم استخدام الصفحة لعدد من الدقائق قدره { $minutes }.
station-language = اللغة
station-add-heading = إضافة بطاقة
station-scanner-label = الماسح الضوئي أو النص
# Under the input that a USB or Bluetooth scanner types into.
station-scanner-hint = يكتب ماسح الرموز الشريطية هنا تلقائيًا. يمكنك أيضًا لصق نص البطاقة (PHR1:…).
station-check = تحقق
station-upload-label = صورة أو لقطة شاشة أو ملف PDF للكتيّب أو ملف .phr
station-upload = التحقق من الملف
station-camera = الكاميرا
station-camera-start = تشغيل الكاميرا
station-camera-stop = إيقاف الكاميرا
station-camera-looking = أمسك الرمز مستويًا أمام الكاميرا.
station-camera-found = تم العثور على الرمز.
station-camera-none = لا يمكن استخدام أي كاميرا في هذا المتصفح. استخدم ماسحًا ضوئيًا أو حمّل صورة.
station-next-person = الشخص التالي
station-cleared = تم المسح: لم يبقَ شيء من بيانات الشخص السابق.
station-empty = لا توجد بطاقة بعد. اعرض رمزًا على الكاميرا، أو امسحه ضوئيًا، أو حمّل ملفًا.
# The verdict for everything shown, in large type.
station-all-valid = صالحة
station-some-invalid = غير صالحة
station-check-warnings = صالحة، مع تحذيرات
station-valid-count = البطاقات الصالحة: { $valid } من { $total }
station-added = تمت الإضافة: { $n }
station-duplicate = تم التحقق منها من قبل.
# A button that switches the screen to the person's language so they can read their record.
station-person-language = العرض على الشخص بلغته: { $language }
station-clinic-language = العودة إلى { $language }
station-downloads = الطباعة والتصدير
station-booklet = الكتيّب (PDF)
station-a4 = صفحات A4 (PDF)
station-wallet = بطاقة للمحفظة (PDF)
station-insert = الورقة السرية (PDF)
station-fhir = مستند FHIR لنظام العيادة (JSON)
station-bundle = كل الإدخالات (ملف .phr)
station-cannot-print = لا يمكن طباعة شيء: { $reason }
station-trust = قائمة الثقة
station-trust-status = الإصدار { $version }، موقّعة في { $issued }، التحديث التالي { $next }
station-trust-stale = غير محدّثة: اطلب قائمة الثقة الجديدة من السلطة الصحية التي تتبعها وثبّتها أدناه.
station-trust-demo = مرساة تجريبية (DEMO): البطاقة الصالحة لا تُثبت شيئًا.
station-trust-install = تثبيت تحديث من ملف
station-trust-installed = تم تثبيت قائمة الثقة الإصدار { $version }.
station-trust-unchanged = قائمة الثقة هذه مثبّتة بالفعل.
station-trust-fixed = شُغّلت هذه المحطة بقائمة ثقة ثابتة (--trust)؛ أعد تشغيلها لاستخدام قائمة أخرى.
station-trust-refused = لم يتم التثبيت: { $reason }
station-signin = تسجيل الدخول
station-signin-code = رمز الدخول (المعروض حيث شُغّلت المحطة)
station-signin-wrong = رمز الدخول هذا غير صحيح.
station-signin-passphrase = عبارة المرور الخاصة بك
station-signin-wrong-operator = الاسم وعبارة المرور غير متطابقين.
station-error = تتعذّر القراءة: { $reason }
station-too-large = الملف كبير جدًا (أكثر من { $mb } ميغابايت).
station-too-many = بلغ عدد بطاقات هذا الشخص هنا { $n }. اضغط «الشخص التالي» للبدء من جديد.

## Issuing station (`ephr station --issue`: the assessment form, drafts and the register)

station-issue-link = الإصدار: النماذج والسجل
station-issue-privacy = تُحفظ المسودات في سجل هذا الموقع أثناء الكتابة لمدة { $drafts } يومًا، ولا يراها إلا المشغّل الذي بدأها. تُحفظ الإدخالات الموقّعة { $entries } يومًا لإعادة الطباعة ثم تُحذف.
station-issue-operator = اسمك (يُسجَّل مع كل إدخال توقّعه)
station-issue-follow-button = إضافة متابعة إلى هذا الملف
station-issue-title = الإصدار
station-issue-new-heading = تقييم جديد
station-issue-new = بدء تقييم جديد
station-issue-follow-hint = لإضافة متابعة، تحقّق من بطاقة الشخص في الشاشة الرئيسية (الكاميرا أو الماسح أو ملف)، ثم اضغط «{ $button }».
station-issue-drafts = مسوداتك
station-issue-no-drafts = لا توجد مسودات. يُحفظ هنا كل تغيير في النموذج أثناء الكتابة.
station-issue-no-name = (لا اسم بعد)
station-issue-draft-follow-up = متابعة: { $about }
station-issue-find-heading = البحث عن إدخال صادر
station-issue-find-label = رقم البطاقة (كما هو مطبوع في الكتيّب) أو الاسم
station-issue-find = بحث
station-issue-found-none = لا شيء في السجل يطابق.
station-issue-col-issued = تاريخ الإصدار
station-issue-col-entry = الإدخال
station-issue-col-names = الأسماء
station-issue-col-operator = المشغّل
station-issue-reprint = إعادة الطباعة
station-issue-nav = المسودات والسجل
station-issue-follow-up = إدخال متابعة
station-issue-saved-hint = يُحفظ على هذه المحطة أثناء الكتابة. تظهر كل مشكلة عند حقلها.
station-issue-needs-js = يحتاج نموذج التقييم إلى JavaScript.
station-issue-preview = معاينة الكتيّب (PDF عليه علامة DEMO، غير موقّع)
station-issue-sign = التوقيع والعرض للطباعة
station-issue-discard = حذف هذه المسودة
station-issue-discard-confirm = حذف هذه المسودة؟ لا يمكن استرجاعها.
# The form's words that the booklet does not print: parts of a field's name, buttons, and what
# the size meter says as the health worker types.
form-own-script = بخطّه الأصلي
form-given = الاسم الأول
form-family = اسم العائلة
form-systolic = الانقباضي
form-diastolic = الانبساطي
form-country = البلد
form-onset = البداية
form-note = ملاحظة
form-category = الفئة
form-criticality = الخطورة
form-until = حتى
form-lot = رقم التشغيلة
form-value = القيمة
form-unit = الوحدة
form-urgency = الاستعجال
form-not-given-here = ليس للجرعات المعطاة هنا
form-if-not-visit = إن لم يكن تاريخ الزيارة
form-consent = الموافقة
form-consent-card = وافق الشخص على حمل بطاقة سرية (تُطبع نتائج فيروس نقص المناعة والتهاب الكبد والصحة النفسية والحمل منفصلة)
form-confidential = سرّي
form-by-default = افتراضيًا
form-code-placeholder = اكتب كلمات أو رمزًا
form-remove = إزالة
form-saving = جارٍ الحفظ…
form-signed-out = انتهت الجلسة: سجّل الدخول مجددًا؛ المسودة محفوظة حتى آخر تغيير.
form-not-saved = لم يُحفظ: { $reason }
form-unreachable = لم يُحفظ: لا يمكن الوصول إلى المحطة. أبقِ هذه الصفحة مفتوحة وحاول مجددًا.
form-problems = حُفظ. { $n } مشكلة يجب إصلاحها قبل التوقيع.
form-size = { $chars } حرفًا، رمز QR الإصدار { $version } بالمستوى Q
form-confidential-size = البطاقة السرية: { $chars } حرفًا، الإصدار { $version }.
form-withheld = { $n } عنصرًا سريًا لا يوضع على أي بطاقة (لا موافقة على بطاقة سرية).
form-split = حُفظ. أكبر من رمز واحد: سيُقسَّم على { $n } بطاقات موقّعة ({ $sizes }).
form-fits = حُفظ. يتّسع له رمز واحد: { $sizes }.

## Problems at a field: the rules a record must meet before it is signed (`ephr issue` prints
## them after the field's path, the issuing station under the field)

field-empty = الحقل فارغ؛ اتركه بدلًا من ذلك.
field-spaces = في بداية النص أو نهايته مسافات.
field-too-long = طوله { $n } حرفًا؛ لا يتّسع على البطاقة أكثر من { $max }.
field-control = يحتوي النص على أحرف تحكّم (فواصل أسطر، علامات جدولة).
field-hidden = يحتوي النص على أحرف تنسيق غير مرئية (تغيير الاتجاه، مسافات بلا عرض)؛ اكتب النص ببساطة.
field-date = «{ $value }» ليس تاريخًا بالشكل YYYY-MM-DD (السنوات 1900-2100).
field-partial-date = «{ $value }» ليس تاريخًا بالشكل YYYY أو YYYY-MM أو YYYY-MM-DD.
field-icd10 = «{ $value }» ليس رمز ICD-10 صالحًا (حرف ورقمان، ثم اختياريًا نقطة ورقم أو رقمان، مثل «E11.9»).
field-atc = «{ $value }» ليس رمز ATC صالحًا لمنظمة الصحة العالمية (مثل «A10BA02»).
field-vaccine = «{ $value }» ليس رمز لقاح ATC لمنظمة الصحة العالمية (J07…، مثل «J07BD52» للقاح الحصبة والنكاف والحصبة الألمانية).
field-country = «{ $value }» ليس رمز بلد ISO 3166-1 alpha-2 (مثل «SY»، «GR»).
field-language = «{ $value }» ليس رمز لغة ISO 639 (مثل «ar»، «fa»، «prs»).
field-too-many = فيه { $n } عنصرًا؛ لا يتّسع لأكثر من { $max }.
field-empty-list = القائمة فارغة؛ اكتب «none_known» إن سألت ولا يوجد شيء، أو اترك الحقل.
field-empty-section = القسم فارغ؛ اتركه بدلًا من ذلك.
field-name-empty = لا اسم عائلة ولا اسم أول؛ اتركه بدلًا من ذلك.
field-name-latin-letters = تُستعمل الحروف A-Z فقط (مع المسافات والشرطات والفواصل العليا)، كما في المنطقة المقروءة آليًا من جواز السفر.
field-name-latin-missing = ناقص: الاسم ليس بالحروف اللاتينية، فاكتب نقحرة لاتينية أيضًا (يجب أن يستطيع العاملون الصحيون على طول الطريق قراءته).
field-estimated-no-date = محدّد، لكن لا يوجد تاريخ ميلاد.
field-range = { $value } خارج النطاق المعقول { $min }-{ $max }.
field-tenths = في { $value } أكثر من منزلة عشرية واحدة؛ البطاقة تحفظ الأعشار.
field-diastolic = { $value } ليس أقل من الضغط الانقباضي { $systolic }.
field-dose-number = { $value } ليس رقم جرعة من 1 إلى 10.
field-no-doses = لا جرعات؛ اكتب «no_records»: true إن لم يكن لدى الشخص أي سجل تطعيم.
field-dose-date-required = مطلوب للجرعات الموثّقة والجرعات المعطاة هنا.
field-dose-given-here = التاريخ { $value }، لكن الجرعة المعطاة هنا تحمل تاريخ الزيارة { $date }؛ سجّل الجرعات المعطاة في مكان آخر على أنها «موثّقة».
field-loinc = «{ $value }» ليس رمز LOINC صالحًا (أرقام وشرطة ورقم تحقق، مثل «71773-6»).
field-decimal = «{ $value }» ليس عددًا عشريًا (7 أرقام على الأكثر قبل الفاصلة و4 بعدها).
field-unit-without-value = الوحدة معطاة بلا قيمة.
field-unit = «{ $value }» ليست وحدة UCUM (مثل «g/dL»، «mmol/L»).
field-value-not-done = القيمة معطاة لفحص لم يُجرَ.
field-pregnant-male = «حامل» لكن جنس الشخص «ذكر».
field-weeks = { $value } أكثر من 45 أسبوعًا.
field-not-pregnant = أُعطي تاريخ ولادة أو عمر حمل لكن الحالة ليست «حامل».
field-implausible = { $value } غير معقول.
field-follow-up-before = { $value } قبل زيارة الإدخال الذي يتابعه ({ $date })؛ المتابعة تأتي بعده.
field-reveals-referral = السبب { $code } مشكلة محفوظة سرّية، وهذه الإحالة ستكشفها على البطاقة الأساسية؛ اجعل الإحالة سرّية أيضًا، أو احذف سببها.
field-reveals-alert = تنبيه الحمل عالي الخطورة على البطاقة الأساسية يكشف الحمل المحفوظ سرّيًا؛ اجعل التنبيه سرّيًا أيضًا، أو الحمل غير سرّي.
field-after-issue = تاريخ الزيارة { $encounter }، بعد تاريخ إصدار البطاقة { $issued }؛ البطاقة تسجّل ما حدث.
field-item-too-large = { $item } لا يتّسع له رمز QR واحد ولو على بطاقة وحده؛ اختصر نصّه أو اختر مستوى أدنى لتصحيح الأخطاء.
# What the JSON reader says (its words after the colon are the reader's, in English).
field-missing = حقل مطلوب ناقص: { $field }
field-wrong-type = نوع القيمة غير صحيح: { $found } (المتوقّع: { $expected })
field-wrong-value = قيمة غير صحيحة: { $found } (المتوقّع: { $expected })
# A problem that has no words of its own in the catalogues: shown as ephr wrote it, in English.
field-other = { $problem }
