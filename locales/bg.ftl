# ephr booklet and wallet card labels: Bulgarian.
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
language-name = Български

## Cover

title = Лично здравно досие
subtitle = Обобщение на здравен преглед. Пазете го добре и го показвайте при всеки преглед.
card-title = Здравна карта
demo-banner = DEMO (демонстрация) — не е истинско здравно досие
name = Име
name-latin = Име на латиница
birth-date = Дата на раждане
estimated = приблизителна
sex = Пол
nationality = Гражданство
languages = Езици
card-id = Карта
record-id = Досие
issued-by = Издател
issued-on = Дата на издаване
no-name = няма записано име
not-recorded = не е записано

## Entry

encounter = Преглед
encounter-date = Дата
encounter-site = Място
encounter-kind = Вид
encounter-role = Извършен от
mediator = Присъстваше културен медиатор или преводач.
entry-heading = Запис { $n } от { $total }
entries = Записи
follows = Допълва запис
follows-entry = № { $n }: карта { $card }, { $date }
follows-elsewhere = по-ранен запис, който не е в тази книжка
part = Част { $n } от { $total }
page-footer = Страница { $n } от { $total }
continued = продължение

## Sections

sec-immunizations = Ваксинации
sec-vaccinations-due = Предстоящи ваксинации
sec-problems = Проблеми и диагнози
sec-medications = Лекарства
sec-allergies = Алергии
sec-results = Скрининг и изследвания
sec-mental-health = Скрининг за психично здраве
sec-vital-signs = Витални показатели
sec-pregnancy = Бременност
sec-referrals = Направления
sec-alerts = Предупреждения
sec-signed = Подписан запис
none-recorded = Няма данни
none-known = Няма известни
no-vaccination-records = Лицето няма документи за ваксинации.

## Table columns

col-vaccine = Ваксина
col-date = Дата
col-dose = Доза
col-source = Източник
col-diagnosis = Диагноза
col-status = Статус
col-medicine = Лекарство
col-dosage = Дозировка
col-substance = Вещество
col-reaction = Реакция
col-test = Изследване
col-result = Резултат
col-to = Насочен към
col-due = Срок
col-alert = Предупреждение
col-details = Подробности
provisional = предварителна
onset = от { $date }
until = до { $date }
lot = партида { $lot }
date-unknown = неизвестна дата
reason = причина: { $reason }
criticality = риск: { $level }

## Vital signs and pregnancy

vital-height = Ръст
vital-weight = Тегло
vital-bp = Артериално налягане
vital-heart-rate = Пулс
vital-respiratory-rate = Дихателна честота
vital-temperature = Температура
vital-spo2 = Кислородна сатурация
vital-head = Обиколка на главата
vital-muac = Обиколка на мишницата
pregnancy-status = Статус
expected-delivery = Термин за раждане
gestational-weeks = Гестационна възраст (седмици)
gravida = Бременности
para = Раждания
mh-outcome = Резултат
mh-tool = Скринингов инструмент
mh-referred = Насочване за подкрепа
yes = да
no = не

## QR code

qr-caption = Сканирайте за проверка: този запис е подписан от здравния орган, който го е издал.
qr-issuer = { $issuer }, { $date }

## Last page

verify-title = За медицинските специалисти: как да проверите досието
verify-steps =
    1. Сканирайте всеки QR код с инструмент за проверка, който чете кодове на ephr.
    2. Ако код не се сканира, снимайте страницата и проверете снимката: ephr verify photo.jpg. Ако и това не помогне, попитайте заведението, издало записа.
    3. ephr проверява подписа офлайн спрямо доверителния списък на здравните органи.
    4. Доверие заслужава само валиден запис; отпечатаните таблици повтарят подписаното.
    5. Добавете извършеното от вас като нов подписан запис; не пишете в тази книжка.
privacy-title = Вашата здравна информация
privacy-text =
    Тази книжка е ваша. В нея има само здравна информация: нищо за правния ви статут или за маршрута ви.
    Вие решавате кой да я вижда. Никой няма право да ви я отнеме.
    Медицинските специалисти я използват, за да се грижат за вас и да не повтарят ваксини и изследвания.

