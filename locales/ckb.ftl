# ephr booklet and wallet card labels: Sorani Kurdish (Central Kurdish, Arabic script).
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
language-name = کوردی (سۆرانی)

## Cover

title = تۆماری تەندروستیی کەسی
subtitle = پوختەی هەڵسەنگاندنێکی تەندروستی. بە باشی بیپارێزن و لە هەموو کلینیکێک نیشانی بدەن.
card-title = کارتی تۆماری تەندروستی
demo-banner = نموونە (DEMO) — تۆمارێکی تەندروستیی ڕاستەقینە نییە
name = ناو
name-latin = ناو بە پیتی لاتینی
birth-date = ڕێکەوتی لەدایکبوون
estimated = خەمڵێنراو
sex = ڕەگەز
nationality = ڕەگەزنامە
languages = زمانەکان
card-id = کارت
record-id = دۆسیە
issued-by = دەرکەر
issued-on = ڕێکەوتی دەرکردن
no-name = هیچ ناوێک تۆمار نەکراوە
not-recorded = تۆمار نەکراوە

## Entry

encounter = هەڵسەنگاندن
encounter-date = ڕێکەوت
encounter-site = شوێن
encounter-kind = جۆر
encounter-role = پشکنەر
mediator = ناوبژیوانێکی کولتووری یان وەرگێڕێک ئامادە بوو.
entry-heading = تۆماری { $n } لە { $total }
entries = تۆمارەکان
follows = تەواوکەری تۆماری
follows-entry = ژمارە { $n }: کارت { $card }، { $date }
follows-elsewhere = تۆمارێکی پێشوو کە لەم نامیلکەیەدا نییە
part = بەشی { $n } لە { $total }
page-footer = لاپەڕەی { $n } لە { $total }
continued = بەردەوامە

## Sections

sec-immunizations = کوتان (ڤاکسین)
sec-vaccinations-due = ڤاکسینە پێویستەکان
sec-problems = کێشە و دەستنیشانکردنەکان
sec-medications = دەرمانەکان
sec-allergies = هەستیاری
sec-results = پشکنین و ئەنجامی تاقیکردنەوەکان
sec-mental-health = پشکنینی تەندروستیی دەروونی
sec-vital-signs = نیشانە ژیانییەکان
sec-pregnancy = دووگیانی
sec-referrals = ڕەوانەکردن
sec-alerts = ئاگادارکردنەوەکان
sec-signed = تۆماری واژۆکراو
none-recorded = هیچ تۆمار نەکراوە
none-known = هیچ نەزانراوە
no-vaccination-records = ئەم کەسە هیچ تۆمارێکی ڤاکسینی نییە.

## Table columns

col-vaccine = ڤاکسین
col-date = ڕێکەوت
col-dose = دۆز
col-source = سەرچاوە
col-diagnosis = دەستنیشانکردن
col-status = دۆخ
col-medicine = دەرمان
col-dosage = بڕی دەرمان
col-substance = ماددە
col-reaction = کاردانەوە
col-test = تاقیکردنەوە
col-result = ئەنجام
col-to = ڕەوانەکراو بۆ
col-due = کاتی دیاریکراو
col-alert = ئاگاداری
col-details = وردەکاری
provisional = کاتی
onset = لە { $date } بەدواوە
until = تا { $date }
lot = لۆت { $lot }
date-unknown = ڕێکەوت نەزانراوە
reason = هۆکار: { $reason }
criticality = مەترسی: { $level }

## Vital signs and pregnancy

vital-height = باڵا
vital-weight = کێش
vital-bp = پەستانی خوێن
vital-heart-rate = لێدانی دڵ
vital-respiratory-rate = ڕێژەی هەناسەدان
vital-temperature = پلەی گەرمیی لەش
vital-spo2 = ئۆکسجینی خوێن (SpO2)
vital-head = چێوەی سەر
vital-muac = چێوەی ناوەڕاستی باسک (MUAC)
pregnancy-status = دۆخ
expected-delivery = ڕێکەوتی پێشبینیکراوی منداڵبوون
gestational-weeks = هەفتەکانی دووگیانی
gravida = ژمارەی دووگیانییەکان
para = ژمارەی منداڵبوونەکان
mh-outcome = ئەنجام
mh-tool = ئامرازی پشکنین
mh-referred = ڕەوانەکراو بۆ پشتگیری
yes = بەڵێ
no = نەخێر

