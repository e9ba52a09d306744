# ephr booklet and wallet card labels: Croatian.
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
language-name = Hrvatski

## Cover

title = Osobni zdravstveni karton
subtitle = Sažetak zdravstvenog pregleda. Čuvajte ga i pokažite pri svakom pregledu.
card-title = Zdravstvena kartica
demo-banner = DEMO — nije stvarni zdravstveni zapis
name = Ime i prezime
name-latin = Ime latiničnim slovima
birth-date = Datum rođenja
estimated = procijenjen
sex = Spol
nationality = Državljanstvo
languages = Jezici
card-id = Kartica
record-id = Karton
issued-by = Izdao
issued-on = Datum izdavanja
no-name = ime nije upisano
not-recorded = nije upisano

## Entry

encounter = Pregled
encounter-date = Datum
encounter-site = Mjesto
encounter-kind = Vrsta
encounter-role = Pregledao
mediator = Bio je prisutan kulturni medijator ili tumač.
entry-heading = Unos { $n } od { $total }
entries = Unosi
follows = Dopunjuje unos
follows-entry = br. { $n }: kartica { $card }, { $date }
follows-elsewhere = raniji unos koji nije u ovom kartonu
part = Dio { $n } od { $total }
page-footer = Stranica { $n } od { $total }
continued = nastavak

## Sections

sec-immunizations = Cijepljenja
sec-vaccinations-due = Predstojeća cijepljenja
sec-problems = Problemi i dijagnoze
sec-medications = Lijekovi
sec-allergies = Alergije
sec-results = Probir i nalazi pretraga
sec-mental-health = Probir mentalnog zdravlja
sec-vital-signs = Vitalni znakovi
sec-pregnancy = Trudnoća
sec-referrals = Uputnice
sec-alerts = Upozorenja
sec-signed = Potpisani unos
none-recorded = Ništa nije upisano
none-known = Nije poznato
no-vaccination-records = Osoba nema podataka o cijepljenju.

## Table columns

col-vaccine = Cjepivo
col-date = Datum
col-dose = Doza
col-source = Izvor
col-diagnosis = Dijagnoza
col-status = Status
col-medicine = Lijek
col-dosage = Doziranje
col-substance = Tvar
col-reaction = Reakcija
col-test = Pretraga
col-result = Nalaz
col-to = Upućen u
col-due = Rok
col-alert = Upozorenje
col-details = Pojedinosti
provisional = privremena
onset = od { $date }
until = do { $date }
lot = serija { $lot }
date-unknown = datum nepoznat
reason = razlog: { $reason }
criticality = rizik: { $level }

## Vital signs and pregnancy

vital-height = Visina
vital-weight = Težina
vital-bp = Krvni tlak
vital-heart-rate = Puls
vital-respiratory-rate = Frekvencija disanja
vital-temperature = Temperatura
vital-spo2 = Zasićenost kisikom
vital-head = Opseg glave
vital-muac = Opseg nadlaktice
pregnancy-status = Status
expected-delivery = Očekivani termin poroda
gestational-weeks = Tjedni trudnoće
gravida = Trudnoće
para = Porodi
mh-outcome = Ishod
mh-tool = Upitnik za probir
mh-referred = Upućen na podršku
yes = da
no = ne

## QR code

qr-caption = Skenirajte za provjeru: ovaj unos potpisala je zdravstvena ustanova koja ga je izdala.
qr-issuer = { $issuer }, { $date }

## Last page

verify-title = Za zdravstvene djelatnike: kako provjeriti ovaj karton
verify-steps =
    1. Skenirajte svaki QR kod čitačem koji čita ephr kodove.
    2. Ako se kod ne može skenirati, fotografirajte stranicu i provjerite fotografiju: ephr verify photo.jpg. Ako ni to ne uspije, obratite se ustanovi koja je izdala unos.
    3. ephr provjerava potpis bez interneta prema popisu pouzdanih zdravstvenih tijela.
    4. Pouzdan je samo valjan unos; tiskane tablice ponavljaju ono što je potpisano.
    5. Ono što učinite upišite kao novi potpisani unos; ne pišite po ovom kartonu.
privacy-title = Vaši zdravstveni podaci
privacy-text =
    Ovaj karton pripada Vama. Sadrži samo zdravstvene podatke: nema pravnog statusa ni puta kojim ste putovali.
    Vi odlučujete tko ga smije vidjeti. Nitko Vam ga ne smije oduzeti.
    Zdravstveni djelatnici koriste ga kako bi Vas liječili i ne bi ponavljali cijepljenja i pretrage.

