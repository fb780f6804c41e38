//! Stage exit checklists (SPEC §3: "a needs-analysis note before leaving
//! needs confirmed"). Items are identified by stable keys: the keys are
//! stored in `Deal::checklist` when ticked and the UI translates them, so a
//! key must never be renamed.
//!
//! An item is met when its evidence is found in the data, or — for manual
//! items only — when its key is ticked on the deal. Automatic items cannot be
//! ticked: their whole point is that the data shows it.

use super::pipeline::Stage;
use super::{Activity, ActivityKind, Deal, Quote, QuoteStatus};

/// Data that satisfies an item without anyone ticking it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Evidence {
    /// Nothing in the data; a person ticks it.
    None,
    /// The deal names a contact (the decision maker).
    ContactSet,
    /// A Note activity is recorded on the deal.
    NoteActivity,
    /// A quote for the deal was sent or accepted.
    QuoteSent,
    /// The deal has an expected close date.
    ExpectedClose,
    /// The deal's negotiation has a BATNA written down.
    Batna,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChecklistItem {
    pub key: &'static str,
    /// Ticking the key on the deal satisfies it.
    pub manual: bool,
    pub evidence: Evidence,
}

impl ChecklistItem {
    /// Satisfied only by data, never by ticking.
    pub fn is_automatic(&self) -> bool {
        !self.manual
    }
}

const fn auto(key: &'static str, evidence: Evidence) -> ChecklistItem {
    ChecklistItem { key, manual: false, evidence }
}
const fn manual(key: &'static str, evidence: Evidence) -> ChecklistItem {
    ChecklistItem { key, manual: true, evidence }
}

const IDENTIFY: [ChecklistItem; 1] = [auto("decision_maker_identified", Evidence::ContactSet)];
const NEEDS_CONFIRMED: [ChecklistItem; 2] =
    [manual("needs_analysis_note", Evidence::NoteActivity), manual("budget_confirmed", Evidence::None)];
const SOLUTION_MATCHED: [ChecklistItem; 1] = [auto("quote_sent", Evidence::QuoteSent)];
const DECISION_FOLLOW_UP: [ChecklistItem; 2] =
    [auto("decision_date_set", Evidence::ExpectedClose), auto("negotiation_recorded", Evidence::Batna)];

/// What must be done before a deal leaves `stage`. Won and lost are final
/// and have no exit items.
pub fn exit_items(stage: Stage) -> &'static [ChecklistItem] {
    match stage {
        Stage::Identify => &IDENTIFY,
        Stage::NeedsConfirmed => &NEEDS_CONFIRMED,
        Stage::SolutionMatched => &SOLUTION_MATCHED,
        Stage::DecisionFollowUp => &DECISION_FOLLOW_UP,
        Stage::Won | Stage::Lost => &[],
    }
}

/// The item with `key`, e.g. to check a tick the UI is about to store.
pub fn item(key: &str) -> Option<&'static ChecklistItem> {
    Stage::ALL.iter().flat_map(|s| exit_items(*s)).find(|i| i.key == key)
}

/// Whether `item` is met for `deal`. Activities and quotes of other deals
/// are ignored, so callers may pass wider lists.
pub fn is_met(item: &ChecklistItem, deal: &Deal, activities: &[Activity], quotes: &[Quote]) -> bool {
    if item.manual && deal.checklist.iter().any(|k| k == item.key) {
        return true;
    }
    match item.evidence {
        Evidence::None => false,
        Evidence::ContactSet => deal.contact_id.is_some(),
        Evidence::NoteActivity => activities.iter().any(|a| a.deal_id == Some(deal.id) && a.kind == ActivityKind::Note),
        Evidence::QuoteSent => {
            quotes.iter().any(|q| q.deal_id == deal.id && matches!(q.status, QuoteStatus::Sent | QuoteStatus::Accepted))
        }
        Evidence::ExpectedClose => deal.expected_close.is_some(),
        Evidence::Batna => !deal.negotiation.batna.trim().is_empty(),
    }
}

