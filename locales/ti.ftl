# ephr booklet and wallet card labels: Tigrinya (Ethiopic script).
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
language-name = ትግርኛ

## Cover

title = ውልቃዊ መዝገብ ጥዕና
subtitle = ጽማቕ ገምጋም ጥዕና። ብጥንቃቐ ሓልውዎ፣ ኣብ ነፍሲ ወከፍ ክሊኒክ ድማ ኣርእይዎ።
card-title = ካርድ መዝገብ ጥዕና
demo-banner = DEMO (ንመርኣያ) — ሓቀኛ መዝገብ ጥዕና ኣይኮነን
name = ሽም
name-latin = ሽም ብላቲን ፊደላት
birth-date = ዕለተ ልደት
estimated = ግምታዊ
sex = ጾታ
nationality = ዜግነት
languages = ቋንቋታት
card-id = ካርድ
record-id = መዝገብ
issued-by = ዝሃበ ኣካል
issued-on = ዝተዋህበሉ ዕለት
no-name = ሽም ኣይተመዝገበን
not-recorded = ኣይተመዝገበን

## Entry

encounter = ገምጋም
encounter-date = ዕለት
encounter-site = ቦታ
encounter-kind = ዓይነት
encounter-role = ዝመርመረ
mediator = ባህላዊ መራኸቢ (cultural mediator) ወይ ተርጓሚ ነይሩ።
entry-heading = ምዝገባ { $n } ካብ { $total }
entries = ምዝገባታት
follows = ዝውስኸሉ ምዝገባ
follows-entry = ቁ. { $n }: ካርድ { $card }፣ { $date }
follows-elsewhere = ኣብዚ መጽሓፍ ዘየሎ ዝቐደመ ምዝገባ
part = ክፋል { $n } ካብ { $total }
page-footer = ገጽ { $n } ካብ { $total }
continued = ይቕጽል

## Sections

sec-immunizations = ክታበታት
sec-vaccinations-due = ግዚኦም ዝበጽሑ ክታበታት
sec-problems = ጸገማት ጥዕናን ዝተለለዩ ሕማማትን
sec-medications = መድሃኒታት
sec-allergies = ኣለርጂ
sec-results = መርመራታትን ውጽኢቶምን
sec-mental-health = መርመራ ጥዕና ኣእምሮ
sec-vital-signs = ቀንዲ ምልክታት ህይወት
sec-pregnancy = ጥንሲ
sec-referrals = ምስዳድ (referral)
sec-alerts = ማጠንቀቕታታት
sec-signed = ዝተፈረመ ምዝገባ
none-recorded = ዝተመዝገበ የለን
none-known = ዝፍለጥ የለን
no-vaccination-records = እዚ ሰብ ዝኾነ መዝገብ ክታበት የብሉን።

## Table columns

col-vaccine = ክታበት
col-date = ዕለት
col-dose = መጠን
col-source = ምንጪ
col-diagnosis = ዝተለለየ ሕማም
col-status = ኩነታት
col-medicine = መድሃኒት
col-dosage = መጠንን ኣወሳስዳን
col-substance = ንጥረ ነገር
col-reaction = ግብረ-መልሲ
col-test = መርመራ
col-result = ውጽኢት
col-to = ዝተሰደደሉ
col-due = ግዜ
col-alert = ማጠንቀቕታ
col-details = ዝርዝር
provisional = ግዝያዊ
onset = ካብ { $date } ጀሚሩ
until = ክሳብ { $date }
lot = ሎት { $lot }
date-unknown = ዕለት ኣይፍለጥን
reason = ምኽንያት: { $reason }
criticality = ሓደጋ: { $level }

## Vital signs and pregnancy

vital-height = ቁመት
vital-weight = ክብደት
vital-bp = ጸቕጢ ደም
vital-heart-rate = ህርመት ልቢ
vital-respiratory-rate = ቅልጣፈ ምስትንፋስ
vital-temperature = ሙቐት ኣካላት
vital-spo2 = ኦክስጅን ኣብ ደም (SpO2)
vital-head = ዙርያ ርእሲ
vital-muac = ዙርያ ማእከል ቅልጽም (MUAC)
pregnancy-status = ኩነታት
expected-delivery = ዝጽበ ዕለት ሕርሲ
gestational-weeks = ሰሙናት ጥንሲ
gravida = ብዝሒ ጥንሲ
para = ብዝሒ ሕርሲ
mh-outcome = ውጽኢት
mh-tool = መሳርሒ መርመራ
mh-referred = ንደገፍ ተሰዲዱ
yes = እወ
no = ኣይፋል

