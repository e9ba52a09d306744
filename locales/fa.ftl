# ephr booklet and wallet card labels: Persian (Farsi/Dari).
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
language-name = فارسی

## Cover

title = پرونده سلامت شخصی
subtitle = خلاصه یک بررسی سلامت. آن را با دقت نگه دارید و در هر کلینیک نشان دهید.
card-title = کارت سلامت
demo-banner = نسخه نمایشی (DEMO) — پرونده سلامت واقعی نیست
name = نام
name-latin = نام به حروف لاتین
birth-date = تاریخ تولد
estimated = تخمینی
sex = جنسیت
nationality = ملیت
languages = زبان‌ها
card-id = کارت
record-id = پرونده
issued-by = صادرکننده
issued-on = تاریخ صدور
no-name = نامی ثبت نشده
not-recorded = ثبت نشده

## Entry

encounter = ارزیابی
encounter-date = تاریخ
encounter-site = محل
encounter-kind = نوع
encounter-role = معاینه‌کننده
mediator = یک میانجی فرهنگی یا مترجم حضور داشت.
entry-heading = ثبت { $n } از { $total }
entries = ثبت‌ها
follows = تکمیل‌کننده ثبت
follows-entry = شماره { $n }: کارت { $card }، { $date }
follows-elsewhere = ثبتی قبلی که در این دفترچه نیست
part = بخش { $n } از { $total }
page-footer = صفحه { $n } از { $total }
continued = ادامه

## Sections

sec-immunizations = واکسیناسیون
sec-vaccinations-due = واکسن‌های لازم
sec-problems = مشکلات و تشخیص‌ها
sec-medications = داروها
sec-allergies = حساسیت‌ها
sec-results = غربالگری و نتایج آزمایش‌ها
sec-mental-health = غربالگری سلامت روان
sec-vital-signs = علائم حیاتی
sec-pregnancy = بارداری
sec-referrals = ارجاع‌ها
sec-alerts = هشدارها
sec-signed = ثبت امضاشده
none-recorded = چیزی ثبت نشده
none-known = موردی شناخته نشده
no-vaccination-records = این فرد هیچ مدرک واکسیناسیونی ندارد.

## Table columns

col-vaccine = واکسن
col-date = تاریخ
col-dose = دوز
col-source = منبع
col-diagnosis = تشخیص
col-status = وضعیت
col-medicine = دارو
col-dosage = مقدار مصرف
col-substance = ماده
col-reaction = واکنش
col-test = آزمایش
col-result = نتیجه
col-to = ارجاع به
col-due = موعد
col-alert = هشدار
col-details = جزئیات
provisional = احتمالی
onset = از { $date }
until = تا { $date }
lot = سری ساخت { $lot }
date-unknown = تاریخ نامعلوم
reason = علت: { $reason }
criticality = خطر: { $level }

## Vital signs and pregnancy

vital-height = قد
vital-weight = وزن
vital-bp = فشار خون
vital-heart-rate = نبض
vital-respiratory-rate = تعداد تنفس
vital-temperature = درجه حرارت
vital-spo2 = اشباع اکسیژن
vital-head = دور سر
vital-muac = دور وسط بازو
pregnancy-status = وضعیت
expected-delivery = تاریخ احتمالی زایمان
gestational-weeks = هفته‌های بارداری
gravida = تعداد بارداری
para = تعداد زایمان
mh-outcome = نتیجه
mh-tool = ابزار غربالگری
mh-referred = ارجاع برای حمایت
yes = بله
no = خیر

## QR code

qr-caption = برای بررسی اسکن کنید: این ثبت به امضای مرجع بهداشتی صادرکننده آن رسیده است.
qr-issuer = { $issuer }، { $date }

## Last page

verify-title = برای کلینیک‌ها: روش بررسی این پرونده
verify-steps =
    1. هر کد QR را با یک ابزار بررسی که کدهای ephr را می‌خواند اسکن کنید.
    2. اگر کدی اسکن نشد، از صفحه عکس بگیرید و عکس را بررسی کنید: ephr verify photo.jpg. اگر باز هم نشد، از کلینیکی که این ثبت را صادر کرده بپرسید.
    3. ephr امضا را به‌صورت آفلاین با فهرست مراجع بهداشتی مورد اعتماد بررسی می‌کند.
    4. فقط به ثبت معتبر می‌توان اعتماد کرد؛ جدول‌های چاپی همان محتوای امضاشده را تکرار می‌کنند.
    5. کار خود را به‌صورت یک ثبت امضاشده جدید اضافه کنید؛ روی این دفترچه چیزی ننویسید.
