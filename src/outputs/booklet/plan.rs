//! What is printed from a verified history, and on what: the rules every front-end (the
//! `ephr booklet` command, the clinic station) applies before it renders anything.
//!
//! - Only valid entries are printed, and only when every presented card is valid: a booklet
//!   that silently left a card out would read as the whole history.
//! - One person: entries that name different persons or link to another record (a finding of
//!   severity [`Severity::Problem`]) are refused, as are entries of several records.
//! - Confidential entries are never printed in the booklet the person shows to others: they go
//!   to a separate insert, with its own cover ([`super::render`]). When both kinds are present,
//!   the caller must ask for the insert; the insert is never a wallet card, which is made to be
//!   shown to anyone, so a wallet card's confidential entries print as A6 pages.
//! - The order is the history's (links first, then encounter date, issue time and part), so
//!   entry numbers match `ephr verify`; duplicates were merged by the history.

use super::{Layout, PrintEntry};
use crate::history::{Finding, History, Severity};
use crate::labels::Lang;

/// One PDF to write: its entries, oldest first, and its layout.
#[derive(Debug, Clone)]
pub struct PrintJob {
    /// The entries, in the history's order.
    pub entries: Vec<PrintEntry>,
    /// The page arrangement.
    pub layout: Layout,
}

/// The PDFs a history prints as.
#[derive(Debug, Clone)]
pub struct PrintPlan {
    /// The booklet (or A4 sheets, or wallet card) of the entries that are not confidential;
    /// `None` when every entry is confidential.
    pub booklet: Option<PrintJob>,
    /// The confidential insert, printed apart; `None` when no entry is confidential.
    pub insert: Option<PrintJob>,
}

impl PrintPlan {
    /// The first language the person speaks that ephr has labels in, from the entries' records.
    pub fn patient_language(&self) -> Option<Lang> {
        super::patient_language(self.jobs().flat_map(|j| &j.entries))
    }

    /// The booklet, then the insert, of those present.
    pub fn jobs(&self) -> impl Iterator<Item = &PrintJob> {
        self.booklet.iter().chain(self.insert.iter())
    }
}

/// Why a history is not printed.
#[derive(Debug, Clone, thiserror::Error)]
pub enum PlanError {
    /// Some presented cards are not valid.
    #[error("{0} card(s) are not valid; a booklet is printed only from valid entries")]
    Invalid(usize),
    /// The valid entries cannot all be about one person (identity mismatch, link to another
    /// record).
    #[error("these entries are not one person's history: {}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("; "))]
    NotOnePerson(Vec<Finding>),
    /// The entries belong to several records.
    #[error("the cards belong to {0} different records")]
    SeveralRecords(usize),
    /// Nothing to print.
    #[error("no cards found in the inputs")]
    NoEntries,
    /// Confidential and other entries were given, and no insert was asked for.
    #[error("{0} of the cards are confidential; they print only as a separate insert")]
    InsertNeeded(usize),
}

impl PlanError {
    /// True when the cards themselves are the problem (not valid, not one person), which
    /// front-ends report as a card that is not valid rather than as a usage error.
    pub fn is_invalid_cards(&self) -> bool {
        matches!(self, Self::Invalid(_) | Self::NotOnePerson(_))
    }

    /// What to do next, in a clinician's words.
    pub fn hint(&self) -> &'static str {
        match self {
            Self::Invalid(_) => {
                "leave out the invalid cards, or check the trust list with `ephr trust show`"
            }
            Self::NotOnePerson(_) => {
                "these entries are not one person's history; check them with `ephr verify` and print each person's entries separately"
            }
            Self::SeveralRecords(_) => {
                "these cards are of different people; make one booklet per person"
            }
            Self::NoEntries => "give PHR1 text files, photos of the QR codes, or .phr bundles",
            Self::InsertNeeded(_) => {
                "confidential entries print as a separate insert that the person keeps apart from the booklet; ask for the insert, or leave the confidential card out"
            }
        }
    }
}

/// Plans the PDFs of `history` in `layout`. `with_insert` says whether the caller will write a
/// confidential insert apart from the booklet; without it, a history that holds confidential and
/// other entries is refused ([`PlanError::InsertNeeded`]), and one whose entries are all
/// confidential still prints as the insert alone.
pub fn plan(history: &History, layout: Layout, with_insert: bool) -> Result<PrintPlan, PlanError> {
    let invalid = history.unplaced.len()
        + history
            .records
            .iter()
            .map(|r| r.invalid.len())
            .sum::<usize>();
    if invalid > 0 {
        return Err(PlanError::Invalid(invalid));
    }
    let problems: Vec<Finding> = history
        .findings
        .iter()
        .filter(|f| f.severity() >= Severity::Problem)
        .cloned()
        .collect();
    if !problems.is_empty() {
        return Err(PlanError::NotOnePerson(problems));
    }
    if history.records.len() > 1 {
        return Err(PlanError::SeveralRecords(history.records.len()));
    }
    let entries: Vec<PrintEntry> = history
        .records
        .iter()
        .flat_map(|r| r.entries.iter().map(|e| PrintEntry::from(&e.card)))
        .collect();
    if entries.is_empty() {
        return Err(PlanError::NoEntries);
    }
    let (core, confidential) = super::split_confidential(entries);
    if !core.is_empty() && !confidential.is_empty() && !with_insert {
        return Err(PlanError::InsertNeeded(confidential.len()));
    }
    let insert_layout = match layout {
        Layout::Card => Layout::Booklet,
        other => other,
    };
    Ok(PrintPlan {
        booklet: (!core.is_empty()).then_some(PrintJob {
            entries: core,
            layout,
        }),
        insert: (!confidential.is_empty()).then_some(PrintJob {
            entries: confidential,
            layout: insert_layout,
        }),
    })
}
