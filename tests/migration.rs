//! Migration runs over several files through the public API: the fixture
//! files the browser test imports, all or nothing, re-import merges, and
//! the public sample dataset when it is present next to the repository.
#![cfg(not(target_arch = "wasm32"))]

use std::time::Instant;

use chrono::{DateTime, TimeZone, Utc};

use salesflow::domain::mapping::refs::RefKind;
use salesflow::domain::migration::{plan, scan, FileKind, MigrationOptions, MigrationPlan, Resolution, SourceFile};
use salesflow::domain::pipeline::Stage;
use salesflow::domain::{Currency, Id, Record, Role, Workspace};
use salesflow::store::csv::{migration_change, read, ReadOptions};
use salesflow::store::change::Change;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/migration");

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap()
}

fn load(dir: &str, names: &[&str]) -> Vec<SourceFile> {
    names
        .iter()
        .map(|n| {
            let bytes = std::fs::read(format!("{dir}/{n}")).unwrap();
            SourceFile::guessed(n, read(&bytes, ReadOptions::default()).unwrap().table)
        })
        .collect()
}

fn ids() -> impl FnMut() -> Id {
    let mut n = 1000u128;
    move || {
        n += 1;
        Id::from_u128(n)
    }
}

/// Scan, take every suggestion, apply `tweak`, plan.
fn run(files: &[SourceFile], ws: &Workspace, tweak: impl FnOnce(&mut MigrationOptions)) -> MigrationPlan {
    let mut opts = MigrationOptions::new(Currency::USD, "No account");
    opts.accept_suggestions(&scan(files, ws, &opts));
    tweak(&mut opts);
    plan(files, ws, &opts, now(), &mut ids())
}

fn fixture() -> Vec<SourceFile> {
    // Deliberately out of dependency order: the run sorts them.
    load(FIXTURES, &["deals.csv", "teams.csv", "products.csv", "accounts.csv"])
}

#[test]
fn the_fixture_files_are_recognised_and_their_problems_listed() {
    let files = fixture();
    assert_eq!(files.iter().map(|f| f.kind()).collect::<Vec<_>>(), [FileKind::Deals, FileKind::People, FileKind::Products, FileKind::Accounts]);
    let opts = MigrationOptions::new(Currency::USD, "No account");
    let s = scan(&files, &Workspace::default(), &opts);
    let listed: Vec<_> = s.unmatched.iter().map(|u| (u.kind, u.value.as_str(), u.rows, u.suggestion.as_deref())).collect();
    // Managers named only in the manager column (Mia twice), the unknown
    // owner, the blank account, the misspelled product with its suggestion,
    // and both offices.
    assert_eq!(
        listed,
        [
            (RefKind::Person, "Mia Chen", 2, None),
            (RefKind::Person, "Omar Diaz", 1, None),
            (RefKind::Person, "Zed Unknown", 1, None),
            (RefKind::Account, "", 1, None),
            (RefKind::Product, "GTXPro", 1, Some("GTX Pro")),
            (RefKind::Office, "East", 2, None),
            (RefKind::Office, "West", 1, None),
        ]
    );
    let stages: Vec<_> = s.stages.iter().map(|v| (v.value.as_str(), v.rows, v.suggested)).collect();
    assert_eq!(
        stages,
        [
            ("Prospecting", 1, Some(Stage::Identify)),
            ("Engaging", 2, Some(Stage::NeedsConfirmed)),
            ("Won", 2, Some(Stage::Won)),
            ("Lost", 1, Some(Stage::Lost)),
            ("Proposal", 1, Some(Stage::SolutionMatched)),
            ("Negotiation", 1, Some(Stage::DecisionFollowUp)),
        ]
    );
}

