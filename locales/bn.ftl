# ephr booklet and wallet card labels: Bengali.
#
# Format: Project Fluent (https://projectfluent.org/), plain messages only:
#   key = text
# A message may go on over indented lines (each is a new line of text).
# { $name } is filled in by ephr; keep every { $name } of a message when translating.
# Every catalogue must have exactly the keys of this one (a test checks).
# Keep texts short: an A6 page is 105 mm wide and holds two languages.
#
# Status: machine-quality (drafted by ephr's developers with machine help from en.ftl, 2026-12-03; reviewed by nobody). See docs/TRANSLATIONS.md.

## Language

# The language's own name, shown in language pickers and on the last page.
language-name = বাংলা

## Cover

title = ব্যক্তিগত স্বাস্থ্য রেকর্ড
subtitle = একটি স্বাস্থ্য মূল্যায়নের সারসংক্ষেপ। এটি যত্ন করে রাখুন এবং প্রতিটি ক্লিনিকে দেখান।
card-title = স্বাস্থ্য রেকর্ড কার্ড
# On every page and card face of a booklet signed with the shipped demo key.
demo-banner = ডেমো (DEMO) — এটি আসল স্বাস্থ্য রেকর্ড নয়
name = নাম
name-latin = ল্যাটিন (ইংরেজি) অক্ষরে নাম
birth-date = জন্মতারিখ
estimated = আনুমানিক
sex = লিঙ্গ
nationality = জাতীয়তা
languages = ভাষা
card-id = কার্ড
record-id = রেকর্ড
issued-by = প্রদানকারী
issued-on = প্রদানের তারিখ
no-name = নাম লেখা নেই
not-recorded = লেখা নেই

## Entry

encounter = মূল্যায়ন
encounter-date = তারিখ
encounter-site = স্থান
encounter-kind = ধরন
encounter-role = যিনি দেখেছেন
mediator = একজন সাংস্কৃতিক মধ্যস্থতাকারী বা দোভাষী উপস্থিত ছিলেন।
entry-heading = এন্ট্রি { $n } (মোট { $total })
entries = এন্ট্রি
follows = যে এন্ট্রির সঙ্গে যুক্ত
# The entry a follow-up adds to, when it is in the same booklet.
follows-entry = নং { $n }: কার্ড { $card }, { $date }
follows-elsewhere = আগের একটি এন্ট্রি, যা এই পুস্তিকায় নেই
part = অংশ { $n } (মোট { $total })
page-footer = পৃষ্ঠা { $n } (মোট { $total })
continued = আগের অংশের পর

## Sections

sec-immunizations = টিকা
sec-vaccinations-due = বাকি টিকা
sec-problems = সমস্যা ও রোগনির্ণয়
sec-medications = ওষুধ
sec-allergies = অ্যালার্জি
sec-results = স্ক্রিনিং ও পরীক্ষার ফলাফল
sec-mental-health = মানসিক স্বাস্থ্য স্ক্রিনিং
sec-vital-signs = ভাইটাল সাইন
sec-pregnancy = গর্ভাবস্থা
sec-referrals = রেফারেল
sec-alerts = সতর্কতা
sec-signed = স্বাক্ষরিত এন্ট্রি
none-recorded = কিছু লেখা নেই
none-known = জানা নেই
no-vaccination-records = এই ব্যক্তির কোনো টিকার রেকর্ড নেই।

## Table columns

col-vaccine = টিকা
col-date = তারিখ
col-dose = ডোজ
col-source = উৎস
col-diagnosis = রোগনির্ণয়
col-status = অবস্থা
col-medicine = ওষুধ
col-dosage = মাত্রা
col-substance = উপাদান
col-reaction = প্রতিক্রিয়া
col-test = পরীক্ষা
col-result = ফলাফল
col-to = যেখানে পাঠানো হয়েছে
col-due = নির্ধারিত সময়
col-alert = সতর্কতা
# What an alert says (beside its kind).
col-details = বিস্তারিত
provisional = অস্থায়ী
onset = { $date } থেকে
until = { $date } পর্যন্ত
lot = লট { $lot }
# A vaccine dose whose date the person did not know.
date-unknown = তারিখ জানা নেই
reason = কারণ: { $reason }
criticality = ঝুঁকি: { $level }

