//! A small hand-made workspace for November 2026 ("now" = 2026-11-27 09:00)
//! whose every KPI is worked out by hand in `kpis.rs`. Records are built
//! from JSON so only the fields that matter are spelled out.

use serde::de::DeserializeOwned;
use serde_json::{json, Value};

use super::*;
use crate::domain::{Settings, Workspace};

pub(super) fn now() -> Timestamp {
    at(2026, 11, 27, 9)
}

pub(super) fn rec<T: DeserializeOwned>(mut v: Value) -> T {
    let stamp = json!("2026-01-01T00:00:00Z");
    v["created_at"] = v.get("created_at").cloned().unwrap_or(stamp.clone());
    v["updated_at"] = stamp;
    serde_json::from_value(v).unwrap()
}

pub(super) fn i(n: u128) -> Value {
    serde_json::to_value(id(n)).unwrap()
}

fn cny(yuan: i64) -> Value {
    json!({"minor": yuan * 100, "currency": "CNY"})
}

pub(super) const A: u128 = 12;
pub(super) const B: u128 = 13;
const ACC_OLD: u128 = 100; // A's, ordered in June: a repeat customer
const ACC_B: u128 = 101; // B's, first order 2026-11-25
const ACC_NEW: u128 = 102; // A's, first order 2026-11-12

/// Deal `n`: created on `created`, moved to `stage` at `closed` (if closed).
fn deal(n: u128, owner: u128, account: u128, created: &str, stage: &str, closed: Option<&str>, amount: Value) -> crate::domain::Deal {
    let history: Vec<Value> = closed.iter().map(|c| json!({"from": "decision_follow_up", "to": stage, "at": c})).collect();
    rec(json!({"id": i(n), "created_at": created, "name": format!("d{n}"), "account_id": i(account), "owner_id": i(owner),
        "stage": stage, "amount": amount, "forecast": "pipeline", "stage_history": history, "expected_close": "2026-11-30"}))
}

fn lead(n: u128, owner: u128, created: &str, status: &str, contact: Option<&str>, deal: Option<u128>) -> crate::domain::Lead {
    rec(json!({"id": i(n), "created_at": created, "name": "l", "channel": "web_form", "status": status, "owner_id": i(owner),
        "first_contact_at": contact, "converted_deal_id": deal.map(i)}))
}

fn order(n: u128, account: u128, deal: Option<u128>, on: &str, qty: u32, unit_yuan: i64) -> crate::domain::Order {
    rec(json!({"id": i(n), "account_id": i(account), "deal_id": deal.map(i), "ordered_on": on, "currency": "CNY",
        "lines": [{"product_id": i(1), "quantity": qty, "unit_price_minor": unit_yuan * 100}]}))
}

fn invoice(n: u128, account: u128, order: Option<u128>, contract: Option<u128>, issued: &str, due: &str, yuan: i64) -> crate::domain::Invoice {
    rec(json!({"id": i(n), "account_id": i(account), "order_id": order.map(i), "contract_id": contract.map(i),
        "number": format!("INV{n}"), "issued_on": issued, "due_on": due, "amount": cny(yuan)}))
}

fn complaint(n: u128, owner: u128, opened: &str, ack: Option<&str>) -> crate::domain::Complaint {
    let history: Vec<Value> = ack.iter().map(|a| json!({"status": "acknowledged", "at": a})).collect();
    rec(json!({"id": i(n), "account_id": i(ACC_OLD), "title": "c", "category": "service", "severity": "normal",
        "status": if ack.is_some() { "acknowledged" } else { "open" }, "owner_id": i(owner), "opened_at": opened, "history": history}))
}

fn survey(n: u128, account: u128, kind: &str, score: u8) -> crate::domain::SurveyResponse {
    rec(json!({"id": i(n), "account_id": i(account), "kind": kind, "touchpoint": "after_sales", "score": score, "responded_on": "2026-11-15"}))
}

fn visit(n: u128, person: u128, on: &str) -> crate::domain::Visit {
    rec(json!({"id": i(n), "person_id": i(person), "checked_in_at": on, "purpose": "p"}))
}