insert-title = Povjerljivi nalazi
insert-text = Ovaj umetak sadrži zdravstvene nalaze koje ste odlučili čuvati privatnima. Čuvajte ga odvojeno od kartona i pokažite ga samo zdravstvenom djelatniku kojeg sami odaberete. Karton je potpun i bez njega i ne pokazuje da ovaj umetak postoji.
insert-holds = Sadrži
insert-footer = POVJERLJIVO

## Values

sex-female = žensko
sex-male = muško
sex-other = drugo
sex-unknown = nepoznato
kind-initial_assessment = prvi pregled
kind-follow_up = kontrolni pregled
kind-vaccination = cijepljenje
kind-emergency = hitni slučaj
role-physician = liječnik
role-nurse = medicinska sestra / tehničar
role-midwife = primalja
role-psychologist = psiholog
role-paramedic = djelatnik hitne pomoći
role-other = drugi zdravstveni djelatnik
problem-active = aktivno
problem-inactive = neaktivno
problem-resolved = riješeno
allergy-medication = lijek
allergy-food = hrana
allergy-environment = okoliš
allergy-biologic = biološka tvar
criticality-low = nizak
criticality-high = visok
criticality-unable_to_assess = nepoznat
medication-active = uzima
medication-completed = završeno
medication-stopped = prekinuto
medication-intended = planirano
source-documented = dokumentirano
source-reported = prema iskazu
source-given_here = primijenjeno ovdje
result-positive = pozitivan
result-negative = negativan
result-indeterminate = neodređen
result-not_done = nije učinjeno
result-normal = uredan
result-abnormal = patološki
pregnancy-pregnant = trudna
pregnancy-not_pregnant = nije trudna
pregnancy-unknown = nepoznato
mh-no_concerns = bez poteškoća
mh-concerns = postoje poteškoće
mh-declined = odbijeno
mh-not_done = nije učinjeno
urgency-routine = redovno
urgency-soon = uskoro
urgency-urgent = hitno
referral-planned = planirano
referral-done = obavljeno
referral-cancelled = otkazano
alert-severe_allergy = teška alergija
alert-infectious = rizik od infekcije
alert-critical_medication = neophodan lijek
alert-high_risk_pregnancy = visokorizična trudnoća
alert-urgent_follow_up = hitna kontrola
alert-other = upozorenje

## Text report (ephr verify, ephr decode)

report-patient = Pacijent
report-born = rođen/a { $date }
report-nationality = državljanstvo { $country }
report-speaks = govori { $languages }
report-encounter = Pregled
report-mediator = prisutan medijator/tumač
report-problems = Problemi
report-past-problems = Raniji probl.
report-medications = Lijekovi
report-vaccines = Cjepiva
report-due = Predstoji
report-results = Nalazi
report-mental-health = Ment. zdr.
report-no-known-allergies = nema poznatih alergija
report-no-known-problems = nema poznatih problema
report-no-known-medications = nema poznatih lijekova
report-no-vaccination-records = NEMA PODATAKA O CIJEPLJENJU
report-code-unknown = { $code } (šifra nije u tablicama ephr-a)
report-dose-number = doza { $n }
report-due-from = od { $date }
report-height = visina { $value } cm
report-weight = težina { $value } kg
report-bmi = ITM { $value }
report-bp = RR { $systolic }/{ $diastolic } mmHg
report-heart-rate = puls { $value }/min
report-respiratory-rate = disanje { $value }/min
report-temperature = T { $value } °C
report-spo2 = SpO2 { $value } %
report-head = opseg glave { $value } cm
report-muac = MUAC { $value } cm
report-weeks = { $n } tj.
report-delivery = termin { $date }
report-gravida = G{ $n }
report-para = P{ $n }
report-referred = upućen/a
report-by = do { $date }
report-valid = VALJANO
report-not-valid = NIJE VALJANO
report-revoked = OPOZVANO
report-unverified = NEPROVJERENO
report-unreadable = NEČITLJIVO
report-unverified-note = sadržaj prikazan BEZ provjere potpisa
report-card = kartica { $id }
report-issued = { $authority }, { $time }
report-signed-with = Potpisano
report-key = ključ { $kid }
report-expires = Istječe
report-record-id = ID kartona
report-follows = Dopunjuje
report-entry = unos { $id }
report-part = Dio
report-confidential = povjerljivo
report-confidential-note = Povjerljivi unos: prikazan po izboru osobe. Ne prepisujte njegove podatke tamo gdje ih drugi mogu vidjeti.
report-n-of = { $n } od { $total }
report-key-id = ID ključa
report-card-id = ID kartice
report-issuer-says = Navodni izdavatelj
report-content = Sadržaj
report-undecodable = ne može se dekodirati: { $error }
report-facts-below = (njegovi podaci su u povijesti kartona { $record } niže)
report-history-one = Povijest kartona { $record }: 1 valjan unos, od { $first } do { $last }
report-history = Povijest kartona { $record }: valjanih unosa { $n }, od { $first } do { $last }
report-not-used = ne koristi se
report-doses-one = upisana 1 doza
report-doses = upisanih doza: { $n }
report-problem = PROBLEM
report-warning = UPOZORENJE
report-note = NAPOMENA
report-checked = Provjereno { $time } prema popisu pouzdanih tijela, verzija { $version } (potpisao sidreni ključ { $anchor }, izdano { $issued }, sljedeće ažuriranje { $next })
report-findings = Nalazi o ovim unosima
report-cards-valid = Valjanih kartica: { $valid } od { $total }

