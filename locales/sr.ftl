# ephr booklet and wallet card labels: Serbian, Cyrillic script (Latin script: sr-Latn.ftl).
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
language-name = Српски (ћирилица)

## Cover

title = Лични здравствени картон
subtitle = Сажетак здравственог прегледа. Чувајте га и покажите на сваком прегледу.
card-title = Здравствена картица
demo-banner = DEMO — није прави здравствени запис
name = Име и презиме
name-latin = Име латиничним словима
birth-date = Датум рођења
estimated = процењен
sex = Пол
nationality = Држављанство
languages = Језици
card-id = Картица
record-id = Картон
issued-by = Издао
issued-on = Датум издавања
no-name = име није уписано
not-recorded = није уписано

## Entry

encounter = Преглед
encounter-date = Датум
encounter-site = Место
encounter-kind = Врста
encounter-role = Прегледао
mediator = Био је присутан културни медијатор или преводилац.
entry-heading = Унос { $n } од { $total }
entries = Уноси
follows = Допуњује унос
follows-entry = бр. { $n }: картица { $card }, { $date }
follows-elsewhere = ранији унос који није у овом картону
part = Део { $n } од { $total }
page-footer = Страна { $n } од { $total }
continued = наставак

## Sections

sec-immunizations = Вакцинације
sec-vaccinations-due = Предстојеће вакцинације
sec-problems = Проблеми и дијагнозе
sec-medications = Лекови
sec-allergies = Алергије
sec-results = Скрининг и резултати анализа
sec-mental-health = Скрининг менталног здравља
sec-vital-signs = Витални знаци
sec-pregnancy = Трудноћа
sec-referrals = Упути
sec-alerts = Упозорења
sec-signed = Потписани унос
none-recorded = Ништа није уписано
none-known = Није познато
no-vaccination-records = Особа нема податке о вакцинацији.

## Table columns

col-vaccine = Вакцина
col-date = Датум
col-dose = Доза
col-source = Извор
col-diagnosis = Дијагноза
col-status = Статус
col-medicine = Лек
col-dosage = Дозирање
col-substance = Супстанца
col-reaction = Реакција
col-test = Анализа
col-result = Резултат
col-to = Упућен у
col-due = Рок
col-alert = Упозорење
col-details = Појединости
provisional = привремена
onset = од { $date }
until = до { $date }
lot = серија { $lot }
date-unknown = датум непознат
reason = разлог: { $reason }
criticality = ризик: { $level }

## Vital signs and pregnancy

vital-height = Висина
vital-weight = Телесна маса
vital-bp = Крвни притисак
vital-heart-rate = Пулс
vital-respiratory-rate = Фреквенција дисања
vital-temperature = Температура
vital-spo2 = Засићеност кисеоником
vital-head = Обим главе
vital-muac = Обим надлактице
pregnancy-status = Статус
expected-delivery = Очекивани термин порођаја
gestational-weeks = Недеље трудноће
gravida = Трудноће
para = Порођаји
mh-outcome = Исход
mh-tool = Упитник за скрининг
mh-referred = Упућен на подршку
yes = да
no = не

## QR code

qr-caption = Скенирајте ради провере: овај унос је потписала здравствена установа која га је издала.
qr-issuer = { $issuer }, { $date }

## Last page

verify-title = За здравствене раднике: како проверити овај картон
verify-steps =
    1. Скенирајте сваки QR код читачем који чита ephr кодове.
    2. Ако код не може да се скенира, фотографишите страну и проверите фотографију: ephr verify photo.jpg. Ако ни то не успе, обратите се установи која је издала унос.
    3. ephr проверава потпис без интернета према листи поузданих здравствених органа.
    4. Поуздан је само важећи унос; штампане табеле понављају оно што је потписано.
    5. Оно што урадите упишите као нови потписани унос; не пишите по овом картону.
privacy-title = Ваши здравствени подаци
privacy-text =
    Овај картон припада Вама. Садржи само здравствене податке: нема правног статуса ни пута којим сте путовали.
    Ви одлучујете ко сме да га види. Нико не сме да Вам га одузме.
    Здравствени радници га користе да би Вас лечили и да не би понављали вакцине и анализе.

