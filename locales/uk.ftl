# ephr booklet and wallet card labels: Ukrainian.
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
language-name = Українська

## Cover

title = Особиста медична картка
subtitle = Підсумок медичного огляду. Бережіть її та показуйте в кожній клініці.
card-title = Картка медичних даних
demo-banner = DEMO — це не справжня медична картка
name = Імʼя
name-latin = Імʼя латиницею
birth-date = Дата народження
estimated = приблизно
sex = Стать
nationality = Громадянство
languages = Мови
card-id = Картка
record-id = Медкартка
issued-by = Ким видано
issued-on = Дата видачі
no-name = імʼя не вказано
not-recorded = не вказано

## Entry

encounter = Огляд
encounter-date = Дата
encounter-site = Місце
encounter-kind = Вид
encounter-role = Хто оглядав
mediator = Був присутній культурний посередник або перекладач.
entry-heading = Запис { $n } з { $total }
entries = Записи
follows = Доповнює запис
follows-entry = № { $n }: картка { $card }, { $date }
follows-elsewhere = попередній запис, якого немає в цій книжці
part = Частина { $n } з { $total }
page-footer = Сторінка { $n } з { $total }
continued = продовження

## Sections

sec-immunizations = Щеплення
sec-vaccinations-due = Заплановані щеплення
sec-problems = Проблеми та діагнози
sec-medications = Ліки
sec-allergies = Алергія
sec-results = Скринінг і результати аналізів
sec-mental-health = Скринінг психічного здоровʼя
sec-vital-signs = Основні показники
sec-pregnancy = Вагітність
sec-referrals = Направлення
sec-alerts = Попередження
sec-signed = Підписаний запис
none-recorded = Немає даних
none-known = Не виявлено
no-vaccination-records = Людина не має записів про щеплення.

## Table columns

col-vaccine = Вакцина
col-date = Дата
col-dose = Доза
col-source = Джерело
col-diagnosis = Діагноз
col-status = Статус
col-medicine = Препарат
col-dosage = Дозування
col-substance = Речовина
col-reaction = Реакція
col-test = Дослідження
col-result = Результат
col-to = Куди направлено
col-due = Термін
col-alert = Попередження
col-details = Подробиці
provisional = попередній
onset = з { $date }
until = до { $date }
lot = серія { $lot }
date-unknown = дата невідома
reason = причина: { $reason }
criticality = ризик: { $level }

## Vital signs and pregnancy

vital-height = Зріст
vital-weight = Вага
vital-bp = Артеріальний тиск
vital-heart-rate = Пульс
vital-respiratory-rate = Частота дихання
vital-temperature = Температура тіла
vital-spo2 = Сатурація кисню
vital-head = Окружність голови
vital-muac = Окружність середини плеча
pregnancy-status = Статус
expected-delivery = Передбачувана дата пологів
gestational-weeks = Термін вагітності, тижнів
gravida = Вагітностей
para = Пологів
mh-outcome = Підсумок
mh-tool = Опитувальник (шкала)
mh-referred = Направлено по допомогу
yes = так
no = ні

## QR code

qr-caption = Відскануйте для перевірки: цей запис підписав орган охорони здоровʼя, який його видав.
qr-issuer = { $issuer }, { $date }

## Last page

verify-title = Для клінік: як перевірити цю медкартку
verify-steps =
    1. Відскануйте кожен QR-код програмою перевірки, що читає коди ephr.
    2. Якщо код не сканується, сфотографуйте сторінку й перевірте фото: ephr verify photo.jpg. Якщо й це не вдалося, зверніться до клініки, яка видала запис.
    3. ephr перевіряє підпис без інтернету за списком довірених органів охорони здоровʼя.
    4. Довіряти можна лише дійсному запису; надруковані таблиці повторюють підписане.
    5. Додайте свої дані новим підписаним записом; не пишіть у цій книжці.
privacy-title = Ваші медичні дані
privacy-text =
    Ця книжка належить вам. У ній лише медичні відомості: ані правового статусу, ані маршруту подорожі.
    Ви вирішуєте, хто її побачить. Ніхто не має права її у вас забрати.
    Медпрацівники користуються нею, щоб лікувати вас і не повторювати щеплень та аналізів.

