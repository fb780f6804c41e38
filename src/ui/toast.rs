//! Notifications: a polite live region so screen readers hear saves and errors.

use leptos::prelude::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Success,
    Error,
}

#[derive(Clone)]
pub struct Toast {
    pub id: u64,
    pub text: String,
    pub tone: Tone,
    /// Button label and what it does (e.g. Undo).
    pub action: Option<(String, Callback<()>)>,
}

/// Progress of long work (import, demo data): label, done, total.
#[derive(Clone, Debug, PartialEq)]
pub struct Busy {
    pub label: String,
    pub done: usize,
    pub total: usize,
}

#[derive(Clone, Copy)]
pub struct Notices {
    pub toasts: RwSignal<Vec<Toast>>,
    pub busy: RwSignal<Option<Busy>>,
    next: StoredValue<u64>,
}

impl Notices {
    pub fn new() -> Notices {
        Notices { toasts: RwSignal::new(vec![]), busy: RwSignal::new(None), next: StoredValue::new(1) }
    }

    pub fn show(&self, text: impl Into<String>, tone: Tone) {
        self.push(text.into(), tone, None);
    }

    /// A success message with an action button, kept a little longer so
    /// there is time to press it.
    pub fn show_with_action(&self, text: impl Into<String>, label: &str, action: Callback<()>) {
        self.push(text.into(), Tone::Success, Some((label.to_string(), action)));
    }

    fn push(&self, text: String, tone: Tone, action: Option<(String, Callback<()>)>) {
        let id = self.next.get_value();
        self.next.set_value(id + 1);
        let secs = if action.is_some() { 12 } else { 6 };
        self.toasts.update(|t| t.push(Toast { id, text, tone, action }));
        // Errors stay until dismissed; other messages fade after a few seconds.
        if tone != Tone::Error {
            let toasts = self.toasts;
            set_timeout(move || toasts.update(|t| t.retain(|x| x.id != id)), std::time::Duration::from_secs(secs));
        }
    }

    pub fn dismiss(&self, id: u64) {
        self.toasts.update(|t| t.retain(|x| x.id != id));
    }
}

pub fn use_notices() -> Notices {
    expect_context::<Notices>()
}

#[component]
pub fn Toasts() -> impl IntoView {
    let n = use_notices();
    let locale = super::state::use_locale();
    view! {
        <div class="toasts" role="status" aria-live="polite" data-testid="toasts">
            <For each=move || n.toasts.get() key=|t| t.id let:toast>
                <div class=move || format!("toast toast-{:?}", toast.tone).to_lowercase() data-testid="toast">
                    <span>{toast.text.clone()}</span>
                    {toast.action.clone().map(|(label, cb)| view! {
                        <button class="btn" data-testid="toast-action" on:click=move |_| {
                            n.dismiss(toast.id);
                            cb.run(());
                        }>{label}</button>
                    })}
                    <button class="btn-ghost" on:click=move |_| n.dismiss(toast.id)>
                        {move || locale.texts().dismiss}
                    </button>
                </div>
            </For>
        </div>
    }
}

#[component]
pub fn BusyOverlay() -> impl IntoView {
    let n = use_notices();
    move || {
        n.busy.get().map(|b| {
            let pct = if b.total > 0 { (b.done as f64 / b.total as f64 * 100.0).round() } else { 0.0 };
            view! {
                <div class="busy" role="status" aria-live="polite" data-testid="busy">
                    <div class="busy-card">
                        <p>{b.label.clone()}</p>
                        <progress max="100" value=pct.to_string() aria-label=b.label.clone()></progress>
                        <p class="muted num">{format!("{pct:.0}%")}</p>
                    </div>
                </div>
            }
        })
    }
}
