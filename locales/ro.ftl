# ephr booklet and wallet card labels: Romanian (ș and ț with comma below).
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
language-name = Română

## Cover

title = Carnet de sănătate personal
subtitle = Rezumatul unei evaluări medicale. Păstrați-l cu grijă și arătați-l la fiecare consultație.
card-title = Card de sănătate
demo-banner = DEMO — nu este un document medical real
name = Nume
name-latin = Nume cu litere latine
birth-date = Data nașterii
estimated = estimată
sex = Sex
nationality = Cetățenie
languages = Limbi
card-id = Card
record-id = Fișă
issued-by = Emis de
issued-on = Emis la
no-name = niciun nume înregistrat
not-recorded = neînregistrat

## Entry

encounter = Evaluare
encounter-date = Data
encounter-site = Locul
encounter-kind = Tip
encounter-role = Consultat de
mediator = A fost prezent un mediator cultural sau un interpret.
entry-heading = Înregistrarea { $n } din { $total }
entries = Înregistrări
follows = Completează înregistrarea
follows-entry = nr. { $n }: card { $card }, { $date }
follows-elsewhere = o înregistrare anterioară care nu este în acest carnet
part = Partea { $n } din { $total }
page-footer = Pagina { $n } din { $total }
continued = continuare

## Sections

sec-immunizations = Vaccinări
sec-vaccinations-due = Vaccinări de efectuat
sec-problems = Probleme și diagnostice
sec-medications = Medicamente
sec-allergies = Alergii
sec-results = Screening și rezultate ale analizelor
sec-mental-health = Screening de sănătate mintală
sec-vital-signs = Semne vitale
sec-pregnancy = Sarcină
sec-referrals = Trimiteri
sec-alerts = Alerte
sec-signed = Înregistrare semnată
none-recorded = Nimic înregistrat
none-known = Nimic cunoscut
no-vaccination-records = Persoana nu are documente de vaccinare.

## Table columns

col-vaccine = Vaccin
col-date = Data
col-dose = Doza
col-source = Sursa
col-diagnosis = Diagnostic
col-status = Stare
col-medicine = Medicament
col-dosage = Posologie
col-substance = Substanță
col-reaction = Reacție
col-test = Analiză
col-result = Rezultat
col-to = Trimis la
col-due = Termen
col-alert = Alertă
col-details = Detalii
provisional = provizoriu
onset = din { $date }
until = până la { $date }
lot = lot { $lot }
date-unknown = dată necunoscută
reason = motiv: { $reason }
criticality = risc: { $level }

## Vital signs and pregnancy

vital-height = Înălțime
vital-weight = Greutate
vital-bp = Tensiune arterială
vital-heart-rate = Frecvență cardiacă
vital-respiratory-rate = Frecvență respiratorie
vital-temperature = Temperatură
vital-spo2 = Saturație de oxigen
vital-head = Perimetru cranian
vital-muac = Perimetrul brațului
pregnancy-status = Stare
expected-delivery = Data probabilă a nașterii
gestational-weeks = Săptămâni de sarcină
gravida = Sarcini
para = Nașteri
mh-outcome = Rezultat
mh-tool = Instrument de screening
mh-referred = Trimis pentru sprijin
yes = da
no = nu

## QR code

qr-caption = Scanați pentru verificare: această înregistrare este semnată de autoritatea sanitară care a emis-o.
qr-issuer = { $issuer }, { $date }

## Last page

verify-title = Pentru personalul medical: cum se verifică acest carnet
verify-steps =
    1. Scanați fiecare cod QR cu un verificator care citește codurile ephr.
    2. Dacă un cod nu se scanează, fotografiați pagina și verificați fotografia: ephr verify photo.jpg. Dacă nici așa nu reușește, contactați unitatea care a emis înregistrarea.
    3. ephr verifică semnătura offline, pe baza listei de încredere a autorităților sanitare.
    4. Numai o înregistrare validă este de încredere; tabelele tipărite repetă ce este semnat.
    5. Adăugați ce faceți ca o nouă înregistrare semnată; nu scrieți pe acest carnet.
privacy-title = Informațiile dumneavoastră de sănătate
privacy-text =
    Acest carnet vă aparține. Conține doar informații de sănătate: nimic despre statutul juridic sau drumul parcurs.
    Dumneavoastră decideți cine îl vede. Nimeni nu vi-l poate lua.
    Personalul medical îl folosește pentru a vă îngriji și pentru a nu repeta vaccinuri și analize.

