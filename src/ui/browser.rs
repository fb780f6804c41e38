//! Small wrappers over browser APIs the UI needs (files, downloads, timers).

use chrono::{FixedOffset, Offset};
use js_sys::{Array, Promise};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::domain::Timestamp;

pub fn real_now() -> Timestamp {
    chrono::Utc::now()
}

/// The browser's current UTC offset, for showing local dates and times.
pub fn local_offset() -> FixedOffset {
    let minutes = js_sys::Date::new_0().get_timezone_offset();
    FixedOffset::west_opt((minutes * 60.0) as i32).unwrap_or(chrono::Utc.fix())
}

pub fn languages() -> Vec<String> {
    let Some(w) = web_sys::window() else { return vec![] };
    w.navigator().languages().iter().filter_map(|v| v.as_string()).collect()
}

/// Seed for id generation: 64 bits from the browser's crypto where available.
pub fn random_seed() -> u64 {
    let mut bytes = [0u8; 8];
    if let Some(c) = web_sys::window().and_then(|w| w.crypto().ok()) {
        if c.get_random_values_with_u8_array(&mut bytes).is_ok() {
            return u64::from_le_bytes(bytes);
        }
    }
    (js_sys::Math::random() * u64::MAX as f64) as u64 ^ (js_sys::Date::now() as u64)
}

/// Lets the browser paint (progress bars) before long synchronous work.
pub async fn next_frame() {
    let promise = Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 16);
        }
    });
    let _ = JsFuture::from(promise).await;
}

/// Yields to the event loop (input, rendering) between chunks of work:
/// `scheduler.yield()` where available, as timeouts in a chain are clamped
/// to 4 ms each.
pub async fn yield_now() {
    let scheduler = js_sys::Reflect::get(&js_sys::global(), &"scheduler".into()).unwrap_or(JsValue::UNDEFINED);
    let promise = js_sys::Reflect::get(&scheduler, &"yield".into())
        .ok()
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok())
        .and_then(|f| f.call0(&scheduler).ok())
        .and_then(|p| p.dyn_into::<Promise>().ok())
        .unwrap_or_else(|| {
            Promise::new(&mut |resolve, _| {
                if let Some(w) = web_sys::window() {
                    let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
                }
            })
        });
    let _ = JsFuture::from(promise).await;
}

/// Milliseconds on the page clock, for slicing work.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Offers `text` as a file download.
pub fn download(name: &str, mime: &str, text: &str) -> Result<(), String> {
    download_part(name, mime, &JsValue::from_str(text))
}

/// Offers `bytes` as a file download (a CSV file in the encoding it was
/// written in).
pub fn download_bytes(name: &str, mime: &str, bytes: &[u8]) -> Result<(), String> {
    download_part(name, mime, &js_sys::Uint8Array::from(bytes))
}

fn download_part(name: &str, mime: &str, part: &JsValue) -> Result<(), String> {
    let err = |e: JsValue| format!("{e:?}");
    let parts = Array::of1(part);
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    // One JS constructor whatever web-sys calls it: a part may be a string or bytes.
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts).map_err(err)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(err)?;
    let doc = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let a: web_sys::HtmlAnchorElement = doc.create_element("a").map_err(err)?.unchecked_into();
    a.set_href(&url);
    a.set_download(name);
    a.set_hidden(true);
    if let Some(body) = doc.body() {
        let _ = body.append_child(&a);
    }
    a.click();
    a.remove();
    // Revoke later: revoking synchronously can cancel the download in some browsers.
    let revoke = wasm_bindgen::closure::Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    if let Some(w) = web_sys::window() {
        let _ = w.set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 10_000);
    }
    Ok(())
}

/// The file's bytes as they are (a CSV file may be GBK, not UTF-8).
pub async fn read_bytes(file: &web_sys::File) -> Result<Vec<u8>, String> {
    let buf = JsFuture::from(file.array_buffer()).await.map_err(|e| format!("{e:?}"))?;
    Ok(js_sys::Uint8Array::new(&buf).to_vec())
}

pub async fn read_file(file: &web_sys::File) -> Result<String, String> {
    // Bytes rather than `text()`: a 50 MB string would cross into wasm (and
    // be checked as UTF-8) in one long task; here it is a slice at a time.
    let buf = JsFuture::from(file.array_buffer()).await.map_err(|e| format!("{e:?}"))?;
    let all = js_sys::Uint8Array::new(&buf);
    let n = all.length();
    let mut text = String::with_capacity(n as usize);
    let mut slice = Vec::new();
    let mut at = 0;
    while at < n {
        let end = (at + (4 << 20)).min(n);
        let carried = slice.len();
        slice.resize(carried + (end - at) as usize, 0);
        all.subarray(at, end).copy_to(&mut slice[carried..]);
        at = end;
        let valid = match std::str::from_utf8(&slice) {
            Ok(s) => s.len(),
            // A character cut at the slice's end waits for the next slice.
            Err(e) if e.error_len().is_none() && at < n => e.valid_up_to(),
            // As `text()` would: invalid UTF-8 becomes U+FFFD.
            Err(_) => return Ok(String::from_utf8_lossy(&all.to_vec()).into_owned()),
        };
        text.push_str(std::str::from_utf8(&slice[..valid]).map_err(|e| e.to_string())?);
        slice.drain(..valid);
        yield_now().await;
    }
    Ok(text)
}

pub fn set_document_lang(tag: &str) {
    if let Some(el) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) {
        let _ = el.set_attribute("lang", tag);
    }
}

pub fn is_online() -> bool {
    web_sys::window().map(|w| w.navigator().on_line()).unwrap_or(true)
}

/// Registers the service worker that makes the app work offline.
pub fn register_service_worker() {
    let Some(w) = web_sys::window() else { return };
    let nav = w.navigator();
    if !js_sys::Reflect::has(&nav, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return;
    }
    let promise = nav.service_worker().register("/sw.js");
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(e) = JsFuture::from(promise).await {
            web_sys::console::warn_2(&"service worker registration failed".into(), &e);
        }
    });
}
