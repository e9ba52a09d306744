//! Writes synthetic e-PHR records, one JSON record a line, for building and measuring the preset
//! zlib dictionary (issue 17, docs/FORMAT.md §2.1). Every record passes `Record::from_json`.
//!
//! Run: `cargo run --release --example synth_records -- --seed 1 --count 2000 --out target/dict/train.jsonl`
//!
//! The people are invented. The mix follows the e-PHR analysis of 19 564 episodes in the eight
//! IOM Re-Health countries (Zenner et al., J Travel Med 2022, shared/notes/content.md §1):
//! arrivals in BG, HR, CY, GR, IT, RO, RS and SI; mostly young men from Syria, Afghanistan and
//! Iraq; infectious episodes in 13 % (half pharyngo-tonsillitis, a fifth scabies), chronic
//! disease in 17 % (cardiovascular, neurological, diabetes, kidney), mental-health problems in
//! 4 %, injuries; ECDC screening by origin (TB, HIV, hepatitis B and C, syphilis, parasites) and
//! catch-up vaccination by age. Codes come from `ephr::codes`. The fixture records are not read,
//! and no name, site or phrase of theirs is in the lists below (checked: no string here shares
//! more than a word or a code with a fixture), so that the fixtures stay a fair test.

#[allow(dead_code)]
mod dict_common;

use dict_common::{Ids, arg};
use ephr::Record;
use ephr::codes;
use serde_json::{Map, Value, json};

/// Choices drawn from a fixed SplitMix64 stream, so that a seed names one set forever.
struct Rng(Ids);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0.next()
    }
    /// 0..n
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn range(&mut self, lo: i64, hi: i64) -> i64 {
        lo + self.below((hi - lo + 1) as u64) as i64
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len() as u64) as usize]
    }
    fn weighted<'a, T>(&mut self, items: &'a [(T, u32)]) -> &'a T {
        let total: u32 = items.iter().map(|(_, w)| w).sum();
        let mut r = self.below(u64::from(total)) as u32;
        for (t, w) in items {
            if r < *w {
                return t;
            }
            r -= w;
        }
        &items[0].0
    }
}

/// A nationality of arrivals: code, weight, languages, and names (own script, Latin).
struct Origin {
    cc: &'static str,
    weight: u32,
    languages: &'static [&'static str],
    script: Script,
    /// High TB incidence, HIV ≥ 1 %, HBV ≥ 2 %, HCV ≥ 2 %, schistosomiasis or malaria endemic.
    tb: bool,
    hiv: bool,
    hbv: bool,
    hcv: bool,
    tropical: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum Script {
    Arabic,
    Persian,
    Ethiopic,
    Bengali,
    Latin,
}

const ORIGINS: &[Origin] = &[
    o(
        "SY",
        22,
        &["ar"],
        Script::Arabic,
        [false, false, false, false, false],
    ),
    o(
        "AF",
        18,
        &["ps", "prs", "fa"],
        Script::Persian,
        [true, false, true, false, false],
    ),
    o(
        "IQ",
        11,
        &["ar", "ckb", "ku"],
        Script::Arabic,
        [false, false, false, false, false],
    ),
    o(
        "PK",
        7,
        &["ur", "pa"],
        Script::Persian,
        [true, false, true, true, false],
    ),
    o(
        "IR",
        4,
        &["fa"],
        Script::Persian,
        [false, false, false, false, false],
    ),
    o(
        "PS",
        3,
        &["ar"],
        Script::Arabic,
        [false, false, false, false, false],
    ),
    o(
        "MA",
        3,
        &["ar", "fr"],
        Script::Arabic,
        [false, false, false, false, false],
    ),
    o(
        "DZ",
        3,
        &["ar", "fr"],
        Script::Arabic,
        [false, false, false, false, false],
    ),
    o(
        "EG",
        2,
        &["ar"],
        Script::Arabic,
        [false, false, false, true, true],
    ),
    o(
        "SD",
        2,
        &["ar"],
        Script::Arabic,
        [true, false, true, false, true],
    ),
    o(
        "ER",
        4,
        &["ti", "ar"],
        Script::Ethiopic,
        [true, false, true, false, true],
    ),
    o(
        "SO",
        3,
        &["so"],
        Script::Latin,
        [true, false, true, false, true],
    ),
    o(
        "NG",
        4,
        &["en", "yo", "ha"],
        Script::Latin,
        [true, true, true, false, true],
    ),
    o(
        "CD",
        3,
        &["fr", "ln", "sw"],
        Script::Latin,
        [true, true, true, false, true],
    ),
    o(
        "GN",
        2,
        &["fr"],
        Script::Latin,
        [true, true, true, false, true],
    ),
    o(
        "CI",
        2,
        &["fr"],
        Script::Latin,
        [true, true, true, false, true],
    ),
    o(
        "CM",
        2,
        &["fr", "en"],
        Script::Latin,
        [true, true, true, false, true],
    ),
    o(
        "BD",
        3,
        &["bn"],
        Script::Bengali,
        [true, false, true, false, false],
    ),
    o(
        "TR",
        3,
        &["tr", "ku"],
        Script::Latin,
        [false, false, false, false, false],
    ),
];

const fn o(
    cc: &'static str,
    weight: u32,
    languages: &'static [&'static str],
    script: Script,
    [tb, hiv, hbv, hcv, tropical]: [bool; 5],
) -> Origin {
    Origin {
        cc,
        weight,
        languages,
        script,
        tb,
        hiv,
        hbv,
        hcv,
        tropical,
    }
}

