//! The lead forms' rules (SPEC §2 获取渠道): quick add and the full form, as
//! typed → a validated `Lead`, or every problem at once, each naming its
//! field. Nothing is stored unless the whole form is valid.

use chrono::NaiveDate;

use super::input::parse_money;
use super::people::is_plausible_email;
use super::{Channel, Consent, Currency, Id, Lead, Money, Person, Timestamp};

/// The lead form as typed. Text stays text (numbers and dates too) so what
/// was typed is kept exactly, even when it is refused.
#[derive(Clone, Debug, PartialEq)]
pub struct LeadInput {
    pub name: String,
    pub company: String,
    pub title: String,
    pub email: String,
    pub phone: String,
    pub industry: String,
    pub employees: String,
    pub region: String,
    pub city: String,
    pub channel: Channel,
    /// Partner (referral), event (trade show), or free detail for other channels.
    pub channel_detail: String,
    /// Purchased or rented lists only: vendor, acquisition date, lawful
    /// basis and consent expiry (dates as `YYYY-MM-DD`, as date inputs give them).
    pub vendor: String,
    pub acquired_on: String,
    pub basis: String,
    pub expires_on: String,
    pub owner_id: Option<Id>,
    /// In major units of the workspace currency.
    pub budget: String,
    pub timeline_months: String,
    pub notes: String,
}

impl Default for LeadInput {
    fn default() -> Self {
        LeadInput {
            name: String::new(),
            company: String::new(),
            title: String::new(),
            email: String::new(),
            phone: String::new(),
            industry: String::new(),
            employees: String::new(),
            region: String::new(),
            city: String::new(),
            // Most hand-entered leads come in through the website.
            channel: Channel::WebForm,
            channel_detail: String::new(),
            vendor: String::new(),
            acquired_on: String::new(),
            basis: String::new(),
            expires_on: String::new(),
            owner_id: None,
            budget: String::new(),
            timeline_months: String::new(),
            notes: String::new(),
        }
    }
}