## QR code

qr-caption = بۆ پشکنین سکانی بکەن: ئەم تۆمارە لەلایەن ئەو دەسەڵاتە تەندروستییەوە واژۆ کراوە کە دەری کردووە.
qr-issuer = { $issuer }، { $date }

## Last page

verify-title = بۆ کلینیکەکان: چۆن ئەم دۆسیەیە بپشکنن
verify-steps =
    1. هەر کۆدێکی QR بە ئامرازێکی پشکنین سکان بکەن کە کۆدەکانی ephr دەخوێنێتەوە.
    2. ئەگەر کۆدێک سکان نەبوو، وێنەی لاپەڕەکە بگرن و وێنەکە بپشکنن: ephr verify photo.jpg. ئەگەر ئەوەش سەری نەگرت، لەو کلینیکە بپرسن کە تۆمارەکەی دەرکردووە.
    3. ephr واژۆکە بەبێ ئینتەرنێت بەپێی لیستی متمانەی دەسەڵاتە تەندروستییەکان دەپشکنێت.
    4. تەنها تۆمارێکی دروست جێی متمانەیە؛ خشتە چاپکراوەکان هەمان ناوەڕۆکی واژۆکراو دووبارە دەکەنەوە.
    5. ئەوەی دەیکەن وەک تۆمارێکی نوێی واژۆکراو زیاد بکەن؛ لەسەر ئەم نامیلکەیە مەنووسن.
privacy-title = زانیارییە تەندروستییەکانتان
privacy-text =
    ئەم نامیلکەیە هی ئێوەیە. تەنها زانیاریی تەندروستیی تێدایە: نە دۆخی یاسایی و نە ڕێگای گەشت.
    ئێوە بڕیار دەدەن کێ بیبینێت. کەس بۆی نییە لێتانی بسەنێت.
    کارمەندانی تەندروستی بەکاری دەهێنن بۆ چاودێریکردنتان و بۆ ئەوەی ڤاکسین و تاقیکردنەوەکان دووبارە نەکەنەوە.

insert-title = ئەنجامە نهێنییەکان
insert-text = ئەم پەڕە پاشکۆیە ئەو ئەنجامە تەندروستییانەی تێدایە کە ویستتان نهێنی بمێننەوە. جیا لە نامیلکەکەتان بیپارێزن و تەنها نیشانی ئەو کارمەندە تەندروستییەی بدەن کە خۆتان هەڵیدەبژێرن. نامیلکەکەتان بەبێ ئەم پەڕەیە تەواوە و دەری ناخات کە ئەم پەڕەیە هەیە.
insert-holds = ئەمانەی تێدایە
insert-footer = نهێنی

## Values

sex-female = مێ
sex-male = نێر
sex-other = تر
sex-unknown = نەزانراو
kind-initial_assessment = هەڵسەنگاندنی سەرەتایی
kind-follow_up = بەدواداچوون
kind-vaccination = ڤاکسینکردن
kind-emergency = فریاگوزاری
role-physician = پزیشک
role-nurse = پەرستار
role-midwife = مامان
role-psychologist = دەروونناس
role-paramedic = پارامێدیک
role-other = کارمەندێکی تری تەندروستی
problem-active = چالاک
problem-inactive = ناچالاک
problem-resolved = چارەسەرکراو
allergy-medication = دەرمان
allergy-food = خۆراک
allergy-environment = ژینگە
allergy-biologic = بایۆلۆجی
criticality-low = نزم
criticality-high = بەرز
criticality-unable_to_assess = نەزانراو
medication-active = بەکاردەهێنرێت
medication-completed = تەواوبوو
medication-stopped = ڕاگیرا
medication-intended = پلانی بۆ دانراوە
source-documented = بەڵگەدار
source-reported = بە گوتەی کەسەکە
source-given_here = لێرە دراوە
result-positive = پۆزەتیڤ
result-negative = نێگەتیڤ
result-indeterminate = ناڕوون
result-not_done = نەکراوە
result-normal = ئاسایی
result-abnormal = نائاسایی
pregnancy-pregnant = دووگیان
pregnancy-not_pregnant = دووگیان نییە
pregnancy-unknown = نەزانراو
mh-no_concerns = هیچ نیگەرانییەک نییە
mh-concerns = نیگەرانی هەیە
mh-declined = ڕەتیکردەوە
mh-not_done = نەکراوە
urgency-routine = ئاسایی
urgency-soon = بەم زووانە
urgency-urgent = بەپەلە
referral-planned = پلانی بۆ دانراوە
referral-done = ئەنجامدرا
referral-cancelled = هەڵوەشایەوە
alert-severe_allergy = هەستیاریی توند
alert-infectious = مەترسیی گواستنەوەی نەخۆشی
alert-critical_medication = دەرمانی زۆر گرنگ
alert-high_risk_pregnancy = دووگیانیی مەترسیدار
alert-urgent_follow_up = بەدواداچوونی بەپەلە
alert-other = ئاگاداری