/// (own script, Latin) name parts by script. Family and given names are drawn apart.
const ARABIC_FAMILY: &[(&str, &str)] = &[
    ("الأحمد", "AL-AHMAD"),
    ("الحسن", "AL-HASAN"),
    ("العلي", "AL-ALI"),
    ("الخطيب", "AL-KHATIB"),
    ("المصري", "AL-MASRI"),
    ("حداد", "HADDAD"),
    ("السيد", "AL-SAYED"),
    ("إبراهيم", "IBRAHIM"),
    ("الشامي", "AL-SHAMI"),
    ("عبد الله", "ABDULLAH"),
    ("النجار", "AL-NAJJAR"),
    ("يوسف", "YOUSEF"),
    ("الدوري", "AL-DOURI"),
    ("التميمي", "AL-TAMIMI"),
    ("حمدان", "HAMDAN"),
    ("صالح", "SALEH"),
    ("الزعبي", "AL-ZOUBI"),
    ("قاسم", "QASEM"),
];
const ARABIC_MALE: &[(&str, &str)] = &[
    ("محمد", "MOHAMMAD"),
    ("أحمد", "AHMAD"),
    ("علي", "ALI"),
    ("عمر", "OMAR"),
    ("خالد", "KHALED"),
    ("حسن", "HASSAN"),
    ("يوسف", "YOUSSEF"),
    ("مصطفى", "MUSTAFA"),
    ("إبراهيم", "IBRAHIM"),
    ("سامر", "SAMER"),
    ("حسين", "HUSSEIN"),
    ("عبد الرحمن", "ABDULRAHMAN"),
    ("محمود", "MAHMOUD"),
    ("طارق", "TAREQ"),
];
const ARABIC_FEMALE: &[(&str, &str)] = &[
    ("فاطمة", "FATIMA"),
    ("مريم", "MARYAM"),
    ("نور", "NOUR"),
    ("سارة", "SARA"),
    ("هبة", "HIBA"),
    ("رنا", "RANA"),
    ("لينا", "LINA"),
    ("خديجة", "KHADIJA"),
    ("ياسمين", "YASMIN"),
    ("زينب", "ZEINAB"),
    ("رهف", "RAHAF"),
    ("دعاء", "DOAA"),
];
const PERSIAN_FAMILY: &[(&str, &str)] = &[
    ("احمدی", "AHMADI"),
    ("رحیمی", "RAHIMI"),
    ("محمدی", "MOHAMMADI"),
    ("حسینی", "HOSSEINI"),
    ("نوری", "NOORI"),
    ("صدیقی", "SEDIQI"),
    ("کریمی", "KARIMI"),
    ("عزیزی", "AZIZI"),
    ("قادری", "QADERI"),
    ("سلطانی", "SOLTANI"),
    ("یوسفزی", "YOUSUFZAI"),
    ("خان", "KHAN"),
    ("رسولی", "RASOULI"),
    ("امیری", "AMIRI"),
];
const PERSIAN_MALE: &[(&str, &str)] = &[
    ("محمد", "MOHAMMAD"),
    ("احمد", "AHMAD"),
    ("علی", "ALI"),
    ("جواد", "JAWAD"),
    ("مرتضی", "MORTAZA"),
    ("نجیب", "NAJIB"),
    ("رحمت الله", "RAHMATULLAH"),
    ("عمران", "IMRAN"),
    ("فرید", "FARID"),
    ("حمید", "HAMID"),
    ("شفیق", "SHAFIQ"),
    ("بلال", "BILAL"),
];
const PERSIAN_FEMALE: &[(&str, &str)] = &[
    ("فاطمه", "FATEMA"),
    ("مریم", "MARYAM"),
    ("شکیلا", "SHAKILA"),
    ("نرگس", "NARGES"),
    ("سمیرا", "SAMIRA"),
    ("پروانه", "PARWANA"),
    ("معصومه", "MASOUMA"),
    ("لیلا", "LAILA"),
    ("فرشته", "FERESHTA"),
    ("گلالی", "GULALAI"),
];
const ETHIOPIC_FAMILY: &[(&str, &str)] = &[
    ("ተስፋይ", "TESFAY"),
    ("ሃይለ", "HAILE"),
    ("ገብረመድህን", "GEBREMEDHIN"),
    ("ዮሃንስ", "YOHANNES"),
    ("ወልደ", "WELDE"),
    ("ኪዳነ", "KIDANE"),
    ("ብርሃነ", "BERHANE"),
];
const ETHIOPIC_MALE: &[(&str, &str)] = &[
    ("ዳዊት", "DAWIT"),
    ("ሚካኤል", "MIKAEL"),
    ("ሰለሞን", "SOLOMON"),
    ("የማነ", "YEMANE"),
    ("ፍሰሃ", "FISEHA"),
    ("ሙሴ", "MUSIE"),
];
const ETHIOPIC_FEMALE: &[(&str, &str)] = &[
    ("ሳባ", "SABA"),
    ("ሄለን", "HELEN"),
    ("ፅጌ", "TSIGE"),
    ("ሉዋም", "LUWAM"),
    ("ብርኽቲ", "BIRHTI"),
    ("ኤልሳ", "ELSA"),
];
const BENGALI_FAMILY: &[(&str, &str)] = &[
    ("হোসেন", "HOSSAIN"),
    ("রহমান", "RAHMAN"),
    ("ইসলাম", "ISLAM"),
    ("আহমেদ", "AHMED"),
    ("মিয়া", "MIAH"),
];
const BENGALI_MALE: &[(&str, &str)] = &[
    ("রাকিব", "RAKIB"),
    ("সাকিব", "SAKIB"),
    ("জসিম", "JASIM"),
    ("কামাল", "KAMAL"),
];
const BENGALI_FEMALE: &[(&str, &str)] =
    &[("নাসরিন", "NASRIN"), ("রুমানা", "RUMANA"), ("শাহনাজ", "SHAHNAZ")];
