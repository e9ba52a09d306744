# ephr booklet and wallet card labels: Urdu.
#
# Format: Project Fluent (https://projectfluent.org/), plain messages only:
#   key = text
# A message may go on over indented lines (each is a new line of text).
# { $name } is filled in by ephr; keep every { $name } of a message when translating.
# Every catalogue must have exactly the keys of this one (a test checks).
# Keep texts short: an A6 page is 105 mm wide and holds two languages.
#
# Status: machine-quality (drafted by ephr's developers on 2026-12-03 from en.ftl; not yet
# reviewed by a native-speaking clinician). See docs/TRANSLATIONS.md.

## Language

# The language's own name, shown in language pickers and on the last page.
language-name = اردو

## Cover

title = ذاتی طبی ریکارڈ
subtitle = طبی معائنے کا خلاصہ۔ اسے سنبھال کر رکھیں اور ہر کلینک پر دکھائیں۔
card-title = طبی ریکارڈ کارڈ
demo-banner = نمونہ (DEMO) — یہ اصل طبی ریکارڈ نہیں ہے
name = نام
name-latin = نام لاطینی (انگریزی) حروف میں
birth-date = تاریخ پیدائش
estimated = اندازاً
sex = جنس
nationality = قومیت
languages = زبانیں
card-id = کارڈ
record-id = ریکارڈ
issued-by = جاری کنندہ
issued-on = تاریخ اجرا
no-name = نام درج نہیں
not-recorded = درج نہیں

## Entry

encounter = معائنہ
encounter-date = تاریخ
encounter-site = مقام
encounter-kind = قسم
encounter-role = معائنہ کرنے والا
mediator = ثقافتی ثالث یا مترجم موجود تھا۔
entry-heading = اندراج { $n } از { $total }
entries = اندراجات
follows = اس اندراج کا تسلسل
follows-entry = نمبر { $n }: کارڈ { $card }، { $date }
follows-elsewhere = ایک پچھلا اندراج جو اس کتابچے میں نہیں ہے
part = حصہ { $n } از { $total }
page-footer = صفحہ { $n } از { $total }
continued = جاری

## Sections

sec-immunizations = حفاظتی ٹیکے
sec-vaccinations-due = باقی حفاظتی ٹیکے
sec-problems = مسائل اور تشخیص
sec-medications = ادویات
sec-allergies = الرجی
sec-results = اسکریننگ اور ٹیسٹ کے نتائج
sec-mental-health = ذہنی صحت کی اسکریننگ
sec-vital-signs = اہم جسمانی علامات
sec-pregnancy = حمل
sec-referrals = ریفرل
sec-alerts = انتباہات
sec-signed = دستخط شدہ اندراج
none-recorded = کچھ درج نہیں
none-known = کچھ معلوم نہیں
no-vaccination-records = اس شخص کا کوئی ویکسینیشن ریکارڈ نہیں ہے۔

## Table columns

col-vaccine = ویکسین
col-date = تاریخ
col-dose = خوراک
col-source = ذریعہ
col-diagnosis = تشخیص
col-status = حالت
col-medicine = دوا
col-dosage = مقدار خوراک
col-substance = مادہ
col-reaction = ردعمل
col-test = ٹیسٹ
col-result = نتیجہ
col-to = کہاں ریفر کیا گیا
col-due = مقررہ وقت
col-alert = انتباہ
col-details = تفصیل
provisional = عارضی
onset = { $date } سے
until = { $date } تک
lot = لاٹ { $lot }
date-unknown = تاریخ معلوم نہیں
reason = وجہ: { $reason }
criticality = خطرہ: { $level }

## Vital signs and pregnancy

vital-height = قد
vital-weight = وزن
vital-bp = بلڈ پریشر
vital-heart-rate = نبض
vital-respiratory-rate = سانس کی رفتار
vital-temperature = جسم کا درجہ حرارت
vital-spo2 = خون میں آکسیجن (SpO2)
vital-head = سر کا گھیر
vital-muac = بازو کا درمیانی گھیر (MUAC)
pregnancy-status = حالت
expected-delivery = زچگی کی متوقع تاریخ
gestational-weeks = حمل کے ہفتے
gravida = حمل کی تعداد
para = زچگیوں کی تعداد
mh-outcome = نتیجہ
mh-tool = اسکریننگ کا طریقہ
mh-referred = مدد کے لیے ریفر کیا گیا
yes = ہاں
no = نہیں

