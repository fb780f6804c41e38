use super::*;
use crate::domain::demo::{generate, DemoSize, Lang};
use crate::domain::pipeline::Stage;
use crate::domain::{AssignmentChange, BuyingRole, Currency, Record};

fn ids() -> impl FnMut() -> Id {
    let mut n = 1000u128;
    move || {
        n += 1;
        id(n)
    }
}

fn input() -> ConvertInput {
    ConvertInput {
        account: " 华信精密制造有限公司 ".into(),
        deal_name: "产线升级".into(),
        amount_minor: None,
        owner_id: None,
        buying_role: BuyingRole::DecisionMaker,
    }
}

fn converting() -> Lead {
    Lead {
        company: "华信精密制造有限公司".into(),
        email: "li@hx.cn".into(),
        phone: "138 0013 8000".into(),
        region: "华东".into(),
        city: "上海".into(),
        owner_id: Some(id(7)),
        status: LeadStatus::Qualified,
        last_contact_at: Some(now() - Duration::days(2)),
        ..hot(1)
    }
}

#[test]
fn a_lead_becomes_account_contact_and_deal_in_one_set_of_records() {
    let ws = generate(DemoSize::Small, Lang::Zh, 1);
    let d = &ws.data;
    let owner = d.people[0].clone();
    let l = Lead { owner_id: Some(owner.id), ..converting() };
    let ctx = ConvertContext { accounts: &d.accounts, people: &d.people, deals: &d.deals, currency: Currency::CNY };
    let c = convert(&l, &input(), &ctx, Some(id(3)), now(), ids()).unwrap();

    let acc = c.new_account.clone().unwrap();
    assert_eq!(
        (acc.name.as_str(), acc.industry.as_str(), acc.city.as_str()),
        ("华信精密制造有限公司", "制造业", "上海")
    );
    assert_eq!((acc.employees, acc.owner_id), (Some(300), Some(owner.id)));
    let ct = &c.contact;
    assert_eq!((ct.account_id, ct.name.as_str(), ct.title.as_str()), (acc.id, "Li Lei", "总经理"));
    assert_eq!(
        (ct.email.as_str(), ct.phone.as_str(), ct.buying_role),
        ("li@hx.cn", "138 0013 8000", BuyingRole::DecisionMaker)
    );
    let deal = &c.deal;
    assert_eq!(
        (deal.stage, deal.account_id, deal.contact_id, deal.owner_id),
        (Stage::Identify, acc.id, Some(ct.id), owner.id)
    );
    assert_eq!((deal.lead_id, deal.amount), (Some(l.id), Money::cny(25_000_000)));
    assert_eq!(
        deal.stage_history,
        vec![crate::domain::StageChange { from: None, to: Stage::Identify, at: now(), by: Some(id(3)) }]
    );
    assert_eq!(deal.last_activity_at, l.last_contact_at);
    let top = d.deals.iter().filter(|x| x.stage == Stage::Identify).map(|x| x.rank).min().unwrap();
    assert!(deal.rank < top, "the new deal tops the first column");
    assert_eq!(
        (c.lead.status, c.lead.converted_deal_id, c.lead.updated_at),
        (LeadStatus::Converted, Some(deal.id), now())
    );
    assert!(c.lead.assignment_history.is_empty(), "owner unchanged");

    let records = c.clone().records();
    assert_eq!(records.len(), 4 + c.renumbered.len());
    assert!(matches!(records[0], Record::Account(_)) && matches!(records[3], Record::Lead(_)));
}

#[test]
fn an_existing_account_is_linked_not_duplicated() {
    let ws = generate(DemoSize::Small, Lang::En, 1);
    let d = &ws.data;
    let existing = &d.accounts[0];
    let ctx = ConvertContext { accounts: &d.accounts, people: &d.people, deals: &d.deals, currency: Currency::CNY };
    let other = d.people[1].id;
    let inp =
        ConvertInput { account: existing.name.to_uppercase(), owner_id: Some(other), amount_minor: Some(5), ..input() };
    let c = convert(&converting(), &inp, &ctx, None, now(), ids()).unwrap();
    assert_eq!(c.new_account, None);
    assert_eq!((c.contact.account_id, c.deal.account_id), (existing.id, existing.id));
    assert_eq!((c.deal.amount, c.deal.owner_id), (Money::cny(5), other));
    assert_eq!(c.records().len(), 3);
}

#[test]
fn owner_chosen_at_conversion_is_kept_in_the_history() {
    let people =
        vec![crate::domain::Person { id: id(8), ..generate(DemoSize::Small, Lang::En, 1).data.people[0].clone() }];
    let ctx = ConvertContext { accounts: &[], people: &people, deals: &[], currency: Currency::CNY };
    let l = Lead { owner_id: None, budget: Some(Money::new(100, Currency::USD)), ..converting() };
    let c = convert(&l, &ConvertInput { owner_id: Some(id(8)), ..input() }, &ctx, Some(id(3)), now(), ids()).unwrap();
    assert_eq!(c.deal.amount, Money::cny(0), "a budget in another currency is not converted");
    assert_eq!(
        c.lead.assignment_history,
        vec![AssignmentChange {
            from: None,
            to: Some(id(8)),
            at: now(),
            by: Some(id(3)),
            automatic: false,
            reason: String::new()
        }]
    );
}

#[test]
fn every_problem_is_reported_at_once() {
    let ctx = ConvertContext { accounts: &[], people: &[], deals: &[], currency: Currency::CNY };
    let bad = ConvertInput { account: " ".into(), deal_name: "".into(), amount_minor: Some(-1), ..input() };
    let l = Lead { status: LeadStatus::Converted, owner_id: None, ..converting() };
    assert_eq!(
        convert(&l, &bad, &ctx, None, now(), ids()),
        Err(vec![
            ConvertError::AlreadyConverted,
            ConvertError::AccountRequired,
            ConvertError::DealNameRequired,
            ConvertError::AmountNegative,
            ConvertError::OwnerRequired,
        ])
    );
    let l = Lead { status: LeadStatus::Disqualified, ..converting() };
    assert_eq!(
        convert(&l, &input(), &ctx, None, now(), ids()),
        Err(vec![ConvertError::Disqualified, ConvertError::OwnerUnknown])
    );
}

#[test]
fn disqualifying_needs_a_reason() {
    let l = converting();
    assert_eq!(disqualify(&l, "  ", now()), Err(DisqualifyError::ReasonRequired));
    let d = disqualify(&l, " 无预算 ", now()).unwrap();
    assert_eq!(
        (d.status, d.disqualify_reason.as_deref(), d.updated_at),
        (LeadStatus::Disqualified, Some("无预算"), now())
    );
    let done = Lead { status: LeadStatus::Converted, ..l };
    assert_eq!(disqualify(&done, "x", now()), Err(DisqualifyError::AlreadyConverted));
}

#[test]
fn buying_role_follows_authority() {
    let r = rules();
    let role = |t: &str| buying_role_for(r.title_weight(t));
    assert_eq!(role("总经理"), BuyingRole::DecisionMaker);
    assert_eq!(role("CFO"), BuyingRole::DecisionMaker);
    assert_eq!(role("采购经理"), BuyingRole::Influencer);
    assert_eq!(role("Engineer"), BuyingRole::User);
    assert_eq!(role(""), BuyingRole::Other);
}