const LATIN_FAMILY: &[&str] = &[
    "OKONKWO",
    "ADEYEMI",
    "MUSA",
    "IBRAHIM",
    "DIALLO",
    "BAH",
    "CAMARA",
    "KONE",
    "TRAORE",
    "OUATTARA",
    "MBEKI",
    "KABILA",
    "MUKENDI",
    "TSHIBANDA",
    "NGUEMA",
    "FOFANA",
    "WARSAME",
    "ABDI",
    "HASSAN",
    "MOHAMED",
    "YILMAZ",
    "KAYA",
    "DEMIR",
    "CELIK",
    "SANOGO",
    "EKWUEME",
];
const LATIN_MALE: &[&str] = &[
    "CHINEDU",
    "EMEKA",
    "IBRAHIMA",
    "MAMADOU",
    "MOUSSA",
    "JEAN-PIERRE",
    "PATRICK",
    "ABDI",
    "MOHAMED",
    "ALPHA",
    "SEKOU",
    "OUSMANE",
    "MEHMET",
    "EMRE",
    "CHUKWUMA",
    "YAYA",
];
const LATIN_FEMALE: &[&str] = &[
    "BLESSING",
    "CHIOMA",
    "AISSATOU",
    "FATOUMATA",
    "MARIAME",
    "GRACE",
    "ESTHER",
    "HODAN",
    "FARHIYA",
    "AYSE",
    "ELIF",
    "KADIATOU",
    "JOY",
    "MERVEILLE",
];

