# ephr booklet and wallet card labels: Greek.
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
language-name = Ελληνικά

## Cover

title = Προσωπικό βιβλιάριο υγείας
subtitle = Σύνοψη ενός ελέγχου υγείας. Φυλάξτε το καλά και δείχνετέ το σε κάθε ιατρείο.
card-title = Κάρτα υγείας
demo-banner = DEMO (επίδειξη) — δεν είναι πραγματικό αρχείο υγείας
name = Όνομα
name-latin = Όνομα με λατινικούς χαρακτήρες
birth-date = Ημερομηνία γέννησης
estimated = κατά προσέγγιση
sex = Φύλο
nationality = Υπηκοότητα
languages = Γλώσσες
card-id = Κάρτα
record-id = Φάκελος
issued-by = Εκδόθηκε από
issued-on = Εκδόθηκε στις
no-name = δεν καταγράφηκε όνομα
not-recorded = δεν καταγράφηκε

## Entry

encounter = Αξιολόγηση
encounter-date = Ημερομηνία
encounter-site = Τόπος
encounter-kind = Είδος
encounter-role = Εξετάστηκε από
mediator = Ήταν παρών πολιτισμικός διαμεσολαβητής ή διερμηνέας.
entry-heading = Καταχώριση { $n } από { $total }
entries = Καταχωρίσεις
follows = Συμπληρώνει την καταχώριση
follows-entry = αρ. { $n }: κάρτα { $card }, { $date }
follows-elsewhere = προηγούμενη καταχώριση που δεν περιέχεται σε αυτό το βιβλιάριο
part = Μέρος { $n } από { $total }
page-footer = Σελίδα { $n } από { $total }
continued = συνέχεια

## Sections

sec-immunizations = Εμβολιασμοί
sec-vaccinations-due = Εκκρεμείς εμβολιασμοί
sec-problems = Προβλήματα και διαγνώσεις
sec-medications = Φάρμακα
sec-allergies = Αλλεργίες
sec-results = Έλεγχοι και εξετάσεις
sec-mental-health = Έλεγχος ψυχικής υγείας
sec-vital-signs = Ζωτικά σημεία
sec-pregnancy = Εγκυμοσύνη
sec-referrals = Παραπομπές
sec-alerts = Προειδοποιήσεις
sec-signed = Υπογεγραμμένη καταχώριση
none-recorded = Καμία καταγραφή
none-known = Κανένα γνωστό
no-vaccination-records = Το άτομο δεν έχει έγγραφα εμβολιασμών.

## Table columns

col-vaccine = Εμβόλιο
col-date = Ημ/νία
col-dose = Δόση
col-source = Πηγή
col-diagnosis = Διάγνωση
col-status = Κατάσταση
col-medicine = Φάρμακο
col-dosage = Δοσολογία
col-substance = Ουσία
col-reaction = Αντίδραση
col-test = Εξέταση
col-result = Αποτέλεσμα
col-to = Παραπομπή σε
col-due = Προθεσμία
col-alert = Προειδοποίηση
col-details = Λεπτομέρειες
provisional = προσωρινή
onset = από { $date }
until = έως { $date }
lot = παρτίδα { $lot }
date-unknown = άγνωστη ημερομηνία
reason = αιτία: { $reason }
criticality = κίνδυνος: { $level }

## Vital signs and pregnancy

vital-height = Ύψος
vital-weight = Βάρος
vital-bp = Αρτηριακή πίεση
vital-heart-rate = Σφύξεις
vital-respiratory-rate = Αναπνοές
vital-temperature = Θερμοκρασία
vital-spo2 = Κορεσμός οξυγόνου
vital-head = Περίμετρος κεφαλής
vital-muac = Περίμετρος μέσου βραχίονα
pregnancy-status = Κατάσταση
expected-delivery = Πιθανή ημ/νία τοκετού
gestational-weeks = Εβδομάδες κύησης
gravida = Κυήσεις
para = Τοκετοί
mh-outcome = Αποτέλεσμα
mh-tool = Εργαλείο ελέγχου
mh-referred = Παραπομπή για υποστήριξη
yes = ναι
no = όχι

## QR code

qr-caption = Σαρώστε για έλεγχο: η καταχώριση είναι υπογεγραμμένη από την υγειονομική αρχή που την εξέδωσε.
qr-issuer = { $issuer }, { $date }

## Last page