## Station (`ephr station`: the clinic's page in a browser)

station-title = ephr stanica zdravstvene ustanove
# Shown on every screen: what the station keeps.
station-privacy = Ono što ovdje provjerite ne sprema se nigdje: ni na ovom računalu ni u jednom zapisniku. „Sljedeća osoba” briše sve, kao i { $minutes } min bez korištenja.
station-language = Jezik
station-add-heading = Dodaj karticu
station-scanner-label = Čitač ili tekst
# Under the input that a USB or Bluetooth scanner types into.
station-scanner-hint = Čitač barkoda sam upisuje ovdje. Možete i zalijepiti tekst kartice (PHR1:…).
station-check = Provjeri
station-upload-label = Fotografija, snimka zaslona, PDF kartona ili datoteka .phr
station-upload = Provjeri datoteku
station-camera = Kamera
station-camera-start = Uključi kameru
station-camera-stop = Isključi kameru
station-camera-looking = Držite kod ravno ispred kamere.
station-camera-found = Kod je pronađen.
station-camera-none = U ovom pregledniku ne može se koristiti nijedna kamera. Upotrijebite čitač ili učitajte fotografiju.
station-next-person = Sljedeća osoba
station-cleared = Očišćeno: od prethodne osobe nije ostalo ništa.
station-empty = Još nema kartice. Pokažite kod kameri, skenirajte ga ili učitajte datoteku.
# The verdict for everything shown, in large type.
station-all-valid = VALJANO
station-some-invalid = NIJE VALJANO
station-check-warnings = VALJANO, S UPOZORENJIMA
station-valid-count = Valjanih kartica: { $valid } od { $total }
station-added = Dodano: { $n }
station-duplicate = Već provjereno.
# A button that switches the screen to the person's language so they can read their record.
station-person-language = Pokaži osobi na jeziku { $language }
station-clinic-language = Natrag na jezik { $language }
station-downloads = Ispis i izvoz
station-booklet = Karton (PDF)
station-a4 = Listovi A4 (PDF)
station-wallet = Kartica za novčanik (PDF)
station-insert = Povjerljivi umetak (PDF)
station-fhir = FHIR dokument za sustav ustanove (JSON)
station-bundle = Svi unosi (datoteka .phr)
station-cannot-print = Ništa se ne može ispisati: { $reason }
station-trust = Popis pouzdanih tijela
station-trust-status = Verzija { $version }, potpisano { $issued }, sljedeće ažuriranje { $next }
station-trust-stale = ZASTARJELO: zatražite novi popis pouzdanih tijela od svog zdravstvenog tijela i instalirajte ga niže.
station-trust-demo = DEMO sidreni ključ: valjana kartica ništa ne dokazuje.
station-trust-install = Instaliraj ažuriranje iz datoteke
station-trust-installed = Instaliran je popis pouzdanih tijela, verzija { $version }.
station-trust-unchanged = Ovaj popis pouzdanih tijela već je instaliran.
station-trust-fixed = Ova je stanica pokrenuta s fiksnim popisom pouzdanih tijela (--trust); ponovno je pokrenite da biste koristili drugi.
station-trust-refused = Nije instalirano: { $reason }
station-signin = Prijava
station-signin-code = Pristupni kod (ispisan ondje gdje je stanica pokrenuta)
station-signin-wrong = Taj pristupni kod nije točan.
station-signin-passphrase = Vaša lozinka
station-signin-wrong-operator = Ime i lozinka se ne podudaraju.
station-error = Ne može se pročitati: { $reason }
station-too-large = Datoteka je prevelika (više od { $mb } MB).
station-too-many = Broj kartica ove osobe ovdje već je { $n }. Pritisnite „Sljedeća osoba” za novi početak.

