# ephr booklet and wallet card labels: Kurmanji Kurdish (Northern Kurdish, Latin script).
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
language-name = Kurdî (Kurmancî)

## Cover

title = Tomara tenduristiyê ya kesane
subtitle = Kurteya nirxandineke tenduristiyê. Wê baş biparêzin û li her klînîkê nîşan bidin.
card-title = Karta tomara tenduristiyê
demo-banner = DEMO — ne tomareke tenduristiyê ya rastîn e
name = Nav
name-latin = Nav bi tîpên latînî
birth-date = Dîroka jidayikbûnê
estimated = texmînî
sex = Zayend
nationality = Hemwelatîbûn
languages = Ziman
card-id = Kart
record-id = Tomar
issued-by = Saziya derxer
issued-on = Dîroka derxistinê
no-name = nav nehatiye tomarkirin
not-recorded = nehatiye tomarkirin

## Entry

encounter = Nirxandin
encounter-date = Dîrok
encounter-site = Cih
encounter-kind = Cure
encounter-role = Karmendê tenduristiyê
mediator = Navbeynkarekî çandî an wergêrek amade bû.
entry-heading = Qeyd { $n } ji { $total }
entries = Qeyd
follows = Li ser qeydê zêde dike
follows-entry = hejmar { $n }: kart { $card }, { $date }
follows-elsewhere = qeydeke berê ku di vê pirtûkokê de nîne
part = Beş { $n } ji { $total }
page-footer = Rûpel { $n } ji { $total }
continued = berdewam

## Sections

sec-immunizations = Vakslêdan
sec-vaccinations-due = Vakslêdanên ku dema wan hatiye
sec-problems = Pirsgirêk û teşxîs
sec-medications = Derman
sec-allergies = Alerjî
sec-results = Pişkinîn û encamên testan
sec-mental-health = Pişkinîna tenduristiya derûnî
sec-vital-signs = Nîşanên jiyanî
sec-pregnancy = Ducanî
sec-referrals = Şandin (referral)
sec-alerts = Hişyarî
sec-signed = Qeyda îmzekirî
none-recorded = Tiştek nehatiye tomarkirin
none-known = Tiştek nayê zanîn
no-vaccination-records = Ti tomarên vakslêdanê yên vî kesî tune ne.

## Table columns

col-vaccine = Vaksîn
col-date = Dîrok
col-dose = Doz
col-source = Çavkanî
col-diagnosis = Teşxîs
col-status = Rewş
col-medicine = Derman
col-dosage = Dozaj
col-substance = Madde
col-reaction = Bertek
col-test = Test
col-result = Encam
col-to = Şandî bo
col-due = Dem
col-alert = Hişyarî
col-details = Hûrgilî
provisional = demkî
onset = ji { $date } ve
until = heta { $date }
lot = lot { $lot }
date-unknown = dîrok nayê zanîn
reason = sedem: { $reason }
criticality = xeter: { $level }

## Vital signs and pregnancy

vital-height = Bejn
vital-weight = Giranî
vital-bp = Tansiyon
vital-heart-rate = Nabz
vital-respiratory-rate = Hejmara bêhnê
vital-temperature = Germahiya laş
vital-spo2 = Têrbûna oksîjenê
vital-head = Dora serî
vital-muac = Dora milê jorîn (MUAC)
pregnancy-status = Rewş
expected-delivery = Dîroka zayînê ya texmînî
gestational-weeks = Hefteyên ducaniyê
gravida = Hejmara ducaniyan
para = Hejmara zayînan
mh-outcome = Encam
mh-tool = Amûra pişkinînê
mh-referred = Ji bo piştgiriyê hat şandin
yes = erê
no = na

## QR code

qr-caption = Ji bo kontrolê skan bikin: ev qeyd ji aliyê wê saziya tenduristiyê ve hatiye îmzekirin ku ew derxistiye.
qr-issuer = { $issuer }, { $date }

## Last page

verify-title = Ji bo klînîkan: vê tomarê çawa kontrol bikin
verify-steps =
    1. Her koda QR bi amûreke kontrolê ya ku kodên ephr dixwîne skan bikin.
    2. Heke kodek skan nebe, wêneyê rûpelê bikişînin û wêneyê kontrol bikin: ephr verify photo.jpg. Heke ev jî nebe, ji klînîka ku qeyd derxistiye bipirsin.
    3. ephr îmzeyê bê înternetê li gorî lîsteya pêbaweriyê ya saziyên tenduristiyê kontrol dike.
    4. Tenê qeydeke derbasdar pêbawer e; tabloyên çapkirî tiştê îmzekirî dubare dikin.
    5. Tiştê ku hûn dikin wek qeydeke nû ya îmzekirî zêde bikin; li ser vê pirtûkokê nenivîsin.
privacy-title = Agahiyên we yên tenduristiyê
privacy-text =
    Ev pirtûkok ya we ye. Tenê agahiyên tenduristiyê tê de hene: ne rewşa we ya qanûnî, ne jî rêya rêwîtiya we.
    Hûn biryar didin ka kî wê bibîne. Kes nikare wê ji we bistîne.
    Karmendên tenduristiyê wê bikar tînin da ku li we binêrin û vaksîn û testan dubare nekin.

