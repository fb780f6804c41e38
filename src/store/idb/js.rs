//! Promise adapters for IndexedDB's callback API.

use js_sys::{Function, Promise};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{IdbFactory, IdbRequest, IdbTransaction};

pub fn factory() -> Result<IdbFactory, JsValue> {
    // Works in windows and workers alike.
    let f = js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("indexedDB"))?;
    if f.is_undefined() || f.is_null() {
        return Err(JsValue::from_str("IndexedDB is not available in this browser"));
    }
    f.dyn_into::<IdbFactory>()
}

/// Human-readable text of a DOMException or any thrown value.
pub fn err_text(e: &JsValue) -> String {
    if let Some(ex) = e.dyn_ref::<web_sys::DomException>() {
        return format!("{}: {}", ex.name(), ex.message());
    }
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        return String::from(err.message());
    }
    e.as_string().unwrap_or_else(|| format!("{e:?}"))
}

/// One handler for the events that end a request or transaction. Exactly one
/// of them fires, so the once-closure is always called and then freed; a
/// closure that is never called would stay alive with everything it holds
/// (a request keeps its whole result, e.g. every record read at start-up).
fn settle(resolve: Function, reject: Function, ok_type: &'static str) -> JsValue {
    Closure::once_into_js(move |ev: web_sys::Event| {
        let target = ev.target();
        if ev.type_() == ok_type {
            let value = target
                .and_then(|t| t.dyn_into::<IdbRequest>().ok())
                .and_then(|r| r.result().ok())
                .unwrap_or(JsValue::UNDEFINED);
            let _ = resolve.call1(&JsValue::NULL, &value);
        } else {
            let error = match target {
                Some(t) if t.has_type::<IdbRequest>() => {
                    t.unchecked_into::<IdbRequest>().error().ok().flatten().map(JsValue::from)
                }
                Some(t) if t.has_type::<IdbTransaction>() => t.unchecked_into::<IdbTransaction>().error().map(JsValue::from),
                _ => None,
            };
            let _ = reject.call1(&JsValue::NULL, &error.unwrap_or_else(|| JsValue::from_str("IndexedDB request failed")));
        }
    })
}

/// Resolves with the request's result, rejects with its error.
pub fn await_request(req: &IdbRequest) -> JsFuture {
    let promise = Promise::new(&mut |resolve: Function, reject: Function| {
        let handler = settle(resolve, reject, "success");
        req.set_onsuccess(Some(handler.unchecked_ref()));
        req.set_onerror(Some(handler.unchecked_ref()));
    });
    JsFuture::from(promise)
}

/// Resolves when the transaction commits; rejects when it aborts. A failed
/// request aborts its transaction, so `abort` always follows an `error` and
/// exactly one of `complete` and `abort` ends every transaction.
pub fn await_transaction(tx: &IdbTransaction) -> JsFuture {
    let promise = Promise::new(&mut |resolve: Function, reject: Function| {
        let handler = settle(resolve, reject, "complete");
        tx.set_oncomplete(Some(handler.unchecked_ref()));
        tx.set_onabort(Some(handler.unchecked_ref()));
    });
    JsFuture::from(promise)
}

/// Milliseconds on the page clock (for slicing work, never for data).
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Lets the page handle input and paint: `scheduler.yield()` where the
/// browser has it (no 4 ms timer clamping), else a zero timeout.
pub async fn yield_now() {
    let global = js_sys::global();
    let scheduler = js_sys::Reflect::get(&global, &JsValue::from_str("scheduler")).unwrap_or(JsValue::UNDEFINED);
    if let Ok(f) = js_sys::Reflect::get(&scheduler, &JsValue::from_str("yield")) {
        if let Some(f) = f.dyn_ref::<Function>() {
            if let Ok(p) = f.call0(&scheduler) {
                if let Ok(p) = p.dyn_into::<Promise>() {
                    let _ = JsFuture::from(p).await;
                    return;
                }
            }
        }
    }
    let promise = Promise::new(&mut |resolve: Function, _| {
        if let Ok(set_timeout) = js_sys::Reflect::get(&global, &JsValue::from_str("setTimeout")) {
            if let Some(set_timeout) = set_timeout.dyn_ref::<Function>() {
                if set_timeout.call2(&JsValue::NULL, &resolve, &JsValue::from(0)).is_ok() {
                    return;
                }
            }
        }
        let _ = resolve.call0(&JsValue::NULL);
    });
    let _ = JsFuture::from(promise).await;
}

/// Work that may run long yields every `SLICE_MS` or so.
pub struct Slicer {
    since: f64,
}

const SLICE_MS: f64 = 25.0;

impl Slicer {
    pub fn new() -> Slicer {
        Slicer { since: now_ms() }
    }
    /// Yields when the current slice has run long enough.
    pub async fn tick(&mut self) {
        if now_ms() - self.since >= SLICE_MS {
            yield_now().await;
            self.since = now_ms();
        }
    }
}