insert-title = Rezultate confidențiale
insert-text = Această anexă conține rezultate medicale pe care ați ales să le păstrați private. Păstrați-o separat de carnet și arătați-o doar unui cadru medical ales de dumneavoastră. Carnetul este complet și fără ea și nu arată că această anexă există.
insert-holds = Conține
insert-footer = CONFIDENȚIAL

## Values

sex-female = feminin
sex-male = masculin
sex-other = altul
sex-unknown = necunoscut
kind-initial_assessment = evaluare inițială
kind-follow_up = control
kind-vaccination = vaccinare
kind-emergency = urgență
role-physician = medic
role-nurse = asistent medical
role-midwife = moașă
role-psychologist = psiholog
role-paramedic = paramedic
role-other = alt cadru medical
problem-active = activ
problem-inactive = inactiv
problem-resolved = rezolvat
allergy-medication = medicament
allergy-food = aliment
allergy-environment = mediu
allergy-biologic = biologic
criticality-low = scăzut
criticality-high = ridicat
criticality-unable_to_assess = necunoscut
medication-active = în curs
medication-completed = încheiat
medication-stopped = întrerupt
medication-intended = planificat
source-documented = documentat
source-reported = declarat
source-given_here = administrat aici
result-positive = pozitiv
result-negative = negativ
result-indeterminate = neconcludent
result-not_done = neefectuat
result-normal = normal
result-abnormal = anormal
pregnancy-pregnant = însărcinată
pregnancy-not_pregnant = nu este însărcinată
pregnancy-unknown = necunoscut
mh-no_concerns = fără probleme
mh-concerns = probleme
mh-declined = refuzat
mh-not_done = neefectuat
urgency-routine = de rutină
urgency-soon = în curând
urgency-urgent = urgent
referral-planned = planificată
referral-done = efectuată
referral-cancelled = anulată
alert-severe_allergy = alergie severă
alert-infectious = risc infecțios
alert-critical_medication = medicament vital
alert-high_risk_pregnancy = sarcină cu risc crescut
alert-urgent_follow_up = control urgent
alert-other = alertă

## Text report (ephr verify, ephr decode)

report-patient = Pacient
report-born = născut(ă) { $date }
report-nationality = cetățenie { $country }
report-speaks = vorbește { $languages }
report-encounter = Consultație
report-mediator = mediator/interpret prezent
report-problems = Probleme
report-past-problems = Probl. trecute
report-medications = Medicamente
report-vaccines = Vaccinuri
report-due = De făcut
report-results = Rezultate
report-mental-health = Săn. mintală
report-no-known-allergies = fără alergii cunoscute
report-no-known-problems = fără probleme cunoscute
report-no-known-medications = fără medicamente cunoscute
report-no-vaccination-records = NICIUN DOCUMENT DE VACCINARE
report-code-unknown = { $code } (cod absent din tabelele ephr)
report-dose-number = doza { $n }
report-due-from = din { $date }
report-height = înălțime { $value } cm
report-weight = greutate { $value } kg
report-bmi = IMC { $value }
report-bp = TA { $systolic }/{ $diastolic } mmHg
report-heart-rate = AV { $value }/min
report-respiratory-rate = FR { $value }/min
report-temperature = T { $value } °C
report-spo2 = SpO2 { $value } %
report-head = perimetru cranian { $value } cm
report-muac = MUAC { $value } cm
report-weeks = { $n } săpt.
report-delivery = DPN { $date }
report-gravida = G{ $n }
report-para = P{ $n }
report-referred = trimis pentru sprijin
report-by = până la { $date }
report-valid = VALID
report-not-valid = NEVALID
report-revoked = REVOCAT
report-unverified = NEVERIFICAT
report-unreadable = ILIZIBIL
report-unverified-note = conținut afișat FĂRĂ verificarea semnăturii
report-card = card { $id }
report-issued = { $authority }, { $time }
report-signed-with = Semnat cu
report-key = cheia { $kid }
report-expires = Expiră
report-record-id = ID fișă
report-follows = Completează
report-entry = înregistrarea { $id }
report-part = Partea
report-confidential = confidențial
report-confidential-note = Înregistrare confidențială: afișată la alegerea persoanei. Nu copiați datele ei unde le pot vedea alții.
report-n-of = { $n } din { $total }
report-key-id = ID cheie
report-card-id = ID card
report-issuer-says = Emitent declarat
report-content = Conținut
report-undecodable = nu poate fi decodat: { $error }
report-facts-below = (datele sale sunt în istoricul fișei { $record } de mai jos)
report-history-one = Istoricul fișei { $record }: 1 înregistrare validă, { $first } – { $last }
report-history = Istoricul fișei { $record }: înregistrări valide: { $n }, { $first } – { $last }
report-not-used = neutilizat
report-doses-one = 1 doză înregistrată
report-doses = doze înregistrate: { $n }
report-problem = PROBLEMĂ
report-warning = AVERTISMENT
report-note = NOTĂ
report-checked = Verificat la { $time } cu lista de încredere versiunea { $version } (semnată de ancora { $anchor }, emisă la { $issued }, următoarea actualizare { $next })
report-findings = Constatări despre aceste înregistrări
report-cards-valid = Carduri valide: { $valid } din { $total }

