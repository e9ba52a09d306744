# ephr booklet and wallet card labels: Somali.
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
language-name = Soomaali

## Cover

title = Diiwaanka Caafimaadka Qofka
subtitle = Soo koobidda qiimeyn caafimaad. Si fiican u xafid oo ka tus xarun caafimaad kasta.
card-title = Kaarka diiwaanka caafimaadka
demo-banner = DEMO — ma aha diiwaan caafimaad oo dhab ah
name = Magaca
name-latin = Magaca oo far Laatiin ah
birth-date = Taariikhda dhalashada
estimated = qiyaas ahaan
sex = Jinsiga
nationality = Jinsiyadda
languages = Luqadaha
card-id = Kaarka
record-id = Diiwaanka
issued-by = Waxaa bixiyay
issued-on = Taariikhda la bixiyay
no-name = magac lama diiwaangelin
not-recorded = lama diiwaangelin

## Entry

encounter = Qiimeynta
encounter-date = Taariikhda
encounter-site = Goobta
encounter-kind = Nooca
encounter-role = Waxaa arkay
mediator = Dhexdhexaadiye dhaqameed ama turjumaan ayaa goobjoog ahaa.
entry-heading = Qoraal { $n } ee { $total }
entries = Qoraallada
follows = Wuxuu ku kordhiyaa qoraalka
follows-entry = lam. { $n }: kaar { $card }, { $date }
follows-elsewhere = qoraal hore oo aan ku jirin buuggan
part = Qayb { $n } ee { $total }
page-footer = Bog { $n } ee { $total }
continued = waa sii socotaa

## Sections

sec-immunizations = Tallaallada
sec-vaccinations-due = Tallaallada waqtigoodu yimid
sec-problems = Dhibaatooyinka iyo cudurrada la ogaaday
sec-medications = Daawooyinka
sec-allergies = Xasaasiyadda
sec-results = Baaritaannada iyo natiijooyinkooda
sec-mental-health = Baaritaanka caafimaadka maskaxda
sec-vital-signs = Calaamadaha nolosha
sec-pregnancy = Uurka
sec-referrals = U gudbinta
sec-alerts = Digniinaha
sec-signed = Qoraal la saxiixay
none-recorded = Waxba lama diiwaangelin
none-known = Wax la yaqaan ma jiro
no-vaccination-records = Qofku ma laha wax diiwaan tallaal ah.

## Table columns

col-vaccine = Tallaalka
col-date = Taariikhda
col-dose = Qiyaas
col-source = Isha
col-diagnosis = Cudurka la ogaaday
col-status = Xaaladda
col-medicine = Daawada
col-dosage = Sida loo qaato
col-substance = Walaxda
col-reaction = Falcelinta
col-test = Baaritaanka
col-result = Natiijada
col-to = Loo gudbiyay
col-due = Waqtiga
col-alert = Digniin
col-details = Faahfaahin
provisional = ku-meel-gaar ah
onset = laga bilaabo { $date }
until = ilaa { $date }
lot = lot { $lot }
date-unknown = taariikhda lama yaqaan
reason = sababta: { $reason }
criticality = khatarta: { $level }

## Vital signs and pregnancy

vital-height = Dhererka
vital-weight = Miisaanka
vital-bp = Cadaadiska dhiigga
vital-heart-rate = Garaaca wadnaha
vital-respiratory-rate = Neefsashada daqiiqaddii
vital-temperature = Heerkulka jirka
vital-spo2 = Ogsijiinta dhiigga (SpO2)
vital-head = Wareegga madaxa
vital-muac = Wareegga gacanta sare (MUAC)
pregnancy-status = Xaaladda
expected-delivery = Taariikhda dhalmada la filayo
gestational-weeks = Toddobaadyada uurka
gravida = Tirada uurarka
para = Tirada dhalmooyinka
mh-outcome = Natiijada
mh-tool = Qalabka baaritaanka
mh-referred = Loo gudbiyay taageero
yes = haa
no = maya

## QR code

qr-caption = Iskaan garee si aad u hubiso: qoraalkan waxaa saxiixay hay'adda caafimaadka ee bixisay.
qr-issuer = { $issuer }, { $date }

## Last page

