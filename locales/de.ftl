# ephr booklet and wallet card labels: German.
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
language-name = Deutsch

## Cover

title = Persönlicher Gesundheitspass
subtitle = Zusammenfassung einer Gesundheitsuntersuchung. Bitte gut aufbewahren und bei jedem Arztbesuch vorzeigen.
card-title = Gesundheitskarte
demo-banner = DEMO — kein echtes Gesundheitsdokument
name = Name
name-latin = Name in lateinischer Schrift
birth-date = Geburtsdatum
estimated = geschätzt
sex = Geschlecht
nationality = Staatsangehörigkeit
languages = Sprachen
card-id = Karte
record-id = Akte
issued-by = Ausgestellt von
issued-on = Ausgestellt am
no-name = kein Name erfasst
not-recorded = nicht erfasst

## Entry

encounter = Untersuchung
encounter-date = Datum
encounter-site = Ort
encounter-kind = Art
encounter-role = Untersucht von
mediator = Ein Sprach- und Kulturmittler oder Dolmetscher war anwesend.
entry-heading = Eintrag { $n } von { $total }
entries = Einträge
follows = Ergänzt Eintrag
follows-entry = Nr. { $n }: Karte { $card }, { $date }
follows-elsewhere = ein früherer Eintrag, der nicht in diesem Pass ist
part = Teil { $n } von { $total }
page-footer = Seite { $n } von { $total }
continued = Fortsetzung

## Sections

sec-immunizations = Impfungen
sec-vaccinations-due = Fällige Impfungen
sec-problems = Probleme und Diagnosen
sec-medications = Medikamente
sec-allergies = Allergien
sec-results = Screening und Untersuchungsbefunde
sec-mental-health = Screening psychische Gesundheit
sec-vital-signs = Vitalparameter
sec-pregnancy = Schwangerschaft
sec-referrals = Überweisungen
sec-alerts = Warnhinweise
sec-signed = Signierter Eintrag
none-recorded = Nichts erfasst
none-known = Nichts bekannt
no-vaccination-records = Die Person hat keine Impfnachweise.

## Table columns

col-vaccine = Impfstoff
col-date = Datum
col-dose = Dosis
col-source = Quelle
col-diagnosis = Diagnose
col-status = Status
col-medicine = Medikament
col-dosage = Dosierung
col-substance = Substanz
col-reaction = Reaktion
col-test = Untersuchung
col-result = Befund
col-to = Überwiesen an
col-due = Fällig
col-alert = Warnhinweis
col-details = Einzelheiten
provisional = Verdacht
onset = seit { $date }
until = bis { $date }
lot = Ch.-B. { $lot }
date-unknown = Datum unbekannt
reason = Grund: { $reason }
criticality = Risiko: { $level }

## Vital signs and pregnancy

vital-height = Körpergröße
vital-weight = Körpergewicht
vital-bp = Blutdruck
vital-heart-rate = Herzfrequenz
vital-respiratory-rate = Atemfrequenz
vital-temperature = Temperatur
vital-spo2 = Sauerstoffsättigung
vital-head = Kopfumfang
vital-muac = Oberarmumfang
pregnancy-status = Status
expected-delivery = Errechneter Geburtstermin
gestational-weeks = Schwangerschaftswochen
gravida = Schwangerschaften
para = Geburten
mh-outcome = Ergebnis
mh-tool = Screening-Instrument
mh-referred = Zur Unterstützung überwiesen
yes = ja
no = nein

## QR code

qr-caption = Zum Prüfen scannen: Dieser Eintrag ist von der Gesundheitsbehörde signiert, die ihn ausgestellt hat.
qr-issuer = { $issuer }, { $date }

## Last page

verify-title = Für Praxen und Kliniken: So prüfen Sie diesen Pass
verify-steps =
    1. Jeden QR-Code mit einem Prüfprogramm scannen, das ephr-Codes liest.
    2. Lässt sich ein Code nicht scannen, die Seite fotografieren und das Foto prüfen: ephr verify photo.jpg. Gelingt auch das nicht, die ausstellende Einrichtung fragen.
    3. ephr prüft die Signatur offline anhand der Vertrauensliste der Gesundheitsbehörden.
    4. Nur ein gültiger Eintrag ist vertrauenswürdig; die gedruckten Tabellen geben wieder, was signiert ist.
    5. Eigene Maßnahmen als neuen signierten Eintrag hinzufügen; nicht in diesen Pass schreiben.
