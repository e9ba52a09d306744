# ephr booklet and wallet card labels: Russian.
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
language-name = Русский

## Cover

title = Личная медицинская карта
subtitle = Итоги медицинского осмотра. Храните её и показывайте в каждой клинике.
card-title = Медицинская карточка
demo-banner = DEMO — это не настоящая медицинская карта
name = Имя
name-latin = Имя латиницей
birth-date = Дата рождения
estimated = приблизительно
sex = Пол
nationality = Гражданство
languages = Языки
card-id = Карточка
record-id = Карта
issued-by = Кем выдано
issued-on = Дата выдачи
no-name = имя не указано
not-recorded = не указано

## Entry

encounter = Осмотр
encounter-date = Дата
encounter-site = Место
encounter-kind = Вид
encounter-role = Кто осматривал
mediator = Присутствовал культурный посредник или переводчик.
entry-heading = Запись { $n } из { $total }
entries = Записи
follows = Дополняет запись
follows-entry = № { $n }: карточка { $card }, { $date }
follows-elsewhere = более ранняя запись, которой нет в этой книжке
part = Часть { $n } из { $total }
page-footer = Страница { $n } из { $total }
continued = продолжение

## Sections

sec-immunizations = Прививки
sec-vaccinations-due = Предстоящие прививки
sec-problems = Проблемы и диагнозы
sec-medications = Лекарства
sec-allergies = Аллергия
sec-results = Скрининг и результаты анализов
sec-mental-health = Скрининг психического здоровья
sec-vital-signs = Основные показатели
sec-pregnancy = Беременность
sec-referrals = Направления
sec-alerts = Предупреждения
sec-signed = Подписанная запись
none-recorded = Нет данных
none-known = Не выявлено
no-vaccination-records = У человека нет записей о прививках.

## Table columns

col-vaccine = Вакцина
col-date = Дата
col-dose = Доза
col-source = Источник
col-diagnosis = Диагноз
col-status = Статус
col-medicine = Препарат
col-dosage = Дозировка
col-substance = Вещество
col-reaction = Реакция
col-test = Исследование
col-result = Результат
col-to = Куда направлен
col-due = Срок
col-alert = Предупреждение
col-details = Подробности
provisional = предварительный
onset = с { $date }
until = до { $date }
lot = серия { $lot }
date-unknown = дата неизвестна
reason = причина: { $reason }
criticality = риск: { $level }

## Vital signs and pregnancy

vital-height = Рост
vital-weight = Вес
vital-bp = Артериальное давление
vital-heart-rate = Пульс
vital-respiratory-rate = Частота дыхания
vital-temperature = Температура тела
vital-spo2 = Сатурация кислорода
vital-head = Окружность головы
vital-muac = Окружность середины плеча
pregnancy-status = Статус
expected-delivery = Предполагаемая дата родов
gestational-weeks = Срок беременности, недель
gravida = Беременностей
para = Родов
mh-outcome = Итог
mh-tool = Опросник (шкала)
mh-referred = Направлен(а) за помощью
yes = да
no = нет

## QR code

qr-caption = Отсканируйте для проверки: эта запись подписана органом здравоохранения, который её выдал.
qr-issuer = { $issuer }, { $date }

## Last page

verify-title = Для клиник: как проверить эту карту
verify-steps =
    1. Отсканируйте каждый QR-код приложением проверки, которое читает коды ephr.
    2. Если код не сканируется, сфотографируйте страницу и проверьте фото: ephr verify photo.jpg. Если и это не удалось, обратитесь в клинику, выдавшую запись.
    3. ephr проверяет подпись без интернета по списку доверенных органов здравоохранения.
    4. Доверять можно только действительной записи; напечатанные таблицы повторяют подписанное.
    5. Добавьте свои данные новой подписанной записью; не пишите в этой книжке.
privacy-title = Ваши медицинские данные
privacy-text =
    Эта книжка принадлежит вам. В ней только медицинские сведения: ни правового статуса, ни маршрута поездки.
    Вы решаете, кто её увидит. Никто не вправе её у вас забрать.
    Медработники пользуются ею, чтобы лечить вас и не повторять прививки и анализы.