verify-title = Xarumaha caafimaadka: sida loo hubiyo diiwaankan
verify-steps =
    1. Koodh kasta oo QR ah ku iskaan garee qalab hubin oo akhriya koodhadhka ephr.
    2. Haddii koodh aan la iskaan garayn karin, sawir bogga oo hubi sawirka: ephr verify photo.jpg. Haddii taasna aysan shaqayn, weydii xarunta caafimaad ee bixisay qoraalka.
    3. ephr wuxuu saxiixa ku hubiyaa internet la'aan, isagoo la barbar dhigaya liiska kalsoonida ee hay'adaha caafimaadka.
    4. Qoraal sax ah oo keliya ayaa lagu kalsoonaan karaa; jadwallada daabacan waxay ku celinayaan wixii la saxiixay.
    5. Wixii aad qabato ku dar qoraal cusub oo la saxiixay; buuggan waxba ha ku qorin.
privacy-title = Xogtaada caafimaad
privacy-text =
    Buuggan adigaa leh. Waxaa ku jira xog caafimaad oo keliya: ma jiro xaalad sharci ama waddo safar.
    Adiga ayaa go'aaminaya cidda arkaysa. Qofna kaama qaadan karo.
    Shaqaalaha caafimaadku waxay u isticmaalaan si ay kuu daryeelaan oo aysan ugu celin tallaallada iyo baaritaannada.

insert-title = Natiijooyin qarsoodi ah
insert-text = Warqaddan lifaaqa ah waxaa ku jira natiijooyin caafimaad oo aad dooratay inay qarsoodi ahaadaan. Buuggaaga ha la dhigin ee si gaar ah u xafid, una tus oo keliya shaqaale caafimaad oo aad adigu dooratay. Buuggaagu waa dhammaystiran yahay la'aanteed, mana muujinayo in warqaddan jirto.
insert-holds = Waxaa ku jira
insert-footer = QARSOODI

## Values

sex-female = dheddig
sex-male = lab
sex-other = kale
sex-unknown = lama yaqaan
kind-initial_assessment = qiimeynta koowaad
kind-follow_up = dabagal
kind-vaccination = tallaal
kind-emergency = xaalad degdeg ah
role-physician = dhakhtar
role-nurse = kalkaaliye caafimaad
role-midwife = umuliso
role-psychologist = cilmi-nafsi yaqaan
role-paramedic = gargaare degdeg (paramedic)
role-other = shaqaale caafimaad oo kale
problem-active = weli jira
problem-inactive = aan firfircoonayn
problem-resolved = bogsaday
allergy-medication = daawo
allergy-food = cunto
allergy-environment = deegaan
allergy-biologic = bayoolaji
criticality-low = hoose
criticality-high = sare
criticality-unable_to_assess = lama yaqaan
medication-active = la qaadanayo
medication-completed = la dhammeeyay
medication-stopped = la joojiyay
medication-intended = la qorsheeyay
source-documented = dukumenti leh
source-reported = la sheegay
source-given_here = halkan lagu siiyay
result-positive = togan
result-negative = taban
result-indeterminate = aan la cayimi karin
result-not_done = lama samayn
result-normal = caadi
result-abnormal = aan caadi ahayn
pregnancy-pregnant = uur leh
pregnancy-not_pregnant = uur ma leh
pregnancy-unknown = lama yaqaan
mh-no_concerns = walaac ma jiro
mh-concerns = walaac ayaa jira
mh-declined = wuu diiday
mh-not_done = lama samayn
urgency-routine = caadi
urgency-soon = dhowaan
urgency-urgent = degdeg
referral-planned = la qorsheeyay
referral-done = la sameeyay
referral-cancelled = la baajiyay
alert-severe_allergy = xasaasiyad daran
alert-infectious = khatar cudur faafa
alert-critical_medication = daawo lama huraan ah
alert-high_risk_pregnancy = uur khatar sare leh
alert-urgent_follow_up = dabagal degdeg ah
alert-other = digniin

## Text report (ephr verify, ephr decode)