/// Countries of assessment (the eight Re-Health countries) and their reception sites.
type Host = (&'static str, u32, &'static [&'static str]);

const HOSTS: &[Host] = &[
    (
        "GR",
        34,
        &[
            "Samos RIC clinic",
            "Kos RIC",
            "Chios Vial",
            "Leros RIC",
            "Malakasa camp",
            "Fylakio RIC",
            "Diavata, Thessaloniki",
            "Ritsona camp",
        ],
    ),
    (
        "IT",
        24,
        &[
            "Hotspot Lampedusa",
            "Hotspot Taranto",
            "CARA Mineo",
            "Hotspot Messina",
            "CPSA Trapani",
            "Ventimiglia Roja camp",
        ],
    ),
    (
        "BG",
        8,
        &["Harmanli RRC", "Sofia Ovcha Kupel", "Sofia Voenna Rampa"],
    ),
    ("HR", 7, &["Porin centre, Zagreb", "Kutina centre"]),
    ("CY", 8, &["Kofinou centre", "Limnes centre, Mennogeia"]),
    (
        "RS",
        7,
        &[
            "Krnjaca asylum centre",
            "Obrenovac transit centre",
            "Sid transit centre",
            "Bujanovac RTC",
        ],
    ),
    ("SI", 5, &["Ljubljana asylum home", "Logatec branch"]),
    ("RO", 5, &["Galati regional centre", "Timisoara centre"]),
];

const NOTES_INFECTIOUS: &[&str] = &[
    "Tonsillar exudate, no cough",
    "Centor 3, rapid strep +",
    "Burrows hands and waist; family treated",
    "Itchy rash 2 wks, contacts in tent",
    "Crackles R base, no hypoxia",
    "Fever 3 days, cough",
    "Sore throat, fever 38.5",
    "Recheck in 1 week",
    "Wet cough 10 days, afebrile",
];
const NOTES_CHRONIC: &[&str] = &[
    "Out of medicines since departure",
    "No medicines 2 wks",
    "No medicines for 1 month",
    "Diagnosed at home, letter seen",
    "Controlled on current dose",
    "Last seizure 3 months ago",
    "Poor control, new regimen started",
    "Known since childhood",
];
const NOTES_INJURY: &[&str] = &[
    "Fall on rocks at landing",
    "Wound cleaned and dressed",
    "Splinted, XR requested",
    "Burns from boat fuel, dressed",
    "Feet: blisters after long walk",
    "Injured at border fence",
];
const NOTES_MENTAL: &[&str] = &[
    "Nightmares, poor sleep",
    "Low mood since arrival",
    "Flashbacks; no suicidal ideation",
    "Sleep poor, intrusive memories",
];
const DOSES: &[&str] = &[
    "1 g twice daily",
    "500 mg three times daily",
    "1 tablet daily",
    "100 mg daily",
    "10 mg once daily",
    "5 mg daily",
    "20 mg at night",
    "400 mg as needed",
    "1 g four times daily",
    "2 puffs as needed",
    "5% cream, repeat day 7",
    "once, repeat in 1 week",
];

/// Days since 1970-01-01 to a date text.
fn date(days: i64) -> String {
    ephr::date::from_epoch_days(days)
        .map(ephr::date::format_date)
        .unwrap_or_default()
}

/// Every code the generator writes is in ephr's own tables (a typo here would skew the mix).
fn check_codes(v: &Value) -> Result<(), String> {
    match v {
        Value::Object(m) => {
            for (k, x) in m {
                if let Value::String(code) = x {
                    let known = match k.as_str() {
                        "icd10" | "reason_icd10" => codes::icd10(code).is_some(),
                        "atc" | "vaccine" => codes::lookup(codes::CodeSystem::Atc, code).is_some(),
                        "loinc" => codes::loinc(code).is_some(),
                        _ => true,
                    };
                    if !known {
                        return Err(format!("{k} {code} is not in ephr's code tables"));
                    }
                }
                check_codes(x)?;
            }
            Ok(())
        }
        Value::Array(a) => a.iter().try_for_each(check_codes),
        _ => Ok(()),
    }
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let seed: u64 = arg("--seed").unwrap_or_else(|| "1".into()).parse()?;
    let count: usize = arg("--count").unwrap_or_else(|| "1000".into()).parse()?;
    let out = arg("--out").ok_or("--out FILE is required")?;
    let mut rng = Rng(Ids(seed.wrapping_mul(0x2545_f491_4f6c_dd1d) ^ 0x5eed));
    let mut lines = String::new();
    for i in 0..count {
        let v = record(&mut rng);
        check_codes(&v)?;
        let json = serde_json::to_string(&v)?;
        Record::from_json(&json).map_err(|e| format!("record {i} is invalid: {e}\n{json}"))?;
        lines.push_str(&json);
        lines.push('\n');
    }
    if let Some(dir) = std::path::Path::new(&out).parent() {
        std::fs::create_dir_all(dir)?;
    }
    std::fs::write(&out, lines)?;
    eprintln!("wrote {count} records (seed {seed}) to {out}");
    Ok(())
}

fn name_parts(rng: &mut Rng, origin: &Origin, female: bool) -> (Option<Value>, Option<Value>) {
    let pair = |rng: &mut Rng, fam: &[(&str, &str)], m: &[(&str, &str)], f: &[(&str, &str)]| {
        let (fo, fl) = *rng.pick(fam);
        let (go, gl) = *rng.pick(if female { f } else { m });
        (
            Some(json!({"family": fo, "given": go})),
            Some(json!({"family": fl, "given": gl})),
        )
    };
    match origin.script {
        Script::Arabic => pair(rng, ARABIC_FAMILY, ARABIC_MALE, ARABIC_FEMALE),
        Script::Persian => pair(rng, PERSIAN_FAMILY, PERSIAN_MALE, PERSIAN_FEMALE),
        Script::Ethiopic => pair(rng, ETHIOPIC_FAMILY, ETHIOPIC_MALE, ETHIOPIC_FEMALE),
        Script::Bengali => pair(rng, BENGALI_FAMILY, BENGALI_MALE, BENGALI_FEMALE),
        Script::Latin => {
            let family = rng.pick(LATIN_FAMILY);
            let given = rng.pick(if female { LATIN_FEMALE } else { LATIN_MALE });
            (Some(json!({"family": family, "given": given})), None)
        }
    }
}

/// One episode. Probabilities are per episode, as in the e-PHR analysis.
fn record(rng: &mut Rng) -> Value {
    let origins: Vec<(&Origin, u32)> = ORIGINS.iter().map(|o| (o, o.weight)).collect();
    let origin = *rng.weighted(&origins);
    let hosts: Vec<(&Host, u32)> = HOSTS.iter().map(|h| (h, h.1)).collect();
    let (host, _, sites) = **rng.weighted(&hosts);
    let female = rng.chance(0.33);
    // Age: a quarter children, most young adults, few over 60.
    let age = *rng.weighted(&[(0u8, 8), (1, 10), (2, 8), (3, 52), (4, 18), (5, 4)]);
    let age_years = match age {
        0 => rng.range(0, 4),
        1 => rng.range(5, 11),
        2 => rng.range(12, 17),
        3 => rng.range(18, 35),
        4 => rng.range(36, 59),
        _ => rng.range(60, 78),
    };
    let child = age_years < 18;
    // 2026-01-05 (day 20458) to the end of 2028: a dictionary outlives the year it is built in,
    // so it must not learn one year's dates.
    let encounter_day = 20458 + rng.range(0, 3 * 365 - 5);
    let encounter_year =
        ephr::date::from_epoch_days(encounter_day).map_or(2026, |d| i64::from(d.year()));
    let birth_year = encounter_year - age_years;
    let kind = *rng.weighted(&[
        ("initial_assessment", 74),
        ("follow_up", 11),
        ("vaccination", 9),
        ("emergency", 6),
    ]);

    // Patient.
    let mut patient = Map::new();
    if !rng.chance(0.08) {
        let (name, latin) = name_parts(rng, origin, female);
        if let Some(n) = name {
            patient.insert("name".into(), n);
        }
        if let Some(l) = latin {
            patient.insert("name_latin".into(), l);
        }
    }
    let estimated = rng.chance(0.45);
    let birth = if estimated || rng.chance(0.2) {
        birth_year.to_string()
    } else if rng.chance(0.2) {
        format!("{birth_year}-{:02}", rng.range(1, 12))
    } else {
        format!(
            "{birth_year}-{:02}-{:02}",
            rng.range(1, 12),
            rng.range(1, 28)
        )
    };
    patient.insert("birth_date".into(), birth.into());
    if estimated {
        patient.insert("birth_date_estimated".into(), true.into());
    }
    patient.insert("sex".into(), if female { "female" } else { "male" }.into());
    if rng.chance(0.95) {
        patient.insert("nationality".into(), origin.cc.into());
    }
    let mut langs: Vec<&str> = vec![origin.languages[0]];
    if origin.languages.len() > 1 && rng.chance(0.4) {
        langs.push(origin.languages[1 + rng.below(origin.languages.len() as u64 - 1) as usize]);
    }
    if !child && rng.chance(0.25) {
        langs.push(*rng.pick(&["en", "fr", "tr", "el", "it"]));
    }
    langs.dedup();
    if rng.chance(0.9) {
        patient.insert("languages".into(), json!(langs));
    }

    // Encounter.
    let mut encounter = Map::new();
    encounter.insert("date".into(), date(encounter_day).into());
    encounter.insert("country".into(), host.into());
    if rng.chance(0.8) {
        encounter.insert("site".into(), (*rng.pick(sites)).into());
    }
    encounter.insert("kind".into(), kind.into());
    let role = if female && rng.chance(0.1) && !child {
        "midwife"
    } else {
        *rng.weighted(&[
            ("physician", 58),
            ("nurse", 32),
            ("psychologist", 3),
            ("paramedic", 3),
            ("other", 2),
        ])
    };
    if rng.chance(0.92) {
        encounter.insert("role".into(), role.into());
    }
    if rng.chance(0.6) {
        encounter.insert("mediator".into(), true.into());
    }

    let mut rec = Map::new();
    rec.insert("patient".into(), patient.into());
    rec.insert("encounter".into(), encounter.into());

    // Vital signs.
    if kind != "vaccination" && rng.chance(0.85) || rng.chance(0.2) {
        rec.insert("vital_signs".into(), vitals(rng, age_years, female).into());
    }

    // Problems, medications, referrals, alerts, built together.
    let mut problems: Vec<Value> = Vec::new();
    let mut meds: Vec<Value> = Vec::new();
    let mut referrals: Vec<Value> = Vec::new();
    let mut alerts: Vec<Value> = Vec::new();
    let add_problem = |problems: &mut Vec<Value>,
                       rng: &mut Rng,
                       code: &str,
                       notes: &[&str],
                       onset: Option<String>| {
        let mut p = Map::new();
        p.insert("icd10".into(), code.into());
        p.insert(
            "status".into(),
            (*rng.weighted(&[("active", 88), ("inactive", 5), ("resolved", 7)])).into(),
        );
        if rng.chance(0.06) {
            p.insert("provisional".into(), true.into());
        }
        if let Some(o) = onset {
            p.insert("onset".into(), o.into());
        }
        if rng.chance(0.35) {
            p.insert("note".into(), (*rng.pick(notes)).into());
        }
        problems.push(p.into());
    };
    let med = |rng: &mut Rng, atc: &str, until: Option<i64>| {
        let mut m = Map::new();
        m.insert("atc".into(), atc.into());
        if rng.chance(0.8) {
            m.insert("dose".into(), (*rng.pick(DOSES)).into());
        }
        m.insert(
            "status".into(),
            (*rng.weighted(&[
                ("active", 85),
                ("completed", 5),
                ("intended", 5),
                ("stopped", 5),
            ]))
            .into(),
        );
        if let Some(u) = until {
            m.insert("until".into(), date(u).into());
        }
        Value::from(m)
    };
    let referral = |rng: &mut Rng, to: &str, icd: &str, days: i64| {
        let mut r = Map::new();
        r.insert("to".into(), to.into());
        r.insert("reason_icd10".into(), icd.into());
        let urgency = *rng.weighted(&[("routine", 55), ("soon", 35), ("urgent", 10)]);
        if urgency != "routine" {
            r.insert("urgency".into(), urgency.into());
        }
        if rng.chance(0.8) {
            r.insert("due".into(), date(encounter_day + days).into());
        }
        Value::from(r)
    };

    let onset_year = |rng: &mut Rng| {
        Some(
            rng.range(birth_year.max(2000), encounter_year - 1)
                .to_string(),
        )
    };
    // Infectious episodes (13 %): half pharyngo-tonsillitis, a fifth scabies.
    if rng.chance(0.13) {
        let code = *rng.weighted(&[
            ("J02.9", 22),
            ("J03.9", 18),
            ("J02.0", 6),
            ("J03.0", 5),
            ("B86", 20),
            ("B18.1", 3),
            ("B18.2", 2),
            ("J20.9", 4),
            ("J18.9", 2),
            ("J06.9", 8),
            ("B85.0", 4),
            ("A09.9", 4),
            ("L01.0", 2),
        ]);
        add_problem(&mut problems, rng, code, NOTES_INFECTIOUS, None);
        let (atc, days) = match code {
            "B86" => (
                if rng.chance(0.7) {
                    "P03AC04"
                } else {
                    "P02CF01"
                },
                7,
            ),
            "J02.0" | "J03.0" | "J02.9" | "J03.9" => ("J01CE02", 10),
            "J18.9" | "J20.9" => ("J01CA04", 7),
            "B85.0" => ("P03AC04", 9),
            "L01.0" => ("D06AX09", 7),
            "A09.9" => ("A07CA", 3),
            _ => ("N02BE01", 5),
        };
        if rng.chance(0.8) {
            let until = rng.chance(0.5).then_some(encounter_day + days);
            meds.push(med(rng, atc, until));
        }
        if code.starts_with("B18") {
            referrals.push(referral(rng, "Hepatology clinic", code, 30));
        }
        if code == "B86" && rng.chance(0.3) {
            alerts.push(json!({"kind": "infectious", "text": "Scabies: treat close contacts"}));
        }
    }
    // Chronic disease (17 % of individuals), more with age.
    let ncd_p = if child {
        0.05
    } else if age_years < 36 {
        0.12
    } else {
        0.4
    };
    if rng.chance(ncd_p) {
        let n = *rng.weighted(&[(1usize, 60), (2, 28), (3, 12)]);
        for _ in 0..n {
            let code = *rng.weighted(&[
                ("I10", 18),
                ("I25.9", 3),
                ("E11.9", 12),
                ("E10.9", 2),
                ("G40.9", 8),
                ("G43.9", 5),
                ("G44.2", 4),
                ("N18.9", 3),
                ("J45.9", 6),
                ("E78.5", 4),
                ("D50.9", 8),
                ("E03.9", 2),
                ("K29.7", 5),
                ("M54.5", 6),
                ("D56.1", 1),
                ("H52.7", 3),
                ("K02.9", 6),
            ]);
            if problems.iter().any(|p| p["icd10"] == code) {
                continue;
            }
            let onset = if rng.chance(0.4) {
                onset_year(rng)
            } else {
                None
            };
            add_problem(&mut problems, rng, code, NOTES_CHRONIC, onset);
            let atc: &[&str] = match code {
                "I10" => &["C08CA01", "C09AA02", "C03AA03"],
                "I25.9" => &["B01AC06", "C10AA05"],
                "E11.9" => &["A10BA02", "A10BB09"],
                "E10.9" => &["A10AE04", "A10AB01"],
                "G40.9" => &["N03AF01", "N03AG01", "N03AX14"],
                "G43.9" | "G44.2" | "M54.5" => &["M01AE01", "N02BE01"],
                "N18.9" => &["C09AA02"],
                "J45.9" => &["R03AC02", "R03BA01"],
                "E78.5" => &["C10AA05", "C10AA01"],
                "D50.9" => &["B03AA07"],
                "E03.9" => &["H03AA01"],
                "K29.7" => &["A02BC01"],
                _ => &[],
            };
            if !atc.is_empty() && rng.chance(0.75) {
                let a = *rng.pick(atc);
                if !meds.iter().any(|m| m["atc"] == a) {
                    meds.push(med(rng, a, None));
                }
            }
            if rng.chance(0.25) {
                let to = match code {
                    "I10" | "I25.9" => "Cardiology clinic",
                    "E11.9" | "E10.9" => "Diabetes outpatients",
                    "G40.9" => "Neurology clinic",
                    "N18.9" => "Nephrology clinic",
                    "K02.9" => "Dental clinic",
                    "H52.7" => "Optician",
                    _ => "GP, local health centre",
                };
                let days = rng.range(14, 60);
                referrals.push(referral(rng, to, code, days));
            }
        }
    }
    // Injuries (emergency episodes and some arrivals).
    if kind == "emergency" || rng.chance(0.04) {
        let code = *rng.pick(&[
            "T14.0", "T14.1", "S93.4", "S52.5", "T30.2", "T33.9", "S01.9",
        ]);
        let onset = Some(date(encounter_day - rng.range(0, 3)));
        add_problem(&mut problems, rng, code, NOTES_INJURY, onset);
        if rng.chance(0.6) {
            meds.push(med(rng, "M01AE01", Some(encounter_day + 5)));
        }
        if rng.chance(0.4) {
            let days = rng.range(2, 10);
            referrals.push(referral(rng, "Surgical outpatients", code, days));
        }
        if rng.chance(0.2) {
            alerts.push(json!({"kind": "urgent_follow_up", "text": "Wound check in 48 h"}));
        }
    }
    // Mental health (4.4 %, rising with age).
    let mental_problem = !child && rng.chance(if age_years > 35 { 0.07 } else { 0.04 });
    if mental_problem {
        let code = *rng.weighted(&[("F43.1", 40), ("F32.9", 30), ("F41.1", 15), ("F51.0", 15)]);
        add_problem(&mut problems, rng, code, NOTES_MENTAL, None);
        if rng.chance(0.4) {
            let atc = *rng.pick(&["N06AB06", "N06AB03"]);
            meds.push(med(rng, atc, None));
        }
        if rng.chance(0.6) {
            let days = rng.range(7, 30);
            referrals.push(referral(rng, "Mental health team", code, days));
        }
    }
    // Latent TB from screening.
    let ltbi = origin.tb && !child && rng.chance(0.12);
    if ltbi {
        add_problem(
            &mut problems,
            rng,
            "R76.1",
            &["IGRA pos, CXR clear", "No symptoms, CXR clear"],
            None,
        );
        let days = rng.range(14, 45);
        referrals.push(referral(rng, "TB outpatient clinic", "R76.1", days));
    }
    // Pregnancy as a problem.
    let pregnant = female && (16..=44).contains(&age_years) && rng.chance(0.09);
    if pregnant {
        add_problem(
            &mut problems,
            rng,
            "Z34.9",
            &[
                "No bleeding",
                "Hb low, iron started",
                "First antenatal visit",
            ],
            None,
        );
        meds.push(med(rng, "B03BB01", None));
        if rng.chance(0.5) {
            meds.push(med(rng, "B03AA07", None));
        }
        let days = rng.range(7, 28);
        referrals.push(referral(rng, "Antenatal care unit", "Z34.9", days));
    }

    let listed = |rng: &mut Rng, items: Vec<Value>, none: f64| -> Option<Value> {
        if !items.is_empty() {
            Some(Value::Array(items))
        } else if rng.chance(none) {
            Some("none_known".into())
        } else {
            None
        }
    };
    if let Some(p) = listed(rng, problems, 0.7) {
        rec.insert("problems".into(), p);
    }
    // Allergies: 8 % with one, most assessed as none known.
    let mut allergies = Vec::new();
    if rng.chance(0.08) {
        let (substance, atc, category) = *rng.pick(&[
            ("penicillins", Some("J01C"), "medication"),
            ("sulfonamides", Some("J01E"), "medication"),
            ("NSAIDs", Some("M01A"), "medication"),
            ("peanut", None, "food"),
            ("egg", None, "food"),
            ("house dust mite", None, "environment"),
        ]);
        let mut a = Map::new();
        a.insert("substance".into(), substance.into());
        if let Some(atc) = atc {
            a.insert("atc".into(), atc.into());
        }
        a.insert("category".into(), category.into());
        let crit = *rng.pick(&["low", "high", "unable_to_assess"]);
        a.insert("criticality".into(), crit.into());
        if rng.chance(0.6) {
            a.insert(
                "reaction".into(),
                (*rng.pick(&[
                    "Rash",
                    "Anaphylaxis",
                    "Urticaria",
                    "Swelling of lips",
                    "Wheeze",
                ]))
                .into(),
            );
        }
        if crit == "high" {
            alerts.push(json!({"kind": "severe_allergy", "text": format!("Allergy: {substance}")}));
        }
        allergies.push(a.into());
    }
    if let Some(a) = listed(rng, allergies, 0.75) {
        rec.insert("allergies".into(), a);
    }
    if let Some(m) = listed(rng, meds, 0.6) {
        rec.insert("medications".into(), m);
    }

    // Immunizations: history reported or documented, catch-up given here.
    let (immunizations, due) = immunizations(rng, age_years, origin.cc, host, kind, encounter_day);
    if let Some(i) = immunizations {
        rec.insert("immunizations".into(), i);
    }

    // Screening by origin (ECDC 2018), mostly on initial assessment.
    let mut results = Vec::new();
    if kind == "initial_assessment" || rng.chance(0.1) {
        let mut test = |rng: &mut Rng, loinc: &str, p_pos: f64, pos: &str, neg: &str| {
            let mut r = Map::new();
            r.insert("loinc".into(), loinc.into());
            r.insert(
                "result".into(),
                if rng.chance(p_pos) { pos } else { neg }.into(),
            );
            if rng.chance(0.15) {
                r.insert("date".into(), date(encounter_day + rng.range(1, 3)).into());
            }
            results.push(Value::from(r));
        };
        if origin.tb && rng.chance(0.7) {
            if age_years >= 15 {
                test(rng, "36643-5", 0.03, "abnormal", "normal");
            }
            let igra = if ltbi { 1.0 } else { 0.05 };
            let loinc = if rng.chance(0.7) { "71773-6" } else { "1648-5" };
            test(rng, loinc, igra, "positive", "negative");
        }
        if !child && (origin.hiv || rng.chance(0.3)) && rng.chance(0.7) {
            test(rng, "56888-1", 0.01, "positive", "negative");
        }
        if origin.hbv && rng.chance(0.7) {
            test(rng, "5196-1", 0.05, "positive", "negative");
        }
        if origin.hcv && rng.chance(0.6) {
            test(rng, "16128-1", 0.03, "positive", "negative");
        }
        if !child && origin.hiv && rng.chance(0.4) {
            test(rng, "20507-0", 0.02, "positive", "negative");
        }
        if origin.tropical && rng.chance(0.3) {
            let loinc = *rng.pick(&["100129-6", "10704-5", "70569-9"]);
            test(rng, loinc, 0.08, "positive", "negative");
        }
        if pregnant {
            test(rng, "2106-3", 1.0, "positive", "positive");
        }
        if rng.chance(0.25) || pregnant {
            let g = if child {
                rng.range(95, 135)
            } else {
                rng.range(92, 160)
            };
            let abnormal = g < 110;
            results.push(json!({
                "loinc": "718-7",
                "result": if abnormal { "abnormal" } else { "normal" },
                "value": format!("{}.{}", g / 10, g % 10),
                "unit": "g/dL",
            }));
        }
        if rng.chance(0.05) {
            results.push(json!({"loinc": "94558-4", "result": "negative"}));
        }
    }
    if !results.is_empty() {
        rec.insert("results".into(), results.into());
    }

    // Pregnancy section for women of child-bearing age.
    if female && (15..=49).contains(&age_years) && (pregnant || rng.chance(0.5)) {
        let mut p = Map::new();
        if pregnant {
            let weeks = rng.range(6, 36);
            p.insert("status".into(), "pregnant".into());
            p.insert(
                "expected_delivery".into(),
                date(encounter_day + (40 - weeks) * 7).into(),
            );
            p.insert("gestational_weeks".into(), weeks.into());
        } else {
            p.insert(
                "status".into(),
                (*rng.weighted(&[("not_pregnant", 85), ("unknown", 15)])).into(),
            );
        }
        if rng.chance(0.6) {
            let g = rng.range(0, 6);
            p.insert("gravida".into(), (g + i64::from(pregnant)).into());
            p.insert("para".into(), rng.range(0, g).into());
        }
        rec.insert("pregnancy".into(), p.into());
        if pregnant && rng.chance(0.2) {
            alerts.push(json!({"kind": "high_risk_pregnancy", "text": "Low Hb in pregnancy"}));
        }
    }

    // Mental-health screening (RHS-15) for adults on initial assessment.
    if !child && (mental_problem || kind == "initial_assessment" && rng.chance(0.55)) {
        let mut m = Map::new();
        let outcome = if mental_problem {
            "concerns"
        } else {
            *rng.weighted(&[
                ("no_concerns", 78),
                ("concerns", 12),
                ("declined", 7),
                ("not_done", 3),
            ])
        };
        m.insert("outcome".into(), outcome.into());
        if outcome == "concerns" || outcome == "no_concerns" {
            m.insert(
                "tool".into(),
                (*rng.weighted(&[("RHS-15", 85), ("PHQ-9", 10), ("PROTECT", 5)])).into(),
            );
        }
        if outcome == "concerns" && rng.chance(0.6) {
            m.insert("referred".into(), true.into());
        }
        rec.insert("mental_health".into(), m.into());
    }

    if !referrals.is_empty() {
        referrals.truncate(4);
        rec.insert("referrals".into(), referrals.into());
    }
    if !due.is_empty() {
        rec.insert("vaccinations_due".into(), due.into());
    }
    if !alerts.is_empty() {
        rec.insert("alerts".into(), alerts.into());
    }
    rec.into()
}

fn vitals(rng: &mut Rng, age: i64, female: bool) -> Map<String, Value> {
    let mut v = Map::new();
    let tenths = |x: i64| Value::from(x as f64 / 10.0);
    let (height, weight) = match age {
        0 => (rng.range(600, 1050), rng.range(60, 170)),
        1..=4 => (rng.range(800, 1150), rng.range(100, 200)),
        5..=11 => (rng.range(1050, 1500), rng.range(170, 420)),
        12..=17 => (rng.range(1400, 1800), rng.range(380, 700)),
        _ if female => (rng.range(1480, 1750), rng.range(420, 900)),
        _ => (rng.range(1600, 1900), rng.range(520, 1050)),
    };
    if rng.chance(0.8) {
        v.insert("height_cm".into(), tenths(height));
    }
    v.insert("weight_kg".into(), tenths(weight));
    if age >= 12 && rng.chance(0.85) {
        let sys = rng.range(100, 165);
        v.insert("systolic_mmhg".into(), sys.into());
        v.insert("diastolic_mmhg".into(), (sys - rng.range(35, 55)).into());
    }
    if rng.chance(0.9) {
        let hr = if age < 5 {
            rng.range(90, 140)
        } else {
            rng.range(58, 110)
        };
        v.insert("heart_rate_bpm".into(), hr.into());
    }
    if rng.chance(0.4) {
        let rr = if age < 5 {
            rng.range(22, 40)
        } else {
            rng.range(12, 22)
        };
        v.insert("respiratory_rate_per_min".into(), rr.into());
    }
    if rng.chance(0.85) {
        v.insert("temperature_c".into(), tenths(rng.range(358, 385)));
    }
    if rng.chance(0.7) {
        v.insert("spo2_percent".into(), rng.range(94, 100).into());
    }
    if age < 2 && rng.chance(0.5) {
        v.insert("head_circumference_cm".into(), tenths(rng.range(400, 490)));
    }
    if age < 5 && rng.chance(0.5) {
        v.insert("muac_cm".into(), tenths(rng.range(115, 170)));
    }
    v
}

/// Vaccination history and catch-up (ECDC: DTP/polio, MMR, hepatitis B for children; Td, MMR
/// and polio for adults without records), plus the doses still due.
fn immunizations(
    rng: &mut Rng,
    age: i64,
    origin: &str,
    host: &str,
    kind: &str,
    today: i64,
) -> (Option<Value>, Vec<Value>) {
    let mut doses = Vec::new();
    let mut due = Vec::new();
    if kind == "emergency" && rng.chance(0.7) {
        return (None, due);
    }
    let no_records = rng.chance(0.55);
    let this_year = ephr::date::from_epoch_days(today).map_or(2026, |d| i64::from(d.year()));
    let birth_year = this_year - age;
    if !no_records {
        // Childhood vaccines reported by the person, or documented on a home card.
        let history: &[&str] = &[
            "J07AN01", "J07BD01", "J07BF04", "J07CA11", "J07BC01", "J07AM01",
        ];
        for &v in history {
            if rng.chance(0.35) {
                let documented = rng.chance(0.3);
                let mut d = Map::new();
                d.insert("vaccine".into(), v.into());
                d.insert(
                    "source".into(),
                    if documented { "documented" } else { "reported" }.into(),
                );
                let year = (birth_year + rng.range(0, 2)).min(this_year - 1);
                let when = if documented {
                    format!("{year}-{:02}-{:02}", rng.range(1, 12), rng.range(1, 28))
                } else {
                    year.to_string()
                };
                if documented || rng.chance(0.7) {
                    d.insert("date".into(), when.into());
                }
                if rng.chance(0.6) {
                    d.insert("country".into(), origin.into());
                }
                doses.push(Value::from(d));
            }
        }
        if age >= 12 && rng.chance(0.35) {
            let v = *rng.pick(&["J07BN01", "J07BN02", "J07BN03"]);
            let transit = *rng.pick(&["TR", origin, origin]);
            for n in 1..=rng.range(1, 2) {
                doses.push(json!({
                    "vaccine": v,
                    "source": "documented",
                    "dose_number": n,
                    "date": format!("2021-{:02}-{:02}", 3 + 4 * (n - 1) + rng.range(0, 3), rng.range(1, 28)),
                    "country": transit,
                }));
            }
        }
    }
    // Given here.
    let lot = |rng: &mut Rng, prefix: &str| format!("{prefix}{}", rng.range(1000, 99999));
    let catch_up: &[(&str, &str)] = if age < 7 {
        &[
            ("J07CA09", "HX"),
            ("J07BD52", "MR"),
            ("J07AL02", "PN"),
            ("J07BC01", "HB"),
        ]
    } else if age < 18 {
        &[
            ("J07CA02", "TIP"),
            ("J07BD52", "MR"),
            ("J07BC01", "HB"),
            ("J07BF03", "IP"),
        ]
    } else {
        &[
            ("J07AM51", "TD"),
            ("J07BD52", "MR"),
            ("J07BF03", "IP"),
            ("J07BC01", "HB"),
        ]
    };
    let give = kind == "vaccination" || kind == "initial_assessment" && rng.chance(0.6);
    if give {
        let n = rng.range(1, catch_up.len() as i64) as usize;
        for &(v, p) in &catch_up[..n] {
            let mut d = Map::new();
            d.insert("vaccine".into(), v.into());
            d.insert("source".into(), "given_here".into());
            let number = rng.range(1, 2);
            if rng.chance(0.85) {
                d.insert("dose_number".into(), number.into());
            }
            if rng.chance(0.8) {
                d.insert("lot".into(), lot(rng, p).into());
            }
            doses.push(d.into());
            if rng.chance(0.5) {
                due.push(json!({
                    "vaccine": v,
                    "dose_number": number + 1,
                    "due": date(today + 28 * rng.range(1, 6)),
                }));
            }
        }
        if age >= 60 && rng.chance(0.3) && host != "RS" {
            doses.push(json!({"vaccine": "J07BB02", "source": "given_here"}));
        }
    }
    if doses.is_empty() && !no_records {
        return (None, due);
    }
    let mut m = Map::new();
    if no_records {
        m.insert("no_records".into(), true.into());
    }
    if !doses.is_empty() {
        m.insert("doses".into(), doses.into());
    }
    (Some(m.into()), due)
}