privacy-title = اطلاعات سلامت شما
privacy-text =
    این دفترچه مال شماست. فقط اطلاعات سلامت در آن است: نه چیزی درباره وضعیت قانونی شما و نه مسیر سفرتان.
    شما تصمیم می‌گیرید چه کسی آن را ببیند. هیچ‌کس حق ندارد آن را از شما بگیرد.
    کارکنان بهداشتی از آن برای مراقبت از شما و جلوگیری از تکرار واکسن‌ها و آزمایش‌ها استفاده می‌کنند.

insert-title = نتایج محرمانه
insert-text = این برگه نتایج سلامتی را دارد که شما خواستید خصوصی بمانند. آن را جدا از دفترچه‌تان نگه دارید و فقط به کارکنان بهداشتی که خودتان انتخاب می‌کنید نشان دهید. دفترچهٔ شما بدون آن کامل است و نشان نمی‌دهد که این برگه وجود دارد.
insert-holds = شامل
insert-footer = محرمانه

## Values

sex-female = زن
sex-male = مرد
sex-other = دیگر
sex-unknown = نامشخص
kind-initial_assessment = ارزیابی اولیه
kind-follow_up = پیگیری
kind-vaccination = واکسیناسیون
kind-emergency = اورژانس
role-physician = پزشک
role-nurse = پرستار
role-midwife = ماما
role-psychologist = روان‌شناس
role-paramedic = امدادگر
role-other = سایر کارکنان بهداشتی
problem-active = فعال
problem-inactive = غیرفعال
problem-resolved = برطرف‌شده
allergy-medication = دارو
allergy-food = غذا
allergy-environment = محیطی
allergy-biologic = زیستی
criticality-low = کم
criticality-high = زیاد
criticality-unable_to_assess = نامشخص
medication-active = در حال مصرف
medication-completed = تکمیل‌شده
medication-stopped = قطع‌شده
medication-intended = برنامه‌ریزی‌شده
source-documented = مستند
source-reported = گزارش‌شده
source-given_here = در اینجا داده‌شده
result-positive = مثبت
result-negative = منفی
result-indeterminate = نامعین
result-not_done = انجام نشده
result-normal = طبیعی
result-abnormal = غیرطبیعی
pregnancy-pregnant = باردار
pregnancy-not_pregnant = باردار نیست
pregnancy-unknown = نامشخص
mh-no_concerns = بدون نگرانی
mh-concerns = نگرانی وجود دارد
mh-declined = نپذیرفت
mh-not_done = انجام نشده
urgency-routine = عادی
urgency-soon = به‌زودی
urgency-urgent = فوری
referral-planned = برنامه‌ریزی‌شده
referral-done = انجام‌شده
referral-cancelled = لغوشده
alert-severe_allergy = حساسیت شدید
alert-infectious = خطر عفونت
alert-critical_medication = داروی حیاتی
alert-high_risk_pregnancy = بارداری پرخطر
alert-urgent_follow_up = پیگیری فوری
alert-other = هشدار

## Text report (ephr verify, ephr decode)

