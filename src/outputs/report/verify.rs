//! The result of `verify`: every presented card with its verdict, the histories they make, and
//! the trust list they were checked against, as one document. The CLI prints it as text or as
//! JSON and the station shows it; neither decides anything itself.

use serde::Serialize;
use serde_json::Value;

use super::IntoLang;
use crate::PublicKey;
use crate::date::format_instant;
use crate::history::{Checked, History, RecordHistory, Severity};
use crate::trust::TrustList;

/// The trust list a check used.
#[derive(Debug, Clone, Serialize)]
pub struct TrustListStatus {
    /// Its version (`sequence`).
    pub sequence: u64,
    /// Key id of the anchor that signed it.
    pub anchor_kid: String,
    /// When it was signed.
    pub issued_at: String,
    /// When the next version is due.
    pub next_update: String,
    /// Past its next update: revocations since then are not known here.
    pub stale: bool,
}

/// The overall verdict on the cards shown together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Verdict {
    /// No card was read.
    Nothing,
    /// Every card is valid and nothing calls for care.
    Valid,
    /// Every card is valid, but the trust list is out of date, the anchor is the demo anchor,
    /// or the history has a warning: read with care.
    ValidWithWarnings,
    /// A card is not valid or cannot be read, or the entries cannot all be one person's.
    NotValid,
}

/// One card of a report, as shown.
#[derive(Debug, Clone)]
pub struct CardBlock {
    /// Where it was found.
    pub source: String,
    /// It verified.
    pub valid: bool,
    /// The verdict and what the card says (or its summary, when its record's history follows).
    pub text: String,
}

/// A report in parts ([`VerifyReport::blocks`]); each text is printable as it is.
#[derive(Debug, Clone)]
pub struct ReportBlocks {
    /// When and against which trust list the cards were checked.
    pub checked: String,
    /// The trust list's out-of-date warning, shown with every card.
    pub stale: Option<String>,
    /// Each card, in the order read.
    pub cards: Vec<CardBlock>,
    /// The merged history of each record with several entries.
    pub histories: Vec<String>,
    /// Findings about the entries as a set.
    pub findings: Vec<String>,
    /// "n of m cards valid", when more than one card was read.
    pub count: Option<String>,
}

/// What `verify` found (serialised as `verify --json`).
#[derive(Debug, Serialize)]
pub struct VerifyReport {
    /// The time the cards were checked at.
    pub checked_at: String,
    /// The trust list used.
    pub trust_list: TrustListStatus,
    /// The trust anchor is ephr's public demo anchor: a valid card proves nothing.
    pub demo_anchor: bool,
    /// Every card read is valid, at least one was read and none was unreadable. (A history
    /// problem such as two people under one record id is in `history.findings`.)
    pub all_valid: bool,
    /// One verdict per card, in the order read.
    pub cards: Vec<Value>,
    /// The histories the valid cards make (see [`super::histories_json`]).
    pub history: Value,
    #[serde(skip)]
    stale_warning: Option<String>,
    #[serde(skip)]
    checked: Vec<Checked>,
    #[serde(skip)]
    built: History,
    #[serde(skip)]
    unreadable: bool,
    #[serde(skip)]
    history_problem: bool,
}

impl VerifyReport {
    /// Builds the report for cards already checked against `list` at `now`. `unreadable` says
    /// that some input could not be read at all (it makes the exit status a usage error).
    pub fn new(
        checked: Vec<Checked>,
        list: &TrustList,
        anchor: &PublicKey,
        now: i64,
        unreadable: bool,
    ) -> Self {
        let built = History::build(checked.clone());
        let stale_warning = list.stale_warning(now);
        let valid = checked.iter().filter(|c| c.result.is_ok()).count();
        let cards = checked
            .iter()
            .map(|c| {
                let mut v = match &c.result {
                    Ok(v) => super::verified_json(v),
                    Err(e) => super::invalid_json(e),
                };
                v["source"] = c.source.clone().into();
                if let Some(w) = &stale_warning {
                    v["warnings"] = serde_json::json!([w]);
                }
                v
            })
            .collect();
        let history_problem = built.worst() == Some(Severity::Problem);
        Self {
            checked_at: format_instant(now),
            trust_list: TrustListStatus {
                sequence: list.sequence,
                anchor_kid: anchor.kid().to_string(),
                issued_at: format_instant(list.issued_at),
                next_update: format_instant(list.next_update),
                stale: stale_warning.is_some(),
            },
            demo_anchor: crate::demo::is_demo_anchor(anchor),
            all_valid: !unreadable && !checked.is_empty() && valid == checked.len(),
            cards,
            history: super::histories_json(&built),
            stale_warning,
            checked,
            built,
            unreadable,
            history_problem,
        }
    }

    /// The process exit status: 0 all valid, 1 a card not valid (or a history problem),
    /// 2 unreadable input or no card at all.
    pub fn exit_status(&self) -> i32 {
        if self.unreadable || self.checked.is_empty() {
            2
        } else if self.all_valid && !self.history_problem {
            0
        } else {
            1
        }
    }

