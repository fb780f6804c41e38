//! Commits: one read-write transaction per [`Change`].

use js_sys::{Array, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{IdbObjectStore, IdbRequest, IdbTransactionMode};

use super::js::{await_request, await_transaction, err_text, now_ms};

/// Longest stretch of encoding between two chances for the page to paint.
const BREATH_MS: f64 = 16.0;
use super::{deleted_key, IdbRepo, CHUNKS, COUNTS_KEY, DELETED, META, REV_KEY, SETTINGS_KEY};
use crate::domain::{Collections, EntityKind};
use crate::store::codec::{encode_range, to_json};
use crate::store::repo::Progress;
use crate::store::{Change, StoreError};

/// Records per chunk: a chunk decodes in a few milliseconds, so loading can
/// pause between chunks, and there are few enough that reading them is fast.
pub const CHUNK_RECORDS: usize = 500;
/// Overlay puts issued before waiting for the browser, so a large change
/// yields to the event loop (progress bar, input) between batches.
const PUT_BATCH: u32 = 1000;

fn fail(e: JsValue) -> StoreError {
    StoreError::WriteFailed(err_text(&e))
}

pub async fn write(repo: &IdbRepo, change: &Change, progress: Progress<'_>, poison: bool) -> Result<(), StoreError> {
    let chunked = change.clear_all && change.bulk.is_some();
    let loose_bulk = if chunked { None } else { change.bulk.as_deref() };
    let kinds: Vec<EntityKind> = if change.clear_all || poison {
        EntityKind::ALL.to_vec()
    } else {
        let mut k: Vec<EntityKind> = change.upserts.iter().map(|r| r.kind()).collect();
        k.extend(change.deletes.iter().map(|(kind, _)| *kind));
        if let Some(b) = loose_bulk {
            k.extend(EntityKind::ALL.iter().filter(|kind| b.count(**kind) > 0));
        }
        k.sort();
        k.dedup();
        k
    };
    if kinds.is_empty() && change.settings.is_none() && !change.clear_all {
        return Ok(());
    }
    let mut names: Vec<&str> = kinds.iter().map(|k| k.store_name()).collect();
    names.extend([META, DELETED]);
    if change.clear_all {
        names.push(CHUNKS);
    }
    let tx = repo.transaction(&names, IdbTransactionMode::Readwrite)?;
    let done = await_transaction(&tx);
    let result = async {
        let store = |name: &str| tx.object_store(name).map_err(fail);
        let meta = store(META)?;
        let deleted = store(DELETED)?;
        if change.clear_all {
            // Settings are replaced only when the change carries them, as in
            // `Change::apply_to`.
            for k in EntityKind::ALL {
                store(k.store_name())?.clear().map_err(fail)?;
            }
            store(CHUNKS)?.clear().map_err(fail)?;
            deleted.clear().map_err(fail)?;
            meta.put_with_key(&JsValue::from_str("{}"), &COUNTS_KEY.into()).map_err(fail)?;
        }
        if let Some(settings) = &change.settings {
            meta.put_with_key(&JsValue::from_str(&to_json(settings)), &SETTINGS_KEY.into()).map_err(fail)?;
        }
        let rev = js_sys::Math::random().to_string();
        meta.put_with_key(&JsValue::from_str(&rev), &REV_KEY.into()).map_err(fail)?;
        for (kind, id) in &change.deletes {
            store(kind.store_name())?.delete(&JsValue::from_str(&id.to_string())).map_err(fail)?;
            deleted.put_with_key(&JsValue::TRUE, &deleted_key(*kind, *id)).map_err(fail)?;
        }
        let total = change.upserts.len() + change.bulk_len();
        let mut written = 0;
        if let Some(bulk) = change.bulk.as_deref().filter(|_| chunked) {
            written = put_chunks(&store(CHUNKS)?, &meta, bulk, total, progress).await?;
        }
        for kind in &kinds {
            let mut json = encode_upserts(change, *kind);
            if let Some(b) = loose_bulk.filter(|b| b.count(*kind) > 0) {
                let more = encode_range(b, *kind, 0..usize::MAX);
                json = join_arrays(&json, &String::from_utf8_lossy(&more));
            }
            if json.len() <= 2 {
                continue;
            }
            let items: Array = js_sys::JSON::parse(&json).map_err(fail)?.unchecked_into();
            written = put_overlay(&store(kind.store_name())?, &deleted, *kind, &items, written, total, progress).await?;
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

/// `[a…]` and `[b…]` as one array.
fn join_arrays(a: &str, b: &str) -> String {
    match (a.len() <= 2, b.len() <= 2) {
        (true, _) => b.to_string(),
        (_, true) => a.to_string(),
        _ => format!("{},{}", &a[..a.len() - 1], &b[1..]),
    }
}

/// Puts overlay records, clearing any deletion mark of the same record.
async fn put_overlay(
    os: &IdbObjectStore,
    deleted: &IdbObjectStore,
    kind: EntityKind,
    items: &Array,
    mut written: usize,
    total: usize,
    progress: Progress<'_>,
) -> Result<usize, StoreError> {
    let n = items.length();
    let mut i = 0;
    while i < n {
        let end = (i + PUT_BATCH).min(n);
        let mut last = None;
        for j in i..end {
            let item = items.get(j);
            let id = js_sys::Reflect::get(&item, &JsValue::from_str("id")).map_err(fail)?;
            if let Some(id) = id.as_string() {
                let key = Array::of2(&JsValue::from_str(kind.store_name()), &JsValue::from_str(&id));
                deleted.delete(&key).map_err(fail)?;
            }
            last = Some(os.put(&item).map_err(fail)?);
        }
        if let Some(req) = last {
            // Waiting on the batch's last request keeps the transaction alive
            // while letting the page render between batches.
            await_request(&req).await.map_err(fail)?;
        }
        written += (end - i) as usize;
        progress(written, total);
        i = end;
    }
    Ok(written)
}

/// Writes every record of `data` as chunks (the stores were just cleared),
/// plus the per-kind counts. Returns the records written.
pub async fn put_chunks(
    chunks: &IdbObjectStore,
    meta: &IdbObjectStore,
    data: &Collections,
    total: usize,
    progress: Progress<'_>,
) -> Result<usize, StoreError> {
    let mut written = 0;
    let mut seq = 0u32;
    let mut counts = serde_json::Map::new();
    let mut in_flight: Option<IdbRequest> = None;
    let mut breath = now_ms();
    for &kind in EntityKind::ALL {
        let n = data.count(kind);
        if n == 0 {
            continue;
        }
        counts.insert(kind.store_name().into(), n.into());
        let mut start = 0;
        while start < n {
            let end = (start + CHUNK_RECORDS).min(n);
            let bytes = encode_range(data, kind, start..end);
            let key = Array::of2(&JsValue::from_str(kind.store_name()), &JsValue::from(seq));
            let req = chunks.put_with_key(&Uint8Array::from(bytes.as_slice()), &key).map_err(fail)?;
            drop(bytes);
            // One chunk stays in flight while the next one is encoded; waiting
            // on the one before keeps the transaction alive. Chromium may hand
            // back several finished puts in one task, so that alone can run
            // hundreds of chunks without a paint: every ~16 ms the loop waits
            // for the chunk just queued, which cannot finish within this task.
            if now_ms() - breath > BREATH_MS {
                in_flight = None;
                await_request(&req).await.map_err(fail)?;
                breath = now_ms();
            } else if let Some(prev) = in_flight.replace(req) {
                await_request(&prev).await.map_err(fail)?;
            }
            written += end - start;
            progress(written, total);
            seq += 1;
            start = end;
        }
    }
    let json = serde_json::Value::Object(counts).to_string();
    meta.put_with_key(&JsValue::from_str(&json), &COUNTS_KEY.into()).map_err(fail)?;
    if let Some(last) = in_flight {
        await_request(&last).await.map_err(fail)?;
    }
    Ok(written)
}
