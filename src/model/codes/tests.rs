use super::*;

fn tables() -> [(CodeSystem, &'static [CodeInfo]); 5] {
    CodeSystem::ALL.map(|s| (s, table(s)))
}

#[test]
fn tables_sorted_without_duplicates() {
    for (system, t) in tables() {
        for pair in t.windows(2) {
            assert!(
                pair[0].code < pair[1].code,
                "{system}: {:?} must sort strictly before {:?}",
                pair[0].code,
                pair[1].code
            );
        }
    }
}

#[test]
fn every_table_code_is_well_formed() {
    for (system, t) in tables() {
        for e in t {
            assert!(is_well_formed(system, e.code), "{system}: {:?}", e.code);
        }
    }
    for e in vaccines() {
        assert!(is_well_formed_vaccine_atc(e.code), "{:?}", e.code);
    }
}

#[test]
fn every_entry_is_found_by_its_own_lookup() {
    for (system, t) in tables() {
        for e in t {
            assert_eq!(lookup(system, e.code), Some(e), "{system}: {:?}", e.code);
        }
    }
    for e in icd10::ICD10 {
        assert_eq!(icd10(e.code), Some(e));
    }
    for e in loinc::LOINC {
        assert_eq!(loinc(e.code), Some(e));
    }
    for e in iso3166::COUNTRIES {
        assert_eq!(country(e.code), Some(e));
    }
    for e in iso639::LANGUAGES {
        assert_eq!(language(e.code), Some(e));
    }
    for e in vaccines() {
        assert_eq!(vaccine(e.code), Some(e));
        assert_eq!(medicine(e.code), None);
    }
    for e in medicines() {
        assert_eq!(medicine(e.code), Some(e));
        assert_eq!(vaccine(e.code), None);
    }
}

#[test]
fn table_sizes() {
    assert!(icd10::ICD10.len() >= 110, "ICD-10: {}", icd10::ICD10.len());
    assert!(vaccines().len() >= 25, "vaccines: {}", vaccines().len());
    assert!(
        medicines().count() >= 40,
        "medicines: {}",
        medicines().count()
    );
    assert!(loinc::LOINC.len() >= 15, "LOINC: {}", loinc::LOINC.len());
    assert_eq!(iso3166::COUNTRIES.len(), 249);
    let two_letter = iso639::LANGUAGES.iter().filter(|e| e.code.len() == 2);
    assert_eq!(two_letter.count(), 184);
    assert_eq!(vaccines().len() + medicines().count(), atc::ATC.len());
}

#[test]
fn vaccines_are_exactly_the_j07_entries() {
    assert!(vaccines().iter().all(|e| e.code.starts_with("J07")));
    let j07 = atc::ATC
        .iter()
        .filter(|e| e.code.starts_with("J07"))
        .count();
    assert_eq!(vaccines().len(), j07);
    assert!(medicines().all(|e| !e.code.starts_with("J07")));
}

#[test]
fn required_entries_are_present() {
    let icd = [
        "J02.9", "J03.9", "B86", "B85.0", "B15.9", "B16.9", "B17.1", "B18.1", "B18.2", "B19.9",
        "J20.9", "J18.9", "J06.9", "A15.0", "A16.2", "A19.9", "R76.1", "B24", "Z21", "A53.9",
        "B05.9", "B01.9", "B26.9", "A09.9", "B50.9", "B54", "B65.9", "B78.9", "B82.9", "L01.0",
        "L02.9", "L08.9", "A37.9", "A36.9", "U07.1", "E10.9", "E11.9", "E14.9", "I10", "I11.9",
        "I20.9", "I25.9", "I50.9", "I64", "J45.9", "J44.9", "N18.9", "N18.5", "G40.9", "G43.9",
        "R51", "D50.9", "D57.1", "D56.9", "E03.9", "E66.9", "E43", "E44.0", "E46", "K02.9",
        "K29.7", "K21.9", "M54.5", "H10.9", "H66.9", "L20.9", "F43.1", "F43.2", "F32.9", "F33.9",
        "F41.1", "F41.9", "F10.2", "F11.2", "F20.9", "F31.9", "F51.0", "F79.9", "F84.0", "Z91.5",
        "R45.8", "T14.0", "T14.1", "T14.2", "T30.0", "T33.9", "T35.7", "S06.0", "S52.5", "S82.9",
        "T74.1", "T74.2", "Z33", "Z34.9", "Z35.9", "O99.0", "O24.4", "O13", "O14.9", "O80.9",
        "Z99.3", "H54.0", "H91.9", "Z20.1", "Z11.1", "Z27.1", "N90.8",
    ];
    for code in icd {
        assert!(icd10(code).is_some(), "ICD-10 {code}");
    }
    let vacc = [
        "J07AJ52", "J07AM51", "J07CA02", "J07CA06", "J07CA09", "J07BF03", "J07BF02", "J07BF04",
        "J07BD52", "J07BD54", "J07BD01", "J07BK01", "J07BC01", "J07BC02", "J07BC20", "J07AG01",
        "J07AL02", "J07AL01", "J07AH08", "J07AH09", "J07BM01", "J07BM03", "J07AN01", "J07BB02",
        "J07BX03", "J07AP03", "J07BH01", "J07BH02", "J07AM01", "J07AF01", "J07BG01", "J07AE01",
    ];
    for code in vacc {
        assert!(vaccine(code).is_some(), "vaccine {code}");
    }
    let meds = [
        "A10BA02", "A10AB01", "A10AC01", "A10AE04", "A10BB09", "C08CA01", "C09AA02", "C09AA03",
        "C03AA03", "C10AA05", "B01AC06", "N02BA01", "R03AC02", "R03BA01", "H03AA01", "N03AF01",
        "N03AG01", "N03AX14", "N03AB02", "N06AB06", "N06AB03", "N06AA09", "N02BE01", "M01AE01",
        "A02BC01", "J01CA04", "J01C", "J01CE02", "J01CE08", "J01E", "J01EE01", "J01FA10",
        "J01AA02", "J01MA02", "P01AB01", "P03AC04", "P02CF01", "P02CA03", "P02BA01", "J04AC01",
        "J04AB02", "J04AM06", "J05AF07", "J05AR03", "B03AA07", "B03BB01", "C08CA05", "C03CA01",
        "H02AB06", "M01A",
    ];
    for code in meds {
        assert!(medicine(code).is_some(), "medicine {code}");
    }
    let tests = [
        "71773-6", "24627-2", "36643-5", "56888-1", "5196-1", "16933-4", "16935-9", "16128-1",
        "11259-9", "718-7", "22587-0", "20507-0", "2345-7", "4548-4", "2160-0", "1751-7", "1648-5",
        "11545-1", "543-9", "2106-3", "32700-7", "85354-9", "82810-3",
    ];
    for code in tests {
        assert!(loinc(code).is_some(), "LOINC {code}");
    }
    let origin_and_transit = [
        "SY", "AF", "IQ", "IR", "PK", "BD", "ER", "ET", "SO", "SD", "SS", "NG", "GN", "CI", "ML",
        "SN", "GM", "CM", "CD", "CG", "MA", "DZ", "TN", "LY", "EG", "PS", "YE", "LB", "JO", "TR",
        "UA", "RU", "GE", "AM", "AZ", "VE", "CO", "HT", "CU", "GR", "BG", "RS", "MK", "AL", "ME",
        "BA", "HR", "SI", "HU", "RO", "CY", "IT", "MT", "ES", "FR", "DE", "AT", "CH", "NL", "BE",
        "SE", "NO", "DK", "GB", "PL",
    ];
    for code in origin_and_transit {
        let e = country(code).unwrap_or_else(|| panic!("country {code}"));
        assert!(
            !e.fr.is_empty() && !e.ar.is_empty(),
            "translations for {code}"
        );
    }
    let languages = [
        "ar", "fa", "prs", "ps", "ur", "ku", "ckb", "kmr", "ti", "am", "so", "om", "fr", "en",
        "es", "it", "el", "bg", "sr", "mk", "sq", "hr", "sl", "ro", "hu", "de", "tr", "ru", "uk",
        "wo", "ha", "ff", "bn", "pa", "hi", "ln", "sw",
    ];
    for code in languages {
        let e = language(code).unwrap_or_else(|| panic!("language {code}"));
        assert!(
            !e.fr.is_empty() && !e.ar.is_empty(),
            "translations for {code}"
        );
    }
}

#[test]
fn loinc_check_digits_of_every_table_entry() {
    for e in loinc::LOINC {
        let (number, check) = e.code.split_once('-').expect("LOINC code has a dash");
        let expected = loinc_check_digit(number.parse().expect("numeric part"));
        assert_eq!(check, expected.to_string(), "{}", e.code);
    }
}

#[test]
fn loinc_validator() {
    let real = [
        "71773-6", "24627-2", "5196-1", "16128-1", "56888-1", "718-7", "8867-4", "29463-7",
        "8302-2", "85354-9", "82810-3", "36643-5", "2708-6", "59408-5", "100129-6", "1-8",
    ];
    for code in real {
        assert!(is_well_formed_loinc(code), "{code}");
    }
    let bad = [
        "",
        "-",
        "718",
        "7187",
        "718-",
        "-7",
        "718-8",
        "718-0",
        "718-77",
        "0718-7",
        "718-7 ",
        " 718-7",
        "718 -7",
        "718--7",
        "7a8-7",
        "71773-6-6",
        "12345678-0",
        "718-a",
        "718–7",
        "７１８-7",
        "718-7\n",
    ];
    for code in bad {
        assert!(!is_well_formed_loinc(code), "{code:?}");
    }
    assert_eq!(loinc_check_digit(718), 7);
    assert_eq!(loinc_check_digit(1), 8);
    assert_eq!(loinc_check_digit(0), 0);
    assert_eq!(loinc_check_digit(71773), 6);
    assert_eq!(loinc_check_digit(9_999_999), 7);
    assert!(loinc_check_digit(u64::MAX) < 10);
    // A one-digit change always changes the check digit.
    for code in real {
        let (number, check) = code.split_once('-').unwrap();
        let wrong = (check.parse::<u8>().unwrap() + 1) % 10;
        assert!(
            !is_well_formed_loinc(&format!("{number}-{wrong}")),
            "{code}"
        );
    }
}

#[test]
fn icd10_validator() {
    for code in ["B86", "E11.9", "J03.90", "U07.1", "Z21", "A00.0", "Z99.99"] {
        assert!(is_well_formed_icd10(code), "{code}");
    }
    let bad = [
        "", "B", "B8", "B8X", "e11.9", "E11.", "E119", "E11.999", "E1.19", "11.9", "EE1.9",
        "E11,9", "E11.9 ", " E11.9", "E11-9", "E11.X", "É11.9", "E１1.9", "E11.9\0",
    ];
    for code in bad {
        assert!(!is_well_formed_icd10(code), "{code:?}");
    }
}

#[test]
fn atc_validators() {
    for code in [
        "J", "J07", "J07B", "J07BD", "J07BD52", "A10BA02", "M01A", "V03AB",
    ] {
        assert!(is_well_formed_atc(code), "{code}");
    }
    let bad = [
        "", "J0", "J07BD5", "J07BD521", "j07bd52", "J07bd52", "J7", "J07B1", "J07BDX2", "JJ7",
        "E07", "X01AA01", "J07BD52 ", " J07", "J07Bd", "J０7",
    ];
    for code in bad {
        assert!(!is_well_formed_atc(code), "{code:?}");
    }
    for code in ["J07B", "J07BD", "J07BD52", "J07AN01"] {
        assert!(is_well_formed_vaccine_atc(code), "{code}");
    }
    for code in ["J07", "J", "J01CA04", "J08AA01", "A07BD52", "j07bd52", ""] {
        assert!(!is_well_formed_vaccine_atc(code), "{code:?}");
    }
}

#[test]
fn country_validator() {
    for code in ["SY", "AF", "GR", "SS", "PS", "AX", "ZW"] {
        assert!(is_well_formed_country(code), "{code}");
    }
    for code in [
        "XX", "ZZ", "AA", "XK", "EU", "UK", "sy", "Sy", "SYR", "S", "", "SY ", "ŞY",
    ] {
        assert!(!is_well_formed_country(code), "{code:?}");
    }
}

#[test]
fn language_validator() {
    for code in [
        "ar", "fa", "ps", "ti", "en", "prs", "ckb", "kmr", "abc", "zzz",
    ] {
        assert!(is_well_formed_language(code), "{code}");
    }
    for code in [
        "", "a", "zz", "qq", "AR", "Ar", "PRS", "ar-SY", "arab", "a1", "ar ", "é",
    ] {
        assert!(!is_well_formed_language(code), "{code:?}");
    }
}

#[test]
fn validators_do_not_panic_on_odd_input() {
    let long = "A".repeat(100_000);
    let digits = "7".repeat(100_000);
    let inputs = [
        long.as_str(),
        digits.as_str(),
        "\u{0}",
        "é",
        "ÉÉÉ",
        "𝟕𝟏𝟖-𝟕",
        "\u{202E}E11.9",
        "-",
        "--",
        ".",
        "E11.9\u{301}",
    ];
    for input in inputs {
        for system in CodeSystem::ALL {
            assert!(!is_well_formed(system, input), "{system}: {input:?}");
            assert_eq!(lookup(system, input), None);
        }
        assert!(!is_well_formed_vaccine_atc(input));
        let _ = is_sensitive_icd10(input);
    }
}

#[test]
fn lookup_is_exact() {
    assert_eq!(icd10("E11.9").map(|e| e.code), Some("E11.9"));
    for code in [
        "E11", "E11.", "E11.90", "e11.9", "E11.9 ", " E11.9", "E1", "",
    ] {
        assert_eq!(icd10(code), None, "{code:?}");
    }
    assert_eq!(vaccine("J07BD52").map(|e| e.code), Some("J07BD52"));
    for code in ["J07BD", "J07BD5", "J07BD521", "j07bd52", "J07"] {
        assert_eq!(vaccine(code), None, "{code:?}");
    }
    assert_eq!(medicine("J01C").map(|e| e.code), Some("J01C"));
    assert_eq!(medicine("J01CA").map(|e| e.code), None);
    assert_eq!(loinc("718-7").map(|e| e.code), Some("718-7"));
    assert_eq!(loinc("718"), None);
    assert_eq!(loinc("18-7"), None);
    assert_eq!(country("SY").map(|e| e.code), Some("SY"));
    assert_eq!(country("sy"), None);
    assert_eq!(country("S"), None);
    assert_eq!(language("ar").map(|e| e.code), Some("ar"));
    assert_eq!(language("a"), None);
    assert_eq!(language("ara"), None);
}

#[test]
fn display_falls_back_to_english() {
    let scabies = icd10("B86").unwrap();
    assert_eq!(scabies.display("en"), "Scabies");
    assert_eq!(scabies.display("fr"), "Gale");
    assert_eq!(scabies.display("ar"), "الجرب");
    assert_eq!(scabies.display("FR"), "Gale");
    assert_eq!(scabies.display("fr-CH"), "Gale");
    assert_eq!(scabies.display("ar_SY"), "الجرب");
    assert_eq!(scabies.display("fra"), "Gale");
    assert_eq!(scabies.display("ara"), "الجرب");
    for lang in ["", "xx", "français", "-fr", "e", "\u{0}", "fr\u{301}"] {
        assert_eq!(scabies.display(lang), "Scabies", "{lang:?}");
    }
    // Other catalogue languages have their own names (names.rs), found from any tag.
    assert_eq!(scabies.display("de"), scabies.display("de-AT"));
    assert_ne!(scabies.display("de"), "Scabies");
    let afar = language("aa").unwrap();
    assert!(afar.fr.is_empty() && afar.ar.is_empty());
    assert_eq!(afar.display("fr"), "Afar");
    assert_eq!(afar.display("ar"), "Afar");
    let empty = CodeInfo {
        code: "X",
        en: "English",
        fr: "",
        ar: "",
    };
    for lang in ["en", "fr", "ar", "zz", ""] {
        assert_eq!(empty.display(lang), "English");
    }
}

#[test]
fn names_are_clean() {
    for (system, t) in tables() {
        for e in t {
            assert!(!e.en.is_empty(), "{system}: {} has no English name", e.code);
            for name in [e.en, e.fr, e.ar] {
                assert_eq!(name.trim(), name, "{system} {}: {name:?}", e.code);
                assert!(!name.contains("  "), "{system} {}: {name:?}", e.code);
                assert!(!name.chars().any(char::is_control), "{system} {}", e.code);
            }
            // English and French names contain no Arabic script; Arabic names
            // contain Arabic letters and no presentation forms.
            let arabic = |ch: char| ('\u{0600}'..='\u{06FF}').contains(&ch);
            let presentation = |ch: char| {
                ('\u{FB50}'..='\u{FDFF}').contains(&ch) || ('\u{FE70}'..='\u{FEFF}').contains(&ch)
            };
            assert!(!e.en.chars().any(arabic), "{system} {}", e.code);
            assert!(!e.fr.chars().any(arabic), "{system} {}", e.code);
            if !e.ar.is_empty() {
                assert!(e.ar.chars().any(arabic), "{system} {}", e.code);
                assert!(!e.ar.chars().any(presentation), "{system} {}", e.code);
                // Arabic comma, not the Latin one, inside Arabic text.
                assert!(!e.ar.contains(','), "{system} {}: {:?}", e.code, e.ar);
            }
        }
    }
}

#[test]
fn vital_signs() {
    let expected = [
        (VitalSign::Height, "8302-2", "cm"),
        (VitalSign::Weight, "29463-7", "kg"),
        (VitalSign::Bmi, "39156-5", "kg/m2"),
        (VitalSign::Systolic, "8480-6", "mm[Hg]"),
        (VitalSign::Diastolic, "8462-4", "mm[Hg]"),
        (VitalSign::HeartRate, "8867-4", "/min"),
        (VitalSign::RespiratoryRate, "9279-1", "/min"),
        (VitalSign::Temperature, "8310-5", "Cel"),
        (VitalSign::OxygenSaturation, "2708-6", "%"),
        (VitalSign::HeadCircumference, "9843-4", "cm"),
        (VitalSign::MidUpperArmCircumference, "56072-2", "cm"),
    ];
    assert_eq!(expected.map(|(v, _, _)| v), VitalSign::ALL);
    for (v, code, unit) in expected {
        assert_eq!(v.loinc(), code);
        assert_eq!(v.unit(), unit);
        assert!(is_well_formed_loinc(v.loinc()), "{v:?}");
        assert_eq!(v.info().code, code);
        assert_eq!(loinc(code), Some(v.info()), "{v:?} in the LOINC table");
        assert_eq!(VitalSign::from_loinc(code), Some(v));
        let i = v.info();
        assert!(
            !i.en.is_empty() && !i.fr.is_empty() && !i.ar.is_empty(),
            "{v:?}"
        );
    }
    assert_eq!(VitalSign::from_loinc("718-7"), None);
}

#[test]
fn code_systems() {
    let uris = [
        (
            CodeSystem::Icd10,
            "ICD-10",
            "http://hl7.org/fhir/sid/icd-10",
        ),
        (CodeSystem::Atc, "ATC", "http://www.whocc.no/atc"),
        (CodeSystem::Loinc, "LOINC", "http://loinc.org"),
        (CodeSystem::Iso3166, "ISO 3166-1", "urn:iso:std:iso:3166"),
        (CodeSystem::Iso639, "ISO 639", "urn:ietf:bcp:47"),
    ];
    for (system, name, uri) in uris {
        assert_eq!(system.name(), name);
        assert_eq!(system.to_string(), name);
        assert_eq!(system.uri(), uri);
    }
}

#[test]
fn sensitive_codes() {
    for code in [
        "T74.1", "T74.2", "T74", "Z91.5", "R45.8", "N90.8", "B20.0", "B24", "Z21", "X60", "X84.9",
        "Y05", "Y07.0", "Z04.4", "F00", "F43.1", "F99", "O00", "O80.9", "O9A.1", "Z33", "Z34.9",
        "Z36", "Z32.1", "Z39.2", "A50.9", "A53.9", "A54.9", "A64", "B16.9", "B17.1", "B18.1",
        "B18.2", "B19.9", "Z22.5", "Z65.4", "Z61.5", "R75", "Z20.6", "Z11.4", "Y04",
    ] {
        assert!(is_sensitive_icd10(code), "{code}");
    }
    for code in [
        "B86", "T75.1", "X59", "X85", "B25", "Z91.1", "N90.9", "", "T7", "E11.9", "A15.0", "R76.1",
        "B15.9", "B17.2", "A65", "A49", "G40.9", "Z65.5", "Z31", "Z40", "P00", "Y08", "F", "O1",
    ] {
        assert!(!is_sensitive_icd10(code), "{code}");
    }
}

/// The confidential LOINC list is sorted (it is searched by halves) and every entry is a
/// well-formed code with a valid check digit, so a typing slip cannot leave a test in the core.
#[test]
fn confidential_loinc_list_is_sorted_and_well_formed() {
    let list = confidential::CONFIDENTIAL_LOINC;
    assert!(
        list.windows(2).all(|w| w[0] < w[1]),
        "sorted, no duplicates"
    );
    for code in list {
        assert!(is_well_formed_loinc(code), "{code}");
        assert!(is_confidential_loinc(code), "{code}");
    }
    for code in [
        "71773-6", "36643-5", "718-7", "16935-9", "38379-4", "", "56888",
    ] {
        assert!(!is_confidential_loinc(code), "{code} stays in the core");
    }
}

#[test]
fn confidential_medicines() {
    for code in confidential::CONFIDENTIAL_ATC_PREFIXES {
        assert!(is_well_formed_atc(code), "{code}");
    }
    // Antiretrovirals, HBV and HCV antivirals, antipsychotics, antidepressants, opioid
    // substitution: the ones in the built-in table.
    for code in [
        "J05AF05", "J05AF07", "J05AF10", "J05AF13", "J05AG03", "J05AJ03", "J05AP51", "J05AP55",
        "J05AP57", "J05AR03", "N05AD01", "N05AH03", "N05AN01", "N05AX08", "N06AA09", "N06AB03",
        "N06AB06", "N06AB10", "N07BC01", "N07BC02", "J05AX09",
    ] {
        assert!(is_confidential_atc(code), "{code}");
    }
    // TB treatment, anxiolytics, other antivirals (influenza), diabetes, iron stay in the core.
    for code in [
        "J04AB02", "J04AC01", "J04AK01", "N05BA01", "J05AX25", "J05AH02", "A10BA02", "B03AA07",
        "J05A", "N05", "",
    ] {
        assert!(!is_confidential_atc(code), "{code}");
    }
}

#[test]
fn countries_and_languages_have_cldr_names_in_every_catalogue_language() {
    let germany = country("DE").unwrap();
    assert_eq!(germany.display("hr"), "Njemačka");
    assert_eq!(germany.display("sr"), "Немачка");
    assert_eq!(germany.display("sr-Latn"), "Nemačka");
    assert_eq!(germany.display("sr_latn_RS"), "Nemačka");
    assert_eq!(germany.display("de-AT"), "Deutschland");
    assert_eq!(germany.display("el"), "Γερμανία");
    assert_eq!(germany.display("fa"), "آلمان");
    // Dari: CLDR names it as Persian of Afghanistan.
    assert_eq!(language("prs").unwrap().display("de"), "Dari");
    assert_eq!(language("ti").unwrap().display("it"), "tigrino");
    // Clinical codes are not country or language codes: no CLDR name; their names come from
    // locales/codes/ (names.rs).
    assert_eq!(cldr_name("hr", "B86"), None);
    assert_eq!(
        Some(icd10("B86").unwrap().display("hr")),
        names::name("hr", "B86")
    );
    // English, French and Arabic keep their own tables.
    assert_eq!(germany.display("fr"), "Allemagne");
    for (lang, _) in cldr::NAMES {
        let countries = iso3166::COUNTRIES
            .iter()
            .filter(|c| cldr_name(lang, c.code).is_some())
            .count();
        assert_eq!(
            countries,
            iso3166::COUNTRIES.len(),
            "{lang}: countries named"
        );
        let languages = iso639::LANGUAGES
            .iter()
            .filter(|l| cldr_name(lang, l.code).is_some())
            .count();
        assert!(languages >= 150, "{lang}: {languages} languages named");
        // The languages of the people who carry the booklet are all named.
        // (The CLDR of Babel 2.19.0 has no Sorani name for Dari: it falls back to English "Dari".)
        for code in [
            "ar", "fa", "prs", "ps", "ti", "so", "ku", "ckb", "ur", "uk", "ru", "tr",
        ] {
            let known = cldr_name(lang, code).is_some();
            assert!(
                known || (*lang, code) == ("ckb", "prs"),
                "{lang} has no name for {code}"
            );
        }
    }
}