insert-title = Конфиденциальные результаты
insert-text = В этом вкладыше результаты, которые вы решили не раскрывать. Храните его отдельно от книжки и показывайте только медработнику, которого выберете сами. Ваша книжка полна и без него и не показывает, что этот вкладыш существует.
insert-holds = Содержит
insert-footer = КОНФИДЕНЦИАЛЬНО

## Values

sex-female = женский
sex-male = мужской
sex-other = другой
sex-unknown = неизвестен
kind-initial_assessment = первичный осмотр
kind-follow_up = повторный осмотр
kind-vaccination = вакцинация
kind-emergency = неотложная помощь
role-physician = врач
role-nurse = медсестра/медбрат
role-midwife = акушерка
role-psychologist = психолог
role-paramedic = фельдшер
role-other = другой медработник
problem-active = активная
problem-inactive = неактивная
problem-resolved = разрешилась
allergy-medication = лекарство
allergy-food = пища
allergy-environment = окружающая среда
allergy-biologic = биологическое вещество
criticality-low = низкий
criticality-high = высокий
criticality-unable_to_assess = неизвестен
medication-active = принимает
medication-completed = курс завершён
medication-stopped = отменён
medication-intended = запланирован
source-documented = по документам
source-reported = со слов
source-given_here = сделано здесь
result-positive = положительный
result-negative = отрицательный
result-indeterminate = сомнительный
result-not_done = не проводился
result-normal = норма
result-abnormal = отклонение от нормы
pregnancy-pregnant = беременна
pregnancy-not_pregnant = не беременна
pregnancy-unknown = неизвестно
mh-no_concerns = без особенностей
mh-concerns = требует внимания
mh-declined = отказ
mh-not_done = не проводился
urgency-routine = планово
urgency-soon = в ближайшее время
urgency-urgent = срочно
referral-planned = запланировано
referral-done = выполнено
referral-cancelled = отменено
alert-severe_allergy = тяжёлая аллергия
alert-infectious = риск инфекции
alert-critical_medication = жизненно важное лекарство
alert-high_risk_pregnancy = беременность высокого риска
alert-urgent_follow_up = срочный повторный осмотр
alert-other = предупреждение

## Text report (ephr verify, ephr decode)

report-patient = Пациент
report-born = род. { $date }
report-nationality = гражданство { $country }
report-speaks = языки: { $languages }
report-encounter = Приём
report-mediator = присутствовал посредник/переводчик
report-problems = Проблемы
report-past-problems = Перенесённые
report-medications = Лекарства
report-vaccines = Прививки
report-due = Предстоит
report-results = Результаты
report-mental-health = Псих. здоровье
report-no-known-allergies = аллергия не выявлена
report-no-known-problems = нет известных проблем
report-no-known-medications = нет известных лекарств
report-no-vaccination-records = НЕТ ЗАПИСЕЙ О ПРИВИВКАХ
report-code-unknown = { $code } (кода нет в таблицах ephr)
report-dose-number = доза { $n }
report-due-from = с { $date }
report-height = рост { $value } см
report-weight = вес { $value } кг
report-bmi = ИМТ { $value }
report-bp = АД { $systolic }/{ $diastolic } мм рт. ст.
report-heart-rate = ЧСС { $value }/мин
report-respiratory-rate = ЧДД { $value }/мин
report-temperature = T { $value } °C
report-spo2 = SpO2 { $value } %
report-head = окр. головы { $value } см
report-muac = окр. плеча { $value } см
report-weeks = { $n } нед.
report-delivery = ПДР { $date }
report-gravida = беременностей { $n }
report-para = родов { $n }
report-referred = направлен(а)
report-by = до { $date }
report-valid = ДЕЙСТВИТЕЛЬНА
report-not-valid = НЕДЕЙСТВИТЕЛЬНА
report-revoked = ОТОЗВАНА
report-unverified = НЕ ПРОВЕРЕНА
report-unreadable = НЕ ЧИТАЕТСЯ
report-unverified-note = содержимое показано БЕЗ проверки подписи
report-card = карточка { $id }
report-issued = { $authority }, { $time }
report-signed-with = Подпись
report-key = ключ { $kid }
report-expires = Действует до
report-record-id = ID карты
report-follows = Дополняет
report-entry = запись { $id }
report-part = Часть
report-confidential = конфиденциально
report-confidential-note = Конфиденциальная запись: показана по выбору человека. Не переносите её сведения туда, где их увидят другие.
report-n-of = { $n } из { $total }
report-key-id = ID ключа
report-card-id = ID карточки
report-issuer-says = Выдавший (заявл.)
report-content = Содержимое
report-undecodable = не удаётся декодировать: { $error }
report-facts-below = (её сведения — в истории карты { $record } ниже)
report-history-one = История карты { $record }: 1 действительная запись, с { $first } по { $last }
report-history = История карты { $record }: действительных записей: { $n }, с { $first } по { $last }
report-not-used = не используется
report-doses-one = записана 1 доза
report-doses = записано доз: { $n }
report-problem = ПРОБЛЕМА
report-warning = ПРЕДУПРЕЖДЕНИЕ
report-note = ПРИМЕЧАНИЕ
report-checked = Проверено { $time } по списку доверия версии { $version } (подписан якорем { $anchor }, выпущен { $issued }, следующее обновление { $next })
report-findings = Замечания по этим записям
report-cards-valid = Действительных карточек: { $valid } из { $total }

