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
station-signin-passphrase = Ваша лозинка
station-signin-wrong-operator = Име и лозинка се не поклапају.
station-error = Не може да се прочита: { $reason }
station-too-large = Датотека је превелика (више од { $mb } MB).
station-too-many = Број картица ове особе овде већ је { $n }. Притисните „Следећа особа“ да бисте почели испочетка.

## Issuing station (`ephr station --issue`: the assessment form, drafts and the register)

station-issue-link = Издавање: обрасци и регистар
station-issue-privacy = Нацрти се чувају у регистру ове локације док пишете, { $drafts } дана, и види их само оператер који их је започео. Потписани уноси чувају се { $entries } дана за поновно штампање, а затим се бришу.
station-issue-operator = Ваше име (бележи се уз сваки унос који потпишете)
station-issue-follow-button = Додај контролу овом картону
station-issue-title = Издавање
station-issue-new-heading = Нова процена
station-issue-new = Започни нову процену
station-issue-follow-hint = За додавање контроле проверите картицу особе на главном екрану (камера, читач или датотека), затим притисните „{ $button }“.
station-issue-drafts = Ваши нацрти
station-issue-no-drafts = Нема нацрта. Свака промена обрасца чува се овде док пишете.
station-issue-no-name = (још без имена)
station-issue-draft-follow-up = контрола: { $about }
station-issue-find-heading = Пронађи издати унос
station-issue-find-label = Број картице (како је одштампан у књижици) или име
station-issue-find = Тражи
station-issue-found-none = Ништа у регистру не одговара.
station-issue-col-issued = Издато
station-issue-col-entry = Унос
station-issue-col-names = Имена
station-issue-col-operator = Оператер
station-issue-reprint = Поновно штампање
station-issue-nav = Нацрти и регистар
station-issue-follow-up = Контролни унос
station-issue-saved-hint = Чува се на овој станици док пишете. Сваки проблем приказан је уз своје поље.
station-issue-needs-js = Образац процене захтева JavaScript.
station-issue-preview = Преглед књижице (PDF означен DEMO, непотписан)
station-issue-sign = Потпиши и прикажи за штампу
station-issue-discard = Одбаци овај нацрт
station-issue-discard-confirm = Одбацити овај нацрт? Не може се вратити.
# The form's words that the booklet does not print: parts of a field's name, buttons, and what
# the size meter says as the health worker types.
form-own-script = сопствено писмо
form-given = име
form-family = презиме
form-systolic = систолни
form-diastolic = дијастолни
form-country = Држава
form-onset = Почетак
form-note = Белешка
form-category = Категорија
form-criticality = Тежина
form-until = До
form-lot = Серија
form-value = Вредност
form-unit = Јединица
form-urgency = Хитност
form-not-given-here = не за дозе дате овде
form-if-not-visit = ако није датум посете
form-consent = Пристанак
form-consent-card = Особа је пристала да носи поверљиву картицу (налази ХИВ-а, хепатитиса, менталног здравља и трудноће штампају се одвојено)
form-confidential = Поверљиво
form-by-default = подразумевано
form-code-placeholder = унесите речи или шифру
form-remove = Уклони
form-saving = Чување…
form-signed-out = Одјављени сте: пријавите се поново; нацрт је сачуван до последње промене.
form-not-saved = Није сачувано: { $reason }
form-unreachable = Није сачувано: станица није доступна. Оставите страницу отвореном и покушајте поново.
form-problems = Сачувано. Проблема за исправку пре потписа: { $n }.
form-size = { $chars } знакова, QR верзија { $version } на нивоу Q
form-confidential-size = Поверљива картица: { $chars } знакова, верзија { $version }.
form-withheld = Поверљивих ставки које не иду ни на једну картицу (нема пристанка на поверљиву картицу): { $n }.
form-split = Сачувано. Превелико за један код: биће подељено на { $n } потписаних картица ({ $sizes }).
form-fits = Сачувано. Стаје у један код: { $sizes }.

## Problems at a field: the rules a record must meet before it is signed (`ephr issue` prints
## them after the field's path, the issuing station under the field)