## QR code

qr-caption = جانچ کے لیے اسکین کریں: اس اندراج پر اسے جاری کرنے والے محکمہ صحت کے دستخط ہیں۔
qr-issuer = { $issuer }، { $date }

## Last page

verify-title = کلینکس کے لیے: اس ریکارڈ کی جانچ کیسے کریں
verify-steps =
    1. ہر QR کوڈ کو ایسے تصدیقی ایپ سے اسکین کریں جو ephr کوڈ پڑھتا ہو۔
    2. اگر کوڈ اسکین نہ ہو تو صفحے کی تصویر لیں اور تصویر کی جانچ کریں: ephr verify photo.jpg۔ اگر یہ بھی ناکام ہو تو اندراج جاری کرنے والے کلینک سے پوچھیں۔
    3. ephr انٹرنیٹ کے بغیر دستخط کو محکمہ صحت کے اداروں کی معتبر فہرست کے مطابق جانچتا ہے۔
    4. صرف درست اندراج پر بھروسا کیا جا سکتا ہے؛ چھپی ہوئی جدولیں وہی دہراتی ہیں جو دستخط شدہ ہے۔
    5. آپ جو کریں اسے نئے دستخط شدہ اندراج کے طور پر شامل کریں؛ اس کتابچے پر کچھ نہ لکھیں۔
privacy-title = آپ کی صحت کی معلومات
privacy-text =
    یہ کتابچہ آپ کا ہے۔ اس میں صرف صحت کی معلومات ہیں: نہ قانونی حیثیت، نہ سفر کا راستہ۔
    آپ فیصلہ کرتے ہیں کہ اسے کون دیکھے۔ کوئی اسے آپ سے نہیں لے سکتا۔
    طبی عملہ اسے آپ کے علاج کے لیے اور ٹیکے اور ٹیسٹ دوبارہ نہ کرنے کے لیے استعمال کرتا ہے۔

insert-title = خفیہ نتائج
insert-text = اس ضمیمے میں صحت کے وہ نتائج ہیں جنہیں آپ نے نجی رکھنا چاہا۔ اسے اپنے کتابچے سے الگ رکھیں اور صرف اپنی پسند کے طبی کارکن کو دکھائیں۔ آپ کا کتابچہ اس کے بغیر بھی مکمل ہے اور یہ ظاہر نہیں کرتا کہ یہ ضمیمہ موجود ہے۔
insert-holds = اس میں شامل ہے
insert-footer = خفیہ

## Values

sex-female = خاتون
sex-male = مرد
sex-other = دیگر
sex-unknown = نامعلوم
kind-initial_assessment = ابتدائی معائنہ
kind-follow_up = فالو اپ
kind-vaccination = ویکسینیشن
kind-emergency = ایمرجنسی
role-physician = ڈاکٹر
role-nurse = نرس
role-midwife = مڈوائف
role-psychologist = ماہر نفسیات
role-paramedic = پیرامیڈک
role-other = دیگر طبی کارکن
problem-active = موجود
problem-inactive = غیر فعال
problem-resolved = ٹھیک ہو گیا
allergy-medication = دوا
allergy-food = غذا
allergy-environment = ماحول
allergy-biologic = حیاتیاتی
criticality-low = کم
criticality-high = زیادہ
criticality-unable_to_assess = نامعلوم
medication-active = استعمال جاری
medication-completed = مکمل
medication-stopped = بند کر دی گئی
medication-intended = تجویز شدہ، ابھی شروع نہیں
source-documented = دستاویزی
source-reported = زبانی بتایا گیا
source-given_here = یہاں دیا گیا
result-positive = مثبت
result-negative = منفی
result-indeterminate = غیر واضح
result-not_done = نہیں کیا گیا
result-normal = نارمل
result-abnormal = غیر نارمل
pregnancy-pregnant = حاملہ
pregnancy-not_pregnant = حاملہ نہیں
pregnancy-unknown = نامعلوم
mh-no_concerns = کوئی تشویش نہیں
mh-concerns = تشویش ہے
mh-declined = انکار کیا
mh-not_done = نہیں کیا گیا
urgency-routine = معمول کے مطابق
urgency-soon = جلد
urgency-urgent = فوری
referral-planned = طے شدہ
referral-done = ہو گیا
referral-cancelled = منسوخ
alert-severe_allergy = شدید الرجی
alert-infectious = انفیکشن کا خطرہ
alert-critical_medication = نہایت ضروری دوا
alert-high_risk_pregnancy = زیادہ خطرے والا حمل
alert-urgent_follow_up = فوری فالو اپ
alert-other = انتباہ

