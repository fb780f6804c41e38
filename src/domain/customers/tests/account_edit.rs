use crate::domain::customers::account_edit::*;
use crate::domain::demo::{generate, DemoSize, Lang};
use crate::domain::{BuyingRole, Currency, Id, Money};

#[test]
fn an_account_edit_sets_credit_and_details_or_names_every_problem() {
    let ws = generate(DemoSize::Small, Lang::En, 2);
    let a = &ws.data.accounts[0];
    let mut input = input_from(a);
    assert_eq!(edit_account(a, &input, Currency::CNY, super::now()).unwrap().name, a.name);
    input.blacklisted = true;
    input.credit_limit = "50,000".into();
    input.employees = "1,200".into();
    let next = edit_account(a, &input, Currency::CNY, super::now()).unwrap();
    assert!(next.credit.blacklisted);
    assert_eq!(next.credit.credit_limit, Some(Money::cny(5_000_000)));
    assert_eq!((next.employees, next.updated_at), (Some(1_200), super::now()));
    input.credit_limit = String::new();
    assert_eq!(edit_account(a, &input, Currency::CNY, super::now()).unwrap().credit.credit_limit, None);
    input.name = " ".into();
    input.employees = "many".into();
    input.credit_limit = "-5".into();
    assert_eq!(
        edit_account(a, &input, Currency::CNY, super::now()).unwrap_err(),
        vec![AccountError::NameRequired, AccountError::EmployeesInvalid, AccountError::CreditLimitInvalid]
    );
}

#[test]
fn a_contact_needs_a_name_and_a_plausible_email_if_any() {
    let input = ContactInput { name: " Li Lei ".into(), title: "CFO".into(), buying_role: BuyingRole::DecisionMaker, email: String::new(), phone: String::new() };
    let c = new_contact(Id::from_u128(1), &input, Id::from_u128(2), super::now()).unwrap();
    assert_eq!((c.name.as_str(), c.account_id), ("Li Lei", Id::from_u128(1)));
    let bad = ContactInput { name: String::new(), email: "li@".into(), ..input };
    assert_eq!(new_contact(Id::from_u128(1), &bad, Id::from_u128(2), super::now()).unwrap_err(), vec![ContactError::NameRequired, ContactError::EmailInvalid]);
}
