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
station-error = خوانده نمی‌شود: { $reason }
station-too-large = فایل خیلی بزرگ است (بیش از { $mb } مگابایت).
station-too-many = این فرد هم‌اکنون { $n } کارت در اینجا دارد. برای شروع دوباره، «نفر بعدی» را بزنید.
