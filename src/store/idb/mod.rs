//! IndexedDB implementation of [`Repo`]. Records live in chunks: JSON arrays
//! of a few hundred records of one kind, written when a whole workspace is
//! written (import, demo data, clear all) and by compaction. Records written
//! one by one afterwards (a form save, a card moved) go to the per-kind store
//! of their kind, the overlay, and deletes of records leave a mark in
//! `deleted`; loading applies both on top of the chunks. See the schema
//! section of ARCHITECTURE.md.

mod js;
mod load;
mod schema;
mod write;
pub mod quota;

use std::cell::Cell;

use js_sys::Array;
use wasm_bindgen::JsValue;
use web_sys::{IdbDatabase, IdbTransaction, IdbTransactionMode};

use super::repo::Progress;
use super::{Change, Repo, StoreError};
use crate::domain::{EntityKind, Id, Workspace};
use js::{await_request, err_text};

pub use schema::{ADDED_IN_4, ADDED_IN_5, DB_NAME, SCHEMA_VERSION};

const META: &str = "meta";
/// Chunks of records; key `[store name, sequence number]`, value the UTF-8
/// bytes of a JSON array of that kind's records.
const CHUNKS: &str = "chunks";
/// Records deleted since the chunks were written; key `[store name, id]`.
const DELETED: &str = "deleted";
const SETTINGS_KEY: &str = "settings";
/// In `meta`: records per kind held in chunks (JSON object), so loading
/// reserves each kind's memory once.
const COUNTS_KEY: &str = "chunk_counts";
/// In `meta`: a new random value on every write, so a compaction can tell
/// that nobody (another tab) wrote since it read.
const REV_KEY: &str = "rev";
/// Overlay records plus deletion marks from which loading compacts.
const COMPACT_AT: usize = 2_000;

pub struct IdbRepo {
    db: IdbDatabase,
    compact_at: Cell<usize>,
}

impl IdbRepo {
    /// Opens (and if needed creates or upgrades) the database.
    pub async fn open(name: &str) -> Result<IdbRepo, StoreError> {
        IdbRepo::open_version(name, SCHEMA_VERSION).await
    }

    /// Opens at an older schema version, so tests can build a database as an
    /// earlier release left it and then check the upgrade.
    #[doc(hidden)]
    pub async fn open_version(name: &str, version: u32) -> Result<IdbRepo, StoreError> {
        schema::open(name, version).await.map(|db| IdbRepo { db, compact_at: Cell::new(COMPACT_AT) })
    }

    /// Index names of one object store (tests check migrations).
    #[doc(hidden)]
    pub fn index_names(&self, store: &str) -> Vec<String> {
        let Ok(tx) = self.db.transaction_with_str(store) else { return vec![] };
        let Ok(os) = tx.object_store(store) else { return vec![] };
        let list = os.index_names();
        (0..list.length()).filter_map(|i| list.get(i)).collect()
    }

    /// Entries in one object store (tests check where records went).
    #[doc(hidden)]
    pub async fn entries(&self, store: &str) -> Result<u32, StoreError> {
        let fail = |e: JsValue| StoreError::ReadFailed(err_text(&e));
        let tx = self.db.transaction_with_str(store).map_err(fail)?;
        let req = tx.object_store(store).and_then(|s| s.count()).map_err(fail)?;
        let n = await_request(&req).await.map_err(fail)?;
        Ok(n.as_f64().unwrap_or(0.0) as u32)
    }

    /// Overlay size from which `load` compacts (tests lower it).
    #[doc(hidden)]
    pub fn set_compact_at(&self, n: usize) {
        self.compact_at.set(n);
    }

    /// Writes `ws` the way schema versions 1 and 2 stored it (one entry per
    /// record in the kind's store), so tests can build an old database.
    #[doc(hidden)]
    pub async fn write_legacy(&self, ws: &Workspace) -> Result<(), StoreError> {
        let fail = |e: JsValue| StoreError::WriteFailed(err_text(&e));
        let stores = self.db.object_store_names();
        let mut names: Vec<&str> =
            EntityKind::ALL.iter().map(|k| k.store_name()).filter(|n| stores.contains(n)).collect();
        names.push(META);
        let tx = self.transaction(&names, IdbTransactionMode::Readwrite)?;
        let done = js::await_transaction(&tx);
        let settings = super::codec::to_json(&ws.settings);
        tx.object_store(META).and_then(|m| m.put_with_key(&settings.into(), &SETTINGS_KEY.into())).map_err(fail)?;
        for r in ws.data.records() {
            let item = js_sys::JSON::parse(&super::codec::to_json(&r)).map_err(fail)?;
            tx.object_store(r.kind().store_name()).and_then(|s| s.put(&item)).map_err(fail)?;
        }
        done.await.map(|_| ()).map_err(fail)
    }

    pub fn version(&self) -> u32 {
        self.db.version() as u32
    }

    pub fn close(&self) {
        self.db.close();
    }

    fn transaction(&self, stores: &[&str], mode: IdbTransactionMode) -> Result<IdbTransaction, StoreError> {
        let tx = match stores {
            // One store (e.g. a card moved on the board) needs no JS array.
            [one] => self.db.transaction_with_str_and_mode(one, mode),
            _ => {
                let names = Array::new();
                for s in stores {
                    names.push(&JsValue::from_str(s));
                }
                self.db.transaction_with_str_sequence_and_mode(&names, mode)
            }
        };
        tx.map_err(|e| StoreError::WriteFailed(err_text(&e)))
    }

    /// Writes `change` and then a record without an id, which IndexedDB rejects:
    /// the transaction aborts. Exists so browser tests can prove that an aborted
    /// transaction leaves nothing behind.
    #[doc(hidden)]
    pub async fn commit_then_fail(&self, change: &Change) -> Result<(), StoreError> {
        write::write(self, change, &|_, _| {}, true).await
    }
}

/// Key of a deletion mark.
fn deleted_key(kind: EntityKind, id: Id) -> JsValue {
    Array::of2(&JsValue::from_str(kind.store_name()), &JsValue::from_str(&id.to_string())).into()
}

impl Repo for IdbRepo {
    async fn load(&self) -> Result<Workspace, StoreError> {
        load::load(self).await
    }

    async fn commit(&self, change: &Change, progress: Progress<'_>) -> Result<(), StoreError> {
        write::write(self, change, progress, false).await
    }
}

/// Deletes the whole database (tests start from a clean slate with it).
pub async fn delete_database(name: &str) -> Result<(), StoreError> {
    let factory = js::factory().map_err(|e| StoreError::Unavailable(err_text(&e)))?;
    let req = factory.delete_database(name).map_err(|e| StoreError::Unavailable(err_text(&e)))?;
    await_request(&req).await.map(|_| ()).map_err(|e| StoreError::Unavailable(err_text(&e)))
}