report-patient = بیمار
report-born = متولد { $date }
report-nationality = ملیت: { $country }
report-speaks = زبان‌ها: { $languages }
report-encounter = مراجعه
report-mediator = با حضور میانجی/مترجم
report-problems = مشکلات
report-past-problems = مشکلات قبلی
report-medications = داروها
report-vaccines = واکسن‌ها
report-due = لازم
report-results = نتایج
report-mental-health = سلامت روان
report-no-known-allergies = حساسیت شناخته‌شده‌ای ندارد
report-no-known-problems = مشکل شناخته‌شده‌ای ندارد
report-no-known-medications = داروی شناخته‌شده‌ای ندارد
report-no-vaccination-records = هیچ سابقه واکسیناسیونی ندارد
report-code-unknown = { $code } (این کد در جدول‌های ephr نیست)
report-dose-number = دوز { $n }
report-due-from = از { $date }
report-height = قد { $value } سانتی‌متر
report-weight = وزن { $value } کیلوگرم
report-bmi = شاخص توده بدنی { $value }
report-bp = فشار خون { $systolic }/{ $diastolic } میلی‌متر جیوه
report-heart-rate = نبض { $value } در دقیقه
report-respiratory-rate = تنفس { $value } در دقیقه
report-temperature = دما { $value } درجه سانتی‌گراد
report-spo2 = اشباع اکسیژن { $value }٪
report-head = دور سر { $value } سانتی‌متر
report-muac = دور وسط بازو { $value } سانتی‌متر
report-weeks = { $n } هفته
report-delivery = تاریخ زایمان { $date }
report-gravida = تعداد بارداری { $n }
report-para = تعداد زایمان { $n }
report-referred = ارجاع داده شد
report-by = تا { $date }
report-valid = معتبر
report-not-valid = نامعتبر
report-revoked = ابطال‌شده
report-unverified = تأییدنشده
report-unreadable = خوانده نمی‌شود
report-unverified-note = محتوا بدون بررسی امضا نمایش داده شده است
report-card = کارت { $id }
report-issued = { $authority } در { $time }
report-signed-with = امضا با
report-key = کلید { $kid }
report-expires = انقضا
report-record-id = شناسه پرونده
report-follows = تکمیل‌کننده
report-entry = ثبت { $id }
report-part = بخش
report-confidential = محرمانه
report-confidential-note = ثبت محرمانه: فرد به انتخاب خود آن را نشان داده است. اطلاعات آن را جایی که دیگران می‌توانند ببینند کپی نکنید.
report-n-of = { $n } از { $total }
report-key-id = شناسه کلید
report-card-id = شناسه کارت
report-issuer-says = صادرکننده اعلام‌شده
report-content = محتوا
report-undecodable = رمزگشایی نشد: { $error }
report-facts-below = (اطلاعات آن در سابقه پرونده { $record } در ادامه آمده است)
report-history-one = سابقه پرونده { $record }: یک ثبت معتبر، از { $first } تا { $last }
report-history = سابقه پرونده { $record }: { $n } ثبت معتبر، از { $first } تا { $last }
report-not-used = استفاده نشد
report-doses-one = یک دوز ثبت شده
report-doses = { $n } دوز ثبت شده
report-problem = مشکل
report-warning = هشدار
report-note = یادداشت
report-checked = بررسی در { $time } با فهرست اعتماد نسخه { $version } (امضاشده با لنگر { $anchor }، صادرشده در { $issued }، به‌روزرسانی بعدی { $next })
report-findings = یافته‌ها درباره این ثبت‌ها
report-cards-valid = { $valid } از { $total } کارت معتبر

## Station (`ephr station`: the clinic's page in a browser)

