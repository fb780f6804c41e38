#![cfg(not(target_arch = "wasm32"))]
//! One test per class of bad import file. Each asserts the exact issue kind
//! and JSON path, and that nothing else is reported. Bad files are made by
//! exporting a small demo workspace and editing the JSON as a `Value`, so the
//! tests stay valid as record fields are added.

use chrono::{DateTime, Utc};
use serde_json::{json, Value};

use salesflow::domain::demo::{generate, DemoSize, Lang};
use salesflow::domain::{Collections, EntityKind, Id, Workspace};
use salesflow::store::format::{export_json, FORMAT_NAME, FORMAT_VERSION};
use salesflow::store::import::{parse, ImportFailure, ImportIssue, IssueKind, MAX_ISSUES};

fn now() -> DateTime<Utc> {
    DateTime::from_timestamp(1_795_770_000, 0).expect("valid timestamp")
}

fn demo() -> Workspace {
    generate(DemoSize::Small, Lang::En, 21)
}

fn export_value(ws: &Workspace) -> Value {
    serde_json::from_str(&export_json(ws, now())).expect("export is JSON")
}

fn none() -> Collections {
    Collections::default()
}

fn fails(text: &str) -> ImportFailure {
    match parse(text, &none()) {
        Ok(p) => panic!("file was accepted ({} records)", p.workspace.data.len()),
        Err(f) => f,
    }
}

fn fails_value(v: &Value) -> ImportFailure {
    fails(&v.to_string())
}

/// The single issue of a failure that must report exactly one.
fn only(f: &ImportFailure) -> &ImportIssue {
    assert_eq!((f.issues.len(), f.total), (1, 1), "expected exactly one issue, got {:?}", f.issues);
    &f.issues[0]
}

fn issue(path: &str, kind: IssueKind) -> ImportIssue {
    ImportIssue { path: path.into(), kind }
}

/// One `InvalidValue` issue at `path` whose detail mentions `needle`.
fn assert_invalid(f: &ImportFailure, path: &str, needle: &str) {
    let i = only(f);
    assert_eq!(i.path, path, "{i:?}");
    match &i.kind {
        IssueKind::InvalidValue { detail } => assert!(detail.contains(needle), "detail {detail:?} lacks {needle:?}"),
        other => panic!("expected InvalidValue at {path}, got {other:?}"),
    }
}

fn records<'a>(v: &'a mut Value, kind: &str) -> &'a mut Vec<Value> {
    v["data"][kind].as_array_mut().unwrap_or_else(|| panic!("data.{kind} is an array"))
}

fn ghost() -> Id {
    Id::parse("00000000-0000-7000-8000-00000000dead").expect("uuid")
}

#[test]
fn untouched_export_imports_cleanly() {
    // The baseline every other test edits: it must pass as is, so each
    // failure below is caused by the one edit made.
    let ws = demo();
    let v = export_value(&ws);
    let parsed = parse(&v.to_string(), &none()).expect("clean export imports");
    let mut want = ws.clone();
    want.data.sort_by_id();
    assert_eq!(parsed.workspace, want);
    assert_eq!(parsed.format_version, FORMAT_VERSION);
    for &kind in EntityKind::ALL {
        assert!(ws.data.count(kind) > 0, "{kind:?} empty: a test below would edit nothing");
    }
}

#[test]
fn truncated_file_is_not_json_and_reports_line_and_column() {
    let pretty = serde_json::to_string_pretty(&export_value(&demo())).expect("json");
    // Cut inside line 10 (ASCII only), after its first 7 bytes.
    let start: usize = pretty.split_inclusive('\n').take(9).map(str::len).sum();
    let line10 = pretty[start..].lines().next().expect("line 10");
    assert!(line10.is_ascii() && line10.len() > 7, "{line10:?}");
    let truncated = &pretty[..start + 7];
    let i = only(&fails(truncated)).clone();
    assert_eq!(i.path, "");
    match i.kind {
        IssueKind::NotJson { line, column, detail } => {
            assert_eq!((line, column), (10, 7), "{detail}");
            assert!(detail.starts_with("EOF while parsing"), "{detail}");
        }
        other => panic!("expected NotJson, got {other:?}"),
    }

    // A syntax error in the middle: a colon replaced on line 3.
    let mut lines: Vec<String> = pretty.lines().map(String::from).collect();
    let col = lines[2].find(':').expect("a key on line 3");
    lines[2].replace_range(col..col + 1, ";");
    match only(&fails(&lines.join("\n"))).kind.clone() {
        IssueKind::NotJson { line, column, detail } => {
            assert_eq!((line, column), (3, col + 1), "{detail}");
            assert!(detail.contains("expected `:`"), "{detail}");
        }
        other => panic!("expected NotJson, got {other:?}"),
    }

    // An empty file.
    assert!(matches!(only(&fails("")).kind, IssueKind::NotJson { line: 1, column: 0, .. }));
}