insert-title = Поверителни резултати
insert-text = Тази вложка съдържа здравни резултати, които сте избрали да останат лични. Пазете я отделно от книжката си и я показвайте само на медицински работник по ваш избор. Книжката е пълна и без нея и не показва, че тази вложка съществува.
insert-holds = Съдържа
insert-footer = ПОВЕРИТЕЛНО

## Values

sex-female = женски
sex-male = мъжки
sex-other = друг
sex-unknown = неизвестен
kind-initial_assessment = първичен преглед
kind-follow_up = контролен преглед
kind-vaccination = ваксинация
kind-emergency = спешен преглед
role-physician = лекар
role-nurse = медицинска сестра
role-midwife = акушерка
role-psychologist = психолог
role-paramedic = фелдшер
role-other = друг медицински специалист
problem-active = активен
problem-inactive = неактивен
problem-resolved = отзвучал
allergy-medication = лекарство
allergy-food = храна
allergy-environment = околна среда
allergy-biologic = биологичен агент
criticality-low = нисък
criticality-high = висок
criticality-unable_to_assess = неизвестен
medication-active = приема се
medication-completed = завършено
medication-stopped = спряно
medication-intended = планирано
source-documented = документирана
source-reported = съобщена
source-given_here = поставена тук
result-positive = положителен
result-negative = отрицателен
result-indeterminate = неопределен
result-not_done = не е направено
result-normal = нормален
result-abnormal = патологичен
pregnancy-pregnant = бременна
pregnancy-not_pregnant = не е бременна
pregnancy-unknown = неизвестно
mh-no_concerns = без притеснения
mh-concerns = има притеснения
mh-declined = отказ
mh-not_done = не е проведен
urgency-routine = планово
urgency-soon = скоро
urgency-urgent = спешно
referral-planned = планирано
referral-done = извършено
referral-cancelled = отменено
alert-severe_allergy = тежка алергия
alert-infectious = риск от инфекция
alert-critical_medication = жизненоважно лекарство
alert-high_risk_pregnancy = високорискова бременност
alert-urgent_follow_up = спешно проследяване
alert-other = предупреждение

## Text report (ephr verify, ephr decode)

report-patient = Пациент
report-born = дата на раждане: { $date }
report-nationality = гражданство: { $country }
report-speaks = езици: { $languages }
report-encounter = Преглед
report-mediator = присъства медиатор/преводач
report-problems = Проблеми
report-past-problems = Минали проблеми
report-medications = Лекарства
report-vaccines = Ваксини
report-due = Предстоящи
report-results = Резултати
report-mental-health = Психично здраве
report-no-known-allergies = няма известни алергии
report-no-known-problems = няма известни проблеми
report-no-known-medications = няма известни лекарства
report-no-vaccination-records = НЯМА ДАННИ ЗА ВАКСИНАЦИИ
report-code-unknown = { $code } (кодът липсва в таблиците на ephr)
report-dose-number = доза { $n }
report-due-from = от { $date }
report-height = ръст { $value } см
report-weight = тегло { $value } кг
report-bmi = ИТМ { $value }
report-bp = АН { $systolic }/{ $diastolic } mmHg
report-heart-rate = пулс { $value }/мин
report-respiratory-rate = ДЧ { $value }/мин
report-temperature = темп. { $value } °C
report-spo2 = SpO2 { $value } %
report-head = обиколка на главата { $value } см
report-muac = MUAC { $value } см
report-weeks = { $n } седмици
report-delivery = термин { $date }
report-gravida = бременности { $n }
report-para = раждания { $n }
report-referred = насочване направено
report-by = до { $date }
report-valid = ВАЛИДНА
report-not-valid = НЕВАЛИДНА
report-revoked = АНУЛИРАНА
report-unverified = НЕПРОВЕРЕНА
report-unreadable = НЕ МОЖЕ ДА СЕ ПРОЧЕТЕ
report-unverified-note = съдържание БЕЗ проверка на подписа
report-card = карта { $id }
report-issued = { $authority } на { $time }
report-signed-with = Подписана с
report-key = ключ { $kid }
report-expires = Валидна до
report-record-id = № на досие
report-follows = Допълва
report-entry = запис { $id }
report-part = Част
report-confidential = поверително
report-confidential-note = Поверителен запис: показан по избор на лицето. Не преписвайте данните му там, където други могат да ги видят.
report-n-of = { $n } от { $total }
report-key-id = ID на ключ
report-card-id = № на карта
report-issuer-says = Заявен издател
report-content = Съдържание
report-undecodable = не може да се декодира: { $error }
report-facts-below = (данните му са в историята на досие { $record } по-долу)
report-history-one = История на досие { $record }: 1 валиден запис, от { $first } до { $last }
report-history = История на досие { $record }: { $n } валидни записа, от { $first } до { $last }
report-not-used = не е използван
report-doses-one = 1 записана доза
report-doses = { $n } записани дози
report-problem = ПРОБЛЕМ
report-warning = ПРЕДУПРЕЖДЕНИЕ
report-note = БЕЛЕЖКА
report-checked = Проверено на { $time } спрямо списък на доверие версия { $version } (подписан с котва { $anchor }, издаден на { $issued }, следваща актуализация { $next })
report-findings = Констатации за тези записи
report-cards-valid = { $valid } от { $total } карти са валидни