    /// The overall verdict on what was shown, as a screen puts it in large type.
    pub fn verdict(&self) -> Verdict {
        if self.checked.is_empty() {
            return Verdict::Nothing;
        }
        if self.unreadable || !self.all_valid || self.history_problem {
            return Verdict::NotValid;
        }
        let warned = self.stale_warning.is_some()
            || self.demo_anchor
            || self.built.worst() == Some(Severity::Warning);
        if warned {
            Verdict::ValidWithWarnings
        } else {
            Verdict::Valid
        }
    }

    /// How many cards are valid, of how many read.
    pub fn counts(&self) -> (usize, usize) {
        let valid = self.checked.iter().filter(|c| c.result.is_ok()).count();
        (valid, self.checked.len())
    }

    /// The language the person reads their own record in, from the valid cards' records
    /// ([`crate::labels::Lang::for_person`]).
    pub fn person_language(&self) -> Option<crate::labels::Lang> {
        crate::labels::Lang::for_person(
            self.checked
                .iter()
                .filter_map(|c| c.result.as_ref().ok())
                .flat_map(|v| v.claims().entry.record.patient.languages.iter())
                .map(String::as_str),
        )
    }

    /// The out-of-date warning of the trust list, when it is past its next update.
    pub fn stale_warning(&self) -> Option<&str> {
        self.stale_warning.as_deref()
    }

    /// The cards as they were checked, in the order read.
    pub fn checked(&self) -> &[Checked] {
        &self.checked
    }

    /// The histories the valid cards make.
    pub fn history(&self) -> &History {
        &self.built
    }

    /// The report in parts, in `lang`: what [`VerifyReport::text`] prints, for a screen that
    /// lays the parts out itself (the station).
    ///
    /// A lone card is shown in full. The entries of a record with several entries (or a
    /// follow-up, or a split part) are summarised one by one and then read as one history.
    pub fn blocks(&self, lang: impl IntoLang) -> ReportBlocks {
        let lang = lang.into_lang();
        let merged: Vec<&RecordHistory> = self
            .built
            .records
            .iter()
            .filter(|r| {
                r.entries.len() > 1
                    || !r.invalid.is_empty()
                    || r.entries.iter().any(|e| {
                        let entry = &e.card.claims().entry;
                        entry.follows.is_some() || entry.part.is_some()
                    })
            })
            .collect();
        let in_merged = |v: &crate::VerifiedCard| {
            merged
                .iter()
                .any(|r| r.record_id == v.claims().entry.record_id)
        };
        let t = &self.trust_list;
        let checked_line = lang.fmt(
            "report-checked",
            &[
                ("time", &self.checked_at),
                ("version", &t.sequence.to_string()),
                ("anchor", &t.anchor_kid),
                ("issued", &t.issued_at),
                ("next", &t.next_update),
            ],
        );
        let cards = self
            .checked
            .iter()
            .map(|c| CardBlock {
                source: c.source.clone(),
                valid: c.result.is_ok(),
                text: super::printable(&match &c.result {
                    Ok(v) if in_merged(v) => super::entry_summary_in(
                        v,
                        lang,
                        merged
                            .iter()
                            .copied()
                            .find(|r| r.record_id == v.claims().entry.record_id),
                    ),
                    Ok(v) => super::verified_text(v, lang),
                    Err(e) => super::invalid_text_in(e, lang),
                }),
            })
            .collect();
        let (valid, total) = self.counts();
        ReportBlocks {
            checked: super::printable(&checked_line),
            stale: self
                .stale_warning
                .as_ref()
                .map(|w| format!("{}  {w}", lang.t("report-warning"))),
            cards,
            histories: merged
                .iter()
                .map(|r| super::printable(&super::history_text(r, lang)))
                .collect(),
            findings: self
                .built
                .findings
                .iter()
                .map(|f| super::printable(&super::finding_text(f, lang)))
                .collect(),
            count: (total > 1).then(|| {
                lang.fmt(
                    "report-cards-valid",
                    &[("valid", &valid.to_string()), ("total", &total.to_string())],
                )
            }),
        }
    }

    /// The report as a clinician reads it, in `lang` (its words from the catalogue, code names
    /// where ephr's tables have them; the library's error messages stay in English).
    pub fn text(&self, lang: impl IntoLang) -> String {
        let lang = lang.into_lang();
        let b = self.blocks(lang);
        let mut o = String::new();
        o.push_str(&b.checked);
        o.push_str("\n\n");
        for c in &b.cards {
            o.push_str(&format!("── {} ──\n", super::printable(&c.source)));
            if let Some(w) = &b.stale {
                o.push_str(w);
                o.push('\n');
            }
            o.push_str(&c.text);
            o.push('\n');
        }
        for h in &b.histories {
            o.push_str(h);
            o.push('\n');
        }
        if !b.findings.is_empty() {
            o.push_str(&format!("── {} ──\n", lang.t("report-findings")));
            for f in &b.findings {
                o.push_str(f);
            }
            o.push('\n');
        }
        if let Some(c) = &b.count {
            o.push_str(c);
            o.push('\n');
        }
        o
    }

    /// The report as `verify --json` prints it.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}
