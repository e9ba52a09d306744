# ephr booklet and wallet card labels: Dari (Afghan Persian).
#
# An overlay on fa.ftl: only the messages whose usual Dari wording differs from the Iranian
# Persian one are here (same keys as fa.ftl). Every key not in this file is read from fa.ftl.
#
# Format: Project Fluent (https://projectfluent.org/), plain messages only:
#   key = text
# A message may go on over indented lines (each is a new line of text).
# { $name } is filled in by ephr; keep every { $name } of a message when translating.
# Keep texts short: an A6 page is 105 mm wide and holds two languages.
#
# Status: machine-quality (drafted by ephr's developers with machine help on 2026-12-03 from
# fa.ftl, using Afghan health words as the drafter knew them: صحی، واکسین، دوا، حاملگی، ولادت،
# داکتر، نرس، قابله، کتابچه، معلومات; reviewed by nobody). See docs/TRANSLATIONS.md.

## Language

# The language's own name, shown in language pickers and on the last page.
language-name = دری

## Cover

title = پرونده صحی شخصی
subtitle = خلاصه یک معاینه صحی. آن را با احتیاط نگه دارید و در هر کلینیک نشان بدهید.
card-title = کارت صحی
demo-banner = نسخه نمایشی (DEMO) — پرونده صحی واقعی نیست

## Entry

mediator = یک میانجی فرهنگی یا ترجمان حضور داشت.
follows-elsewhere = ثبتی قبلی که در این کتابچه نیست

## Sections

sec-vaccinations-due = واکسین‌های لازم
sec-medications = ادویه
sec-mental-health = غربالگری صحت روانی
sec-pregnancy = حاملگی

## Table columns

col-vaccine = واکسین
col-medicine = دوا

## Vital signs and pregnancy

vital-spo2 = اشباع اکسیجن
expected-delivery = تاریخ احتمالی ولادت
gestational-weeks = هفته‌های حاملگی
gravida = تعداد حاملگی
para = تعداد ولادت
yes = بلی

## QR code

qr-caption = برای بررسی اسکن کنید: این ثبت به امضای مرجع صحی صادرکننده آن رسیده است.

## Last page

verify-steps =
    1. هر کد QR را با یک ابزار بررسی که کدهای ephr را می‌خواند اسکن کنید.
    2. اگر کدی اسکن نشد، از صفحه عکس بگیرید و عکس را بررسی کنید: ephr verify photo.jpg. اگر باز هم نشد، از کلینیکی که این ثبت را صادر کرده بپرسید.
    3. ephr امضا را به‌صورت آفلاین با فهرست مراجع صحی مورد اعتماد بررسی می‌کند.
    4. فقط به ثبت معتبر می‌توان اعتماد کرد؛ جدول‌های چاپی همان محتوای امضاشده را تکرار می‌کنند.
    5. کار خود را به‌صورت یک ثبت امضاشده جدید اضافه کنید؛ روی این کتابچه چیزی ننویسید.
privacy-title = معلومات صحی شما
privacy-text =
    این کتابچه از شماست. فقط معلومات صحی در آن است: نه چیزی درباره وضعیت قانونی شما و نه مسیر سفرتان.
    شما تصمیم می‌گیرید چه کسی آن را ببیند. هیچ‌کس حق ندارد آن را از شما بگیرد.
    کارمندان صحی از آن برای مراقبت از شما و جلوگیری از تکرار واکسین‌ها و آزمایش‌ها استفاده می‌کنند.

insert-text = این ورقه نتایج صحی‌ای را دارد که شما خواستید خصوصی بمانند. آن را جدا از کتابچه‌تان نگه دارید و فقط به کارمندان صحی که خودتان انتخاب می‌کنید نشان بدهید. کتابچهٔ شما بدون آن کامل است و نشان نمی‌دهد که این ورقه وجود دارد.

## Values

kind-emergency = عاجل
role-physician = داکتر
role-nurse = نرس
role-midwife = قابله
role-other = سایر کارمندان صحی
allergy-medication = دوا
pregnancy-pregnant = حامله
pregnancy-not_pregnant = حامله نیست
alert-infectious = خطر انتان
alert-critical_medication = دوای حیاتی
alert-high_risk_pregnancy = حاملگی پرخطر

## Text report (ephr verify, ephr decode)

report-patient = مریض
report-mediator = با حضور میانجی/ترجمان
report-medications = ادویه
report-vaccines = واکسین‌ها
report-mental-health = صحت روانی
report-no-known-medications = دوای شناخته‌شده‌ای ندارد
report-bmi = شاخص کتله بدن { $value }
report-temperature = حرارت بدن { $value } درجه سانتی‌گراد
report-spo2 = اشباع اکسیجن { $value }٪
report-delivery = تاریخ احتمالی ولادت { $date }
report-gravida = تعداد حاملگی { $n }
report-para = تعداد ولادت { $n }
report-confidential-note = ثبت محرمانه: فرد به انتخاب خود آن را نشان داده است. معلومات آن را جایی که دیگران می‌توانند ببینند کاپی نکنید.
report-facts-below = (معلومات آن در سابقه پرونده { $record } در ادامه آمده است)

## Station (`ephr station`: the clinic's page in a browser)

station-privacy = هیچ‌چیز از آنچه اینجا بررسی می‌کنید ذخیره نمی‌شود: نه روی این کمپیوتر و نه در هیچ فایل گزارشی. «نفر بعدی» همه‌چیز را پاک می‌کند، و اگر { $minutes } دقیقه از صفحه استفاده نشود نیز همه‌چیز پاک می‌شود.
station-upload-label = عکس، تصویر صفحه، PDF کتابچه یا فایل .phr
station-booklet = کتابچه (PDF)
station-a4 = ورقه‌های A4 (PDF)
station-insert = ورقه محرمانه (PDF)
station-trust-stale = به‌روز نیست: فهرست اعتماد جدید را از مرجع صحی خود بخواهید و در پایین نصب کنید.

## Issuing station (`ephr station --issue`: the assessment form, drafts and the register)

station-issue-find-label = شمارهٔ کارت (چنان‌که در کتابچه چاپ شده) یا نام
station-issue-preview = پیش‌نمایش کتابچه (PDF با نشان DEMO، امضانشده)
form-consent-card = فرد پذیرفت کارت محرمانه داشته باشد (نتایج اچ‌آی‌وی، هیپاتیت، صحت روانی و حاملگی جدا چاپ می‌شوند)

## Problems at a field

field-atc = «{ $value }» کد معتبر ATC سازمان صحی جهان نیست (مثلاً «A10BA02»).
field-vaccine = «{ $value }» کد واکسین ATC سازمان صحی جهان نیست (J07…، مثلاً «J07BD52» برای MMR).
field-name-latin-letters = فقط حروف A-Z (با فاصله، خط تیره و آپوستروف)، مانند ناحیهٔ ماشین‌خوان پاسپورت.
field-name-latin-missing = نیست: نام به خط لاتین نیست، پس آوانویسی لاتین هم بدهید (کارمندان صحی در طول مسیر باید بتوانند آن را بخوانند).
field-pregnant-male = «حامله» است اما جنس فرد «مرد» است.
field-not-pregnant = تاریخ احتمالی ولادت یا سن حاملگی داده شده اما وضعیت «حامله» نیست.
field-reveals-alert = هشدار حاملگی پرخطر روی کارت اصلی حاملگی محرمانه را آشکار می‌کند؛ هشدار را هم محرمانه کنید یا حاملگی را غیرمحرمانه.
