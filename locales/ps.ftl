# ephr booklet and wallet card labels: Pashto.
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
language-name = پښتو

## Cover

title = د روغتیا شخصي ریکارډ
subtitle = د یوې روغتیايي معاینې لنډیز. ښه یې وساتئ او په هر کلینیک کې یې وښایئ.
card-title = د روغتیا ریکارډ کارت
demo-banner = نمونه (DEMO) — دا اصلي روغتیايي ریکارډ نه دی
name = نوم
name-latin = نوم په لاتیني توریو
birth-date = د زېږېدو نېټه
estimated = اټکلي
sex = جنس
nationality = تابعیت
languages = ژبې
card-id = کارت
record-id = ریکارډ
issued-by = صادروونکی
issued-on = د صدور نېټه
no-name = نوم نه دی ثبت شوی
not-recorded = نه دی ثبت شوی

## Entry

encounter = معاینه
encounter-date = نېټه
encounter-site = ځای
encounter-kind = ډول
encounter-role = معاینه کوونکی
mediator = کلتوري منځګړی یا ژباړونکی حاضر و.
entry-heading = ثبت { $n } له { $total }
entries = ثبتونه
follows = دا ثبت بشپړوي
follows-entry = شمېره { $n }: کارت { $card }، { $date }
follows-elsewhere = یو پخوانی ثبت چې په دې کتابچه کې نشته
part = برخه { $n } له { $total }
page-footer = مخ { $n } له { $total }
continued = دوام لري

## Sections

sec-immunizations = واکسیناسیون
sec-vaccinations-due = پاتې واکسینونه
sec-problems = ستونزې او تشخیصونه
sec-medications = درمل
sec-allergies = حساسیتونه
sec-results = سکرینینګ او د ازموینو پایلې
sec-mental-health = د رواني روغتیا سکرینینګ
sec-vital-signs = حیاتي نښې
sec-pregnancy = حمل
sec-referrals = ارجاع (ریفرل)
sec-alerts = خبرداری
sec-signed = لاسلیک شوی ثبت
none-recorded = هېڅ نه دي ثبت شوي
none-known = هېڅ نه دي معلوم
no-vaccination-records = دا کس د واکسین هېڅ ثبت نه لري.

## Table columns

col-vaccine = واکسین
col-date = نېټه
col-dose = دوز
col-source = سرچینه
col-diagnosis = تشخیص
col-status = حالت
col-medicine = درمل
col-dosage = د کارولو اندازه
col-substance = ماده
col-reaction = غبرګون
col-test = ازموینه
col-result = پایله
col-to = چېرته ارجاع شوی
col-due = ټاکلی وخت
col-alert = خبرداری
col-details = جزییات
provisional = احتمالي
onset = له { $date } راهیسې
until = تر { $date } پورې
lot = لاټ { $lot }
date-unknown = نېټه نامعلومه
reason = لامل: { $reason }
criticality = خطر: { $level }

## Vital signs and pregnancy

vital-height = قد
vital-weight = وزن
vital-bp = د وینې فشار
vital-heart-rate = نبض
vital-respiratory-rate = د تنفس شمېر
vital-temperature = د بدن تودوخه
vital-spo2 = په وینه کې اکسیجن (SpO2)
vital-head = د سر محیط
vital-muac = د مټ د منځ محیط (MUAC)
pregnancy-status = حالت
expected-delivery = د زېږون اټکلي نېټه
gestational-weeks = د حمل اونۍ
gravida = د حمل شمېر
para = د زېږونونو شمېر
mh-outcome = پایله
mh-tool = د سکرینینګ وسیله
mh-referred = د ملاتړ لپاره ارجاع شوی
yes = هو
no = نه

## QR code

qr-caption = د کتنې لپاره یې سکن کړئ: دا ثبت هغې روغتیايي ادارې لاسلیک کړی چې صادر کړی یې دی.
qr-issuer = { $issuer }، { $date }

## Last page