## Station (`ephr station`: the clinic's page in a browser)

station-title = Stația ephr a unității medicale
# Shown on every screen: what the station keeps.
station-privacy = Nimic din ce verificați aici nu se păstrează: nici pe acest calculator, nici în vreun jurnal. „Persoana următoare” șterge tot, la fel și { $minutes } min fără utilizare.
station-language = Limba
station-add-heading = Adăugați un card
station-scanner-label = Scaner sau text
# Under the input that a USB or Bluetooth scanner types into.
station-scanner-hint = Un scaner de coduri de bare scrie singur aici. Puteți și lipi textul unui card (PHR1:…).
station-check = Verificați
station-upload-label = Fotografie, captură de ecran, PDF-ul carnetului sau fișier .phr
station-upload = Verificați fișierul
station-camera = Cameră
station-camera-start = Porniți camera
station-camera-stop = Opriți camera
station-camera-looking = Țineți codul plat, în fața camerei.
station-camera-found = Cod găsit.
station-camera-none = Nicio cameră nu poate fi folosită în acest browser. Folosiți un scaner sau încărcați o fotografie.
station-next-person = Persoana următoare
station-cleared = Șters: nu a rămas nimic de la persoana anterioară.
station-empty = Încă niciun card. Arătați un cod camerei, scanați-l sau încărcați un fișier.
# The verdict for everything shown, in large type.
station-all-valid = VALID
station-some-invalid = NEVALID
station-check-warnings = VALID, CU AVERTISMENTE
station-valid-count = Carduri valide: { $valid } din { $total }
station-added = Adăugate: { $n }
station-duplicate = Deja verificat.
# A button that switches the screen to the person's language so they can read their record.
station-person-language = Arătați persoanei în limba { $language }
station-clinic-language = Înapoi la limba { $language }
station-downloads = Tipărire și export
station-booklet = Carnet (PDF)
station-a4 = Foi A4 (PDF)
station-wallet = Card de buzunar (PDF)
station-insert = Anexă confidențială (PDF)
station-fhir = Document FHIR pentru sistemul unității (JSON)
station-bundle = Toate înregistrările (fișier .phr)
station-cannot-print = Nu se poate tipări nimic: { $reason }
station-trust = Listă de încredere
station-trust-status = Versiunea { $version }, semnată la { $issued }, următoarea actualizare { $next }
station-trust-stale = ÎNVECHITĂ: cereți autorității sanitare noua listă de încredere și instalați-o mai jos.
station-trust-demo = Ancoră DEMO: un card valid nu dovedește nimic.
station-trust-install = Instalați o actualizare dintr-un fișier
station-trust-installed = Lista de încredere versiunea { $version } a fost instalată.
station-trust-unchanged = Această listă de încredere este deja instalată.
station-trust-fixed = Această stație a fost pornită cu o listă de încredere fixă (--trust); reporniți-o pentru a folosi alta.
station-trust-refused = Neinstalată: { $reason }
station-signin = Conectare
station-signin-code = Cod de acces (afișat acolo unde a fost pornită stația)
station-signin-wrong = Codul de acces nu este corect.
station-signin-passphrase = Parola dumneavoastră
station-signin-wrong-operator = Numele și parola nu se potrivesc.
station-error = Nu poate fi citit: { $reason }
station-too-large = Fișierul este prea mare (peste { $mb } MB).
station-too-many = Numărul de carduri ale acestei persoane este deja { $n }. Apăsați „Persoana următoare” pentru a începe din nou.