## QR code

qr-caption = ንምርግጋጽ ስካን ግበሩ: እዚ ምዝገባ ብዝሃቦ ኣካል ጥዕና ተፈሪሙ ኣሎ።
qr-issuer = { $issuer }፣ { $date }

## Last page

verify-title = ንክሊኒካት: ነዚ መዝገብ ብኸመይ ተረጋግጽዎ
verify-steps =
    1. ነፍሲ ወከፍ QR ኮድ ኮድታት ephr ብዘንብብ መረጋገጺ ስካን ግበሩ።
    2. ኮድ ስካን እንተዘይኮይኑ፣ ስእሊ እቲ ገጽ ኣልዕሉ እሞ ነቲ ስእሊ ኣረጋግጹ: ephr verify photo.jpg። እዚ እውን እንተዘይሰሪሑ፣ ነቲ ምዝገባ ዝሃበ ክሊኒክ ሕተቱ።
    3. ephr ነቲ ፊርማ ብዘይ ኢንተርነት ምስ ዝርዝር እሙናት ኣካላት ጥዕና የረጋግጽ።
    4. ኣብ ቅቡል ምዝገባ ጥራይ ክእመን ይከኣል፤ እቶም ዝተሓትሙ ሰሌዳታት ነቲ ዝተፈረመ ይደግሙ።
    5. ዝገበርኩምዎ ከም ሓድሽ ዝተፈረመ ምዝገባ ወስኹ፤ ኣብዚ መጽሓፍ ኣይትጽሓፉ።
privacy-title = ሓበሬታ ጥዕናኹም
privacy-text =
    እዚ መጽሓፍ ናትኩም እዩ። ሓበሬታ ጥዕና ጥራይ ሒዙ ኣሎ: ሕጋዊ ኩነታት ወይ መገዲ ጉዕዞ የብሉን።
    መን ክርእዮ ከም ዘለዎ ንስኹም ትውስኑ። ዝኾነ ሰብ ካባኹም ክወስዶ ኣይክእልን።
    ሰራሕተኛታት ጥዕና ንምክንኻንኩምን ክታበታትን መርመራታትን ከይደገሙን ይጥቀሙሉ።

insert-title = ምስጢራዊ ውጽኢታት
insert-text = እዚ ተወሳኺ ወረቐት ብሕታዊ ክኸውን ዝመረጽኩምዎ ውጽኢታት ጥዕና ሒዙ ኣሎ። ካብ መጽሓፍኩም ፈሊኹም ሓልውዎ፣ ንእትመርጽዎ ሰራሕተኛ ጥዕና ጥራይ ኣርእይዎ። መጽሓፍኩም ብዘይኡ ምሉእ እዩ፣ እዚ ወረቐት ከም ዘሎ ድማ ኣየርእን።
insert-holds = ዝሓዞ
insert-footer = ምስጢራዊ

## Values