## Text report (ephr verify, ephr decode)

report-patient = مریض
report-born = پیدائش { $date }
report-nationality = قومیت { $country }
report-speaks = زبانیں: { $languages }
report-encounter = معائنہ
report-mediator = ثالث/مترجم موجود
report-problems = مسائل
report-past-problems = پرانے مسائل
report-medications = ادویات
report-vaccines = ٹیکے
report-due = باقی
report-results = نتائج
report-mental-health = ذہنی صحت
report-no-known-allergies = کوئی معلوم الرجی نہیں
report-no-known-problems = کوئی معلوم مسئلہ نہیں
report-no-known-medications = کوئی معلوم دوا نہیں
report-no-vaccination-records = ویکسینیشن کا کوئی ریکارڈ نہیں
report-code-unknown = { $code } (یہ کوڈ ephr کی جدولوں میں نہیں)
report-dose-number = خوراک { $n }
report-due-from = { $date } سے
report-height = قد { $value } سینٹی میٹر
report-weight = وزن { $value } کلوگرام
report-bmi = BMI { $value }
report-bp = بلڈ پریشر { $systolic }/{ $diastolic } mmHg
report-heart-rate = نبض { $value } فی منٹ
report-respiratory-rate = سانس { $value } فی منٹ
report-temperature = درجہ حرارت { $value } °C
report-spo2 = SpO2 { $value }٪
report-head = سر کا گھیر { $value } سینٹی میٹر
report-muac = MUAC { $value } سینٹی میٹر
report-weeks = { $n } ہفتے
report-delivery = متوقع زچگی { $date }
report-gravida = حمل { $n }
report-para = زچگیاں { $n }
report-referred = ریفر کیا گیا
report-by = { $date } تک
report-valid = درست
report-not-valid = نادرست
report-revoked = منسوخ شدہ
report-unverified = غیر تصدیق شدہ
report-unreadable = پڑھا نہیں جا سکتا
report-unverified-note = مواد دستخط کی جانچ کے بغیر دکھایا گیا ہے
report-card = کارڈ { $id }
report-issued = { $authority }، { $time }
report-signed-with = دستخط
report-key = کلید { $kid }
report-expires = میعاد
report-record-id = ریکارڈ نمبر
report-follows = تسلسل
report-entry = اندراج { $id }
report-part = حصہ
report-confidential = خفیہ
report-confidential-note = خفیہ اندراج: یہ شخص کی مرضی سے دکھایا گیا ہے۔ اس کی معلومات ایسی جگہ نقل نہ کریں جہاں دوسرے دیکھ سکیں۔
report-n-of = { $n } از { $total }
report-key-id = کلید کی شناخت
report-card-id = کارڈ نمبر
report-issuer-says = بیان کردہ جاری کنندہ
report-content = مواد
report-undecodable = ڈی کوڈ نہیں ہو سکا: { $error }
report-facts-below = (اس کی معلومات نیچے ریکارڈ { $record } کے تاریخچے میں ہیں)
report-history-one = ریکارڈ { $record } کا تاریخچہ: 1 درست اندراج، { $first } سے { $last } تک
report-history = ریکارڈ { $record } کا تاریخچہ: { $n } درست اندراجات، { $first } سے { $last } تک
report-not-used = استعمال نہیں ہوا
report-doses-one = 1 خوراک درج
report-doses = { $n } خوراکیں درج
report-problem = مسئلہ
report-warning = انتباہ
report-note = نوٹ
report-checked = جانچ کا وقت { $time }، معتبر فہرست ورژن { $version } (اینکر { $anchor } کے دستخط، اجرا { $issued }، اگلی تازہ کاری { $next })
report-findings = ان اندراجات کے بارے میں مشاہدات
report-cards-valid = درست کارڈ: { $total } میں سے { $valid }

