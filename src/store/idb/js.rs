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

fn once(f: impl FnOnce(web_sys::Event) + 'static) -> JsValue {
    Closure::once_into_js(f)
}

/// Resolves with the request's result, rejects with its error.
pub fn await_request(req: &IdbRequest) -> JsFuture {
    let req = req.clone();
    let promise = Promise::new(&mut |resolve: Function, reject: Function| {
        let ok_req = req.clone();
        let ok = once(move |_| {
            let _ = resolve.call1(&JsValue::NULL, &ok_req.result().unwrap_or(JsValue::UNDEFINED));
        });
        let err_req = req.clone();
        let err = once(move |_| {
            let e = err_req.error().ok().flatten().map(JsValue::from).unwrap_or(JsValue::from_str("request failed"));
            let _ = reject.call1(&JsValue::NULL, &e);
        });
        req.set_onsuccess(Some(ok.unchecked_ref()));
        req.set_onerror(Some(err.unchecked_ref()));
    });
    JsFuture::from(promise)
}

/// Resolves when the transaction commits; rejects when it errors or aborts.
pub fn await_transaction(tx: &IdbTransaction) -> JsFuture {
    let tx = tx.clone();
    let promise = Promise::new(&mut |resolve: Function, reject: Function| {
        let ok = once(move |_| {
            let _ = resolve.call0(&JsValue::NULL);
        });
        let err_tx = tx.clone();
        let reject2 = reject.clone();
        let on_error = once(move |_| {
            let e = err_tx.error().map(JsValue::from).unwrap_or(JsValue::from_str("transaction failed"));
            let _ = reject.call1(&JsValue::NULL, &e);
        });
        let abort_tx = tx.clone();
        let on_abort = once(move |_| {
            let e = abort_tx.error().map(JsValue::from).unwrap_or(JsValue::from_str("transaction aborted"));
            let _ = reject2.call1(&JsValue::NULL, &e);
        });
        tx.set_oncomplete(Some(ok.unchecked_ref()));
        tx.set_onerror(Some(on_error.unchecked_ref()));
        tx.set_onabort(Some(on_abort.unchecked_ref()));
    });
    JsFuture::from(promise)
}