insert-title = Конфіденційні результати
insert-text = У цьому вкладиші результати, які ви вирішили не розголошувати. Зберігайте його окремо від книжки й показуйте лише медпрацівнику, якого оберете самі. Ваша книжка повна й без нього і не показує, що цей вкладиш існує.
insert-holds = Містить
insert-footer = КОНФІДЕНЦІЙНО

## Values

sex-female = жіноча
sex-male = чоловіча
sex-other = інша
sex-unknown = невідома
kind-initial_assessment = первинний огляд
kind-follow_up = повторний огляд
kind-vaccination = вакцинація
kind-emergency = невідкладна допомога
role-physician = лікар
role-nurse = медсестра/медбрат
role-midwife = акушерка
role-psychologist = психолог
role-paramedic = парамедик
role-other = інший медпрацівник
problem-active = активна
problem-inactive = неактивна
problem-resolved = минула
allergy-medication = ліки
allergy-food = їжа
allergy-environment = довкілля
allergy-biologic = біологічна речовина
criticality-low = низький
criticality-high = високий
criticality-unable_to_assess = невідомий
medication-active = приймає
medication-completed = курс завершено
medication-stopped = скасовано
medication-intended = заплановано
source-documented = за документами
source-reported = зі слів
source-given_here = зроблено тут
result-positive = позитивний
result-negative = негативний
result-indeterminate = сумнівний
result-not_done = не проводилося
result-normal = норма
result-abnormal = відхилення від норми
pregnancy-pregnant = вагітна
pregnancy-not_pregnant = не вагітна
pregnancy-unknown = невідомо
mh-no_concerns = без особливостей
mh-concerns = потребує уваги
mh-declined = відмова
mh-not_done = не проводилося
urgency-routine = планово
urgency-soon = найближчим часом
urgency-urgent = терміново
referral-planned = заплановано
referral-done = виконано
referral-cancelled = скасовано
alert-severe_allergy = тяжка алергія
alert-infectious = ризик інфекції
alert-critical_medication = життєво важливі ліки
alert-high_risk_pregnancy = вагітність високого ризику
alert-urgent_follow_up = терміновий повторний огляд
alert-other = попередження

## Text report (ephr verify, ephr decode)

report-patient = Пацієнт
report-born = нар. { $date }
report-nationality = громадянство { $country }
report-speaks = мови: { $languages }
report-encounter = Прийом
report-mediator = присутній посередник/перекладач
report-problems = Проблеми
report-past-problems = Перенесені
report-medications = Ліки
report-vaccines = Щеплення
report-due = Заплановано
report-results = Результати
report-mental-health = Псих. здоровʼя
report-no-known-allergies = алергію не виявлено
report-no-known-problems = немає відомих проблем
report-no-known-medications = немає відомих ліків
report-no-vaccination-records = НЕМАЄ ЗАПИСІВ ПРО ЩЕПЛЕННЯ
report-code-unknown = { $code } (коду немає в таблицях ephr)
report-dose-number = доза { $n }
report-due-from = з { $date }
report-height = зріст { $value } см
report-weight = вага { $value } кг
report-bmi = ІМТ { $value }
report-bp = АТ { $systolic }/{ $diastolic } мм рт. ст.
report-heart-rate = ЧСС { $value }/хв
report-respiratory-rate = ЧД { $value }/хв
report-temperature = T { $value } °C
report-spo2 = SpO2 { $value } %
report-head = окр. голови { $value } см
report-muac = окр. плеча { $value } см
report-weeks = { $n } тиж.
report-delivery = дата пологів { $date }
report-gravida = вагітностей { $n }
report-para = пологів { $n }
report-referred = направлено
report-by = до { $date }
report-valid = ДІЙСНА
report-not-valid = НЕДІЙСНА
report-revoked = ВІДКЛИКАНА
report-unverified = НЕ ПЕРЕВІРЕНА
report-unreadable = НЕ ЧИТАЄТЬСЯ
report-unverified-note = вміст показано БЕЗ перевірки підпису
report-card = картка { $id }
report-issued = { $authority }, { $time }
report-signed-with = Підпис
report-key = ключ { $kid }
report-expires = Дійсна до
report-record-id = ID медкартки
report-follows = Доповнює
report-entry = запис { $id }
report-part = Частина
report-confidential = конфіденційно
report-confidential-note = Конфіденційний запис: показано з вибору людини. Не переносьте його відомості туди, де їх побачать інші.
report-n-of = { $n } з { $total }
report-key-id = ID ключа
report-card-id = ID картки
report-issuer-says = Видавець (заявл.)
report-content = Вміст
report-undecodable = не вдається декодувати: { $error }
report-facts-below = (її відомості — в історії медкартки { $record } нижче)
report-history-one = Історія медкартки { $record }: 1 дійсний запис, з { $first } по { $last }
report-history = Історія медкартки { $record }: дійсних записів: { $n }, з { $first } по { $last }
report-not-used = не використано
report-doses-one = записано 1 дозу
report-doses = записано доз: { $n }
report-problem = ПРОБЛЕМА
report-warning = ПОПЕРЕДЖЕННЯ
report-note = ПРИМІТКА
report-checked = Перевірено { $time } за списком довіри версії { $version } (підписаний якорем { $anchor }, виданий { $issued }, наступне оновлення { $next })
report-findings = Зауваження щодо цих записів
report-cards-valid = Дійсних карток: { $valid } з { $total }