station-title = ایستگاه ephr کلینیک
# Shown on every screen: what the station keeps.
station-privacy = هیچ‌چیز از آنچه اینجا بررسی می‌کنید ذخیره نمی‌شود: نه روی این رایانه و نه در هیچ فایل گزارشی. «نفر بعدی» همه‌چیز را پاک می‌کند، و اگر { $minutes } دقیقه از صفحه استفاده نشود نیز همه‌چیز پاک می‌شود.
station-language = زبان
station-add-heading = افزودن کارت
station-scanner-label = اسکنر یا متن
# Under the input that a USB or Bluetooth scanner types into.
station-scanner-hint = اسکنر بارکد خودش اینجا تایپ می‌کند. می‌توانید متن یک کارت را هم اینجا بچسبانید (PHR1:…).
station-check = بررسی
station-upload-label = عکس، تصویر صفحه، PDF دفترچه یا فایل .phr
station-upload = بررسی فایل
station-camera = دوربین
station-camera-start = روشن کردن دوربین
station-camera-stop = خاموش کردن دوربین
station-camera-looking = کد را صاف جلوی دوربین نگه دارید.
station-camera-found = کد پیدا شد.
station-camera-none = در این مرورگر از هیچ دوربینی نمی‌توان استفاده کرد. از اسکنر استفاده کنید یا یک عکس بارگذاری کنید.
station-next-person = نفر بعدی
station-cleared = پاک شد: چیزی از نفر قبلی باقی نمانده است.
station-empty = هنوز کارتی نیست. کدی را جلوی دوربین بگیرید، آن را اسکن کنید یا فایلی بارگذاری کنید.
# The verdict for everything shown, in large type.
station-all-valid = معتبر
station-some-invalid = نامعتبر
station-check-warnings = معتبر، با هشدار
station-valid-count = { $valid } از { $total } کارت معتبر
station-added = افزوده شد: { $n }
station-duplicate = قبلاً بررسی شده است.
# A button that switches the screen to the person's language so they can read their record.
station-person-language = نمایش به فرد به زبان { $language }
station-clinic-language = بازگشت به { $language }
station-downloads = چاپ و خروجی
station-booklet = دفترچه (PDF)
station-a4 = برگه‌های A4 (PDF)
station-wallet = کارت جیبی (PDF)
station-insert = برگه محرمانه (PDF)
station-fhir = سند FHIR برای سامانه کلینیک (JSON)
station-bundle = همه ثبت‌ها (فایل .phr)
station-cannot-print = چیزی قابل چاپ نیست: { $reason }
station-trust = فهرست اعتماد
station-trust-status = نسخه { $version }، امضاشده در { $issued }، به‌روزرسانی بعدی { $next }
station-trust-stale = به‌روز نیست: فهرست اعتماد جدید را از مرجع بهداشتی خود بخواهید و در پایین نصب کنید.
station-trust-demo = لنگر نمایشی (DEMO): کارت معتبر چیزی را ثابت نمی‌کند.
station-trust-install = نصب به‌روزرسانی از فایل
station-trust-installed = فهرست اعتماد نسخه { $version } نصب شد.
station-trust-unchanged = این فهرست اعتماد از قبل نصب شده است.
station-trust-fixed = این ایستگاه با یک فهرست اعتماد ثابت (--trust) راه‌اندازی شده است؛ برای استفاده از فهرستی دیگر، آن را دوباره راه‌اندازی کنید.
station-trust-refused = نصب نشد: { $reason }
station-signin = ورود
station-signin-code = کد دسترسی (در جایی که ایستگاه راه‌اندازی شد نمایش داده شده است)
station-signin-wrong = این کد دسترسی درست نیست.
station-signin-passphrase = عبارت عبور شما
station-signin-wrong-operator = این نام و عبارت عبور با هم مطابقت ندارند.
station-error = خوانده نمی‌شود: { $reason }
station-too-large = فایل خیلی بزرگ است (بیش از { $mb } مگابایت).
station-too-many = این فرد هم‌اکنون { $n } کارت در اینجا دارد. برای شروع دوباره، «نفر بعدی» را بزنید.

## Issuing station (`ephr station --issue`: the assessment form, drafts and the register)

