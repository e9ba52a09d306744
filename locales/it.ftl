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
station-signin-passphrase = La tua frase segreta
station-signin-wrong-operator = Nome e frase segreta non corrispondono.
station-error = Non leggibile: { $reason }
station-too-large = Il file è troppo grande (più di { $mb } MB).
station-too-many = Questa persona ha già { $n } carte qui. Premere «Persona successiva» per ricominciare.

## Issuing station (`ephr station --issue`: the assessment form, drafts and the register)

station-issue-link = Emissione: moduli e registro
station-issue-privacy = Le bozze sono salvate nel registro di questo sito mentre si scrive, per { $drafts } giorni, e le vede solo l'operatore che le ha iniziate. Le voci firmate sono conservate { $entries } giorni per la ristampa, poi cancellate.
station-issue-operator = Il suo nome (registrato con ogni voce che firma)
station-issue-follow-button = Aggiungere un controllo a questa cartella
station-issue-title = Emissione
station-issue-new-heading = Nuova valutazione
station-issue-new = Iniziare una nuova valutazione
station-issue-follow-hint = Per aggiungere un controllo, verificare la tessera della persona nella schermata principale (fotocamera, lettore o file), poi premere «{ $button }».
station-issue-drafts = Le sue bozze
station-issue-no-drafts = Nessuna bozza. Ogni modifica a un modulo è salvata qui mentre si scrive.
station-issue-no-name = (ancora senza nome)
station-issue-draft-follow-up = controllo: { $about }
station-issue-find-heading = Trovare una voce emessa
station-issue-find-label = Codice della tessera (come stampato sul libretto) o nome
station-issue-find = Cerca
station-issue-found-none = Nulla nel registro corrisponde.
station-issue-col-issued = Emessa
station-issue-col-entry = Voce
station-issue-col-names = Nomi
station-issue-col-operator = Operatore
station-issue-reprint = Ristampa
station-issue-nav = Bozze e registro
station-issue-follow-up = Voce di controllo
station-issue-saved-hint = Salvato su questa postazione mentre si scrive. Ogni problema è mostrato al suo campo.
station-issue-needs-js = Il modulo di valutazione richiede JavaScript.
station-issue-preview = Anteprima del libretto (PDF con la dicitura DEMO, non firmato)
station-issue-sign = Firmare e mostrare per la stampa
station-issue-discard = Scartare questa bozza
station-issue-discard-confirm = Scartare questa bozza? Non potrà essere recuperata.
# The form's words that the booklet does not print: parts of a field's name, buttons, and what
# the size meter says as the health worker types.
form-own-script = scrittura originale
form-given = nome
form-family = cognome
form-systolic = sistolica
form-diastolic = diastolica
form-country = Paese
form-onset = Esordio
form-note = Nota
form-category = Categoria
form-criticality = Gravità
form-until = Fino al
form-lot = Lotto
form-value = Valore
form-unit = Unità
form-urgency = Urgenza
form-not-given-here = non per le dosi somministrate qui
form-if-not-visit = se non è quella della visita
form-consent = Consenso
form-consent-card = La persona accetta di portare una tessera riservata (i risultati di HIV, epatite, salute mentale e gravidanza si stampano a parte)
form-confidential = Riservato
form-by-default = predefinito
form-code-placeholder = scrivere parole o un codice
form-remove = Rimuovere
form-saving = Salvataggio…
form-signed-out = Sessione chiusa: accedere di nuovo; la bozza è salvata fino all'ultima modifica.
form-not-saved = Non salvato: { $reason }
form-unreachable = Non salvato: la postazione non è raggiungibile. Tenere aperta questa pagina e riprovare.
form-problems = Salvato. { $n } problema/i da correggere prima di firmare.
form-size = { $chars } caratteri, QR versione { $version } a livello Q
form-confidential-size = Tessera riservata: { $chars } caratteri, versione { $version }.
form-withheld = { $n } elemento/i riservato/i non va/vanno su nessuna tessera (nessun consenso a una tessera riservata).
form-split = Salvato. Troppo grande per un codice: sarà diviso in { $n } tessere firmate ({ $sizes }).
form-fits = Salvato. Sta in un codice: { $sizes }.

## Problems at a field: the rules a record must meet before it is signed (`ephr issue` prints
## them after the field's path, the issuing station under the field)

