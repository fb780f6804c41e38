//! Storage quota and persistence (navigator.storage).

use wasm_bindgen::JsValue;
use wasm_bindgen_futures::JsFuture;

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Usage {
    pub used: f64,
    pub quota: f64,
}

fn manager() -> Option<web_sys::StorageManager> {
    let nav = web_sys::window()?.navigator();
    // Absent in some embedded browsers and insecure contexts.
    let has = js_sys::Reflect::has(&nav, &JsValue::from_str("storage")).unwrap_or(false);
    has.then(|| nav.storage())
}

pub async fn estimate() -> Option<Usage> {
    let promise = manager()?.estimate().ok()?;
    let est: web_sys::StorageEstimate = JsFuture::from(promise).await.ok()?.into();
    Some(Usage { used: est.get_usage().unwrap_or(0.0), quota: est.get_quota().unwrap_or(0.0) })
}

pub async fn persisted() -> bool {
    let Some(p) = manager().and_then(|m| m.persisted().ok()) else { return false };
    JsFuture::from(p).await.ok().and_then(|v| v.as_bool()).unwrap_or(false)
}

/// Asks the browser not to evict our data under storage pressure.
pub async fn request_persist() -> bool {
    let Some(p) = manager().and_then(|m| m.persist().ok()) else { return false };
    JsFuture::from(p).await.ok().and_then(|v| v.as_bool()).unwrap_or(false)
}