## Station (`ephr station`: the clinic's page in a browser)

station-title = Станція ephr у клініці
# Shown on every screen: what the station keeps.
station-privacy = Нічого з того, що ви тут перевіряєте, не зберігається: ані на цьому компʼютері, ані в жодному журналі. Кнопка «Наступна людина» стирає все; так само після { $minutes } хв бездіяльності.
station-language = Мова
station-add-heading = Додати картку
station-scanner-label = Сканер або текст
# Under the input that a USB or Bluetooth scanner types into.
station-scanner-hint = Сканер штрихкодів сам вводить сюди текст. Можна також вставити текст картки (PHR1:…).
station-check = Перевірити
station-upload-label = Фото, знімок екрана, PDF книжки або файл .phr
station-upload = Перевірити файл
station-camera = Камера
station-camera-start = Увімкнути камеру
station-camera-stop = Вимкнути камеру
station-camera-looking = Тримайте код рівно перед камерою.
station-camera-found = Код знайдено.
station-camera-none = У цьому браузері не можна використати камеру. Скористайтеся сканером або завантажте фото.
station-next-person = Наступна людина
station-cleared = Очищено: від попередньої людини нічого не залишилося.
station-empty = Карток ще немає. Покажіть код камері, відскануйте його або завантажте файл.
# The verdict for everything shown, in large type.
station-all-valid = ДІЙСНО
station-some-invalid = НЕДІЙСНО
station-check-warnings = ДІЙСНО, З ПОПЕРЕДЖЕННЯМИ
station-valid-count = Дійсних карток: { $valid } з { $total }
station-added = Додано: { $n }
station-duplicate = Уже перевірено.
# A button that switches the screen to the person's language so they can read their record.
station-person-language = Показати людині мовою: { $language }
station-clinic-language = Повернутися до мови: { $language }
station-downloads = Друк і експорт
station-booklet = Книжка (PDF)
station-a4 = Аркуші A4 (PDF)
station-wallet = Картка для гаманця (PDF)
station-insert = Конфіденційний вкладиш (PDF)
station-fhir = Документ FHIR для системи клініки (JSON)
station-bundle = Усі записи (файл .phr)
station-cannot-print = Нічого не можна надрукувати: { $reason }
station-trust = Список довіри
station-trust-status = Версія { $version }, підписано { $issued }, наступне оновлення { $next }
station-trust-stale = ЗАСТАРІВ: попросіть новий список довіри у свого органу охорони здоровʼя і встановіть його нижче.
station-trust-demo = Якір DEMO: дійсна картка нічого не доводить.
station-trust-install = Встановити оновлення з файлу
station-trust-installed = Список довіри версії { $version } встановлено.
station-trust-unchanged = Цей список довіри вже встановлено.
station-trust-fixed = Станцію запущено з фіксованим списком довіри (--trust); щоб використати інший, перезапустіть її.
station-trust-refused = Не встановлено: { $reason }
station-signin = Вхід
station-signin-code = Код доступу (показаний там, де запущено станцію)
station-signin-wrong = Код доступу неправильний.
station-signin-passphrase = Ваша парольна фраза
station-signin-wrong-operator = Ім'я та парольна фраза не збігаються.
station-error = Не вдається прочитати: { $reason }
station-too-large = Файл завеликий (понад { $mb } МБ).
station-too-many = Карток цієї людини тут уже: { $n }. Натисніть «Наступна людина», щоб почати знову.

