# ephr booklet and wallet card labels: Slovenian.
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
language-name = Slovenščina

## Cover

title = Osebni zdravstveni karton
subtitle = Povzetek zdravstvenega pregleda. Skrbno ga hranite in ga pokažite ob vsakem pregledu.
card-title = Zdravstvena kartica
demo-banner = DEMO — ni pravi zdravstveni zapis
name = Ime in priimek
name-latin = Ime v latinici
birth-date = Datum rojstva
estimated = ocenjen
sex = Spol
nationality = Državljanstvo
languages = Jeziki
card-id = Kartica
record-id = Karton
issued-by = Izdal
issued-on = Datum izdaje
no-name = ime ni vpisano
not-recorded = ni vpisano

## Entry

encounter = Pregled
encounter-date = Datum
encounter-site = Kraj
encounter-kind = Vrsta
encounter-role = Pregledal
mediator = Prisoten je bil kulturni mediator ali tolmač.
entry-heading = Vnos { $n } od { $total }
entries = Vnosi
follows = Dopolnjuje vnos
follows-entry = št. { $n }: kartica { $card }, { $date }
follows-elsewhere = prejšnji vnos, ki ni v tem kartonu
part = Del { $n } od { $total }
page-footer = Stran { $n } od { $total }
continued = nadaljevanje

## Sections

sec-immunizations = Cepljenja
sec-vaccinations-due = Predvidena cepljenja
sec-problems = Težave in diagnoze
sec-medications = Zdravila
sec-allergies = Alergije
sec-results = Presejanje in izvidi preiskav
sec-mental-health = Presejanje duševnega zdravja
sec-vital-signs = Vitalni znaki
sec-pregnancy = Nosečnost
sec-referrals = Napotitve
sec-alerts = Opozorila
sec-signed = Podpisan vnos
none-recorded = Nič ni vpisano
none-known = Ni znano
no-vaccination-records = Oseba nima podatkov o cepljenju.

## Table columns

col-vaccine = Cepivo
col-date = Datum
col-dose = Odmerek
col-source = Vir
col-diagnosis = Diagnoza
col-status = Stanje
col-medicine = Zdravilo
col-dosage = Odmerjanje
col-substance = Snov
col-reaction = Reakcija
col-test = Preiskava
col-result = Izvid
col-to = Napoten k
col-due = Rok
col-alert = Opozorilo
col-details = Podrobnosti
provisional = začasna
onset = od { $date }
until = do { $date }
lot = serija { $lot }
date-unknown = datum neznan
reason = razlog: { $reason }
criticality = tveganje: { $level }

## Vital signs and pregnancy

vital-height = Telesna višina
vital-weight = Telesna masa
vital-bp = Krvni tlak
vital-heart-rate = Srčna frekvenca
vital-respiratory-rate = Frekvenca dihanja
vital-temperature = Temperatura
vital-spo2 = Nasičenost s kisikom
vital-head = Obseg glave
vital-muac = Obseg nadlakti
pregnancy-status = Stanje
expected-delivery = Predvideni datum poroda
gestational-weeks = Tedni nosečnosti
gravida = Nosečnosti
para = Porodi
mh-outcome = Izid
mh-tool = Presejalni vprašalnik
mh-referred = Napoten po podporo
yes = da
no = ne

## QR code

qr-caption = Skenirajte za preverjanje: ta vnos je podpisala zdravstvena ustanova, ki ga je izdala.
qr-issuer = { $issuer }, { $date }

## Last page

verify-title = Za zdravstvene delavce: kako preveriti ta karton
verify-steps =
    1. Vsako kodo QR skenirajte z bralnikom, ki bere kode ephr.
    2. Če kode ni mogoče skenirati, fotografirajte stran in preverite fotografijo: ephr verify photo.jpg. Če tudi to ne uspe, se obrnite na ustanovo, ki je vnos izdala.
    3. ephr preveri podpis brez interneta glede na seznam zaupanja vrednih zdravstvenih organov.
    4. Zaupati je mogoče le veljavnemu vnosu; natisnjene tabele ponavljajo, kar je podpisano.
    5. Kar naredite, vpišite kot nov podpisan vnos; ne pišite v ta karton.
privacy-title = Vaši zdravstveni podatki
privacy-text =
    Ta karton je Vaš. Vsebuje samo zdravstvene podatke: nič o pravnem statusu ali poti, ki ste jo prepotovali.
    Vi odločate, kdo ga sme videti. Nihče Vam ga ne sme vzeti.
    Zdravstveni delavci ga uporabljajo, da Vas zdravijo in ne ponavljajo cepljenj in preiskav.