sex-female = ኣንስተይቲ
sex-male = ተባዕታይ
sex-other = ካልእ
sex-unknown = ዘይፍለጥ
kind-initial_assessment = ቀዳማይ ገምጋም
kind-follow_up = ክትትል
kind-vaccination = ክታበት
kind-emergency = ህጹጽ ሓገዝ
role-physician = ሓኪም
role-nurse = ነርስ
role-midwife = መሕረሲት
role-psychologist = ክኢላ ስነ-ኣእምሮ
role-paramedic = ፓራሜዲክ
role-other = ካልእ ሰራሕተኛ ጥዕና
problem-active = ንጡፍ
problem-inactive = ዘይንጡፍ
problem-resolved = ሓዊዩ
allergy-medication = መድሃኒት
allergy-food = መግቢ
allergy-environment = ከባቢ
allergy-biologic = ባዮሎጂካዊ
criticality-low = ትሑት
criticality-high = ልዑል
criticality-unable_to_assess = ዘይፍለጥ
medication-active = ይውሰድ ኣሎ
medication-completed = ተዛዚሙ
medication-stopped = ተቋሪጹ
medication-intended = ተመዲቡ
source-documented = ብሰነድ
source-reported = ብቓል
source-given_here = ኣብዚ ተዋሂቡ
result-positive = ኣወንታዊ
result-negative = ኣሉታዊ
result-indeterminate = ዘይንጹር
result-not_done = ኣይተገብረን
result-normal = ንቡር
result-abnormal = ዘይንቡር
pregnancy-pregnant = ነፍሰ ጾር
pregnancy-not_pregnant = ነፍሰ ጾር ኣይኮነትን
pregnancy-unknown = ዘይፍለጥ
mh-no_concerns = ስክፍታ የለን
mh-concerns = ስክፍታ ኣሎ
mh-declined = ኣይተቐበለን
mh-not_done = ኣይተገብረን
urgency-routine = ልሙድ
urgency-soon = ኣብ ቀረባ ግዜ
urgency-urgent = ህጹጽ
referral-planned = ተመዲቡ
referral-done = ተፈጺሙ
referral-cancelled = ተሰሪዙ
alert-severe_allergy = ከቢድ ኣለርጂ
alert-infectious = ሓደጋ ምልባዕ
alert-critical_medication = ወሳኒ መድሃኒት
alert-high_risk_pregnancy = ልዑል ሓደጋ ዘለዎ ጥንሲ
alert-urgent_follow_up = ህጹጽ ክትትል
alert-other = ማጠንቀቕታ

## Text report (ephr verify, ephr decode)

report-patient = ሕሙም
report-born = ዝተወልደሉ { $date }
report-nationality = ዜግነት { $country }
report-speaks = ቋንቋታት: { $languages }
report-encounter = ምብጻሕ
report-mediator = መራኸቢ/ተርጓሚ ነይሩ
report-problems = ጸገማት
report-past-problems = ዝሓለፉ ጸገማት
report-medications = መድሃኒታት
report-vaccines = ክታበታት
report-due = ግዚኡ ዝበጽሐ
report-results = ውጽኢታት
report-mental-health = ጥዕና ኣእምሮ
report-no-known-allergies = ዝፍለጥ ኣለርጂ የለን
report-no-known-problems = ዝፍለጥ ጸገም የለን
report-no-known-medications = ዝፍለጥ መድሃኒት የለን
report-no-vaccination-records = መዝገብ ክታበት የለን
report-code-unknown = { $code } (ኣብ ሰሌዳታት ephr ዘየሎ ኮድ)
report-dose-number = መጠን { $n }
report-due-from = ካብ { $date }
report-height = ቁመት { $value } cm
report-weight = ክብደት { $value } kg
report-bmi = BMI { $value }
report-bp = ጸቕጢ ደም { $systolic }/{ $diastolic } mmHg
report-heart-rate = ህርመት { $value }/ደቒቕ
report-respiratory-rate = ምስትንፋስ { $value }/ደቒቕ
report-temperature = ሙቐት { $value } °C
report-spo2 = SpO2 { $value } %
report-head = ዙርያ ርእሲ { $value } cm
report-muac = MUAC { $value } cm
report-weeks = { $n } ሰሙን
report-delivery = ሕርሲ { $date }
report-gravida = ጥንሲ { $n }
report-para = ሕርሲ { $n }
report-referred = ተሰዲዱ
report-by = ክሳብ { $date }
report-valid = ቅቡል
report-not-valid = ዘይቅቡል
report-revoked = ተሰሪዙ
report-unverified = ዘይተረጋገጸ
report-unreadable = ኣይንበብን
report-unverified-note = ትሕዝቶ ፊርማ ከይተረጋገጸ እዩ ዝቐረበ
report-card = ካርድ { $id }
report-issued = { $authority }፣ { $time }
report-signed-with = ዝተፈረመሉ
report-key = መፍትሕ { $kid }
report-expires = ዘብቅዓሉ
report-record-id = ቁ. መዝገብ
report-follows = ይውስኽ ኣብ
report-entry = ምዝገባ { $id }
report-part = ክፋል
report-confidential = ምስጢራዊ
report-confidential-note = ምስጢራዊ ምዝገባ: ብምርጫ እቲ ሰብ እዩ ቐሪቡ። ትሕዝቶኡ ካልኦት ክርእይዎ ናብ ዝኽእሉ ቦታ ኣይትቕድሑ።
report-n-of = { $n } ካብ { $total }
report-key-id = መለለዪ መፍትሕ
report-card-id = መለለዪ ካርድ
report-issuer-says = ዝሃበ ከም ዝበሎ
report-content = ትሕዝቶ
report-undecodable = ክፍታሕ ኣይከኣለን: { $error }
report-facts-below = (ሓበሬታኡ ኣብ ታሕቲ ኣብ ታሪኽ መዝገብ { $record } ኣሎ)
report-history-one = ታሪኽ መዝገብ { $record }: 1 ቅቡል ምዝገባ፣ ካብ { $first } ክሳብ { $last }
report-history = ታሪኽ መዝገብ { $record }: { $n } ቅቡላት ምዝገባታት፣ ካብ { $first } ክሳብ { $last }
report-not-used = ኣይተጠቕመሉን
report-doses-one = 1 መጠን ተመዝጊቡ
report-doses = { $n } መጠናት ተመዝጊቦም
report-problem = ጸገም
report-warning = ማጠንቀቕታ
report-note = መዘኻኸሪ
report-checked = ዝተረጋገጸሉ { $time }፣ ብዝርዝር እሙናት ስሪት { $version } (ብመልሕቕ { $anchor } ዝተፈረመ፣ ዝተዋህበሉ { $issued }፣ ዝቕጽል ምሕዳስ { $next })
report-findings = ብዛዕባ እዞም ምዝገባታት ዝተረኽበ
report-cards-valid = ቅቡላት ካርድታት: { $valid } ካብ { $total }

