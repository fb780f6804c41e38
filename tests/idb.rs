//! IndexedDB repo against a real browser (headless Chromium).
#![cfg(target_arch = "wasm32")]

use salesflow::domain::demo::{generate, DemoSize, Lang};
use salesflow::domain::{EntityKind, Workspace};
use salesflow::store::idb::{delete_database, IdbRepo, ADDED_IN_4, ADDED_IN_5, SCHEMA_VERSION};
use salesflow::store::{Change, Repo};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn fresh(name: &str) -> IdbRepo {
    delete_database(name).await.expect("delete test database");
    IdbRepo::open(name).await.expect("open test database")
}

fn demo(seed: u64) -> Workspace {
    generate(DemoSize::Small, Lang::Zh, seed)
}

#[wasm_bindgen_test]
async fn write_read_update_delete() {
    let repo = fresh("salesflow-test-rw").await;
    assert_eq!(repo.load().await.unwrap(), Workspace::default());

    let ws = demo(1);
    repo.commit(&Change::replace_with(&ws), &|_, _| {}).await.unwrap();
    assert_eq!(repo.load().await.unwrap(), ws);

    let mut deal = ws.data.deals[0].clone();
    deal.name = "改名后的商机".into();
    let gone = ws.data.leads[0].id;
    let change = Change { upserts: vec![deal.clone().into()], deletes: vec![(EntityKind::Lead, gone)], ..Change::default() };
    repo.commit(&change, &|_, _| {}).await.unwrap();

    // Survives closing and reopening, like a page reload.
    repo.close();
    let repo = IdbRepo::open("salesflow-test-rw").await.unwrap();
    let loaded = repo.load().await.unwrap();
    assert_eq!(loaded.data.deals.iter().find(|d| d.id == deal.id), Some(&deal));
    assert!(loaded.data.leads.iter().all(|l| l.id != gone));
    assert_eq!(loaded.data.leads.len(), ws.data.leads.len() - 1);
    assert_eq!(loaded.settings, ws.settings);
}

#[wasm_bindgen_test]
async fn large_commit_reports_progress_and_persists() {
    let repo = fresh("salesflow-test-big").await;
    let ws = salesflow::domain::demo::generate_records(10_000, Lang::En, 3, chrono::Utc::now());
    let calls = std::cell::Cell::new(0usize);
    let last = std::cell::Cell::new((0usize, 0usize));
    repo.commit(&Change::replace_with(&ws), &|d, t| {
        calls.set(calls.get() + 1);
        last.set((d, t));
    })
    .await
    .unwrap();
    assert!(calls.get() > 1, "progress reported in chunks");
    assert_eq!(last.get(), (ws.data.len(), ws.data.len()));
    // Whole kinds go to chunks, nothing to the per-record overlay.
    assert!(repo.entries("chunks").await.unwrap() >= 20);
    assert_eq!(repo.entries("deals").await.unwrap(), 0);
    let mut expected = ws.clone();
    expected.data.sort_by_id();
    let loaded = repo.load().await.unwrap();
    assert_eq!(loaded.data.len(), expected.data.len());
    assert_eq!(loaded, expected);
}

#[wasm_bindgen_test]
async fn single_writes_go_to_the_overlay_and_deletes_leave_a_mark() {
    let repo = fresh("salesflow-test-overlay").await;
    let ws = demo(5);
    repo.commit(&Change::replace_with(&ws), &|_, _| {}).await.unwrap();
    let chunks = repo.entries("chunks").await.unwrap();

    let mut deal = ws.data.deals[1].clone();
    deal.name = "Overlay".into();
    let lead = ws.data.leads[2].clone();
    let change = Change { upserts: vec![deal.clone().into()], deletes: vec![(EntityKind::Lead, lead.id)], ..Change::default() };
    repo.commit(&change, &|_, _| {}).await.unwrap();
    // The chunks are not rewritten for one record.
    assert_eq!(repo.entries("chunks").await.unwrap(), chunks);
    assert_eq!(repo.entries("deals").await.unwrap(), 1);
    assert_eq!(repo.entries("deleted").await.unwrap(), 1);
    let mut expected = ws.clone();
    change.apply_to(&mut expected);
    expected.data.sort_by_id();
    assert_eq!(repo.load().await.unwrap(), expected);

    // Undo of the delete: the record comes back and its mark goes.
    repo.commit(&Change::upsert(lead.clone()), &|_, _| {}).await.unwrap();
    assert_eq!(repo.entries("deleted").await.unwrap(), 0);
    let loaded = repo.load().await.unwrap();
    assert_eq!(loaded.data.leads.iter().find(|l| l.id == lead.id), Some(&lead));
    assert_eq!(loaded.data.leads.len(), ws.data.leads.len());

    // A deleted overlay record stays deleted.
    repo.commit(&Change { deletes: vec![(EntityKind::Deal, deal.id)], ..Change::default() }, &|_, _| {}).await.unwrap();
    assert!(repo.load().await.unwrap().data.deals.iter().all(|d| d.id != deal.id));
}

#[wasm_bindgen_test]
async fn loading_compacts_a_large_overlay() {
    let repo = fresh("salesflow-test-compact").await;
    let ws = demo(6);
    repo.commit(&Change::replace_with(&ws), &|_, _| {}).await.unwrap();
    let mut deal = ws.data.deals[0].clone();
    deal.name = "Compacted".into();
    let change = Change {
        upserts: vec![deal.into()],
        deletes: vec![(EntityKind::Contact, ws.data.contacts[0].id)],
        ..Change::default()
    };
    repo.commit(&change, &|_, _| {}).await.unwrap();
    let mut expected = ws.clone();
    change.apply_to(&mut expected);
    expected.data.sort_by_id();

    repo.set_compact_at(2);
    assert_eq!(repo.load().await.unwrap(), expected);
    assert_eq!(repo.entries("deals").await.unwrap(), 0, "overlay folded into chunks");
    assert_eq!(repo.entries("deleted").await.unwrap(), 0);
    repo.close();
    let repo = IdbRepo::open("salesflow-test-compact").await.unwrap();
    assert_eq!(repo.load().await.unwrap(), expected);
}

