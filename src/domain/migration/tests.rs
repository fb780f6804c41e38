//! Matching, stage mapping and history rules of the migration. The
//! multi-file runs (all or nothing, re-import) are in `tests/migration.rs`
//! over the fixture files the browser test uses too.

use chrono::{TimeZone, Utc};

use super::FileKind;
use crate::domain::mapping::deals::{rebuild_history, suggest_stage};
use crate::domain::mapping::refs::{edit_distance, fuzzy_best, normalise_name, ref_key, Link, Links, RefKind};
use crate::domain::mapping::Reason;
use crate::domain::pipeline::Stage;
use crate::domain::{EntityKind, Id, StageChange, Timestamp};

fn day(y: i32, m: u32, d: u32) -> Timestamp {
    Utc.with_ymd_and_hms(y, m, d, 0, 0, 0).unwrap()
}

#[test]
fn names_normalise_case_whitespace_and_full_width() {
    assert_eq!(normalise_name("  Ａｎｎａ\u{3000} SNELLING\t"), "anna snelling");
    assert_eq!(ref_key(RefKind::Person, "Anna  Snelling"), ref_key(RefKind::Person, "ａｎｎａ snelling"));
    assert_eq!(ref_key(RefKind::Person, " Ben@Example.COM "), "ben@example.com");
    // Companies also drop their legal form (the lead duplicate rule).
    for raw in ["Acme Corporation", "ACME corp.", "Ａｃｍｅ  Corporation", "acme"] {
        assert_eq!(ref_key(RefKind::Account, raw), "acme", "{raw}");
    }
    // Products keep inner spaces: "GTX Pro" and "GTXPro" only meet fuzzily.
    assert_ne!(ref_key(RefKind::Product, "GTX Pro"), ref_key(RefKind::Product, "GTXPro"));
}

#[test]
fn products_get_a_fuzzy_suggestion_only_when_close() {
    assert_eq!(edit_distance("kitten", "sitting"), 3);
    assert_eq!(edit_distance("", "abc"), 3);
    let catalogue = [(Id::from_u128(1), "GTX Basic"), (Id::from_u128(2), "GTX Pro"), (Id::from_u128(3), "GTX Plus Pro"), (Id::from_u128(4), "MG Advanced")];
    let best = |t: &str| fuzzy_best(t, catalogue).map(|(_, n)| n);
    assert_eq!(best("GTXPro"), Some("GTX Pro"));
    assert_eq!(best("gtx-pro"), Some("GTX Pro"));
    assert_eq!(best("MG Advance"), Some("MG Advanced"));
    // "gtxplusbasic" is 3 edits from "gtxpluspro": too far to offer.
    assert_eq!(best("GTX Plus Basic"), None);
    // Short names allow fewer edits (at most a quarter of the length).
    assert_eq!(best("GTK"), None);
    assert_eq!(best(""), None);
}

#[test]
fn links_resolve_skip_and_report_unknown_or_ambiguous() {
    let mut links = Links::default();
    links.add(RefKind::Person, ref_key(RefKind::Person, "Ada Wong"), Link::To(Id::from_u128(1)));
    links.add(RefKind::Person, ref_key(RefKind::Person, "Li Na"), Link::To(Id::from_u128(2)));
    links.add(RefKind::Person, ref_key(RefKind::Person, "li  na"), Link::To(Id::from_u128(3)));
    links.set(RefKind::Product, ref_key(RefKind::Product, "Old Thing"), Link::Skip);
    assert_eq!(links.id(RefKind::Person, "ADA WONG"), Ok(Some(Id::from_u128(1))));
    assert_eq!(links.id(RefKind::Person, ""), Ok(None));
    assert_eq!(links.id(RefKind::Person, "Li Na"), Err(Reason::AmbiguousReference(EntityKind::Person)));
    assert_eq!(links.id(RefKind::Person, "Zed"), Err(Reason::UnknownReference(EntityKind::Person)));
    assert!(links.skips(RefKind::Product, "old thing"));
    assert!(!links.skips(RefKind::Person, "Ada Wong"));
}

#[test]
fn stage_names_are_suggested_in_english_chinese_and_crm_words() {
    let cases = [
        ("Prospecting", Some(Stage::Identify)),
        ("appointmentscheduled", Some(Stage::Identify)),
        ("Engaging", Some(Stage::NeedsConfirmed)),
        ("Qualified To Buy", Some(Stage::NeedsConfirmed)),
        ("Proposal/Price Quote", Some(Stage::SolutionMatched)),
        ("Negotiation/Review", Some(Stage::DecisionFollowUp)),
        ("Closed Won", Some(Stage::Won)),
        ("closedwon", Some(Stage::Won)),
        ("Won", Some(Stage::Won)),
        ("Closed Lost", Some(Stage::Lost)),
        ("LOST", Some(Stage::Lost)),
        ("赢单", Some(Stage::Won)),
        ("输单", Some(Stage::Lost)),
        ("需求确认", Some(Stage::NeedsConfirmed)),
        ("商务谈判", Some(Stage::DecisionFollowUp)),
        ("Bananas", None),
    ];
    for (value, stage) in cases {
        assert_eq!(suggest_stage(value), stage, "{value}");
    }
}