report-patient = Bukaanka
report-born = dhashay { $date }
report-nationality = jinsiyadda { $country }
report-speaks = luqadaha: { $languages }
report-encounter = Booqashada
report-mediator = dhexdhexaadiye/turjumaan goobjoog
report-problems = Dhibaatooyin
report-past-problems = Dhib. hore
report-medications = Daawooyin
report-vaccines = Tallaallo
report-due = Waqtigii
report-results = Natiijooyin
report-mental-health = Caaf. maskaxda
report-no-known-allergies = xasaasiyad la yaqaan ma jirto
report-no-known-problems = dhibaato la yaqaan ma jirto
report-no-known-medications = daawo la yaqaan ma jirto
report-no-vaccination-records = DIIWAAN TALLAAL MA JIRO
report-code-unknown = { $code } (koodhkan kuma jiro jadwallada ephr)
report-dose-number = qiyaasta { $n }
report-due-from = laga bilaabo { $date }
report-height = dherer { $value } cm
report-weight = miisaan { $value } kg
report-bmi = BMI { $value }
report-bp = cadaadis { $systolic }/{ $diastolic } mmHg
report-heart-rate = garaac { $value }/daq
report-respiratory-rate = neef { $value }/daq
report-temperature = heerkul { $value } °C
report-spo2 = SpO2 { $value } %
report-head = madax { $value } cm
report-muac = MUAC { $value } cm
report-weeks = { $n } toddobaad
report-delivery = dhalmo { $date }
report-gravida = uur { $n }
report-para = dhalmo { $n }
report-referred = loo gudbiyay
report-by = ka hor { $date }
report-valid = SAX
report-not-valid = MA SAXNA
report-revoked = LA BURIYAY
report-unverified = LAMA HUBIN
report-unreadable = LAMA AKHRIYI KARO
report-unverified-note = nuxurka waxaa la muujiyay iyadoo aan la HUBIN saxiixa
report-card = kaar { $id }
report-issued = { $authority }, { $time }
report-signed-with = Lagu saxiixay
report-key = fure { $kid }
report-expires = Wuu dhacayaa
report-record-id = Lambarka diiwaanka
report-follows = Wuxuu raacayaa
report-entry = qoraal { $id }
report-part = Qayb
report-confidential = qarsoodi
report-confidential-note = Qoraal qarsoodi ah: qofka ayaa doortay inuu muujiyo. Xogtiisa ha u guurin meel ay dadka kale arki karaan.
report-n-of = { $n } ee { $total }
report-key-id = Lambarka furaha
report-card-id = Lambarka kaarka
report-issuer-says = Bixiyaha la sheegay
report-content = Nuxurka
report-undecodable = lama furfuri karo: { $error }
report-facts-below = (xogtiisu waxay ku jirtaa taariikhda diiwaanka { $record } ee hoose)
report-history-one = Taariikhda diiwaanka { $record }: 1 qoraal oo sax ah, { $first } ilaa { $last }
report-history = Taariikhda diiwaanka { $record }: { $n } qoraal oo sax ah, { $first } ilaa { $last }
report-not-used = lama isticmaalin
report-doses-one = 1 qiyaas ayaa la diiwaangeliyay
report-doses = { $n } qiyaasood ayaa la diiwaangeliyay
report-problem = DHIBAATO
report-warning = DIGNIIN
report-note = XUSUUSIN
report-checked = La hubiyay { $time }, liiska kalsoonida nooca { $version } (waxaa saxiixay barroosinka { $anchor }, la bixiyay { $issued }, cusboonaysiinta xigta { $next })
report-findings = Waxyaabaha laga helay qoraalladan
report-cards-valid = Kaarar sax ah: { $valid } ee { $total }

## Station (`ephr station`: the clinic's page in a browser)

