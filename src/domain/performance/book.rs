//! The records a dashboard reads, indexed once and cut by owner.
//!
//! Whose record is it: deals, leads, activities and complaints name their
//! owner; visits their person; orders belong to their deal's owner, else the
//! account's owner; invoices to their order's owner, else the account's;
//! contracts to their deal's owner, else the account's; survey answers to the
//! account's owner (as the satisfaction page groups them). Payments follow
//! their invoice. Account history (first order) is company-wide: a customer
//! is "repeat" whoever sold to them before.

use std::cell::RefCell;
use std::collections::HashMap;

use chrono::NaiveDate;

use super::period::Owners;
use crate::domain::leads::{LeadRules, SlaState};
use crate::domain::{
    Activity, Complaint, Contract, Deal, Id, Invoice, Lead, Order, Payment, Settings, SurveyResponse, Timestamp,
    TrainingRecord, Visit, Workspace,
};

/// Records of one scope. Complaints and survey answers are copied because
/// the functions reused from `customers` take slices of them.
#[derive(Clone, Debug, Default)]
pub struct Slice<'a> {
    pub deals: Vec<&'a Deal>,
    pub leads: Vec<&'a Lead>,
    pub orders: Vec<&'a Order>,
    pub invoices: Vec<&'a Invoice>,
    pub contracts: Vec<&'a Contract>,
    pub activities: Vec<&'a Activity>,
    pub visits: Vec<&'a Visit>,
    pub training: Vec<&'a TrainingRecord>,
    pub complaints: Vec<Complaint>,
    pub surveys: Vec<SurveyResponse>,
}

pub struct Book<'a> {
    pub ws: &'a Workspace,
    deals: HashMap<Id, &'a Deal>,
    /// Compiled once: first-response SLA needs the lead grade rules.
    pub lead_rules: LeadRules,
    account_owner: HashMap<Id, Option<Id>>,
    order_owner: HashMap<Id, Option<Id>>,
    /// Payments grouped by invoice, so `credit::balance` sees only its own.
    payments: HashMap<Id, Vec<Payment>>,
    first_order: HashMap<Id, NaiveDate>,
    by_contract: HashMap<Id, Vec<&'a Invoice>>,
    /// First-response SLA state per lead: scoring a lead is the costliest
    /// step of a dashboard, and the company and every rep dashboard ask
    /// about the same leads.
    sla: RefCell<SlaStates>,
}

/// Remembered first-response SLA states of one workspace's leads. A lead
/// already contacted keeps its state whatever "now" is; one still waiting
/// is remembered for one "now" only. A caller that recomputes for another
/// period or person over the same workspace hands them to the next book
/// ([`Book::with_sla`]), so leads are not scored again; states from another
/// workspace version must not be handed on.
#[derive(Clone, Debug, Default)]
pub struct SlaStates {
    contacted: HashMap<Id, SlaState>,
    waiting_at: Option<Timestamp>,
    waiting: HashMap<Id, SlaState>,
}