verify-title = کلینیکونو ته: دا ریکارډ څنګه وګورئ
verify-steps =
    1. هر QR کوډ په داسې تاییدوونکي سکن کړئ چې د ephr کوډونه لولي.
    2. که کوډ سکن نه شو، د پاڼې عکس واخلئ او عکس وګورئ: ephr verify photo.jpg. که دا هم ونه شو، له هغه کلینیک وپوښتئ چې ثبت یې صادر کړی.
    3. ephr لاسلیک له انټرنېټ پرته د روغتیايي ادارو د باور له لېست سره ګوري.
    4. یوازې پر معتبر ثبت باور کېدای شي؛ چاپ شوي جدولونه هماغه څه تکراروي چې لاسلیک شوي.
    5. خپل کار د یو نوي لاسلیک شوي ثبت په توګه زیات کړئ؛ په دې کتابچه مه لیکئ.
privacy-title = ستاسو روغتیايي معلومات
privacy-text =
    دا کتابچه ستاسو ده. په دې کې یوازې روغتیايي معلومات دي: نه حقوقي حالت او نه د سفر لار.
    تاسو پرېکړه کوئ چې څوک یې وویني. هېڅوک یې له تاسو نه شي اخیستلای.
    روغتیايي کارکوونکي یې ستاسو د پاملرنې او د واکسینونو او ازموینو د تکرار د مخنیوي لپاره کاروي.

insert-title = محرمې پایلې
insert-text = په دې ضمیمه کې هغه روغتیايي پایلې دي چې تاسو غوښتل پټې پاتې شي. دا له خپلې کتابچې جلا وساتئ او یوازې هغه روغتیايي کارکوونکي ته یې وښایئ چې تاسو یې غوره کوئ. ستاسو کتابچه له دې پرته بشپړه ده او دا نه ښيي چې دا ضمیمه شته.
insert-holds = په دې کې دي
insert-footer = محرم

## Values

sex-female = ښځه
sex-male = نارینه
sex-other = نور
sex-unknown = نامعلوم
kind-initial_assessment = لومړنۍ معاینه
kind-follow_up = تعقیبي کتنه
kind-vaccination = واکسیناسیون
kind-emergency = بیړنۍ پېښه
role-physician = ډاکټر
role-nurse = نرس
role-midwife = قابله
role-psychologist = ارواپوه
role-paramedic = پارامېډیک
role-other = بل روغتیايي کارکوونکی
problem-active = فعاله
problem-inactive = غیر فعاله
problem-resolved = حل شوې
allergy-medication = درمل
allergy-food = خواړه
allergy-environment = چاپېریال
allergy-biologic = بیولوژیکي
criticality-low = ټیټ
criticality-high = لوړ
criticality-unable_to_assess = نامعلوم
medication-active = کارول کېږي
medication-completed = بشپړ شوی
medication-stopped = درول شوی
medication-intended = پلان شوی
source-documented = مستند
source-reported = ویل شوی
source-given_here = دلته ورکړل شوی
result-positive = مثبت
result-negative = منفي
result-indeterminate = ناڅرګند
result-not_done = نه دی شوی
result-normal = نورمال
result-abnormal = غیر نورمال
pregnancy-pregnant = امېندواره
pregnancy-not_pregnant = امېندواره نه ده
pregnancy-unknown = نامعلوم
mh-no_concerns = اندېښنه نشته
mh-concerns = اندېښنه شته
mh-declined = ویې نه منله
mh-not_done = نه دی شوی
urgency-routine = عادي
urgency-soon = ژر
urgency-urgent = بیړني
referral-planned = پلان شوی
referral-done = شوی
referral-cancelled = لغوه شوی
alert-severe_allergy = سخت حساسیت
alert-infectious = د انتان خطر
alert-critical_medication = حیاتي درمل
alert-high_risk_pregnancy = لوړ خطر لرونکی حمل
alert-urgent_follow_up = بیړنۍ تعقیبي کتنه
alert-other = خبرداری

## Text report (ephr verify, ephr decode)