## Station (`ephr station`: the clinic's page in a browser)

station-title = Станция ephr на здравното заведение
# Shown on every screen: what the station keeps.
station-privacy = Нищо от проверяваното тук не се запазва: нито на този компютър, нито в какъвто и да е дневник. „Следващо лице“ изтрива всичко, както и { $minutes } минути без използване.
station-language = Език
station-add-heading = Добавяне на карта
station-scanner-label = Скенер или текст
# Under the input that a USB or Bluetooth scanner types into.
station-scanner-hint = Скенерът за баркодове пише тук сам. Можете също да поставите текста на карта (PHR1:…).
station-check = Проверка
station-upload-label = Снимка, екранна снимка, PDF на книжката или файл .phr
station-upload = Проверка на файла
station-camera = Камера
station-camera-start = Включване на камерата
station-camera-stop = Изключване на камерата
station-camera-looking = Дръжте кода равно пред камерата.
station-camera-found = Кодът е открит.
station-camera-none = В този браузър не може да се използва камера. Използвайте скенер или качете снимка.
station-next-person = Следващо лице
station-cleared = Изчистено: от предишното лице не е останало нищо.
station-empty = Все още няма карта. Покажете код на камерата, сканирайте го или качете файл.
# The verdict for everything shown, in large type.
station-all-valid = ВАЛИДНА
station-some-invalid = НЕВАЛИДНА
station-check-warnings = ВАЛИДНА, С ПРЕДУПРЕЖДЕНИЯ
station-valid-count = { $valid } от { $total } карти са валидни
station-added = Добавени: { $n }
station-duplicate = Вече е проверена.
# A button that switches the screen to the person's language so they can read their record.
station-person-language = Превключване на { $language } за лицето
station-clinic-language = Обратно на { $language }
station-downloads = Печат и експорт
station-booklet = Книжка (PDF)
station-a4 = Листове A4 (PDF)
station-wallet = Джобна карта (PDF)
station-insert = Поверителна вложка (PDF)
station-fhir = FHIR документ за системата на заведението (JSON)
station-bundle = Всички записи (файл .phr)
station-cannot-print = Нищо не може да се отпечата: { $reason }
station-trust = Списък на доверие
station-trust-status = Версия { $version }, подписан на { $issued }, следваща актуализация { $next }
station-trust-stale = ОСТАРЯЛ: поискайте новия списък на доверие от вашия здравен орган и го инсталирайте по-долу.
station-trust-demo = DEMO котва: валидна карта не доказва нищо.
station-trust-install = Инсталиране на актуализация от файл
station-trust-installed = Списъкът на доверие версия { $version } е инсталиран.
station-trust-unchanged = Този списък на доверие вече е инсталиран.
station-trust-fixed = Тази станция е стартирана с фиксиран списък на доверие (--trust); рестартирайте я, за да използвате друг.
station-trust-refused = Не е инсталиран: { $reason }
station-signin = Вход
station-signin-code = Код за достъп (показан там, където е стартирана станцията)
station-signin-wrong = Този код за достъп не е верен.
station-signin-passphrase = Вашата парола
station-signin-wrong-operator = Името и паролата не съвпадат.
station-error = Не може да се прочете: { $reason }
station-too-large = Файлът е твърде голям (над { $mb } МБ).
station-too-many = Това лице вече има { $n } карти тук. Натиснете „Следващо лице“, за да започнете отначало.

