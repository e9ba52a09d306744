# ephr booklet and wallet card labels: Italian.
#
# Format: Project Fluent (https://projectfluent.org/), plain messages only:
#   key = text
# A message may go on over indented lines (each is a new line of text).
# { $name } is filled in by ephr; keep every { $name } of a message when translating.
# Every catalogue must have exactly the keys of this one (a test checks).
# Keep texts short: an A6 page is 105 mm wide and holds two languages.
#
# Status: machine-quality (drafted by ephr's developers from en.ftl, first in commit 27a1a4d of
# 2026-11-22, keys added up to 2026-12-03; nothing in the history records a review by a
# native-speaking clinician). See docs/TRANSLATIONS.md.

## Language

# The language's own name, shown in language pickers and on the last page.
language-name = Italiano

## Cover

title = Libretto sanitario personale
subtitle = Riepilogo di una valutazione sanitaria. Conservalo con cura e mostralo a ogni visita.
card-title = Carta sanitaria
demo-banner = DEMO — non è un vero documento sanitario
name = Nome
name-latin = Nome in caratteri latini
birth-date = Data di nascita
estimated = stimata
sex = Sesso
nationality = Cittadinanza
languages = Lingue
card-id = Carta
record-id = Cartella
issued-by = Rilasciato da
issued-on = Rilasciato il
no-name = nessun nome registrato
not-recorded = non registrato

## Entry

encounter = Valutazione
encounter-date = Data
encounter-site = Luogo
encounter-kind = Tipo
encounter-role = Operatore
mediator = Era presente un mediatore culturale o un interprete.
entry-heading = Scheda { $n } di { $total }
entries = Schede
follows = Integra la scheda
follows-entry = n. { $n }: carta { $card }, { $date }
follows-elsewhere = una scheda precedente non presente in questo libretto
part = Parte { $n } di { $total }
page-footer = Pagina { $n } di { $total }
continued = continua

## Sections

sec-immunizations = Vaccinazioni
sec-vaccinations-due = Vaccinazioni da fare
sec-problems = Problemi e diagnosi
sec-medications = Farmaci
sec-allergies = Allergie
sec-results = Screening ed esami
sec-mental-health = Screening di salute mentale
sec-vital-signs = Parametri vitali
sec-pregnancy = Gravidanza
sec-referrals = Invii
sec-alerts = Allerte
sec-signed = Scheda firmata
none-recorded = Nessun dato
none-known = Niente di noto
no-vaccination-records = La persona non ha documenti vaccinali.

## Table columns

col-vaccine = Vaccino
col-date = Data
col-dose = Dose
col-source = Fonte
col-diagnosis = Diagnosi
col-status = Stato
col-medicine = Farmaco
col-dosage = Posologia
col-substance = Sostanza
col-reaction = Reazione
col-test = Esame
col-result = Risultato
col-to = Inviato a
col-due = Data prevista
col-alert = Allerta
col-details = Dettagli
provisional = provvisoria
onset = dal { $date }
until = fino al { $date }
lot = lotto { $lot }
date-unknown = data non nota
reason = motivo: { $reason }
criticality = rischio: { $level }

## Vital signs and pregnancy

vital-height = Altezza
vital-weight = Peso
vital-bp = Pressione arteriosa
vital-heart-rate = Frequenza cardiaca
vital-respiratory-rate = Frequenza respiratoria
vital-temperature = Temperatura
vital-spo2 = Saturazione di ossigeno
vital-head = Circonferenza cranica
vital-muac = Circonferenza a metà braccio
pregnancy-status = Stato
expected-delivery = Parto previsto
gestational-weeks = Settimane di gestazione
gravida = Gravidanze
para = Parti
mh-outcome = Esito
mh-tool = Strumento di screening
mh-referred = Invio a supporto
yes = sì
no = no

## QR code

qr-caption = Scansionare per verificare: questa scheda è firmata dall'autorità sanitaria che l'ha rilasciata.
qr-issuer = { $issuer }, { $date }

## Last page

verify-title = Per i servizi sanitari: come verificare questo libretto
verify-steps =
    1. Scansionare ogni codice QR con uno strumento di verifica che legge i codici ephr.
    2. Se un codice non si legge, fotografare la pagina e verificare la foto: ephr verify photo.jpg. Se non basta, rivolgersi al servizio che ha rilasciato la scheda.
    3. ephr verifica la firma offline con l'elenco di fiducia delle autorità sanitarie.
    4. Solo una scheda valida è attendibile; le tabelle stampate riportano ciò che è firmato.
    5. Registrare ogni intervento in una nuova scheda firmata; non scrivere su questo libretto.