report-patient = ناروغ
report-born = زېږېدلی { $date }
report-nationality = تابعیت { $country }
report-speaks = ژبې: { $languages }
report-encounter = کتنه
report-mediator = منځګړی/ژباړونکی حاضر و
report-problems = ستونزې
report-past-problems = پخوانۍ ستونزې
report-medications = درمل
report-vaccines = واکسینونه
report-due = پاتې
report-results = پایلې
report-mental-health = رواني روغتیا
report-no-known-allergies = معلوم حساسیت نشته
report-no-known-problems = معلومه ستونزه نشته
report-no-known-medications = معلوم درمل نشته
report-no-vaccination-records = د واکسین هېڅ ثبت نشته
report-code-unknown = { $code } (دا کوډ د ephr په جدولونو کې نشته)
report-dose-number = دوز { $n }
report-due-from = له { $date } څخه
report-height = قد { $value } سانتي متره
report-weight = وزن { $value } کیلوګرامه
report-bmi = BMI { $value }
report-bp = د وینې فشار { $systolic }/{ $diastolic } mmHg
report-heart-rate = نبض { $value } په دقیقه کې
report-respiratory-rate = تنفس { $value } په دقیقه کې
report-temperature = تودوخه { $value } °C
report-spo2 = SpO2 { $value }٪
report-head = د سر محیط { $value } سانتي متره
report-muac = MUAC { $value } سانتي متره
report-weeks = { $n } اونۍ
report-delivery = د زېږون نېټه { $date }
report-gravida = حملونه { $n }
report-para = زېږونونه { $n }
report-referred = ارجاع شوی
report-by = تر { $date } پورې
report-valid = معتبر
report-not-valid = نامعتبر
report-revoked = لغوه شوی
report-unverified = نه دی تایید شوی
report-unreadable = نه لوستل کېږي
report-unverified-note = منځپانګه د لاسلیک له کتنې پرته ښودل شوې
report-card = کارت { $id }
report-issued = { $authority }، { $time }
report-signed-with = لاسلیک
report-key = کیلي { $kid }
report-expires = پای نېټه
report-record-id = د ریکارډ شمېره
report-follows = بشپړوي
report-entry = ثبت { $id }
report-part = برخه
report-confidential = محرم
report-confidential-note = محرم ثبت: د کس په خوښه ښودل شوی. معلومات یې داسې ځای ته مه لېږدوئ چې نور یې ولیدای شي.
report-n-of = { $n } له { $total }
report-key-id = د کیلي پېژندنه
report-card-id = د کارت شمېره
report-issuer-says = ادعا شوی صادروونکی
report-content = منځپانګه
report-undecodable = نه شي ډیکوډ کېدای: { $error }
report-facts-below = (معلومات یې لاندې د ریکارډ { $record } په تاریخچه کې دي)
report-history-one = د ریکارډ { $record } تاریخچه: 1 معتبر ثبت، له { $first } تر { $last }
report-history = د ریکارډ { $record } تاریخچه: { $n } معتبر ثبتونه، له { $first } تر { $last }
report-not-used = نه دی کارول شوی
report-doses-one = 1 دوز ثبت شوی
report-doses = { $n } دوزونه ثبت شوي
report-problem = ستونزه
report-warning = خبرداری
report-note = یادونه
report-checked = کتنه په { $time }، د باور لېست نسخه { $version } (د لنګر { $anchor } لاسلیک، صادر { $issued }، بل تازه کول { $next })
report-findings = د دې ثبتونو په اړه موندنې
report-cards-valid = معتبر کارتونه: { $valid } له { $total }

## Station (`ephr station`: the clinic's page in a browser)