#[test]
fn one_run_imports_every_file_with_its_relations() {
    let files = fixture();
    let ws = Workspace::default();
    let p = run(&files, &ws, |o| {
        o.resolutions.insert((RefKind::Person, "zed unknown".into()), Resolution::MapTo("Cao Yu".into()));
    });
    assert_eq!(p.invalid(), 0, "{:?}", p.files.iter().flat_map(|f| f.errors.clone()).collect::<Vec<_>>());
    let counts: Vec<_> = p.files.iter().map(|f| (f.kind, f.rows, f.summary.create)).collect();
    assert_eq!(counts, [(FileKind::People, 3, 3), (FileKind::Accounts, 3, 3), (FileKind::Products, 3, 3), (FileKind::Deals, 8, 8)]);
    // Two managers, two offices and the blank-account account were created.
    assert_eq!(p.created_by_resolution, [(RefKind::Person, 2), (RefKind::Account, 1), (RefKind::Office, 2)]);
    let mut after = ws.clone();
    migration_change(p, false).unwrap().apply_to(&mut after);
    let d = &after.data;
    let person = |name: &str| d.people.iter().find(|p| p.name == name).unwrap();
    let unit = |name: &str| d.org_units.iter().find(|u| u.name == name).unwrap().id;
    assert_eq!(person("Ada Wong").manager_id, Some(person("Mia Chen").id));
    assert_eq!(person("Ada Wong").org_unit_id, Some(unit("East")));
    assert_eq!((person("Ada Wong").role, person("Mia Chen").role), (Role::Rep, Role::CitySupervisor));
    // A created manager works in their reports' office.
    assert_eq!(person("Omar Diaz").org_unit_id, Some(unit("West")));
    let deal = |ext: &str| d.deals.iter().find(|x| x.external_id.as_deref() == Some(ext)).unwrap();
    let account = |id| d.accounts.iter().find(|a| a.id == id).unwrap().name.as_str();
    let product = |ids: &[Id]| d.products.iter().find(|p| p.id == ids[0]).unwrap().name.as_str();
    let owner = |id| d.people.iter().find(|p| p.id == id).unwrap().name.as_str();
    let row = |ext: &str| {
        let x = deal(ext);
        (x.stage, owner(x.owner_id), account(x.account_id), product(&x.product_ids), x.amount.minor)
    };
    assert_eq!(row("D-001"), (Stage::Identify, "Ada Wong", "Acme Corporation", "GTX Basic", 0));
    assert_eq!(row("D-002"), (Stage::NeedsConfirmed, "Ben Lee", "Acme Corporation", "GTX Pro", 0));
    assert_eq!(row("D-003"), (Stage::Won, "Cao Yu", "Betatech", "MG Special", 6000));
    assert_eq!(row("D-004"), (Stage::Lost, "Ada Wong", "Ｃｏｎｇｌｏ Inc", "GTX Pro", 0));
    assert_eq!(row("D-005"), (Stage::Won, "Cao Yu", "Betatech", "GTX Basic", 54000));
    // Owner by e-mail; the blank account went to "No account".
    assert_eq!(row("D-006"), (Stage::NeedsConfirmed, "Ben Lee", "No account", "MG Special", 0));
    assert_eq!(row("D-007").0, Stage::SolutionMatched);
    assert_eq!(row("D-008").0, Stage::DecisionFollowUp);
    // Conglo is Acme's subsidiary.
    let conglo = d.accounts.iter().find(|a| a.name.contains("Ｃｏｎｇｌｏ")).unwrap();
    assert_eq!(conglo.parent_id, Some(d.accounts.iter().find(|a| a.name == "Acme Corporation").unwrap().id));
    let won = deal("D-003");
    assert_eq!(won.stage_history.len(), 3);
    assert_eq!(won.created_at, Utc.with_ymd_and_hms(2017, 1, 5, 0, 0, 0).unwrap());
    assert_eq!(won.expected_close, chrono::NaiveDate::from_ymd_opt(2017, 3, 1));
    // Nothing dangles.
    assert!(salesflow::domain::validate::check(&after.data).is_empty());
}

#[test]
fn a_bad_file_leaves_every_file_unwritten() {
    let mut files = fixture();
    let bad = read(b"Product,Series,Sales Price\r\nGTX Basic,GTX,550\r\nGTX Pro,GTX,lots\r\nMG Special,MG,55\r\n", ReadOptions::default()).unwrap();
    files[2] = SourceFile::guessed("products.csv", bad.table);
    let p = run(&files, &Workspace::default(), |_| {});
    let products = p.files.iter().find(|f| f.kind == FileKind::Products).unwrap();
    assert_eq!((products.summary.invalid, products.errors[0].row, products.errors[0].header.as_str()), (1, 3, "Sales Price"));
    // The other files planned fine, yet nothing is written.
    assert_eq!(p.files.iter().filter(|f| f.summary.invalid == 0).count(), 3);
    assert_eq!(migration_change(p, false), Err(1));
}