## Issuing station (`ephr station --issue`: the assessment form, drafts and the register)

station-issue-link = Izdavanje: obrasci i registar
station-issue-privacy = Nacrti se spremaju u registar ove lokacije dok pišete, na { $drafts } dana, i vidi ih samo operater koji ih je započeo. Potpisani unosi čuvaju se { $entries } dana za ponovni ispis, a zatim se brišu.
station-issue-operator = Vaše ime (bilježi se uz svaki unos koji potpišete)
station-issue-follow-button = Dodaj kontrolu ovom kartonu
station-issue-title = Izdavanje
station-issue-new-heading = Nova procjena
station-issue-new = Započni novu procjenu
station-issue-follow-hint = Za dodavanje kontrole provjerite karticu osobe na glavnom zaslonu (kamera, čitač ili datoteka), zatim pritisnite „{ $button }”.
station-issue-drafts = Vaši nacrti
station-issue-no-drafts = Nema nacrta. Svaka promjena obrasca sprema se ovdje dok pišete.
station-issue-no-name = (još bez imena)
station-issue-draft-follow-up = kontrola: { $about }
station-issue-find-heading = Pronađi izdani unos
station-issue-find-label = Broj kartice (kako je ispisan u knjižici) ili ime
station-issue-find = Traži
station-issue-found-none = Ništa u registru ne odgovara.
station-issue-col-issued = Izdano
station-issue-col-entry = Unos
station-issue-col-names = Imena
station-issue-col-operator = Operater
station-issue-reprint = Ponovni ispis
station-issue-nav = Nacrti i registar
station-issue-follow-up = Kontrolni unos
station-issue-saved-hint = Sprema se na ovoj stanici dok pišete. Svaki problem prikazan je uz svoje polje.
station-issue-needs-js = Obrazac procjene treba JavaScript.
station-issue-preview = Pregled knjižice (PDF označen DEMO, nepotpisan)
station-issue-sign = Potpiši i prikaži za ispis
station-issue-discard = Odbaci ovaj nacrt
station-issue-discard-confirm = Odbaciti ovaj nacrt? Ne može se vratiti.
# The form's words that the booklet does not print: parts of a field's name, buttons, and what
# the size meter says as the health worker types.
form-own-script = vlastito pismo
form-given = ime
form-family = prezime
form-systolic = sistolički
form-diastolic = dijastolički
form-country = Država
form-onset = Početak
form-note = Bilješka
form-category = Kategorija
form-criticality = Težina
form-until = Do
form-lot = Serija
form-value = Vrijednost
form-unit = Jedinica
form-urgency = Hitnost
form-not-given-here = ne za doze dane ovdje
form-if-not-visit = ako nije datum posjeta
form-consent = Pristanak
form-consent-card = Osoba je pristala nositi povjerljivu karticu (nalazi HIV-a, hepatitisa, mentalnog zdravlja i trudnoće ispisuju se odvojeno)
form-confidential = Povjerljivo
form-by-default = zadano
form-code-placeholder = upišite riječi ili šifru
form-remove = Ukloni
form-saving = Spremanje…
form-signed-out = Odjavljeni ste: prijavite se ponovno; nacrt je spremljen do posljednje promjene.
form-not-saved = Nije spremljeno: { $reason }
form-unreachable = Nije spremljeno: stanica nije dostupna. Ostavite stranicu otvorenom i pokušajte ponovno.
form-problems = Spremljeno. Problema za ispraviti prije potpisa: { $n }.
form-size = { $chars } znakova, QR verzija { $version } na razini Q
form-confidential-size = Povjerljiva kartica: { $chars } znakova, verzija { $version }.
form-withheld = Povjerljivih stavki koje ne idu ni na jednu karticu (nema pristanka na povjerljivu karticu): { $n }.
form-split = Spremljeno. Preveliko za jedan kod: bit će podijeljeno na { $n } potpisanih kartica ({ $sizes }).
form-fits = Spremljeno. Stane u jedan kod: { $sizes }.

## Problems at a field: the rules a record must meet before it is signed (`ephr issue` prints
## them after the field's path, the issuing station under the field)