station-title = د کلینیک ephr سټېشن
# Shown on every screen: what the station keeps.
station-privacy = هغه څه چې تاسو یې دلته ګورئ نه ساتل کېږي: نه په دې کمپیوټر او نه په کوم لاګ کې. «بل کس» هر څه پاکوي، او که { $minutes } دقیقې ونه کارول شي، هم هر څه پاکېږي.
station-language = ژبه
station-add-heading = کارت زیات کړئ
station-scanner-label = سکنر یا متن
# Under the input that a USB or Bluetooth scanner types into.
station-scanner-hint = د بارکوډ سکنر پخپله دلته لیکي. تاسو کولای شئ د کارت متن هم دلته پېسټ کړئ (PHR1:…).
station-check = وګورئ
station-upload-label = عکس، سکرین شاټ، د کتابچې PDF یا .phr فایل
station-upload = فایل وګورئ
station-camera = کمره
station-camera-start = کمره چالانه کړئ
station-camera-stop = کمره بنده کړئ
station-camera-looking = کوډ د کمرې مخې ته برابر ونیسئ.
station-camera-found = کوډ وموندل شو.
station-camera-none = په دې براوزر کې هېڅ کمره نه شي کارېدای. سکنر وکاروئ یا عکس اپلوډ کړئ.
station-next-person = بل کس
station-cleared = پاک شو: د مخکني کس هېڅ نه دي پاتې.
station-empty = لا هېڅ کارت نشته. کمرې ته کوډ وښایئ، سکن یې کړئ یا فایل اپلوډ کړئ.
# The verdict for everything shown, in large type.
station-all-valid = معتبر
station-some-invalid = نامعتبر
station-check-warnings = معتبر، له خبرداریو سره
station-valid-count = معتبر کارتونه: { $valid } له { $total }
station-added = زیات شو: { $n }
station-duplicate = مخکې کتل شوی.
# A button that switches the screen to the person's language so they can read their record.
station-person-language = کس ته یې په { $language } وښایئ
station-clinic-language = بېرته { $language } ته
station-downloads = چاپ او صادرول
station-booklet = کتابچه (PDF)
station-a4 = A4 پاڼې (PDF)
station-wallet = د جېب کارت (PDF)
station-insert = محرمه ضمیمه (PDF)
station-fhir = د کلینیک د سیسټم لپاره FHIR سند (JSON)
station-bundle = ټول ثبتونه (.phr فایل)
station-cannot-print = هېڅ نه شي چاپېدای: { $reason }
station-trust = د باور لېست
station-trust-status = نسخه { $version }، لاسلیک { $issued }، بل تازه کول { $next }
station-trust-stale = زوړ دی: له خپلې روغتیايي ادارې نوی د باور لېست وغواړئ او لاندې یې نصب کړئ.
station-trust-demo = DEMO لنګر: معتبر کارت هېڅ نه ثابتوي.
station-trust-install = له فایل څخه تازه نسخه نصب کړئ
station-trust-installed = د باور لېست نسخه { $version } نصب شوه.
station-trust-unchanged = دا د باور لېست مخکې نصب شوی دی.
station-trust-fixed = دا سټېشن له یو ثابت د باور لېست (--trust) سره پیل شوی؛ د بل لېست لپاره یې بیا پیل کړئ.
station-trust-refused = نصب نه شو: { $reason }
station-signin = ننوتل
station-signin-code = د لاسرسي کوډ (هلته ښودل شوی چې سټېشن پیل شو)
station-signin-wrong = دا د لاسرسي کوډ سم نه دی.
station-signin-passphrase = ستاسو پټنوم
station-signin-wrong-operator = دا نوم او پټنوم سره سمون نه لري.
station-error = نه لوستل کېږي: { $reason }
station-too-large = فایل ډېر لوی دی (له { $mb } MB ډېر).
station-too-many = دا کس دلته لا دمخه { $n } کارتونه لري. د بیا پیل لپاره «بل کس» کېکاږئ.

## Issuing station (`ephr station --issue`: the assessment form, drafts and the register)