## Station (`ephr station`: the clinic's page in a browser)

station-title = ናይ ክሊኒክ ephr መደበር
# Shown on every screen: what the station keeps.
station-privacy = ኣብዚ እተረጋግጽዎ ዝኾነ ነገር ኣይዕቀብን: ኣብዚ ኮምፒዩተር ይኹን ኣብ ዝኾነ መዝገብ ስራሕ። “ቀጻሊ ሰብ” ንኹሉ ይድምስስ፤ { $minutes } ደቓይቕ ከይተጠቐምኩምሉ እንተጸኒሑ እውን ኩሉ ይድምሰስ።
station-language = ቋንቋ
station-add-heading = ካርድ ወስኹ
station-scanner-label = ስካነር ወይ ጽሑፍ
# Under the input that a USB or Bluetooth scanner types into.
station-scanner-hint = ስካነር ባርኮድ ባዕሉ ኣብዚ ይጽሕፍ። ጽሑፍ ካርድ እውን ኣብዚ ክትልጥፉ ትኽእሉ ኢኹም (PHR1:…)።
station-check = ኣረጋግጹ
station-upload-label = ስእሊ፣ ስእሊ ስክሪን፣ PDF መጽሓፍ ወይ .phr ፋይል
station-upload = ፋይል ኣረጋግጹ
station-camera = ካሜራ
station-camera-start = ካሜራ ክፈቱ
station-camera-stop = ካሜራ ዕጸዉ
station-camera-looking = ነቲ ኮድ ኣብ ቅድሚ ካሜራ ብማዕረ ሓዝዎ።
station-camera-found = ኮድ ተረኺቡ።
station-camera-none = ኣብዚ ብራውዘር ዝኾነ ካሜራ ክጥቀሙ ኣይከኣልን። ስካነር ተጠቐሙ ወይ ስእሊ ኣእትዉ።
station-next-person = ቀጻሊ ሰብ
station-cleared = ተደምሲሱ: ካብቲ ዝሓለፈ ሰብ ዝተረፈ የለን።
station-empty = ገና ካርድ የለን። ንካሜራ ኮድ ኣርእዩ፣ ስካን ግበሩ ወይ ፋይል ኣእትዉ።
# The verdict for everything shown, in large type.
station-all-valid = ቅቡል
station-some-invalid = ዘይቅቡል
station-check-warnings = ቅቡል፣ ምስ ማጠንቀቕታታት
station-valid-count = ቅቡላት ካርድታት: { $valid } ካብ { $total }
station-added = ተወሲኹ: { $n }
station-duplicate = ድሮ ተረጋጊጹ እዩ።
# A button that switches the screen to the person's language so they can read their record.
station-person-language = ንሰብ ኣርእዩ: { $language }
station-clinic-language = ተመለሱ ናብ { $language }
station-downloads = ሕትመትን ምውጻእን
station-booklet = መጽሓፍ (PDF)
station-a4 = A4 ወረቓቕቲ (PDF)
station-wallet = ካርድ ቦርሳ (PDF)
station-insert = ምስጢራዊ ተወሳኺ ወረቐት (PDF)
station-fhir = ሰነድ FHIR ንስርዓት ክሊኒክ (JSON)
station-bundle = ኩሎም ምዝገባታት (.phr ፋይል)
station-cannot-print = ዝሕተም የለን: { $reason }
station-trust = ዝርዝር እሙናት
station-trust-status = ስሪት { $version }፣ ዝተፈረመ { $issued }፣ ዝቕጽል ምሕዳስ { $next }
station-trust-stale = ግዚኡ ሓሊፉ: ካብ ኣካል ጥዕናኹም ሓድሽ ዝርዝር እሙናት ሕተቱ እሞ ኣብ ታሕቲ ኣእትውዎ።
station-trust-demo = መልሕቕ DEMO: ቅቡል ካርድ ዋላ ሓንቲ ኣየረጋግጽን።
station-trust-install = ምሕዳስ ካብ ፋይል ኣእትዉ
station-trust-installed = ዝርዝር እሙናት ስሪት { $version } ኣትዩ።
station-trust-unchanged = እዚ ዝርዝር እሙናት ድሮ ኣትዩ ኣሎ።
station-trust-fixed = እዚ መደበር ብዘይቀያየር ዝርዝር እሙናት (--trust) እዩ ተጀሚሩ፤ ካልእ ንምጥቃም ዳግማይ ጀምርዎ።
station-trust-refused = ኣይኣተወን: { $reason }
station-signin = ምእታው
station-signin-code = ኮድ መእተዊ (መደበር ኣብ ዝተጀመረሉ ዝተረኣየ)
station-signin-wrong = እዚ ኮድ መእተዊ ግጉይ እዩ።
station-signin-passphrase = ናይ ባዕልኹም መሕለፊ ቃል
station-signin-wrong-operator = እዚ ስምን መሕለፊ ቃልን ኣይሰማማዕን እዩ።
station-error = ክንበብ ኣይከኣለን: { $reason }
station-too-large = እቲ ፋይል ኣዝዩ ዓብዪ እዩ (ካብ { $mb } MB ንላዕሊ)።
station-too-many = እዚ ሰብ ኣብዚ ድሮ { $n } ካርድታት ኣለዎ። ዳግማይ ንምጅማር “ቀጻሊ ሰብ” ጠውቑ።

