//! Creating a deal from the board's "New deal" form: the form as typed → the
//! records one save writes (the deal, and a new account or owner when the
//! form names one that does not exist yet), or every problem at once.

use crate::domain::sorting;
use chrono::NaiveDate;

use super::deal_rules::{rank_between, renumber};
use super::input::{parse_money, unique_ids};
use super::pipeline::Stage;
use super::{Account, Currency, Deal, ForecastCategory, Id, Money, Negotiation, Person, Product, Record, Role};
use super::{StageChange, Timestamp};

/// The owner: someone already in the team, or a name to add as a new rep
/// (an empty workspace has nobody yet).
#[derive(Clone, Debug, PartialEq)]
pub enum OwnerChoice {
    Existing(Id),
    New(String),
}

#[derive(Clone, Debug, PartialEq)]
pub struct DealInput {
    pub name: String,
    /// An account name: an existing account's (any case) or a new one.
    pub account: String,
    pub amount: String,
    pub owner: OwnerChoice,
    pub stage: Stage,
    /// `YYYY-MM-DD` as a date input gives it, or empty.
    pub expected_close: String,
    pub product_ids: Vec<Id>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DealError {
    NameRequired,
    AccountRequired,
    AmountRequired,
    AmountInvalid,
    OwnerRequired,
    OwnerUnknown,
    /// New deals start in an open stage; won and lost are reached by moving.
    StageClosed,
    CloseDateInvalid,
    ProductUnknown,
}

/// What the new deal is checked against and placed among.
pub struct Context<'a> {
    pub accounts: &'a [Account],
    pub people: &'a [Person],
    pub products: &'a [Product],
    pub deals: &'a [Deal],
    pub currency: Currency,
}

/// Everything one save writes.
#[derive(Clone, Debug, PartialEq)]
pub struct NewDeal {
    pub deal: Deal,
    pub new_account: Option<Account>,
    pub new_owner: Option<Person>,
    /// Deals of the column respaced to make room at the top (rarely any).
    pub renumbered: Vec<Deal>,
}

impl NewDeal {
    pub fn records(self) -> Vec<Record> {
        let mut out: Vec<Record> = Vec::with_capacity(3 + self.renumbered.len());
        out.extend(self.new_owner.map(Record::from));
        out.extend(self.new_account.map(Record::from));
        out.push(self.deal.into());
        out.extend(self.renumbered.into_iter().map(Record::from));
        out
    }
}

/// The account a typed name refers to: same name ignoring case and the
/// spaces around it. The first one wins if imported data holds duplicates.
pub fn find_account<'a>(accounts: &'a [Account], name: &str) -> Option<&'a Account> {
    accounts.iter().find(|a| same_name(&a.name, name))
}

fn same_name(a: &str, b: &str) -> bool {
    let b = b.trim();
    !b.is_empty() && a.trim().to_lowercase() == b.to_lowercase()
}