station-issue-link = صادرول: فورمې او ثبت دفتر
station-issue-privacy = مسودې د لیکلو پر مهال د دې ځای په ثبت دفتر کې { $drafts } ورځې ساتل کېږي، او یوازې هغه عملیاتچي یې ویني چې پیل یې کړې. لاسلیک شوي ثبتونه د بیا چاپ لپاره { $entries } ورځې ساتل کېږي، بیا ړنګېږي.
station-issue-operator = ستاسو نوم (د هر هغه ثبت سره چې تاسو یې لاسلیک کوئ ثبتېږي)
station-issue-follow-button = دې دوسیې ته تعقیبي ثبت ورزیات کړئ
station-issue-title = صادرول
station-issue-new-heading = نوې ارزونه
station-issue-new = نوې ارزونه پیل کړئ
station-issue-follow-hint = د تعقیبي ثبت لپاره، د شخص کارت په اصلي پاڼه کې وګورئ (کمره، سکنر یا فایل)، بیا «{ $button }» کېکاږئ.
station-issue-drafts = ستاسو مسودې
station-issue-no-drafts = هیڅ مسوده نشته. د فورمې هر بدلون د لیکلو پر مهال دلته ساتل کېږي.
station-issue-no-name = (تر اوسه بې نومه)
station-issue-draft-follow-up = تعقیب: { $about }
station-issue-find-heading = صادر شوی ثبت ومومئ
station-issue-find-label = د کارت شمېره (لکه په کتابچه کې چاپ شوې) یا نوم
station-issue-find = لټون
station-issue-found-none = په ثبت دفتر کې هیڅ شی سمون نه لري.
station-issue-col-issued = صادر شوی
station-issue-col-entry = ثبت
station-issue-col-names = نومونه
station-issue-col-operator = عملیاتچي
station-issue-reprint = بیا چاپ
station-issue-nav = مسودې او ثبت دفتر
station-issue-follow-up = تعقیبي ثبت
station-issue-saved-hint = د لیکلو پر مهال په دې سټېشن کې ساتل کېږي. هره ستونزه د خپل ځای تر څنګ ښودل کېږي.
station-issue-needs-js = د ارزونې فورمه JavaScript ته اړتیا لري.
station-issue-preview = د کتابچې مخکتنه (PDF د DEMO نښې سره، نه لاسلیک شوې)
station-issue-sign = لاسلیک او د چاپ لپاره ښودل
station-issue-discard = دا مسوده پرېږدئ
station-issue-discard-confirm = دا مسوده پرېښودل شي؟ بېرته نه راګرځي.
# The form's words that the booklet does not print: parts of a field's name, buttons, and what
# the size meter says as the health worker types.
form-own-script = په خپل لیکدود
form-given = نوم
form-family = کورنۍ نوم
form-systolic = سیستولیک
form-diastolic = ډیاسټولیک
form-country = هېواد
form-onset = پیل
form-note = یادښت
form-category = ډول
form-criticality = د خطر کچه
form-until = تر
form-lot = لاټ
form-value = ارزښت
form-unit = واحد
form-urgency = بېړني والی
form-not-given-here = نه د هغو ډوزونو لپاره چې دلته ورکړل شوي
form-if-not-visit = که د لیدنې نېټه نه وي
form-consent = رضایت
form-consent-card = شخص ومنله چې محرم کارت ولري (د HIV، هیپاټایټس، رواني روغتیا او امېندوارۍ پایلې جلا چاپېږي)
form-confidential = محرم
form-by-default = له مخکې ټاکل شوی
form-code-placeholder = کلمې یا کوډ ولیکئ
form-remove = لرې کول
form-saving = ساتل کېږي…
form-signed-out = له سیسټم ووتلئ: بیا ننوځئ؛ مسوده تر وروستي بدلون پورې ساتل شوې ده.
form-not-saved = ونه ساتل شو: { $reason }
form-unreachable = ونه ساتل شو: سټېشن ته لاسرسی نشته. دا پاڼه خلاصه وساتئ او بیا هڅه وکړئ.
form-problems = وساتل شو. { $n } ستونزې باید له لاسلیک مخکې سمې شي.
form-size = { $chars } توري، QR نسخه { $version } په Q کچه
form-confidential-size = محرم کارت: { $chars } توري، نسخه { $version }.
form-withheld = { $n } محرم توکي په هیڅ کارت نه ځي (د محرم کارت رضایت نشته).
form-split = وساتل شو. د یو کوډ لپاره ډېر لوی دی: په { $n } لاسلیک شویو کارتونو وېشل کېږي ({ $sizes }).
form-fits = وساتل شو. په یو کوډ کې ځاییږي: { $sizes }.

## Problems at a field: the rules a record must meet before it is signed (`ephr issue` prints
## them after the field's path, the issuing station under the field)

