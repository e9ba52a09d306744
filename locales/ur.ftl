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
station-error = پڑھا نہیں جا سکتا: { $reason }
station-too-large = فائل بہت بڑی ہے ({ $mb } MB سے زیادہ)۔
station-too-many = اس شخص کے یہاں پہلے ہی { $n } کارڈ ہیں۔ دوبارہ شروع کرنے کے لیے «اگلا شخص» دبائیں۔