verify-title = Για επαγγελματίες υγείας: πώς ελέγχεται το βιβλιάριο
verify-steps =
    1. Σαρώστε κάθε κωδικό QR με ένα εργαλείο επαλήθευσης που διαβάζει κωδικούς ephr.
    2. Αν ένας κωδικός δεν σαρώνεται, φωτογραφίστε τη σελίδα και ελέγξτε τη φωτογραφία: ephr verify photo.jpg. Αν αποτύχει και αυτό, ρωτήστε τη δομή που εξέδωσε την καταχώριση.
    3. Το ephr ελέγχει την υπογραφή χωρίς σύνδεση, με βάση τον κατάλογο έμπιστων υγειονομικών αρχών.
    4. Μόνο μια έγκυρη καταχώριση είναι αξιόπιστη· οι έντυποι πίνακες επαναλαμβάνουν ό,τι έχει υπογραφεί.
    5. Καταγράψτε ό,τι κάνετε σε νέα υπογεγραμμένη καταχώριση· μη γράφετε πάνω σε αυτό το βιβλιάριο.
privacy-title = Οι πληροφορίες υγείας σας
privacy-text =
    Αυτό το βιβλιάριο είναι δικό σας. Έχει μόνο πληροφορίες υγείας: τίποτα για το νομικό σας καθεστώς ή τη διαδρομή σας.
    Εσείς αποφασίζετε ποιος το βλέπει. Κανείς δεν έχει δικαίωμα να σας το πάρει.
    Οι επαγγελματίες υγείας το χρησιμοποιούν για να σας φροντίσουν και για να μην επαναλαμβάνονται εμβόλια και εξετάσεις.

insert-title = Εμπιστευτικά αποτελέσματα
insert-text = Αυτό το ένθετο περιέχει αποτελέσματα υγείας που επέλεξες να μείνουν ιδιωτικά. Φύλαξέ το χωριστά από το βιβλιάριό σου και δείξε το μόνο σε επαγγελματία υγείας που επιλέγεις εσύ. Το βιβλιάριο είναι πλήρες χωρίς αυτό και δεν δείχνει ότι το ένθετο υπάρχει.
insert-holds = Περιέχει
insert-footer = ΕΜΠΙΣΤΕΥΤΙΚΟ

## Values

sex-female = θήλυ
sex-male = άρρεν
sex-other = άλλο
sex-unknown = άγνωστο
kind-initial_assessment = αρχική αξιολόγηση
kind-follow_up = επανεξέταση
kind-vaccination = εμβολιασμός
kind-emergency = επείγον
role-physician = γιατρός
role-nurse = νοσηλευτής/τρια
role-midwife = μαία
role-psychologist = ψυχολόγος
role-paramedic = διασώστης
role-other = άλλος επαγγελματίας υγείας
problem-active = ενεργό
problem-inactive = ανενεργό
problem-resolved = επιλύθηκε
allergy-medication = φάρμακο
allergy-food = τροφή
allergy-environment = περιβάλλον
allergy-biologic = βιολογικό
criticality-low = χαμηλός
criticality-high = υψηλός
criticality-unable_to_assess = άγνωστος
medication-active = λαμβάνει
medication-completed = ολοκληρώθηκε
medication-stopped = διακόπηκε
medication-intended = προγραμματισμένο
source-documented = τεκμηριωμένο
source-reported = κατά δήλωση
source-given_here = χορηγήθηκε εδώ
result-positive = θετικό
result-negative = αρνητικό
result-indeterminate = απροσδιόριστο
result-not_done = δεν έγινε
result-normal = φυσιολογικό
result-abnormal = παθολογικό
pregnancy-pregnant = έγκυος
pregnancy-not_pregnant = μη έγκυος
pregnancy-unknown = άγνωστο
mh-no_concerns = χωρίς ανησυχίες
mh-concerns = με ανησυχίες
mh-declined = αρνήθηκε
mh-not_done = δεν έγινε
urgency-routine = τακτική
urgency-soon = σύντομα
urgency-urgent = επείγουσα
referral-planned = προγραμματισμένη
referral-done = έγινε
referral-cancelled = ακυρώθηκε
alert-severe_allergy = σοβαρή αλλεργία
alert-infectious = κίνδυνος λοίμωξης
alert-critical_medication = κρίσιμο φάρμακο
alert-high_risk_pregnancy = κύηση υψηλού κινδύνου
alert-urgent_follow_up = επείγουσα παρακολούθηση
alert-other = προειδοποίηση