/// Validates the form and builds the records. `by` is the acting person
/// (recorded in the first stage change); ids come from `next_id`.
pub fn create_deal(
    input: &DealInput,
    ws: &Context<'_>,
    by: Option<Id>,
    now: Timestamp,
    mut next_id: impl FnMut() -> Id,
) -> Result<NewDeal, Vec<DealError>> {
    let mut errors = Vec::new();
    let name = input.name.trim();
    if name.is_empty() {
        errors.push(DealError::NameRequired);
    }
    let account_name = input.account.trim();
    if account_name.is_empty() {
        errors.push(DealError::AccountRequired);
    }
    let amount = match parse_money(&input.amount, ws.currency) {
        Ok(Some(v)) => v,
        Ok(None) => {
            errors.push(DealError::AmountRequired);
            0
        }
        Err(()) => {
            errors.push(DealError::AmountInvalid);
            0
        }
    };
    match &input.owner {
        OwnerChoice::Existing(id) if !ws.people.iter().any(|p| p.id == *id) => errors.push(DealError::OwnerUnknown),
        OwnerChoice::New(n) if n.trim().is_empty() => errors.push(DealError::OwnerRequired),
        _ => {}
    }
    if input.stage.is_closed() {
        errors.push(DealError::StageClosed);
    }
    let expected_close = match input.expected_close.trim() {
        "" => None,
        text => text.parse::<NaiveDate>().map_err(|_| errors.push(DealError::CloseDateInvalid)).ok(),
    };
    if input.product_ids.iter().any(|id| !ws.products.iter().any(|p| p.id == *id)) {
        errors.push(DealError::ProductUnknown);
    }
    if !errors.is_empty() {
        return Err(errors);
    }

    let (owner_id, new_owner) = match &input.owner {
        OwnerChoice::Existing(id) => (*id, None),
        // A typed name that is already in the team means that person.
        OwnerChoice::New(n) => match ws.people.iter().find(|p| same_name(&p.name, n)) {
            Some(p) => (p.id, None),
            None => {
                let p = new_person(next_id(), n.trim(), now);
                (p.id, Some(p))
            }
        },
    };
    let (account_id, new_account) = match find_account(ws.accounts, account_name) {
        Some(a) => (a.id, None),
        None => {
            let a = new_account(next_id(), account_name, owner_id, now);
            (a.id, Some(a))
        }
    };
    let (rank, renumbered) = top_of_column(ws.deals, input.stage, now);
    let deal = Deal {
        external_id: None,
        id: next_id(),
        created_at: now,
        updated_at: now,
        name: name.to_string(),
        account_id,
        contact_id: None,
        owner_id,
        stage: input.stage,
        amount: Money::new(amount, ws.currency),
        expected_close,
        product_ids: unique_ids(&input.product_ids),
        forecast: ForecastCategory::Pipeline,
        lost_reason: None,
        stage_history: vec![StageChange { from: None, to: input.stage, at: now, by }],
        rank,
        lead_id: None,
        negotiation: Negotiation::default(),
        checklist: Vec::new(),
        last_activity_at: None,
        support_requests: Vec::new(),
    };
    Ok(NewDeal { deal, new_account, new_owner, renumbered })
}

/// A rank above every card in `stage`. When there is no room above the top
/// card (it sits at i64::MIN) the column is respaced below the new deal.
pub(crate) fn top_of_column(deals: &[Deal], stage: Stage, now: Timestamp) -> (i64, Vec<Deal>) {
    let mut column: Vec<&Deal> = deals.iter().filter(|d| d.stage == stage).collect();
    sorting::sort_by_key(&mut column, |d| (d.rank, d.id));
    if let Some(rank) = rank_between(None, column.first().map(|d| d.rank)) {
        return (rank, Vec::new());
    }
    let ranks = renumber(column.len() + 1);
    let moved = column
        .iter()
        .zip(ranks.iter().skip(1))
        .map(|(d, r)| Deal { rank: *r, updated_at: now, ..(*d).clone() })
        .collect();
    (ranks[0], moved)
}

fn new_person(id: Id, name: &str, now: Timestamp) -> Person {
    Person {
        external_id: None,
        id,
        created_at: now,
        updated_at: now,
        name: name.to_string(),
        role: Role::Rep,
        title: String::new(),
        email: String::new(),
        phone: String::new(),
        manager_id: None,
        org_unit_id: None,
        specialties: Vec::new(),
        available: true,
        active: true,
    }
}

fn new_account(id: Id, name: &str, owner_id: Id, now: Timestamp) -> Account {
    Account {
        parent_id: None,
        external_id: None,
        id,
        created_at: now,
        updated_at: now,
        name: name.to_string(),
        industry: String::new(),
        employees: None,
        region: String::new(),
        city: String::new(),
        website: String::new(),
        owner_id: Some(owner_id),
        segment_id: None,
        credit: Default::default(),
        notes: String::new(),
    }
}

#[cfg(test)]
mod tests;
