//! Everything that happened with one account, newest first: deals opened,
//! won and lost, quotes, contracts, orders, invoices, payments, activities,
//! survey responses, complaints, success cases and events attended.
//!
//! Records dated by day (orders, invoices, payments, surveys, events) sort
//! as the start of that day in UTC and are marked `date_only`, so the page
//! shows them without a time.

use std::collections::HashSet;

use chrono::NaiveDate;

use crate::domain::pipeline::Stage;
use crate::domain::{
    Activity, ActivityKind, CommunityEvent, Complaint, ComplaintStatus, Contract, ContractStatus, Deal, EntityKind, Id,
    Invoice, Money, Order, Payment, Quote, QuoteStatus, SuccessCase, SurveyKind, SurveyResponse, Timestamp,
};

/// What an entry says happened.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum What {
    DealOpened,
    DealWon,
    DealLost,
    Quote(QuoteStatus),
    Contract(ContractStatus),
    Order,
    Invoice,
    Payment,
    Activity(ActivityKind),
    Survey(SurveyKind, u8),
    Complaint(ComplaintStatus),
    SuccessCase,
    EventAttended,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub at: Timestamp,
    pub date_only: bool,
    pub what: What,
    /// The record the entry opens.
    pub kind: EntityKind,
    pub id: Id,
    pub title: String,
    pub amount: Option<Money>,
    /// An order's products, for the page to name.
    pub products: Vec<Id>,
}

/// The workspace's records the timeline looks through (all of them; the
/// account's are picked out here).
pub struct Sources<'a> {
    pub deals: &'a [Deal],
    pub quotes: &'a [Quote],
    pub contracts: &'a [Contract],
    pub orders: &'a [Order],
    pub invoices: &'a [Invoice],
    pub payments: &'a [Payment],
    pub activities: &'a [Activity],
    pub surveys: &'a [SurveyResponse],
    pub complaints: &'a [Complaint],
    pub cases: &'a [SuccessCase],
    pub events: &'a [CommunityEvent],
}

fn day(d: NaiveDate) -> Timestamp {
    d.and_hms_opt(0, 0, 0).unwrap_or_default().and_utc()
}

pub fn timeline(account: Id, s: &Sources) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    let entry = |at: Timestamp, date_only: bool, what: What, kind: EntityKind, id: Id, title: &str, amount: Option<Money>| Entry {
        at,
        date_only,
        what,
        kind,
        id,
        title: title.to_string(),
        amount,
        products: Vec::new(),
    };
    let mut deal_ids = HashSet::new();
    for d in s.deals.iter().filter(|d| d.account_id == account) {
        deal_ids.insert(d.id);
        out.push(entry(d.created_at, false, What::DealOpened, EntityKind::Deal, d.id, &d.name, Some(d.amount)));
        // The latest entry into won or lost: a reopened deal shows only its final close.
        if let Some(c) = d.stage_history.iter().rev().find(|c| c.to == d.stage && d.stage.is_closed()) {
            let what = if d.stage == Stage::Won { What::DealWon } else { What::DealLost };
            out.push(entry(c.at, false, what, EntityKind::Deal, d.id, &d.name, Some(d.amount)));
        }
    }
    for q in s.quotes.iter().filter(|q| deal_ids.contains(&q.deal_id)) {
        let title = format!("v{}", q.version);
        out.push(entry(q.updated_at, false, What::Quote(q.status), EntityKind::Quote, q.id, &title, None));
    }
    for c in s.contracts.iter().filter(|c| c.account_id == account) {
        let at = c.signature.as_ref().map_or(c.updated_at, |sig| sig.signed_at);
        out.push(entry(at, false, What::Contract(c.status), EntityKind::Contract, c.id, &c.title, Some(c.amount)));
    }
    for o in s.orders.iter().filter(|o| o.account_id == account) {
        let mut e = entry(day(o.ordered_on), true, What::Order, EntityKind::Order, o.id, "", Some(o.total()));
        e.products = o.lines.iter().map(|l| l.product_id).collect();
        e.products.dedup();
        out.push(e);
    }
    for i in s.invoices.iter().filter(|i| i.account_id == account) {
        out.push(entry(day(i.issued_on), true, What::Invoice, EntityKind::Invoice, i.id, &i.number, Some(i.amount)));
    }
    for p in s.payments.iter().filter(|p| p.account_id == account) {
        out.push(entry(day(p.paid_on), true, What::Payment, EntityKind::Payment, p.id, &p.method, Some(p.amount)));
    }
    for a in s.activities.iter().filter(|a| a.account_id == Some(account)) {
        out.push(entry(a.at, false, What::Activity(a.kind), EntityKind::Activity, a.id, &a.subject, None));
    }
    for r in s.surveys.iter().filter(|r| r.account_id == account) {
        out.push(entry(day(r.responded_on), true, What::Survey(r.kind, r.score), EntityKind::SurveyResponse, r.id, &r.comment, None));
    }
    for c in s.complaints.iter().filter(|c| c.account_id == account) {
        let at = c.history.last().map_or(c.opened_at, |h| h.at);
        out.push(entry(at, false, What::Complaint(c.status), EntityKind::Complaint, c.id, &c.title, None));
    }
    for c in s.cases.iter().filter(|c| c.account_id == account) {
        out.push(entry(c.created_at, false, What::SuccessCase, EntityKind::SuccessCase, c.id, &c.title, None));
    }
    for e in s.events.iter().filter(|e| e.attendees.iter().any(|a| a.account_id == account)) {
        out.push(entry(day(e.held_on), true, What::EventAttended, EntityKind::CommunityEvent, e.id, &e.name, None));
    }
    crate::domain::sorting::sort_by(&mut out, |a, b| b.at.cmp(&a.at).then_with(|| a.id.cmp(&b.id)));
    out
}