station-issue-link = صدور: فرم‌ها و دفتر ثبت
station-issue-privacy = پیش‌نویس‌ها هنگام نوشتن در دفتر ثبت این مرکز ذخیره می‌شوند، به مدت { $drafts } روز، و فقط اپراتوری که آن‌ها را آغاز کرده می‌بیند. ورودی‌های امضاشده { $entries } روز برای چاپ دوباره نگه داشته و سپس پاک می‌شوند.
station-issue-operator = نام شما (با هر ورودی که امضا می‌کنید ثبت می‌شود)
station-issue-follow-button = افزودن پیگیری به این پرونده
station-issue-title = صدور
station-issue-new-heading = ارزیابی تازه
station-issue-new = آغاز ارزیابی تازه
station-issue-follow-hint = برای افزودن پیگیری، کارت فرد را در صفحهٔ اصلی بررسی کنید (دوربین، اسکنر یا فایل)، سپس «{ $button }» را بزنید.
station-issue-drafts = پیش‌نویس‌های شما
station-issue-no-drafts = پیش‌نویسی نیست. هر تغییر فرم هنگام نوشتن اینجا ذخیره می‌شود.
station-issue-no-name = (هنوز بی‌نام)
station-issue-draft-follow-up = پیگیری: { $about }
station-issue-find-heading = یافتن ورودی صادرشده
station-issue-find-label = شمارهٔ کارت (چنان‌که در دفترچه چاپ شده) یا نام
station-issue-find = یافتن
station-issue-found-none = چیزی در دفتر ثبت مطابقت ندارد.
station-issue-col-issued = صادرشده
station-issue-col-entry = ورودی
station-issue-col-names = نام‌ها
station-issue-col-operator = اپراتور
station-issue-reprint = چاپ دوباره
station-issue-nav = پیش‌نویس‌ها و دفتر ثبت
station-issue-follow-up = ورودی پیگیری
station-issue-saved-hint = هنگام نوشتن روی این ایستگاه ذخیره می‌شود. هر مشکل کنار فیلد خود نشان داده می‌شود.
station-issue-needs-js = فرم ارزیابی به JavaScript نیاز دارد.
station-issue-preview = پیش‌نمایش دفترچه (PDF با نشان DEMO، امضانشده)
station-issue-sign = امضا و نمایش برای چاپ
station-issue-discard = کنار گذاشتن این پیش‌نویس
station-issue-discard-confirm = این پیش‌نویس کنار گذاشته شود؟ بازگرداندنی نیست.
# The form's words that the booklet does not print: parts of a field's name, buttons, and what
# the size meter says as the health worker types.
form-own-script = به خط خود
form-given = نام
form-family = نام خانوادگی
form-systolic = سیستولیک
form-diastolic = دیاستولیک
form-country = کشور
form-onset = آغاز
form-note = یادداشت
form-category = دسته
form-criticality = شدت خطر
form-until = تا
form-lot = شمارهٔ سری ساخت
form-value = مقدار
form-unit = واحد
form-urgency = فوریت
form-not-given-here = نه برای دوزهای داده‌شده در اینجا
form-if-not-visit = اگر تاریخ مراجعه نیست
form-consent = رضایت
form-consent-card = فرد پذیرفت کارت محرمانه داشته باشد (نتایج اچ‌آی‌وی، هپاتیت، سلامت روان و بارداری جدا چاپ می‌شوند)
form-confidential = محرمانه
form-by-default = پیش‌فرض
form-code-placeholder = واژه یا کد بنویسید
form-remove = حذف
form-saving = در حال ذخیره…
form-signed-out = از سیستم خارج شدید: دوباره وارد شوید؛ پیش‌نویس تا آخرین تغییر ذخیره شده است.
form-not-saved = ذخیره نشد: { $reason }
form-unreachable = ذخیره نشد: به ایستگاه دسترسی نیست. این صفحه را باز نگه دارید و دوباره بکوشید.
form-problems = ذخیره شد. { $n } مشکل پیش از امضا باید رفع شود.
form-size = { $chars } نویسه، QR نسخهٔ { $version } در سطح Q
form-confidential-size = کارت محرمانه: { $chars } نویسه، نسخهٔ { $version }.
form-withheld = { $n } مورد محرمانه روی هیچ کارتی نمی‌رود (رضایتی برای کارت محرمانه نیست).
form-split = ذخیره شد. برای یک کد بزرگ است: به { $n } کارت امضاشده تقسیم می‌شود ({ $sizes }).
form-fits = ذخیره شد. در یک کد جا می‌شود: { $sizes }.

## Problems at a field: the rules a record must meet before it is signed (`ephr issue` prints
## them after the field's path, the issuing station under the field)