station-title = Saldhigga ephr ee xarunta caafimaadka
# Shown on every screen: what the station keeps.
station-privacy = Waxba oo aad halkan ku hubiso lama kaydiyo: kombiyuutarkan iyo diiwaan kasta midna. “Qofka xiga” wax walba wuu tirtiraa; sidoo kale { $minutes } daqiiqo oo aan la isticmaalin.
station-language = Luqadda
station-add-heading = Ku dar kaar
station-scanner-label = Iskaanar ama qoraal
# Under the input that a USB or Bluetooth scanner types into.
station-scanner-hint = Iskaanarka baarkoodhka wuxuu halkan ku qoraa si iskiis ah. Waxaad sidoo kale halkan ku dhejin kartaa qoraalka kaarka (PHR1:…).
station-check = Hubi
station-upload-label = Sawir, sawir-shaashadeed, PDF-ka buugga ama fayl .phr ah
station-upload = Hubi faylka
station-camera = Kaamirada
station-camera-start = Shid kaamirada
station-camera-stop = Dami kaamirada
station-camera-looking = Koodhka si siman u hor qabo kaamirada.
station-camera-found = Koodhka waa la helay.
station-camera-none = Browser-kan laguma isticmaali karo kaamiro. Isticmaal iskaanar, ama soo geli sawir.
station-next-person = Qofka xiga
station-cleared = Waa la tirtiray: waxba kama harin qofkii hore.
station-empty = Weli kaar ma jiro. Koodh u tus kaamirada, iskaan garee, ama soo geli fayl.
# The verdict for everything shown, in large type.
station-all-valid = SAX
station-some-invalid = MA SAXNA
station-check-warnings = SAX, DIGNIINO LEH
station-valid-count = Kaarar sax ah: { $valid } ee { $total }
station-added = Waa lagu daray: { $n }
station-duplicate = Horay ayaa loo hubiyay.
# A button that switches the screen to the person's language so they can read their record.
station-person-language = U tus qofka, luqadda: { $language }
station-clinic-language = Ku noqo: { $language }
station-downloads = Daabacaad iyo soo saarid
station-booklet = Buugga (PDF)
station-a4 = Waraaqo A4 (PDF)
station-wallet = Kaarka boorsada (PDF)
station-insert = Warqadda qarsoodiga ah (PDF)
station-fhir = Dukumentiga FHIR ee nidaamka xarunta (JSON)
station-bundle = Dhammaan qoraallada (fayl .phr)
station-cannot-print = Waxba lama daabici karo: { $reason }
station-trust = Liiska kalsoonida
station-trust-status = Nooca { $version }, la saxiixay { $issued }, cusboonaysiinta xigta { $next }
station-trust-stale = WAQTIGIISII WUU DHACAY: ka codso hay'addaada caafimaadka liiska kalsoonida cusub oo hoos ku rakib.
station-trust-demo = Barroosin DEMO ah: kaar sax ahi waxba ma caddeeyo.
station-trust-install = Ka rakib cusboonaysiin fayl
station-trust-installed = Liiska kalsoonida nooca { $version } waa la rakibay.
station-trust-unchanged = Liiska kalsoonidan horay ayaa loo rakibay.
station-trust-fixed = Saldhiggan waxaa lagu bilaabay liis kalsooni go'an (--trust); dib u bilow si aad mid kale u isticmaasho.
station-trust-refused = Lama rakibin: { $reason }
station-signin = Gal
station-signin-code = Koodhka gelitaanka (waxaa lagu qoray meesha saldhigga laga bilaabay)
station-signin-wrong = Koodhka gelitaanka ma saxna.
station-signin-passphrase = Furahaaga sirta ah
station-signin-wrong-operator = Magaca iyo furaha sirta ah isma waafaqsana.
station-error = Lama akhriyi karo: { $reason }
station-too-large = Faylku aad buu u weyn yahay (in ka badan { $mb } MB).
station-too-many = Qofkan horay ayuu halkan ugu leeyahay { $n } kaar. Riix “Qofka xiga” si aad dib ugu bilowdo.

## Issuing station (`ephr station --issue`: the assessment form, drafts and the register)

