//! Settings: workspace, storage, export/import, demo data, clear all.

use leptos::prelude::*;

use super::actions::{export, replace_all, save};
use super::import::ImportPanel;
use super::approval_settings::ApprovalSettings;
use super::pipeline_settings::PipelineSettings;
use super::state::DbStoreFields;
use super::state::{total_count, use_clock, use_data, use_locale};
use super::toast::use_notices;
use super::demo_form::DemoForm;
use crate::domain::Currency;
use crate::i18n::format as fmt;
use crate::store::idb::quota;
use crate::store::Change;

#[component]
pub fn SettingsPage() -> impl IntoView {
    let locale = use_locale();
    view! {
        <div class="page" data-testid="settings">
            <header class="page-head"><h1>{move || locale.texts().nav[6]}</h1></header>
            <WorkspaceForm/>
            <PipelineSettings/>
            <ApprovalSettings/>
            <crate::ui::leads::LeadSettingsCard/>
            <StorageInfo/>
            <section class="card" aria-labelledby="export-h">
                <h2 id="export-h">{move || locale.texts().export_title}</h2>
                <p class="muted">{move || locale.texts().export_body}</p>
                <ExportButton/>
            </section>
            <section class="card" aria-labelledby="import-h">
                <h2 id="import-h">{move || locale.texts().import_title}</h2>
                <p class="muted">{move || locale.texts().import_body}</p>
                <ImportPanel/>
                <super::migrate::MigrateLink/>
            </section>
            <section class="card" aria-labelledby="demo-h">
                <h2 id="demo-h">{move || locale.texts().demo_title}</h2>
                <p class="muted">{move || locale.texts().demo_body} " " {move || locale.texts().demo_replace_warning}</p>
                <DemoForm/>
            </section>
            <ClearAll/>
        </div>
    }
}

#[component]
fn ExportButton() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let notices = use_notices();
    view! {
        <button class="btn btn-primary" data-testid="export" on:click=move |_| {
            export(data, notices, locale.texts(), clock.now_untracked());
        }>{move || locale.texts().export_button}</button>
    }
}

#[component]
fn WorkspaceForm() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let notices = use_notices();
    let name = RwSignal::new(data.db.settings().read_untracked().workspace_name.clone());
    let currency = RwSignal::new(data.db.settings().read_untracked().currency.code().to_string());
    let currency_error = move || {
        let c = currency.get();
        Currency::parse(c.trim()).is_none().then(|| (locale.texts().field_required)(locale.texts().currency))
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(cur) = Currency::parse(currency.get_untracked().trim()) else { return };
        let mut s = data.db.settings().get_untracked();
        s.workspace_name = name.get_untracked().trim().to_string();
        s.currency = cur;
        s.updated_at = Some(clock.now_untracked());
        save(data, notices, locale.texts(), Change { settings: Some(s), ..Change::default() });
    };
    view! {
        <section class="card" aria-labelledby="ws-h">
            <h2 id="ws-h">{move || locale.texts().settings_workspace}</h2>
            <form class="form-grid" on:submit=save>
                <label class="field">
                    <span>{move || locale.texts().workspace_name}</span>
                    <input class="input" data-testid="ws-name" prop:value=move || name.get() on:input=move |ev| name.set(event_target_value(&ev))/>
                </label>
                <label class="field">
                    <span>{move || locale.texts().currency}</span>
                    <input class="input" data-testid="ws-currency" maxlength="3" prop:value=move || currency.get()
                        aria-invalid=move || currency_error().is_some().to_string()
                        on:input=move |ev| currency.set(event_target_value(&ev).to_uppercase())/>
                    {move || currency_error().map(|e| view! { <span class="field-error" role="alert">{e}</span> })}
                </label>
                <div><button class="btn btn-primary" type="submit" disabled=move || currency_error().is_some()>{move || locale.texts().save}</button></div>
            </form>
        </section>
    }
}

#[component]
fn StorageInfo() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let usage = LocalResource::new(move || {
        // Re-estimate whenever the amount of data changes.
        let _ = total_count(data.db);
        quota::estimate()
    });
    let persisted = RwSignal::new(false);
    leptos::task::spawn_local(async move { persisted.set(quota::persisted().await) });
    let ask = move |_| leptos::task::spawn_local(async move { persisted.set(quota::request_persist().await) });
    view! {
        <section class="card" aria-labelledby="storage-h" data-testid="storage">
            <h2 id="storage-h">{move || locale.texts().storage}</h2>
            <p class="num" data-testid="storage-records">{move || (locale.texts().storage_records)(total_count(data.db))}</p>
            <p class="num" data-testid="storage-used">
                {move || match usage.get().flatten() {
                    Some(u) => (locale.texts().storage_used)(&fmt::bytes(u.used), &fmt::bytes(u.quota)),
                    None => locale.texts().storage_unknown.to_string(),
                }}
            </p>
            <p>{move || if persisted.get() { locale.texts().storage_persisted } else { locale.texts().storage_not_persisted }}</p>
            <Show when=move || !persisted.get()>
                <button class="btn" on:click=ask>{move || locale.texts().storage_request_persist}</button>
            </Show>
        </section>
    }
}

#[component]
fn ClearAll() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let notices = use_notices();
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let open = move |_| {
        if let Some(d) = dialog.get() {
            let _ = d.show_modal();
        }
    };
    let close = move || {
        if let Some(d) = dialog.get() {
            d.close();
        }
    };
    let confirm = move |_| {
        close();
        let t = locale.texts();
        leptos::task::spawn_local(async move {
            replace_all(data, notices, t, Change::clear(), t.cleared.to_string()).await;
        });
    };
    view! {
        <section class="card danger-zone" aria-labelledby="clear-h">
            <h2 id="clear-h">{move || locale.texts().clear_title}</h2>
            <p class="muted">{move || locale.texts().clear_body}</p>
            <button class="btn btn-danger" data-testid="clear-open" on:click=open>{move || locale.texts().clear_button}</button>
            <dialog node_ref=dialog class="dialog" aria-labelledby="clear-dlg-h" data-testid="clear-dialog">
                <h2 id="clear-dlg-h">{move || locale.texts().clear_confirm_title}</h2>
                <p>{move || locale.texts().clear_confirm_body}</p>
                <div class="row">
                    <button class="btn-ghost" on:click=move |_| { export(data, notices, locale.texts(), clock.now_untracked()); }>
                        {move || locale.texts().import_backup}
                    </button>
                    <button class="btn-ghost" on:click=move |_| close()>{move || locale.texts().cancel}</button>
                    <button class="btn btn-danger" data-testid="clear-confirm" on:click=confirm>{move || locale.texts().clear_confirm_button}</button>
                </div>
            </dialog>
        </section>
    }
}