insert-title = Zaupni izvidi
insert-text = Ta priloga vsebuje zdravstvene izvide, ki ste jih želeli ohraniti zase. Hranite jo ločeno od kartona in jo pokažite samo zdravstvenemu delavcu, ki ga izberete sami. Karton je popoln tudi brez nje in ne kaže, da ta priloga obstaja.
insert-holds = Vsebuje
insert-footer = ZAUPNO

## Values

sex-female = ženski
sex-male = moški
sex-other = drugo
sex-unknown = neznano
kind-initial_assessment = prvi pregled
kind-follow_up = kontrolni pregled
kind-vaccination = cepljenje
kind-emergency = nujni primer
role-physician = zdravnik
role-nurse = medicinska sestra / zdravstvenik
role-midwife = babica
role-psychologist = psiholog
role-paramedic = reševalec
role-other = drug zdravstveni delavec
problem-active = aktivno
problem-inactive = neaktivno
problem-resolved = razrešeno
allergy-medication = zdravilo
allergy-food = hrana
allergy-environment = okolje
allergy-biologic = biološka snov
criticality-low = nizko
criticality-high = visoko
criticality-unable_to_assess = neznano
medication-active = jemlje
medication-completed = zaključeno
medication-stopped = ukinjeno
medication-intended = načrtovano
source-documented = dokumentirano
source-reported = po navedbi
source-given_here = dano tukaj
result-positive = pozitiven
result-negative = negativen
result-indeterminate = nedoločen
result-not_done = ni opravljeno
result-normal = normalen
result-abnormal = odstopa od normale
pregnancy-pregnant = noseča
pregnancy-not_pregnant = ni noseča
pregnancy-unknown = neznano
mh-no_concerns = brez težav
mh-concerns = težave
mh-declined = odklonjeno
mh-not_done = ni opravljeno
urgency-routine = redno
urgency-soon = kmalu
urgency-urgent = nujno
referral-planned = načrtovano
referral-done = opravljeno
referral-cancelled = preklicano
alert-severe_allergy = huda alergija
alert-infectious = tveganje okužbe
alert-critical_medication = nujno zdravilo
alert-high_risk_pregnancy = visoko tvegana nosečnost
alert-urgent_follow_up = nujna kontrola
alert-other = opozorilo

## Text report (ephr verify, ephr decode)

report-patient = Pacient
report-born = roj. { $date }
report-nationality = državljanstvo { $country }
report-speaks = govori { $languages }
report-encounter = Pregled
report-mediator = prisoten mediator/tolmač
report-problems = Težave
report-past-problems = Pretekle tež.
report-medications = Zdravila
report-vaccines = Cepiva
report-due = Predvideno
report-results = Izvidi
report-mental-health = Duš. zdr.
report-no-known-allergies = ni znanih alergij
report-no-known-problems = ni znanih težav
report-no-known-medications = ni znanih zdravil
report-no-vaccination-records = NI PODATKOV O CEPLJENJU
report-code-unknown = { $code } (šifre ni v tabelah ephr)
report-dose-number = odmerek { $n }
report-due-from = od { $date }
report-height = višina { $value } cm
report-weight = masa { $value } kg
report-bmi = ITM { $value }
report-bp = RR { $systolic }/{ $diastolic } mmHg
report-heart-rate = SF { $value }/min
report-respiratory-rate = FD { $value }/min
report-temperature = T { $value } °C
report-spo2 = SpO2 { $value } %
report-head = obseg glave { $value } cm
report-muac = MUAC { $value } cm
report-weeks = { $n } ted.
report-delivery = termin { $date }
report-gravida = G{ $n }
report-para = P{ $n }
report-referred = napoten
report-by = do { $date }
report-valid = VELJAVNO
report-not-valid = NI VELJAVNO
report-revoked = PREKLICANO
report-unverified = NEPREVERJENO
report-unreadable = NEBERLJIVO
report-unverified-note = vsebina prikazana BREZ preverjanja podpisa
report-card = kartica { $id }
report-issued = { $authority }, { $time }
report-signed-with = Podpisano s
report-key = ključ { $kid }
report-expires = Poteče
report-record-id = ID kartona
report-follows = Dopolnjuje
report-entry = vnos { $id }
report-part = Del
report-confidential = zaupno
report-confidential-note = Zaupni vnos: prikazan po izbiri osebe. Njegovih podatkov ne prepisujte tja, kjer jih lahko vidijo drugi.
report-n-of = { $n } od { $total }
report-key-id = ID ključa
report-card-id = ID kartice
report-issuer-says = Navedeni izdajatelj
report-content = Vsebina
report-undecodable = ni mogoče dekodirati: { $error }
report-facts-below = (njegovi podatki so v zgodovini kartona { $record } spodaj)
report-history-one = Zgodovina kartona { $record }: 1 veljaven vnos, od { $first } do { $last }
report-history = Zgodovina kartona { $record }: veljavnih vnosov { $n }, od { $first } do { $last }
report-not-used = ni uporabljeno
report-doses-one = vpisan 1 odmerek
report-doses = vpisanih odmerkov: { $n }
report-problem = TEŽAVA
report-warning = OPOZORILO
report-note = OPOMBA
report-checked = Preverjeno { $time } glede na seznam zaupanja vrednih organov, različica { $version } (podpisal korenski ključ { $anchor }, izdano { $issued }, naslednja posodobitev { $next })
report-findings = Ugotovitve o teh vnosih
report-cards-valid = Veljavnih kartic: { $valid } od { $total }

