# ephr booklet and wallet card labels: Serbian, Latin script.
#
# Format: Project Fluent (https://projectfluent.org/), plain messages only:
#   key = text
# A message may go on over indented lines (each is a new line of text).
# { $name } is filled in by ephr; keep every { $name } of a message when translating.
# Every catalogue must have exactly the keys of this one (a test checks).
# Keep texts short: an A6 page is 105 mm wide and holds two languages.
#
# Status: machine-quality (transliterated by ephr's developers on 2026-12-03 from sr.ftl, letter
# for letter by the standard Serbian Cyrillic-Latin correspondence; only language-name differs;
# not yet reviewed by a native-speaking clinician). Edit sr.ftl and transliterate again rather
# than this file alone: a test checks the two agree. See docs/TRANSLATIONS.md.

## Language

# The language's own name, shown in language pickers and on the last page.
language-name = Srpski (latinica)

## Cover

title = Lični zdravstveni karton
subtitle = Sažetak zdravstvenog pregleda. Čuvajte ga i pokažite na svakom pregledu.
card-title = Zdravstvena kartica
demo-banner = DEMO — nije pravi zdravstveni zapis
name = Ime i prezime
name-latin = Ime latiničnim slovima
birth-date = Datum rođenja
estimated = procenjen
sex = Pol
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
encounter-site = Mesto
encounter-kind = Vrsta
encounter-role = Pregledao
mediator = Bio je prisutan kulturni medijator ili prevodilac.
entry-heading = Unos { $n } od { $total }
entries = Unosi
follows = Dopunjuje unos
follows-entry = br. { $n }: kartica { $card }, { $date }
follows-elsewhere = raniji unos koji nije u ovom kartonu
part = Deo { $n } od { $total }
page-footer = Strana { $n } od { $total }
continued = nastavak

## Sections

sec-immunizations = Vakcinacije
sec-vaccinations-due = Predstojeće vakcinacije
sec-problems = Problemi i dijagnoze
sec-medications = Lekovi
sec-allergies = Alergije
sec-results = Skrining i rezultati analiza
sec-mental-health = Skrining mentalnog zdravlja
sec-vital-signs = Vitalni znaci
sec-pregnancy = Trudnoća
sec-referrals = Uputi
sec-alerts = Upozorenja
sec-signed = Potpisani unos
none-recorded = Ništa nije upisano
none-known = Nije poznato
no-vaccination-records = Osoba nema podatke o vakcinaciji.

## Table columns

col-vaccine = Vakcina
col-date = Datum
col-dose = Doza
col-source = Izvor
col-diagnosis = Dijagnoza
col-status = Status
col-medicine = Lek
col-dosage = Doziranje
col-substance = Supstanca
col-reaction = Reakcija
col-test = Analiza
col-result = Rezultat
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
vital-weight = Telesna masa
vital-bp = Krvni pritisak
vital-heart-rate = Puls
vital-respiratory-rate = Frekvencija disanja
vital-temperature = Temperatura
vital-spo2 = Zasićenost kiseonikom
vital-head = Obim glave
vital-muac = Obim nadlaktice
pregnancy-status = Status
expected-delivery = Očekivani termin porođaja
gestational-weeks = Nedelje trudnoće
gravida = Trudnoće
para = Porođaji
mh-outcome = Ishod
mh-tool = Upitnik za skrining
mh-referred = Upućen na podršku
yes = da
no = ne

## QR code

qr-caption = Skenirajte radi provere: ovaj unos je potpisala zdravstvena ustanova koja ga je izdala.
qr-issuer = { $issuer }, { $date }

## Last page

verify-title = Za zdravstvene radnike: kako proveriti ovaj karton
verify-steps =
    1. Skenirajte svaki QR kod čitačem koji čita ephr kodove.
    2. Ako kod ne može da se skenira, fotografišite stranu i proverite fotografiju: ephr verify photo.jpg. Ako ni to ne uspe, obratite se ustanovi koja je izdala unos.
    3. ephr proverava potpis bez interneta prema listi pouzdanih zdravstvenih organa.
    4. Pouzdan je samo važeći unos; štampane tabele ponavljaju ono što je potpisano.
    5. Ono što uradite upišite kao novi potpisani unos; ne pišite po ovom kartonu.
privacy-title = Vaši zdravstveni podaci
privacy-text =
    Ovaj karton pripada Vama. Sadrži samo zdravstvene podatke: nema pravnog statusa ni puta kojim ste putovali.
    Vi odlučujete ko sme da ga vidi. Niko ne sme da Vam ga oduzme.
    Zdravstveni radnici ga koriste da bi Vas lečili i da ne bi ponavljali vakcine i analize.