insert-title = Поверљиви резултати
insert-text = Овај уметак садржи здравствене резултате које сте одлучили да чувате као приватне. Чувајте га одвојено од картона и покажите га само здравственом раднику кога сами изаберете. Картон је потпун и без њега и не показује да овај уметак постоји.
insert-holds = Садржи
insert-footer = ПОВЕРЉИВО

## Values

sex-female = женски
sex-male = мушки
sex-other = други
sex-unknown = непознат
kind-initial_assessment = први преглед
kind-follow_up = контролни преглед
kind-vaccination = вакцинација
kind-emergency = хитан случај
role-physician = лекар
role-nurse = медицинска сестра / техничар
role-midwife = бабица
role-psychologist = психолог
role-paramedic = радник хитне помоћи
role-other = други здравствени радник
problem-active = активно
problem-inactive = неактивно
problem-resolved = решено
allergy-medication = лек
allergy-food = храна
allergy-environment = околина
allergy-biologic = биолошка супстанца
criticality-low = низак
criticality-high = висок
criticality-unable_to_assess = непознат
medication-active = узима
medication-completed = завршено
medication-stopped = прекинуто
medication-intended = планирано
source-documented = документовано
source-reported = према изјави
source-given_here = дато овде
result-positive = позитиван
result-negative = негативан
result-indeterminate = неодређен
result-not_done = није урађено
result-normal = уредан
result-abnormal = патолошки
pregnancy-pregnant = трудна
pregnancy-not_pregnant = није трудна
pregnancy-unknown = непознато
mh-no_concerns = без тешкоћа
mh-concerns = постоје тешкоће
mh-declined = одбијено
mh-not_done = није урађено
urgency-routine = редовно
urgency-soon = ускоро
urgency-urgent = хитно
referral-planned = планирано
referral-done = обављено
referral-cancelled = отказано
alert-severe_allergy = тешка алергија
alert-infectious = ризик од инфекције
alert-critical_medication = неопходан лек
alert-high_risk_pregnancy = високоризична трудноћа
alert-urgent_follow_up = хитна контрола
alert-other = упозорење

## Text report (ephr verify, ephr decode)

report-patient = Пацијент
report-born = рођен/а { $date }
report-nationality = држављанство { $country }
report-speaks = говори { $languages }
report-encounter = Преглед
report-mediator = присутан медијатор/преводилац
report-problems = Проблеми
report-past-problems = Ранији пробл.
report-medications = Лекови
report-vaccines = Вакцине
report-due = Предстоји
report-results = Резултати
report-mental-health = Мент. здр.
report-no-known-allergies = нема познатих алергија
report-no-known-problems = нема познатих проблема
report-no-known-medications = нема познатих лекова
report-no-vaccination-records = НЕМА ПОДАТАКА О ВАКЦИНАЦИЈИ
report-code-unknown = { $code } (шифра није у табелама ephr-а)
report-dose-number = доза { $n }
report-due-from = од { $date }
report-height = висина { $value } cm
report-weight = маса { $value } kg
report-bmi = ИТМ { $value }
report-bp = ТА { $systolic }/{ $diastolic } mmHg
report-heart-rate = пулс { $value }/min
report-respiratory-rate = дисање { $value }/min
report-temperature = T { $value } °C
report-spo2 = SpO2 { $value } %
report-head = обим главе { $value } cm
report-muac = MUAC { $value } cm
report-weeks = { $n } нед.
report-delivery = термин { $date }
report-gravida = G{ $n }
report-para = P{ $n }
report-referred = упућен/а
report-by = до { $date }
report-valid = ВАЖЕЋЕ
report-not-valid = НЕВАЖЕЋЕ
report-revoked = ОПОЗВАНО
report-unverified = НЕПРОВЕРЕНО
report-unreadable = НЕЧИТЉИВО
report-unverified-note = садржај приказан БЕЗ провере потписа
report-card = картица { $id }
report-issued = { $authority }, { $time }
report-signed-with = Потписано
report-key = кључ { $kid }
report-expires = Истиче
report-record-id = ID картона
report-follows = Допуњује
report-entry = унос { $id }
report-part = Део
report-confidential = поверљиво
report-confidential-note = Поверљиви унос: приказан по избору особе. Не преписујте његове податке тамо где их други могу видети.
report-n-of = { $n } од { $total }
report-key-id = ID кључа
report-card-id = ID картице
report-issuer-says = Наводни издавалац
report-content = Садржај
report-undecodable = не може да се декодира: { $error }
report-facts-below = (његови подаци су у историји картона { $record } ниже)
report-history-one = Историја картона { $record }: 1 важећи унос, од { $first } до { $last }
report-history = Историја картона { $record }: важећих уноса { $n }, од { $first } до { $last }
report-not-used = не користи се
report-doses-one = уписана 1 доза
report-doses = уписаних доза: { $n }
report-problem = ПРОБЛЕМ
report-warning = УПОЗОРЕЊЕ
report-note = НАПОМЕНА
report-checked = Проверено { $time } према листи поузданих органа, верзија { $version } (потписао кључ-сидро { $anchor }, издато { $issued }, следеће ажурирање { $next })
report-findings = Налази о овим уносима
report-cards-valid = Важећих картица: { $valid } од { $total }

