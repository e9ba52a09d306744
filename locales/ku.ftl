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
station-signin-passphrase = Şîfreya te
station-signin-wrong-operator = Nav û şîfre li hev nayên.
station-error = Nayê xwendin: { $reason }
station-too-large = Pel pir mezin e (ji { $mb } MB zêdetir).
station-too-many = Jixwe { $n } kartên vî kesî li vir hene. Ji bo ji nû ve destpêkirinê “Kesê paşê” bitikînin.

## Issuing station (`ephr station --issue`: the assessment form, drafts and the register)

station-issue-link = Derxistin: form û tomargeh
station-issue-privacy = Reşnivîs dema ku hûn dinivîsin di tomargeha vê cihê de { $drafts } rojan têne hilanîn, û tenê karmendê ku ew dest pê kirine wan dibîne. Qeydên îmzekirî ji bo ji nû ve çapkirinê { $entries } rojan têne parastin, paşê têne jêbirin.
station-issue-operator = Navê we (bi her qeyda ku hûn îmze dikin re tê tomarkirin)
station-issue-follow-button = Şopandinê li vê tomarê zêde bikin
station-issue-title = Derxistin
station-issue-new-heading = Muayeneya nû
station-issue-new = Muayeneyeke nû dest pê bikin
station-issue-follow-hint = Ji bo şopandinê zêde bikin, karta kesê li ser ekrana sereke kontrol bikin (kamera, skaner an pel), paşê “{ $button }” bitikînin.
station-issue-drafts = Reşnivîsên we
station-issue-no-drafts = Reşnivîs tune. Her guhertina formê dema ku hûn dinivîsin li vir tê hilanîn.
station-issue-no-name = (hê bê nav)
station-issue-draft-follow-up = şopandin: { $about }
station-issue-find-heading = Qeydeke derxistî bibînin
station-issue-find-label = Nasnameya kartê (wek ku di pirtûkê de hatiye çapkirin) an nav
station-issue-find = Bigerin
station-issue-found-none = Tiştek di tomargehê de li hev nayê.
station-issue-col-issued = Derxistî
station-issue-col-entry = Qeyd
station-issue-col-names = Nav
station-issue-col-operator = Karmend
station-issue-reprint = Ji nû ve çap bikin
station-issue-nav = Reşnivîs û tomargeh
station-issue-follow-up = Qeyda şopandinê
station-issue-saved-hint = Dema ku hûn dinivîsin li ser vê stasyonê tê hilanîn. Her pirsgirêk li cem qada xwe tê nîşandan.
station-issue-needs-js = Forma muayeneyê JavaScript hewce dike.
station-issue-preview = Pêşdîtina pirtûkê (PDF bi nîşana DEMO, ne îmzekirî)
station-issue-sign = Îmze bikin û ji bo çapê nîşan bidin
station-issue-discard = Vê reşnivîsê biavêjin
station-issue-discard-confirm = Ev reşnivîs bê avêtin? Nayê vegerandin.
# The form's words that the booklet does not print: parts of a field's name, buttons, and what
# the size meter says as the health worker types.
form-own-script = bi nivîsa xwe
form-given = nav
form-family = paşnav
form-systolic = sîstolîk
form-diastolic = dîastolîk
form-country = Welat
form-onset = Destpêk
form-note = Nîşe
form-category = Cure
form-criticality = Asta xetereyê
form-until = Heta
form-lot = Lot
form-value = Nirx
form-unit = Yekîne
form-urgency = Lezgînî
form-not-given-here = ne ji bo dozên li vir hatine dayîn
form-if-not-visit = heke ne dîroka serdanê be
form-consent = Razîbûn
form-consent-card = Kes razî bû ku kartek veşartî hilgire (encamên HIV, hepatît, tenduristiya derûnî û ducaniyê cuda têne çapkirin)
form-confidential = Veşartî
form-by-default = standard
form-code-placeholder = peyv an kodek binivîsin
form-remove = Rakin
form-saving = Tê hilanîn…
form-signed-out = Hûn derketin: dîsa têkevin; reşnivîs heta guhertina dawî hatiye hilanîn.
form-not-saved = Nehat hilanîn: { $reason }
form-unreachable = Nehat hilanîn: stasyon nayê gihîştin. Vê rûpelê vekirî bihêlin û dîsa biceribînin.
form-problems = Hat hilanîn. Pirsgirêkên ku berî îmzeyê divê werin sererastkirin: { $n }.
form-size = { $chars } tîp, QR guhertoya { $version } di asta Q de
form-confidential-size = Karta veşartî: { $chars } tîp, guhertoya { $version }.
form-withheld = Hêmanên veşartî yên ku naçin ser tu kartê (razîbûna karta veşartî tune): { $n }.
form-split = Hat hilanîn. Ji bo kodekê pir mezin e: dê li { $n } kartên îmzekirî were parvekirin ({ $sizes }).
form-fits = Hat hilanîn. Di kodekê de cih digire: { $sizes }.

## Problems at a field: the rules a record must meet before it is signed (`ephr issue` prints
## them after the field's path, the issuing station under the field)