## Issuing station (`ephr station --issue`: the assessment form, drafts and the register)

station-issue-link = Emitere: formulare și registru
station-issue-privacy = Ciornele se salvează în registrul acestui punct pe măsură ce scrieți, timp de { $drafts } zile, și le vede doar operatorul care le-a început. Înregistrările semnate se păstrează { $entries } zile pentru retipărire, apoi se șterg.
station-issue-operator = Numele dumneavoastră (înregistrat cu fiecare înregistrare pe care o semnați)
station-issue-follow-button = Adăugați o urmărire la această fișă
station-issue-title = Emitere
station-issue-new-heading = Evaluare nouă
station-issue-new = Începeți o evaluare nouă
station-issue-follow-hint = Pentru a adăuga o urmărire, verificați cardul persoanei pe ecranul principal (cameră, scaner sau fișier), apoi apăsați „{ $button }”.
station-issue-drafts = Ciornele dumneavoastră
station-issue-no-drafts = Nicio ciornă. Orice modificare a unui formular se salvează aici pe măsură ce scrieți.
station-issue-no-name = (încă fără nume)
station-issue-draft-follow-up = urmărire: { $about }
station-issue-find-heading = Găsiți o înregistrare emisă
station-issue-find-label = Codul cardului (cum este tipărit în carnet) sau numele
station-issue-find = Căutare
station-issue-found-none = Nimic din registru nu se potrivește.
station-issue-col-issued = Emisă
station-issue-col-entry = Înregistrare
station-issue-col-names = Nume
station-issue-col-operator = Operator
station-issue-reprint = Retipărire
station-issue-nav = Ciorne și registru
station-issue-follow-up = Înregistrare de urmărire
station-issue-saved-hint = Se salvează pe această stație pe măsură ce scrieți. Fiecare problemă apare la câmpul ei.
station-issue-needs-js = Formularul de evaluare are nevoie de JavaScript.
station-issue-preview = Previzualizarea carnetului (PDF marcat DEMO, nesemnat)
station-issue-sign = Semnați și afișați pentru tipărire
station-issue-discard = Renunțați la această ciornă
station-issue-discard-confirm = Renunțați la această ciornă? Nu mai poate fi recuperată.
# The form's words that the booklet does not print: parts of a field's name, buttons, and what
# the size meter says as the health worker types.
form-own-script = scrierea proprie
form-given = prenume
form-family = nume de familie
form-systolic = sistolică
form-diastolic = diastolică
form-country = Țara
form-onset = Debut
form-note = Notă
form-category = Categorie
form-criticality = Gravitate
form-until = Până la
form-lot = Lot
form-value = Valoare
form-unit = Unitate
form-urgency = Urgență
form-not-given-here = nu pentru dozele administrate aici
form-if-not-visit = dacă nu este data vizitei
form-consent = Consimțământ
form-consent-card = Persoana a acceptat să poarte un card confidențial (rezultatele HIV, hepatită, sănătate mintală și sarcină se tipăresc separat)
form-confidential = Confidențial
form-by-default = implicit
form-code-placeholder = scrieți cuvinte sau un cod
form-remove = Eliminați
form-saving = Se salvează…
form-signed-out = Sesiune încheiată: autentificați-vă din nou; ciorna este salvată până la ultima modificare.
form-not-saved = Nesalvat: { $reason }
form-unreachable = Nesalvat: stația nu poate fi contactată. Păstrați pagina deschisă și încercați din nou.
form-problems = Salvat. Probleme de corectat înainte de semnare: { $n }.
form-size = { $chars } caractere, QR versiunea { $version } la nivelul Q
form-confidential-size = Card confidențial: { $chars } caractere, versiunea { $version }.
form-withheld = Elemente confidențiale care nu merg pe niciun card (fără consimțământ pentru un card confidențial): { $n }.
form-split = Salvat. Prea mare pentru un cod: va fi împărțit în { $n } carduri semnate ({ $sizes }).
form-fits = Salvat. Încape într-un cod: { $sizes }.

## Problems at a field: the rules a record must meet before it is signed (`ephr issue` prints
## them after the field's path, the issuing station under the field)