#[test]
fn json_that_is_not_an_export() {
    // Not an object at all: the whole file is wrong.
    for text in ["[]", "null", "42", "\"salesflow\"", "[{\"format\":\"salesflow-workspace\"}]"] {
        assert_eq!(only(&fails(text)), &issue("", IssueKind::NotAnExport), "{text}");
    }
    // An object without the envelope: the missing `format` is named.
    for text in ["{}", "{\"foo\":1}", "{\"data\":{}}"] {
        assert_eq!(only(&fails(text)), &issue("format", IssueKind::NotAnExport), "{text}");
    }
    // Our format name but no version.
    let mut v = export_value(&demo());
    v.as_object_mut().expect("object").remove("format_version");
    assert_eq!(only(&fails_value(&v)), &issue("format_version", IssueKind::NotAnExport));
}

#[test]
fn wrong_format_name() {
    let mut v = export_value(&demo());
    v["format"] = json!("trello-board");
    assert_eq!(only(&fails_value(&v)), &issue("format", IssueKind::WrongFormat { found: "trello-board".into() }));
}

#[test]
fn newer_format_version() {
    let mut v = export_value(&demo());
    v["format_version"] = json!(FORMAT_VERSION + 1);
    assert_eq!(
        only(&fails_value(&v)),
        &issue("format_version", IssueKind::NewerVersion { found: FORMAT_VERSION + 1, supported: FORMAT_VERSION })
    );
    // The current version itself is fine.
    v["format_version"] = json!(FORMAT_VERSION);
    assert!(parse(&v.to_string(), &none()).is_ok());
}

#[test]
fn missing_data() {
    let mut v = export_value(&demo());
    v.as_object_mut().expect("object").remove("data");
    assert_eq!(only(&fails_value(&v)), &issue("data", IssueKind::NotAnExport));
}

#[test]
fn unknown_record_kind() {
    let mut v = export_value(&demo());
    v["data"]["widgets"] = json!([{ "id": "x" }, { "id": "y" }]);
    assert_eq!(only(&fails_value(&v)), &issue("data.widgets", IssueKind::UnknownKind { name: "widgets".into() }));
}

#[test]
fn record_missing_a_required_field() {
    let mut v = export_value(&demo());
    records(&mut v, "deals")[2].as_object_mut().expect("object").remove("amount");
    // serde reports a missing field at the record that lacks it.
    assert_invalid(&fails_value(&v), "data.deals[2]", "missing field `amount`");
}

#[test]
fn field_of_the_wrong_type() {
    let mut v = export_value(&demo());
    records(&mut v, "deals")[1]["amount"]["minor"] = json!("1200");
    assert_invalid(&fails_value(&v), "data.deals[1].amount.minor", "invalid type: string");

    let mut v = export_value(&demo());
    records(&mut v, "accounts")[0]["name"] = json!(17);
    assert_invalid(&fails_value(&v), "data.accounts[0].name", "invalid type: integer");

    // A record that is not even an object.
    let mut v = export_value(&demo());
    records(&mut v, "leads")[4] = json!("lead");
    assert_invalid(&fails_value(&v), "data.leads[4]", "expected struct Lead");
}

#[test]
fn invalid_id() {
    // An account id others point to: only the decode error is reported, not
    // the references that now dangle (those are checked after decoding).
    let mut v = export_value(&demo());
    records(&mut v, "accounts")[3]["id"] = json!("not-a-uuid");
    assert_invalid(&fails_value(&v), "data.accounts[3].id", "UUID");

    // A malformed reference.
    let mut v = export_value(&demo());
    records(&mut v, "deals")[0]["account_id"] = json!("12345");
    assert_invalid(&fails_value(&v), "data.deals[0].account_id", "UUID");
}