pub(super) fn workspace() -> Workspace {
    let f = org();
    let mut settings = Settings::default();
    // Every lead grades A with a 24-hour first-contact window, so the SLA
    // verdicts below do not depend on lead scoring.
    settings.grade_cutoffs = [0, 0, 0];
    settings.sla_hours = [24, 24, 24];
    let mut ws = Workspace { settings, ..Workspace::default() };
    let d = &mut ws.data;
    d.people = f.people;
    d.org_units = f.units;
    for (n, owner) in [(ACC_OLD, A), (ACC_B, B), (ACC_NEW, A)] {
        d.accounts.push(rec(json!({"id": i(n), "name": "a", "owner_id": i(owner)})));
    }
    d.deals = vec![
        deal(201, A, ACC_OLD, "2026-10-02T09:00:00Z", "won", Some("2026-11-05T10:00:00Z"), cny(10_000)),
        deal(202, A, ACC_NEW, "2026-11-01T09:00:00Z", "won", Some("2026-11-11T10:00:00Z"), cny(30_000)),
        deal(203, A, ACC_OLD, "2026-09-01T09:00:00Z", "lost", Some("2026-11-20T10:00:00Z"), cny(5_000)),
        deal(204, B, ACC_B, "2026-11-03T09:00:00Z", "won", Some("2026-11-23T10:00:00Z"), cny(20_000)),
        deal(205, B, ACC_B, "2026-11-10T09:00:00Z", "won", Some("2026-11-15T10:00:00Z"), json!({"minor": 100_000, "currency": "USD"})),
        deal(206, B, ACC_B, "2026-11-12T09:00:00Z", "needs_confirmed", None, cny(40_000)),
        deal(207, A, ACC_OLD, "2026-10-01T09:00:00Z", "won", Some("2026-10-20T10:00:00Z"), cny(7_000)),
    ];
    d.leads = vec![
        lead(301, A, "2026-11-02T09:00:00Z", "converted", Some("2026-11-02T10:00:00Z"), Some(202)), // met (1 h)
        lead(302, A, "2026-11-05T09:00:00Z", "contacted", Some("2026-11-06T15:00:00Z"), None), // late (30 h)
        lead(303, B, "2026-11-06T09:00:00Z", "converted", Some("2026-11-06T11:00:00Z"), Some(206)), // met (2 h)
        lead(304, B, "2026-11-08T09:00:00Z", "disqualified", None, None), // never contacted, closed: not measured
        lead(305, A, "2026-10-01T09:00:00Z", "converted", Some("2026-10-01T10:00:00Z"), Some(207)), // October
    ];
    d.orders = vec![
        order(401, ACC_OLD, None, "2026-06-01", 2, 500),
        order(402, ACC_NEW, Some(202), "2026-11-12", 3, 10_000),
        order(403, ACC_B, Some(204), "2026-11-25", 1, 20_000),
        order(404, ACC_OLD, Some(207), "2026-10-20", 1, 7_000),
    ];
    let signed = |n: u128, deal: u128, account: u128, on: &str| -> crate::domain::Contract {
        rec(json!({"id": i(n), "title": "k", "account_id": i(account), "deal_id": i(deal), "amount": cny(1), "status": "signed",
            "signature": {"signer_name": "s", "signed_at": on, "content_sha256": ""}}))
    };
    d.contracts = vec![signed(501, 202, ACC_NEW, "2026-11-11T08:00:00Z"), signed(502, 204, ACC_B, "2026-11-24T08:00:00Z")];
    d.invoices = vec![
        invoice(601, ACC_NEW, Some(402), Some(501), "2026-11-12", "2026-12-12", 30_000), // paid in full 11-20
        invoice(602, ACC_B, Some(403), Some(502), "2026-11-25", "2026-12-25", 20_000), // 5,000 paid: 15,000 not due
        invoice(603, ACC_OLD, None, None, "2026-08-01", "2026-10-28", 1_000), // 30 days late
        invoice(604, ACC_OLD, None, None, "2026-08-01", "2026-10-27", 2_000), // 31
        invoice(605, ACC_OLD, None, None, "2026-08-01", "2026-09-28", 3_000), // 60
        invoice(606, ACC_OLD, None, None, "2026-08-01", "2026-09-27", 4_000), // 61
        invoice(607, ACC_OLD, None, None, "2026-08-01", "2026-08-29", 5_000), // 90
        invoice(608, ACC_OLD, None, None, "2026-08-01", "2026-08-28", 6_000), // 91
    ];
    let pay = |n: u128, inv: u128, acc: u128, on: &str, yuan: i64| -> crate::domain::Payment {
        rec(json!({"id": i(n), "invoice_id": i(inv), "account_id": i(acc), "paid_on": on, "amount": cny(yuan)}))
    };
    d.payments = vec![pay(701, 601, ACC_NEW, "2026-11-20", 30_000), pay(702, 602, ACC_B, "2026-11-26", 5_000)];
    d.complaints = vec![
        complaint(801, A, "2026-11-03T10:00:00Z", Some("2026-11-04T10:00:00Z")), // met (24 h of 48)
        complaint(802, B, "2026-11-10T10:00:00Z", Some("2026-11-14T10:00:00Z")), // late
        complaint(803, A, "2026-11-26T12:00:00Z", None), // still within 48 h: not known yet
        complaint(804, B, "2026-11-20T10:00:00Z", None), // overdue
    ];
    d.survey_responses = vec![
        survey(901, ACC_OLD, "nps", 10),
        survey(902, ACC_OLD, "nps", 9),
        survey(903, ACC_OLD, "nps", 3),
        survey(904, ACC_B, "nps", 7),
        survey(905, ACC_B, "csat", 2),
    ];
    d.visits = vec![
        visit(1001, A, "2026-11-03T09:00:00Z"),
        visit(1002, A, "2026-11-17T09:00:00Z"),
        visit(1003, B, "2026-11-18T09:00:00Z"),
        visit(1004, A, "2026-10-18T09:00:00Z"),
    ];
    let training = |n: u128, person: u128, on: &str, tenths: u32| -> crate::domain::TrainingRecord {
        rec(json!({"id": i(n), "person_id": i(person), "kind": "session", "title": "t", "on": on, "hours_tenths": tenths}))
    };
    d.training_records = vec![training(1201, A, "2026-11-10", 25), training(1202, B, "2026-11-12", 40), training(1203, A, "2026-10-30", 80)];
    let target = |n: u128, person: Option<u128>, month: u8, yuan: i64| -> crate::domain::Target {
        rec(json!({"id": i(n), "year": 2026, "period": {"type": "month", "index": month}, "metric": "revenue",
            "value": yuan * 100, "person_id": person.map(i), "org_unit_id": i(1), "weighting": "equal"}))
    };
    // Company: ¥100,000 for each of Oct, Nov, Dec; rep A: ¥80,000 for November.
    d.targets = vec![target(1101, None, 10, 100_000), target(1102, None, 11, 100_000), target(1103, None, 12, 100_000), target(1104, Some(A), 11, 80_000)];
    ws
}
