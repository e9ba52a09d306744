# ephr booklet and wallet card labels: English (the reference catalogue).
#
# Format: Project Fluent (https://projectfluent.org/), plain messages only:
#   key = text
# A message may go on over indented lines (each is a new line of text).
# { $name } is filled in by ephr; keep every { $name } of a message when translating.
# Every catalogue must have exactly the keys of this one (a test checks).
# Keep texts short: an A6 page is 105 mm wide and holds two languages.
#
# Status: reference catalogue, written in English by ephr's developers (first in commit ee15d4e
# of 2026-11-22, keys added up to 2026-12-03); not reviewed by a clinician for plain language.
# See docs/TRANSLATIONS.md.

## Language

# The language's own name, shown in language pickers and on the last page.
language-name = English

## Cover

title = Personal Health Record
subtitle = Summary of a health assessment. Keep it safe and show it at every clinic.
card-title = Health record card
# On every page and card face of a booklet signed with the shipped demo key.
demo-banner = DEMO — not a real health record
name = Name
name-latin = Name in Latin letters
birth-date = Date of birth
estimated = estimated
sex = Sex
nationality = Nationality
languages = Languages
card-id = Card
record-id = Record
issued-by = Issued by
issued-on = Issued on
no-name = no name recorded
not-recorded = not recorded

## Entry

encounter = Assessment
encounter-date = Date
encounter-site = Place
encounter-kind = Type
encounter-role = Seen by
mediator = A cultural mediator or interpreter was present.
entry-heading = Entry { $n } of { $total }
entries = Entries
follows = Adds to entry
# The entry a follow-up adds to, when it is in the same booklet.
follows-entry = no. { $n }: card { $card }, { $date }
follows-elsewhere = an earlier entry that is not in this booklet
part = Part { $n } of { $total }
page-footer = Page { $n } of { $total }
continued = continued

## Sections

sec-immunizations = Vaccinations
sec-vaccinations-due = Vaccinations due
sec-problems = Problems and diagnoses
sec-medications = Medicines
sec-allergies = Allergies
sec-results = Screening and test results
sec-mental-health = Mental health screening
sec-vital-signs = Vital signs
sec-pregnancy = Pregnancy
sec-referrals = Referrals
sec-alerts = Alerts
sec-signed = Signed entry
none-recorded = None recorded
none-known = None known
no-vaccination-records = The person has no vaccination records.

## Table columns

col-vaccine = Vaccine
col-date = Date
col-dose = Dose
col-source = Source
col-diagnosis = Diagnosis
col-status = Status
col-medicine = Medicine
col-dosage = Dosage
col-substance = Substance
col-reaction = Reaction
col-test = Test
col-result = Result
col-to = Referred to
col-due = Due
col-alert = Alert
# What an alert says (beside its kind).
col-details = Details
provisional = provisional
onset = since { $date }
until = until { $date }
lot = lot { $lot }
# A vaccine dose whose date the person did not know.
date-unknown = date unknown
reason = reason: { $reason }
criticality = risk: { $level }

## Vital signs and pregnancy

vital-height = Height
vital-weight = Weight
vital-bp = Blood pressure
vital-heart-rate = Heart rate
vital-respiratory-rate = Breathing rate
vital-temperature = Temperature
vital-spo2 = Oxygen saturation
vital-head = Head circumference
vital-muac = Mid-upper arm circumference
pregnancy-status = Status
expected-delivery = Expected delivery
gestational-weeks = Weeks of pregnancy
gravida = Pregnancies
para = Births
mh-outcome = Outcome
mh-tool = Screening tool
mh-referred = Referred for support
yes = yes
no = no

## QR code

qr-caption = Scan to check: this entry is signed by the health authority that issued it.
qr-issuer = { $issuer }, { $date }

## Last page