#[test]
fn invalid_currency_code() {
    let mut v = export_value(&demo());
    records(&mut v, "deals")[0]["amount"]["currency"] = json!("usd");
    assert_invalid(&fails_value(&v), "data.deals[0].amount.currency", "is not a currency code");

    let mut v = export_value(&demo());
    records(&mut v, "orders")[1]["currency"] = json!("DOLLAR");
    assert_invalid(&fails_value(&v), "data.orders[1].currency", "is not a currency code");

    let mut v = export_value(&demo());
    v["settings"]["currency"] = json!("¥");
    assert_invalid(&fails_value(&v), "settings.currency", "is not a currency code");
}

#[test]
fn duplicate_ids_within_a_kind() {
    let ws = demo();
    let mut v = export_value(&ws);
    let accounts = records(&mut v, "accounts");
    let mut copy = accounts[2].clone();
    copy["name"] = json!("Same id, other content");
    accounts.push(copy);
    let n = accounts.len() - 1;
    let id = ws.data.accounts[2].id;
    assert_eq!(only(&fails_value(&v)), &issue(&format!("data.accounts[{n}].id"), IssueKind::DuplicateId { id }));
}

#[test]
fn dangling_reference() {
    let ws = demo();
    let mut v = export_value(&ws);
    records(&mut v, "deals")[3]["account_id"] = json!(ghost().to_string());
    assert_eq!(
        only(&fails_value(&v)),
        &issue("data.deals[3].account_id", IssueKind::Dangling { target: EntityKind::Account, id: ghost() })
    );

    // An optional reference, set to a record of the wrong kind: a deal's id
    // is not a lead's id.
    let mut v = export_value(&ws);
    let deal_id = ws.data.deals[0].id;
    records(&mut v, "activities")[1]["lead_id"] = json!(deal_id.to_string());
    assert_eq!(
        only(&fails_value(&v)),
        &issue("data.activities[1].lead_id", IssueKind::Dangling { target: EntityKind::Lead, id: deal_id })
    );
}

#[test]
fn several_problems_are_all_listed_in_file_order() {
    let mut v = export_value(&demo());
    records(&mut v, "products")[2]["list_price"]["currency"] = json!("x");
    records(&mut v, "deals")[0].as_object_mut().expect("object").remove("amount");
    records(&mut v, "deals")[5]["stage"] = json!("maybe");
    records(&mut v, "accounts")[1]["name"] = json!(null);
    let f = fails_value(&v);
    let paths: Vec<&str> = f.issues.iter().map(|i| i.path.as_str()).collect();
    // Kinds in key order of the file's `data` object (alphabetical), records by index.
    assert_eq!(
        paths,
        ["data.accounts[1].name", "data.deals[0]", "data.deals[5].stage", "data.products[2].list_price.currency"]
    );
    assert_eq!(f.total, 4);
    assert!(f.issues.iter().all(|i| matches!(i.kind, IssueKind::InvalidValue { .. })), "{:?}", f.issues);

    // Reference problems, likewise: three dangling references, three issues.
    let ws = demo();
    let mut v = export_value(&ws);
    records(&mut v, "contacts")[0]["account_id"] = json!(ghost().to_string());
    records(&mut v, "deals")[1]["owner_id"] = json!(ghost().to_string());
    records(&mut v, "payments")[2]["invoice_id"] = json!(ghost().to_string());
    let f = fails_value(&v);
    assert_eq!(
        f.issues,
        vec![
            issue("data.contacts[0].account_id", IssueKind::Dangling { target: EntityKind::Account, id: ghost() }),
            issue("data.deals[1].owner_id", IssueKind::Dangling { target: EntityKind::Person, id: ghost() }),
            issue("data.payments[2].invoice_id", IssueKind::Dangling { target: EntityKind::Invoice, id: ghost() }),
        ]
    );
    assert_eq!(f.total, 3);
}