## Vital signs and pregnancy

vital-height = উচ্চতা
vital-weight = ওজন
vital-bp = রক্তচাপ
vital-heart-rate = হৃৎস্পন্দন
vital-respiratory-rate = শ্বাসের হার
vital-temperature = তাপমাত্রা
vital-spo2 = অক্সিজেন স্যাচুরেশন
vital-head = মাথার পরিধি
vital-muac = মধ্য-ঊর্ধ্ববাহুর পরিধি
pregnancy-status = অবস্থা
expected-delivery = সম্ভাব্য প্রসবের তারিখ
gestational-weeks = গর্ভকাল (সপ্তাহ)
gravida = গর্ভধারণের সংখ্যা
para = প্রসবের সংখ্যা
mh-outcome = ফলাফল
mh-tool = স্ক্রিনিং টুল
mh-referred = সহায়তার জন্য রেফার করা হয়েছে
yes = হ্যাঁ
no = না

## QR code

qr-caption = যাচাই করতে স্ক্যান করুন: এই এন্ট্রিতে প্রদানকারী স্বাস্থ্য কর্তৃপক্ষের স্বাক্ষর আছে।
qr-issuer = { $issuer }, { $date }

## Last page

verify-title = ক্লিনিকের জন্য: এই রেকর্ড কীভাবে যাচাই করবেন
verify-steps =
    1. ephr কোড পড়তে পারে এমন একটি যাচাইকারী দিয়ে প্রতিটি QR কোড স্ক্যান করুন।
    2. কোনো কোড স্ক্যান না হলে পৃষ্ঠার ছবি তুলে ছবিটি যাচাই করুন (ephr verify photo.jpg)। তাতেও না হলে যে ক্লিনিক এন্ট্রিটি দিয়েছে তাদের জিজ্ঞেস করুন।
    3. ephr অফলাইনে স্বাস্থ্য কর্তৃপক্ষের ট্রাস্ট লিস্টের সঙ্গে মিলিয়ে স্বাক্ষর যাচাই করে।
    4. শুধু বৈধ এন্ট্রিই বিশ্বাসযোগ্য; ছাপা টেবিলগুলো স্বাক্ষরিত তথ্যই আবার দেখায়।
    5. আপনি যা করবেন তা নতুন স্বাক্ষরিত এন্ট্রি হিসেবে যোগ করুন; এই পুস্তিকায় কিছু লিখবেন না।
privacy-title = আপনার স্বাস্থ্য তথ্য
privacy-text =
    এই পুস্তিকাটি আপনার। এতে শুধু স্বাস্থ্য তথ্য আছে: কোনো আইনগত অবস্থা বা যাত্রাপথের তথ্য নেই।
    কে এটি দেখবে তা আপনি ঠিক করবেন। কেউ এটি আপনার কাছ থেকে নিয়ে নিতে পারবে না।
    স্বাস্থ্যকর্মীরা এটি আপনার চিকিৎসার জন্য এবং টিকা ও পরীক্ষা বারবার না করার জন্য ব্যবহার করেন।

insert-title = গোপনীয় ফলাফল
insert-text = এই আলাদা পাতায় এমন স্বাস্থ্য ফলাফল আছে যা আপনি গোপন রাখতে চেয়েছেন। এটি পুস্তিকা থেকে আলাদা রাখুন এবং শুধু আপনার পছন্দের স্বাস্থ্যকর্মীকে দেখান। এটি ছাড়াই আপনার পুস্তিকা সম্পূর্ণ, এবং পুস্তিকায় এই পাতার কোনো উল্লেখ নেই।
insert-holds = এতে আছে
insert-footer = গোপনীয়

## Values