field-empty = Prazno je; radije izostavite polje.
field-spaces = Ima razmake na početku ili kraju.
field-too-long = Dugo je { $n } znakova; na karticu stane najviše { $max }.
field-control = Sadrži kontrolne znakove (prijelome redaka, tabulatore).
field-hidden = Sadrži nevidljive znakove oblikovanja (promjene smjera, razmake nulte širine); upišite tekst jednostavno.
field-date = „{ $value }” nije datum oblika GGGG-MM-DD (godine 1900-2100).
field-partial-date = „{ $value }” nije datum oblika GGGG, GGGG-MM ili GGGG-MM-DD.
field-icd10 = „{ $value }” nije valjana šifra MKB-10 (slovo, dvije znamenke, zatim po želji točka i jedna ili dvije znamenke, npr. „E11.9”).
field-atc = „{ $value }” nije valjana ATC šifra SZO-a (npr. „A10BA02”).
field-vaccine = „{ $value }” nije ATC šifra cjepiva SZO-a (J07…, npr. „J07BD52” za MPR).
field-country = „{ $value }” nije oznaka države ISO 3166-1 alpha-2 (npr. „SY”, „GR”).
field-language = „{ $value }” nije oznaka jezika ISO 639 (npr. „ar”, „fa”, „prs”).
field-too-many = Ima { $n } stavki; stane najviše { $max }.
field-empty-list = Popis je prazan; upišite „none_known” ako ste pitali i nema ih, ili izostavite polje.
field-empty-section = Prazno je; radije ga izostavite.
field-name-empty = Nema ni prezimena ni imena; radije ga izostavite.
field-name-latin-letters = Samo slova A-Z (s razmacima, crticama i apostrofima), kao u strojno čitljivoj zoni putovnice.
field-name-latin-missing = Nedostaje: ime nije latinicom, pa dajte i latiničnu transliteraciju (zdravstveni djelatnici na putu moraju ga moći pročitati).
field-estimated-no-date = Označeno je, ali nema datuma rođenja.
field-range = { $value } je izvan uvjerljivog raspona { $min }-{ $max }.
field-tenths = { $value } ima više od jedne decimale; kartica čuva desetinke.
field-diastolic = { $value } nije ispod sistoličkog tlaka { $systolic }.
field-dose-number = { $value } nije broj doze od 1 do 10.
field-no-doses = Nema doza; upišite „no_records”: true ako osoba nema nikakve zapise o cijepljenju.
field-dose-date-required = Obavezno za dokumentirane doze i doze dane ovdje.
field-dose-given-here = Datum je { $value }, ali doza dana ovdje ima datum posjeta { $date }; doze dane drugdje zabilježite kao „dokumentirane”.
field-loinc = „{ $value }” nije valjana LOINC šifra (znamenke, crtica, kontrolna znamenka, npr. „71773-6”).
field-decimal = „{ $value }” nije decimalni broj (najviše 7 znamenki prije i 4 poslije točke).
field-unit-without-value = Navedena je bez vrijednosti.
field-unit = „{ $value }” nije jedinica UCUM (npr. „g/dL”, „mmol/L”).
field-value-not-done = Navedena je za pretragu koja nije učinjena.
field-pregnant-male = „trudna”, ali spol osobe je „muški”.
field-weeks = { $value } je više od 45 tjedana.
field-not-pregnant = Naveden je datum poroda ili gestacijska dob, ali status nije „trudna”.
field-implausible = { $value } nije uvjerljivo.
field-follow-up-before = { $value } je prije posjeta unosa koji se nastavlja ({ $date }); kontrola dolazi poslije.
field-reveals-referral = Razlog { $code } je povjerljiv problem, pa bi ga ova uputnica otkrila na glavnoj kartici; označite i uputnicu povjerljivom ili uklonite njezin razlog.
field-reveals-alert = Upozorenje o visokorizičnoj trudnoći na glavnoj kartici otkriva povjerljivu trudnoću; označite i upozorenje povjerljivim ili trudnoću nepovjerljivom.
field-after-issue = Posjet je datiran { $encounter }, nakon datuma izdavanja kartice { $issued }; kartica bilježi ono što se dogodilo.
field-item-too-large = { $item } ne stane u jedan QR kod ni na vlastitoj kartici; skratite tekst ili odaberite nižu razinu ispravljanja pogrešaka.
# What the JSON reader says (its words after the colon are the reader's, in English).
field-missing = Nedostaje obavezno polje: { $field }
field-wrong-type = Pogrešna vrsta vrijednosti: { $found } (očekivano: { $expected })
field-wrong-value = Pogrešna vrijednost: { $found } (očekivano: { $expected })
# A problem that has no words of its own in the catalogues: shown as ephr wrote it, in English.
field-other = { $problem }