insert-title = Poverljivi rezultati
insert-text = Ovaj umetak sadrži zdravstvene rezultate koje ste odlučili da čuvate kao privatne. Čuvajte ga odvojeno od kartona i pokažite ga samo zdravstvenom radniku koga sami izaberete. Karton je potpun i bez njega i ne pokazuje da ovaj umetak postoji.
insert-holds = Sadrži
insert-footer = POVERLJIVO

## Values

sex-female = ženski
sex-male = muški
sex-other = drugi
sex-unknown = nepoznat
kind-initial_assessment = prvi pregled
kind-follow_up = kontrolni pregled
kind-vaccination = vakcinacija
kind-emergency = hitan slučaj
role-physician = lekar
role-nurse = medicinska sestra / tehničar
role-midwife = babica
role-psychologist = psiholog
role-paramedic = radnik hitne pomoći
role-other = drugi zdravstveni radnik
problem-active = aktivno
problem-inactive = neaktivno
problem-resolved = rešeno
allergy-medication = lek
allergy-food = hrana
allergy-environment = okolina
allergy-biologic = biološka supstanca
criticality-low = nizak
criticality-high = visok
criticality-unable_to_assess = nepoznat
medication-active = uzima
medication-completed = završeno
medication-stopped = prekinuto
medication-intended = planirano
source-documented = dokumentovano
source-reported = prema izjavi
source-given_here = dato ovde
result-positive = pozitivan
result-negative = negativan
result-indeterminate = neodređen
result-not_done = nije urađeno
result-normal = uredan
result-abnormal = patološki
pregnancy-pregnant = trudna
pregnancy-not_pregnant = nije trudna
pregnancy-unknown = nepoznato
mh-no_concerns = bez teškoća
mh-concerns = postoje teškoće
mh-declined = odbijeno
mh-not_done = nije urađeno
urgency-routine = redovno
urgency-soon = uskoro
urgency-urgent = hitno
referral-planned = planirano
referral-done = obavljeno
referral-cancelled = otkazano
alert-severe_allergy = teška alergija
alert-infectious = rizik od infekcije
alert-critical_medication = neophodan lek
alert-high_risk_pregnancy = visokorizična trudnoća
alert-urgent_follow_up = hitna kontrola
alert-other = upozorenje

## Text report (ephr verify, ephr decode)

report-patient = Pacijent
report-born = rođen/a { $date }
report-nationality = državljanstvo { $country }
report-speaks = govori { $languages }
report-encounter = Pregled
report-mediator = prisutan medijator/prevodilac
report-problems = Problemi
report-past-problems = Raniji probl.
report-medications = Lekovi
report-vaccines = Vakcine
report-due = Predstoji
report-results = Rezultati
report-mental-health = Ment. zdr.
report-no-known-allergies = nema poznatih alergija
report-no-known-problems = nema poznatih problema
report-no-known-medications = nema poznatih lekova
report-no-vaccination-records = NEMA PODATAKA O VAKCINACIJI
report-code-unknown = { $code } (šifra nije u tabelama ephr-a)
report-dose-number = doza { $n }
report-due-from = od { $date }
report-height = visina { $value } cm
report-weight = masa { $value } kg
report-bmi = ITM { $value }
report-bp = TA { $systolic }/{ $diastolic } mmHg
report-heart-rate = puls { $value }/min
report-respiratory-rate = disanje { $value }/min
report-temperature = T { $value } °C
report-spo2 = SpO2 { $value } %
report-head = obim glave { $value } cm
report-muac = MUAC { $value } cm
report-weeks = { $n } ned.
report-delivery = termin { $date }
report-gravida = G{ $n }
report-para = P{ $n }
report-referred = upućen/a
report-by = do { $date }
report-valid = VAŽEĆE
report-not-valid = NEVAŽEĆE
report-revoked = OPOZVANO
report-unverified = NEPROVERENO
report-unreadable = NEČITLJIVO
report-unverified-note = sadržaj prikazan BEZ provere potpisa
report-card = kartica { $id }
report-issued = { $authority }, { $time }
report-signed-with = Potpisano
report-key = ključ { $kid }
report-expires = Ističe
report-record-id = ID kartona
report-follows = Dopunjuje
report-entry = unos { $id }
report-part = Deo
report-confidential = poverljivo
report-confidential-note = Poverljivi unos: prikazan po izboru osobe. Ne prepisujte njegove podatke tamo gde ih drugi mogu videti.
report-n-of = { $n } od { $total }
report-key-id = ID ključa
report-card-id = ID kartice
report-issuer-says = Navodni izdavalac
report-content = Sadržaj
report-undecodable = ne može da se dekodira: { $error }
report-facts-below = (njegovi podaci su u istoriji kartona { $record } niže)
report-history-one = Istorija kartona { $record }: 1 važeći unos, od { $first } do { $last }
report-history = Istorija kartona { $record }: važećih unosa { $n }, od { $first } do { $last }
report-not-used = ne koristi se
report-doses-one = upisana 1 doza
report-doses = upisanih doza: { $n }
report-problem = PROBLEM
report-warning = UPOZORENJE
report-note = NAPOMENA
report-checked = Provereno { $time } prema listi pouzdanih organa, verzija { $version } (potpisao ključ-sidro { $anchor }, izdato { $issued }, sledeće ažuriranje { $next })
report-findings = Nalazi o ovim unosima
report-cards-valid = Važećih kartica: { $valid } od { $total }