## Station (`ephr station`: the clinic's page in a browser)

station-title = Станция ephr в клинике
# Shown on every screen: what the station keeps.
station-privacy = Ничего из проверенного здесь не сохраняется: ни на этом компьютере, ни в каком-либо журнале. Кнопка «Следующий человек» стирает всё; то же происходит после { $minutes } мин. бездействия.
station-language = Язык
station-add-heading = Добавить карточку
station-scanner-label = Сканер или текст
# Under the input that a USB or Bluetooth scanner types into.
station-scanner-hint = Сканер штрихкодов сам вводит сюда текст. Можно также вставить текст карточки (PHR1:…).
station-check = Проверить
station-upload-label = Фото, снимок экрана, PDF книжки или файл .phr
station-upload = Проверить файл
station-camera = Камера
station-camera-start = Включить камеру
station-camera-stop = Выключить камеру
station-camera-looking = Держите код ровно перед камерой.
station-camera-found = Код найден.
station-camera-none = В этом браузере нельзя использовать камеру. Используйте сканер или загрузите фото.
station-next-person = Следующий человек
station-cleared = Очищено: от предыдущего человека ничего не осталось.
station-empty = Карточек пока нет. Покажите код камере, отсканируйте его или загрузите файл.
# The verdict for everything shown, in large type.
station-all-valid = ДЕЙСТВИТЕЛЬНО
station-some-invalid = НЕДЕЙСТВИТЕЛЬНО
station-check-warnings = ДЕЙСТВИТЕЛЬНО, С ПРЕДУПРЕЖДЕНИЯМИ
station-valid-count = Действительных карточек: { $valid } из { $total }
station-added = Добавлено: { $n }
station-duplicate = Уже проверено.
# A button that switches the screen to the person's language so they can read their record.
station-person-language = Показать человеку на языке: { $language }
station-clinic-language = Вернуться к языку: { $language }
station-downloads = Печать и экспорт
station-booklet = Книжка (PDF)
station-a4 = Листы A4 (PDF)
station-wallet = Карточка для кошелька (PDF)
station-insert = Конфиденциальный вкладыш (PDF)
station-fhir = Документ FHIR для системы клиники (JSON)
station-bundle = Все записи (файл .phr)
station-cannot-print = Напечатать ничего нельзя: { $reason }
station-trust = Список доверия
station-trust-status = Версия { $version }, подписан { $issued }, следующее обновление { $next }
station-trust-stale = УСТАРЕЛ: запросите новый список доверия у своего органа здравоохранения и установите его ниже.
station-trust-demo = Якорь DEMO: действительная карточка ничего не доказывает.
station-trust-install = Установить обновление из файла
station-trust-installed = Список доверия версии { $version } установлен.
station-trust-unchanged = Этот список доверия уже установлен.
station-trust-fixed = Станция запущена с фиксированным списком доверия (--trust); чтобы использовать другой, перезапустите её.
station-trust-refused = Не установлен: { $reason }
station-signin = Вход
station-signin-code = Код доступа (выведен там, где запущена станция)
station-signin-wrong = Неверный код доступа.
station-signin-passphrase = Ваша парольная фраза
station-signin-wrong-operator = Имя и парольная фраза не совпадают.
station-error = Не удаётся прочитать: { $reason }
station-too-large = Файл слишком большой (больше { $mb } МБ).
station-too-many = Карточек этого человека здесь уже: { $n }. Нажмите «Следующий человек», чтобы начать заново.