field-empty = Празно је; радије изоставите поље.
field-spaces = Има размаке на почетку или крају.
field-too-long = Дуго је { $n } знакова; на картицу стаје највише { $max }.
field-control = Садржи контролне знакове (преломе редова, табулаторе).
field-hidden = Садржи невидљиве знакове обликовања (промене смера, размаке нулте ширине); унесите текст једноставно.
field-date = „{ $value }“ није датум облика ГГГГ-ММ-ДД (године 1900-2100).
field-partial-date = „{ $value }“ није датум облика ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД.
field-icd10 = „{ $value }“ није важећа шифра МКБ-10 (слово, две цифре, затим по жељи тачка и једна или две цифре, нпр. „E11.9“).
field-atc = „{ $value }“ није важећа ATC шифра СЗО (нпр. „A10BA02“).
field-vaccine = „{ $value }“ није ATC шифра вакцине СЗО (J07…, нпр. „J07BD52“ за ММР).
field-country = „{ $value }“ није ознака државе ISO 3166-1 alpha-2 (нпр. „SY“, „GR“).
field-language = „{ $value }“ није ознака језика ISO 639 (нпр. „ar“, „fa“, „prs“).
field-too-many = Има { $n } ставки; стаје највише { $max }.
field-empty-list = Списак је празан; унесите „none_known“ ако сте питали и нема их, или изоставите поље.
field-empty-section = Празно је; радије га изоставите.
field-name-empty = Нема ни презимена ни имена; радије га изоставите.
field-name-latin-letters = Само слова A-Z (са размацима, цртицама и апострофима), као у машински читљивој зони пасоша.
field-name-latin-missing = Недостаје: име није латиницом, па дајте и латиничну транслитерацију (здравствени радници на путу морају моћи да га прочитају).
field-estimated-no-date = Означено је, али нема датума рођења.
field-range = { $value } је изван уверљивог опсега { $min }-{ $max }.
field-tenths = { $value } има више од једне децимале; картица чува десетинке.
field-diastolic = { $value } није испод систолног притиска { $systolic }.
field-dose-number = { $value } није број дозе од 1 до 10.
field-no-doses = Нема доза; унесите „no_records“: true ако особа нема никакве записе о вакцинацији.
field-dose-date-required = Обавезно за документоване дозе и дозе дате овде.
field-dose-given-here = Датум је { $value }, али доза дата овде има датум посете { $date }; дозе дате другде забележите као „документоване“.
field-loinc = „{ $value }“ није важећа LOINC шифра (цифре, цртица, контролна цифра, нпр. „71773-6“).
field-decimal = „{ $value }“ није децимални број (највише 7 цифара пре и 4 после тачке).
field-unit-without-value = Наведена је без вредности.
field-unit = „{ $value }“ није јединица UCUM (нпр. „g/dL“, „mmol/L“).
field-value-not-done = Наведена је за преглед који није урађен.
field-pregnant-male = „трудна“, али пол особе је „мушки“.
field-weeks = { $value } је више од 45 недеља.
field-not-pregnant = Наведен је датум порођаја или гестацијска старост, али статус није „трудна“.
field-implausible = { $value } није уверљиво.
field-follow-up-before = { $value } је пре посете уноса који се наставља ({ $date }); контрола долази после.
field-reveals-referral = Разлог { $code } је поверљив проблем, па би га овај упут открио на главној картици; означите и упут као поверљив или уклоните његов разлог.
field-reveals-alert = Упозорење о високоризичној трудноћи на главној картици открива поверљиву трудноћу; означите и упозорење као поверљиво или трудноћу као неповерљиву.
field-after-issue = Посета је датирана { $encounter }, после датума издавања картице { $issued }; картица бележи оно што се догодило.
field-item-too-large = { $item } не стаје у један QR код ни на сопственој картици; скратите текст или изаберите нижи ниво исправљања грешака.
# What the JSON reader says (its words after the colon are the reader's, in English).
field-missing = Недостаје обавезно поље: { $field }
field-wrong-type = Погрешна врста вредности: { $found } (очекивано: { $expected })
field-wrong-value = Погрешна вредност: { $found } (очекивано: { $expected })
# A problem that has no words of its own in the catalogues: shown as ephr wrote it, in English.
field-other = { $problem }