## Station (`ephr station`: the clinic's page in a browser)

station-title = ephr stanica zdravstvene ustanove
# Shown on every screen: what the station keeps.
station-privacy = Ono što ovde proverite ne čuva se nigde: ni na ovom računaru ni u jednom dnevniku. „Sledeća osoba“ briše sve, kao i { $minutes } min bez korišćenja.
station-language = Jezik
station-add-heading = Dodaj karticu
station-scanner-label = Čitač ili tekst
# Under the input that a USB or Bluetooth scanner types into.
station-scanner-hint = Čitač bar-koda sam upisuje ovde. Možete i da nalepite tekst kartice (PHR1:…).
station-check = Proveri
station-upload-label = Fotografija, snimak ekrana, PDF kartona ili datoteka .phr
station-upload = Proveri datoteku
station-camera = Kamera
station-camera-start = Uključi kameru
station-camera-stop = Isključi kameru
station-camera-looking = Držite kod ravno ispred kamere.
station-camera-found = Kod je pronađen.
station-camera-none = U ovom pregledaču ne može da se koristi nijedna kamera. Upotrebite čitač ili otpremite fotografiju.
station-next-person = Sledeća osoba
station-cleared = Obrisano: od prethodne osobe nije ostalo ništa.
station-empty = Još nema kartice. Pokažite kod kameri, skenirajte ga ili otpremite datoteku.
# The verdict for everything shown, in large type.
station-all-valid = VAŽEĆE
station-some-invalid = NEVAŽEĆE
station-check-warnings = VAŽEĆE, SA UPOZORENJIMA
station-valid-count = Važećih kartica: { $valid } od { $total }
station-added = Dodato: { $n }
station-duplicate = Već provereno.
# A button that switches the screen to the person's language so they can read their record.
station-person-language = Pokaži osobi na jeziku { $language }
station-clinic-language = Nazad na jezik { $language }
station-downloads = Štampa i izvoz
station-booklet = Karton (PDF)
station-a4 = Listovi A4 (PDF)
station-wallet = Kartica za novčanik (PDF)
station-insert = Poverljivi umetak (PDF)
station-fhir = FHIR dokument za sistem ustanove (JSON)
station-bundle = Svi unosi (datoteka .phr)
station-cannot-print = Ništa ne može da se odštampa: { $reason }
station-trust = Lista pouzdanih organa
station-trust-status = Verzija { $version }, potpisano { $issued }, sledeće ažuriranje { $next }
station-trust-stale = ZASTARELO: zatražite novu listu pouzdanih organa od svog zdravstvenog organa i instalirajte je ispod.
station-trust-demo = DEMO ključ-sidro: važeća kartica ništa ne dokazuje.
station-trust-install = Instaliraj ažuriranje iz datoteke
station-trust-installed = Instalirana je lista pouzdanih organa, verzija { $version }.
station-trust-unchanged = Ova lista pouzdanih organa je već instalirana.
station-trust-fixed = Ova stanica je pokrenuta sa fiksnom listom pouzdanih organa (--trust); ponovo je pokrenite da biste koristili drugu.
station-trust-refused = Nije instalirano: { $reason }
station-signin = Prijava
station-signin-code = Pristupni kod (ispisan tamo gde je stanica pokrenuta)
station-signin-wrong = Taj pristupni kod nije tačan.
station-signin-passphrase = Vaša lozinka
station-signin-wrong-operator = Ime i lozinka se ne poklapaju.
station-error = Ne može da se pročita: { $reason }
station-too-large = Datoteka je prevelika (više od { $mb } MB).
station-too-many = Broj kartica ove osobe ovde već je { $n }. Pritisnite „Sledeća osoba“ da biste počeli ispočetka.