privacy-title = Le tue informazioni sanitarie
privacy-text =
    Questo libretto è tuo. Contiene solo informazioni sulla salute: niente sul tuo status legale o sul tuo viaggio.
    Decidi tu chi può vederlo. Nessuno ha il diritto di togliertelo.
    Gli operatori sanitari lo usano per curarti e per non ripetere vaccini ed esami.

insert-title = Risultati riservati
insert-text = Questo inserto contiene risultati sanitari che hai scelto di mantenere privati. Tienilo separato dal libretto e mostralo solo a un operatore sanitario che scegli tu. Il libretto è completo anche senza e non mostra che questo inserto esiste.
insert-holds = Contiene
insert-footer = RISERVATO

## Values

sex-female = femminile
sex-male = maschile
sex-other = altro
sex-unknown = non noto
kind-initial_assessment = valutazione iniziale
kind-follow_up = controllo
kind-vaccination = vaccinazione
kind-emergency = emergenza
role-physician = medico
role-nurse = infermiere
role-midwife = ostetrica
role-psychologist = psicologo
role-paramedic = soccorritore
role-other = altro operatore sanitario
problem-active = attivo
problem-inactive = inattivo
problem-resolved = risolto
allergy-medication = farmaco
allergy-food = alimento
allergy-environment = ambiente
allergy-biologic = biologico
criticality-low = basso
criticality-high = alto
criticality-unable_to_assess = non noto
medication-active = in corso
medication-completed = completato
medication-stopped = sospeso
medication-intended = previsto
source-documented = documentato
source-reported = riferito
source-given_here = somministrato qui
result-positive = positivo
result-negative = negativo
result-indeterminate = indeterminato
result-not_done = non eseguito
result-normal = normale
result-abnormal = anormale
pregnancy-pregnant = in gravidanza
pregnancy-not_pregnant = non in gravidanza
pregnancy-unknown = non noto
mh-no_concerns = nessuna criticità
mh-concerns = criticità
mh-declined = rifiutato
mh-not_done = non eseguito
urgency-routine = di routine
urgency-soon = a breve
urgency-urgent = urgente
referral-planned = previsto
referral-done = eseguito
referral-cancelled = annullato
alert-severe_allergy = allergia grave
alert-infectious = rischio infettivo
alert-critical_medication = farmaco salvavita
alert-high_risk_pregnancy = gravidanza a rischio
alert-urgent_follow_up = controllo urgente
alert-other = allerta

## Text report (ephr verify, ephr decode)

report-patient = Paziente
report-born = nascita: { $date }
report-nationality = nazionalità: { $country }
report-speaks = lingue: { $languages }
report-encounter = Visita
report-mediator = mediatore/interprete presente
report-problems = Problemi
report-past-problems = Problemi pregressi
report-medications = Farmaci
report-vaccines = Vaccini
report-due = Da fare
report-results = Risultati
report-mental-health = Salute mentale
report-no-known-allergies = nessuna allergia nota
report-no-known-problems = nessun problema noto
report-no-known-medications = nessun farmaco noto
report-no-vaccination-records = NESSUN DOCUMENTO VACCINALE
report-code-unknown = { $code } (codice assente dalle tabelle di ephr)
report-dose-number = dose { $n }
report-due-from = dal { $date }
report-height = altezza { $value } cm
report-weight = peso { $value } kg
report-bmi = IMC { $value }
report-bp = PA { $systolic }/{ $diastolic } mmHg
report-heart-rate = FC { $value }/min
report-respiratory-rate = FR { $value }/min
report-temperature = T { $value } °C
report-spo2 = SpO2 { $value } %
report-head = circ. cranica { $value } cm
report-muac = MUAC { $value } cm
report-weeks = { $n } settimane
report-delivery = parto previsto { $date }
report-gravida = gravidanze { $n }
report-para = parti { $n }
report-referred = inviato a supporto
report-by = entro il { $date }
report-valid = VALIDA
report-not-valid = NON VALIDA
report-revoked = REVOCATA
report-unverified = NON VERIFICATA
report-unreadable = NON LEGGIBILE
report-unverified-note = contenuto mostrato SENZA verificare la firma
report-card = carta { $id }
report-issued = { $authority } il { $time }
report-signed-with = Firmata con
report-key = chiave { $kid }
report-expires = Scade il
report-record-id = ID cartella
report-follows = Integra
report-entry = scheda { $id }
report-part = Parte
report-confidential = riservato
report-confidential-note = Voce riservata: mostrata per scelta della persona. Non ricopiare i suoi dati dove altri possono vederli.
report-n-of = { $n } di { $total }
report-key-id = ID chiave
report-card-id = ID carta
report-issuer-says = Emittente dichiarato
report-content = Contenuto
report-undecodable = impossibile da decodificare: { $error }
report-facts-below = (i suoi dati sono nella storia della cartella { $record } qui sotto)
report-history-one = Storia della cartella { $record }: 1 scheda valida, dal { $first } al { $last }
report-history = Storia della cartella { $record }: { $n } schede valide, dal { $first } al { $last }
report-not-used = non usata
report-doses-one = 1 dose registrata
report-doses = { $n } dosi registrate
report-problem = PROBLEMA
report-warning = AVVERTENZA
report-note = NOTA
report-checked = Verificato il { $time } con l'elenco di fiducia versione { $version } (firmato dall'ancora { $anchor }, emesso il { $issued }, prossimo aggiornamento { $next })
report-findings = Rilievi su queste schede
report-cards-valid = { $valid } carte valide su { $total }

