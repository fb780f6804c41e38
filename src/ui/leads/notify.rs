//! Browser notifications for overdue leads, opt-in per device. One
//! notification per lead, kind and due time: what was shown is remembered in
//! localStorage (`store::prefs`), so a reload or another tab's clock tick
//! does not repeat it. Turning the option on counts what is overdue already
//! as seen: it announces leads as they become overdue, not a backlog.

use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Notification, NotificationOptions, NotificationPermission};

use crate::domain::leads::{Reminder, ReminderKind};
use crate::store::prefs;

/// Keys kept; older ones drop off (their leads were long overdue).
const KEEP: usize = 500;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permission {
    Unsupported,
    /// Not asked yet.
    Ask,
    Granted,
    Denied,
}

pub fn supported() -> bool {
    js_sys::Reflect::has(&window(), &JsValue::from_str("Notification")).unwrap_or(false)
}

pub fn permission() -> Permission {
    if !supported() {
        return Permission::Unsupported;
    }
    match Notification::permission() {
        NotificationPermission::Granted => Permission::Granted,
        NotificationPermission::Denied => Permission::Denied,
        _ => Permission::Ask,
    }
}

/// Asks the browser (it shows its own prompt); the answer as it stands after.
pub async fn request() -> Permission {
    if let Ok(p) = Notification::request_permission() {
        let _ = wasm_bindgen_futures::JsFuture::from(p).await;
    }
    permission()
}

pub fn key(r: &Reminder) -> String {
    let kind = match r.kind {
        ReminderKind::FirstContact => "first",
        ReminderKind::FollowUp => "follow",
    };
    format!("{}:{kind}:{}", r.lead_id, r.due.timestamp())
}

/// Counts the overdue reminders as notified without showing them.
pub fn mark_seen(due: &[Reminder]) {
    let mut seen = prefs::notified();
    let before = seen.len();
    for k in due.iter().filter(|r| r.overdue).map(key) {
        if !seen.contains(&k) {
            seen.push(k);
        }
    }
    if seen.len() != before {
        store(seen);
    }
}

fn store(mut seen: Vec<String>) {
    if seen.len() > KEEP {
        seen.drain(..seen.len() - KEEP);
    }
    prefs::set_notified(&seen);
}

/// Individual notifications at most per pass; beyond that one summary (an
/// import or demo data can bring dozens of overdue leads at once).
const AT_ONCE: usize = 3;

/// Shows a notification for every overdue reminder not shown before.
/// `text(reminder)` gives title and body; `more(n)` the summary's title and
/// body when more than [`AT_ONCE`] are new. Clicking one brings the app to
/// the front and calls `open` with the lead's path (the list's for the
/// summary).
pub fn notify_new(
    due: &[Reminder],
    text: impl Fn(&Reminder) -> (String, String),
    more: impl Fn(usize) -> (String, String),
    open: impl Fn(&str) + Clone + 'static,
) {
    let mut seen = prefs::notified();
    let fresh: Vec<&Reminder> = due.iter().filter(|r| r.overdue && !seen.contains(&key(r))).collect();
    if fresh.is_empty() {
        return;
    }
    for r in fresh.iter().take(AT_ONCE) {
        let (title, body) = text(r);
        show(&title, &body, &key(r), format!("/leads/{}", r.lead_id), open.clone());
    }
    if fresh.len() > AT_ONCE {
        let (title, body) = more(fresh.len() - AT_ONCE);
        show(&title, &body, "salesflow-overdue-more", "/leads".to_string(), open.clone());
    }
    seen.extend(fresh.iter().map(|r| key(r)));
    store(seen);
}

fn show(title: &str, body: &str, tag: &str, href: String, open: impl Fn(&str) + 'static) {
    let opts = NotificationOptions::new();
    opts.set_body(body);
    opts.set_tag(tag);
    // A browser that refuses (permission withdrawn meanwhile) is not an
    // error worth more than not showing it; the reminder still counts as
    // notified, so it is not retried on every tick.
    if let Ok(n) = Notification::new_with_options(title, &opts) {
        let shown = n.clone();
        let on_click = Closure::once_into_js(move || {
            let _ = window().focus();
            open(&href);
            shown.close();
        });
        n.set_onclick(Some(on_click.unchecked_ref()));
    }
}
