//! Loading: chunks, then deletion marks, then the overlay on top; and
//! compaction, which folds a large overlay back into chunks.

use std::collections::{HashMap, HashSet};

use js_sys::{Array, JsString, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::IdbTransactionMode;

use super::js::{await_request, await_transaction, err_text, Slicer};
use super::write::put_chunks;
use super::{IdbRepo, CHUNKS, COUNTS_KEY, DELETED, META, REV_KEY, SETTINGS_KEY};
use crate::domain::{Collections, Entity, EntityKind, Id, KindVisitor, Settings, Workspace};
use crate::store::codec::append_kind_trusted;
use crate::store::StoreError;

fn fail(e: JsValue) -> StoreError {
    StoreError::ReadFailed(err_text(&e))
}

pub async fn load(repo: &IdbRepo) -> Result<Workspace, StoreError> {
    let mut names: Vec<&str> = EntityKind::ALL.iter().map(|k| k.store_name()).collect();
    names.extend([CHUNKS, DELETED, META]);
    let tx = repo.transaction(&names, IdbTransactionMode::Readonly)?;
    let os = |name: &str| tx.object_store(name).map_err(fail);
    // Every request's handler is attached at once: the work below pauses,
    // and a request that finished meanwhile must not go unheard.
    let chunk_keys = await_request(&os(CHUNKS)?.get_all_keys().map_err(fail)?);
    let chunk_values = await_request(&os(CHUNKS)?.get_all().map_err(fail)?);
    let deleted = await_request(&os(DELETED)?.get_all_keys().map_err(fail)?);
    let mut overlay = Vec::with_capacity(EntityKind::ALL.len());
    for k in EntityKind::ALL {
        overlay.push((*k, await_request(&os(k.store_name())?.get_all().map_err(fail)?)));
    }
    let meta = os(META)?;
    let settings = await_request(&meta.get(&SETTINGS_KEY.into()).map_err(fail)?);
    let counts = await_request(&meta.get(&COUNTS_KEY.into()).map_err(fail)?);
    let rev = await_request(&meta.get(&REV_KEY.into()).map_err(fail)?);

    let mut data = Collections::default();
    if let Some(counts) = counts.await.map_err(fail)?.as_string() {
        let counts: HashMap<String, usize> = serde_json::from_str(&counts).unwrap_or_default();
        for (name, n) in counts {
            if let Some(kind) = EntityKind::from_store_name(&name) {
                data.reserve(kind, n);
            }
        }
    }
    let keys: Array = chunk_keys.await.map_err(fail)?.unchecked_into();
    let values: Array = chunk_values.await.map_err(fail)?.unchecked_into();
    let mut slicer = Slicer::new();
    for i in 0..values.length() {
        let key: Array = keys.get(i).unchecked_into();
        let name = key.get(0).as_string().unwrap_or_default();
        let kind = EntityKind::from_store_name(&name)
            .ok_or_else(|| StoreError::ReadFailed(format!("chunk of unknown kind {name:?}")))?;
        let bytes = Uint8Array::new(&values.get(i)).to_vec();
        // Let the browser free each chunk once it is decoded.
        values.set(i, JsValue::UNDEFINED);
        let json = String::from_utf8(bytes).map_err(|e| StoreError::ReadFailed(format!("{name}: {e}")))?;
        append_kind_trusted(kind, &json, &mut data).map_err(|e| StoreError::ReadFailed(format!("{name}: {e}")))?;
        drop(json);
        slicer.tick().await;
    }
    drop(values);

    let deleted: Array = deleted.await.map_err(fail)?.unchecked_into();
    let mut changes = deleted.length() as usize;
    let mut gone: HashMap<EntityKind, HashSet<Id>> = HashMap::new();
    for key in deleted.iter() {
        let key: Array = key.unchecked_into();
        let kind = key.get(0).as_string().and_then(|n| EntityKind::from_store_name(&n));
        let id = key.get(1).as_string().and_then(|s| Id::parse(&s));
        if let (Some(kind), Some(id)) = (kind, id) {
            gone.entry(kind).or_default().insert(id);
        }
    }
    for (kind, ids) in &gone {
        kind.dispatch(Remove { data: &mut data, ids });
    }
    for (kind, req) in overlay {
        let items = req.await.map_err(fail)?;
        let n = items.unchecked_ref::<Array>().length() as usize;
        if n == 0 {
            continue;
        }
        changes += n;
        let json: String = js_sys::JSON::stringify(&items).map_err(fail)?.into();
        kind.dispatch(Overlay { data: &mut data, json: &json })
            .map_err(|e| StoreError::ReadFailed(format!("{}: {e}", kind.store_name())))?;
        slicer.tick().await;
    }
    let settings = match settings.await.map_err(fail)?.dyn_into::<JsString>() {
        Ok(s) => serde_json::from_str::<Settings>(&String::from(s))
            .map_err(|e| StoreError::ReadFailed(format!("settings: {e}")))?,
        Err(_) => Settings::default(),
    };
    let rev = rev.await.map_err(fail)?;
    data.sort_by_id();
    data.shrink_to_fit();
    if changes >= repo.compact_at.get() {
        // Loading already worked; a compaction that fails is tried next time.
        if let Err(e) = compact(repo, &data, &rev).await {
            web_sys::console::warn_1(&format!("SalesFlow: compaction skipped: {e}").into());
        }
    }
    Ok(Workspace { settings, data })
}

/// Rewrites the chunks from `data` (what was just loaded) and empties the
/// overlay, in one transaction, unless somebody wrote since: `rev` is the
/// write marker the load saw.
async fn compact(repo: &IdbRepo, data: &Collections, rev: &JsValue) -> Result<(), StoreError> {
    let wfail = |e: JsValue| StoreError::WriteFailed(err_text(&e));
    let mut names: Vec<&str> = EntityKind::ALL.iter().map(|k| k.store_name()).collect();
    names.extend([CHUNKS, DELETED, META]);
    let tx = repo.transaction(&names, IdbTransactionMode::Readwrite)?;
    let done = await_transaction(&tx);
    let result = async {
        let os = |name: &str| tx.object_store(name).map_err(wfail);
        let meta = os(META)?;
        let now = await_request(&meta.get(&REV_KEY.into()).map_err(wfail)?).await.map_err(wfail)?;
        if !js_sys::Object::is(&now, rev) {
            return Err(StoreError::WriteFailed("written meanwhile".into()));
        }
        for k in EntityKind::ALL {
            os(k.store_name())?.clear().map_err(wfail)?;
        }
        os(CHUNKS)?.clear().map_err(wfail)?;
        os(DELETED)?.clear().map_err(wfail)?;
        put_chunks(&os(CHUNKS)?, &meta, data, data.len(), &|_, _| {}).await?;
        Ok(())
    }
    .await;
    if let Err(e) = result {
        let _ = tx.abort();
        let _ = done.await;
        return Err(e);
    }
    done.await.map(|_| ()).map_err(wfail)
}

/// Drops the records whose ids are in `ids`.
struct Remove<'a> {
    data: &'a mut Collections,
    ids: &'a HashSet<Id>,
}

impl KindVisitor for Remove<'_> {
    type Out = ();
    fn visit<T: Entity>(self) {
        T::of_mut(self.data).retain(|r| !self.ids.contains(&r.id()));
    }
}

/// Decodes overlay records (a JSON array) and puts each in place of the
/// chunked record with its id, or at the end.
struct Overlay<'a> {
    data: &'a mut Collections,
    json: &'a str,
}

impl KindVisitor for Overlay<'_> {
    type Out = Result<(), String>;
    fn visit<T: Entity>(self) -> Result<(), String> {
        let incoming: Vec<T> = serde_json::from_str(self.json).map_err(|e| e.to_string())?;
        let items = T::of_mut(self.data);
        let at: HashMap<Id, usize> = items.iter().enumerate().map(|(i, r)| (r.id(), i)).collect();
        for r in incoming {
            match at.get(&r.id()) {
                Some(&i) => items[i] = r,
                None => items.push(r),
            }
        }
        Ok(())
    }
}