## Station (`ephr station`: the clinic's page in a browser)

station-title = ephr станица здравствене установе
# Shown on every screen: what the station keeps.
station-privacy = Оно што овде проверите не чува се нигде: ни на овом рачунару ни у једном дневнику. „Следећа особа“ брише све, као и { $minutes } min без коришћења.
station-language = Језик
station-add-heading = Додај картицу
station-scanner-label = Читач или текст
# Under the input that a USB or Bluetooth scanner types into.
station-scanner-hint = Читач бар-кода сам уписује овде. Можете и да налепите текст картице (PHR1:…).
station-check = Провери
station-upload-label = Фотографија, снимак екрана, PDF картона или датотека .phr
station-upload = Провери датотеку
station-camera = Камера
station-camera-start = Укључи камеру
station-camera-stop = Искључи камеру
station-camera-looking = Држите код равно испред камере.
station-camera-found = Код је пронађен.
station-camera-none = У овом прегледачу не може да се користи ниједна камера. Употребите читач или отпремите фотографију.
station-next-person = Следећа особа
station-cleared = Обрисано: од претходне особе није остало ништа.
station-empty = Још нема картице. Покажите код камери, скенирајте га или отпремите датотеку.
# The verdict for everything shown, in large type.
station-all-valid = ВАЖЕЋЕ
station-some-invalid = НЕВАЖЕЋЕ
station-check-warnings = ВАЖЕЋЕ, СА УПОЗОРЕЊИМА
station-valid-count = Важећих картица: { $valid } од { $total }
station-added = Додато: { $n }
station-duplicate = Већ проверено.
# A button that switches the screen to the person's language so they can read their record.
station-person-language = Покажи особи на језику { $language }
station-clinic-language = Назад на језик { $language }
station-downloads = Штампа и извоз
station-booklet = Картон (PDF)
station-a4 = Листови A4 (PDF)
station-wallet = Картица за новчаник (PDF)
station-insert = Поверљиви уметак (PDF)
station-fhir = FHIR документ за систем установе (JSON)
station-bundle = Сви уноси (датотека .phr)
station-cannot-print = Ништа не може да се одштампа: { $reason }
station-trust = Листа поузданих органа
station-trust-status = Верзија { $version }, потписано { $issued }, следеће ажурирање { $next }
station-trust-stale = ЗАСТАРЕЛО: затражите нову листу поузданих органа од свог здравственог органа и инсталирајте је испод.
station-trust-demo = DEMO кључ-сидро: важећа картица ништа не доказује.
station-trust-install = Инсталирај ажурирање из датотеке
station-trust-installed = Инсталирана је листа поузданих органа, верзија { $version }.
station-trust-unchanged = Ова листа поузданих органа је већ инсталирана.
station-trust-fixed = Ова станица је покренута са фиксном листом поузданих органа (--trust); поново је покрените да бисте користили другу.
station-trust-refused = Није инсталирано: { $reason }
station-signin = Пријава
station-signin-code = Приступни код (исписан тамо где је станица покренута)
station-signin-wrong = Тај приступни код није тачан.
station-error = Не може да се прочита: { $reason }
station-too-large = Датотека је превелика (више од { $mb } MB).
station-too-many = Број картица ове особе овде већ је { $n }. Притисните „Следећа особа“ да бисте почели испочетка.
