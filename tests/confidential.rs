//! Evidence for issue 13, confidential results: the core card of the reference record holds none
//! of its sensitive items, the confidential card holds all of them, the two merge back to the
//! whole record, the core card alone is a complete valid record that says nothing about the
//! other, and the journey gives the right history with and without a confidential follow-up.

#[path = "support/confidential.rs"]
mod shared;
mod support;

use ephr::card::{CardId, Claims, Entry, EntryLink, RecordId};
use ephr::codes::{is_confidential_atc, is_confidential_loinc, is_sensitive_icd10};
use ephr::history::History;
use ephr::record::{Item, Record};
use ephr::{cbor, report};
use shared::{
    AUTHORITY, CHECK_AT, ISSUED_AT, at, checked, hiv_follow_up, issued, journey, journey_list,
    reference, trust,
};

/// The claims as the wire format decodes them from the signed CBOR payload.
fn decoded(cose: &[u8]) -> Claims {
    let sign1 = ephr::cose::Sign1::parse(cose).unwrap();
    cbor::claims_from_slice(&sign1.payload).unwrap()
}

/// Whether any fact of `r` is one the reference record keeps confidential.
fn sensitive_facts(r: &Record) -> Vec<String> {
    let mut out = Vec::new();
    for p in r.problems.items() {
        if is_sensitive_icd10(&p.icd10) {
            out.push(p.icd10.clone());
        }
    }
    for m in r.medications.items() {
        if is_confidential_atc(&m.atc) {
            out.push(m.atc.clone());
        }
    }
    for x in &r.results {
        if is_confidential_loinc(&x.loinc) {
            out.push(x.loinc.clone());
        }
    }
    for x in &r.referrals {
        if x.reason_icd10.as_deref().is_some_and(is_sensitive_icd10) {
            out.push(x.to.clone());
        }
    }
    if r.pregnancy.is_some() {
        out.push("pregnancy".into());
    }
    if r.mental_health.is_some() {
        out.push("mental_health".into());
    }
    out
}