## Issuing station (`ephr station --issue`: the assessment form, drafts and the register)

station-issue-link = Выдача: формы и реестр
station-issue-privacy = Черновики сохраняются в реестре этого пункта по мере ввода, на { $drafts } дн., и их видит только оператор, который их начал. Подписанные записи хранятся { $entries } дн. для повторной печати, затем удаляются.
station-issue-operator = Ваше имя (записывается с каждой подписанной вами записью)
station-issue-follow-button = Добавить повторный осмотр к этой карте
station-issue-title = Выдача
station-issue-new-heading = Новый осмотр
station-issue-new = Начать новый осмотр
station-issue-follow-hint = Чтобы добавить повторный осмотр, проверьте карточку человека на главном экране (камера, сканер или файл), затем нажмите «{ $button }».
station-issue-drafts = Ваши черновики
station-issue-no-drafts = Черновиков нет. Каждое изменение формы сохраняется здесь по мере ввода.
station-issue-no-name = (пока без имени)
station-issue-draft-follow-up = повторный осмотр: { $about }
station-issue-find-heading = Найти выданную запись
station-issue-find-label = Номер карточки (как напечатан в книжке) или имя
station-issue-find = Найти
station-issue-found-none = В реестре ничего не найдено.
station-issue-col-issued = Выдана
station-issue-col-entry = Запись
station-issue-col-names = Имена
station-issue-col-operator = Оператор
station-issue-reprint = Напечатать снова
station-issue-nav = Черновики и реестр
station-issue-follow-up = Запись повторного осмотра
station-issue-saved-hint = Сохраняется на этой станции по мере ввода. Каждая ошибка показана у своего поля.
station-issue-needs-js = Для формы осмотра нужен JavaScript.
station-issue-preview = Предпросмотр книжки (PDF с пометкой DEMO, не подписан)
station-issue-sign = Подписать и показать для печати
station-issue-discard = Удалить этот черновик
station-issue-discard-confirm = Удалить этот черновик? Его нельзя будет вернуть.
# The form's words that the booklet does not print: parts of a field's name, buttons, and what
# the size meter says as the health worker types.
form-own-script = на родном письме
form-given = имя
form-family = фамилия
form-systolic = систолическое
form-diastolic = диастолическое
form-country = Страна
form-onset = Начало
form-note = Примечание
form-category = Категория
form-criticality = Степень риска
form-until = До
form-lot = Серия
form-value = Значение
form-unit = Единица
form-urgency = Срочность
form-not-given-here = не для доз, введённых здесь
form-if-not-visit = если не дата визита
form-consent = Согласие
form-consent-card = Человек согласился носить конфиденциальную карточку (результаты по ВИЧ, гепатиту, психическому здоровью и беременности печатаются отдельно)
form-confidential = Конфиденциально
form-by-default = по умолчанию
form-code-placeholder = введите слова или код
form-remove = Удалить
form-saving = Сохранение…
form-signed-out = Сеанс завершён: войдите снова; черновик сохранён до последнего изменения.
form-not-saved = Не сохранено: { $reason }
form-unreachable = Не сохранено: станция недоступна. Не закрывайте страницу и попробуйте снова.
form-problems = Сохранено. Ошибок, которые нужно исправить до подписи: { $n }.
form-size = { $chars } симв., QR версии { $version } на уровне Q
form-confidential-size = Конфиденциальная карточка: { $chars } симв., версия { $version }.
form-withheld = Конфиденциальных пунктов, которые не попадут ни на одну карточку (нет согласия на конфиденциальную карточку): { $n }.
form-split = Сохранено. Слишком велико для одного кода: будет разделено на подписанные карточки, { $n } шт. ({ $sizes }).
form-fits = Сохранено. Помещается в один код: { $sizes }.

## Problems at a field: the rules a record must meet before it is signed (`ephr issue` prints
## them after the field's path, the issuing station under the field)