## Text report (ephr verify, ephr decode)

report-patient = نەخۆش
report-born = لەدایکبوون { $date }
report-nationality = ڕەگەزنامە { $country }
report-speaks = زمانەکان: { $languages }
report-encounter = سەردان
report-mediator = ناوبژیوان/وەرگێڕ ئامادە بوو
report-problems = کێشەکان
report-past-problems = کێشە پێشووەکان
report-medications = دەرمانەکان
report-vaccines = ڤاکسینەکان
report-due = پێویست
report-results = ئەنجامەکان
report-mental-health = تەندروستیی دەروونی
report-no-known-allergies = هیچ هەستیارییەکی زانراو نییە
report-no-known-problems = هیچ کێشەیەکی زانراو نییە
report-no-known-medications = هیچ دەرمانێکی زانراو نییە
report-no-vaccination-records = هیچ تۆمارێکی ڤاکسین نییە
report-code-unknown = { $code } (ئەم کۆدە لە خشتەکانی ephr دا نییە)
report-dose-number = دۆزی { $n }
report-due-from = لە { $date } بەدواوە
report-height = باڵا { $value } سم
report-weight = کێش { $value } کگم
report-bmi = BMI { $value }
report-bp = پەستانی خوێن { $systolic }/{ $diastolic } mmHg
report-heart-rate = لێدانی دڵ { $value } لە خولەکێکدا
report-respiratory-rate = هەناسە { $value } لە خولەکێکدا
report-temperature = پلەی گەرمی { $value } °C
report-spo2 = SpO2 { $value }٪
report-head = چێوەی سەر { $value } سم
report-muac = MUAC { $value } سم
report-weeks = { $n } هەفتە
report-delivery = منداڵبوون { $date }
report-gravida = دووگیانی { $n }
report-para = منداڵبوون { $n }
report-referred = ڕەوانەکرا
report-by = تا { $date }
report-valid = دروستە
report-not-valid = نادروستە
report-revoked = هەڵوەشێنراوەتەوە
report-unverified = نەپشکنراوە
report-unreadable = ناخوێندرێتەوە
report-unverified-note = ناوەڕۆک بەبێ پشکنینی واژۆ نیشان دراوە
report-card = کارتی { $id }
report-issued = { $authority }، { $time }
report-signed-with = واژۆ بە
report-key = کلیلی { $kid }
report-expires = بەسەرچوون
report-record-id = ژمارەی دۆسیە
report-follows = تەواوکەری
report-entry = تۆماری { $id }
report-part = بەش
report-confidential = نهێنی
report-confidential-note = تۆماری نهێنی: بە ویستی کەسەکە نیشان دراوە. زانیارییەکانی مەگوازنەوە بۆ شوێنێک کە کەسانی تر بیبینن.
report-n-of = { $n } لە { $total }
report-key-id = ناسنامەی کلیل
report-card-id = ژمارەی کارت
report-issuer-says = دەرکەری ڕاگەیەنراو
report-content = ناوەڕۆک
report-undecodable = ناتوانرێت بکرێتەوە: { $error }
report-facts-below = (زانیارییەکانی لە خوارەوە لە مێژووی دۆسیەی { $record } دایە)
report-history-one = مێژووی دۆسیەی { $record }: 1 تۆماری دروست، لە { $first } تا { $last }
report-history = مێژووی دۆسیەی { $record }: { $n } تۆماری دروست، لە { $first } تا { $last }
report-not-used = بەکارنەهێنرا
report-doses-one = 1 دۆز تۆمارکراوە
report-doses = { $n } دۆز تۆمارکراوە
report-problem = کێشە
report-warning = ئاگاداری
report-note = تێبینی
report-checked = پشکنرا لە { $time } بەپێی لیستی متمانە، وەشانی { $version } (واژۆکراو لەلایەن لەنگەری { $anchor }، دەرکراو { $issued }، نوێکردنەوەی داهاتوو { $next })
report-findings = دۆزینەوەکان دەربارەی ئەم تۆمارانە
report-cards-valid = کارتە دروستەکان: { $valid } لە { $total }