sex-female = নারী
sex-male = পুরুষ
sex-other = অন্যান্য
sex-unknown = অজানা
kind-initial_assessment = প্রাথমিক মূল্যায়ন
kind-follow_up = ফলো-আপ
kind-vaccination = টিকাদান
kind-emergency = জরুরি
role-physician = চিকিৎসক
role-nurse = নার্স
role-midwife = মিডওয়াইফ
role-psychologist = মনোবিজ্ঞানী
role-paramedic = প্যারামেডিক
role-other = অন্য স্বাস্থ্যকর্মী
problem-active = চলমান
problem-inactive = নিষ্ক্রিয়
problem-resolved = সেরে গেছে
allergy-medication = ওষুধ
allergy-food = খাবার
allergy-environment = পরিবেশ
allergy-biologic = জৈবিক
criticality-low = কম
criticality-high = বেশি
criticality-unable_to_assess = অজানা
medication-active = চলছে
medication-completed = শেষ হয়েছে
medication-stopped = বন্ধ করা হয়েছে
medication-intended = পরিকল্পিত
source-documented = নথিভুক্ত
source-reported = মুখে জানানো
source-given_here = এখানে দেওয়া
result-positive = পজিটিভ
result-negative = নেগেটিভ
result-indeterminate = অনির্ধারিত
result-not_done = করা হয়নি
result-normal = স্বাভাবিক
result-abnormal = অস্বাভাবিক
pregnancy-pregnant = গর্ভবতী
pregnancy-not_pregnant = গর্ভবতী নন
pregnancy-unknown = অজানা
mh-no_concerns = উদ্বেগের কিছু নেই
mh-concerns = উদ্বেগের বিষয় আছে
mh-declined = রাজি হননি
mh-not_done = করা হয়নি
urgency-routine = নিয়মিত
urgency-soon = শিগগির
urgency-urgent = জরুরি
referral-planned = পরিকল্পিত
referral-done = সম্পন্ন
referral-cancelled = বাতিল
alert-severe_allergy = মারাত্মক অ্যালার্জি
alert-infectious = সংক্রমণের ঝুঁকি
alert-critical_medication = অপরিহার্য ওষুধ
alert-high_risk_pregnancy = উচ্চ-ঝুঁকির গর্ভাবস্থা
alert-urgent_follow_up = জরুরি ফলো-আপ
alert-other = সতর্কতা

## Text report (ephr verify, ephr decode)