field-empty = تش دی؛ پر ځای یې ځای پرېږدئ.
field-spaces = په پیل یا پای کې تش ځایونه لري.
field-too-long = { $n } توري اوږد دی؛ په کارت کې تر { $max } زیات نه ځاییږي.
field-control = د کنټرول توري لري (د کرښې ماتېدل، ټب).
field-hidden = نه لیدل کېدونکي د بڼې توري لري (د لوري بدلون، بې سوره تش ځایونه)؛ متن ساده ولیکئ.
field-date = «{ $value }» د YYYY-MM-DD په بڼه نېټه نه ده (کلونه 1900-2100).
field-partial-date = «{ $value }» د YYYY، YYYY-MM یا YYYY-MM-DD په بڼه نېټه نه ده.
field-icd10 = «{ $value }» سم ICD-10 کوډ نه دی (یو توری، دوه عددونه، بیا که وغواړئ یو ټکی او یو یا دوه عددونه، لکه «E11.9»).
field-atc = «{ $value }» د نړیوال روغتیا سازمان سم ATC کوډ نه دی (لکه «A10BA02»).
field-vaccine = «{ $value }» د نړیوال روغتیا سازمان د واکسین ATC کوډ نه دی (J07…، لکه «J07BD52» د MMR لپاره).
field-country = «{ $value }» د ISO 3166-1 alpha-2 د هېواد کوډ نه دی (لکه «SY»، «GR»).
field-language = «{ $value }» د ISO 639 د ژبې کوډ نه دی (لکه «ar»، «fa»، «prs»).
field-too-many = { $n } توکي لري؛ تر { $max } زیات نه ځاییږي.
field-empty-list = لړلیک تش دی؛ که مو پوښتنه کړې او هیڅ نشته «none_known» ولیکئ، یا ځای پرېږدئ.
field-empty-section = تش دی؛ پر ځای یې پرېږدئ.
field-name-empty = نه کورنۍ نوم لري نه نوم؛ پر ځای یې پرېږدئ.
field-name-latin-letters = یوازې د A-Z توري (د تش ځای، لنډې کرښې او اپوسټروف سره)، لکه د پاسپورټ په ماشین لوستونکې برخه کې.
field-name-latin-missing = نشته: نوم په لاتیني لیکدود نه دی، نو لاتیني لیکدود هم ورکړئ (د لارې روغتیايي کارکوونکي باید وکولای شي ویې لولي).
field-estimated-no-date = ټاکل شوی، خو د زېږېدو نېټه نشته.
field-range = { $value } د منلو وړ حد { $min }-{ $max } څخه بهر دی.
field-tenths = { $value } له یوه اعشاري عدد زیات لري؛ کارت لسمې برخې ساتي.
field-diastolic = { $value } د سیستولیک فشار { $systolic } څخه ټیټ نه دی.
field-dose-number = { $value } له 1 تر 10 د ډوز شمېره نه ده.
field-no-doses = ډوزونه نه لري؛ که شخص د واکسین هیڅ ثبت نه لري «no_records»: true ولیکئ.
field-dose-date-required = د مستندو ډوزونو او دلته ورکړل شویو ډوزونو لپاره اړین دی.
field-dose-given-here = نېټه { $value } ده، خو دلته ورکړل شوی ډوز د لیدنې نېټه { $date } لري؛ بل ځای ورکړل شوي ډوزونه «مستند» ثبت کړئ.
field-loinc = «{ $value }» سم LOINC کوډ نه دی (عددونه، لنډه کرښه، د کنټرول عدد، لکه «71773-6»).
field-decimal = «{ $value }» اعشاري عدد نه دی (تر ټکي مخکې تر 7 او وروسته تر 4 عددونو).
field-unit-without-value = بې ارزښته ورکړل شوی.
field-unit = «{ $value }» د UCUM واحد نه دی (لکه «g/dL»، «mmol/L»).
field-value-not-done = د هغې ازموینې لپاره ورکړل شوی چې نه ده شوې.
field-pregnant-male = «امېندواره» ده خو د شخص جنس «نارینه» دی.
field-weeks = { $value } له 45 اونیو زیات دی.
field-not-pregnant = د زېږون نېټه یا د امېندوارۍ عمر ورکړل شوی خو حالت «امېندواره» نه دی.
field-implausible = { $value } د منلو وړ نه دی.
field-follow-up-before = { $value } د تعقیب شوي ثبت له لیدنې ({ $date }) مخکې دی؛ تعقیب وروسته راځي.
field-reveals-referral = لامل { $code } یوه محرمه ستونزه ده، نو دا ارجاع به یې په اصلي کارت ښکاره کړي؛ ارجاع هم محرمه کړئ، یا یې لامل لرې کړئ.
field-reveals-alert = په اصلي کارت د لوړ خطر امېندوارۍ خبرتیا محرمه امېندواري ښکاره کوي؛ خبرتیا هم محرمه کړئ، یا امېندواري نامحرمه.
field-after-issue = د لیدنې نېټه { $encounter } ده، د کارت د صادرېدو له نېټې { $issued } وروسته؛ کارت هغه ثبتوي چې شوي دي.
field-item-too-large = { $item } حتی په خپل کارت هم په یو QR کوډ کې نه ځاییږي؛ متن یې لنډ کړئ یا د تېروتنې سمولو ټیټه کچه وټاکئ.
# What the JSON reader says (its words after the colon are the reader's, in English).
field-missing = اړین ځای نشته: { $field }
field-wrong-type = د ارزښت ناسم ډول: { $found } (تمه: { $expected })
field-wrong-value = ناسم ارزښت: { $found } (تمه: { $expected })
# A problem that has no words of its own in the catalogues: shown as ephr wrote it, in English.
field-other = { $problem }