#[test]
fn importing_the_same_files_again_changes_nothing() {
    let files = fixture();
    let mut ws = Workspace::default();
    migration_change(run(&files, &ws, |_| {}), false).unwrap().apply_to(&mut ws);
    let before = ws.data.len();
    let again = run(&files, &ws, |_| {});
    for f in &again.files {
        assert_eq!((f.summary.create, f.summary.update, f.summary.invalid), (0, 0, 0), "{}", f.name);
        assert_eq!(f.summary.unchanged, f.rows, "{}", f.name);
    }
    assert!(again.created_by_resolution.is_empty());
    let change = migration_change(again, false).unwrap();
    assert_eq!(change, Change::default());
    change.apply_to(&mut ws);
    assert_eq!(ws.data.len(), before);
}

#[test]
fn a_skipped_reference_leaves_its_rows_out() {
    let files = fixture();
    let p = run(&files, &Workspace::default(), |o| {
        o.resolutions.insert((RefKind::Person, "zed unknown".into()), Resolution::SkipRows);
    });
    let deals = p.files.iter().find(|f| f.kind == FileKind::Deals).unwrap();
    assert_eq!((deals.summary.create, deals.summary.excluded, deals.summary.invalid), (7, 1, 0));
}

/// The public CRM sample (8,800 deals), read from where the issue says it
/// lives; skipped when it is not there.
#[test]
fn the_public_dataset_plans_completely() {
    let dir = std::env::var("SALESFLOW_DATASET_DIR")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/datasets/crm-sales-opportunities").to_string());
    if !std::path::Path::new(&dir).join("sales_pipeline.csv").exists() {
        eprintln!("public dataset not found at {dir}; skipped");
        return;
    }
    let files = load(&dir, &["sales_teams.csv", "accounts.csv", "products.csv", "sales_pipeline.csv"]);
    let ws = Workspace::default();
    let started = Instant::now();
    let opts = MigrationOptions::new(Currency::USD, "No account");
    let s = scan(&files, &ws, &opts);
    let p = run(&files, &ws, |_| {});
    let elapsed = started.elapsed();
    eprintln!("public dataset: scan + plan twice took {elapsed:?}");
    // 6 managers are named only as managers, 3 offices, the blank account
    // (1,425 deals: README), and GTXPro (1,480 deals).
    let listed: Vec<_> = s.unmatched.iter().map(|u| (u.kind, u.rows, u.suggestion.as_deref())).collect();
    assert_eq!(listed.iter().filter(|u| u.0 == RefKind::Person).count(), 6);
    assert!(listed.contains(&(RefKind::Account, 1425, None)));
    assert!(listed.contains(&(RefKind::Product, 1480, Some("GTX Pro"))));
    assert_eq!(listed.iter().filter(|u| u.0 == RefKind::Office).count(), 3);
    assert_eq!(p.invalid(), 0);
    let deals = p.files.iter().find(|f| f.kind == FileKind::Deals).unwrap();
    assert_eq!((deals.rows, deals.summary.create), (8800, 8800));
    let mut ws2 = ws.clone();
    migration_change(p, false).unwrap().apply_to(&mut ws2);
    let d = &ws2.data;
    assert_eq!((d.deals.len(), d.people.len(), d.accounts.len(), d.products.len(), d.org_units.len()), (8800, 41, 86, 7, 3));
    assert!(d.deals.iter().all(|x| x.product_ids.len() == 1));
    assert_eq!(d.deals.iter().filter(|x| x.stage == Stage::Won).count(), 4238);
    assert_eq!(d.deals.iter().filter(|x| x.stage == Stage::Lost).count(), 2473);
    // Won revenue: the close_value column summed over Won rows (awk) is
    // 10,005,534 USD, in cents here.
    let won: i64 = d.deals.iter().filter(|x| x.stage == Stage::Won).map(|x| x.amount.minor).sum();
    assert_eq!(won, 1_000_553_400);
    assert!(d.deals.iter().all(|x| x.amount.currency == Currency::USD));
    assert!(salesflow::domain::validate::check(d).is_empty());
    let started = Instant::now();
    let again = run(&files, &ws2, |_| {});
    eprintln!("public dataset: re-import plan took {:?}", started.elapsed());
    assert!(again.records.is_empty());
    assert!(matches!(again.records.first(), None | Some(Record::Deal(_))));
}