## Station (`ephr station`: the clinic's page in a browser)

station-title = Postaja ephr zdravstvene ustanove
# Shown on every screen: what the station keeps.
station-privacy = Kar tukaj preverite, se ne shrani nikamor: niti na ta računalnik niti v noben dnevnik. „Naslednja oseba“ izbriše vse, prav tako { $minutes } min nedejavnosti.
station-language = Jezik
station-add-heading = Dodaj kartico
station-scanner-label = Čitalnik ali besedilo
# Under the input that a USB or Bluetooth scanner types into.
station-scanner-hint = Čitalnik črtne kode sam piše sem. Lahko tudi prilepite besedilo kartice (PHR1:…).
station-check = Preveri
station-upload-label = Fotografija, posnetek zaslona, PDF kartona ali datoteka .phr
station-upload = Preveri datoteko
station-camera = Kamera
station-camera-start = Vklopi kamero
station-camera-stop = Izklopi kamero
station-camera-looking = Kodo držite ravno pred kamero.
station-camera-found = Koda je najdena.
station-camera-none = V tem brskalniku ni mogoče uporabiti nobene kamere. Uporabite čitalnik ali naložite fotografijo.
station-next-person = Naslednja oseba
station-cleared = Počiščeno: od prejšnje osebe ni ostalo nič.
station-empty = Kartice še ni. Pokažite kodo kameri, jo skenirajte ali naložite datoteko.
# The verdict for everything shown, in large type.
station-all-valid = VELJAVNO
station-some-invalid = NI VELJAVNO
station-check-warnings = VELJAVNO, Z OPOZORILI
station-valid-count = Veljavnih kartic: { $valid } od { $total }
station-added = Dodano: { $n }
station-duplicate = Že preverjeno.
# A button that switches the screen to the person's language so they can read their record.
station-person-language = Pokaži osebi v jeziku { $language }
station-clinic-language = Nazaj na jezik { $language }
station-downloads = Tiskanje in izvoz
station-booklet = Karton (PDF)
station-a4 = Listi A4 (PDF)
station-wallet = Kartica za denarnico (PDF)
station-insert = Zaupna priloga (PDF)
station-fhir = Dokument FHIR za sistem ustanove (JSON)
station-bundle = Vsi vnosi (datoteka .phr)
station-cannot-print = Ničesar ni mogoče natisniti: { $reason }
station-trust = Seznam zaupanja vrednih organov
station-trust-status = Različica { $version }, podpisano { $issued }, naslednja posodobitev { $next }
station-trust-stale = ZASTARELO: pri svojem zdravstvenem organu zahtevajte nov seznam zaupanja vrednih organov in ga namestite spodaj.
station-trust-demo = DEMO korenski ključ: veljavna kartica ne dokazuje ničesar.
station-trust-install = Namesti posodobitev iz datoteke
station-trust-installed = Seznam zaupanja vrednih organov, različica { $version }, je nameščen.
station-trust-unchanged = Ta seznam zaupanja vrednih organov je že nameščen.
station-trust-fixed = Ta postaja je bila zagnana s fiksnim seznamom zaupanja vrednih organov (--trust); znova jo zaženite, če želite uporabiti drugega.
station-trust-refused = Ni nameščeno: { $reason }
station-signin = Prijava
station-signin-code = Dostopna koda (izpisana tam, kjer je bila postaja zagnana)
station-signin-wrong = Ta dostopna koda ni pravilna.
station-signin-passphrase = Vaše geslo
station-signin-wrong-operator = Ime in geslo se ne ujemata.
station-error = Ni mogoče prebrati: { $reason }
station-too-large = Datoteka je prevelika (več kot { $mb } MB).
station-too-many = Število kartic te osebe je tukaj že { $n }. Pritisnite „Naslednja oseba“, da začnete znova.