/// Exit items of `stage` not yet met, in checklist order; empty means the
/// deal may leave the stage.
pub fn unmet(deal: &Deal, stage: Stage, activities: &[Activity], quotes: &[Quote]) -> Vec<&'static ChecklistItem> {
    exit_items(stage).iter().filter(|i| !is_met(i, deal, activities, quotes)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Currency, ForecastCategory, Id, Money, Negotiation, Timestamp};
    use chrono::{NaiveDate, TimeZone, Utc};

    fn t() -> Timestamp {
        Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
    }
    fn deal() -> Deal {
        Deal {
            external_id: None,
            id: Id::from_u128(1),
            created_at: t(),
            updated_at: t(),
            name: "ERP".into(),
            account_id: Id::from_u128(2),
            contact_id: None,
            owner_id: Id::from_u128(3),
            stage: Stage::Identify,
            amount: Money::cny(1),
            expected_close: None,
            product_ids: Vec::new(),
            forecast: ForecastCategory::Pipeline,
            lost_reason: None,
            stage_history: Vec::new(),
            rank: 0,
            lead_id: None,
            negotiation: Negotiation::default(),
            checklist: Vec::new(),
            last_activity_at: None,
            support_requests: Vec::new(),
        }
    }
    fn activity(kind: ActivityKind, deal_id: u128) -> Activity {
        Activity {
            id: Id::from_u128(10),
            created_at: t(),
            updated_at: t(),
            kind,
            subject: "needs analysis".into(),
            notes: String::new(),
            at: t(),
            due: None,
            done: true,
            owner_id: None,
            deal_id: Some(Id::from_u128(deal_id)),
            account_id: None,
            contact_id: None,
            lead_id: None,
        }
    }
    fn quote(status: QuoteStatus, deal_id: u128) -> Quote {
        Quote {
            id: Id::from_u128(20),
            created_at: t(),
            updated_at: t(),
            deal_id: Id::from_u128(deal_id),
            version: 1,
            status,
            currency: Currency::CNY,
            lines: Vec::new(),
            discount: Default::default(),
            valid_until: None,
            price_adjustment: String::new(),
            delivery: String::new(),
            clauses: Vec::new(),
        }
    }
    fn keys(items: Vec<&ChecklistItem>) -> Vec<&'static str> {
        items.iter().map(|i| i.key).collect()
    }

    #[test]
    fn keys_are_stable_and_unique() {
        let all: Vec<&str> = Stage::ALL.iter().flat_map(|s| exit_items(*s)).map(|i| i.key).collect();
        assert_eq!(
            all,
            [
                "decision_maker_identified",
                "needs_analysis_note",
                "budget_confirmed",
                "quote_sent",
                "decision_date_set",
                "negotiation_recorded"
            ]
        );
        assert!(exit_items(Stage::Won).is_empty() && exit_items(Stage::Lost).is_empty());
        assert_eq!(item("budget_confirmed").map(|i| i.manual), Some(true));
        assert_eq!(item("quote_sent").map(|i| i.is_automatic()), Some(true));
        assert_eq!(item("nope"), None);
    }

    #[test]
    fn identify_needs_a_decision_maker() {
        let mut d = deal();
        assert_eq!(keys(unmet(&d, Stage::Identify, &[], &[])), ["decision_maker_identified"]);
        d.checklist.push("decision_maker_identified".into()); // automatic: ticking does not count
        assert_eq!(unmet(&d, Stage::Identify, &[], &[]).len(), 1);
        d.contact_id = Some(Id::from_u128(7));
        assert!(unmet(&d, Stage::Identify, &[], &[]).is_empty());
    }

    #[test]
    fn needs_confirmed_takes_a_note_or_a_tick() {
        let mut d = deal();
        assert_eq!(keys(unmet(&d, Stage::NeedsConfirmed, &[], &[])), ["needs_analysis_note", "budget_confirmed"]);
        let call = activity(ActivityKind::Call, 1);
        let other_deal_note = activity(ActivityKind::Note, 99);
        assert_eq!(unmet(&d, Stage::NeedsConfirmed, &[call.clone(), other_deal_note], &[]).len(), 2);
        let note = activity(ActivityKind::Note, 1);
        assert_eq!(keys(unmet(&d, Stage::NeedsConfirmed, &[call, note], &[])), ["budget_confirmed"]);
        d.checklist = vec!["needs_analysis_note".into(), "budget_confirmed".into()];
        assert!(unmet(&d, Stage::NeedsConfirmed, &[], &[]).is_empty());
    }

    #[test]
    fn solution_matched_needs_a_sent_quote() {
        let d = deal();
        for (status, met) in [
            (QuoteStatus::Draft, false),
            (QuoteStatus::Rejected, false),
            (QuoteStatus::Superseded, false),
            (QuoteStatus::Sent, true),
            (QuoteStatus::Accepted, true),
        ] {
            assert_eq!(unmet(&d, Stage::SolutionMatched, &[], &[quote(status, 1)]).is_empty(), met, "{status:?}");
        }
        assert_eq!(unmet(&d, Stage::SolutionMatched, &[], &[quote(QuoteStatus::Sent, 99)]).len(), 1);
    }

    #[test]
    fn decision_follow_up_needs_a_date_and_a_batna() {
        let mut d = deal();
        assert_eq!(keys(unmet(&d, Stage::DecisionFollowUp, &[], &[])), ["decision_date_set", "negotiation_recorded"]);
        d.expected_close = NaiveDate::from_ymd_opt(2026, 12, 31);
        d.negotiation.batna = "   ".into();
        assert_eq!(keys(unmet(&d, Stage::DecisionFollowUp, &[], &[])), ["negotiation_recorded"]);
        d.negotiation.batna = "Stay with the current vendor".into();
        assert!(unmet(&d, Stage::DecisionFollowUp, &[], &[]).is_empty());
        assert!(unmet(&d, Stage::Won, &[], &[]).is_empty());
    }
}