privacy-title = Ihre Gesundheitsdaten
privacy-text =
    Dieser Pass gehört Ihnen. Er enthält nur Gesundheitsdaten: keinen Aufenthaltsstatus und keinen Reiseweg.
    Sie entscheiden, wer ihn sieht. Niemand darf ihn Ihnen wegnehmen.
    Gesundheitspersonal nutzt ihn, um Sie zu behandeln und Impfungen und Untersuchungen nicht zu wiederholen.

insert-title = Vertrauliche Befunde
insert-text = Diese Beilage enthält Gesundheitsbefunde, die Sie für sich behalten wollten. Bewahren Sie sie getrennt vom Pass auf und zeigen Sie sie nur einer Fachkraft Ihrer Wahl. Der Pass ist auch ohne sie vollständig und zeigt nicht, dass es diese Beilage gibt.
insert-holds = Sie enthält
insert-footer = VERTRAULICH

## Values

sex-female = weiblich
sex-male = männlich
sex-other = divers
sex-unknown = unbekannt
kind-initial_assessment = Erstuntersuchung
kind-follow_up = Kontrolle
kind-vaccination = Impfung
kind-emergency = Notfall
role-physician = Ärztin/Arzt
role-nurse = Pflegefachkraft
role-midwife = Hebamme
role-psychologist = Psychologin/Psychologe
role-paramedic = Notfallsanitäter/in
role-other = andere Gesundheitsfachkraft
problem-active = aktiv
problem-inactive = inaktiv
problem-resolved = abgeklungen
allergy-medication = Arzneimittel
allergy-food = Lebensmittel
allergy-environment = Umwelt
allergy-biologic = biologisch
criticality-low = niedrig
criticality-high = hoch
criticality-unable_to_assess = unbekannt
medication-active = wird eingenommen
medication-completed = abgeschlossen
medication-stopped = abgesetzt
medication-intended = geplant
source-documented = dokumentiert
source-reported = berichtet
source-given_here = hier verabreicht
result-positive = positiv
result-negative = negativ
result-indeterminate = unklar
result-not_done = nicht durchgeführt
result-normal = unauffällig
result-abnormal = auffällig
pregnancy-pregnant = schwanger
pregnancy-not_pregnant = nicht schwanger
pregnancy-unknown = unbekannt
mh-no_concerns = unauffällig
mh-concerns = auffällig
mh-declined = abgelehnt
mh-not_done = nicht durchgeführt
urgency-routine = routinemäßig
urgency-soon = bald
urgency-urgent = dringend
referral-planned = geplant
referral-done = erfolgt
referral-cancelled = abgesagt
alert-severe_allergy = schwere Allergie
alert-infectious = Infektionsrisiko
alert-critical_medication = lebenswichtiges Medikament
alert-high_risk_pregnancy = Risikoschwangerschaft
alert-urgent_follow_up = dringende Kontrolle
alert-other = Warnhinweis

## Text report (ephr verify, ephr decode)