## Issuing station (`ephr station --issue`: the assessment form, drafts and the register)

station-issue-link = Видача: форми та реєстр
station-issue-privacy = Чернетки зберігаються в реєстрі цього пункту під час введення, на { $drafts } дн., і їх бачить лише оператор, який їх почав. Підписані записи зберігаються { $entries } дн. для повторного друку, потім видаляються.
station-issue-operator = Ваше імʼя (записується з кожним записом, який ви підписуєте)
station-issue-follow-button = Додати повторний огляд до цієї картки
station-issue-title = Видача
station-issue-new-heading = Новий огляд
station-issue-new = Почати новий огляд
station-issue-follow-hint = Щоб додати повторний огляд, перевірте картку людини на головному екрані (камера, сканер або файл), потім натисніть «{ $button }».
station-issue-drafts = Ваші чернетки
station-issue-no-drafts = Чернеток немає. Кожна зміна форми зберігається тут під час введення.
station-issue-no-name = (ще без імені)
station-issue-draft-follow-up = повторний огляд: { $about }
station-issue-find-heading = Знайти виданий запис
station-issue-find-label = Номер картки (як надруковано в книжці) або імʼя
station-issue-find = Знайти
station-issue-found-none = У реєстрі нічого не знайдено.
station-issue-col-issued = Видано
station-issue-col-entry = Запис
station-issue-col-names = Імена
station-issue-col-operator = Оператор
station-issue-reprint = Надрукувати знову
station-issue-nav = Чернетки та реєстр
station-issue-follow-up = Запис повторного огляду
station-issue-saved-hint = Зберігається на цій станції під час введення. Кожну помилку показано біля її поля.
station-issue-needs-js = Для форми огляду потрібен JavaScript.
station-issue-preview = Попередній перегляд книжки (PDF з позначкою DEMO, не підписано)
station-issue-sign = Підписати й показати для друку
station-issue-discard = Видалити цю чернетку
station-issue-discard-confirm = Видалити цю чернетку? Її не можна буде повернути.
# The form's words that the booklet does not print: parts of a field's name, buttons, and what
# the size meter says as the health worker types.
form-own-script = рідним письмом
form-given = імʼя
form-family = прізвище
form-systolic = систолічний
form-diastolic = діастолічний
form-country = Країна
form-onset = Початок
form-note = Примітка
form-category = Категорія
form-criticality = Ступінь ризику
form-until = До
form-lot = Серія
form-value = Значення
form-unit = Одиниця
form-urgency = Терміновість
form-not-given-here = не для доз, введених тут
form-if-not-visit = якщо не дата візиту
form-consent = Згода
form-consent-card = Людина погодилася мати конфіденційну картку (результати щодо ВІЛ, гепатиту, психічного здоровʼя та вагітності друкуються окремо)
form-confidential = Конфіденційно
form-by-default = за замовчуванням
form-code-placeholder = введіть слова або код
form-remove = Вилучити
form-saving = Збереження…
form-signed-out = Сеанс завершено: увійдіть знову; чернетку збережено до останньої зміни.
form-not-saved = Не збережено: { $reason }
form-unreachable = Не збережено: станція недоступна. Не закривайте сторінку й спробуйте знову.
form-problems = Збережено. Помилок, які треба виправити до підпису: { $n }.
form-size = { $chars } симв., QR версії { $version } на рівні Q
form-confidential-size = Конфіденційна картка: { $chars } симв., версія { $version }.
form-withheld = Конфіденційних пунктів, що не потраплять на жодну картку (немає згоди на конфіденційну картку): { $n }.
form-split = Збережено. Завелике для одного коду: буде поділено на підписані картки, { $n } шт. ({ $sizes }).
form-fits = Збережено. Вміщується в один код: { $sizes }.

## Problems at a field: the rules a record must meet before it is signed (`ephr issue` prints
## them after the field's path, the issuing station under the field)