## Station (`ephr station`: the clinic's page in a browser)

station-title = ephr کلینک اسٹیشن
# Shown on every screen: what the station keeps.
station-privacy = یہاں جانچی گئی کوئی چیز محفوظ نہیں ہوتی: نہ اس کمپیوٹر پر، نہ کسی لاگ میں۔ «اگلا شخص» سب کچھ مٹا دیتا ہے، اور { $minutes } منٹ تک استعمال نہ ہونے پر بھی سب مٹ جاتا ہے۔
station-language = زبان
station-add-heading = کارڈ شامل کریں
station-scanner-label = اسکینر یا متن
# Under the input that a USB or Bluetooth scanner types into.
station-scanner-hint = بارکوڈ اسکینر خود یہاں لکھتا ہے۔ آپ کسی کارڈ کا متن بھی یہاں پیسٹ کر سکتے ہیں (PHR1:…)۔
station-check = جانچیں
station-upload-label = تصویر، اسکرین شاٹ، کتابچے کی PDF یا .phr فائل
station-upload = فائل جانچیں
station-camera = کیمرا
station-camera-start = کیمرا چلائیں
station-camera-stop = کیمرا بند کریں
station-camera-looking = کوڈ کو کیمرے کے سامنے سیدھا رکھیں۔
station-camera-found = کوڈ مل گیا۔
station-camera-none = اس براؤزر میں کوئی کیمرا استعمال نہیں ہو سکتا۔ اسکینر استعمال کریں یا تصویر اپ لوڈ کریں۔
station-next-person = اگلا شخص
station-cleared = صاف ہو گیا: پچھلے شخص کا کچھ باقی نہیں رہا۔
station-empty = ابھی کوئی کارڈ نہیں۔ کیمرے کو کوڈ دکھائیں، اسکین کریں یا فائل اپ لوڈ کریں۔
# The verdict for everything shown, in large type.
station-all-valid = درست
station-some-invalid = نادرست
station-check-warnings = درست، انتباہات کے ساتھ
station-valid-count = درست کارڈ: { $total } میں سے { $valid }
station-added = شامل کیا گیا: { $n }
station-duplicate = پہلے ہی جانچا جا چکا ہے۔
# A button that switches the screen to the person's language so they can read their record.
station-person-language = شخص کو { $language } میں دکھائیں
station-clinic-language = { $language } پر واپس جائیں
station-downloads = پرنٹ اور ایکسپورٹ
station-booklet = کتابچہ (PDF)
station-a4 = A4 صفحات (PDF)
station-wallet = بٹوے کا کارڈ (PDF)
station-insert = خفیہ ضمیمہ (PDF)
station-fhir = کلینک کے نظام کے لیے FHIR دستاویز (JSON)
station-bundle = تمام اندراجات (.phr فائل)
station-cannot-print = کچھ پرنٹ نہیں ہو سکتا: { $reason }
station-trust = معتبر فہرست
station-trust-status = ورژن { $version }، دستخط { $issued }، اگلی تازہ کاری { $next }
station-trust-stale = پرانی ہو چکی: اپنے محکمہ صحت سے نئی معتبر فہرست مانگیں اور نیچے انسٹال کریں۔
station-trust-demo = DEMO اینکر: درست کارڈ کچھ ثابت نہیں کرتا۔
station-trust-install = فائل سے اپ ڈیٹ انسٹال کریں
station-trust-installed = معتبر فہرست ورژن { $version } انسٹال ہو گئی۔
station-trust-unchanged = یہ معتبر فہرست پہلے سے انسٹال ہے۔
station-trust-fixed = یہ اسٹیشن ایک مقررہ معتبر فہرست (--trust) کے ساتھ شروع کیا گیا؛ دوسری فہرست کے لیے اسے دوبارہ شروع کریں۔
station-trust-refused = انسٹال نہیں ہوا: { $reason }
station-signin = سائن ان
station-signin-code = رسائی کوڈ (جہاں اسٹیشن شروع کیا گیا وہاں دکھایا گیا)
station-signin-wrong = یہ رسائی کوڈ درست نہیں۔
station-signin-passphrase = آپ کا پاس فریز
station-signin-wrong-operator = یہ نام اور پاس فریز آپس میں مطابقت نہیں رکھتے۔
station-error = پڑھا نہیں جا سکتا: { $reason }
station-too-large = فائل بہت بڑی ہے ({ $mb } MB سے زیادہ)۔
station-too-many = اس شخص کے یہاں پہلے ہی { $n } کارڈ ہیں۔ دوبارہ شروع کرنے کے لیے «اگلا شخص» دبائیں۔