report-patient = Patient
report-born = geb. { $date }
report-nationality = Staatsangeh. { $country }
report-speaks = spricht { $languages }
report-encounter = Kontakt
report-mediator = Sprachmittler/Dolmetscher anwesend
report-problems = Probleme
report-past-problems = Frühere Probl.
report-medications = Medikamente
report-vaccines = Impfungen
report-due = Fällig
report-results = Befunde
report-mental-health = Psych. Ges.
report-no-known-allergies = keine bekannten Allergien
report-no-known-problems = keine bekannten Probleme
report-no-known-medications = keine bekannten Medikamente
report-no-vaccination-records = KEINE IMPFNACHWEISE
report-code-unknown = { $code } (Code nicht in den Tabellen von ephr)
report-dose-number = Dosis { $n }
report-due-from = ab { $date }
report-height = Größe { $value } cm
report-weight = Gewicht { $value } kg
report-bmi = BMI { $value }
report-bp = RR { $systolic }/{ $diastolic } mmHg
report-heart-rate = HF { $value }/min
report-respiratory-rate = AF { $value }/min
report-temperature = T { $value } °C
report-spo2 = SpO2 { $value } %
report-head = KU { $value } cm
report-muac = MUAC { $value } cm
report-weeks = { $n } SSW
report-delivery = ET { $date }
report-gravida = G{ $n }
report-para = P{ $n }
report-referred = überwiesen
report-by = bis { $date }
report-valid = GÜLTIG
report-not-valid = UNGÜLTIG
report-revoked = WIDERRUFEN
report-unverified = UNGEPRÜFT
report-unreadable = NICHT LESBAR
report-unverified-note = Inhalt OHNE Prüfung der Signatur angezeigt
report-card = Karte { $id }
report-issued = { $authority } am { $time }
report-signed-with = Signiert mit
report-key = Schlüssel { $kid }
report-expires = Gültig bis
report-record-id = Akten-ID
report-follows = Ergänzt
report-entry = Eintrag { $id }
report-part = Teil
report-confidential = vertraulich
report-confidential-note = Vertraulicher Eintrag: auf Wunsch der Person angezeigt. Seine Angaben nicht dort übernehmen, wo andere sie sehen können.
report-n-of = { $n } von { $total }
report-key-id = Schlüssel-ID
report-card-id = Karten-ID
report-issuer-says = Angebl. Aussteller
report-content = Inhalt
report-undecodable = nicht dekodierbar: { $error }
report-facts-below = (seine Angaben stehen unten im Verlauf der Akte { $record })
report-history-one = Verlauf der Akte { $record }: 1 gültiger Eintrag, { $first } bis { $last }
report-history = Verlauf der Akte { $record }: { $n } gültige Einträge, { $first } bis { $last }
report-not-used = nicht verwendet
report-doses-one = 1 Dosis erfasst
report-doses = { $n } Dosen erfasst
report-problem = PROBLEM
report-warning = WARNUNG
report-note = HINWEIS
report-checked = Geprüft am { $time } anhand der Vertrauensliste Version { $version } (signiert vom Vertrauensanker { $anchor }, ausgestellt { $issued }, nächste Aktualisierung { $next })
report-findings = Feststellungen zu diesen Einträgen
report-cards-valid = { $valid } von { $total } Karten gültig

## Station (`ephr station`: the clinic's page in a browser)