## Issuing station (`ephr station --issue`: the assessment form, drafts and the register)

station-issue-link = Izdajanje: obrazci in register
station-issue-privacy = Osnutki se med pisanjem shranjujejo v register te lokacije, { $drafts } dni, in vidi jih samo operater, ki jih je začel. Podpisani vnosi se hranijo { $entries } dni za ponovni natis, nato se izbrišejo.
station-issue-operator = Vaše ime (zabeleženo ob vsakem vnosu, ki ga podpišete)
station-issue-follow-button = Dodaj kontrolo temu kartonu
station-issue-title = Izdajanje
station-issue-new-heading = Nova ocena
station-issue-new = Začni novo oceno
station-issue-follow-hint = Za dodajanje kontrole preverite kartico osebe na glavnem zaslonu (kamera, bralnik ali datoteka), nato pritisnite „{ $button }“.
station-issue-drafts = Vaši osnutki
station-issue-no-drafts = Ni osnutkov. Vsaka sprememba obrazca se med pisanjem shrani sem.
station-issue-no-name = (še brez imena)
station-issue-draft-follow-up = kontrola: { $about }
station-issue-find-heading = Poišči izdan vnos
station-issue-find-label = Številka kartice (kot je natisnjena v knjižici) ali ime
station-issue-find = Išči
station-issue-found-none = Nič v registru se ne ujema.
station-issue-col-issued = Izdano
station-issue-col-entry = Vnos
station-issue-col-names = Imena
station-issue-col-operator = Operater
station-issue-reprint = Ponovni natis
station-issue-nav = Osnutki in register
station-issue-follow-up = Kontrolni vnos
station-issue-saved-hint = Med pisanjem se shranjuje na tej postaji. Vsaka težava je prikazana ob svojem polju.
station-issue-needs-js = Obrazec ocene potrebuje JavaScript.
station-issue-preview = Predogled knjižice (PDF z oznako DEMO, nepodpisan)
station-issue-sign = Podpiši in prikaži za tisk
station-issue-discard = Zavrzi ta osnutek
station-issue-discard-confirm = Zavreči ta osnutek? Ni ga mogoče vrniti.
# The form's words that the booklet does not print: parts of a field's name, buttons, and what
# the size meter says as the health worker types.
form-own-script = lastna pisava
form-given = ime
form-family = priimek
form-systolic = sistolični
form-diastolic = diastolični
form-country = Država
form-onset = Začetek
form-note = Opomba
form-category = Kategorija
form-criticality = Resnost
form-until = Do
form-lot = Serija
form-value = Vrednost
form-unit = Enota
form-urgency = Nujnost
form-not-given-here = ne za odmerke, dane tukaj
form-if-not-visit = če ni datum obiska
form-consent = Privolitev
form-consent-card = Oseba je privolila v zaupno kartico (izvidi HIV, hepatitisa, duševnega zdravja in nosečnosti se natisnejo ločeno)
form-confidential = Zaupno
form-by-default = privzeto
form-code-placeholder = vpišite besede ali šifro
form-remove = Odstrani
form-saving = Shranjevanje…
form-signed-out = Odjavljeni ste: znova se prijavite; osnutek je shranjen do zadnje spremembe.
form-not-saved = Ni shranjeno: { $reason }
form-unreachable = Ni shranjeno: postaja ni dosegljiva. Pustite stran odprto in poskusite znova.
form-problems = Shranjeno. Težav za odpravo pred podpisom: { $n }.
form-size = { $chars } znakov, QR različica { $version } na ravni Q
form-confidential-size = Zaupna kartica: { $chars } znakov, različica { $version }.
form-withheld = Zaupnih postavk, ki ne gredo na nobeno kartico (ni privolitve v zaupno kartico): { $n }.
form-split = Shranjeno. Preveliko za eno kodo: razdeljeno bo na { $n } podpisanih kartic ({ $sizes }).
form-fits = Shranjeno. Gre v eno kodo: { $sizes }.

## Problems at a field: the rules a record must meet before it is signed (`ephr issue` prints
## them after the field's path, the issuing station under the field)