verify-title = For clinics: how to check this record
verify-steps =
    1. Scan each QR code with a verifier that reads ephr codes.
    2. If a code does not scan, photograph the page and check the photo: ephr verify photo.jpg. If that fails too, ask the clinic that issued the entry.
    3. ephr checks the signature offline against the trust list of health authorities.
    4. Only a valid entry can be trusted; the printed tables repeat what is signed.
    5. Add what you do as a new signed entry; do not write on this booklet.
privacy-title = Your health information
privacy-text =
    This booklet is yours. It holds health information only: no legal status and no travel route.
    You decide who sees it. Nobody may take it from you.
    Health workers use it to care for you and to avoid repeating vaccines and tests.

insert-title = Confidential results
insert-text = This insert holds health results you chose to keep private. Keep it apart from your booklet and show it only to a health worker you choose. Your booklet is complete without it and does not show that this insert exists.
insert-holds = It holds
insert-footer = CONFIDENTIAL

## Values

sex-female = female
sex-male = male
sex-other = other
sex-unknown = unknown
kind-initial_assessment = initial assessment
kind-follow_up = follow-up
kind-vaccination = vaccination
kind-emergency = emergency
role-physician = physician
role-nurse = nurse
role-midwife = midwife
role-psychologist = psychologist
role-paramedic = paramedic
role-other = other health worker
problem-active = active
problem-inactive = inactive
problem-resolved = resolved
allergy-medication = medicine
allergy-food = food
allergy-environment = environment
allergy-biologic = biological
criticality-low = low
criticality-high = high
criticality-unable_to_assess = unknown
medication-active = taking
medication-completed = completed
medication-stopped = stopped
medication-intended = planned
source-documented = documented
source-reported = reported
source-given_here = given here
result-positive = positive
result-negative = negative
result-indeterminate = indeterminate
result-not_done = not done
result-normal = normal
result-abnormal = abnormal
pregnancy-pregnant = pregnant
pregnancy-not_pregnant = not pregnant
pregnancy-unknown = unknown
mh-no_concerns = no concerns
mh-concerns = concerns
mh-declined = declined
mh-not_done = not done
urgency-routine = routine
urgency-soon = soon
urgency-urgent = urgent
referral-planned = planned
referral-done = done
referral-cancelled = cancelled
alert-severe_allergy = severe allergy
alert-infectious = infection risk
alert-critical_medication = critical medicine
alert-high_risk_pregnancy = high-risk pregnancy
alert-urgent_follow_up = urgent follow-up
alert-other = alert

## Text report (ephr verify, ephr decode)