fn change(from: Option<Stage>, to: Stage, at: Timestamp) -> StageChange {
    StageChange { from, to, at, by: None }
}

#[test]
fn history_is_rebuilt_from_the_dates_there_are() {
    let now = day(2026, 11, 27);
    let (e, c) = (day(2016, 10, 20), day(2017, 3, 1));
    // Won with engaged and closed dates: created when engaged.
    let (created, h) = rebuild_history(Stage::Won, None, Some(e), Some(c), now);
    assert_eq!(created, e);
    assert_eq!(h, [change(None, Stage::Identify, e), change(Some(Stage::Identify), Stage::NeedsConfirmed, e), change(Some(Stage::NeedsConfirmed), Stage::Won, c)]);
    // With a created date too, each milestone keeps its own date.
    let start = day(2016, 9, 1);
    let (created, h) = rebuild_history(Stage::Lost, Some(start), Some(e), Some(c), now);
    assert_eq!(created, start);
    assert_eq!(h.iter().map(|s| (s.to, s.at)).collect::<Vec<_>>(), [(Stage::Identify, start), (Stage::NeedsConfirmed, e), (Stage::Lost, c)]);
    // Engaging: identify then needs confirmed on the engage date.
    let (_, h) = rebuild_history(Stage::NeedsConfirmed, None, Some(e), None, now);
    assert_eq!(h, [change(None, Stage::Identify, e), change(Some(Stage::Identify), Stage::NeedsConfirmed, e)]);
    // Prospecting without any date: created now, one entry.
    let (created, h) = rebuild_history(Stage::Identify, None, None, None, now);
    assert_eq!((created, h), (now, vec![change(None, Stage::Identify, now)]));
    // A later open stage is entered on the latest date known.
    let (_, h) = rebuild_history(Stage::SolutionMatched, None, Some(e), None, now);
    assert_eq!(h.last(), Some(&change(Some(Stage::NeedsConfirmed), Stage::SolutionMatched, e)));
    // Closed before engaged (bad data): the close moves up to the engage date.
    let (_, h) = rebuild_history(Stage::Won, None, Some(c), Some(e), now);
    assert_eq!(h.last(), Some(&change(Some(Stage::NeedsConfirmed), Stage::Won, c)));
    assert!(h.windows(2).all(|w| w[0].at <= w[1].at));
}

#[test]
fn file_kinds_are_guessed_from_headers() {
    let guess = |h: &[&str]| FileKind::guess(h);
    assert_eq!(guess(&["sales_agent", "manager", "regional_office"]), FileKind::People);
    assert_eq!(guess(&["account", "sector", "year_established", "revenue", "employees", "office_location", "subsidiary_of"]), FileKind::Accounts);
    assert_eq!(guess(&["product", "series", "sales_price"]), FileKind::Products);
    assert_eq!(
        guess(&["opportunity_id", "sales_agent", "product", "account", "deal_stage", "engage_date", "close_date", "close_value"]),
        FileKind::Deals
    );
    assert_eq!(guess(&["Deal Name", "Deal Stage", "Amount", "Close Date", "Deal owner"]), FileKind::Deals);
    assert_eq!(guess(&["First Name", "Contact Name", "Email", "Company Name", "Job Title"]), FileKind::Contacts);
    // An order line names an account and a product too, an invoice an order,
    // a payment an invoice: each kind's own columns outnumber those.
    assert_eq!(guess(&["Order ID", "Customer", "Product", "Qty", "Unit Price"]), FileKind::Orders);
    assert_eq!(guess(&["订单编号", "客户", "产品", "数量", "单价", "下单日期"]), FileKind::Orders);
    assert_eq!(guess(&["Invoice Number", "Order ID", "Invoice Date", "Due Date", "Total"]), FileKind::Invoices);
    assert_eq!(guess(&["Payment ID", "Invoice Number", "Payment Date", "Amount", "Payment Method"]), FileKind::Payments);
    assert_eq!(guess(&["发票号", "回款日期", "回款金额", "付款方式"]), FileKind::Payments);
}

#[test]
fn a_preset_decides_what_an_ambiguous_header_means() {
    use super::{FileMapping, Preset};
    let headers = ["Opportunity Name", "Close Date", "Stage", "Opportunity Owner", "Account Name"];
    // Generic: "Close Date" is the close; so it is for Salesforce, whose
    // "Close Date" is both the expected and the actual close.
    let sf = FileMapping::suggest_preset(FileKind::Deals, &headers, Preset::Salesforce);
    assert_eq!(sf.key_at(1), Some("closed_at"));
    assert_eq!(sf.key_at(3), Some("owner"));
    // Pipedrive's deal title is the deal's name; a people file's "Title" is a job title.
    let pd = FileMapping::suggest_preset(FileKind::Deals, &["Deal - Title", "Deal - Value"], Preset::Pipedrive);
    assert_eq!((pd.key_at(0), pd.key_at(1)), (Some("name"), Some("amount")));
    let sample = FileMapping::suggest_preset(FileKind::People, &["sales_agent", "manager", "regional_office"], Preset::SampleData);
    assert_eq!((sample.key_at(0), sample.key_at(1), sample.key_at(2)), (Some("name"), Some("manager"), Some("office")));
    assert!(sample.missing_required().is_empty());
}