station-title = ephr-Station für Praxis und Klinik
# Shown on every screen: what the station keeps.
station-privacy = Nichts, was Sie hier prüfen, wird gespeichert: nicht auf diesem Computer und in keinem Protokoll. „Nächste Person“ löscht alles, ebenso { $minutes } Minuten ohne Nutzung.
station-language = Sprache
station-add-heading = Karte hinzufügen
station-scanner-label = Scanner oder Text
# Under the input that a USB or Bluetooth scanner types into.
station-scanner-hint = Ein Barcode-Scanner schreibt hier von selbst hinein. Sie können auch den Text einer Karte einfügen (PHR1:…).
station-check = Prüfen
station-upload-label = Foto, Screenshot, PDF des Passes oder .phr-Datei
station-upload = Datei prüfen
station-camera = Kamera
station-camera-start = Kamera starten
station-camera-stop = Kamera stoppen
station-camera-looking = Halten Sie den Code flach vor die Kamera.
station-camera-found = Code erkannt.
station-camera-none = In diesem Browser ist keine Kamera nutzbar. Verwenden Sie einen Scanner oder laden Sie ein Foto hoch.
station-next-person = Nächste Person
station-cleared = Gelöscht: Von der vorherigen Person ist nichts mehr da.
station-empty = Noch keine Karte. Zeigen Sie der Kamera einen Code, scannen Sie ihn oder laden Sie eine Datei hoch.
# The verdict for everything shown, in large type.
station-all-valid = GÜLTIG
station-some-invalid = UNGÜLTIG
station-check-warnings = GÜLTIG, MIT WARNUNGEN
station-valid-count = { $valid } von { $total } Karten gültig
station-added = Hinzugefügt: { $n }
station-duplicate = Bereits geprüft.
# A button that switches the screen to the person's language so they can read their record.
station-person-language = Der Person auf { $language } zeigen
station-clinic-language = Zurück zu { $language }
station-downloads = Drucken und exportieren
station-booklet = Pass (PDF)
station-a4 = A4-Blätter (PDF)
station-wallet = Taschenkarte (PDF)
station-insert = Vertrauliche Beilage (PDF)
station-fhir = FHIR-Dokument für das Praxis- oder Kliniksystem (JSON)
station-bundle = Alle Einträge (.phr-Datei)
station-cannot-print = Drucken nicht möglich: { $reason }
station-trust = Vertrauensliste
station-trust-status = Version { $version }, signiert am { $issued }, nächste Aktualisierung { $next }
station-trust-stale = VERALTET: Fordern Sie die neue Vertrauensliste bei Ihrer Gesundheitsbehörde an und installieren Sie sie unten.
station-trust-demo = DEMO-Vertrauensanker: Eine gültige Karte beweist nichts.
station-trust-install = Aktualisierung aus Datei installieren
station-trust-installed = Vertrauensliste Version { $version } installiert.
station-trust-unchanged = Diese Vertrauensliste ist bereits installiert.
station-trust-fixed = Diese Station wurde mit einer festen Vertrauensliste gestartet (--trust); starten Sie sie neu, um eine andere zu verwenden.
station-trust-refused = Nicht installiert: { $reason }
station-signin = Anmelden
station-signin-code = Zugangscode (dort angezeigt, wo die Station gestartet wurde)
station-signin-wrong = Dieser Zugangscode ist falsch.
station-signin-passphrase = Ihre Passphrase
station-signin-wrong-operator = Name und Passphrase passen nicht zusammen.
station-error = Nicht lesbar: { $reason }
station-too-large = Die Datei ist zu groß (mehr als { $mb } MB).
station-too-many = Diese Person hat hier schon { $n } Karten. Drücken Sie „Nächste Person“, um neu zu beginnen.

## Issuing station (`ephr station --issue`: the assessment form, drafts and the register)