#[test]
fn the_reference_record_has_sensitive_items_of_every_kind() {
    let m = reference();
    let items = m.confidential_items();
    for kind in [
        Item::Pregnancy,
        Item::MentalHealth,
        Item::Problem(4),  // F43.1
        Item::Referral(2), // for F43.1
    ] {
        assert!(items.contains(&kind), "{kind}");
    }
    let loincs: Vec<_> = items
        .iter()
        .filter_map(|i| match i {
            Item::Result(n) => Some(m.record.results[*n].loinc.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(loincs, ["56888-1", "5196-1", "16128-1"], "HIV, HBV, HCV");
    assert!(m.consent.confidential_card);
}

#[test]
fn the_core_card_cbor_holds_none_of_the_sensitive_items() {
    let out = issued();
    assert_eq!(out.core.len(), 1, "the core fits one code");
    let claims = decoded(out.core[0].cose());
    assert_eq!(sensitive_facts(&claims.entry.record), Vec::<String>::new());
    assert!(!claims.entry.confidential);
    assert_eq!(claims.entry.follows, None, "the core links to nothing");
    // Nothing else is lost: every core fact of the record is on the core card.
    assert_eq!(claims.entry.record, reference().split().core);
    // And no trace in the bytes either: not a code, not a word of a confidential note.
    let payload = ephr::cose::Sign1::parse(out.core[0].cose())
        .unwrap()
        .payload;
    for needle in [&b"F43.1"[..], b"56888-1", b"RHS-15", b"Nightmares"] {
        assert!(
            !payload.windows(needle.len()).any(|w| w == needle),
            "{}",
            String::from_utf8_lossy(needle)
        );
    }
}

#[test]
fn the_confidential_card_holds_all_of_them_and_follows_the_core() {
    let out = issued();
    let conf = out.confidential.as_ref().expect("consent given");
    let claims = decoded(conf.cose());
    assert!(claims.entry.confidential);
    assert_eq!(
        claims.entry.follows,
        Some(ephr::card::entry_link(out.core[0].cose()))
    );
    let core = decoded(out.core[0].cose());
    assert_eq!(claims.entry.record_id, core.entry.record_id);
    assert_ne!(claims.card_id, core.card_id);
    assert_eq!(
        claims.entry.record.patient, core.entry.record.patient,
        "the insert alone shows whose it is"
    );
    let full = reference();
    assert_eq!(
        sensitive_facts(&claims.entry.record),
        sensitive_facts(&full.record),
        "every sensitive item"
    );
    assert_eq!(Some(claims.entry.record), full.split().confidential);
}

#[test]
fn the_two_cards_merge_back_to_the_full_record() {
    let out = issued();
    let conf = out.confidential.as_ref().unwrap();
    let h = History::build(vec![
        checked("core", out.core[0].text(), trust()),
        checked("confidential", conf.text(), trust()),
    ]);
    assert!(h.findings.is_empty(), "{:?}", h.findings);
    let [r] = &h.records[..] else { panic!() };
    let full = reference().record;
    let m = &r.merged;
    let mut problems: Vec<_> = m.problems.iter().map(|f| f.value.clone()).collect();
    let mut expected = full.problems.items().to_vec();
    problems.sort_by(|a, b| a.icd10.cmp(&b.icd10));
    expected.sort_by(|a, b| a.icd10.cmp(&b.icd10));
    assert_eq!(problems, expected);
    let mut results: Vec<_> = m.results.iter().map(|f| f.value.clone()).collect();
    let mut expected = full.results.clone();
    results.sort_by(|a, b| a.loinc.cmp(&b.loinc));
    expected.sort_by(|a, b| a.loinc.cmp(&b.loinc));
    assert_eq!(results, expected);
    assert_eq!(m.referrals.len(), full.referrals.len());
    assert_eq!(m.medications.len(), full.medications.items().len());
    assert_eq!(
        m.pregnancy.as_ref().map(|f| &f.value),
        full.pregnancy.as_ref()
    );
    assert_eq!(
        m.mental_health.as_ref().map(|f| &f.value),
        full.mental_health.as_ref()
    );
    // Each confidential fact is marked, and only those.
    for f in &m.problems {
        assert_eq!(
            f.confidential,
            f.value.icd10 == "F43.1",
            "{}",
            f.value.icd10
        );
    }
    for f in &m.results {
        let sensitive = ["56888-1", "5196-1", "16128-1"].contains(&f.value.loinc.as_str());
        assert_eq!(f.confidential, sensitive, "{}", f.value.loinc);
        assert!(f.from.iter().all(|p| p.confidential == sensitive));
    }
    assert!(m.pregnancy.as_ref().unwrap().confidential);
    assert!(m.allergies.iter().all(|f| !f.confidential));
    // The next follow-up follows the core entry, never the confidential one.
    assert_eq!(
        r.latest().card.claims().card_id,
        out.core[0].claims().card_id
    );

    let text = report::history_text(r, "en");
    let marked: Vec<_> = text
        .lines()
        .filter(|l| l.contains("CONFIDENTIAL"))
        .collect();
    assert!(marked.iter().any(|l| l.contains("F43.1")), "{text}");
    assert!(marked.iter().any(|l| l.contains("56888-1")), "{text}");
    assert!(!marked.iter().any(|l| l.contains("E11.9")), "{text}");
    let json = report::history_json(r);
    let facts = json["merged"]["problems"].as_array().unwrap();
    for f in facts {
        let conf = f["value"]["icd10"] == "F43.1";
        assert_eq!(
            f.get("confidential").and_then(|v| v.as_bool()),
            conf.then_some(true)
        );
    }
}

#[test]
fn the_core_card_alone_is_valid_and_says_nothing_of_the_other() {
    let out = issued();
    let h = History::build(vec![checked("core", out.core[0].text(), trust())]);
    assert!(h.findings.is_empty(), "no finding: {:?}", h.findings);
    let v = ephr::verify_text(out.core[0].text(), trust(), at(CHECK_AT)).unwrap();
    let text = report::verified_text(&v, "en");
    let json = report::verified_json(&v).to_string();
    for report in [&text, &json] {
        assert!(!report.to_lowercase().contains("confidential"), "{report}");
    }
    assert!(text.starts_with("VALID"));
}

#[test]
fn the_confidential_card_alone_says_what_it_is_in_every_language() {
    let conf = issued().confidential.as_ref().unwrap();
    let v = ephr::verify_text(conf.text(), trust(), at(CHECK_AT)).unwrap();
    for lang in ephr::labels::LANGUAGES {
        let text = report::verified_text(&v, *lang);
        let first = text.lines().next().unwrap();
        // Capitals, as the verdict is written; Greek capitals drop the accent, and Turkish
        // İ lowercases to i and a combining dot.
        let plain = |s: &str| {
            s.to_lowercase()
                .replace("i\u{307}", "i")
                .replace('ά', "α")
                .replace('έ', "ε")
                .replace('ί', "ι")
                .replace('ό', "ο")
        };
        let word = lang.t("report-confidential");
        assert!(
            plain(first).contains(&plain(word)),
            "{}: {first}",
            lang.code
        );
        assert!(
            text.contains(lang.t("report-confidential-note")),
            "{}",
            lang.code
        );
        if lang.code != "en" {
            assert!(!text.contains("Confidential entry"), "{}", lang.code);
        }
    }
    assert_eq!(report::verified_json(&v)["claims"]["confidential"], true);
}

/// A confidential entry must follow an entry and is never split: the decoder refuses both, so
/// no issuer can make a confidential card that stands for a whole record or that comes in parts.
#[test]
fn the_wire_refuses_a_confidential_entry_without_link_or_in_parts() {
    let record = Record::from_json(
        r#"{"patient":{"sex":"female"},"encounter":{"date":"2026-10-14","country":"GR"},
            "mental_health":{"outcome":"concerns"}}"#,
    )
    .unwrap();
    let claims = |follows, part| Claims {
        issuer: AUTHORITY.into(),
        issued_at: at(ISSUED_AT),
        expires: None,
        card_id: CardId(vec![1; 8]),
        entry: Entry {
            record_id: RecordId(vec![2; 8]),
            follows,
            part,
            confidential: true,
            record: record.clone(),
        },
    };
    let link = Some(EntryLink([7; 16]));
    let ok = cbor::claims_to_vec(&claims(link, None)).unwrap();
    assert!(cbor::claims_from_slice(&ok).unwrap().entry.confidential);
    for (c, why) in [
        (claims(None, None), "must follow"),
        (
            claims(link, Some(ephr::card::Part { index: 1, count: 2 })),
            "never split",
        ),
    ] {
        let bytes = cbor::claims_to_vec(&c).unwrap();
        let err = cbor::claims_from_slice(&bytes).unwrap_err().to_string();
        assert!(err.contains(why), "{err}");
    }
}

/// The confidential flag's encoding, fixed: entry key 4, `true`, after `[index, count]` (key 3)
/// and before the record (key 10); a core entry has no key 4 at all.
#[test]
fn golden_confidential_entry_bytes() {
    let record = Record::from_json(
        r#"{"patient":{},"encounter":{"date":"2026-10-14","country":"GR"},
            "mental_health":{"outcome":"concerns"}}"#,
    )
    .unwrap();
    let entry = |confidential| Entry {
        record_id: RecordId(vec![0xab; 8]),
        follows: Some(EntryLink([0xcd; 16])),
        part: None,
        confidential,
        record: record.clone(),
    };
    let hex = |e: &Entry| hex::encode(cbor::to_vec(&cbor::entry_to_value(e).unwrap()));
    let conf = hex(&entry(true));
    let core = hex(&entry(false));
    // The core map has 6 entries {0, 1, 2, 10, 11, 19}; the confidential one has key 4 = true
    // (`04 f5`) right after the link (key 2, a 16-byte string), and nothing else differs.
    let link = format!("0250{}", "cd".repeat(16));
    let after_link = core.find(&link).unwrap() + link.len();
    assert_eq!(&core[..2], "a6");
    assert_eq!(
        conf,
        format!("a7{}04f5{}", &core[2..after_link], &core[after_link..])
    );
    assert_eq!(
        &core[..after_link],
        format!("a600010148{}{link}", "ab".repeat(8)),
        "{core}"
    );
}

// ── The journey: Greece, Serbia, Italy, then an Italian clinic that starts HIV treatment ──

#[test]
fn a_follow_up_of_confidential_facts_only_is_one_confidential_entry_after_the_booklet() {
    let out = hiv_follow_up();
    assert!(out.core.is_empty(), "no empty core entry to give it away");
    let conf = out.confidential.unwrap();
    let it = &journey()[2];
    let it_link = it.result.as_ref().unwrap().link();
    assert_eq!(conf.claims().entry.follows, Some(it_link));
    assert!(conf.claims().entry.confidential);

    let without = History::build(journey());
    let mut presented = journey();
    presented.push(checked("4-it-confidential", conf.text(), journey_list()));
    let with = History::build(presented);
    assert!(with.findings.is_empty(), "{:?}", with.findings);
    assert!(without.findings.is_empty(), "{:?}", without.findings);
    let (a, b) = (&without.records[0].merged, &with.records[0].merged);
    assert!(a.problems.iter().all(|p| p.value.icd10 != "B24"));
    let hiv = b.problems.iter().find(|p| p.value.icd10 == "B24").unwrap();
    assert!(hiv.confidential);
    let art: Vec<_> = b
        .medications
        .iter()
        .filter(|m| m.value.atc.starts_with("J05A"))
        .collect();
    assert_eq!(art.len(), 2);
    assert!(art.iter().all(|m| m.confidential));
    // Everything the booklet shows is unchanged, and still not confidential.
    for f in &a.medications {
        let same = b.medications.iter().find(|m| m.value == f.value).unwrap();
        assert!(!same.confidential && same.from == f.from);
    }
    assert_eq!(a.problems.len() + 1, b.problems.len());
    assert_eq!(a.results.len() + 1, b.results.len());
    // The next clinic's follow-up still follows the Italian core entry.
    assert_eq!(with.records[0].latest().card.link(), it_link);
    assert_eq!(with.records[0].entries.len(), 4);
    assert!(with.records[0].entries[3].provenance.confidential);
}

#[test]
fn a_follow_up_cannot_follow_a_confidential_entry_alone() {
    let conf = hiv_follow_up().confidential.unwrap();
    let err = ephr::issue::entry_to_follow(vec![checked(
        "4-it-confidential",
        conf.text(),
        journey_list(),
    )])
    .unwrap_err();
    assert!(
        matches!(err, ephr::issue::FollowError::OnlyConfidential),
        "{err}"
    );
}