field-empty = Vala ye; li şûna wê qadê derxînin.
field-spaces = Di destpêk an dawiyê de valahî hene.
field-too-long = { $n } tîp dirêj e; herî zêde { $max } li ser kartê cih digirin.
field-control = Tîpên kontrolê tê de hene (şikandina rêzê, tab).
field-hidden = Tîpên formatkirinê yên nexuya tê de hene (guhertina alî, valahiyên bê firehî); nivîsê bi hêsanî binivîsin.
field-date = “{ $value }” ne dîrokek bi şêweya YYYY-MM-DD ye (salên 1900-2100).
field-partial-date = “{ $value }” ne dîrokek bi şêweya YYYY, YYYY-MM an YYYY-MM-DD ye.
field-icd10 = “{ $value }” ne kodeke ICD-10 ya derbasdar e (tîpek, du hejmar, paşê bi dilxwazî xalek û yek an du hejmar, mînak “E11.9”).
field-atc = “{ $value }” ne kodeke ATC ya WHO ya derbasdar e (mînak “A10BA02”).
field-vaccine = “{ $value }” ne kodeke ATC ya vakslêdanê ya WHO ye (J07…, mînak “J07BD52” ji bo MMR).
field-country = “{ $value }” ne kodeke welat a ISO 3166-1 alpha-2 ye (mînak “SY”, “GR”).
field-language = “{ $value }” ne kodeke ziman a ISO 639 ye (mînak “ar”, “fa”, “prs”).
field-too-many = { $n } hêman hene; herî zêde { $max } cih digirin.
field-empty-list = Lîste vala ye; heke we pirsî û tune be “none_known” binivîsin, an qadê derxînin.
field-empty-section = Vala ye; li şûna wê derxînin.
field-name-empty = Ne paşnav heye ne nav; li şûna wê derxînin.
field-name-latin-letters = Tenê tîpên A-Z (bi valahî, xêzik û apostrofan), wek di qada makîneyê de ya pasaportê.
field-name-latin-missing = Tune ye: nav ne bi tîpên latînî ye, ji ber vê yekê nivîsandineke latînî jî bidin (karkerên tenduristiyê li ser rê divê karibin bixwînin).
field-estimated-no-date = Hatiye nîşankirin, lê dîroka jidayikbûnê tune.
field-range = { $value } li derveyî rêza maqûl { $min }-{ $max } e.
field-tenths = { $value } ji yek dehekê zêdetir heye; kart dehekan diparêze.
field-diastolic = { $value } ne di bin zexta sîstolîk { $systolic } de ye.
field-dose-number = { $value } ne hejmara dozê ji 1 heta 10 e.
field-no-doses = Doz tune; heke tu tomara vakslêdanê ya kesê tune be “no_records”: true binivîsin.
field-dose-date-required = Ji bo dozên belgekirî û dozên li vir hatine dayîn pêwîst e.
field-dose-given-here = { $value } e, lê dozek ku li vir hatiye dayîn dîroka serdanê { $date } heye; dozên li cihekî din hatine dayîn wek “belgekirî” tomar bikin.
field-loinc = “{ $value }” ne kodeke LOINC ya derbasdar e (hejmar, xêzik, hejmara kontrolê, mînak “71773-6”).
field-decimal = “{ $value }” ne hejmareke dehî ye (herî zêde 7 hejmar berî xalê û 4 piştî).
field-unit-without-value = Bê nirx hatiye dayîn.
field-unit = “{ $value }” ne yekîneyeke UCUM e (mînak “g/dL”, “mmol/L”).
field-value-not-done = Ji bo testeke ku nehatiye kirin hatiye dayîn.
field-pregnant-male = “ducanî” ye lê zayenda kesê “mêr” e.
field-weeks = { $value } ji 45 hefteyan zêdetir e.
field-not-pregnant = Dîroka zayînê an temena ducaniyê hatiye dayîn lê rewş ne “ducanî” ye.
field-implausible = { $value } ne maqûl e.
field-follow-up-before = { $value } berî serdana qeyda ku dişopîne ye ({ $date }); şopandin paşê tê.
field-reveals-referral = Sedema { $code } pirsgirêkeke veşartî ye, ji ber vê ev şandin dê li ser karta sereke eşkere bike; şandinê jî veşartî bikin, an sedema wê rakin.
field-reveals-alert = Hişyariya ducaniya xeternak li ser karta sereke ducaniya veşartî eşkere dike; hişyariyê jî veşartî bikin, an ducaniyê ne veşartî.
field-after-issue = Dîroka serdanê { $encounter } e, piştî dîroka derxistina kartê { $issued }; kart tiştê ku qewimiye tomar dike.
field-item-too-large = { $item } di kodeke QR de cih nagire, ne jî li ser kartek bi serê xwe; nivîsa wê kurt bikin an asteke nizmtir a rastkirina xeletiyan hilbijêrin.
# What the JSON reader says (its words after the colon are the reader's, in English).
field-missing = Qada pêwîst tune: { $field }
field-wrong-type = Cureya nirxê şaş: { $found } (hêvîkirî: { $expected })
field-wrong-value = Nirxa şaş: { $found } (hêvîkirî: { $expected })
# A problem that has no words of its own in the catalogues: shown as ephr wrote it, in English.
field-other = { $problem }