## Station (`ephr station`: the clinic's page in a browser)

station-title = وێستگەی ephr ی کلینیک
# Shown on every screen: what the station keeps.
station-privacy = هیچ شتێک کە لێرە دەیپشکنن هەڵناگیرێت: نە لەسەر ئەم کۆمپیوتەرە و نە لە هیچ تۆمارێکی کارکردندا. «کەسی داهاتوو» هەموو شتێک دەسڕێتەوە، هەروەها دوای { $minutes } خولەک بەکارنەهێنان هەموو شتێک دەسڕدرێتەوە.
station-language = زمان
station-add-heading = زیادکردنی کارت
station-scanner-label = سکانەر یان دەق
# Under the input that a USB or Bluetooth scanner types into.
station-scanner-hint = سکانەری بارکۆد خۆی لێرە دەنووسێت. دەتوانن دەقی کارتێکیش لێرە دابنێن (PHR1:…).
station-check = پشکنین
station-upload-label = وێنە، وێنەی شاشە، PDF ی نامیلکە یان فایلی .phr
station-upload = پشکنینی فایل
station-camera = کامێرا
station-camera-start = کامێرا هەڵبکە
station-camera-stop = کامێرا بکوژێنەوە
station-camera-looking = کۆدەکە بە ڕێکی لەبەردەم کامێراکە بگرن.
station-camera-found = کۆدەکە دۆزرایەوە.
station-camera-none = هیچ کامێرایەک لەم وێبگەڕەدا بەکارناهێنرێت. سکانەر بەکاربهێنن یان وێنەیەک باربکەن.
station-next-person = کەسی داهاتوو
station-cleared = سڕایەوە: هیچ شتێک لە کەسی پێشوو نەماوە.
station-empty = هێشتا هیچ کارتێک نییە. کۆدێک نیشانی کامێرا بدەن، سکانی بکەن، یان فایلێک باربکەن.
# The verdict for everything shown, in large type.
station-all-valid = دروستە
station-some-invalid = نادروستە
station-check-warnings = دروستە، لەگەڵ ئاگادارکردنەوە
station-valid-count = کارتە دروستەکان: { $valid } لە { $total }
station-added = زیادکرا: { $n }
station-duplicate = پێشتر پشکنراوە.
# A button that switches the screen to the person's language so they can read their record.
station-person-language = بە { $language } نیشانی کەسەکە بدە
station-clinic-language = گەڕانەوە بۆ { $language }
station-downloads = چاپ و هەناردە
station-booklet = نامیلکە (PDF)
station-a4 = پەڕەی A4 (PDF)
station-wallet = کارتی جزدان (PDF)
station-insert = پەڕەی نهێنی (PDF)
station-fhir = بەڵگەنامەی FHIR بۆ سیستەمی کلینیک (JSON)
station-bundle = هەموو تۆمارەکان (فایلی .phr)
station-cannot-print = هیچ شتێک چاپ ناکرێت: { $reason }
station-trust = لیستی متمانە
station-trust-status = وەشانی { $version }، واژۆکراو { $issued }، نوێکردنەوەی داهاتوو { $next }
station-trust-stale = کۆنە: لیستی متمانەی نوێ لە دەسەڵاتی تەندروستیی خۆتان داوا بکەن و لە خوارەوە دایبمەزرێنن.
station-trust-demo = لەنگەری DEMO: کارتی دروست هیچ شتێک ناسەلمێنێت.
station-trust-install = دامەزراندنی نوێکردنەوە لە فایلێکەوە
station-trust-installed = لیستی متمانە، وەشانی { $version }، دامەزرا.
station-trust-unchanged = ئەم لیستی متمانەیە پێشتر دامەزراوە.
station-trust-fixed = ئەم وێستگەیە بە لیستێکی متمانەی جێگیر (--trust) دەستی پێکردووە؛ بۆ بەکارهێنانی لیستێکی تر دووبارە دەستی پێبکەنەوە.
station-trust-refused = دانەمەزرا: { $reason }
station-signin = چوونەژوورەوە
station-signin-code = کۆدی دەستگەیشتن (لەو شوێنەی وێستگەکەی لێ دەستی پێکرد نیشان دراوە)
station-signin-wrong = ئەم کۆدی دەستگەیشتنە دروست نییە.
station-signin-passphrase = وشەی نهێنی خۆت
station-signin-wrong-operator = ئەم ناو و وشەی نهێنییە یەک ناگرنەوە.
station-error = ناخوێندرێتەوە: { $reason }
station-too-large = فایلەکە زۆر گەورەیە (زیاتر لە { $mb } MB).
station-too-many = ئەم کەسە پێشتر { $n } کارتی لێرە هەیە. بۆ دەستپێکردنەوە «کەسی داهاتوو» دابگرن.