## Issuing station (`ephr station --issue`: the assessment form, drafts and the register)

station-issue-link = Izdavanje: obrasci i registar
station-issue-privacy = Nacrti se čuvaju u registru ove lokacije dok pišete, { $drafts } dana, i vidi ih samo operater koji ih je započeo. Potpisani unosi čuvaju se { $entries } dana za ponovno štampanje, a zatim se brišu.
station-issue-operator = Vaše ime (beleži se uz svaki unos koji potpišete)
station-issue-follow-button = Dodaj kontrolu ovom kartonu
station-issue-title = Izdavanje
station-issue-new-heading = Nova procena
station-issue-new = Započni novu procenu
station-issue-follow-hint = Za dodavanje kontrole proverite karticu osobe na glavnom ekranu (kamera, čitač ili datoteka), zatim pritisnite „{ $button }“.
station-issue-drafts = Vaši nacrti
station-issue-no-drafts = Nema nacrta. Svaka promena obrasca čuva se ovde dok pišete.
station-issue-no-name = (još bez imena)
station-issue-draft-follow-up = kontrola: { $about }
station-issue-find-heading = Pronađi izdati unos
station-issue-find-label = Broj kartice (kako je odštampan u knjižici) ili ime
station-issue-find = Traži
station-issue-found-none = Ništa u registru ne odgovara.
station-issue-col-issued = Izdato
station-issue-col-entry = Unos
station-issue-col-names = Imena
station-issue-col-operator = Operater
station-issue-reprint = Ponovno štampanje
station-issue-nav = Nacrti i registar
station-issue-follow-up = Kontrolni unos
station-issue-saved-hint = Čuva se na ovoj stanici dok pišete. Svaki problem prikazan je uz svoje polje.
station-issue-needs-js = Obrazac procene zahteva JavaScript.
station-issue-preview = Pregled knjižice (PDF označen DEMO, nepotpisan)
station-issue-sign = Potpiši i prikaži za štampu
station-issue-discard = Odbaci ovaj nacrt
station-issue-discard-confirm = Odbaciti ovaj nacrt? Ne može se vratiti.
# The form's words that the booklet does not print: parts of a field's name, buttons, and what
# the size meter says as the health worker types.
form-own-script = sopstveno pismo
form-given = ime
form-family = prezime
form-systolic = sistolni
form-diastolic = dijastolni
form-country = Država
form-onset = Početak
form-note = Beleška
form-category = Kategorija
form-criticality = Težina
form-until = Do
form-lot = Serija
form-value = Vrednost
form-unit = Jedinica
form-urgency = Hitnost
form-not-given-here = ne za doze date ovde
form-if-not-visit = ako nije datum posete
form-consent = Pristanak
form-consent-card = Osoba je pristala da nosi poverljivu karticu (nalazi HIV-a, hepatitisa, mentalnog zdravlja i trudnoće štampaju se odvojeno)
form-confidential = Poverljivo
form-by-default = podrazumevano
form-code-placeholder = unesite reči ili šifru
form-remove = Ukloni
form-saving = Čuvanje…
form-signed-out = Odjavljeni ste: prijavite se ponovo; nacrt je sačuvan do poslednje promene.
form-not-saved = Nije sačuvano: { $reason }
form-unreachable = Nije sačuvano: stanica nije dostupna. Ostavite stranicu otvorenom i pokušajte ponovo.
form-problems = Sačuvano. Problema za ispravku pre potpisa: { $n }.
form-size = { $chars } znakova, QR verzija { $version } na nivou Q
form-confidential-size = Poverljiva kartica: { $chars } znakova, verzija { $version }.
form-withheld = Poverljivih stavki koje ne idu ni na jednu karticu (nema pristanka na poverljivu karticu): { $n }.
form-split = Sačuvano. Preveliko za jedan kod: biće podeljeno na { $n } potpisanih kartica ({ $sizes }).
form-fits = Sačuvano. Staje u jedan kod: { $sizes }.

## Problems at a field: the rules a record must meet before it is signed (`ephr issue` prints
## them after the field's path, the issuing station under the field)