## Issuing station (`ephr station --issue`: the assessment form, drafts and the register)

station-issue-link = جاری کرنا: فارم اور رجسٹر
station-issue-privacy = مسودے لکھتے وقت اس مرکز کے رجسٹر میں { $drafts } دن کے لیے محفوظ ہوتے ہیں، اور صرف وہی آپریٹر دیکھ سکتا ہے جس نے انہیں شروع کیا۔ دستخط شدہ اندراجات دوبارہ چھاپنے کے لیے { $entries } دن رکھے جاتے ہیں، پھر حذف کر دیے جاتے ہیں۔
station-issue-operator = آپ کا نام (آپ کے ہر دستخط شدہ اندراج کے ساتھ درج ہوتا ہے)
station-issue-follow-button = اس ریکارڈ میں فالو اپ شامل کریں
station-issue-title = جاری کرنا
station-issue-new-heading = نیا معائنہ
station-issue-new = نیا معائنہ شروع کریں
station-issue-follow-hint = فالو اپ شامل کرنے کے لیے مرکزی اسکرین پر فرد کا کارڈ جانچیں (کیمرا، اسکینر یا فائل)، پھر «{ $button }» دبائیں۔
station-issue-drafts = آپ کے مسودے
station-issue-no-drafts = کوئی مسودہ نہیں۔ فارم کی ہر تبدیلی لکھتے وقت یہاں محفوظ ہوتی ہے۔
station-issue-no-name = (ابھی کوئی نام نہیں)
station-issue-draft-follow-up = فالو اپ: { $about }
station-issue-find-heading = جاری شدہ اندراج تلاش کریں
station-issue-find-label = کارڈ نمبر (جیسا کتابچے پر چھپا ہے) یا نام
station-issue-find = تلاش
station-issue-found-none = رجسٹر میں کچھ مطابقت نہیں رکھتا۔
station-issue-col-issued = جاری شدہ
station-issue-col-entry = اندراج
station-issue-col-names = نام
station-issue-col-operator = آپریٹر
station-issue-reprint = دوبارہ چھاپیں
station-issue-nav = مسودے اور رجسٹر
station-issue-follow-up = فالو اپ اندراج
station-issue-saved-hint = لکھتے وقت اس اسٹیشن پر محفوظ ہوتا ہے۔ ہر مسئلہ اپنے خانے کے پاس دکھایا جاتا ہے۔
station-issue-needs-js = معائنے کے فارم کو JavaScript درکار ہے۔
station-issue-preview = کتابچے کا پیش منظر (DEMO نشان والا PDF، غیر دستخط شدہ)
station-issue-sign = دستخط کریں اور چھاپنے کے لیے دکھائیں
station-issue-discard = یہ مسودہ ترک کریں
station-issue-discard-confirm = یہ مسودہ ترک کریں؟ یہ واپس نہیں لایا جا سکتا۔
# The form's words that the booklet does not print: parts of a field's name, buttons, and what
# the size meter says as the health worker types.
form-own-script = اپنی تحریر میں
form-given = پہلا نام
form-family = خاندانی نام
form-systolic = سسٹولک
form-diastolic = ڈائسٹولک
form-country = ملک
form-onset = آغاز
form-note = نوٹ
form-category = قسم
form-criticality = خطرے کی سطح
form-until = تک
form-lot = لاٹ
form-value = قدر
form-unit = اکائی
form-urgency = فوریت
form-not-given-here = یہاں دی گئی خوراکوں کے لیے نہیں
form-if-not-visit = اگر معائنے کی تاریخ نہیں
form-consent = رضامندی
form-consent-card = فرد نے خفیہ کارڈ رکھنے پر رضامندی دی (ایچ آئی وی، ہیپاٹائٹس، ذہنی صحت اور حمل کے نتائج الگ چھپتے ہیں)
form-confidential = خفیہ
form-by-default = طے شدہ
form-code-placeholder = الفاظ یا کوڈ لکھیں
form-remove = ہٹائیں
form-saving = محفوظ ہو رہا ہے…
form-signed-out = آپ سائن آؤٹ ہو گئے: دوبارہ سائن ان کریں؛ مسودہ آخری تبدیلی تک محفوظ ہے۔
form-not-saved = محفوظ نہیں ہوا: { $reason }
form-unreachable = محفوظ نہیں ہوا: اسٹیشن تک رسائی نہیں۔ یہ صفحہ کھلا رکھیں اور دوبارہ کوشش کریں۔
form-problems = محفوظ ہو گیا۔ دستخط سے پہلے { $n } مسائل درست کرنے ہیں۔
form-size = { $chars } حروف، QR ورژن { $version } سطح Q پر
form-confidential-size = خفیہ کارڈ: { $chars } حروف، ورژن { $version }۔
form-withheld = { $n } خفیہ اشیاء کسی کارڈ پر نہیں جاتیں (خفیہ کارڈ کی رضامندی نہیں)۔
form-split = محفوظ ہو گیا۔ ایک کوڈ کے لیے بہت بڑا: اسے { $n } دستخط شدہ کارڈوں میں تقسیم کیا جائے گا ({ $sizes })۔
form-fits = محفوظ ہو گیا۔ ایک کوڈ میں سما جاتا ہے: { $sizes }۔