## Text report (ephr verify, ephr decode)

report-patient = Ασθενής
report-born = γέννηση: { $date }
report-nationality = υπηκοότητα: { $country }
report-speaks = γλώσσες: { $languages }
report-encounter = Επίσκεψη
report-mediator = παρών διαμεσολαβητής/διερμηνέας
report-problems = Προβλήματα
report-past-problems = Παλαιά προβλήματα
report-medications = Φάρμακα
report-vaccines = Εμβόλια
report-due = Εκκρεμή
report-results = Αποτελέσματα
report-mental-health = Ψυχική υγεία
report-no-known-allergies = καμία γνωστή αλλεργία
report-no-known-problems = κανένα γνωστό πρόβλημα
report-no-known-medications = κανένα γνωστό φάρμακο
report-no-vaccination-records = ΚΑΝΕΝΑ ΑΡΧΕΙΟ ΕΜΒΟΛΙΑΣΜΟΥ
report-code-unknown = { $code } (ο κωδικός δεν υπάρχει στους πίνακες του ephr)
report-dose-number = δόση { $n }
report-due-from = από { $date }
report-height = ύψος { $value } cm
report-weight = βάρος { $value } kg
report-bmi = ΔΜΣ { $value }
report-bp = ΑΠ { $systolic }/{ $diastolic } mmHg
report-heart-rate = σφύξεις { $value }/min
report-respiratory-rate = αναπνοές { $value }/min
report-temperature = θερμοκρασία { $value } °C
report-spo2 = SpO2 { $value } %
report-head = περ. κεφαλής { $value } cm
report-muac = MUAC { $value } cm
report-weeks = { $n } εβδομάδες
report-delivery = αναμενόμενος τοκετός { $date }
report-gravida = κυήσεις { $n }
report-para = τοκετοί { $n }
report-referred = έγινε παραπομπή
report-by = έως { $date }
report-valid = ΕΓΚΥΡΗ
report-not-valid = ΜΗ ΕΓΚΥΡΗ
report-revoked = ΑΝΑΚΛΗΜΕΝΗ
report-unverified = ΜΗ ΕΛΕΓΜΕΝΗ
report-unreadable = ΔΕΝ ΔΙΑΒΑΖΕΤΑΙ
report-unverified-note = περιεχόμενο ΧΩΡΙΣ έλεγχο της υπογραφής
report-card = κάρτα { $id }
report-issued = { $authority } στις { $time }
report-signed-with = Υπογραφή με
report-key = κλειδί { $kid }
report-expires = Λήγει
report-record-id = Αρ. φακέλου
report-follows = Συμπληρώνει
report-entry = καταχώριση { $id }
report-part = Μέρος
report-confidential = εμπιστευτικό
report-confidential-note = Εμπιστευτική καταχώριση: την έδειξε το ίδιο το άτομο. Μην αντιγράφετε τα στοιχεία της εκεί όπου μπορούν να τα δουν άλλοι.
report-n-of = { $n } από { $total }
report-key-id = Αναγν. κλειδιού
report-card-id = Αρ. κάρτας
report-issuer-says = Δηλωμένος εκδότης
report-content = Περιεχόμενο
report-undecodable = δεν αποκωδικοποιείται: { $error }
report-facts-below = (τα στοιχεία της είναι στο ιστορικό του φακέλου { $record } παρακάτω)
report-history-one = Ιστορικό φακέλου { $record }: 1 έγκυρη καταχώριση, { $first } έως { $last }
report-history = Ιστορικό φακέλου { $record }: { $n } έγκυρες καταχωρίσεις, { $first } έως { $last }
report-not-used = δεν χρησιμοποιήθηκε
report-doses-one = καταγράφηκε 1 δόση
report-doses = καταγράφηκαν { $n } δόσεις
report-problem = ΠΡΟΒΛΗΜΑ
report-warning = ΠΡΟΕΙΔΟΠΟΙΗΣΗ
report-note = ΣΗΜΕΙΩΣΗ
report-checked = Ελέγχθηκε στις { $time } με τη λίστα εμπιστοσύνης έκδοση { $version } (υπογραφή της άγκυρας { $anchor }, εκδόθηκε { $issued }, επόμενη ενημέρωση { $next })
report-findings = Ευρήματα για αυτές τις καταχωρίσεις
report-cards-valid = { $valid } από { $total } κάρτες έγκυρες