station-issue-link = Bixin: foomamka iyo diiwaanka
station-issue-privacy = Qoraallada qabyada ah waxaa lagu kaydiyaa diiwaanka goobtan inta aad qorayso, { $drafts } maalmood, oo waxaa arka kaliya hawlwadeenka bilaabay. Gelitaannada la saxiixay waxaa la hayaa { $entries } maalmood si dib loo daabaco, kadibna waa la tirtiraa.
station-issue-operator = Magacaaga (waxaa lagu qoraa gelitaan kasta oo aad saxiixdo)
station-issue-follow-button = Ku dar la-socod diiwaankan
station-issue-title = Bixin
station-issue-new-heading = Qiimeyn cusub
station-issue-new = Bilow qiimeyn cusub
station-issue-follow-hint = Si aad u darto la-socod, ka hubi kaarka qofka shaashadda weyn (kamarad, iskaanar ama fayl), kadib riix “{ $button }”.
station-issue-drafts = Qoraalladaada qabyada ah
station-issue-no-drafts = Qoraal qabyo ah ma jiro. Isbeddel kasta oo foomka ah halkan ayaa lagu kaydiyaa inta aad qorayso.
station-issue-no-name = (weli magac ma leh)
station-issue-draft-follow-up = la-socod: { $about }
station-issue-find-heading = Hel gelitaan la bixiyay
station-issue-find-label = Aqoonsiga kaarka (sida ku daabacan buugga) ama magac
station-issue-find = Raadi
station-issue-found-none = Waxba diiwaanka kuma jiraan oo u dhigma.
station-issue-col-issued = La bixiyay
station-issue-col-entry = Gelitaan
station-issue-col-names = Magacyo
station-issue-col-operator = Hawlwadeen
station-issue-reprint = Dib u daabac
station-issue-nav = Qoraallada qabyada ah iyo diiwaanka
station-issue-follow-up = Gelitaanka la-socodka
station-issue-saved-hint = Saldhiggan ayaa lagu kaydiyaa inta aad qorayso. Dhibaato kasta waxay ka muuqataa meesheeda.
station-issue-needs-js = Foomka qiimeynta wuxuu u baahan yahay JavaScript.
station-issue-preview = Eeg buugga ka hor (PDF calaamadda DEMO leh, aan la saxiixin)
station-issue-sign = Saxiix oo u soo bandhig daabacaadda
station-issue-discard = Tuur qoraalkan qabyada ah
station-issue-discard-confirm = Ma la tuuraa qoraalkan qabyada ah? Dib looma soo celin karo.
# The form's words that the booklet does not print: parts of a field's name, buttons, and what
# the size meter says as the health worker types.
form-own-script = far u gaar ah
form-given = magaca koowaad
form-family = magaca qoyska
form-systolic = sare
form-diastolic = hoose
form-country = Dal
form-onset = Bilow
form-note = Qoraal
form-category = Nooc
form-criticality = Heerka khatarta
form-until = Ilaa
form-lot = Lot
form-value = Qiime
form-unit = Cabbir
form-urgency = Degdeg
form-not-given-here = maaha qiyaasaha halkan lagu bixiyay
form-if-not-visit = haddii aanay ahayn taariikhda booqashada
form-consent = Oggolaansho
form-consent-card = Qofku wuxuu oggolaaday inuu qaato kaar qarsoodi ah (natiijooyinka HIV, cagaarshowga, caafimaadka maskaxda iyo uurka si gaar ah ayaa loo daabacaa)
form-confidential = Qarsoodi
form-by-default = caadi ahaan
form-code-placeholder = qor erayo ama kood
form-remove = Ka saar
form-saving = Waa la kaydinayaa…
form-signed-out = Waad ka baxday: mar kale gal; qoraalka qabyada ah waa la kaydiyay ilaa isbeddelkii ugu dambeeyay.
form-not-saved = Lama kaydin: { $reason }
form-unreachable = Lama kaydin: saldhigga lama gaari karo. Bogga furan u daa oo mar kale isku day.
form-problems = Waa la kaydiyay. Dhibaatooyin la saxayo ka hor saxiixa: { $n }.
form-size = { $chars } xaraf, QR nooca { $version } heerka Q
form-confidential-size = Kaarka qarsoodiga ah: { $chars } xaraf, nooca { $version }.
form-withheld = Walxo qarsoodi ah oo aan kaar kasta gelin (ma jiro oggolaansho kaar qarsoodi ah): { $n }.
form-split = Waa la kaydiyay. Aad ayuu ugu weyn yahay hal kood: waxaa loo qaybin doonaa { $n } kaar oo la saxiixay ({ $sizes }).
form-fits = Waa la kaydiyay. Hal kood ayuu ku filan yahay: { $sizes }.

## Problems at a field: the rules a record must meet before it is signed (`ephr issue` prints
## them after the field's path, the issuing station under the field)