field-empty = خالی است؛ به جای آن فیلد را حذف کنید.
field-spaces = در آغاز یا پایان متن فاصله هست.
field-too-long = { $n } نویسه است؛ حداکثر { $max } روی کارت جا می‌شود.
field-control = متن نویسه‌های کنترلی دارد (شکست خط، تب).
field-hidden = متن نویسه‌های قالب‌بندی نامرئی دارد (تغییر جهت، فاصلهٔ بی‌پهنا)؛ متن را ساده بنویسید.
field-date = «{ $value }» تاریخی به شکل YYYY-MM-DD نیست (سال‌های 1900-2100).
field-partial-date = «{ $value }» تاریخی به شکل YYYY، YYYY-MM یا YYYY-MM-DD نیست.
field-icd10 = «{ $value }» کد معتبر ICD-10 نیست (یک حرف، دو رقم، سپس در صورت نیاز یک نقطه و یک یا دو رقم، مثلاً «E11.9»).
field-atc = «{ $value }» کد معتبر ATC سازمان جهانی بهداشت نیست (مثلاً «A10BA02»).
field-vaccine = «{ $value }» کد واکسن ATC سازمان جهانی بهداشت نیست (J07…، مثلاً «J07BD52» برای MMR).
field-country = «{ $value }» کد کشور ISO 3166-1 alpha-2 نیست (مثلاً «SY»، «GR»).
field-language = «{ $value }» کد زبان ISO 639 نیست (مثلاً «ar»، «fa»، «prs»).
field-too-many = { $n } مورد دارد؛ حداکثر { $max } جا می‌شود.
field-empty-list = فهرست خالی است؛ اگر پرسیدید و چیزی نیست «none_known» بنویسید، یا فیلد را حذف کنید.
field-empty-section = خالی است؛ به جای آن حذفش کنید.
field-name-empty = نه نام خانوادگی دارد نه نام؛ به جای آن حذفش کنید.
field-name-latin-letters = فقط حروف A-Z (با فاصله، خط تیره و آپوستروف)، مانند ناحیهٔ ماشین‌خوان گذرنامه.
field-name-latin-missing = نیست: نام به خط لاتین نیست، پس آوانویسی لاتین هم بدهید (کارکنان بهداشتی در طول مسیر باید بتوانند آن را بخوانند).
field-estimated-no-date = زده شده، اما تاریخ تولد نیست.
field-range = { $value } بیرون از بازهٔ پذیرفتنی { $min }-{ $max } است.
field-tenths = { $value } بیش از یک رقم اعشار دارد؛ کارت دهم‌ها را نگه می‌دارد.
field-diastolic = { $value } کمتر از فشار سیستولیک { $systolic } نیست.
field-dose-number = { $value } شمارهٔ دوزی از 1 تا 10 نیست.
field-no-doses = دوزی ندارد؛ اگر فرد هیچ سابقهٔ واکسیناسیون ندارد «no_records»: true بنویسید.
field-dose-date-required = برای دوزهای مستند و دوزهای داده‌شده در اینجا لازم است.
field-dose-given-here = تاریخ { $value } است، اما دوز داده‌شده در اینجا تاریخ مراجعه { $date } را دارد؛ دوزهای جای دیگر را «مستند» ثبت کنید.
field-loinc = «{ $value }» کد معتبر LOINC نیست (رقم‌ها، خط تیره، رقم کنترل، مثلاً «71773-6»).
field-decimal = «{ $value }» عدد اعشاری نیست (حداکثر 7 رقم پیش و 4 رقم پس از ممیز).
field-unit-without-value = واحد بدون مقدار داده شده است.
field-unit = «{ $value }» واحد UCUM نیست (مثلاً «g/dL»، «mmol/L»).
field-value-not-done = برای آزمایشی که انجام نشده مقدار داده شده است.
field-pregnant-male = «باردار» است اما جنس فرد «مرد» است.
field-weeks = { $value } بیش از 45 هفته است.
field-not-pregnant = تاریخ زایمان یا سن بارداری داده شده اما وضعیت «باردار» نیست.
field-implausible = { $value } پذیرفتنی نیست.
field-follow-up-before = { $value } پیش از مراجعهٔ ورودی پیگیری‌شده است ({ $date })؛ پیگیری پس از آن می‌آید.
field-reveals-referral = علت { $code } مشکلی محرمانه است و این ارجاع آن را روی کارت اصلی آشکار می‌کند؛ ارجاع را هم محرمانه کنید یا علتش را حذف کنید.
field-reveals-alert = هشدار بارداری پرخطر روی کارت اصلی بارداری محرمانه را آشکار می‌کند؛ هشدار را هم محرمانه کنید یا بارداری را غیرمحرمانه.
field-after-issue = تاریخ مراجعه { $encounter } است، پس از تاریخ صدور کارت { $issued }؛ کارت آنچه رخ داده را ثبت می‌کند.
field-item-too-large = { $item } حتی روی کارتی جداگانه در یک کد QR جا نمی‌شود؛ متنش را کوتاه کنید یا سطح تصحیح خطای پایین‌تری برگزینید.
# What the JSON reader says (its words after the colon are the reader's, in English).
field-missing = فیلد لازم نیست: { $field }
field-wrong-type = نوع مقدار نادرست: { $found } (انتظار: { $expected })
field-wrong-value = مقدار نادرست: { $found } (انتظار: { $expected })
# A problem that has no words of its own in the catalogues: shown as ephr wrote it, in English.
field-other = { $problem }