/// The source id is written only when there is one, so files from before
/// it existed and files without it read and write the same.
#[test]
fn external_ids_are_optional_in_the_file() {
    let mut ws = Workspace::default();
    migration_change(run(&fixture(), &Workspace::default(), |_| {}), false).unwrap().apply_to(&mut ws);
    let deal = ws.data.deals[0].clone();
    let with = serde_json::to_value(&deal).unwrap();
    assert_eq!(with["external_id"], serde_json::json!(deal.external_id.clone().unwrap()));
    let mut plain = deal.clone();
    plain.external_id = None;
    let without = serde_json::to_value(&plain).unwrap();
    assert!(without.get("external_id").is_none());
    let back: salesflow::domain::Deal = serde_json::from_value(without).unwrap();
    assert_eq!(back, plain);
}

#[test]
fn contacts_resolve_their_account_and_merge_by_email() {
    let mut files = fixture();
    let contacts = read(
        "Contact Name,Company Name,Job Title,Email\r\nLi Na,ACME corp.,CTO,li@acme.example\r\nOld Friend,Gone Ltd,,old@gone.example\r\n".as_bytes(),
        ReadOptions::default(),
    )
    .unwrap();
    files.push(SourceFile::guessed("contacts.csv", contacts.table));
    assert_eq!(files[4].kind(), FileKind::Contacts);
    let mut ws = Workspace::default();
    let p = run(&files, &ws, |o| {
        o.resolutions.insert((RefKind::Account, "gone".into()), Resolution::SkipRows);
    });
    let c = p.files.iter().find(|f| f.kind == FileKind::Contacts).unwrap();
    assert_eq!((c.summary.create, c.summary.excluded, c.summary.invalid), (1, 1, 0));
    migration_change(p, false).unwrap().apply_to(&mut ws);
    let li = &ws.data.contacts[0];
    let acme = ws.data.accounts.iter().find(|a| a.id == li.account_id).unwrap();
    assert_eq!((li.name.as_str(), li.title.as_str(), acme.name.as_str()), ("Li Na", "CTO", "Acme Corporation"));
    let again = run(&files, &ws, |o| {
        o.resolutions.insert((RefKind::Account, "gone".into()), Resolution::SkipRows);
    });
    let c = again.files.iter().find(|f| f.kind == FileKind::Contacts).unwrap();
    assert_eq!((c.summary.create, c.summary.update, c.summary.unchanged), (0, 0, 1));
}

#[test]
fn activities_attach_to_deals_by_source_id_and_move_their_last_activity() {
    let mut files = fixture();
    files.extend(load(FIXTURES, &["activities.csv"]));
    assert_eq!(files[4].kind(), FileKind::Activities);
    let mut ws = Workspace::default();
    let p = run(&files, &ws, |_| {});
    let a = p.files.iter().find(|f| f.kind == FileKind::Activities).unwrap();
    // D-999 is no deal in any file: that row is in error, named by column.
    assert_eq!((a.summary.create, a.summary.invalid), (3, 1));
    assert_eq!((a.errors[0].row, a.errors[0].header.as_str()), (5, "Opportunity ID"));
    assert_eq!(migration_change(p.clone(), false), Err(1));
    migration_change(p, true).unwrap().apply_to(&mut ws);
    let deal = |ext: &str| ws.data.deals.iter().find(|d| d.external_id.as_deref() == Some(ext)).unwrap().clone();
    let on = |id| ws.data.activities.iter().filter(|x| x.deal_id == Some(id)).count();
    assert_eq!((on(deal("D-002").id), on(deal("D-007").id)), (2, 1));
    // The later done activity (the demo) is D-002's last; the open task
    // does not count, so D-007 keeps none.
    assert_eq!(deal("D-002").last_activity_at, Some(Utc.with_ymd_and_hms(2017, 2, 20, 0, 0, 0).unwrap()));
    assert_eq!(deal("D-007").last_activity_at, None);
    let task = ws.data.activities.iter().find(|x| x.subject == "Send proposal").unwrap();
    assert!(!task.done && task.due.is_some());
    // Again: nothing changes (the bad row is still left out).
    let again = run(&files, &ws, |_| {});
    assert!(migration_change(again, true).unwrap().is_empty());
}

#[path = "migration/orders.rs"]
mod orders;