# Text report of ephr verify and ephr decode. Row labels are short: the label column is 12
# characters wide in English and grows to the longest label of a language.
# The labels shared with the booklet (Allergies, Vital signs, Pregnancy, Referrals, Entries,
# Issued by) and its value words are the keys above.
report-patient = রোগী
report-born = জন্ম { $date }
report-nationality = জাতীয়তা { $country }
report-speaks = ভাষা { $languages }
report-encounter = মূল্যায়ন
report-mediator = মধ্যস্থতাকারী/দোভাষী উপস্থিত
report-problems = সমস্যা
# Problems that are no longer active.
report-past-problems = আগের সমস্যা
report-medications = ওষুধ
report-vaccines = টিকা
# Vaccinations due; also printed in capitals before a due dose.
report-due = বাকি
report-results = ফলাফল
report-mental-health = মানসিক স্বাস্থ্য
report-no-known-allergies = কোনো জানা অ্যালার্জি নেই
report-no-known-problems = কোনো জানা সমস্যা নেই
report-no-known-medications = কোনো জানা ওষুধ নেই
report-no-vaccination-records = কোনো টিকার রেকর্ড নেই
report-code-unknown = { $code } (কোডটি ephr-এর তালিকায় নেই)
report-dose-number = ডোজ { $n }
# The first day a due vaccination can be given.
report-due-from = { $date } থেকে
# Vital signs, abbreviated as on a chart.
report-height = উচ্চতা { $value } cm
report-weight = ওজন { $value } kg
report-bmi = BMI { $value }
report-bp = রক্তচাপ { $systolic }/{ $diastolic } mmHg
report-heart-rate = হৃৎস্পন্দন { $value }/মিনিট
report-respiratory-rate = শ্বাস { $value }/মিনিট
report-temperature = তাপমাত্রা { $value } °C
report-spo2 = SpO2 { $value } %
report-head = মাথা { $value } cm
report-muac = MUAC { $value } cm
# Pregnancy: weeks of gestation, expected delivery date, pregnancies (gravida) and births (para).
report-weeks = { $n } সপ্তাহ
report-delivery = সম্ভাব্য প্রসব { $date }
report-gravida = G{ $n }
report-para = P{ $n }
# Mental health screening: the person was referred for support.
report-referred = রেফার করা হয়েছে
# The date a referral should happen by.
report-by = { $date }-এর মধ্যে
# Verdicts, in capitals: a card (entry) is valid, not valid, revoked, or shown unverified.
report-valid = বৈধ
report-not-valid = বৈধ নয়
report-revoked = বাতিলকৃত
report-unverified = যাচাই করা হয়নি
report-unreadable = পড়া যাচ্ছে না
report-unverified-note = স্বাক্ষর যাচাই না করেই বিষয়বস্তু দেখানো হয়েছে
report-card = কার্ড { $id }
# Who issued a card, and when.
report-issued = { $authority }, { $time }
report-signed-with = স্বাক্ষরে ব্যবহৃত
report-key = কী { $kid }
report-expires = মেয়াদ শেষ
report-record-id = রেকর্ড আইডি
# The entry a follow-up adds to.
report-follows = পূর্ববর্তী
report-entry = এন্ট্রি { $id }
# A record split over several cards: Part, 2 of 3.
report-part = অংশ
report-confidential = গোপনীয়
report-confidential-note = গোপনীয় এন্ট্রি: ব্যক্তির ইচ্ছায় দেখানো হয়েছে। এর তথ্য এমন কোথাও লিখবেন না যেখানে অন্যরা দেখতে পারে।
report-n-of = { $n } (মোট { $total })
report-key-id = কী আইডি
report-card-id = কার্ড আইডি
# An unverified card: the issuer it claims, not checked.
report-issuer-says = প্রদানকারীর দাবি
report-content = বিষয়বস্তু
report-undecodable = ডিকোড করা যায়নি: { $error }
report-facts-below = (এর তথ্য নিচে রেকর্ড { $record }-এর ইতিহাসে আছে)
# The heading of a record's merged history: with one valid entry, and with n.
report-history-one = রেকর্ড { $record }-এর ইতিহাস: 1টি বৈধ এন্ট্রি, { $first } থেকে { $last }
report-history = রেকর্ড { $record }-এর ইতিহাস: { $n }টি বৈধ এন্ট্রি, { $first } থেকে { $last }
# An entry that is not valid is listed with its record but none of its facts is used.
report-not-used = ব্যবহার করা হয়নি
report-doses-one = 1টি ডোজ লেখা আছে
report-doses = { $n }টি ডোজ লেখা আছে
# How serious a finding about a set of entries is, in capitals.
report-problem = সমস্যা
report-warning = সতর্কবার্তা
report-note = নোট
# First line of ephr verify: the time and the trust list the cards were checked against.
report-checked = { $time }-এ যাচাই করা হয়েছে, ট্রাস্ট লিস্ট সংস্করণ { $version } অনুযায়ী (অ্যাঙ্কর { $anchor }-এর স্বাক্ষর, প্রকাশ { $issued }, পরবর্তী হালনাগাদ { $next })
report-findings = এই এন্ট্রিগুলো সম্পর্কে পর্যবেক্ষণ
# Last line when several cards were checked.
report-cards-valid = { $total }টি কার্ডের মধ্যে { $valid }টি বৈধ

## Station (`ephr station`: the clinic's page in a browser)