## Issuing station (`ephr station --issue`: the assessment form, drafts and the register)

station-issue-link = Издаване: формуляри и регистър
station-issue-privacy = Черновите се запазват в регистъра на този пункт, докато пишете, за { $drafts } дни, и ги вижда само операторът, който ги е започнал. Подписаните записи се пазят { $entries } дни за повторен печат, след което се изтриват.
station-issue-operator = Вашето име (записва се с всеки запис, който подписвате)
station-issue-follow-button = Добавяне на проследяване към този картон
station-issue-title = Издаване
station-issue-new-heading = Нов преглед
station-issue-new = Започване на нов преглед
station-issue-follow-hint = За да добавите проследяване, проверете картата на човека на главния екран (камера, скенер или файл), след това натиснете „{ $button }“.
station-issue-drafts = Вашите чернови
station-issue-no-drafts = Няма чернови. Всяка промяна във формуляр се запазва тук, докато пишете.
station-issue-no-name = (още без име)
station-issue-draft-follow-up = проследяване: { $about }
station-issue-find-heading = Намиране на издаден запис
station-issue-find-label = Номер на карта (както е отпечатан в книжката) или име
station-issue-find = Търсене
station-issue-found-none = Нищо в регистъра не съвпада.
station-issue-col-issued = Издаден
station-issue-col-entry = Запис
station-issue-col-names = Имена
station-issue-col-operator = Оператор
station-issue-reprint = Повторен печат
station-issue-nav = Чернови и регистър
station-issue-follow-up = Запис за проследяване
station-issue-saved-hint = Запазва се на тази станция, докато пишете. Всеки проблем се показва при полето си.
station-issue-needs-js = Формулярът за преглед изисква JavaScript.
station-issue-preview = Преглед на книжката (PDF с надпис DEMO, неподписан)
station-issue-sign = Подписване и показване за печат
station-issue-discard = Отхвърляне на тази чернова
station-issue-discard-confirm = Да се отхвърли ли тази чернова? Тя не може да бъде върната.
# The form's words that the booklet does not print: parts of a field's name, buttons, and what
# the size meter says as the health worker types.
form-own-script = на собствената писменост
form-given = собствено име
form-family = фамилно име
form-systolic = систолно
form-diastolic = диастолно
form-country = Държава
form-onset = Начало
form-note = Бележка
form-category = Категория
form-criticality = Тежест
form-until = До
form-lot = Партида
form-value = Стойност
form-unit = Единица
form-urgency = Спешност
form-not-given-here = не за дози, поставени тук
form-if-not-visit = ако не е датата на посещението
form-consent = Съгласие
form-consent-card = Човекът се съгласи да носи поверителна карта (резултатите за ХИВ, хепатит, психично здраве и бременност се печатат отделно)
form-confidential = Поверително
form-by-default = по подразбиране
form-code-placeholder = въведете думи или код
form-remove = Премахване
form-saving = Запазване…
form-signed-out = Излязохте: влезте отново; черновата е запазена до последната промяна.
form-not-saved = Не е запазено: { $reason }
form-unreachable = Не е запазено: станцията е недостъпна. Оставете страницата отворена и опитайте пак.
form-problems = Запазено. { $n } проблем(а) за поправяне преди подписване.
form-size = { $chars } знака, QR версия { $version } на ниво Q
form-confidential-size = Поверителна карта: { $chars } знака, версия { $version }.
form-withheld = { $n } поверителни елемента не отиват на никоя карта (няма съгласие за поверителна карта).
form-split = Запазено. Твърде голямо за един код: ще бъде разделено на { $n } подписани карти ({ $sizes }).
form-fits = Запазено. Побира се в един код: { $sizes }.

## Problems at a field: the rules a record must meet before it is signed (`ephr issue` prints
## them after the field's path, the issuing station under the field)

