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

    /// The report as a clinician reads it, in `lang` (its words from the catalogue, code names
    /// where ephr's tables have them; the library's error messages stay in English).
    ///
    /// A lone card is shown in full. The entries of a record with several entries (or a
    /// follow-up, or a split part) are summarised one by one and then read as one history.
    pub fn text(&self, lang: impl IntoLang) -> String {
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
        let mut o = String::new();
        let t = &self.trust_list;
        o.push_str(&lang.fmt(
            "report-checked",
            &[
                ("time", &self.checked_at),
                ("version", &t.sequence.to_string()),
                ("anchor", &t.anchor_kid),
                ("issued", &t.issued_at),
                ("next", &t.next_update),
            ],
        ));
        o.push_str("\n\n");
        for c in &self.checked {
            o.push_str(&format!("── {} ──\n", c.source));
            if let Some(w) = &self.stale_warning {
                o.push_str(&format!("{}  {w}\n", lang.t("report-warning")));
            }
            o.push_str(&match &c.result {
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
            });
            o.push('\n');
        }
        for r in &merged {
            o.push_str(&super::history_text(r, lang));
            o.push('\n');
        }
        if !self.built.findings.is_empty() {
            o.push_str(&format!("── {} ──\n", lang.t("report-findings")));
            for f in &self.built.findings {
                o.push_str(&super::finding_text(f, lang));
            }
            o.push('\n');
        }
        if self.checked.len() > 1 {
            let valid = self.checked.iter().filter(|c| c.result.is_ok()).count();
            o.push_str(&lang.fmt(
                "report-cards-valid",
                &[
                    ("valid", &valid.to_string()),
                    ("total", &self.checked.len().to_string()),
                ],
            ));
            o.push('\n');
        }
        super::printable(&o)
    }

    /// The report as `verify --json` prints it.
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}