station-title = ephr ক্লিনিক স্টেশন
# Shown on every screen: what the station keeps.
station-privacy = এখানে আপনি যা যাচাই করেন তার কিছুই সংরক্ষিত হয় না: এই কম্পিউটারে নয়, কোনো লগেও নয়। "পরবর্তী ব্যক্তি" চাপলে সব মুছে যায়, { $minutes } মিনিট ব্যবহার না হলেও মুছে যায়।
station-language = ভাষা
station-add-heading = একটি কার্ড যোগ করুন
station-scanner-label = স্ক্যানার বা লেখা
# Under the input that a USB or Bluetooth scanner types into.
station-scanner-hint = বারকোড স্ক্যানার নিজে থেকেই এখানে লেখে। আপনি কার্ডের লেখাও (PHR1:…) পেস্ট করতে পারেন।
station-check = যাচাই করুন
station-upload-label = ছবি, স্ক্রিনশট, পুস্তিকার PDF বা .phr ফাইল
station-upload = ফাইলটি যাচাই করুন
station-camera = ক্যামেরা
station-camera-start = ক্যামেরা চালু করুন
station-camera-stop = ক্যামেরা বন্ধ করুন
station-camera-looking = কোডটি ক্যামেরার সামনে সমানভাবে ধরুন।
station-camera-found = কোড পাওয়া গেছে।
station-camera-none = এই ব্রাউজারে কোনো ক্যামেরা ব্যবহার করা যাচ্ছে না। স্ক্যানার ব্যবহার করুন, অথবা একটি ছবি আপলোড করুন।
station-next-person = পরবর্তী ব্যক্তি
station-cleared = মুছে ফেলা হয়েছে: আগের ব্যক্তির কিছুই আর নেই।
station-empty = এখনো কোনো কার্ড নেই। ক্যামেরায় একটি কোড দেখান, স্ক্যান করুন, বা একটি ফাইল আপলোড করুন।
# The verdict for everything shown, in large type.
station-all-valid = বৈধ
station-some-invalid = বৈধ নয়
station-check-warnings = বৈধ, সতর্কবার্তাসহ
station-valid-count = { $total }টি কার্ডের মধ্যে { $valid }টি বৈধ
station-added = যোগ হয়েছে: { $n }
station-duplicate = আগেই যাচাই করা হয়েছে।
# A button that switches the screen to the person's language so they can read their record.
station-person-language = ব্যক্তিকে { $language } ভাষায় দেখান
station-clinic-language = { $language } ভাষায় ফিরে যান
station-downloads = প্রিন্ট ও এক্সপোর্ট
station-booklet = পুস্তিকা (PDF)
station-a4 = A4 পাতা (PDF)
station-wallet = ওয়ালেট কার্ড (PDF)
station-insert = গোপনীয় আলাদা পাতা (PDF)
station-fhir = ক্লিনিকের সিস্টেমের জন্য FHIR ডকুমেন্ট (JSON)
station-bundle = সব এন্ট্রি (.phr ফাইল)
station-cannot-print = কিছুই প্রিন্ট করা যাবে না: { $reason }
station-trust = ট্রাস্ট লিস্ট
station-trust-status = সংস্করণ { $version }, স্বাক্ষর { $issued }, পরবর্তী হালনাগাদ { $next }
station-trust-stale = মেয়াদোত্তীর্ণ: আপনার স্বাস্থ্য কর্তৃপক্ষের কাছ থেকে নতুন ট্রাস্ট লিস্ট নিয়ে নিচে ইনস্টল করুন।
station-trust-demo = ডেমো অ্যাঙ্কর: বৈধ কার্ড কিছুই প্রমাণ করে না।
station-trust-install = একটি ফাইল থেকে হালনাগাদ ইনস্টল করুন
station-trust-installed = ট্রাস্ট লিস্ট সংস্করণ { $version } ইনস্টল হয়েছে।
station-trust-unchanged = এই ট্রাস্ট লিস্ট আগেই ইনস্টল করা আছে।
station-trust-fixed = এই স্টেশন একটি নির্দিষ্ট ট্রাস্ট লিস্ট (--trust) দিয়ে চালু করা হয়েছে; অন্যটি ব্যবহার করতে আবার চালু করুন।
station-trust-refused = ইনস্টল হয়নি: { $reason }
station-signin = সাইন ইন
station-signin-code = অ্যাক্সেস কোড (স্টেশন যেখানে চালু করা হয়েছে সেখানে ছাপা আছে)
station-signin-wrong = অ্যাক্সেস কোডটি সঠিক নয়।
station-signin-passphrase = আপনার পাসফ্রেজ
station-signin-wrong-operator = নাম ও পাসফ্রেজ মিলছে না।
station-error = পড়া যাচ্ছে না: { $reason }
station-too-large = ফাইলটি খুব বড় ({ $mb } MB-এর বেশি)।
station-too-many = এই ব্যক্তির এখানে ইতিমধ্যে { $n }টি কার্ড আছে। আবার শুরু করতে "পরবর্তী ব্যক্তি" চাপুন।