## Issuing station (`ephr station --issue`: the assessment form, drafts and the register)

station-issue-link = ምውጻእ: ቅጥዕታትን መዝገብን
station-issue-privacy = ረቂቓት ክትጽሕፉ ከለኹም ኣብ መዝገብ ናይዚ ቦታ ን{ $drafts } መዓልታት ይዕቀቡ፣ እቲ ዝጀመሮም ሰራሕተኛ ጥራይ ይርእዮም። ዝተፈረሙ መእተዊታት ንዳግማይ ሕትመት { $entries } መዓልታት ይዕቀቡ፣ ድሕሪኡ ይድምሰሱ።
station-issue-operator = ስምኩም (ምስ ዝፍርምዎ ነፍሲ ወከፍ መእተዊ ይምዝገብ)
station-issue-follow-button = ናብዚ ፋይል ክትትል ወስኹ
station-issue-title = ምውጻእ
station-issue-new-heading = ሓድሽ ገምጋም
station-issue-new = ሓድሽ ገምጋም ጀምሩ
station-issue-follow-hint = ክትትል ንምውሳኽ፣ ካርድ ናይቲ ሰብ ኣብ ቀንዲ ገጽ ኣረጋግጹ (ካሜራ፣ ስካነር ወይ ፋይል)፣ ድሕሪኡ «{ $button }» ጠውቑ።
station-issue-drafts = ረቂቓትኩም
station-issue-no-drafts = ረቂቕ የለን። ነፍሲ ወከፍ ለውጢ ቅጥዒ ክትጽሕፉ ከለኹም ኣብዚ ይዕቀብ።
station-issue-no-name = (ገና ስም የብሉን)
station-issue-draft-follow-up = ክትትል: { $about }
station-issue-find-heading = ዝወጸ መእተዊ ድለዩ
station-issue-find-label = ቁጽሪ ካርድ (ከምቲ ኣብ መጽሓፍ ዝተሓትመ) ወይ ስም
station-issue-find = ድለ
station-issue-found-none = ኣብ መዝገብ ዝሰማማዕ የለን።
station-issue-col-issued = ዝወጸሉ
station-issue-col-entry = መእተዊ
station-issue-col-names = ኣስማት
station-issue-col-operator = ሰራሕተኛ
station-issue-reprint = ዳግማይ ሕትመት
station-issue-nav = ረቂቓትን መዝገብን
station-issue-follow-up = መእተዊ ክትትል
station-issue-saved-hint = ክትጽሕፉ ከለኹም ኣብዚ መደበር ይዕቀብ። ነፍሲ ወከፍ ጸገም ኣብ ጥቓ ቦትኡ ይርአ።
station-issue-needs-js = ቅጥዒ ገምጋም JavaScript የድልዮ።
station-issue-preview = ቅድመ ርእይቶ መጽሓፍ (PDF ብምልክት DEMO፣ ዘይተፈረመ)
station-issue-sign = ፈርሙን ንሕትመት ኣርእዩን
station-issue-discard = ነዚ ረቂቕ ደርብዩ
station-issue-discard-confirm = እዚ ረቂቕ ይደርበ? ክምለስ ኣይክእልን እዩ።
# The form's words that the booklet does not print: parts of a field's name, buttons, and what
# the size meter says as the health worker types.
form-own-script = ብናቱ ጽሑፍ
form-given = ስም
form-family = ስም ስድራ
form-systolic = ሲስቶሊክ
form-diastolic = ዲያስቶሊክ
form-country = ሃገር
form-onset = መጀመርታ
form-note = መዘኻኸሪ
form-category = ዓይነት
form-criticality = ደረጃ ሓደጋ
form-until = ክሳብ
form-lot = ሎት
form-value = ዋጋ
form-unit = መለክዒ
form-urgency = ህጹጽነት
form-not-given-here = ኣብዚ ንዝተዋህቡ ዶዝ ኣይኮነን
form-if-not-visit = ዕለት ናይቲ ምብጻሕ እንተዘይኮይኑ
form-consent = ፍቓድ
form-consent-card = እቲ ሰብ ምስጢራዊ ካርድ ክሕዝ ተሰማሚዑ (ውጽኢታት HIV፣ ሄፓታይቲስ፣ ኣእምሯዊ ጥዕና፣ ጥንሲ ተፈልዮም ይሕተሙ)
form-confidential = ምስጢራዊ
form-by-default = ብንቡር
form-code-placeholder = ቃላት ወይ ኮድ ጽሓፉ
form-remove = ኣልግሱ
form-saving = ይዕቀብ ኣሎ…
form-signed-out = ወጺእኩም: እንደገና እቶ፤ እቲ ረቂቕ ክሳብ እቲ ናይ መወዳእታ ለውጢ ተዓቂቡ ኣሎ።
form-not-saved = ኣይተዓቀበን: { $reason }
form-unreachable = ኣይተዓቀበን: ናብቲ መደበር ክብጻሕ ኣይከኣለን። ነዚ ገጽ ክፉት ሓዝዎ እሞ እንደገና ፈትኑ።
form-problems = ተዓቂቡ። ቅድሚ ምፍራም ክእረሙ ዘለዎም ጸገማት: { $n }።
form-size = { $chars } ፊደላት፣ QR ሕታም { $version } ኣብ ደረጃ Q
form-confidential-size = ምስጢራዊ ካርድ: { $chars } ፊደላት፣ ሕታም { $version }።
form-withheld = ኣብ ዝኾነ ካርድ ዘይኣትዉ ምስጢራውያን ኣቕሑ (ንምስጢራዊ ካርድ ፍቓድ የለን): { $n }።
form-split = ተዓቂቡ። ንሓደ ኮድ ዓቢ እዩ: ናብ { $n } ዝተፈረማ ካርድታት ክምቀል እዩ ({ $sizes })።
form-fits = ተዓቂቡ። ኣብ ሓደ ኮድ ይኣቱ: { $sizes }።