## Problems at a field: the rules a record must meet before it is signed (`ephr issue` prints
## them after the field's path, the issuing station under the field)

field-empty = خالی ہے؛ اس کے بجائے خانہ چھوڑ دیں۔
field-spaces = شروع یا آخر میں خالی جگہیں ہیں۔
field-too-long = { $n } حروف لمبا ہے؛ کارڈ پر زیادہ سے زیادہ { $max } آتے ہیں۔
field-control = کنٹرول حروف ہیں (سطر کا اختتام، ٹیب)۔
field-hidden = نظر نہ آنے والے فارمیٹنگ حروف ہیں (سمت کی تبدیلی، صفر چوڑائی کی جگہ)؛ متن سادہ لکھیں۔
field-date = «{ $value }» YYYY-MM-DD کی شکل میں تاریخ نہیں (سال 1900-2100)۔
field-partial-date = «{ $value }» YYYY، YYYY-MM یا YYYY-MM-DD کی شکل میں تاریخ نہیں۔
field-icd10 = «{ $value }» درست ICD-10 کوڈ نہیں (ایک حرف، دو ہندسے، پھر چاہیں تو ایک نقطہ اور ایک یا دو ہندسے، مثلاً «E11.9»)۔
field-atc = «{ $value }» عالمی ادارۂ صحت کا درست ATC کوڈ نہیں (مثلاً «A10BA02»)۔
field-vaccine = «{ $value }» عالمی ادارۂ صحت کا ویکسین ATC کوڈ نہیں (J07…، مثلاً MMR کے لیے «J07BD52»)۔
field-country = «{ $value }» ISO 3166-1 alpha-2 ملک کوڈ نہیں (مثلاً «SY»، «GR»)۔
field-language = «{ $value }» ISO 639 زبان کوڈ نہیں (مثلاً «ar»، «fa»، «prs»)۔
field-too-many = { $n } اشیاء ہیں؛ زیادہ سے زیادہ { $max } آتی ہیں۔
field-empty-list = فہرست خالی ہے؛ اگر پوچھا اور کچھ نہیں تو «none_known» لکھیں، یا خانہ چھوڑ دیں۔
field-empty-section = خالی ہے؛ اس کے بجائے اسے چھوڑ دیں۔
field-name-empty = نہ خاندانی نام ہے نہ پہلا نام؛ اس کے بجائے اسے چھوڑ دیں۔
field-name-latin-letters = صرف حروف A-Z (خالی جگہ، ہائفن اور اپوسٹروف کے ساتھ)، جیسے پاسپورٹ کے مشین سے پڑھے جانے والے حصے میں۔
field-name-latin-missing = موجود نہیں: نام لاطینی حروف میں نہیں، اس لیے لاطینی املا بھی دیں (راستے کے طبی عملے کو اسے پڑھ سکنا چاہیے)۔
field-estimated-no-date = منتخب ہے، لیکن تاریخ پیدائش نہیں۔
field-range = { $value } قابل قبول حد { $min }-{ $max } سے باہر ہے۔
field-tenths = { $value } میں ایک سے زیادہ اعشاریہ ہے؛ کارڈ دسواں حصہ رکھتا ہے۔
field-diastolic = { $value } سسٹولک دباؤ { $systolic } سے کم نہیں۔
field-dose-number = { $value } 1 سے 10 تک خوراک نمبر نہیں۔
field-no-doses = کوئی خوراک نہیں؛ اگر فرد کے پاس حفاظتی ٹیکوں کا کوئی ریکارڈ نہیں تو «no_records»: true لکھیں۔
field-dose-date-required = دستاویزی خوراکوں اور یہاں دی گئی خوراکوں کے لیے ضروری ہے۔
field-dose-given-here = تاریخ { $value } ہے، لیکن یہاں دی گئی خوراک پر معائنے کی تاریخ { $date } ہوتی ہے؛ کہیں اور دی گئی خوراکیں «دستاویزی» درج کریں۔
field-loinc = «{ $value }» درست LOINC کوڈ نہیں (ہندسے، ہائفن، جانچ کا ہندسہ، مثلاً «71773-6»)۔
field-decimal = «{ $value }» اعشاری عدد نہیں (نقطے سے پہلے زیادہ سے زیادہ 7 اور بعد میں 4 ہندسے)۔
field-unit-without-value = قدر کے بغیر دی گئی ہے۔
field-unit = «{ $value }» UCUM اکائی نہیں (مثلاً «g/dL»، «mmol/L»)۔
field-value-not-done = ایسے ٹیسٹ کے لیے دی گئی ہے جو نہیں ہوا۔
field-pregnant-male = «حاملہ» ہے لیکن فرد کی جنس «مرد» ہے۔
field-weeks = { $value } 45 ہفتوں سے زیادہ ہے۔
field-not-pregnant = زچگی کی تاریخ یا حمل کی عمر دی گئی ہے لیکن حالت «حاملہ» نہیں۔
field-implausible = { $value } قابل قبول نہیں۔
field-follow-up-before = { $value } اس اندراج کے معائنے ({ $date }) سے پہلے ہے جس کا یہ فالو اپ ہے؛ فالو اپ بعد میں آتا ہے۔
field-reveals-referral = وجہ { $code } ایک خفیہ مسئلہ ہے، اس لیے یہ ریفرل اسے مرکزی کارڈ پر ظاہر کر دے گا؛ ریفرل کو بھی خفیہ کریں، یا اس کی وجہ ہٹا دیں۔
field-reveals-alert = مرکزی کارڈ پر زیادہ خطرے والے حمل کا انتباہ خفیہ حمل کو ظاہر کرتا ہے؛ انتباہ کو بھی خفیہ کریں، یا حمل کو غیر خفیہ۔
field-after-issue = معائنے کی تاریخ { $encounter } ہے، کارڈ جاری ہونے کی تاریخ { $issued } کے بعد؛ کارڈ وہی درج کرتا ہے جو ہو چکا ہو۔
field-item-too-large = { $item } اپنے الگ کارڈ پر بھی ایک QR کوڈ میں نہیں آتا؛ متن مختصر کریں یا غلطی کی درستی کی کم سطح چنیں۔
# What the JSON reader says (its words after the colon are the reader's, in English).
field-missing = لازمی خانہ موجود نہیں: { $field }
field-wrong-type = قدر کی غلط قسم: { $found } (متوقع: { $expected })
field-wrong-value = غلط قدر: { $found } (متوقع: { $expected })
# A problem that has no words of its own in the catalogues: shown as ephr wrote it, in English.
field-other = { $problem }