## Issuing station (`ephr station --issue`: the assessment form, drafts and the register)

station-issue-link = প্রদান: ফর্ম ও রেজিস্টার
station-issue-privacy = খসড়া লেখার সঙ্গে সঙ্গে এই কেন্দ্রের রেজিস্টারে { $drafts } দিনের জন্য সংরক্ষিত হয়, এবং শুধু যে অপারেটর তা শুরু করেছেন তিনিই দেখতে পান। স্বাক্ষরিত এন্ট্রি আবার প্রিন্টের জন্য { $entries } দিন রাখা হয়, তারপর মুছে ফেলা হয়।
station-issue-operator = আপনার নাম (আপনার স্বাক্ষর করা প্রতিটি এন্ট্রির সঙ্গে লেখা থাকে)
station-issue-follow-button = এই রেকর্ডে একটি ফলো-আপ যোগ করুন
station-issue-title = প্রদান
station-issue-new-heading = নতুন মূল্যায়ন
station-issue-new = নতুন মূল্যায়ন শুরু করুন
station-issue-follow-hint = ফলো-আপ যোগ করতে প্রধান পর্দায় ব্যক্তির কার্ড যাচাই করুন (ক্যামেরা, স্ক্যানার বা আপলোড), তারপর "{ $button }" চাপুন।
station-issue-drafts = আপনার খসড়া
station-issue-no-drafts = কোনো খসড়া নেই। ফর্মের প্রতিটি পরিবর্তন লেখার সঙ্গে সঙ্গে এখানে সংরক্ষিত হয়।
station-issue-no-name = (এখনো নাম নেই)
station-issue-draft-follow-up = ফলো-আপ: { $about }
station-issue-find-heading = প্রদান করা এন্ট্রি খুঁজুন
station-issue-find-label = কার্ড আইডি (পুস্তিকায় যেমন ছাপা) বা নাম
station-issue-find = খুঁজুন
station-issue-found-none = রেজিস্টারে মেলে এমন কিছু নেই।
station-issue-col-issued = প্রদান
station-issue-col-entry = এন্ট্রি
station-issue-col-names = নাম
station-issue-col-operator = অপারেটর
station-issue-reprint = আবার প্রিন্ট
station-issue-nav = খসড়া ও রেজিস্টার
station-issue-follow-up = ফলো-আপ এন্ট্রি
station-issue-saved-hint = লেখার সঙ্গে সঙ্গে এই স্টেশনে সংরক্ষিত হয়। প্রতিটি সমস্যা তার ঘরের কাছে দেখানো হয়।
station-issue-needs-js = মূল্যায়ন ফর্মের জন্য JavaScript প্রয়োজন।
station-issue-preview = পুস্তিকার প্রিভিউ (DEMO চিহ্নিত PDF, স্বাক্ষরিত নয়)
station-issue-sign = স্বাক্ষর করুন ও প্রিন্টের জন্য দেখান
station-issue-discard = এই খসড়া বাতিল করুন
station-issue-discard-confirm = এই খসড়া বাতিল করবেন? এটি আর ফিরিয়ে আনা যাবে না।
# The form's words that the booklet does not print: parts of a field's name, buttons, and what
# the size meter says as the health worker types.
form-own-script = নিজস্ব লিপিতে
form-given = নামের প্রথম অংশ
form-family = পারিবারিক নাম
form-systolic = সিস্টোলিক
form-diastolic = ডায়াস্টোলিক
form-country = দেশ
form-onset = শুরু
form-note = নোট
form-category = শ্রেণি
form-criticality = ঝুঁকির মাত্রা
form-until = পর্যন্ত
form-lot = লট
form-value = মান
form-unit = একক
form-urgency = জরুরিতা
form-not-given-here = এখানে দেওয়া ডোজের জন্য নয়
form-if-not-visit = এই ভিজিটের না হলে
form-consent = সম্মতি
form-consent-card = ব্যক্তি একটি গোপনীয় কার্ড রাখতে সম্মত হয়েছেন (HIV, হেপাটাইটিস, মানসিক স্বাস্থ্য ও গর্ভাবস্থার ফলাফল আলাদা ছাপা হয়)
form-confidential = গোপনীয়
form-by-default = ডিফল্ট হিসেবে
form-code-placeholder = শব্দ বা কোড লিখুন
form-remove = সরান
form-saving = সংরক্ষণ হচ্ছে…
form-signed-out = সাইন আউট হয়ে গেছে: আবার সাইন ইন করুন; শেষ পরিবর্তন পর্যন্ত খসড়া সংরক্ষিত আছে।
form-not-saved = সংরক্ষিত হয়নি: { $reason }
form-unreachable = সংরক্ষিত হয়নি: স্টেশনের সঙ্গে যোগাযোগ করা যাচ্ছে না। এই পৃষ্ঠা খোলা রেখে আবার চেষ্টা করুন।
form-problems = সংরক্ষিত। স্বাক্ষরের আগে { $n }টি সমস্যা ঠিক করতে হবে।
form-size = { $chars } অক্ষর, QR সংস্করণ { $version }, স্তর Q
form-confidential-size = গোপনীয় কার্ড: { $chars } অক্ষর, সংস্করণ { $version }।
form-withheld = { $n }টি গোপনীয় বিষয় কোনো কার্ডে যাবে না (গোপনীয় কার্ডে সম্মতি নেই)।
form-split = সংরক্ষিত। একটি কোডের জন্য খুব বড়: এটি { $n }টি স্বাক্ষরিত কার্ডে ভাগ হবে ({ $sizes })।
form-fits = সংরক্ষিত। একটি কোডে এঁটে যায়: { $sizes }।

