//! Converting a lead into an account, a contact and a deal in the first
//! pipeline stage, all written together; and disqualifying a lead.

use crate::domain::new_deal::{find_account, top_of_column};
use crate::domain::pipeline::Stage;
use crate::domain::{
    Account, AssignmentChange, BuyingRole, Contact, Currency, Deal, ForecastCategory, Id, Lead, LeadStatus, Money,
    Negotiation, Person, Record, StageChange, Timestamp,
};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConvertInput {
    /// An existing account's name (any case) links to it; another name makes
    /// a new account from the lead's company details. Prefill: the company.
    pub account: String,
    pub deal_name: String,
    /// Minor units of the workspace currency; `None` takes the lead's budget
    /// when it is in that currency, else 0.
    pub amount_minor: Option<i64>,
    /// `None` keeps the lead's owner.
    pub owner_id: Option<Id>,
    pub buying_role: BuyingRole,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConvertError {
    AlreadyConverted,
    Disqualified,
    AccountRequired,
    DealNameRequired,
    AmountNegative,
    /// Neither chosen nor on the lead.
    OwnerRequired,
    OwnerUnknown,
}

pub struct ConvertContext<'a> {
    pub accounts: &'a [Account],
    pub people: &'a [Person],
    pub deals: &'a [Deal],
    pub currency: Currency,
}

/// Everything one conversion writes, in one transaction.
#[derive(Clone, Debug, PartialEq)]
pub struct Conversion {
    pub lead: Lead,
    pub new_account: Option<Account>,
    pub contact: Contact,
    pub deal: Deal,
    /// Deals of the first column respaced to make room at the top (rarely any).
    pub renumbered: Vec<Deal>,
}

impl Conversion {
    pub fn records(self) -> Vec<Record> {
        let mut out: Vec<Record> = Vec::with_capacity(4 + self.renumbered.len());
        out.extend(self.new_account.map(Record::from));
        out.push(self.contact.into());
        out.push(self.deal.into());
        out.push(self.lead.into());
        out.extend(self.renumbered.into_iter().map(Record::from));
        out
    }
}

/// A suggested buying role from the title's decision authority (0–100).
pub fn buying_role_for(authority: u8) -> BuyingRole {
    match authority {
        85..=u8::MAX => BuyingRole::DecisionMaker,
        55..=84 => BuyingRole::Influencer,
        1..=54 => BuyingRole::User,
        0 => BuyingRole::Other,
    }
}

/// The deal starts in the first pipeline stage at the top of its column and
/// links back to the lead (`deal.lead_id`), as the lead links to it
/// (`converted_deal_id`). The contact and a new account carry the lead's details.
pub fn convert(
    lead: &Lead,
    input: &ConvertInput,
    ws: &ConvertContext<'_>,
    by: Option<Id>,
    now: Timestamp,
    mut next_id: impl FnMut() -> Id,
) -> Result<Conversion, Vec<ConvertError>> {
    let mut errors = Vec::new();
    match lead.status {
        LeadStatus::Converted => errors.push(ConvertError::AlreadyConverted),
        LeadStatus::Disqualified => errors.push(ConvertError::Disqualified),
        _ => {}
    }
    let account_name = input.account.trim();
    if account_name.is_empty() {
        errors.push(ConvertError::AccountRequired);
    }
    let deal_name = input.deal_name.trim();
    if deal_name.is_empty() {
        errors.push(ConvertError::DealNameRequired);
    }
    if input.amount_minor.is_some_and(|a| a < 0) {
        errors.push(ConvertError::AmountNegative);
    }
    let owner = input.owner_id.or(lead.owner_id);
    match owner {
        None => errors.push(ConvertError::OwnerRequired),
        Some(id) if !ws.people.iter().any(|p| p.id == id) => errors.push(ConvertError::OwnerUnknown),
        Some(_) => {}
    }
    let Some(owner_id) = owner.filter(|_| errors.is_empty()) else { return Err(errors) };

    let (account_id, new_account) = match find_account(ws.accounts, account_name) {
        Some(a) => (a.id, None),
        None => {
            let a = Account {
                parent_id: None,
                external_id: None,
                id: next_id(),
                created_at: now,
                updated_at: now,
                name: account_name.to_string(),
                industry: lead.industry.trim().to_string(),
                employees: lead.employees,
                region: lead.region.trim().to_string(),
                city: lead.city.trim().to_string(),
                website: String::new(),
                owner_id: Some(owner_id),
                segment_id: None,
                credit: Default::default(),
                notes: String::new(),
            };
            (a.id, Some(a))
        }
    };
    let contact = Contact {
        external_id: None,
        id: next_id(),
        created_at: now,
        updated_at: now,
        account_id,
        name: lead.name.trim().to_string(),
        title: lead.title.trim().to_string(),
        buying_role: input.buying_role,
        email: lead.email.trim().to_string(),
        phone: lead.phone.trim().to_string(),
    };
    let amount = input
        .amount_minor
        .or(lead.budget.filter(|b| b.currency == ws.currency && b.minor >= 0).map(|b| b.minor))
        .unwrap_or(0);
    let stage = Stage::ALL[0];
    let (rank, renumbered) = top_of_column(ws.deals, stage, now);
    let deal = Deal {
        external_id: None,
        id: next_id(),
        created_at: now,
        updated_at: now,
        name: deal_name.to_string(),
        account_id,
        contact_id: Some(contact.id),
        owner_id,
        stage,
        amount: Money::new(amount, ws.currency),
        expected_close: None,
        product_ids: Vec::new(),
        forecast: ForecastCategory::Pipeline,
        lost_reason: None,
        stage_history: vec![StageChange { from: None, to: stage, at: now, by }],
        rank,
        lead_id: Some(lead.id),
        negotiation: Negotiation::default(),
        checklist: Vec::new(),
        last_activity_at: lead.last_contact_at,
        support_requests: Vec::new(),
    };
    let mut next = lead.clone();
    next.status = LeadStatus::Converted;
    next.converted_deal_id = Some(deal.id);
    if lead.owner_id != Some(owner_id) {
        next.assignment_history.push(AssignmentChange {
            from: lead.owner_id,
            to: Some(owner_id),
            at: now,
            by,
            automatic: false,
            reason: String::new(),
        });
        next.owner_id = Some(owner_id);
    }
    next.updated_at = now;
    Ok(Conversion { lead: next, new_account, contact, deal, renumbered })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DisqualifyError {
    ReasonRequired,
    AlreadyConverted,
}

/// Closes a lead as not worth pursuing; the reason is required and kept.
pub fn disqualify(lead: &Lead, reason: &str, now: Timestamp) -> Result<Lead, DisqualifyError> {
    if lead.status == LeadStatus::Converted {
        return Err(DisqualifyError::AlreadyConverted);
    }
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(DisqualifyError::ReasonRequired);
    }
    let mut next = lead.clone();
    next.status = LeadStatus::Disqualified;
    next.disqualify_reason = Some(reason.to_string());
    next.updated_at = now;
    Ok(next)
}