## Station (`ephr station`: the clinic's page in a browser)

station-title = Σταθμός ephr του ιατρείου
# Shown on every screen: what the station keeps.
station-privacy = Τίποτα από όσα ελέγχετε εδώ δεν αποθηκεύεται: ούτε σε αυτόν τον υπολογιστή ούτε σε κάποιο αρχείο καταγραφής. Το «Επόμενο άτομο» τα διαγράφει όλα, όπως και { $minutes } λεπτά αδράνειας.
station-language = Γλώσσα
station-add-heading = Προσθήκη κάρτας
station-scanner-label = Σαρωτής ή κείμενο
# Under the input that a USB or Bluetooth scanner types into.
station-scanner-hint = Ο σαρωτής γραμμωτού κώδικα γράφει εδώ μόνος του. Μπορείτε επίσης να επικολλήσετε το κείμενο μιας κάρτας (PHR1:…).
station-check = Έλεγχος
station-upload-label = Φωτογραφία, στιγμιότυπο οθόνης, PDF βιβλιαρίου ή αρχείο .phr
station-upload = Έλεγχος αρχείου
station-camera = Κάμερα
station-camera-start = Έναρξη κάμερας
station-camera-stop = Διακοπή κάμερας
station-camera-looking = Κρατήστε τον κωδικό επίπεδο μπροστά στην κάμερα.
station-camera-found = Βρέθηκε κωδικός.
station-camera-none = Σε αυτό το πρόγραμμα περιήγησης δεν μπορεί να χρησιμοποιηθεί κάμερα. Χρησιμοποιήστε σαρωτή ή ανεβάστε μια φωτογραφία.
station-next-person = Επόμενο άτομο
station-cleared = Διαγράφηκαν: δεν έμεινε τίποτα από το προηγούμενο άτομο.
station-empty = Καμία κάρτα ακόμη. Δείξτε έναν κωδικό στην κάμερα, σαρώστε τον ή ανεβάστε ένα αρχείο.
# The verdict for everything shown, in large type.
station-all-valid = ΕΓΚΥΡΗ
station-some-invalid = ΜΗ ΕΓΚΥΡΗ
station-check-warnings = ΕΓΚΥΡΗ, ΜΕ ΠΡΟΕΙΔΟΠΟΙΗΣΕΙΣ
station-valid-count = { $valid } από { $total } κάρτες έγκυρες
station-added = Προστέθηκαν: { $n }
station-duplicate = Έχει ήδη ελεγχθεί.
# A button that switches the screen to the person's language so they can read their record.
station-person-language = Εμφάνιση στο άτομο στα { $language }
station-clinic-language = Επιστροφή στα { $language }
station-downloads = Εκτύπωση και εξαγωγή
station-booklet = Βιβλιάριο (PDF)
station-a4 = Φύλλα A4 (PDF)
station-wallet = Κάρτα τσέπης (PDF)
station-insert = Εμπιστευτικό ένθετο (PDF)
station-fhir = Έγγραφο FHIR για το σύστημα του ιατρείου (JSON)
station-bundle = Όλες οι καταχωρίσεις (αρχείο .phr)
station-cannot-print = Δεν μπορεί να εκτυπωθεί τίποτα: { $reason }
station-trust = Λίστα εμπιστοσύνης
station-trust-status = Έκδοση { $version }, υπογραφή { $issued }, επόμενη ενημέρωση { $next }
station-trust-stale = ΛΗΓΜΕΝΗ: ζητήστε από την υγειονομική σας αρχή τη νέα λίστα εμπιστοσύνης και εγκαταστήστε τη παρακάτω.
station-trust-demo = Άγκυρα DEMO: μια έγκυρη κάρτα δεν αποδεικνύει τίποτα.
station-trust-install = Εγκατάσταση ενημέρωσης από αρχείο
station-trust-installed = Εγκαταστάθηκε η λίστα εμπιστοσύνης έκδοση { $version }.
station-trust-unchanged = Αυτή η λίστα εμπιστοσύνης είναι ήδη εγκατεστημένη.
station-trust-fixed = Ο σταθμός ξεκίνησε με σταθερή λίστα εμπιστοσύνης (--trust)· επανεκκινήστε τον για να χρησιμοποιήσετε άλλη.
station-trust-refused = Δεν εγκαταστάθηκε: { $reason }
station-signin = Σύνδεση
station-signin-code = Κωδικός πρόσβασης (εμφανίζεται εκεί όπου ξεκίνησε ο σταθμός)
station-signin-wrong = Ο κωδικός πρόσβασης δεν είναι σωστός.
station-signin-passphrase = Η φράση πρόσβασής σας
station-signin-wrong-operator = Το όνομα και η φράση πρόσβασης δεν ταιριάζουν.
station-error = Δεν διαβάζεται: { $reason }
station-too-large = Το αρχείο είναι πολύ μεγάλο (πάνω από { $mb } MB).
station-too-many = Αυτό το άτομο έχει ήδη { $n } κάρτες εδώ. Πατήστε «Επόμενο άτομο» για να ξεκινήσετε από την αρχή.