## Problems at a field: the rules a record must meet before it is signed (`ephr issue` prints
## them after the field's path, the issuing station under the field)

field-empty = খালি; এর বদলে ঘরটি বাদ দিন
field-spaces = শুরুতে বা শেষে ফাঁকা জায়গা আছে
field-too-long = { $n } অক্ষর লম্বা; কার্ডে সর্বোচ্চ { $max } অক্ষর আঁটে
field-control = নিয়ন্ত্রণ অক্ষর আছে (লাইন ব্রেক, ট্যাব)
field-hidden = অদৃশ্য ফরম্যাটিং অক্ষর আছে (দিক পরিবর্তনকারী, শূন্য-প্রস্থ স্পেস); লেখাটি সাধারণভাবে টাইপ করুন
field-date = "{ $value }" YYYY-MM-DD আকারের তারিখ নয় (বছর 1900-2100)
field-partial-date = "{ $value }" YYYY, YYYY-MM বা YYYY-MM-DD আকারের তারিখ নয়
field-icd10 = "{ $value }" বৈধ ICD-10 কোড নয় (একটি অক্ষর, দুটি অঙ্ক, তারপর চাইলে একটি বিন্দু ও এক বা দুটি অঙ্ক, যেমন "E11.9")
field-atc = "{ $value }" বৈধ WHO ATC কোড নয় (যেমন "A10BA02")
field-vaccine = "{ $value }" WHO ATC টিকার কোড নয় (J07…, যেমন MMR-এর জন্য "J07BD52")
field-country = "{ $value }" ISO 3166-1 alpha-2 দেশ কোড নয় (যেমন "SY", "GR")
field-language = "{ $value }" ISO 639 ভাষা কোড নয় (যেমন "ar", "fa", "prs")
field-too-many = { $n }টি আইটেম আছে; সর্বোচ্চ { $max }টি আঁটে
field-empty-list = খালি তালিকা; জিজ্ঞেস করে কিছু না পেলে "none_known" লিখুন, নয়তো ঘরটি বাদ দিন
field-empty-section = খালি; এর বদলে এটি বাদ দিন
field-name-empty = পারিবারিক নাম বা নামের প্রথম অংশ কোনোটিই নেই; এর বদলে এটি বাদ দিন
field-name-latin-letters = শুধু A-Z অক্ষর ব্যবহার করতে হবে (স্পেস, হাইফেন ও অ্যাপোস্ট্রফিসহ), পাসপোর্টের মেশিন-রিডেবল অংশের মতো
field-name-latin-missing = নেই: নামটি ল্যাটিন লিপিতে নয়, তাই ল্যাটিন লিপিতে প্রতিবর্ণীকরণও দিন (যাত্রাপথের চিকিৎসকদের এটি পড়তে পারা দরকার)
field-estimated-no-date = দেওয়া আছে, কিন্তু birth_date নেই
field-range = { $value } সম্ভাব্য সীমা { $min }-{ $max }-এর বাইরে
field-tenths = { $value }-এ দশমিকের পর একাধিক অঙ্ক আছে; কার্ডে দশমিকের পর এক অঙ্ক রাখা হয়
field-diastolic = { $value } সিস্টোলিক চাপ { $systolic }-এর চেয়ে কম নয়
field-dose-number = { $value } 1 থেকে 10-এর মধ্যে কোনো ডোজ নম্বর নয়
field-no-doses = কোনো ডোজ নেই; ব্যক্তির কোনো টিকার রেকর্ড না থাকলে "no_records": true দিন
field-dose-date-required = নথিভুক্ত ডোজ ও এখানে দেওয়া ডোজের জন্য আবশ্যক
field-dose-given-here = { $value }, কিন্তু এখানে দেওয়া ডোজের তারিখ মূল্যায়নের তারিখ { $date }; অন্য কোথাও দেওয়া ডোজ "documented" হিসেবে লিখুন
field-loinc = "{ $value }" বৈধ LOINC কোড নয় (অঙ্ক, হাইফেন, চেক ডিজিট, যেমন "71773-6")
field-decimal = "{ $value }" দশমিক সংখ্যা নয় (বিন্দুর আগে সর্বোচ্চ 7 এবং পরে 4 অঙ্ক)
field-unit-without-value = মান ছাড়া দেওয়া হয়েছে
field-unit = "{ $value }" UCUM একক নয় (যেমন "g/dL", "mmol/L")
field-value-not-done = এমন পরীক্ষার জন্য দেওয়া হয়েছে যা করা হয়নি
field-pregnant-male = "pregnant", কিন্তু patient.sex হলো "male"
field-weeks = { $value }: 45 সপ্তাহের বেশি
field-not-pregnant = প্রসবের তারিখ বা গর্ভকাল দেওয়া আছে, কিন্তু অবস্থা "pregnant" নয়
field-implausible = { $value } বাস্তবসম্মত নয়
field-follow-up-before = { $value } মূল এন্ট্রির মূল্যায়নের ({ $date }) আগে; ফলো-আপ পরে হয়
field-reveals-referral = কারণ { $code } একটি গোপনীয় সমস্যা, তাই এই রেফারেল মূল কার্ডে তা প্রকাশ করে দেবে; রেফারেলটিও গোপনীয় চিহ্নিত করুন, অথবা এর কারণ বাদ দিন
field-reveals-alert = মূল কার্ডে উচ্চ-ঝুঁকির গর্ভাবস্থার সতর্কতা গোপন রাখা গর্ভাবস্থা প্রকাশ করে দেয়; সতর্কতাটিও গোপনীয় চিহ্নিত করুন, অথবা গর্ভাবস্থাকে গোপনীয় নয় হিসেবে চিহ্নিত করুন
field-after-issue = মূল্যায়নের তারিখ { $encounter }, যা কার্ড প্রদানের তারিখ { $issued }-এর পরে; কার্ডে শুধু যা ঘটে গেছে তা লেখা হয়
field-item-too-large = { $item } নিজের আলাদা কার্ডেও একটি QR কোডে আঁটে না; এর লেখা ছোট করুন বা কম ত্রুটি-সংশোধন স্তর বেছে নিন
# What the JSON reader says (its words after the colon are the reader's, in English).
field-missing = ঘর নেই: `{ $field }`
field-wrong-type = ভুল ধরন: { $found }, প্রত্যাশিত { $expected }
field-wrong-value = ভুল মান: { $found }, প্রত্যাশিত { $expected }
# A problem that has no words of its own in the catalogues: shown as ephr wrote it, in English.
field-other = { $problem }