impl SlaStates {
    pub fn len(&self) -> usize {
        self.contacted.len() + self.waiting.len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

impl<'a> Book<'a> {
    pub fn new(ws: &'a Workspace) -> Book<'a> {
        Book::with_sla(ws, SlaStates::default())
    }
    /// A book that starts from SLA states remembered for this same workspace.
    pub fn with_sla(ws: &'a Workspace, sla: SlaStates) -> Book<'a> {
        let d = &ws.data;
        let deals: HashMap<Id, &Deal> = d.deals.iter().map(|x| (x.id, x)).collect();
        let account_owner: HashMap<Id, Option<Id>> = d.accounts.iter().map(|a| (a.id, a.owner_id)).collect();
        let mut book = Book { ws, deals, lead_rules: LeadRules::new(&ws.settings), account_owner, order_owner: HashMap::new(), payments: HashMap::new(), first_order: HashMap::new(), by_contract: HashMap::new(), sla: RefCell::new(sla) };
        book.order_owner = d.orders.iter().map(|o| (o.id, book.via_deal(o.deal_id, o.account_id))).collect();
        for p in &d.payments {
            book.payments.entry(p.invoice_id).or_default().push(p.clone());
        }
        for i in &d.invoices {
            if let Some(c) = i.contract_id {
                book.by_contract.entry(c).or_default().push(i);
            }
        }
        for o in &d.orders {
            let e = book.first_order.entry(o.account_id).or_insert(o.ordered_on);
            *e = (*e).min(o.ordered_on);
        }
        book
    }
    pub fn settings(&self) -> &'a Settings {
        &self.ws.settings
    }
    fn via_deal(&self, deal: Option<Id>, account: Id) -> Option<Id> {
        deal.and_then(|x| self.deals.get(&x).map(|d| d.owner_id)).or_else(|| self.account_owner(account))
    }
    pub fn deal(&self, id: Id) -> Option<&'a Deal> {
        self.deals.get(&id).copied()
    }
    pub fn account_owner(&self, account: Id) -> Option<Id> {
        self.account_owner.get(&account).copied().flatten()
    }
    pub fn invoice_owner(&self, i: &Invoice) -> Option<Id> {
        i.order_id.and_then(|o| self.order_owner.get(&o).copied()).unwrap_or_else(|| self.account_owner(i.account_id))
    }
    pub fn order_owner(&self, o: &Order) -> Option<Id> {
        self.order_owner.get(&o.id).copied().flatten()
    }
    pub fn contract_owner(&self, c: &Contract) -> Option<Id> {
        self.via_deal(c.deal_id, c.account_id)
    }
    pub fn payments_of(&self, invoice: Id) -> &[Payment] {
        self.payments.get(&invoice).map_or(&[], |v| v.as_slice())
    }
    /// `LeadRules::sla_state`, remembered per lead (see [`SlaStates`]).
    pub fn sla_state(&self, lead: &Lead, now: Timestamp) -> SlaState {
        let mut cache = self.sla.borrow_mut();
        if lead.first_contact_at.is_some() {
            return *cache.contacted.entry(lead.id).or_insert_with(|| self.lead_rules.sla_state(lead, now));
        }
        if cache.waiting_at != Some(now) {
            cache.waiting_at = Some(now);
            cache.waiting.clear();
        }
        *cache.waiting.entry(lead.id).or_insert_with(|| self.lead_rules.sla_state(lead, now))
    }
    /// The SLA states scored so far, for the next book over the same workspace.
    pub fn take_sla(&self) -> SlaStates {
        self.sla.take()
    }
    /// Invoices raised against a contract (any owner).
    pub fn invoices_of_contract(&self, contract: Id) -> &[&'a Invoice] {
        self.by_contract.get(&contract).map_or(&[], |v| v.as_slice())
    }
    /// The account's first order date, over every owner.
    pub fn first_order(&self, account: Id) -> Option<NaiveDate> {
        self.first_order.get(&account).copied()
    }

    /// The records `owners` admits, in one pass over each kind.
    pub fn select(&self, owners: &Owners) -> Slice<'a> {
        let mut out = Slice::default();
        self.each(|owner, put| if owners.admits(owner) { put(&mut out) });
        out
    }

    /// Every owner's records at once, in one pass (unowned records under `None`).
    pub fn by_owner(&self) -> HashMap<Option<Id>, Slice<'a>> {
        let mut out: HashMap<Option<Id>, Slice<'a>> = HashMap::new();
        self.each(|owner, put| put(out.entry(owner).or_default()));
        out
    }

    /// Calls `f(owner, put)` for each record; `put` adds the record to a slice.
    fn each(&self, mut f: impl FnMut(Option<Id>, &dyn Fn(&mut Slice<'a>))) {
        let d = &self.ws.data;
        for x in &d.deals {
            f(Some(x.owner_id), &|s| s.deals.push(x));
        }
        for x in &d.leads {
            f(x.owner_id, &|s| s.leads.push(x));
        }
        for x in &d.orders {
            f(self.order_owner(x), &|s| s.orders.push(x));
        }
        for x in &d.invoices {
            f(self.invoice_owner(x), &|s| s.invoices.push(x));
        }
        for x in &d.contracts {
            f(self.contract_owner(x), &|s| s.contracts.push(x));
        }
        for x in &d.activities {
            f(x.owner_id, &|s| s.activities.push(x));
        }
        for x in &d.visits {
            f(Some(x.person_id), &|s| s.visits.push(x));
        }
        for x in &d.training_records {
            f(Some(x.person_id), &|s| s.training.push(x));
        }
        for x in &d.complaints {
            f(x.owner_id, &|s| s.complaints.push(x.clone()));
        }
        for x in &d.survey_responses {
            f(self.account_owner(x.account_id), &|s| s.surveys.push(x.clone()));
        }
    }
}