insert-title = Encamên nehênî
insert-text = Di vê pela pêvek de encamên tenduristiyê hene ku we xwest nehênî bimînin. Wê ji pirtûkoka xwe cuda biparêzin û tenê nîşanî karmendekî tenduristiyê yê ku hûn hilbijêrin bidin. Pirtûkoka we bêyî wê temam e û nîşan nade ku ev pel heye.
insert-holds = Tê de hene
insert-footer = NEHÊNÎ

## Values

sex-female = jin
sex-male = mêr
sex-other = din
sex-unknown = nayê zanîn
kind-initial_assessment = nirxandina destpêkê
kind-follow_up = şopandin
kind-vaccination = vakslêdan
kind-emergency = acîl
role-physician = bijîşk
role-nurse = hemşîre
role-midwife = pîrik (midwife)
role-psychologist = psîkolog
role-paramedic = paramedîk
role-other = karmendekî din ê tenduristiyê
problem-active = çalak
problem-inactive = neçalak
problem-resolved = çareserbûyî
allergy-medication = derman
allergy-food = xwarin
allergy-environment = jîngeh
allergy-biologic = biyolojîk
criticality-low = kêm
criticality-high = bilind
criticality-unable_to_assess = nayê zanîn
medication-active = tê bikaranîn
medication-completed = temam bû
medication-stopped = hat rawestandin
medication-intended = plankirî
source-documented = bi belge
source-reported = bi gotina kesî
source-given_here = li vir hat dayîn
result-positive = pozîtîf
result-negative = negatîf
result-indeterminate = ne diyar
result-not_done = nehat kirin
result-normal = normal
result-abnormal = ne normal
pregnancy-pregnant = ducanî
pregnancy-not_pregnant = ne ducanî
pregnancy-unknown = nayê zanîn
mh-no_concerns = ti fikar tune
mh-concerns = fikar hene
mh-declined = red kir
mh-not_done = nehat kirin
urgency-routine = asayî
urgency-soon = di demeke nêz de
urgency-urgent = lezgîn
referral-planned = plankirî
referral-done = hat kirin
referral-cancelled = hat betalkirin
alert-severe_allergy = alerjiya giran
alert-infectious = xetera enfeksiyonê
alert-critical_medication = dermanê jiyanî
alert-high_risk_pregnancy = ducaniya bi xeter
alert-urgent_follow_up = şopandina lezgîn
alert-other = hişyarî

## Text report (ephr verify, ephr decode)

report-patient = Nexweş
report-born = jidayikbûn { $date }
report-nationality = hemwelatîbûn { $country }
report-speaks = ziman: { $languages }
report-encounter = Serdan
report-mediator = navbeynkar/wergêr amade bû
report-problems = Pirsgirêk
report-past-problems = Pirsgirêkên berê
report-medications = Derman
report-vaccines = Vaksîn
report-due = Pêwîst
report-results = Encam
report-mental-health = Tend. derûnî
report-no-known-allergies = alerjiya naskirî tune
report-no-known-problems = pirsgirêka naskirî tune
report-no-known-medications = dermanê naskirî tune
report-no-vaccination-records = TI TOMARÊN VAKSLÊDANÊ TUNE NE
report-code-unknown = { $code } (kod di tabloyên ephr de nîne)
report-dose-number = doz { $n }
report-due-from = ji { $date } ve
report-height = bejn { $value } cm
report-weight = giranî { $value } kg
report-bmi = BMI { $value }
report-bp = tansiyon { $systolic }/{ $diastolic } mmHg
report-heart-rate = nabz { $value }/deq
report-respiratory-rate = bêhn { $value }/deq
report-temperature = germahî { $value } °C
report-spo2 = SpO2 { $value } %
report-head = dora serî { $value } cm
report-muac = MUAC { $value } cm
report-weeks = { $n } hefte
report-delivery = zayîn { $date }
report-gravida = G{ $n }
report-para = P{ $n }
report-referred = hat şandin
report-by = heta { $date }
report-valid = DERBASDAR
report-not-valid = NE DERBASDAR
report-revoked = BETALKIRÎ
report-unverified = NEHATIYE KONTROLKIRIN
report-unreadable = NAYÊ XWENDIN
report-unverified-note = naverok BÊ kontrolkirina îmzeyê tê nîşandan
report-card = kart { $id }
report-issued = { $authority }, { $time }
report-signed-with = Îmze bi
report-key = mifte { $kid }
report-expires = Diqede
report-record-id = Hejmara tomarê
report-follows = Pêveka
report-entry = qeyd { $id }
report-part = Beş
report-confidential = nehênî
report-confidential-note = Qeyda nehênî: bi bijartina kesî hat nîşandan. Agahiyên wê li cihekî ku kesên din bibînin kopî nekin.
report-n-of = { $n } ji { $total }
report-key-id = Nasnameya miftê
report-card-id = Nasnameya kartê
report-issuer-says = Derxer (îdia)
report-content = Naverok
report-undecodable = nayê dekodkirin: { $error }
report-facts-below = (agahiyên wê li jêr di dîroka tomara { $record } de ne)
report-history-one = Dîroka tomara { $record }: 1 qeyda derbasdar, ji { $first } heta { $last }
report-history = Dîroka tomara { $record }: { $n } qeydên derbasdar, ji { $first } heta { $last }
report-not-used = nehat bikaranîn
report-doses-one = 1 doz hatiye tomarkirin
report-doses = { $n } doz hatine tomarkirin
report-problem = PIRSGIRÊK
report-warning = HIŞYARÎ
report-note = NOT
report-checked = Kontrol: { $time }, li gorî lîsteya pêbaweriyê guhertoya { $version } (îmzekirî ji aliyê lengerê { $anchor }, derxistin { $issued }, nûkirina din { $next })
report-findings = Dîtinên derbarê van qeydan de
report-cards-valid = Kartên derbasdar: { $valid } ji { $total }