## Issuing station (`ephr station --issue`: the assessment form, drafts and the register)

station-issue-link = دەرکردن: فۆرمەکان و تۆمارگە
station-issue-privacy = ڕەشنووسەکان لە کاتی نووسیندا لە تۆمارگەی ئەم شوێنە بۆ ماوەی { $drafts } ڕۆژ هەڵدەگیرێن، و تەنها ئەو کارمەندەی دەستی پێکردوون دەیانبینێت. تۆمارە واژۆکراوەکان بۆ چاپکردنەوە { $entries } ڕۆژ هەڵدەگیرێن، پاشان دەسڕدرێنەوە.
station-issue-operator = ناوی ئێوە (لەگەڵ هەر تۆمارێک کە واژۆی دەکەن تۆمار دەکرێت)
station-issue-follow-button = بەدواداچوون بۆ ئەم دۆسیەیە زیاد بکە
station-issue-title = دەرکردن
station-issue-new-heading = هەڵسەنگاندنی نوێ
station-issue-new = دەستپێکردنی هەڵسەنگاندنی نوێ
station-issue-follow-hint = بۆ زیادکردنی بەدواداچوون، کارتی کەسەکە لە شاشەی سەرەکی بپشکنە (کامێرا، سکانەر یان فایل)، پاشان «{ $button }» دابگرە.
station-issue-drafts = ڕەشنووسەکانتان
station-issue-no-drafts = هیچ ڕەشنووسێک نییە. هەر گۆڕانێکی فۆرم لە کاتی نووسیندا لێرە هەڵدەگیرێت.
station-issue-no-name = (هێشتا بێ ناو)
station-issue-draft-follow-up = بەدواداچوون: { $about }
station-issue-find-heading = دۆزینەوەی تۆمارێکی دەرکراو
station-issue-find-label = ژمارەی کارت (وەک لە دەفتەرەکە چاپکراوە) یان ناو
station-issue-find = گەڕان
station-issue-found-none = هیچ شتێک لە تۆمارگەدا یەک ناگرێتەوە.
station-issue-col-issued = دەرکراوە
station-issue-col-entry = تۆمار
station-issue-col-names = ناوەکان
station-issue-col-operator = کارمەند
station-issue-reprint = چاپکردنەوە
station-issue-nav = ڕەشنووسەکان و تۆمارگە
station-issue-follow-up = تۆماری بەدواداچوون
station-issue-saved-hint = لە کاتی نووسیندا لەسەر ئەم وێستگەیە هەڵدەگیرێت. هەر کێشەیەک لە تەنیشت خانەکەی خۆی نیشان دەدرێت.
station-issue-needs-js = فۆرمی هەڵسەنگاندن پێویستی بە JavaScript هەیە.
station-issue-preview = پێشبینینی دەفتەرەکە (PDF بە نیشانەی DEMO، واژۆنەکراو)
station-issue-sign = واژۆکردن و نیشاندان بۆ چاپ
station-issue-discard = وازهێنان لەم ڕەشنووسە
station-issue-discard-confirm = واز لەم ڕەشنووسە بهێنرێت؟ ناگەڕێتەوە.
# The form's words that the booklet does not print: parts of a field's name, buttons, and what
# the size meter says as the health worker types.
form-own-script = بە نووسینی خۆی
form-given = ناو
form-family = ناوی خێزان
form-systolic = سیستۆلی
form-diastolic = دیاستۆلی
form-country = وڵات
form-onset = دەستپێک
form-note = تێبینی
form-category = جۆر
form-criticality = ئاستی مەترسی
form-until = تا
form-lot = ژمارەی بەرهەم
form-value = بەها
form-unit = یەکە
form-urgency = پەلەیی
form-not-given-here = نەک بۆ ئەو دۆزانەی لێرە دراون
form-if-not-visit = ئەگەر ڕێکەوتی سەردانەکە نییە
form-consent = ڕەزامەندی
form-consent-card = کەسەکە ڕازی بوو کارتێکی نهێنی هەڵبگرێت (ئەنجامەکانی HIV، هەوکردنی جگەر، تەندروستی دەروونی و دووگیانی جیا چاپ دەکرێن)
form-confidential = نهێنی
form-by-default = بنەڕەتی
form-code-placeholder = وشە یان کۆد بنووسە
form-remove = لابردن
form-saving = هەڵدەگیرێت…
form-signed-out = چوویتە دەرەوە: دووبارە بچۆ ژوورەوە؛ ڕەشنووسەکە تا دوایین گۆڕان هەڵگیراوە.
form-not-saved = هەڵنەگیرا: { $reason }
form-unreachable = هەڵنەگیرا: وێستگەکە بەردەست نییە. ئەم پەڕەیە کراوە بهێڵەوە و دووبارە هەوڵ بدەوە.
form-problems = هەڵگیرا. { $n } کێشە پێش واژۆکردن دەبێت چاک بکرێن.
form-size = { $chars } پیت، QR وەشانی { $version } لە ئاستی Q
form-confidential-size = کارتی نهێنی: { $chars } پیت، وەشانی { $version }.
form-withheld = { $n } بڕگەی نهێنی ناچنە سەر هیچ کارتێک (ڕەزامەندی بۆ کارتی نهێنی نییە).
form-split = هەڵگیرا. بۆ یەک کۆد زۆر گەورەیە: دابەش دەکرێت بۆ { $n } کارتی واژۆکراو ({ $sizes }).
form-fits = هەڵگیرا. لە یەک کۆددا جێی دەبێتەوە: { $sizes }.

