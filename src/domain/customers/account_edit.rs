//! The account form (details, owner, credit status) and adding a contact,
//! as typed → records, or every problem naming its field.

use crate::domain::input::{money_text, parse_money};
use crate::domain::people::is_plausible_email;
use crate::domain::{Account, BuyingRole, Contact, Credit, Currency, Id, Money, Timestamp};

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct AccountInput {
    pub name: String,
    pub industry: String,
    pub employees: String,
    pub region: String,
    pub city: String,
    pub website: String,
    pub owner_id: Option<Id>,
    pub blacklisted: bool,
    pub credit_limit: String,
    pub notes: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccountError {
    NameRequired,
    /// Not a whole number of people.
    EmployeesInvalid,
    CreditLimitInvalid,
}

pub fn input_from(a: &Account) -> AccountInput {
    AccountInput {
        name: a.name.clone(),
        industry: a.industry.clone(),
        employees: a.employees.map(|n| n.to_string()).unwrap_or_default(),
        region: a.region.clone(),
        city: a.city.clone(),
        website: a.website.clone(),
        owner_id: a.owner_id,
        blacklisted: a.credit.blacklisted,
        credit_limit: a.credit.credit_limit.map(|m| money_text(m.minor, m.currency)).unwrap_or_default(),
        notes: a.notes.clone(),
    }
}

/// `account` edited as typed. The credit limit is in `currency` (the
/// workspace's); an empty one means no limit.
pub fn edit_account(account: &Account, input: &AccountInput, currency: Currency, now: Timestamp) -> Result<Account, Vec<AccountError>> {
    let mut errors = Vec::new();
    let name = input.name.trim();
    if name.is_empty() {
        errors.push(AccountError::NameRequired);
    }
    let employees = match input.employees.trim() {
        "" => None,
        t => match t.replace([',', ' '], "").parse::<u32>() {
            Ok(n) => Some(n),
            Err(_) => {
                errors.push(AccountError::EmployeesInvalid);
                None
            }
        },
    };
    let limit = match parse_money(&input.credit_limit, currency) {
        Ok(v) => v.map(|minor| Money::new(minor, currency)),
        Err(()) => {
            errors.push(AccountError::CreditLimitInvalid);
            None
        }
    };
    if !errors.is_empty() {
        return Err(errors);
    }
    let mut next = account.clone();
    next.name = name.to_string();
    next.industry = input.industry.trim().to_string();
    next.employees = employees;
    next.region = input.region.trim().to_string();
    next.city = input.city.trim().to_string();
    next.website = input.website.trim().to_string();
    next.owner_id = input.owner_id;
    next.credit = Credit { blacklisted: input.blacklisted, credit_limit: limit };
    next.notes = input.notes.trim().to_string();
    next.updated_at = now;
    Ok(next)
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ContactInput {
    pub name: String,
    pub title: String,
    pub buying_role: BuyingRole,
    pub email: String,
    pub phone: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ContactError {
    NameRequired,
    EmailInvalid,
}

pub fn new_contact(account_id: Id, input: &ContactInput, id: Id, now: Timestamp) -> Result<Contact, Vec<ContactError>> {
    let mut errors = Vec::new();
    let name = input.name.trim();
    if name.is_empty() {
        errors.push(ContactError::NameRequired);
    }
    let email = input.email.trim();
    if !email.is_empty() && !is_plausible_email(email) {
        errors.push(ContactError::EmailInvalid);
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(Contact {
        id,
        created_at: now,
        updated_at: now,
        account_id,
        name: name.to_string(),
        title: input.title.trim().to_string(),
        buying_role: input.buying_role,
        email: email.to_string(),
        phone: input.phone.trim().to_string(),
        external_id: None,
    })
}