## Issuing station (`ephr station --issue`: the assessment form, drafts and the register)

station-issue-link = Έκδοση: φόρμες και μητρώο
station-issue-privacy = Τα πρόχειρα αποθηκεύονται στο μητρώο αυτού του σημείου καθώς γράφετε, για { $drafts } ημέρες, και τα βλέπει μόνο ο χειριστής που τα ξεκίνησε. Οι υπογεγραμμένες καταχωρίσεις φυλάσσονται { $entries } ημέρες για επανεκτύπωση και μετά διαγράφονται.
station-issue-operator = Το όνομά σας (καταγράφεται με κάθε καταχώριση που υπογράφετε)
station-issue-follow-button = Προσθήκη επανεξέτασης σε αυτόν τον φάκελο
station-issue-title = Έκδοση
station-issue-new-heading = Νέα αξιολόγηση
station-issue-new = Έναρξη νέας αξιολόγησης
station-issue-follow-hint = Για να προσθέσετε επανεξέταση, ελέγξτε την κάρτα του ατόμου στην κύρια οθόνη (κάμερα, σαρωτής ή αρχείο) και πατήστε «{ $button }».
station-issue-drafts = Τα πρόχειρά σας
station-issue-no-drafts = Κανένα πρόχειρο. Κάθε αλλαγή σε φόρμα αποθηκεύεται εδώ καθώς γράφετε.
station-issue-no-name = (χωρίς όνομα ακόμη)
station-issue-draft-follow-up = επανεξέταση: { $about }
station-issue-find-heading = Εύρεση εκδοθείσας καταχώρισης
station-issue-find-label = Αριθμός κάρτας (όπως τυπώθηκε στο βιβλιάριο) ή όνομα
station-issue-find = Εύρεση
station-issue-found-none = Τίποτα στο μητρώο δεν ταιριάζει.
station-issue-col-issued = Έκδοση
station-issue-col-entry = Καταχώριση
station-issue-col-names = Ονόματα
station-issue-col-operator = Χειριστής
station-issue-reprint = Επανεκτύπωση
station-issue-nav = Πρόχειρα και μητρώο
station-issue-follow-up = Καταχώριση επανεξέτασης
station-issue-saved-hint = Αποθηκεύεται σε αυτόν τον σταθμό καθώς γράφετε. Κάθε πρόβλημα εμφανίζεται στο πεδίο του.
station-issue-needs-js = Η φόρμα αξιολόγησης χρειάζεται JavaScript.
station-issue-preview = Προεπισκόπηση βιβλιαρίου (PDF με σήμανση DEMO, χωρίς υπογραφή)
station-issue-sign = Υπογραφή και εμφάνιση για εκτύπωση
station-issue-discard = Απόρριψη αυτού του προχείρου
station-issue-discard-confirm = Απόρριψη αυτού του προχείρου; Δεν μπορεί να ανακτηθεί.
# The form's words that the booklet does not print: parts of a field's name, buttons, and what
# the size meter says as the health worker types.
form-own-script = στη δική του γραφή
form-given = όνομα
form-family = επώνυμο
form-systolic = συστολική
form-diastolic = διαστολική
form-country = Χώρα
form-onset = Έναρξη
form-note = Σημείωση
form-category = Κατηγορία
form-criticality = Σοβαρότητα
form-until = Έως
form-lot = Παρτίδα
form-value = Τιμή
form-unit = Μονάδα
form-urgency = Επείγον
form-not-given-here = όχι για δόσεις που δόθηκαν εδώ
form-if-not-visit = αν δεν είναι της επίσκεψης
form-consent = Συναίνεση
form-consent-card = Το άτομο δέχτηκε να έχει εμπιστευτική κάρτα (τα αποτελέσματα HIV, ηπατίτιδας, ψυχικής υγείας και εγκυμοσύνης τυπώνονται χωριστά)
form-confidential = Εμπιστευτικό
form-by-default = προεπιλογή
form-code-placeholder = γράψτε λέξεις ή κωδικό
form-remove = Αφαίρεση
form-saving = Αποθήκευση…
form-signed-out = Αποσυνδεθήκατε: συνδεθείτε ξανά· το πρόχειρο είναι αποθηκευμένο ως την τελευταία αλλαγή.
form-not-saved = Δεν αποθηκεύτηκε: { $reason }
form-unreachable = Δεν αποθηκεύτηκε: ο σταθμός δεν είναι προσβάσιμος. Κρατήστε τη σελίδα ανοιχτή και δοκιμάστε ξανά.
form-problems = Αποθηκεύτηκε. { $n } πρόβλημα/τα προς διόρθωση πριν την υπογραφή.
form-size = { $chars } χαρακτήρες, QR έκδοση { $version } σε επίπεδο Q
form-confidential-size = Εμπιστευτική κάρτα: { $chars } χαρακτήρες, έκδοση { $version }.
form-withheld = { $n } εμπιστευτικό/ά στοιχείο/α δεν μπαίνει/ουν σε καμία κάρτα (χωρίς συναίνεση για εμπιστευτική κάρτα).
form-split = Αποθηκεύτηκε. Πολύ μεγάλο για έναν κωδικό: θα χωριστεί σε { $n } υπογεγραμμένες κάρτες ({ $sizes }).
form-fits = Αποθηκεύτηκε. Χωρά σε έναν κωδικό: { $sizes }.