field-empty = Este gol; mai bine omiteți câmpul.
field-spaces = Are spații la început sau la sfârșit.
field-too-long = Are { $n } caractere; pe card încap cel mult { $max }.
field-control = Conține caractere de control (sfârșituri de rând, tabulatoare).
field-hidden = Conține caractere de formatare invizibile (schimbări de direcție, spații de lățime zero); scrieți textul simplu.
field-date = „{ $value }” nu este o dată de forma AAAA-LL-ZZ (anii 1900-2100).
field-partial-date = „{ $value }” nu este o dată de forma AAAA, AAAA-LL sau AAAA-LL-ZZ.
field-icd10 = „{ $value }” nu este un cod ICD-10 valid (o literă, două cifre, apoi opțional un punct și una sau două cifre, de ex. „E11.9”).
field-atc = „{ $value }” nu este un cod ATC OMS valid (de ex. „A10BA02”).
field-vaccine = „{ $value }” nu este un cod ATC OMS de vaccin (J07…, de ex. „J07BD52” pentru ROR).
field-country = „{ $value }” nu este un cod de țară ISO 3166-1 alpha-2 (de ex. „SY”, „GR”).
field-language = „{ $value }” nu este un cod de limbă ISO 639 (de ex. „ar”, „fa”, „prs”).
field-too-many = Are { $n } elemente; încap cel mult { $max }.
field-empty-list = Lista este goală; scrieți „none_known” dacă ați întrebat și nu există, sau omiteți câmpul.
field-empty-section = Este gol; mai bine omiteți-l.
field-name-empty = Nu are nici nume de familie, nici prenume; mai bine omiteți-l.
field-name-latin-letters = Doar literele A-Z (cu spații, cratime și apostrofuri), ca în zona citibilă automat a pașaportului.
field-name-latin-missing = Lipsește: numele nu este în alfabet latin, deci dați și o transliterare latină (personalul medical de pe traseu trebuie să îl poată citi).
field-estimated-no-date = Este bifat, dar nu există data nașterii.
field-range = { $value } este în afara intervalului plauzibil { $min }-{ $max }.
field-tenths = { $value } are mai mult de o zecimală; cardul păstrează zecimi.
field-diastolic = { $value } nu este sub tensiunea sistolică { $systolic }.
field-dose-number = { $value } nu este un număr de doză de la 1 la 10.
field-no-doses = Nu are doze; scrieți „no_records”: true dacă persoana nu are niciun document de vaccinare.
field-dose-date-required = Este obligatorie pentru dozele documentate și cele administrate aici.
field-dose-given-here = Este { $value }, dar o doză administrată aici are data vizitei { $date }; înregistrați dozele administrate în altă parte ca „documentate”.
field-loinc = „{ $value }” nu este un cod LOINC valid (cifre, cratimă, cifră de control, de ex. „71773-6”).
field-decimal = „{ $value }” nu este un număr zecimal (cel mult 7 cifre înainte și 4 după punct).
field-unit-without-value = Este dată fără valoare.
field-unit = „{ $value }” nu este o unitate UCUM (de ex. „g/dL”, „mmol/L”).
field-value-not-done = Este dată pentru un test care nu a fost făcut.
field-pregnant-male = Este „însărcinată”, dar sexul persoanei este „masculin”.
field-weeks = { $value } depășește 45 de săptămâni.
field-not-pregnant = Dă o dată a nașterii sau o vârstă gestațională, dar starea nu este „însărcinată”.
field-implausible = { $value } nu este plauzibil.
field-follow-up-before = { $value } este înaintea vizitei înregistrării urmărite ({ $date }); o urmărire vine după.
field-reveals-referral = Motivul { $code } este o problemă confidențială, deci această trimitere ar dezvălui-o pe cardul principal; marcați și trimiterea ca confidențială sau eliminați-i motivul.
field-reveals-alert = O alertă de sarcină cu risc crescut pe cardul principal dezvăluie sarcina confidențială; marcați și alerta ca confidențială sau sarcina ca neconfidențială.
field-after-issue = Vizita are data { $encounter }, după data emiterii cardului { $issued }; un card consemnează ce s-a întâmplat.
field-item-too-large = { $item } nu încape într-un cod QR nici pe un card separat; scurtați textul sau alegeți un nivel mai mic de corectare a erorilor.
# What the JSON reader says (its words after the colon are the reader's, in English).
field-missing = Lipsește un câmp obligatoriu: { $field }
field-wrong-type = Tip greșit de valoare: { $found } (așteptat: { $expected })
field-wrong-value = Valoare greșită: { $found } (așteptat: { $expected })
# A problem that has no words of its own in the catalogues: shown as ephr wrote it, in English.
field-other = { $problem }