station-issue-link = Ausstellen: Formulare und Register
station-issue-privacy = Entwürfe werden beim Tippen im Register dieses Standorts gespeichert, { $drafts } Tage lang, und nur die Person, die sie begonnen hat, sieht sie. Signierte Einträge werden { $entries } Tage für den Nachdruck aufbewahrt und dann gelöscht.
station-issue-operator = Ihr Name (wird mit jedem Eintrag gespeichert, den Sie signieren)
station-issue-follow-button = Verlaufseintrag zu dieser Akte hinzufügen
station-issue-title = Ausstellen
station-issue-new-heading = Neue Untersuchung
station-issue-new = Neue Untersuchung beginnen
station-issue-follow-hint = Für einen Verlaufseintrag prüfen Sie die Karte der Person auf dem Hauptbildschirm (Kamera, Scanner oder Datei) und drücken dann „{ $button }“.
station-issue-drafts = Ihre Entwürfe
station-issue-no-drafts = Keine Entwürfe. Jede Änderung eines Formulars wird hier beim Tippen gespeichert.
station-issue-no-name = (noch kein Name)
station-issue-draft-follow-up = Verlauf: { $about }
station-issue-find-heading = Ausgestellten Eintrag finden
station-issue-find-label = Karten-ID (wie im Pass gedruckt) oder Name
station-issue-find = Suchen
station-issue-found-none = Nichts im Register passt.
station-issue-col-issued = Ausgestellt
station-issue-col-entry = Eintrag
station-issue-col-names = Namen
station-issue-col-operator = Bearbeitet von
station-issue-reprint = Nachdrucken
station-issue-nav = Entwürfe und Register
station-issue-follow-up = Verlaufseintrag
station-issue-saved-hint = Wird beim Tippen auf dieser Station gespeichert. Jedes Problem steht bei seinem Feld.
station-issue-needs-js = Das Untersuchungsformular braucht JavaScript.
station-issue-preview = Vorschau des Passes (PDF mit DEMO-Vermerk, nicht signiert)
station-issue-sign = Signieren und zum Drucken anzeigen
station-issue-discard = Diesen Entwurf verwerfen
station-issue-discard-confirm = Diesen Entwurf verwerfen? Er kann nicht wiederhergestellt werden.
# The form's words that the booklet does not print: parts of a field's name, buttons, and what
# the size meter says as the health worker types.
form-own-script = eigene Schrift
form-given = Vorname
form-family = Familienname
form-systolic = systolisch
form-diastolic = diastolisch
form-country = Land
form-onset = Beginn
form-note = Notiz
form-category = Kategorie
form-criticality = Schweregrad
form-until = Bis
form-lot = Ch.-B.
form-value = Wert
form-unit = Einheit
form-urgency = Dringlichkeit
form-not-given-here = nicht für hier gegebene Dosen
form-if-not-visit = falls nicht das des Besuchs
form-consent = Einwilligung
form-consent-card = Die Person willigt in eine vertrauliche Karte ein (Ergebnisse zu HIV, Hepatitis, psychischer Gesundheit und Schwangerschaft werden getrennt gedruckt)
form-confidential = Vertraulich
form-by-default = Standard
form-code-placeholder = Wörter oder einen Code eingeben
form-remove = Entfernen
form-saving = Wird gespeichert…
form-signed-out = Abgemeldet: bitte neu anmelden; der Entwurf ist bis zur letzten Änderung gespeichert.
form-not-saved = Nicht gespeichert: { $reason }
form-unreachable = Nicht gespeichert: die Station ist nicht erreichbar. Lassen Sie die Seite offen und versuchen Sie es erneut.
form-problems = Gespeichert. Vor dem Signieren zu beheben: { $n } Problem(e).
form-size = { $chars } Zeichen, QR-Version { $version } auf Stufe Q
form-confidential-size = Vertrauliche Karte: { $chars } Zeichen, Version { $version }.
form-withheld = { $n } vertrauliche(s) Element(e) kommt/kommen auf keine Karte (keine Einwilligung in eine vertrauliche Karte).
form-split = Gespeichert. Zu groß für einen Code: wird auf { $n } signierte Karten verteilt ({ $sizes }).
form-fits = Gespeichert. Passt in einen Code: { $sizes }.

## Problems at a field: the rules a record must meet before it is signed (`ephr issue` prints
## them after the field's path, the issuing station under the field)

