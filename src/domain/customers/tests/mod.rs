//! Native tests of the customers module, one file per concern. Shared fixtures here.

mod account_edit;
mod basket;
mod bench;
mod community;
mod complaints;
mod ledger;
mod lifecycle;
mod nps;
mod orders;
mod rfm;
mod rules_edit;
mod settings;
mod survey_csv;
mod surveys;
mod templates_edit;
mod timeline;
mod verticals;

use chrono::{Duration, NaiveDate, TimeZone, Utc};

use crate::domain::{Account, Currency, Id, Order, OrderLine, SurveyKind, SurveyResponse, Timestamp, Touchpoint};

pub(super) fn now() -> Timestamp {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
}

pub(super) fn today() -> NaiveDate {
    now().date_naive()
}

pub(super) fn days_ago(d: i64) -> NaiveDate {
    today() - Duration::days(d)
}

pub(super) fn id(n: u128) -> Id {
    Id::from_u128(n)
}

pub(super) fn account(n: u128, name: &str) -> Account {
    Account {
        external_id: None,
        parent_id: None,
        id: id(n),
        created_at: now(),
        updated_at: now(),
        name: name.into(),
        industry: String::new(),
        employees: None,
        region: String::new(),
        city: String::new(),
        website: String::new(),
        owner_id: None,
        segment_id: None,
        credit: Default::default(),
        notes: String::new(),
    }
}

/// An order of `account` `ago` days before today: one line per product,
/// each of quantity 1 at `price` yuan (so the total is products × price).
pub(super) fn order(n: u128, account: u128, ago: i64, price: i64, products: &[u128]) -> Order {
    Order {
        id: id(n),
        created_at: now(),
        updated_at: now(),
        account_id: id(account),
        deal_id: None,
        ordered_on: days_ago(ago),
        currency: Currency::CNY,
        lines: products.iter().map(|&p| OrderLine { product_id: id(p), quantity: 1, unit_price_minor: price * 100 }).collect(),
        external_id: None,
    }
}

pub(super) fn response(n: u128, kind: SurveyKind, touchpoint: Touchpoint, score: u8, on: NaiveDate) -> SurveyResponse {
    SurveyResponse {
        id: id(n),
        created_at: now(),
        updated_at: now(),
        account_id: id(1),
        contact_id: None,
        kind,
        touchpoint,
        score,
        comment: String::new(),
        responded_on: on,
    }
}
