# ephr booklet and wallet card labels: Bulgarian.
#
# Format: Project Fluent (https://projectfluent.org/), plain messages only:
#   key = text
# A message may go on over indented lines (each is a new line of text).
# { $name } is filled in by ephr; keep every { $name } of a message when translating.
# Every catalogue must have exactly the keys of this one (a test checks).
# Keep texts short: an A6 page is 105 mm wide and holds two languages.

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