field-empty = Ist leer; lassen Sie das Feld lieber weg.
field-spaces = Hat Leerzeichen am Anfang oder Ende.
field-too-long = Ist { $n } Zeichen lang; höchstens { $max } passen auf die Karte.
field-control = Enthält Steuerzeichen (Zeilenumbrüche, Tabulatoren).
field-hidden = Enthält unsichtbare Formatierungszeichen (Richtungswechsel, Leerzeichen ohne Breite); geben Sie den Text einfach ein.
field-date = „{ $value }“ ist kein Datum der Form JJJJ-MM-TT (Jahre 1900-2100).
field-partial-date = „{ $value }“ ist kein Datum der Form JJJJ, JJJJ-MM oder JJJJ-MM-TT.
field-icd10 = „{ $value }“ ist kein gültiger ICD-10-Code (ein Buchstabe, zwei Ziffern, dann wahlweise ein Punkt und eine oder zwei Ziffern, z. B. „E11.9“).
field-atc = „{ $value }“ ist kein gültiger ATC-Code der WHO (z. B. „A10BA02“).
field-vaccine = „{ $value }“ ist kein ATC-Impfstoffcode der WHO (J07…, z. B. „J07BD52“ für MMR).
field-country = „{ $value }“ ist kein Ländercode nach ISO 3166-1 alpha-2 (z. B. „SY“, „GR“).
field-language = „{ $value }“ ist kein Sprachcode nach ISO 639 (z. B. „ar“, „fa“, „prs“).
field-too-many = Hat { $n } Einträge; höchstens { $max } passen.
field-empty-list = Die Liste ist leer; schreiben Sie „none_known“, wenn Sie gefragt haben und es keine gibt, oder lassen Sie das Feld weg.
field-empty-section = Ist leer; lassen Sie es lieber weg.
field-name-empty = Hat weder Familien- noch Vornamen; lassen Sie es lieber weg.
field-name-latin-letters = Nur die Buchstaben A-Z (mit Leerzeichen, Bindestrichen und Apostrophen), wie in der maschinenlesbaren Zone eines Reisepasses.
field-name-latin-missing = Fehlt: Der Name ist nicht in lateinischer Schrift, geben Sie auch eine lateinische Umschrift an (Gesundheitspersonal entlang der Route muss ihn lesen können).
field-estimated-no-date = Ist gesetzt, aber es gibt kein Geburtsdatum.
field-range = { $value } liegt außerhalb des plausiblen Bereichs { $min }-{ $max }.
field-tenths = { $value } hat mehr als eine Nachkommastelle; die Karte speichert Zehntel.
field-diastolic = { $value } liegt nicht unter dem systolischen Druck { $systolic }.
field-dose-number = { $value } ist keine Dosisnummer von 1 bis 10.
field-no-doses = Hat keine Dosen; setzen Sie „no_records“: true, wenn die Person keine Impfunterlagen hat.
field-dose-date-required = Ist Pflicht für dokumentierte und hier gegebene Dosen.
field-dose-given-here = Ist { $value }, aber eine hier gegebene Dosis hat das Besuchsdatum { $date }; erfassen Sie anderswo gegebene Dosen als „dokumentiert“.
field-loinc = „{ $value }“ ist kein gültiger LOINC-Code (Ziffern, Bindestrich, Prüfziffer, z. B. „71773-6“).
field-decimal = „{ $value }“ ist keine Dezimalzahl (höchstens 7 Ziffern vor und 4 nach dem Punkt).
field-unit-without-value = Ist ohne Wert angegeben.
field-unit = „{ $value }“ ist keine UCUM-Einheit (z. B. „g/dL“, „mmol/L“).
field-value-not-done = Ist für einen Test angegeben, der nicht gemacht wurde.
field-pregnant-male = Ist „schwanger“, aber das Geschlecht der Person ist „männlich“.
field-weeks = { $value } ist mehr als 45 Wochen.
field-not-pregnant = Gibt einen Entbindungstermin oder ein Gestationsalter an, aber der Status ist nicht „schwanger“.
field-implausible = { $value } ist unplausibel.
field-follow-up-before = { $value } liegt vor dem Besuch des fortgeführten Eintrags ({ $date }); ein Verlaufseintrag kommt danach.
field-reveals-referral = Der Grund { $code } ist ein vertraulich gehaltenes Problem, diese Überweisung würde es auf der Hauptkarte verraten; markieren Sie auch die Überweisung als vertraulich oder lassen Sie ihren Grund weg.
field-reveals-alert = Ein Hinweis auf eine Risikoschwangerschaft auf der Hauptkarte verrät die vertrauliche Schwangerschaft; markieren Sie auch den Hinweis als vertraulich oder die Schwangerschaft als nicht vertraulich.
field-after-issue = Der Besuch ist auf { $encounter } datiert, nach dem Ausstellungsdatum der Karte { $issued }; eine Karte hält fest, was geschehen ist.
field-item-too-large = { $item } passt nicht in einen QR-Code, auch nicht auf einer eigenen Karte; kürzen Sie den Text oder wählen Sie eine niedrigere Fehlerkorrekturstufe.
# What the JSON reader says (its words after the colon are the reader's, in English).
field-missing = Pflichtfeld fehlt: { $field }
field-wrong-type = Falsche Art von Wert: { $found } (erwartet: { $expected })
field-wrong-value = Falscher Wert: { $found } (erwartet: { $expected })
# A problem that has no words of its own in the catalogues: shown as ephr wrote it, in English.
field-other = { $problem }