field-empty = Пусто; лучше уберите поле.
field-spaces = В начале или в конце есть пробелы.
field-too-long = Длина { $n } симв.; на карточку помещается не более { $max }.
field-control = Содержит управляющие символы (переводы строки, табуляции).
field-hidden = Содержит невидимые символы форматирования (смена направления, пробелы нулевой ширины); введите текст просто.
field-date = «{ $value }» — не дата вида ГГГГ-ММ-ДД (годы 1900-2100).
field-partial-date = «{ $value }» — не дата вида ГГГГ, ГГГГ-ММ или ГГГГ-ММ-ДД.
field-icd10 = «{ $value }» — неверный код МКБ-10 (буква, две цифры, затем при необходимости точка и одна или две цифры, напр. «E11.9»).
field-atc = «{ $value }» — неверный код ATC ВОЗ (напр. «A10BA02»).
field-vaccine = «{ $value }» — не код вакцины ATC ВОЗ (J07…, напр. «J07BD52» для КПК).
field-country = «{ $value }» — не код страны ISO 3166-1 alpha-2 (напр. «SY», «GR»).
field-language = «{ $value }» — не код языка ISO 639 (напр. «ar», «fa», «prs»).
field-too-many = Пунктов: { $n }; помещается не более { $max }.
field-empty-list = Список пуст; напишите «none_known», если вы спросили и их нет, или уберите поле.
field-empty-section = Пусто; лучше уберите.
field-name-empty = Нет ни фамилии, ни имени; лучше уберите.
field-name-latin-letters = Только буквы A-Z (с пробелами, дефисами и апострофами), как в машиночитаемой зоне паспорта.
field-name-latin-missing = Отсутствует: имя написано не латиницей, дайте также транслитерацию латиницей (медики по пути должны суметь его прочитать).
field-estimated-no-date = Отмечено, но даты рождения нет.
field-range = { $value } вне правдоподобного диапазона { $min }-{ $max }.
field-tenths = В { $value } больше одного знака после точки; карточка хранит десятые.
field-diastolic = { $value } не ниже систолического давления { $systolic }.
field-dose-number = { $value } — не номер дозы от 1 до 10.
field-no-doses = Нет доз; укажите «no_records»: true, если у человека нет записей о прививках.
field-dose-date-required = Обязательно для документированных доз и доз, введённых здесь.
field-dose-given-here = Дата { $value }, но у дозы, введённой здесь, дата визита { $date }; дозы, введённые в другом месте, записывайте как «документированные».
field-loinc = «{ $value }» — неверный код LOINC (цифры, дефис, контрольная цифра, напр. «71773-6»).
field-decimal = «{ $value }» — не десятичное число (не более 7 цифр до точки и 4 после).
field-unit-without-value = Указана без значения.
field-unit = «{ $value }» — не единица UCUM (напр. «g/dL», «mmol/L»).
field-value-not-done = Указано для невыполненного анализа.
field-pregnant-male = «беременна», но пол человека «мужской».
field-weeks = { $value } — больше 45 недель.
field-not-pregnant = Указаны дата родов или срок беременности, но статус не «беременна».
field-implausible = { $value } неправдоподобно.
field-follow-up-before = { $value } раньше визита записи, которую продолжают ({ $date }); повторный осмотр бывает после.
field-reveals-referral = Причина { $code } — конфиденциальная проблема, и это направление раскрыло бы её на основной карточке; отметьте направление тоже конфиденциальным или уберите его причину.
field-reveals-alert = Предупреждение о беременности высокого риска на основной карточке раскрывает конфиденциальную беременность; отметьте предупреждение тоже конфиденциальным или беременность неконфиденциальной.
field-after-issue = Визит датирован { $encounter }, после даты выдачи карточки { $issued }; карточка записывает то, что уже произошло.
field-item-too-large = { $item } не помещается в один QR-код даже на отдельной карточке; сократите текст или выберите более низкий уровень коррекции ошибок.
# What the JSON reader says (its words after the colon are the reader's, in English).
field-missing = Нет обязательного поля: { $field }
field-wrong-type = Неверный вид значения: { $found } (ожидалось: { $expected })
field-wrong-value = Неверное значение: { $found } (ожидалось: { $expected })
# A problem that has no words of its own in the catalogues: shown as ephr wrote it, in English.
field-other = { $problem }