field-empty = È vuoto; ometta invece il campo.
field-spaces = Ci sono spazi all'inizio o alla fine.
field-too-long = È lungo { $n } caratteri; sulla tessera ne stanno al massimo { $max }.
field-control = Contiene caratteri di controllo (a capo, tabulazioni).
field-hidden = Contiene caratteri di formattazione invisibili (cambi di direzione, spazi di larghezza zero); scriva il testo semplicemente.
field-date = «{ $value }» non è una data nella forma AAAA-MM-GG (anni 1900-2100).
field-partial-date = «{ $value }» non è una data nella forma AAAA, AAAA-MM o AAAA-MM-GG.
field-icd10 = «{ $value }» non è un codice ICD-10 valido (una lettera, due cifre, poi facoltativamente un punto e una o due cifre, p. es. «E11.9»).
field-atc = «{ $value }» non è un codice ATC dell'OMS valido (p. es. «A10BA02»).
field-vaccine = «{ $value }» non è un codice ATC di vaccino dell'OMS (J07…, p. es. «J07BD52» per MPR).
field-country = «{ $value }» non è un codice paese ISO 3166-1 alpha-2 (p. es. «SY», «GR»).
field-language = «{ $value }» non è un codice lingua ISO 639 (p. es. «ar», «fa», «prs»).
field-too-many = Ha { $n } elementi; ne stanno al massimo { $max }.
field-empty-list = La lista è vuota; scriva «none_known» se ha chiesto e non ce ne sono, oppure ometta il campo.
field-empty-section = È vuoto; lo ometta invece.
field-name-empty = Non ha né cognome né nome; lo ometta invece.
field-name-latin-letters = Usi solo le lettere A-Z (con spazi, trattini e apostrofi), come nella zona a lettura ottica del passaporto.
field-name-latin-missing = Manca: il nome non è in caratteri latini, quindi dia anche una traslitterazione latina (gli operatori lungo il percorso devono poterlo leggere).
field-estimated-no-date = È indicato, ma non c'è la data di nascita.
field-range = { $value } è fuori dall'intervallo plausibile { $min }-{ $max }.
field-tenths = { $value } ha più di un decimale; la tessera conserva i decimi.
field-diastolic = { $value } non è inferiore alla pressione sistolica { $systolic }.
field-dose-number = { $value } non è un numero di dose da 1 a 10.
field-no-doses = Non ci sono dosi; scriva «no_records»: true se la persona non ha documenti vaccinali.
field-dose-date-required = È richiesta per le dosi documentate e per quelle somministrate qui.
field-dose-given-here = È { $value }, ma una dose somministrata qui ha la data della visita { $date }; registri le dosi date altrove come «documentate».
field-loinc = «{ $value }» non è un codice LOINC valido (cifre, trattino, cifra di controllo, p. es. «71773-6»).
field-decimal = «{ $value }» non è un numero decimale (al massimo 7 cifre prima e 4 dopo il punto).
field-unit-without-value = È indicata senza un valore.
field-unit = «{ $value }» non è un'unità UCUM (p. es. «g/dL», «mmol/L»).
field-value-not-done = È indicato per un test non eseguito.
field-pregnant-male = È «incinta» ma il sesso della persona è «maschio».
field-weeks = { $value } supera le 45 settimane.
field-not-pregnant = Indica una data del parto o un'età gestazionale ma lo stato non è «incinta».
field-implausible = { $value } non è plausibile.
field-follow-up-before = { $value } è prima della visita della voce seguita ({ $date }); un controllo viene dopo.
field-reveals-referral = Il motivo { $code } è un problema riservato, quindi questo invio lo rivelerebbe sulla tessera principale; segni riservato anche l'invio, o ne tolga il motivo.
field-reveals-alert = Un avviso di gravidanza ad alto rischio sulla tessera principale rivela la gravidanza riservata; segni riservato anche l'avviso, o la gravidanza non riservata.
field-after-issue = La visita è datata { $encounter }, dopo la data di emissione della tessera { $issued }; una tessera registra ciò che è avvenuto.
field-item-too-large = { $item } non sta in un codice QR neanche su una tessera a sé; ne accorci il testo o scelga un livello di correzione degli errori più basso.
# What the JSON reader says (its words after the colon are the reader's, in English).
field-missing = Campo obbligatorio mancante: { $field }
field-wrong-type = Tipo di valore errato: { $found } (atteso: { $expected })
field-wrong-value = Valore errato: { $found } (atteso: { $expected })
# A problem that has no words of its own in the catalogues: shown as ephr wrote it, in English.
field-other = { $problem }