# Text report of ephr verify and ephr decode. Row labels are short: the label column is 12
# characters wide in English and grows to the longest label of a language.
# The labels shared with the booklet (Allergies, Vital signs, Pregnancy, Referrals, Entries,
# Issued by) and its value words are the keys above.
report-patient = Patient
report-born = born { $date }
report-nationality = nationality { $country }
report-speaks = speaks { $languages }
report-encounter = Encounter
report-mediator = mediator/interpreter present
report-problems = Problems
# Problems that are no longer active.
report-past-problems = Past probl.
report-medications = Medications
report-vaccines = Vaccines
# Vaccinations due; also printed in capitals before a due dose.
report-due = Due
report-results = Results
report-mental-health = Mental hlth
report-no-known-allergies = no known allergies
report-no-known-problems = no known problems
report-no-known-medications = no known medications
report-no-vaccination-records = NO VACCINATION RECORDS
report-code-unknown = { $code } (code not in ephr's tables)
report-dose-number = dose { $n }
# The first day a due vaccination can be given.
report-due-from = from { $date }
# Vital signs, abbreviated as on a chart.
report-height = height { $value } cm
report-weight = weight { $value } kg
report-bmi = BMI { $value }
report-bp = BP { $systolic }/{ $diastolic } mmHg
report-heart-rate = HR { $value }/min
report-respiratory-rate = RR { $value }/min
report-temperature = T { $value } °C
report-spo2 = SpO2 { $value } %
report-head = head { $value } cm
report-muac = MUAC { $value } cm
# Pregnancy: weeks of gestation, expected delivery date, pregnancies (gravida) and births (para).
report-weeks = { $n } weeks
report-delivery = due { $date }
report-gravida = G{ $n }
report-para = P{ $n }
# Mental health screening: the person was referred for support.
report-referred = referred
# The date a referral should happen by.
report-by = by { $date }
# Verdicts, in capitals: a card (entry) is valid, not valid, revoked, or shown unverified.
report-valid = VALID
report-not-valid = NOT VALID
report-revoked = REVOKED
report-unverified = UNVERIFIED
report-unreadable = CANNOT BE READ
report-unverified-note = content shown WITHOUT checking the signature
report-card = card { $id }
# Who issued a card, and when.
report-issued = { $authority } on { $time }
report-signed-with = Signed with
report-key = key { $kid }
report-expires = Expires
report-record-id = Record id
# The entry a follow-up adds to.
report-follows = Follows
report-entry = entry { $id }
# A record split over several cards: Part, 2 of 3.
report-part = Part
report-confidential = confidential
report-confidential-note = Confidential entry: shown by the person's choice. Do not copy its facts where others can see them.
report-n-of = { $n } of { $total }
report-key-id = Key id
report-card-id = Card id
# An unverified card: the issuer it claims, not checked.
report-issuer-says = Issuer says
report-content = Content
report-undecodable = cannot be decoded: { $error }
report-facts-below = (its facts are in the history of record { $record } below)
# The heading of a record's merged history: with one valid entry, and with n.
report-history-one = History of record { $record }: 1 valid entry, { $first } to { $last }
report-history = History of record { $record }: { $n } valid entries, { $first } to { $last }
# An entry that is not valid is listed with its record but none of its facts is used.
report-not-used = not used
report-doses-one = 1 dose recorded
report-doses = { $n } doses recorded
# How serious a finding about a set of entries is, in capitals.
report-problem = PROBLEM
report-warning = WARNING
report-note = NOTE
# First line of ephr verify: the time and the trust list the cards were checked against.
report-checked = Checked at { $time } against trust list version { $version } (signed by anchor { $anchor }, issued { $issued }, next update { $next })
report-findings = Findings about these entries
# Last line when several cards were checked.
report-cards-valid = { $valid } of { $total } cards valid

## Station (`ephr station`: the clinic's page in a browser)

station-title = ephr clinic station
# Shown on every screen: what the station keeps.
station-privacy = Nothing you check here is stored: not on this computer, not in any log. "Next person" clears everything, and so do { $minutes } minutes without use.
station-language = Language
station-add-heading = Add a card
station-scanner-label = Scanner or text
# Under the input that a USB or Bluetooth scanner types into.
station-scanner-hint = A barcode scanner types here by itself. You can also paste a card's text (PHR1:…).
station-check = Check
station-upload-label = Photo, screenshot, booklet PDF or .phr file
station-upload = Check the file
station-camera = Camera
station-camera-start = Start the camera
station-camera-stop = Stop the camera
station-camera-looking = Hold the code flat in front of the camera.
station-camera-found = Code found.
station-camera-none = No camera can be used in this browser. Use a scanner, or upload a photo.
station-next-person = Next person
station-cleared = Cleared: nothing of the previous person remains.
station-empty = No card yet. Show a code to the camera, scan it, or upload a file.
# The verdict for everything shown, in large type.
station-all-valid = VALID
station-some-invalid = NOT VALID
station-check-warnings = VALID, WITH WARNINGS
station-valid-count = { $valid } of { $total } cards valid
station-added = Added: { $n }
station-duplicate = Already checked.
# A button that switches the screen to the person's language so they can read their record.
station-person-language = Show to the person in { $language }
station-clinic-language = Back to { $language }
station-downloads = Print and export
station-booklet = Booklet (PDF)
station-a4 = A4 sheets (PDF)
station-wallet = Wallet card (PDF)
station-insert = Confidential insert (PDF)
station-fhir = FHIR document for the clinic's system (JSON)
station-bundle = All entries (.phr file)
station-cannot-print = Nothing can be printed: { $reason }
station-trust = Trust list
station-trust-status = Version { $version }, signed { $issued }, next update { $next }
station-trust-stale = OUT OF DATE: ask your health authority for the new trust list and install it below.
station-trust-demo = DEMO anchor: a valid card proves nothing.
station-trust-install = Install an update from a file
station-trust-installed = Trust list version { $version } installed.
station-trust-unchanged = This trust list is already installed.
station-trust-fixed = This station was started with a fixed trust list (--trust); restart it to use another.
station-trust-refused = Not installed: { $reason }
station-signin = Sign in
station-signin-code = Access code (printed where the station was started)
station-signin-wrong = That access code is not right.
station-signin-passphrase = Your passphrase
station-signin-wrong-operator = That name and passphrase do not match.
station-error = Cannot be read: { $reason }
station-too-large = The file is too large (more than { $mb } MB).
station-too-many = This person already has { $n } cards here. Press "Next person" to start again.

## Issuing station (`ephr station --issue`: the assessment form, drafts and the register)

station-issue-link = Issue: forms and register
station-issue-privacy = Drafts are saved in this site's register as you type, for { $drafts } days, and visible only to the operator who started them. Signed entries are kept { $entries } days for re-printing, then deleted.
station-issue-operator = Your name (recorded with every entry you sign)
station-issue-follow-button = Add a follow-up to this record
station-issue-title = Issue
station-issue-new-heading = New assessment
station-issue-new = Start a new assessment
station-issue-follow-hint = To add a follow-up, check the person's card on the main screen (camera, scanner or upload), then press "{ $button }".
station-issue-drafts = Your drafts
station-issue-no-drafts = No drafts. Every change to a form is saved here as you type.
station-issue-no-name = (no name yet)
station-issue-draft-follow-up = follow-up: { $about }
station-issue-find-heading = Find an issued entry
station-issue-find-label = Card id (as printed on the booklet) or name
station-issue-find = Find
station-issue-found-none = Nothing in the register matches.
station-issue-col-issued = Issued
station-issue-col-entry = Entry
station-issue-col-names = Names
station-issue-col-operator = Operator
station-issue-reprint = Re-print
station-issue-nav = Drafts and register
station-issue-follow-up = Follow-up entry
station-issue-saved-hint = Saved on this station as you type. Every problem is shown at its field.
station-issue-needs-js = The assessment form needs JavaScript.
station-issue-preview = Preview the booklet (PDF marked DEMO, not signed)
station-issue-sign = Sign and show for printing
station-issue-discard = Discard this draft
station-issue-discard-confirm = Discard this draft? It cannot be brought back.
# The form's words that the booklet does not print: parts of a field's name, buttons, and what
# the size meter says as the health worker types.
form-own-script = own script
form-given = given name
form-family = family name
form-systolic = systolic
form-diastolic = diastolic
form-country = Country
form-onset = Onset
form-note = Note
form-category = Category
form-criticality = Criticality
form-until = Until
form-lot = Lot
form-value = Value
form-unit = Unit
form-urgency = Urgency
form-not-given-here = not for doses given here
form-if-not-visit = if not the visit's
form-consent = Consent
form-consent-card = The person agreed to carry a confidential card (HIV, hepatitis, mental health, pregnancy results print apart)
form-confidential = Confidential
form-by-default = by default
form-code-placeholder = type words or a code
form-remove = Remove
form-saving = Saving…
form-signed-out = Signed out: sign in again; the draft is saved up to the last change.
form-not-saved = Not saved: { $reason }
form-unreachable = Not saved: the station cannot be reached. Keep this page open and try again.
form-problems = Saved. { $n } problem(s) to fix before signing.
form-size = { $chars } characters, QR version { $version } at level Q
form-confidential-size = Confidential card: { $chars } characters, version { $version }.
form-withheld = { $n } confidential item(s) go on no card (no consent to a confidential card).
form-split = Saved. Too large for one code: it will be split into { $n } signed cards ({ $sizes }).
form-fits = Saved. Fits one code: { $sizes }.

## Problems at a field: the rules a record must meet before it is signed (`ephr issue` prints
## them after the field's path, the issuing station under the field)

field-empty = is empty; leave the field out instead
field-spaces = has spaces at the start or end
field-too-long = is { $n } characters long; at most { $max } fit on the card
field-control = contains control characters (line breaks, tabs)
field-hidden = contains invisible formatting characters (direction overrides, zero-width spaces); type the text plainly
field-date = "{ $value }" is not a date of the form YYYY-MM-DD (years 1900-2100)
field-partial-date = "{ $value }" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD
field-icd10 = "{ $value }" is not a valid ICD-10 code (a letter, two digits, then optionally a dot and one or two digits, e.g. "E11.9")
field-atc = "{ $value }" is not a valid WHO ATC code (e.g. "A10BA02")
field-vaccine = "{ $value }" is not a WHO ATC vaccine code (J07…, e.g. "J07BD52" for MMR)
field-country = "{ $value }" is not an ISO 3166-1 alpha-2 country code (e.g. "SY", "GR")
field-language = "{ $value }" is not an ISO 639 language code (e.g. "ar", "fa", "prs")
field-too-many = has { $n } items; at most { $max } fit
field-empty-list = is an empty list; write "none_known" if you asked and there are none, or leave the field out
field-empty-section = is empty; leave it out instead
field-name-empty = has neither family nor given name; leave it out instead
field-name-latin-letters = must use the letters A-Z only (with spaces, hyphens and apostrophes), as in a passport's machine-readable zone
field-name-latin-missing = is missing: the name is not in Latin script, so give a Latin transliteration too (clinicians along the route must be able to read it)
field-estimated-no-date = is set but there is no birth_date
field-range = { $value } is outside the plausible range { $min }-{ $max }
field-tenths = { $value } has more than one decimal; the card stores tenths
field-diastolic = { $value } is not below the systolic pressure { $systolic }
field-dose-number = { $value } is not a dose number from 1 to 10
field-no-doses = has no doses; set "no_records": true if the person has no vaccination records
field-dose-date-required = is required for documented doses and doses given here
field-dose-given-here = is { $value }, but a dose given here has the encounter date { $date }; record doses given elsewhere as "documented"
field-loinc = "{ $value }" is not a valid LOINC code (digits, hyphen, check digit, e.g. "71773-6")
field-decimal = "{ $value }" is not a decimal number (at most 7 digits before and 4 after the point)
field-unit-without-value = is given without a value
field-unit = "{ $value }" is not a UCUM unit (e.g. "g/dL", "mmol/L")
field-value-not-done = is given for a test that was not done
field-pregnant-male = is "pregnant" but patient.sex is "male"
field-weeks = { $value } is more than 45 weeks
field-not-pregnant = gives a delivery date or gestational age but the status is not "pregnant"
field-implausible = { $value } is implausible
field-follow-up-before = { $value } is before the encounter of the entry it follows ({ $date }); a follow-up comes after
field-reveals-referral = the reason { $code } is a problem kept confidential, so this referral would give it away on the core card; mark the referral confidential too, or leave its reason out
field-reveals-alert = a high-risk pregnancy alert on the core card gives away the pregnancy that is kept confidential; mark the alert confidential too, or the pregnancy not confidential
field-after-issue = the encounter is dated { $encounter }, after the card's issue date { $issued }; a card records what has happened
field-item-too-large = { $item } does not fit one QR code even on a card of its own; shorten its text or choose a lower error-correction level
# What the JSON reader says (its words after the colon are the reader's, in English).
field-missing = missing field `{ $field }`
field-wrong-type = invalid type: { $found }, expected { $expected }
field-wrong-value = invalid value: { $found }, expected { $expected }
# A problem that has no words of its own in the catalogues: shown as ephr wrote it, in English.
field-other = { $problem }
