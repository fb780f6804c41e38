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