## Station (`ephr station`: the clinic's page in a browser)

station-title = Stasyona ephr a klînîkê
# Shown on every screen: what the station keeps.
station-privacy = Tiştê ku hûn li vir kontrol dikin nayê hilanîn: ne li ser vê komputerê, ne jî di ti tomara çalakiyan de. “Kesê paşê” her tiştî paqij dike; piştî { $minutes } deqeyan bê bikaranîn jî her tişt tê paqijkirin.
station-language = Ziman
station-add-heading = Kartekê zêde bike
station-scanner-label = Skaner an nivîs
# Under the input that a USB or Bluetooth scanner types into.
station-scanner-hint = Skanera barkodê bi xwe li vir dinivîse. Hûn dikarin nivîsa kartekê jî li vir bizeliqînin (PHR1:…).
station-check = Kontrol bike
station-upload-label = Wêne, dîmena ekranê, PDF ya pirtûkokê an pela .phr
station-upload = Pelê kontrol bike
station-camera = Kamera
station-camera-start = Kamerayê veke
station-camera-stop = Kamerayê bigire
station-camera-looking = Kodê rast li ber kamerayê bigirin.
station-camera-found = Kod hat dîtin.
station-camera-none = Di vê gerokê de ti kamera nayê bikaranîn. Skanerekê bikar bînin an wêneyekî bar bikin.
station-next-person = Kesê paşê
station-cleared = Hat paqijkirin: ji kesê berê tiştek nemaye.
station-empty = Hîn kart tune. Kodekê nîşanî kamerayê bidin, skan bikin an pelekê bar bikin.
# The verdict for everything shown, in large type.
station-all-valid = DERBASDAR
station-some-invalid = NE DERBASDAR
station-check-warnings = DERBASDAR, BI HIŞYARIYAN
station-valid-count = Kartên derbasdar: { $valid } ji { $total }
station-added = Hat zêdekirin: { $n }
station-duplicate = Berê hatiye kontrolkirin.
# A button that switches the screen to the person's language so they can read their record.
station-person-language = Bi zimanê kesî nîşan bide: { $language }
station-clinic-language = Vegere: { $language }
station-downloads = Çap û derxistin
station-booklet = Pirtûkok (PDF)
station-a4 = Rûpelên A4 (PDF)
station-wallet = Karta berîkê (PDF)
station-insert = Pela nehênî (PDF)
station-fhir = Belgeya FHIR ji bo sîstema klînîkê (JSON)
station-bundle = Hemû qeyd (pela .phr)
station-cannot-print = Tiştek nayê çapkirin: { $reason }
station-trust = Lîsteya pêbaweriyê
station-trust-status = Guhertoya { $version }, îmzekirî { $issued }, nûkirina din { $next }
station-trust-stale = KEVN E: lîsteya pêbaweriyê ya nû ji saziya xwe ya tenduristiyê bixwazin û li jêr saz bikin.
station-trust-demo = Lengera DEMO: karteke derbasdar tiştekî îspat nake.
station-trust-install = Nûkirinekê ji pelekê saz bike
station-trust-installed = Lîsteya pêbaweriyê, guhertoya { $version }, hat sazkirin.
station-trust-unchanged = Ev lîsteya pêbaweriyê jixwe sazkirî ye.
station-trust-fixed = Ev stasyon bi lîsteyeke pêbaweriyê ya sabît (--trust) hat destpêkirin; ji bo lîsteyeke din, wê ji nû ve dest pê bikin.
station-trust-refused = Nehat sazkirin: { $reason }
station-signin = Têketin
station-signin-code = Koda gihîştinê (li cihê ku stasyon hat destpêkirin hatiye nivîsandin)
station-signin-wrong = Ev koda gihîştinê ne rast e.
station-error = Nayê xwendin: { $reason }
station-too-large = Pel pir mezin e (ji { $mb } MB zêdetir).
station-too-many = Jixwe { $n } kartên vî kesî li vir hene. Ji bo ji nû ve destpêkirinê “Kesê paşê” bitikînin.