#[test]
fn more_than_max_issues_are_truncated_but_counted() {
    // Every record gets a bad id: one decode error per record.
    let ws = demo();
    let mut v = export_value(&ws);
    let mut expected = Vec::new();
    let mut kinds: Vec<String> = v["data"].as_object().expect("object").keys().cloned().collect();
    kinds.sort();
    for kind in &kinds {
        for (i, r) in records(&mut v, kind).iter_mut().enumerate() {
            r["id"] = json!(format!("bad-{i}"));
            expected.push(format!("data.{kind}[{i}].id"));
        }
    }
    assert!(ws.data.len() > MAX_ISSUES, "demo too small to overflow: {}", ws.data.len());
    let f = fails_value(&v);
    assert_eq!(f.total, ws.data.len());
    assert_eq!(f.issues.len(), MAX_ISSUES);
    let paths: Vec<&str> = f.issues.iter().map(|i| i.path.as_str()).collect();
    assert_eq!(paths, expected[..MAX_ISSUES].iter().map(String::as_str).collect::<Vec<_>>());
    assert!(f.issues.iter().all(|i| matches!(i.kind, IssueKind::InvalidValue { .. })));

    // The same in the reference phase: many copies of one account.
    let mut v = export_value(&ws);
    let accounts = records(&mut v, "accounts");
    let first = accounts[0].clone();
    let n0 = accounts.len();
    let copies = MAX_ISSUES + 20;
    accounts.extend(std::iter::repeat_n(first, copies));
    let f = fails_value(&v);
    assert_eq!(f.total, copies);
    let want: Vec<ImportIssue> = (n0..n0 + MAX_ISSUES)
        .map(|i| issue(&format!("data.accounts[{i}].id"), IssueKind::DuplicateId { id: ws.data.accounts[0].id }))
        .collect();
    assert_eq!(f.issues, want);
}

#[test]
fn utf8_bom_is_accepted() {
    let ws = demo();
    let text = format!("\u{feff}{}", export_json(&ws, now()));
    let parsed = parse(&text, &none()).expect("a BOM does not make the file invalid");
    let mut want = ws;
    want.data.sort_by_id();
    assert_eq!(parsed.workspace, want);
    // A BOM in front of a bad file does not hide the real problem.
    let i = only(&fails("\u{feff}{\"format\":\"x\",\"format_version\":1,\"data\":{}}")).clone();
    assert_eq!(i, issue("format", IssueKind::WrongFormat { found: "x".into() }));
}

#[test]
fn merge_may_reference_existing_records_replace_may_not() {
    let ws = demo();
    // A file holding just one deal, e.g. exported from a colleague's copy of
    // the same workspace after filtering; everything it points to is in the
    // stored data but not in the file.
    let deal = ws.data.deals.iter().max_by_key(|d| d.references().len()).expect("demo has deals").clone();
    let refs = deal.references();
    assert!(refs.len() >= 3, "want a well-connected deal: {refs:?}");
    let mut v = export_value(&ws);
    let deal_json = serde_json::to_value(&deal).expect("json");
    v["data"] = json!({ "deals": [deal_json] });
    let text = v.to_string();

    // Merge: the references resolve against the stored records.
    let parsed = parse(&text, &ws.data).expect("merge import accepted");
    assert_eq!(parsed.workspace.data.deals, vec![deal.clone()]);
    assert_eq!(parsed.workspace.data.len(), 1);

    // Replace: the file must stand on its own; every reference dangles.
    let f = parse(&text, &none()).expect_err("replace import rejected");
    let want: Vec<ImportIssue> = refs
        .iter()
        .map(|r| issue(&format!("data.deals[0].{}", r.path()), IssueKind::Dangling { target: r.kind, id: r.id }))
        .collect();
    assert_eq!(f.issues, want);
    assert_eq!(f.total, want.len());
}

#[test]
fn older_or_newer_record_shapes_are_tolerated() {
    // Fields and kinds missing (an older file) or unknown inside a record (a
    // newer app's addition within the same format version) do not fail.
    let ws = demo();
    let mut v = export_value(&ws);
    let obj = v.as_object_mut().expect("object");
    obj.remove("settings");
    obj.remove("exported_at");
    obj.remove("app_version");
    v["data"].as_object_mut().expect("object").remove("risks");
    let deal = &mut records(&mut v, "deals")[0];
    deal["added_in_a_later_release"] = json!({ "nested": [1, 2, 3] });
    deal.as_object_mut().expect("object").remove("rank");
    let parsed = parse(&v.to_string(), &none()).expect("accepted");
    let mut want = ws.clone();
    want.settings = Default::default();
    want.data.risks.clear();
    want.data.deals[0].rank = 0;
    want.data.sort_by_id();
    assert_eq!(parsed.workspace, want);
    assert_eq!(parsed.app_version, None);
    // Only the envelope's format name is fixed; the constant is what we write.
    assert_eq!(v["format"], json!(FORMAT_NAME));
}
