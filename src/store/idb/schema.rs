//! Database layout and its migrations. Each version's step runs inside the
//! browser's upgrade transaction, so an upgrade either completes or leaves the
//! previous version untouched — stored data survives app updates.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{IdbDatabase, IdbObjectStoreParameters, IdbOpenDbRequest, IdbTransaction, IdbVersionChangeEvent};

use super::js::{await_request, err_text, factory};
use super::{CHUNKS, DELETED, META};
use crate::domain::EntityKind;
use crate::store::StoreError;

pub const DB_NAME: &str = "salesflow";
/// 1: one object store per record kind + `meta`.
/// 2: indices for what the lists and the board query.
/// 3: chunked storage. `chunks` holds whole kinds as JSON arrays of a few
///    hundred records; the per-kind stores become a small overlay of records
///    written one by one since, and `deleted` marks chunked records deleted
///    since. The indices of version 2 are dropped: queries run in memory.
/// 4: object stores for record kinds added since (success cases, community
///    events); every kind without a store gets one.
/// 5: a store for improvement actions.
pub const SCHEMA_VERSION: u32 = 5;

/// Record kinds whose object stores version 4 added. Version 1 creates the
/// others, so an upgrade from any older database is the same path a real
/// user's takes.
pub const ADDED_IN_4: [EntityKind; 2] = [EntityKind::SuccessCase, EntityKind::CommunityEvent];
/// Record kinds whose object stores version 5 added.
pub const ADDED_IN_5: [EntityKind; 1] = [EntityKind::ImprovementAction];

/// Version 2's indices: (store, index name = key path).
const INDICES: &[(&str, &str)] = &[
    ("deals", "stage"),
    ("deals", "owner_id"),
    ("deals", "account_id"),
    ("deals", "expected_close"),
    ("deals", "updated_at"),
    ("leads", "status"),
    ("leads", "owner_id"),
    ("leads", "created_at"),
    ("accounts", "owner_id"),
    ("accounts", "name"),
    ("contacts", "account_id"),
    ("activities", "deal_id"),
    ("activities", "account_id"),
    ("activities", "at"),
    ("quotes", "deal_id"),
    ("contracts", "account_id"),
    ("approval_steps", "contract_id"),
    ("orders", "account_id"),
    ("orders", "ordered_on"),
    ("invoices", "account_id"),
    ("invoices", "due_on"),
    ("payments", "invoice_id"),
    ("survey_responses", "account_id"),
    ("complaints", "account_id"),
    ("complaints", "status"),
    ("visits", "person_id"),
    ("training_records", "person_id"),
    ("people", "manager_id"),
];

/// Opens `name` at `version`, running every migration step above the stored version.
/// Tests open at version 1 to build an old database and then upgrade it.
pub async fn open(name: &str, version: u32) -> Result<IdbDatabase, StoreError> {
    let unavailable = |e: JsValue| StoreError::Unavailable(err_text(&e));
    let req: IdbOpenDbRequest = factory().map_err(unavailable)?.open_with_u32(name, version).map_err(unavailable)?;
    let upgrade_req = req.clone();
    let on_upgrade = Closure::<dyn FnMut(IdbVersionChangeEvent)>::new(move |ev: IdbVersionChangeEvent| {
        let old = ev.old_version() as u32;
        let db: Option<IdbDatabase> = upgrade_req.result().ok().and_then(|r| r.dyn_into().ok());
        let tx = upgrade_req.transaction();
        if let (Some(db), Some(tx)) = (db, tx) {
            if let Err(e) = migrate(&db, &tx, old, version) {
                // Aborting the upgrade makes open() fail and keeps the old version intact.
                web_sys::console::error_1(&e);
                let _ = tx.abort();
            }
        }
    });
    req.set_onupgradeneeded(Some(on_upgrade.as_ref().unchecked_ref()));
    let blocked = Closure::<dyn FnMut()>::new(|| {
        web_sys::console::warn_1(&"SalesFlow database upgrade waits for another tab to close".into());
    });
    req.set_onblocked(Some(blocked.as_ref().unchecked_ref()));
    let result = await_request(&req).await;
    req.set_onupgradeneeded(None);
    req.set_onblocked(None);
    drop(on_upgrade);
    drop(blocked);
    let db: IdbDatabase = result.map_err(unavailable)?.dyn_into().map_err(unavailable)?;
    // Another tab upgrading the schema asks us to step aside.
    let db2 = db.clone();
    let on_version_change = Closure::<dyn FnMut()>::new(move || db2.close());
    db.set_onversionchange(Some(on_version_change.as_ref().unchecked_ref()));
    on_version_change.forget();
    Ok(db)
}

fn migrate(db: &IdbDatabase, tx: &IdbTransaction, old: u32, new: u32) -> Result<(), JsValue> {
    if old < 1 && new >= 1 {
        let params = IdbObjectStoreParameters::new();
        params.set_key_path(&JsValue::from_str("id"));
        for kind in EntityKind::ALL.into_iter().filter(|k| !ADDED_IN_4.contains(k) && !ADDED_IN_5.contains(k)) {
            db.create_object_store_with_optional_parameters(kind.store_name(), &params)?;
        }
        db.create_object_store(META)?;
    }
    if old < 2 && new >= 2 {
        for (store, field) in INDICES {
            tx.object_store(store)?.create_index_with_str(field, field)?;
        }
    }
    if old < 3 && new >= 3 {
        // Records stay where they are, as overlay; the first load moves them
        // into chunks (compaction), so the upgrade itself is quick.
        for (store, field) in INDICES {
            let os = tx.object_store(store)?;
            if os.index_names().contains(field) {
                os.delete_index(field)?;
            }
        }
        db.create_object_store(CHUNKS)?;
        db.create_object_store(DELETED)?;
    }
    if old < 4 && new >= 4 {
        let params = IdbObjectStoreParameters::new();
        params.set_key_path(&JsValue::from_str("id"));
        for kind in ADDED_IN_4 {
            db.create_object_store_with_optional_parameters(kind.store_name(), &params)?;
        }
    }
    if old < 5 && new >= 5 {
        let params = IdbObjectStoreParameters::new();
        params.set_key_path(&JsValue::from_str("id"));
        for kind in ADDED_IN_5 {
            db.create_object_store_with_optional_parameters(kind.store_name(), &params)?;
        }
    }
    Ok(())
}