## Problems at a field: the rules a record must meet before it is signed (`ephr issue` prints
## them after the field's path, the issuing station under the field)

field-empty = بەتاڵە؛ لە جیاتی ئەوە خانەکە لابە.
field-spaces = لە سەرەتا یان کۆتاییدا بۆشایی هەیە.
field-too-long = درێژییەکەی { $n } پیتە؛ لەسەر کارت زۆرترین { $max } جێی دەبێتەوە.
field-control = پیتی کۆنترۆڵی تێدایە (دابڕینی دێڕ، تاب).
field-hidden = پیتی ڕێکخستنی نادیاری تێدایە (گۆڕینی ئاراستە، بۆشایی بێ پانی)؛ دەقەکە بە سادەیی بنووسە.
field-date = «{ $value }» ڕێکەوتێک بە شێوەی YYYY-MM-DD نییە (ساڵانی 1900-2100).
field-partial-date = «{ $value }» ڕێکەوتێک بە شێوەی YYYY، YYYY-MM یان YYYY-MM-DD نییە.
field-icd10 = «{ $value }» کۆدێکی دروستی ICD-10 نییە (پیتێک، دوو ژمارە، پاشان بە ئارەزوو خاڵێک و یەک یان دوو ژمارە، وەک «E11.9»).
field-atc = «{ $value }» کۆدێکی دروستی ATC ی ڕێکخراوی تەندروستی جیهانی نییە (وەک «A10BA02»).
field-vaccine = «{ $value }» کۆدی ATC ی ڤاکسین نییە (J07…، وەک «J07BD52» بۆ MMR).
field-country = «{ $value }» کۆدی وڵاتی ISO 3166-1 alpha-2 نییە (وەک «SY»، «GR»).
field-language = «{ $value }» کۆدی زمانی ISO 639 نییە (وەک «ar»، «fa»، «prs»).
field-too-many = { $n } بڕگەی هەیە؛ زۆرترین { $max } جێی دەبێتەوە.
field-empty-list = لیستەکە بەتاڵە؛ ئەگەر پرسیارت کرد و هیچ نییە «none_known» بنووسە، یان خانەکە لابە.
field-empty-section = بەتاڵە؛ لە جیاتی ئەوە لای بە.
field-name-empty = نە ناوی خێزانی هەیە نە ناو؛ لە جیاتی ئەوە لای بە.
field-name-latin-letters = تەنها پیتەکانی A-Z (لەگەڵ بۆشایی، هێڵی کورت و ئەپۆسترۆف)، وەک لە بەشی خوێندنەوەی ئامێریی پاسپۆرتدا.
field-name-latin-missing = نییە: ناوەکە بە پیتی لاتینی نییە، بۆیە نووسینی لاتینیش بدە (کارمەندانی تەندروستی بە درێژایی ڕێگاکە دەبێت بتوانن بیخوێننەوە).
field-estimated-no-date = دیاری کراوە، بەڵام ڕێکەوتی لەدایکبوون نییە.
field-range = { $value } لە دەرەوەی مەودای گونجاوی { $min }-{ $max } ە.
field-tenths = { $value } زیاتر لە یەک ژمارەی دەیی هەیە؛ کارتەکە دەیەکەکان هەڵدەگرێت.
field-diastolic = { $value } لە پەستانی سیستۆلی { $systolic } کەمتر نییە.
field-dose-number = { $value } ژمارەی دۆزێک لە 1 تا 10 نییە.
field-no-doses = هیچ دۆزێکی نییە؛ ئەگەر کەسەکە هیچ تۆمارێکی کوتانی نییە «no_records»: true بنووسە.
field-dose-date-required = بۆ دۆزە بەڵگەدارەکان و ئەو دۆزانەی لێرە دراون پێویستە.
field-dose-given-here = ڕێکەوتەکە { $value } ە، بەڵام دۆزێک کە لێرە درابێت ڕێکەوتی سەردانی { $date } ی هەیە؛ دۆزەکانی شوێنی تر وەک «بەڵگەدار» تۆمار بکە.
field-loinc = «{ $value }» کۆدێکی دروستی LOINC نییە (ژمارە، هێڵی کورت، ژمارەی پشکنین، وەک «71773-6»).
field-decimal = «{ $value }» ژمارەیەکی دەیی نییە (زۆرترین 7 ژمارە پێش خاڵ و 4 دوای).
field-unit-without-value = بێ بەها دراوە.
field-unit = «{ $value }» یەکەیەکی UCUM نییە (وەک «g/dL»، «mmol/L»).
field-value-not-done = بۆ پشکنینێک دراوە کە نەکراوە.
field-pregnant-male = «دووگیان» ە بەڵام ڕەگەزی کەسەکە «نێر» ە.
field-weeks = { $value } زیاترە لە 45 هەفتە.
field-not-pregnant = ڕێکەوتی منداڵبوون یان تەمەنی دووگیانی دراوە بەڵام دۆخەکە «دووگیان» نییە.
field-implausible = { $value } گونجاو نییە.
field-follow-up-before = { $value } پێش سەردانی ئەو تۆمارەیە کە بەدوایدا دێت ({ $date })؛ بەدواداچوون دواتر دێت.
field-reveals-referral = هۆکاری { $code } کێشەیەکی نهێنییە، بۆیە ئەم ڕەوانەکردنە لەسەر کارتی سەرەکی ئاشکرای دەکات؛ ڕەوانەکردنەکەش نهێنی بکە، یان هۆکارەکەی لابە.
field-reveals-alert = ئاگادارییەکی دووگیانی مەترسیدار لەسەر کارتی سەرەکی دووگیانییە نهێنییەکە ئاشکرا دەکات؛ ئاگادارییەکەش نهێنی بکە، یان دووگیانییەکە نانهێنی.
field-after-issue = ڕێکەوتی سەردان { $encounter } ە، دوای ڕێکەوتی دەرکردنی کارت { $issued }؛ کارت ئەوە تۆمار دەکات کە ڕوویداوە.
field-item-too-large = { $item } تەنانەت لەسەر کارتێکی جیاش لە یەک کۆدی QR دا جێی نابێتەوە؛ دەقەکەی کورت بکەرەوە یان ئاستێکی نزمتری چاککردنی هەڵە هەڵبژێرە.
# What the JSON reader says (its words after the colon are the reader's, in English).
field-missing = خانەی پێویست نییە: { $field }
field-wrong-type = جۆری بەهای هەڵە: { $found } (چاوەڕوانکراو: { $expected })
field-wrong-value = بەهای هەڵە: { $found } (چاوەڕوانکراو: { $expected })
# A problem that has no words of its own in the catalogues: shown as ephr wrote it, in English.
field-other = { $problem }