field-empty = Prazno je; radije izostavite polje.
field-spaces = Ima razmake na početku ili kraju.
field-too-long = Dugo je { $n } znakova; na karticu staje najviše { $max }.
field-control = Sadrži kontrolne znakove (prelome redova, tabulatore).
field-hidden = Sadrži nevidljive znakove oblikovanja (promene smera, razmake nulte širine); unesite tekst jednostavno.
field-date = „{ $value }“ nije datum oblika GGGG-MM-DD (godine 1900-2100).
field-partial-date = „{ $value }“ nije datum oblika GGGG, GGGG-MM ili GGGG-MM-DD.
field-icd10 = „{ $value }“ nije važeća šifra MKB-10 (slovo, dve cifre, zatim po želji tačka i jedna ili dve cifre, npr. „E11.9“).
field-atc = „{ $value }“ nije važeća ATC šifra SZO (npr. „A10BA02“).
field-vaccine = „{ $value }“ nije ATC šifra vakcine SZO (J07…, npr. „J07BD52“ za MMR).
field-country = „{ $value }“ nije oznaka države ISO 3166-1 alpha-2 (npr. „SY“, „GR“).
field-language = „{ $value }“ nije oznaka jezika ISO 639 (npr. „ar“, „fa“, „prs“).
field-too-many = Ima { $n } stavki; staje najviše { $max }.
field-empty-list = Spisak je prazan; unesite „none_known“ ako ste pitali i nema ih, ili izostavite polje.
field-empty-section = Prazno je; radije ga izostavite.
field-name-empty = Nema ni prezimena ni imena; radije ga izostavite.
field-name-latin-letters = Samo slova A-Z (sa razmacima, crticama i apostrofima), kao u mašinski čitljivoj zoni pasoša.
field-name-latin-missing = Nedostaje: ime nije latinicom, pa dajte i latiničnu transliteraciju (zdravstveni radnici na putu moraju moći da ga pročitaju).
field-estimated-no-date = Označeno je, ali nema datuma rođenja.
field-range = { $value } je izvan uverljivog opsega { $min }-{ $max }.
field-tenths = { $value } ima više od jedne decimale; kartica čuva desetinke.
field-diastolic = { $value } nije ispod sistolnog pritiska { $systolic }.
field-dose-number = { $value } nije broj doze od 1 do 10.
field-no-doses = Nema doza; unesite „no_records“: true ako osoba nema nikakve zapise o vakcinaciji.
field-dose-date-required = Obavezno za dokumentovane doze i doze date ovde.
field-dose-given-here = Datum je { $value }, ali doza data ovde ima datum posete { $date }; doze date drugde zabeležite kao „dokumentovane“.
field-loinc = „{ $value }“ nije važeća LOINC šifra (cifre, crtica, kontrolna cifra, npr. „71773-6“).
field-decimal = „{ $value }“ nije decimalni broj (najviše 7 cifara pre i 4 posle tačke).
field-unit-without-value = Navedena je bez vrednosti.
field-unit = „{ $value }“ nije jedinica UCUM (npr. „g/dL“, „mmol/L“).
field-value-not-done = Navedena je za pregled koji nije urađen.
field-pregnant-male = „trudna“, ali pol osobe je „muški“.
field-weeks = { $value } je više od 45 nedelja.
field-not-pregnant = Naveden je datum porođaja ili gestacijska starost, ali status nije „trudna“.
field-implausible = { $value } nije uverljivo.
field-follow-up-before = { $value } je pre posete unosa koji se nastavlja ({ $date }); kontrola dolazi posle.
field-reveals-referral = Razlog { $code } je poverljiv problem, pa bi ga ovaj uput otkrio na glavnoj kartici; označite i uput kao poverljiv ili uklonite njegov razlog.
field-reveals-alert = Upozorenje o visokorizičnoj trudnoći na glavnoj kartici otkriva poverljivu trudnoću; označite i upozorenje kao poverljivo ili trudnoću kao nepoverljivu.
field-after-issue = Poseta je datirana { $encounter }, posle datuma izdavanja kartice { $issued }; kartica beleži ono što se dogodilo.
field-item-too-large = { $item } ne staje u jedan QR kod ni na sopstvenoj kartici; skratite tekst ili izaberite niži nivo ispravljanja grešaka.
# What the JSON reader says (its words after the colon are the reader's, in English).
field-missing = Nedostaje obavezno polje: { $field }
field-wrong-type = Pogrešna vrsta vrednosti: { $found } (očekivano: { $expected })
field-wrong-value = Pogrešna vrednost: { $found } (očekivano: { $expected })
# A problem that has no words of its own in the catalogues: shown as ephr wrote it, in English.
field-other = { $problem }
