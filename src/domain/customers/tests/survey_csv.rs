use super::*;
use crate::domain::customers::*;
use crate::domain::mapping::{Mapping, Outcome, Reason, Table};
use crate::domain::{BuyingRole, Contact, EntityKind};

fn contact(n: u128, account: u128, name: &str, email: &str) -> Contact {
    Contact {
        external_id: None,
        id: id(n),
        created_at: now(),
        updated_at: now(),
        account_id: id(account),
        name: name.into(),
        title: String::new(),
        buying_role: BuyingRole::User,
        email: email.into(),
        phone: String::new(),
    }
}

fn plan(rows: &[Vec<&str>], existing: &[SurveyResponse]) -> crate::domain::mapping::Plan<SurveyResponse> {
    let table = Table::from_rows(rows);
    let mapping = Mapping::<SurveyField>::suggest(table.headers(), &[]);
    let accounts = [account(1, "Acme Ltd"), account(2, "华为"), account(3, "Twin"), account(4, "twin")];
    let contacts = [contact(10, 1, "Li Lei", "li@acme.com"), contact(11, 2, "Li Lei", "")];
    let mut n = 1000;
    plan_survey_csv(&table, &mapping, existing, &accounts, &contacts, SurveyOptions::default(), now(), || {
        n += 1;
        id(n)
    })
}

#[test]
fn rows_become_responses() {
    let rows = vec![
        vec!["客户名称", "联系人", "类型", "触点", "评分", "日期", "反馈"],
        vec![" ACME ltd ", "LI@acme.com", "CSAT", "交付", "4", "2026-11-02", "on time"],
        vec!["华为", "li lei", "", "", "9", "2026-11-03", ""],
    ];
    let p = plan(&rows, &[]);
    assert_eq!(p.errors, vec![]);
    assert_eq!(p.create.len(), 2);
    let (a, b) = (&p.create[0], &p.create[1]);
    assert_eq!((a.account_id, a.contact_id, a.kind, a.touchpoint, a.score), (id(1), Some(id(10)), SurveyKind::Csat, Touchpoint::Delivery, 4));
    assert_eq!(a.comment, "on time");
    // Defaults: NPS after sales; the contact is the one at this account.
    assert_eq!((b.account_id, b.contact_id, b.kind, b.touchpoint, b.score), (id(2), Some(id(11)), SurveyKind::Nps, Touchpoint::AfterSales, 9));
    assert_eq!(b.responded_on, chrono::NaiveDate::from_ymd_opt(2026, 11, 3).unwrap());
}

#[test]
fn bad_rows_name_the_cell() {
    let rows = vec![
        vec!["Account", "Contact", "Kind", "Score", "Date"],
        vec!["Nobody Inc", "", "nps", "9", "2026-11-02"],
        vec!["Twin", "", "nps", "9", "2026-11-02"],
        vec!["Acme Ltd", "Han Meimei", "csat", "0", ""],
        vec!["Acme Ltd", "", "nps", "11", "2026-11-02"],
    ];
    let p = plan(&rows, &[]);
    let got: Vec<_> = p.errors.iter().map(|e| (e.row, e.column, e.reason)).collect();
    assert_eq!(
        got,
        vec![
            (2, Some(0), Reason::UnknownReference(EntityKind::Account)),
            (3, Some(0), Reason::AmbiguousReference(EntityKind::Account)),
            (4, Some(1), Reason::UnknownReference(EntityKind::Contact)),
            // CSAT takes 1–5.
            (4, Some(3), Reason::NotAChoice),
            (4, Some(4), Reason::Required),
            (5, Some(3), Reason::NotAChoice),
        ]
    );
    assert!(p.create.is_empty());
}

#[test]
fn the_same_response_twice_is_skipped() {
    let rows = vec![vec!["Account", "Score", "Date"], vec!["Acme Ltd", "9", "2026-11-02"], vec!["Acme Ltd", "10", "2026-11-02"]];
    let first = plan(&rows[..2], &[]);
    assert_eq!(first.create.len(), 1);
    // Re-imported next to what the first import wrote, and within one file.
    let again = plan(&rows, &first.create);
    assert!(matches!(again.rows[0].outcome, Outcome::Skipped(_)));
    assert!(matches!(again.rows[1].outcome, Outcome::Skipped(_)));
}