impl LeadInput {
    /// The form prefilled from a stored lead, for editing.
    pub fn from_lead(l: &Lead) -> LeadInput {
        let c = l.consent.as_ref();
        let date = |d: Option<NaiveDate>| d.map(|d| d.to_string()).unwrap_or_default();
        LeadInput {
            name: l.name.clone(),
            company: l.company.clone(),
            title: l.title.clone(),
            email: l.email.clone(),
            phone: l.phone.clone(),
            industry: l.industry.clone(),
            employees: l.employees.map(|n| n.to_string()).unwrap_or_default(),
            region: l.region.clone(),
            city: l.city.clone(),
            channel: l.channel,
            channel_detail: if l.channel == Channel::PurchasedList { String::new() } else { l.channel_detail.clone() },
            vendor: match (c, l.channel) {
                (Some(c), _) => c.vendor.clone(),
                (None, Channel::PurchasedList) => l.channel_detail.clone(),
                (None, _) => String::new(),
            },
            acquired_on: date(c.map(|c| c.acquired_on)),
            basis: c.map(|c| c.basis.clone()).unwrap_or_default(),
            expires_on: date(c.and_then(|c| c.expires_on)),
            owner_id: l.owner_id,
            budget: l.budget.map(|m| super::input::money_text(m.minor, m.currency)).unwrap_or_default(),
            timeline_months: l.timeline_months.map(|n| n.to_string()).unwrap_or_default(),
            notes: l.notes.clone(),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LeadError {
    NameRequired,
    /// Neither an email address nor a phone number.
    ContactRequired,
    EmailInvalid,
    PhoneInvalid,
    EmployeesInvalid,
    BudgetInvalid,
    TimelineInvalid,
    PartnerRequired,
    EventRequired,
    VendorRequired,
    AcquiredRequired,
    AcquiredInvalid,
    /// Acquired after today (by the app clock).
    AcquiredInFuture,
    BasisRequired,
    ExpiryRequired,
    ExpiryInvalid,
    ExpiryBeforeAcquired,
    OwnerUnknown,
}

/// Where the lead being saved comes from: a freshly minted id, or the
/// stored version being edited (keeps status, history and creation time).
pub enum Target<'a> {
    New(Id),
    Edit(&'a Lead),
}

/// Longest expected purchase horizon a form accepts, in months.
pub const MAX_TIMELINE_MONTHS: u16 = 120;

/// Validates the whole form and builds the lead, stamped `now`. `people` is
/// checked for the owner; `currency` is the workspace's, for the budget.
pub fn validate_lead(
    input: &LeadInput,
    target: Target<'_>,
    people: &[Person],
    currency: Currency,
    now: Timestamp,
) -> Result<Lead, Vec<LeadError>> {
    let mut errors = Vec::new();
    let t = |s: &String| s.trim().to_string();
    let name = t(&input.name);
    if name.is_empty() {
        errors.push(LeadError::NameRequired);
    }
    let (email, phone) = (t(&input.email), t(&input.phone));
    if email.is_empty() && phone.is_empty() {
        errors.push(LeadError::ContactRequired);
    }
    if !email.is_empty() && !is_plausible_email(&email) {
        errors.push(LeadError::EmailInvalid);
    }
    if !phone.is_empty() && !is_plausible_phone(&phone) {
        errors.push(LeadError::PhoneInvalid);
    }
    let employees = optional(&input.employees, |s| s.parse::<u32>().ok(), LeadError::EmployeesInvalid, &mut errors);
    let budget = match parse_money(&input.budget, currency) {
        Ok(minor) => minor.map(|m| Money::new(m, currency)),
        Err(()) => {
            errors.push(LeadError::BudgetInvalid);
            None
        }
    };
    let timeline = optional(
        &input.timeline_months,
        |s| s.parse::<u16>().ok().filter(|m| *m <= MAX_TIMELINE_MONTHS),
        LeadError::TimelineInvalid,
        &mut errors,
    );
    if input.owner_id.is_some_and(|o| !people.iter().any(|p| p.id == o)) {
        errors.push(LeadError::OwnerUnknown);
    }
    let detail = t(&input.channel_detail);
    let (channel_detail, consent) = match input.channel {
        Channel::PartnerReferral if detail.is_empty() => {
            errors.push(LeadError::PartnerRequired);
            (detail, None)
        }
        Channel::TradeShow if detail.is_empty() => {
            errors.push(LeadError::EventRequired);
            (detail, None)
        }
        Channel::PurchasedList => {
            let consent = consent(input, now.date_naive(), &mut errors);
            (t(&input.vendor), consent)
        }
        _ => (detail, None),
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut lead = match target {
        Target::Edit(l) => l.clone(),
        Target::New(id) => super::leads::new_lead(id, "", input.channel, now),
    };
    lead.updated_at = now;
    lead.name = name;
    lead.company = t(&input.company);
    lead.title = t(&input.title);
    lead.email = email;
    lead.phone = phone;
    lead.industry = t(&input.industry);
    lead.employees = employees;
    lead.region = t(&input.region);
    lead.city = t(&input.city);
    lead.channel = input.channel;
    lead.channel_detail = channel_detail;
    lead.consent = consent;
    lead.owner_id = input.owner_id;
    lead.budget = budget;
    lead.timeline_months = timeline;
    lead.notes = input.notes.trim_end().to_string();
    Ok(lead)
}

/// Empty → `None`; otherwise `parse` must succeed or `error` is recorded.
fn optional<T>(text: &str, parse: impl Fn(&str) -> Option<T>, error: LeadError, errors: &mut Vec<LeadError>) -> Option<T> {
    match text.trim() {
        "" => None,
        s => parse(s).or_else(|| {
            errors.push(error);
            None
        }),
    }
}

/// The consent record of a purchased-list lead: every part is required, the
/// list cannot have been bought after `today`, and consent cannot expire
/// before it was given. An expiry already past is accepted (it is a fact
/// about the list); outreach is then blocked, see `leads::outreach`.
fn consent(input: &LeadInput, today: NaiveDate, errors: &mut Vec<LeadError>) -> Option<Consent> {
    let before = errors.len();
    let vendor = input.vendor.trim();
    if vendor.is_empty() {
        errors.push(LeadError::VendorRequired);
    }
    let acquired = date(&input.acquired_on, LeadError::AcquiredRequired, LeadError::AcquiredInvalid, errors);
    if acquired.is_some_and(|d| d > today) {
        errors.push(LeadError::AcquiredInFuture);
    }
    let basis = input.basis.trim();
    if basis.is_empty() {
        errors.push(LeadError::BasisRequired);
    }
    let expires = date(&input.expires_on, LeadError::ExpiryRequired, LeadError::ExpiryInvalid, errors);
    if let (Some(a), Some(e)) = (acquired, expires) {
        if e < a {
            errors.push(LeadError::ExpiryBeforeAcquired);
        }
    }
    if errors.len() > before {
        return None;
    }
    Some(Consent { vendor: vendor.into(), acquired_on: acquired?, basis: basis.into(), expires_on: expires })
}

fn date(text: &str, missing: LeadError, invalid: LeadError, errors: &mut Vec<LeadError>) -> Option<NaiveDate> {
    match text.trim() {
        "" => {
            errors.push(missing);
            None
        }
        s => s.parse::<NaiveDate>().ok().or_else(|| {
            errors.push(invalid);
            None
        }),
    }
}

/// A loose phone check that catches typos, not a numbering plan: digits
/// with the usual separators (space, `+ - ( ) . /`, and their full-width
/// forms from Chinese input methods), 5 to 20 digits.
pub fn is_plausible_phone(s: &str) -> bool {
    let separators = [' ', '+', '-', '(', ')', '.', '/', '（', '）', '－', '＋'];
    let digits = s.chars().filter(char::is_ascii_digit).count();
    s.chars().all(|c| c.is_ascii_digit() || separators.contains(&c)) && (5..=20).contains(&digits)
}

/// Quick add has one "email or phone" box: an `@` makes it an address,
/// anything else a phone number. Returns `(email, phone)`.
pub fn split_contact(text: &str) -> (String, String) {
    let t = text.trim().to_string();
    if t.contains('@') {
        (t, String::new())
    } else {
        (String::new(), t)
    }
}

#[cfg(test)]
mod tests;
