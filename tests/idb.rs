//! IndexedDB repo against a real browser (headless Chromium).
#![cfg(target_arch = "wasm32")]

use salesflow::domain::demo::{generate, DemoSize, Lang};
use salesflow::domain::{EntityKind, Workspace};
use salesflow::store::idb::{delete_database, IdbRepo, SCHEMA_VERSION};
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
    let mut expected = ws.clone();
    expected.data.sort_by_id();
    let mut loaded = repo.load().await.unwrap();
    loaded.data.sort_by_id();
    assert_eq!(loaded.data.len(), expected.data.len());
    assert_eq!(loaded, expected);
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
}

#[wasm_bindgen_test]
async fn migrates_from_schema_version_1() {
    let name = "salesflow-test-migrate";
    delete_database(name).await.unwrap();
    let old = IdbRepo::open_version(name, 1).await.unwrap();
    assert_eq!(old.version(), 1);
    assert!(old.index_names("deals").is_empty());
    let ws = demo(4);
    old.commit(&Change::replace_with(&ws), &|_, _| {}).await.unwrap();
    old.close();

    let repo = IdbRepo::open(name).await.unwrap();
    assert_eq!(repo.version(), SCHEMA_VERSION);
    let idx = repo.index_names("deals");
    for wanted in ["stage", "owner_id", "account_id", "expected_close"] {
        assert!(idx.iter().any(|i| i == wanted), "index {wanted} missing: {idx:?}");
    }
    assert_eq!(repo.load().await.unwrap(), ws, "data kept across the upgrade");
}