## Problems at a field: the rules a record must meet before it is signed (`ephr issue` prints
## them after the field's path, the issuing station under the field)

field-empty = ባዶ እዩ፤ ኣብ ክንድኡ እቲ ቦታ ግደፍዎ።
field-spaces = ኣብ መጀመርታ ወይ መወዳእታ ባዶ ቦታታት ኣለዉ።
field-too-long = { $n } ፊደላት ነዊሕ እዩ፤ ኣብ ካርድ ብዝበዝሐ { $max } ይኣትዉ።
field-control = ናይ ምቁጽጻር ፊደላት ኣለዉዎ (ምብታኽ መስመር፣ ታብ)።
field-hidden = ዘይርኣዩ ናይ ቅርጺ ፊደላት ኣለዉዎ (ለውጢ ኣንፈት፣ ስፍሓት ዘይብሎም ባዶ ቦታታት)፤ ጽሑፍ ብቐሊሉ ጽሓፉ።
field-date = «{ $value }» ብቕርጺ YYYY-MM-DD ዕለት ኣይኮነን (ዓመታት 1900-2100)።
field-partial-date = «{ $value }» ብቕርጺ YYYY፣ YYYY-MM ወይ YYYY-MM-DD ዕለት ኣይኮነን።
field-icd10 = «{ $value }» ቅኑዕ ናይ ICD-10 ኮድ ኣይኮነን (ሓንቲ ፊደል፣ ክልተ ኣሃዛት፣ ድሕሪኡ ከም ድላይኩም ነጥብን ሓደ ወይ ክልተ ኣሃዛትን፣ ንኣብነት «E11.9»)።
field-atc = «{ $value }» ቅኑዕ ናይ WHO ATC ኮድ ኣይኮነን (ንኣብነት «A10BA02»)።
field-vaccine = «{ $value }» ናይ WHO ATC ኮድ ክታበት ኣይኮነን (J07…፣ ንኣብነት «J07BD52» ንMMR)።
field-country = «{ $value }» ናይ ISO 3166-1 alpha-2 ኮድ ሃገር ኣይኮነን (ንኣብነት «SY»፣ «GR»)።
field-language = «{ $value }» ናይ ISO 639 ኮድ ቋንቋ ኣይኮነን (ንኣብነት «ar»፣ «fa»፣ «prs»)።
field-too-many = { $n } ኣቕሑ ኣለዉዎ፤ ብዝበዝሐ { $max } ይኣትዉ።
field-empty-list = ዝርዝር ባዶ እዩ፤ ሓቲትኩም እንተዘየለ «none_known» ጽሓፉ፣ ወይ እቲ ቦታ ግደፍዎ።
field-empty-section = ባዶ እዩ፤ ኣብ ክንድኡ ግደፍዎ።
field-name-empty = ስም ስድራ ይኹን ስም የብሉን፤ ኣብ ክንድኡ ግደፍዎ።
field-name-latin-letters = ፊደላት A-Z ጥራይ (ምስ ባዶ ቦታ፣ ሰረዝን ኣፖስትሮፍን)፣ ከምቲ ኣብ ብማሽን ዝንበብ ክፋል ፓስፖርት።
field-name-latin-missing = የለን: እቲ ስም ብላቲን ፊደላት ኣይኮነን፣ ስለዚ ብላቲን ዝተጻሕፈ እውን ሃቡ (ኣብ መገዲ ዘለዉ ሰራሕተኛታት ጥዕና ከንብብዎ ክኽእሉ ኣለዎም)።
field-estimated-no-date = ተመሪጹ ኣሎ፣ ግን ዕለት ልደት የለን።
field-range = { $value } ካብቲ ተቐባልነት ዘለዎ ደረት { $min }-{ $max } ወጻኢ እዩ።
field-tenths = { $value } ካብ ሓደ ዝበዝሕ ዓስራይ ኣሃዝ ኣለዎ፤ ካርድ ዓስራይ ክፋላት ይሕዝ።
field-diastolic = { $value } ካብ ሲስቶሊክ ጸቕጢ { $systolic } ኣይተሓተን።
field-dose-number = { $value } ካብ 1 ክሳብ 10 ቁጽሪ ዶዝ ኣይኮነን።
field-no-doses = ዶዝ የብሉን፤ እቲ ሰብ ዝኾነ መዝገብ ክታበት እንተዘይብሉ «no_records»: true ጽሓፉ።
field-dose-date-required = ንዝተሰነዱ ዶዝን ኣብዚ ንዝተዋህቡ ዶዝን ኣድላዪ እዩ።
field-dose-given-here = { $value } እዩ፣ ግን ኣብዚ ዝተዋህበ ዶዝ ዕለት ምብጻሕ { $date } ኣለዎ፤ ኣብ ካልእ ቦታ ዝተዋህቡ ዶዝ ከም «ዝተሰነደ» መዝግቡ።
field-loinc = «{ $value }» ቅኑዕ ናይ LOINC ኮድ ኣይኮነን (ኣሃዛት፣ ሰረዝ፣ መረጋገጺ ኣሃዝ፣ ንኣብነት «71773-6»)።
field-decimal = «{ $value }» ዓስራዊ ቁጽሪ ኣይኮነን (ቅድሚ ነጥቢ ብዝበዝሐ 7 ድሕሪኡ 4 ኣሃዛት)።
field-unit-without-value = ብዘይ ዋጋ ተዋሂቡ።
field-unit = «{ $value }» ናይ UCUM መለክዒ ኣይኮነን (ንኣብነት «g/dL»፣ «mmol/L»)።
field-value-not-done = ንዘይተገብረ መርመራ ተዋሂቡ።
field-pregnant-male = «ነፍሰ ጾር» እዩ ግን ጾታ ናይቲ ሰብ «ተባዕታይ» እዩ።
field-weeks = { $value } ካብ 45 ሰሙን ይበዝሕ።
field-not-pregnant = ዕለት ሕርሲ ወይ ዕድመ ጥንሲ ተዋሂቡ ግን ኩነታት «ነፍሰ ጾር» ኣይኮነን።
field-implausible = { $value } ተቐባልነት የብሉን።
field-follow-up-before = { $value } ቅድሚ ምብጻሕ ናይቲ ዝስዕቦ መእተዊ ({ $date }) እዩ፤ ክትትል ድሕሪኡ ይመጽእ።
field-reveals-referral = ምኽንያት { $code } ምስጢራዊ ጸገም እዩ፣ ስለዚ እዚ ምስዳድ ኣብ ቀንዲ ካርድ ከቃልዖ እዩ፤ ነቲ ምስዳድ እውን ምስጢራዊ ግበርዎ፣ ወይ ምኽንያቱ ኣልግስዎ።
field-reveals-alert = ኣብ ቀንዲ ካርድ ዘሎ መጠንቀቕታ ሓደገኛ ጥንሲ ነቲ ምስጢራዊ ጥንሲ የቃልዖ፤ ነቲ መጠንቀቕታ እውን ምስጢራዊ ግበርዎ፣ ወይ ነቲ ጥንሲ ዘይምስጢራዊ።
field-after-issue = ዕለት ምብጻሕ { $encounter } እዩ፣ ድሕሪ ዕለት ምውጻእ ካርድ { $issued }፤ ካርድ ዝተፈጸመ ይምዝግብ።
field-item-too-large = { $item } ኣብ ናይ ባዕሉ ካርድ እውን ኣብ ሓደ QR ኮድ ኣይኣቱን፤ ጽሑፉ ኣሕጽሩ ወይ ትሑት ደረጃ ምእራም ጌጋ ምረጹ።
# What the JSON reader says (its words after the colon are the reader's, in English).
field-missing = ኣድላዪ ቦታ የለን: { $field }
field-wrong-type = ጌጋ ዓይነት ዋጋ: { $found } (ዝድለ: { $expected })
field-wrong-value = ጌጋ ዋጋ: { $found } (ዝድለ: { $expected })
# A problem that has no words of its own in the catalogues: shown as ephr wrote it, in English.
field-other = { $problem }
