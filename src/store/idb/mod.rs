//! IndexedDB implementation of [`Repo`]. One object store per record kind
//! (key path `id`), plus `meta` for the settings. Records are stored in the
//! same JSON shape as the export file.

mod js;
mod schema;
pub mod quota;

use js_sys::{Array, JsString};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{IdbDatabase, IdbObjectStore, IdbTransaction, IdbTransactionMode};

use super::codec::{decode_kind_trusted, to_json};
use super::repo::Progress;
use super::{Change, Repo, StoreError};
use crate::domain::{Collections, EntityKind, Settings, Workspace};
use js::{await_request, await_transaction, err_text};

pub use schema::{DB_NAME, SCHEMA_VERSION};

const META: &str = "meta";
const SETTINGS_KEY: &str = "settings";
/// Puts issued before waiting for the browser, so a large import yields to the
/// event loop (progress bar, input) between chunks instead of freezing the page.
const CHUNK: usize = 1000;

pub struct IdbRepo {
    db: IdbDatabase,
}

impl IdbRepo {
    /// Opens (and if needed creates or upgrades) the database.
    pub async fn open(name: &str) -> Result<IdbRepo, StoreError> {
        schema::open(name, SCHEMA_VERSION).await.map(|db| IdbRepo { db })
    }

    /// Opens at an older schema version, so tests can build a database as an
    /// earlier release left it and then check the upgrade.
    #[doc(hidden)]
    pub async fn open_version(name: &str, version: u32) -> Result<IdbRepo, StoreError> {
        schema::open(name, version).await.map(|db| IdbRepo { db })
    }

    /// Index names of one object store (tests check migrations created them).
    #[doc(hidden)]
    pub fn index_names(&self, store: &str) -> Vec<String> {
        let Ok(tx) = self.db.transaction_with_str(store) else { return vec![] };
        let Ok(os) = tx.object_store(store) else { return vec![] };
        let list = os.index_names();
        (0..list.length()).filter_map(|i| list.get(i)).collect()
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
        self.write(change, &|_, _| {}, true).await
    }

    async fn write(&self, change: &Change, progress: Progress<'_>, poison: bool) -> Result<(), StoreError> {
        let fail = |e: JsValue| StoreError::WriteFailed(err_text(&e));
        let mut kinds: Vec<EntityKind> = if change.clear_all || poison {
            EntityKind::ALL.to_vec()
        } else {
            let mut k: Vec<EntityKind> = change.upserts.iter().map(|r| r.kind()).collect();
            k.extend(change.deletes.iter().map(|(kind, _)| *kind));
            k.sort();
            k.dedup();
            k
        };
        kinds.sort();
        let mut names: Vec<&str> = kinds.iter().map(|k| k.store_name()).collect();
        if change.settings.is_some() || change.clear_all {
            names.push(META);
        }
        if names.is_empty() {
            return Ok(());
        }
        let tx = self.transaction(&names, IdbTransactionMode::Readwrite)?;
        let done = await_transaction(&tx);
        let result = async {
            let store = |name: &str| tx.object_store(name).map_err(fail);
            if change.clear_all {
                // Settings are replaced only when the change carries them, as in
                // `Change::apply_to`.
                for k in EntityKind::ALL {
                    store(k.store_name())?.clear().map_err(fail)?;
                }
            }
            if let Some(settings) = &change.settings {
                store(META)?.put_with_key(&JsValue::from_str(&to_json(settings)), &SETTINGS_KEY.into()).map_err(fail)?;
            }
            for (kind, id) in &change.deletes {
                store(kind.store_name())?.delete(&JsValue::from_str(&id.to_string())).map_err(fail)?;
            }
            let total = change.upserts.len();
            let mut written = 0;
            for kind in &kinds {
                let os = store(kind.store_name())?;
                let json = encode_upserts(change, *kind);
                if json.len() <= 2 {
                    continue;
                }
                let items: Array = js_sys::JSON::parse(&json).map_err(fail)?.unchecked_into();
                written = put_chunked(&os, &items, written, total, progress).await.map_err(fail)?;
            }
            if poison {
                store(EntityKind::Deal.store_name())?.put(&js_sys::Object::new()).map_err(fail)?;
            }
            Ok::<(), StoreError>(())
        }
        .await;
        if let Err(e) = result {
            // Roll back whatever was queued; ignore "already finished" errors.
            let _ = tx.abort();
            let _ = done.await;
            return Err(e);
        }
        done.await.map(|_| ()).map_err(fail)
    }
}

fn encode_upserts(change: &Change, kind: EntityKind) -> String {
    let mut out = String::from("[");
    for r in change.upserts.iter().filter(|r| r.kind() == kind) {
        if out.len() > 1 {
            out.push(',');
        }
        out.push_str(&to_json(r));
    }
    out.push(']');
    out
}

async fn put_chunked(
    os: &IdbObjectStore,
    items: &Array,
    mut written: usize,
    total: usize,
    progress: Progress<'_>,
) -> Result<usize, JsValue> {
    let n = items.length();
    let mut i = 0;
    while i < n {
        let end = (i + CHUNK as u32).min(n);
        let mut last = None;
        for j in i..end {
            last = Some(os.put(&items.get(j))?);
        }
        if let Some(req) = last {
            // Waiting on the chunk's last request keeps the transaction alive
            // while letting the page render between chunks.
            await_request(&req).await?;
        }
        written += (end - i) as usize;
        progress(written, total);
        i = end;
    }
    Ok(written)
}

impl Repo for IdbRepo {
    async fn load(&self) -> Result<Workspace, StoreError> {
        let fail = |e: JsValue| StoreError::ReadFailed(err_text(&e));
        let mut names: Vec<&str> = EntityKind::ALL.iter().map(|k| k.store_name()).collect();
        names.push(META);
        let tx = self.transaction(&names, IdbTransactionMode::Readonly)?;
        let mut requests = Vec::with_capacity(EntityKind::ALL.len());
        for k in EntityKind::ALL {
            requests.push((*k, tx.object_store(k.store_name()).and_then(|s| s.get_all()).map_err(fail)?));
        }
        let settings_req = tx.object_store(META).and_then(|s| s.get(&SETTINGS_KEY.into())).map_err(fail)?;
        let mut data = Collections::default();
        for (kind, req) in requests {
            let items = await_request(&req).await.map_err(fail)?;
            // One boundary crossing per kind: stringify in JS, parse in Rust.
            let json: String = js_sys::JSON::stringify(&items).map_err(fail)?.into();
            decode_kind_trusted(kind, &json, &mut data)
                .map_err(|e| StoreError::ReadFailed(format!("{}: {e}", kind.store_name())))?;
        }
        let settings = match await_request(&settings_req).await.map_err(fail)?.dyn_into::<JsString>() {
            Ok(s) => serde_json::from_str::<Settings>(&String::from(s))
                .map_err(|e| StoreError::ReadFailed(format!("settings: {e}")))?,
            Err(_) => Settings::default(),
        };
        Ok(Workspace { settings, data })
    }

    async fn commit(&self, change: &Change, progress: Progress<'_>) -> Result<(), StoreError> {
        self.write(change, progress, false).await
    }
}

/// Deletes the whole database (tests start from a clean slate with it).
pub async fn delete_database(name: &str) -> Result<(), StoreError> {
    let factory = js::factory().map_err(|e| StoreError::Unavailable(err_text(&e)))?;
    let req = factory.delete_database(name).map_err(|e| StoreError::Unavailable(err_text(&e)))?;
    await_request(&req).await.map(|_| ()).map_err(|e| StoreError::Unavailable(err_text(&e)))
}