#[wasm_bindgen_test]
async fn aborted_transaction_leaves_store_unchanged() {
    let repo = fresh("salesflow-test-abort").await;
    let ws = demo(2);
    repo.commit(&Change::replace_with(&ws), &|_, _| {}).await.unwrap();

    // Clearing everything, then failing: nothing may be cleared.
    assert!(repo.commit_then_fail(&Change::clear()).await.is_err());
    assert_eq!(repo.load().await.unwrap(), ws);

    // Replacing with other data, then failing: the old data stays.
    assert!(repo.commit_then_fail(&Change::replace_with(&demo(3))).await.is_err());
    assert_eq!(repo.load().await.unwrap(), ws);

    // One edit and one delete, then failing: no overlay, no deletion mark.
    let mut deal = ws.data.deals[0].clone();
    deal.name = "never stored".into();
    let change = Change { upserts: vec![deal.into()], deletes: vec![(EntityKind::Lead, ws.data.leads[0].id)], ..Change::default() };
    assert!(repo.commit_then_fail(&change).await.is_err());
    assert_eq!(repo.entries("deals").await.unwrap(), 0);
    assert_eq!(repo.entries("deleted").await.unwrap(), 0);
    assert_eq!(repo.load().await.unwrap(), ws);
}

/// An old database (records one per entry, indices at version 2) upgrades
/// with its data; the first load moves the records into chunks.
async fn upgrade_keeps_data(name: &str, from: u32, seed: u64) {
    delete_database(name).await.unwrap();
    let old = IdbRepo::open_version(name, from).await.unwrap();
    assert_eq!(old.version(), from);
    assert_eq!(old.index_names("deals").is_empty(), from != 2, "only version 2 had indices");
    let mut ws = demo(seed);
    // Kinds an old database has no store for cannot have records yet.
    let missing = ADDED_IN_4.iter().filter(|_| from < 4).chain(ADDED_IN_5.iter().filter(|_| from < 5));
    for &kind in missing {
        for id in ws.data.ids_of(kind) {
            ws.data.remove(kind, id);
        }
    }
    old.write_legacy(&ws).await.unwrap();
    old.close();

    let repo = IdbRepo::open(name).await.unwrap();
    assert_eq!(repo.version(), SCHEMA_VERSION);
    assert!(repo.index_names("deals").is_empty(), "queries run in memory: no indices");
    assert_eq!(repo.entries("deals").await.unwrap() as usize, ws.data.deals.len());
    repo.set_compact_at(1);
    assert_eq!(repo.load().await.unwrap(), ws, "data kept across the upgrade");
    assert_eq!(repo.entries("deals").await.unwrap(), 0);
    assert!(repo.entries("chunks").await.unwrap() > 0);
    repo.close();
    let repo = IdbRepo::open(name).await.unwrap();
    assert_eq!(repo.load().await.unwrap(), ws, "and across the compaction");
}

#[wasm_bindgen_test]
async fn migrates_from_schema_version_1() {
    upgrade_keeps_data("salesflow-test-migrate-1", 1, 4).await;
}

#[wasm_bindgen_test]
async fn migrates_from_schema_version_2() {
    upgrade_keeps_data("salesflow-test-migrate-2", 2, 7).await;
}

/// Version 3 had no stores for success cases and community events; after
/// the upgrade they exist and take writes.
#[wasm_bindgen_test]
async fn migrates_from_schema_version_3() {
    let name = "salesflow-test-migrate-3";
    upgrade_keeps_data(name, 3, 9).await;
    let repo = IdbRepo::open(name).await.unwrap();
    let mut ws = repo.load().await.unwrap();
    let fresh = demo(9);
    let case = fresh.data.success_cases[0].clone();
    repo.commit(&Change::upsert(case.clone()), &|_, _| {}).await.unwrap();
    repo.close();
    ws.data.upsert(case.into());
    let repo = IdbRepo::open(name).await.unwrap();
    assert_eq!(repo.load().await.unwrap(), ws);
    assert_eq!(repo.entries("community_events").await.unwrap(), 0);
}

/// Version 4 had no store for improvement actions; after the upgrade the
/// data is kept and the new store takes writes.
#[wasm_bindgen_test]
async fn migrates_from_schema_version_4() {
    let name = "salesflow-test-migrate-4";
    upgrade_keeps_data(name, 4, 11).await;
    let repo = IdbRepo::open(name).await.unwrap();
    let mut ws = repo.load().await.unwrap();
    assert!(ws.data.improvement_actions.is_empty(), "a version 4 database had none");
    assert!(!ws.data.success_cases.is_empty(), "version 4 kinds kept");
    let fresh = demo(11);
    let action = fresh.data.improvement_actions[0].clone();
    repo.commit(&Change::upsert(action.clone()), &|_, _| {}).await.unwrap();
    repo.close();
    ws.data.upsert(action.into());
    let repo = IdbRepo::open(name).await.unwrap();
    assert_eq!(repo.version(), 5);
    assert_eq!(repo.load().await.unwrap(), ws);
    assert_eq!(repo.entries("improvement_actions").await.unwrap() as usize, 1);
}