## Problems at a field: the rules a record must meet before it is signed (`ephr issue` prints
## them after the field's path, the issuing station under the field)

field-empty = Είναι κενό· παραλείψτε καλύτερα το πεδίο.
field-spaces = Έχει κενά στην αρχή ή στο τέλος.
field-too-long = Έχει { $n } χαρακτήρες· στην κάρτα χωρούν το πολύ { $max }.
field-control = Περιέχει χαρακτήρες ελέγχου (αλλαγές γραμμής, στηλοθέτες).
field-hidden = Περιέχει αόρατους χαρακτήρες μορφοποίησης (αλλαγές κατεύθυνσης, κενά μηδενικού πλάτους)· γράψτε το κείμενο απλά.
field-date = Το «{ $value }» δεν είναι ημερομηνία της μορφής ΕΕΕΕ-ΜΜ-ΗΗ (έτη 1900-2100).
field-partial-date = Το «{ $value }» δεν είναι ημερομηνία της μορφής ΕΕΕΕ, ΕΕΕΕ-ΜΜ ή ΕΕΕΕ-ΜΜ-ΗΗ.
field-icd10 = Το «{ $value }» δεν είναι έγκυρος κωδικός ICD-10 (ένα γράμμα, δύο ψηφία, και προαιρετικά τελεία και ένα ή δύο ψηφία, π.χ. «E11.9»).
field-atc = Το «{ $value }» δεν είναι έγκυρος κωδικός ATC του ΠΟΥ (π.χ. «A10BA02»).
field-vaccine = Το «{ $value }» δεν είναι κωδικός εμβολίου ATC του ΠΟΥ (J07…, π.χ. «J07BD52» για MMR).
field-country = Το «{ $value }» δεν είναι κωδικός χώρας ISO 3166-1 alpha-2 (π.χ. «SY», «GR»).
field-language = Το «{ $value }» δεν είναι κωδικός γλώσσας ISO 639 (π.χ. «ar», «fa», «prs»).
field-too-many = Έχει { $n } στοιχεία· χωρούν το πολύ { $max }.
field-empty-list = Η λίστα είναι κενή· γράψτε «none_known» αν ρωτήσατε και δεν υπάρχουν, ή παραλείψτε το πεδίο.
field-empty-section = Είναι κενό· παραλείψτε το καλύτερα.
field-name-empty = Δεν έχει ούτε επώνυμο ούτε όνομα· παραλείψτε το καλύτερα.
field-name-latin-letters = Μόνο τα γράμματα A-Z (με κενά, ενωτικά και αποστρόφους), όπως στη μηχανικά αναγνώσιμη ζώνη του διαβατηρίου.
field-name-latin-missing = Λείπει: το όνομα δεν είναι σε λατινικούς χαρακτήρες, δώστε και λατινική μεταγραφή (οι επαγγελματίες υγείας στη διαδρομή πρέπει να μπορούν να το διαβάσουν).
field-estimated-no-date = Είναι επιλεγμένο, αλλά δεν υπάρχει ημερομηνία γέννησης.
field-range = Το { $value } είναι εκτός του εύλογου εύρους { $min }-{ $max }.
field-tenths = Το { $value } έχει πάνω από ένα δεκαδικό· η κάρτα κρατά δέκατα.
field-diastolic = Το { $value } δεν είναι κάτω από τη συστολική πίεση { $systolic }.
field-dose-number = Το { $value } δεν είναι αριθμός δόσης από 1 έως 10.
field-no-doses = Δεν έχει δόσεις· γράψτε «no_records»: true αν το άτομο δεν έχει κανένα αρχείο εμβολιασμών.
field-dose-date-required = Απαιτείται για τεκμηριωμένες δόσεις και δόσεις που δόθηκαν εδώ.
field-dose-given-here = Είναι { $value }, αλλά μια δόση που δόθηκε εδώ έχει την ημερομηνία της επίσκεψης { $date }· καταγράψτε τις δόσεις αλλού ως «τεκμηριωμένες».
field-loinc = Το «{ $value }» δεν είναι έγκυρος κωδικός LOINC (ψηφία, ενωτικό, ψηφίο ελέγχου, π.χ. «71773-6»).
field-decimal = Το «{ $value }» δεν είναι δεκαδικός αριθμός (το πολύ 7 ψηφία πριν και 4 μετά την υποδιαστολή).
field-unit-without-value = Δίνεται χωρίς τιμή.
field-unit = Το «{ $value }» δεν είναι μονάδα UCUM (π.χ. «g/dL», «mmol/L»).
field-value-not-done = Δίνεται για εξέταση που δεν έγινε.
field-pregnant-male = Είναι «έγκυος» αλλά το φύλο του ατόμου είναι «άνδρας».
field-weeks = Το { $value } ξεπερνά τις 45 εβδομάδες.
field-not-pregnant = Δίνει ημερομηνία τοκετού ή ηλικία κύησης αλλά η κατάσταση δεν είναι «έγκυος».
field-implausible = Το { $value } δεν είναι εύλογο.
field-follow-up-before = Το { $value } είναι πριν από την επίσκεψη της καταχώρισης που ακολουθεί ({ $date })· η επανεξέταση έρχεται μετά.
field-reveals-referral = Η αιτία { $code } είναι εμπιστευτικό πρόβλημα, οπότε αυτή η παραπομπή θα το αποκάλυπτε στην κύρια κάρτα· σημειώστε και την παραπομπή ως εμπιστευτική ή αφαιρέστε την αιτία της.
field-reveals-alert = Μια ειδοποίηση εγκυμοσύνης υψηλού κινδύνου στην κύρια κάρτα αποκαλύπτει την εμπιστευτική εγκυμοσύνη· σημειώστε και την ειδοποίηση ως εμπιστευτική ή την εγκυμοσύνη ως μη εμπιστευτική.
field-after-issue = Η επίσκεψη έχει ημερομηνία { $encounter }, μετά την ημερομηνία έκδοσης της κάρτας { $issued }· μια κάρτα καταγράφει ό,τι έχει συμβεί.
field-item-too-large = Το { $item } δεν χωρά σε έναν κωδικό QR ούτε σε δική του κάρτα· συντομεύστε το κείμενο ή επιλέξτε χαμηλότερο επίπεδο διόρθωσης σφαλμάτων.
# What the JSON reader says (its words after the colon are the reader's, in English).
field-missing = Λείπει υποχρεωτικό πεδίο: { $field }
field-wrong-type = Λάθος είδος τιμής: { $found } (αναμενόταν: { $expected })
field-wrong-value = Λάθος τιμή: { $found } (αναμενόταν: { $expected })
# A problem that has no words of its own in the catalogues: shown as ephr wrote it, in English.
field-other = { $problem }