field-empty = Waa madhan yahay; meeshii ka saar goobta.
field-spaces = Wuxuu leeyahay meelo bannaan bilowga ama dhammaadka.
field-too-long = Wuxuu yahay { $n } xaraf; ugu badnaan { $max } ayaa kaarka ku filan.
field-control = Wuxuu leeyahay xarfo xakameyn (jebinta xariiqda, tab).
field-hidden = Wuxuu leeyahay xarfo qaabeyn oo aan muuqan (beddelka jihada, meelo bannaan oo ballac la’aan ah); si fudud u qor qoraalka.
field-date = “{ $value }” maaha taariikh qaabka YYYY-MM-DD ah (sannadaha 1900-2100).
field-partial-date = “{ $value }” maaha taariikh qaabka YYYY, YYYY-MM ama YYYY-MM-DD ah.
field-icd10 = “{ $value }” maaha kood ICD-10 sax ah (xaraf, laba lambar, kadib haddii la rabo dhibic iyo hal ama laba lambar, tusaale “E11.9”).
field-atc = “{ $value }” maaha kood ATC ah oo WHO sax ah (tusaale “A10BA02”).
field-vaccine = “{ $value }” maaha kood tallaal ATC ah oo WHO (J07…, tusaale “J07BD52” ee MMR).
field-country = “{ $value }” maaha koodka dalka ISO 3166-1 alpha-2 (tusaale “SY”, “GR”).
field-language = “{ $value }” maaha koodka luqadda ISO 639 (tusaale “ar”, “fa”, “prs”).
field-too-many = Wuxuu leeyahay { $n } walxood; ugu badnaan { $max } ayaa ku filan.
field-empty-list = Liisku waa madhan yahay; qor “none_known” haddii aad weydiisay oo aysan jirin, ama ka saar goobta.
field-empty-section = Waa madhan yahay; meeshii ka saar.
field-name-empty = Ma laha magac qoys iyo magac koowaad midna; meeshii ka saar.
field-name-latin-letters = Xarfaha A-Z oo kaliya (iyo meelo bannaan, xariijin iyo astaan), sida qaybta mashiinku akhriyo ee baasaboorka.
field-name-latin-missing = Ma jiro: magacu ma aha far Laatiin ah, sidaa darteed sidoo kale bixi qoraal Laatiin ah (shaqaalaha caafimaadka ee jidka waa inay akhriyi karaan).
field-estimated-no-date = Waa la calaamadeeyay, laakiin taariikhda dhalashada ma jirto.
field-range = { $value } wuxuu ka baxsan yahay xadka macquulka ah { $min }-{ $max }.
field-tenths = { $value } wuxuu leeyahay in ka badan hal jajab tobanle; kaarku wuxuu hayaa tobanlaha.
field-diastolic = { $value } kama hooseeyo cadaadiska sare { $systolic }.
field-dose-number = { $value } maaha lambar qiyaas oo 1 ilaa 10 ah.
field-no-doses = Qiyaas ma leh; qor “no_records”: true haddii qofku aanu lahayn diiwaan tallaal.
field-dose-date-required = Waa lagama maarmaan qiyaasaha la diiwaangeliyay iyo kuwa halkan lagu bixiyay.
field-dose-given-here = Waa { $value }, laakiin qiyaasta halkan lagu bixiyay waxay leedahay taariikhda booqashada { $date }; qiyaasaha meel kale lagu bixiyay u diiwaangeli “la diiwaangeliyay”.
field-loinc = “{ $value }” maaha kood LOINC sax ah (lambarro, xariijin, lambar hubin, tusaale “71773-6”).
field-decimal = “{ $value }” maaha tiro tobanle ah (ugu badnaan 7 lambar dhibicda ka hor iyo 4 ka dib).
field-unit-without-value = Waxaa la bixiyay qiime la’aan.
field-unit = “{ $value }” maaha cabbir UCUM ah (tusaale “g/dL”, “mmol/L”).
field-value-not-done = Waxaa loo bixiyay baaritaan aan la samayn.
field-pregnant-male = Waa “uur leh” laakiin jinsiga qofku waa “lab”.
field-weeks = { $value } wuxuu ka badan yahay 45 toddobaad.
field-not-pregnant = Waxaa la bixiyay taariikh dhalmo ama da’da uurka laakiin xaaladdu maaha “uur leh”.
field-implausible = { $value } maaha mid macquul ah.
field-follow-up-before = { $value } wuxuu ka horreeyaa booqashada gelitaanka uu la socdo ({ $date }); la-socodku wuu ka dambeeyaa.
field-reveals-referral = Sababta { $code } waa dhibaato qarsoodi ah, sidaa darteed u gudbintani waxay ku muujin lahayd kaarka guud; u gudbinta sidoo kale ka dhig qarsoodi, ama ka saar sababteeda.
field-reveals-alert = Digniinta uurka khatarta sare leh ee kaarka guud waxay muujinaysaa uurka qarsoodiga ah; digniinta sidoo kale ka dhig qarsoodi, ama uurka mid aan qarsoodi ahayn.
field-after-issue = Booqashadu waxay leedahay taariikhda { $encounter }, ka dib taariikhda bixinta kaarka { $issued }; kaarku wuxuu diiwaangeliyaa wixii dhacay.
field-item-too-large = { $item } kuma filna hal kood QR xitaa kaar u gaar ah; soo gaabi qoraalkiisa ama dooro heer hoose oo sixidda khaladaadka.
# What the JSON reader says (its words after the colon are the reader's, in English).
field-missing = Goob loo baahan yahay ayaa maqan: { $field }
field-wrong-type = Nooc qiime oo khaldan: { $found } (la filayay: { $expected })
field-wrong-value = Qiime khaldan: { $found } (la filayay: { $expected })
# A problem that has no words of its own in the catalogues: shown as ephr wrote it, in English.
field-other = { $problem }
