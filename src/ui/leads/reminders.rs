//! The header's reminders: first contacts and follow-ups of the acting
//! person's leads that are overdue or due within the horizon
//! (`leads::reminders`), by the app clock to the minute, so advancing the
//! simulated clock brings them in. A panel lists them with links, and holds
//! the opt-in for browser notifications, which are sent from here.

use chrono::Duration;
use leptos::prelude::*;

use super::messages;
use super::notify::{self, Permission};
use super::rules::{use_minute, use_rules};
use crate::domain::leads::{reminders, Reminder, ReminderKind, REMINDER_HORIZON_HOURS};
use crate::domain::Id;
use crate::store::prefs;
use crate::ui::browser;
use crate::ui::focus::focus_soon;
use crate::ui::state::{use_acting, use_data, use_locale, DbStoreFields};

#[component]
pub fn Reminders() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let acting = use_acting().0;
    let rules = use_rules();
    let minute = use_minute();
    let due = Memo::new(move |_| {
        let Some(person) = acting.get() else { return Vec::new() };
        let (r, now) = (rules.read(), minute.get());
        reminders(&data.db.leads().read(), &r.0, person, now, Duration::hours(REMINDER_HORIZON_HOURS))
    });
    let count = move || due.with(Vec::len);
    let any = move || due.with(|d| !d.is_empty());
    let late = move || due.with(|d| d.iter().filter(|r| r.overdue).count());
    let name = move |id: Id| data.db.leads().with_untracked(|l| l.iter().find(|x| x.id == id).map(|x| x.name.clone()).unwrap_or_default());

    let navigate = leptos_router::hooks::use_navigate();
    let permission = RwSignal::new(notify::permission());
    let enabled = RwSignal::new(prefs::notify());
    let on = move || enabled.get() && permission.get() == Permission::Granted;
    Effect::new(move |_| {
        let list = due.get();
        if on() {
            let t = locale.texts();
            let s = &t.lead_settings;
            notify::notify_new(
                &list,
                |r| {
                    let kind = matches!(r.kind, ReminderKind::FollowUp) as usize;
                    ((s.notify_title)(&name(r.lead_id)), s.notify_body[kind].to_string())
                },
                |n| (s.reminders.to_string(), (s.notify_more)(n)),
                {
                    let navigate = navigate.clone();
                    move |href: &str| navigate(href, Default::default())
                },
            );
        }
    });
    let toggle = move |ev: leptos::ev::Event| {
        let want = event_target_checked(&ev);
        if !want {
            enabled.set(false);
            prefs::set_notify(false);
            return;
        }
        let el = event_target::<web_sys::HtmlInputElement>(&ev);
        leptos::task::spawn_local(async move {
            let p = match notify::permission() {
                Permission::Ask => notify::request().await,
                p => p,
            };
            permission.set(p);
            let granted = p == Permission::Granted;
            if granted {
                notify::mark_seen(&due.get_untracked());
            }
            enabled.set(granted);
            prefs::set_notify(granted);
            // Refused: the box was ticked by the click but `on` never changed.
            el.set_checked(granted);
        });
    };
    let status = move || match permission.get() {
        Permission::Unsupported => Some(locale.texts().lead_settings.notify_unsupported),
        Permission::Denied => Some(locale.texts().lead_settings.notify_denied),
        _ => None,
    };
    let s = move || &locale.texts().lead_settings;
    let panel = NodeRef::<leptos::html::Details>::new();
    // Following a link closes the panel, as leaving a menu does.
    let close = move |_| {
        if let Some(d) = panel.get_untracked() {
            let _ = d.remove_attribute("open");
        }
    };
    // Escape closes the panel and leaves focus on its button.
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        if ev.key() != "Escape" {
            return;
        }
        if let Some(d) = panel.get_untracked().filter(|d| d.has_attribute("open")) {
            let _ = d.remove_attribute("open");
            focus_soon("[data-testid=reminders] summary".into());
        }
    };
    view! {
        <Show when=move || acting.get().is_some()>
            <details class="reminders" data-testid="reminders" node_ref=panel on:keydown=on_key>
                <summary class="btn-ghost" aria-label=move || (s().reminders_label)(count(), late())>
                    <svg viewBox="0 0 24 24" class="icon" aria-hidden="true"><path d="M6 16V11a6 6 0 0 1 12 0v5l2 2H4z M10 20a2 2 0 0 0 4 0" fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"></path></svg>
                    <span class="label-sm">{move || s().reminders}</span>
                    <Show when=any>
                        <span class="badge" class:badge-alert=move || late() != 0 data-testid="reminders-count" aria-hidden="true">
                            {move || count().to_string()}
                        </span>
                    </Show>
                </summary>
                <div class="popover reminders-panel">
                    <h2 class="h-sm">{move || s().reminders_title}</h2>
                    {move || {
                        let list = due.get();
                        if list.is_empty() {
                            return view! { <p class="muted" data-testid="reminders-none">{s().reminders_none}</p> }.into_any();
                        }
                        view! {
                            <ul class="reminder-list" on:click=close>
                                {list.into_iter().map(|r| reminder_item(r, name(r.lead_id))).collect_view()}
                            </ul>
                        }.into_any()
                    }}
                    <label class="ls-check">
                        <input type="checkbox" data-testid="notify-toggle"
                            disabled=move || permission.get() == Permission::Unsupported
                            prop:checked=on on:change=toggle/>
                        " " {move || s().notify_toggle}
                    </label>
                    <p class="muted small" data-testid="notify-status">{move || status().unwrap_or(s().notify_help)}</p>
                </div>
            </details>
        </Show>
    }
}

fn reminder_item(r: Reminder, name: String) -> impl IntoView {
    let locale = use_locale();
    let kind = matches!(r.kind, ReminderKind::FollowUp) as usize;
    let when = move || {
        let t = locale.texts();
        let at = messages::when(t, r.due, browser::local_offset());
        if r.overdue { (t.lead_settings.reminder_overdue)(&at) } else { (t.lead_settings.reminder_due)(&at) }
    };
    view! {
        <li data-testid="reminder-item" data-lead=r.lead_id.to_string() class:sla-alert=r.overdue>
            <a href=format!("/leads/{}", r.lead_id) data-testid="reminder-link">{name}</a>
            <span class="muted small">
                {move || locale.texts().lead_settings.reminder_kind[kind]} " · " {r.overdue.then_some("⚠ ")} {when}
            </span>
        </li>
    }
}