field-empty = Порожньо; краще приберіть поле.
field-spaces = На початку або в кінці є пробіли.
field-too-long = Довжина { $n } симв.; на картку вміщується не більше { $max }.
field-control = Містить керівні символи (розриви рядків, табуляції).
field-hidden = Містить невидимі символи форматування (зміна напрямку, пробіли нульової ширини); введіть текст просто.
field-date = «{ $value }» — не дата виду РРРР-ММ-ДД (роки 1900-2100).
field-partial-date = «{ $value }» — не дата виду РРРР, РРРР-ММ або РРРР-ММ-ДД.
field-icd10 = «{ $value }» — неправильний код МКХ-10 (літера, дві цифри, далі за потреби крапка та одна чи дві цифри, напр. «E11.9»).
field-atc = «{ $value }» — неправильний код ATC ВООЗ (напр. «A10BA02»).
field-vaccine = «{ $value }» — не код вакцини ATC ВООЗ (J07…, напр. «J07BD52» для КПК).
field-country = «{ $value }» — не код країни ISO 3166-1 alpha-2 (напр. «SY», «GR»).
field-language = «{ $value }» — не код мови ISO 639 (напр. «ar», «fa», «prs»).
field-too-many = Пунктів: { $n }; вміщується не більше { $max }.
field-empty-list = Список порожній; напишіть «none_known», якщо ви запитали і їх немає, або приберіть поле.
field-empty-section = Порожньо; краще приберіть.
field-name-empty = Немає ні прізвища, ні імені; краще приберіть.
field-name-latin-letters = Лише літери A-Z (з пробілами, дефісами й апострофами), як у машинозчитуваній зоні паспорта.
field-name-latin-missing = Відсутнє: імʼя написано не латиницею, дайте також транслітерацію латиницею (медики на шляху мають змогти його прочитати).
field-estimated-no-date = Позначено, але дати народження немає.
field-range = { $value } поза правдоподібним діапазоном { $min }-{ $max }.
field-tenths = У { $value } більше одного знака після крапки; картка зберігає десяті.
field-diastolic = { $value } не нижче систолічного тиску { $systolic }.
field-dose-number = { $value } — не номер дози від 1 до 10.
field-no-doses = Немає доз; вкажіть «no_records»: true, якщо в людини немає записів про щеплення.
field-dose-date-required = Обовʼязково для задокументованих доз і доз, введених тут.
field-dose-given-here = Дата { $value }, але доза, введена тут, має дату візиту { $date }; дози, введені деінде, записуйте як «задокументовані».
field-loinc = «{ $value }» — неправильний код LOINC (цифри, дефіс, контрольна цифра, напр. «71773-6»).
field-decimal = «{ $value }» — не десяткове число (не більше 7 цифр до крапки і 4 після).
field-unit-without-value = Вказано без значення.
field-unit = «{ $value }» — не одиниця UCUM (напр. «g/dL», «mmol/L»).
field-value-not-done = Вказано для невиконаного аналізу.
field-pregnant-male = «вагітна», але стать людини «чоловіча».
field-weeks = { $value } — понад 45 тижнів.
field-not-pregnant = Вказано дату пологів або термін вагітності, але статус не «вагітна».
field-implausible = { $value } неправдоподібно.
field-follow-up-before = { $value } раніше за візит запису, який продовжують ({ $date }); повторний огляд буває після.
field-reveals-referral = Причина { $code } — конфіденційна проблема, і це направлення розкрило б її на основній картці; позначте направлення теж конфіденційним або приберіть його причину.
field-reveals-alert = Попередження про вагітність високого ризику на основній картці розкриває конфіденційну вагітність; позначте попередження теж конфіденційним або вагітність неконфіденційною.
field-after-issue = Візит датовано { $encounter }, після дати видачі картки { $issued }; картка записує те, що вже сталося.
field-item-too-large = { $item } не вміщується в один QR-код навіть на окремій картці; скоротіть текст або виберіть нижчий рівень корекції помилок.
# What the JSON reader says (its words after the colon are the reader's, in English).
field-missing = Немає обовʼязкового поля: { $field }
field-wrong-type = Неправильний вид значення: { $found } (очікувано: { $expected })
field-wrong-value = Неправильне значення: { $found } (очікувано: { $expected })
# A problem that has no words of its own in the catalogues: shown as ephr wrote it, in English.
field-other = { $problem }