field-empty = Празно е; по-добре пропуснете полето.
field-spaces = Има интервали в началото или края.
field-too-long = Дълго е { $n } знака; на картата се побират най-много { $max }.
field-control = Съдържа управляващи знаци (нови редове, табулации).
field-hidden = Съдържа невидими форматиращи знаци (смяна на посоката, интервали с нулева ширина); напишете текста обикновено.
field-date = „{ $value }“ не е дата във вида ГГГГ-ММ-ДД (години 1900-2100).
field-partial-date = „{ $value }“ не е дата във вида ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД.
field-icd10 = „{ $value }“ не е валиден код по МКБ-10 (буква, две цифри, после по избор точка и една или две цифри, напр. „E11.9“).
field-atc = „{ $value }“ не е валиден ATC код на СЗО (напр. „A10BA02“).
field-vaccine = „{ $value }“ не е ATC код на ваксина на СЗО (J07…, напр. „J07BD52“ за MMR).
field-country = „{ $value }“ не е код на държава по ISO 3166-1 alpha-2 (напр. „SY“, „GR“).
field-language = „{ $value }“ не е код на език по ISO 639 (напр. „ar“, „fa“, „prs“).
field-too-many = Има { $n } елемента; побират се най-много { $max }.
field-empty-list = Списъкът е празен; напишете „none_known“, ако сте попитали и няма такива, или пропуснете полето.
field-empty-section = Празно е; по-добре го пропуснете.
field-name-empty = Няма нито фамилно, нито собствено име; по-добре го пропуснете.
field-name-latin-letters = Само буквите A-Z (с интервали, тирета и апострофи), както в машинночитаемата зона на паспорта.
field-name-latin-missing = Липсва: името не е на латиница, затова дайте и транслитерация на латиница (медиците по пътя трябва да могат да го прочетат).
field-estimated-no-date = Отбелязано е, но няма дата на раждане.
field-range = { $value } е извън правдоподобния диапазон { $min }-{ $max }.
field-tenths = { $value } има повече от един знак след десетичната точка; картата пази десети.
field-diastolic = { $value } не е под систолното налягане { $systolic }.
field-dose-number = { $value } не е номер на доза от 1 до 10.
field-no-doses = Няма дози; напишете „no_records“: true, ако човекът няма никакви документи за ваксинации.
field-dose-date-required = Задължително е за документирани дози и дози, поставени тук.
field-dose-given-here = Датата е { $value }, но доза, поставена тук, има датата на посещението { $date }; запишете дозите, поставени другаде, като „документирани“.
field-loinc = „{ $value }“ не е валиден LOINC код (цифри, тире, контролна цифра, напр. „71773-6“).
field-decimal = „{ $value }“ не е десетично число (най-много 7 цифри преди и 4 след точката).
field-unit-without-value = Дадена е без стойност.
field-unit = „{ $value }“ не е единица по UCUM (напр. „g/dL“, „mmol/L“).
field-value-not-done = Дадена е за изследване, което не е направено.
field-pregnant-male = „бременна“, но полът на човека е „мъж“.
field-weeks = { $value } е повече от 45 седмици.
field-not-pregnant = Дадени са дата на раждане или гестационна възраст, но статусът не е „бременна“.
field-implausible = { $value } е неправдоподобно.
field-follow-up-before = { $value } е преди посещението на следвания запис ({ $date }); проследяването идва след него.
field-reveals-referral = Причината { $code } е поверителен проблем, затова това насочване би го разкрило на основната карта; отбележете и насочването като поверително или махнете причината.
field-reveals-alert = Сигнал за високорискова бременност на основната карта разкрива поверителната бременност; отбележете и сигнала като поверителен или бременността като неповерителна.
field-after-issue = Посещението е с дата { $encounter }, след датата на издаване на картата { $issued }; картата записва случилото се.
field-item-too-large = { $item } не се побира в един QR код дори на отделна карта; съкратете текста или изберете по-ниско ниво на корекция на грешки.
# What the JSON reader says (its words after the colon are the reader's, in English).
field-missing = Липсва задължително поле: { $field }
field-wrong-type = Грешен вид стойност: { $found } (очаквано: { $expected })
field-wrong-value = Грешна стойност: { $found } (очаквано: { $expected })
# A problem that has no words of its own in the catalogues: shown as ephr wrote it, in English.
field-other = { $problem }