field-empty = Je prazno; raje izpustite polje.
field-spaces = Ima presledke na začetku ali koncu.
field-too-long = Dolgo je { $n } znakov; na kartico gre največ { $max }.
field-control = Vsebuje krmilne znake (prelome vrstic, tabulatorje).
field-hidden = Vsebuje nevidne oblikovalne znake (spremembe smeri, presledke ničelne širine); vpišite besedilo preprosto.
field-date = „{ $value }“ ni datum oblike LLLL-MM-DD (leta 1900-2100).
field-partial-date = „{ $value }“ ni datum oblike LLLL, LLLL-MM ali LLLL-MM-DD.
field-icd10 = „{ $value }“ ni veljavna šifra MKB-10 (črka, dve števki, nato po želji pika in ena ali dve števki, npr. „E11.9“).
field-atc = „{ $value }“ ni veljavna šifra ATC SZO (npr. „A10BA02“).
field-vaccine = „{ $value }“ ni šifra ATC cepiva SZO (J07…, npr. „J07BD52“ za OMR).
field-country = „{ $value }“ ni oznaka države ISO 3166-1 alpha-2 (npr. „SY“, „GR“).
field-language = „{ $value }“ ni oznaka jezika ISO 639 (npr. „ar“, „fa“, „prs“).
field-too-many = Ima { $n } postavk; gre jih največ { $max }.
field-empty-list = Seznam je prazen; vpišite „none_known“, če ste vprašali in jih ni, ali izpustite polje.
field-empty-section = Je prazno; raje ga izpustite.
field-name-empty = Nima ne priimka ne imena; raje ga izpustite.
field-name-latin-letters = Samo črke A-Z (s presledki, vezaji in opuščaji), kot v strojno berljivem delu potnega lista.
field-name-latin-missing = Manjka: ime ni v latinici, zato dodajte še latinično prečrkovanje (zdravstveni delavci na poti ga morajo znati prebrati).
field-estimated-no-date = Označeno je, vendar ni datuma rojstva.
field-range = { $value } je zunaj verjetnega razpona { $min }-{ $max }.
field-tenths = { $value } ima več kot eno decimalko; kartica hrani desetinke.
field-diastolic = { $value } ni pod sistoličnim tlakom { $systolic }.
field-dose-number = { $value } ni številka odmerka od 1 do 10.
field-no-doses = Ni odmerkov; vpišite „no_records“: true, če oseba nima nobenih zapisov o cepljenju.
field-dose-date-required = Obvezno za dokumentirane odmerke in odmerke, dane tukaj.
field-dose-given-here = Datum je { $value }, a odmerek, dan tukaj, ima datum obiska { $date }; odmerke, dane drugje, zabeležite kot „dokumentirane“.
field-loinc = „{ $value }“ ni veljavna šifra LOINC (števke, vezaj, kontrolna števka, npr. „71773-6“).
field-decimal = „{ $value }“ ni decimalno število (največ 7 števk pred piko in 4 za njo).
field-unit-without-value = Navedena je brez vrednosti.
field-unit = „{ $value }“ ni enota UCUM (npr. „g/dL“, „mmol/L“).
field-value-not-done = Navedena je za preiskavo, ki ni bila opravljena.
field-pregnant-male = „noseča“, vendar je spol osebe „moški“.
field-weeks = { $value } je več kot 45 tednov.
field-not-pregnant = Naveden je datum poroda ali gestacijska starost, vendar stanje ni „noseča“.
field-implausible = { $value } ni verjetno.
field-follow-up-before = { $value } je pred obiskom vnosa, ki ga nadaljuje ({ $date }); kontrola pride pozneje.
field-reveals-referral = Razlog { $code } je zaupna težava, zato bi jo ta napotitev razkrila na glavni kartici; označite zaupno tudi napotitev ali odstranite njen razlog.
field-reveals-alert = Opozorilo o visokorizični nosečnosti na glavni kartici razkrije zaupno nosečnost; označite zaupno tudi opozorilo ali nosečnost kot nezaupno.
field-after-issue = Obisk je datiran { $encounter }, po datumu izdaje kartice { $issued }; kartica beleži, kar se je zgodilo.
field-item-too-large = { $item } ne gre v eno kodo QR niti na lastni kartici; skrajšajte besedilo ali izberite nižjo raven popravljanja napak.
# What the JSON reader says (its words after the colon are the reader's, in English).
field-missing = Manjka obvezno polje: { $field }
field-wrong-type = Napačna vrsta vrednosti: { $found } (pričakovano: { $expected })
field-wrong-value = Napačna vrednost: { $found } (pričakovano: { $expected })
# A problem that has no words of its own in the catalogues: shown as ephr wrote it, in English.
field-other = { $problem }