## Station (`ephr station`: the clinic's page in a browser)

station-title = Postazione ephr dell'ambulatorio
# Shown on every screen: what the station keeps.
station-privacy = Nulla di ciò che si verifica qui viene salvato: né su questo computer né in alcun registro. «Persona successiva» cancella tutto, e lo stesso avviene dopo { $minutes } minuti di inattività.
station-language = Lingua
station-add-heading = Aggiungi una carta
station-scanner-label = Scanner o testo
# Under the input that a USB or Bluetooth scanner types into.
station-scanner-hint = Lo scanner di codici a barre scrive qui da solo. Si può anche incollare il testo di una carta (PHR1:…).
station-check = Verifica
station-upload-label = Foto, screenshot, PDF del libretto o file .phr
station-upload = Verifica il file
station-camera = Fotocamera
station-camera-start = Avvia la fotocamera
station-camera-stop = Ferma la fotocamera
station-camera-looking = Tenere il codice ben piatto davanti alla fotocamera.
station-camera-found = Codice trovato.
station-camera-none = In questo browser non si può usare nessuna fotocamera. Usare uno scanner o caricare una foto.
station-next-person = Persona successiva
station-cleared = Cancellato: non resta nulla della persona precedente.
station-empty = Ancora nessuna carta. Mostrare un codice alla fotocamera, scansionarlo o caricare un file.
# The verdict for everything shown, in large type.
station-all-valid = VALIDA
station-some-invalid = NON VALIDA
station-check-warnings = VALIDA, CON AVVERTENZE
station-valid-count = { $valid } carte valide su { $total }
station-added = Carte aggiunte: { $n }
station-duplicate = Carta già verificata.
# A button that switches the screen to the person's language so they can read their record.
station-person-language = Mostra alla persona in { $language }
station-clinic-language = Torna in { $language }
station-downloads = Stampa ed esporta
station-booklet = Libretto (PDF)
station-a4 = Fogli A4 (PDF)
station-wallet = Carta tascabile (PDF)
station-insert = Inserto riservato (PDF)
station-fhir = Documento FHIR per il sistema dell'ambulatorio (JSON)
station-bundle = Tutte le schede (file .phr)
station-cannot-print = Impossibile stampare: { $reason }
station-trust = Elenco di fiducia
station-trust-status = Versione { $version }, firmato il { $issued }, prossimo aggiornamento { $next }
station-trust-stale = SCADUTO: chiedere il nuovo elenco di fiducia alla propria autorità sanitaria e installarlo qui sotto.
station-trust-demo = Ancora DEMO: una carta valida non prova nulla.
station-trust-install = Installa un aggiornamento da file
station-trust-installed = Elenco di fiducia versione { $version } installato.
station-trust-unchanged = Questo elenco di fiducia è già installato.
station-trust-fixed = Questa postazione è stata avviata con un elenco di fiducia fisso (--trust); riavviarla per usarne un altro.
station-trust-refused = Non installato: { $reason }
station-signin = Accedi
station-signin-code = Codice di accesso (mostrato dove è stata avviata la postazione)
station-signin-wrong = Il codice di accesso non è corretto.
station-error = Non leggibile: { $reason }
station-too-large = Il file è troppo grande (più di { $mb } MB).
station-too-many = Questa persona ha già { $n } carte qui. Premere «Persona successiva» per ricominciare.
