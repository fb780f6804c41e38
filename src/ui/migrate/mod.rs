//! `/settings/migrate`: the migration wizard. Files (several CSV exports,
//! each one's kind guessed, a preset) → columns (the leads importer's
//! mapping, per file) → relations and stages (unmatched names resolved,
//! stage values mapped, currency) → check (every file planned, counts and
//! problems per file) → one transaction, and a report to download.
//! Nothing is written before the last button.

mod check;
mod columns;
mod files;
mod relations;
mod report;

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;

use crate::ui::steps::StepList;

use crate::domain::mapping::deals::StageMap;
use crate::domain::mapping::refs::RefKind;
use crate::domain::mapping::{DateOrder, Table};
use crate::domain::migration::{FileMapping, MigrationOptions, MigrationPlan, Preset, Resolution, Scan, SourceFile};
use crate::domain::{Currency, Workspace};
use crate::ui::focus::focus_soon;
use crate::ui::state::{use_locale, DataCtx, DbStoreFields};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Files,
    Columns,
    Relations,
    Check,
}

impl Step {
    fn index(self) -> usize {
        self as usize
    }
}

/// One chosen file: its table (shared, never copied) and mapping.
#[derive(Clone, Debug)]
pub struct Entry {
    pub name: String,
    pub table: Arc<Table>,
    pub mapping: FileMapping,
}

/// What the check step shows.
#[derive(Clone, Debug)]
pub enum CheckState {
    Idle,
    Running,
    Ready(Arc<MigrationPlan>),
    Committing,
    Done(Arc<String>),
}

#[derive(Clone, Copy)]
pub struct Wizard {
    pub step: RwSignal<Step>,
    pub files: RwSignal<Vec<Entry>>,
    pub read_error: RwSignal<Option<String>>,
    pub preset: RwSignal<Preset>,
    pub date_order: RwSignal<DateOrder>,
    pub currency: RwSignal<Currency>,
    /// Make the chosen currency the workspace's too (in the same commit).
    pub make_default: RwSignal<bool>,
    pub scan: RwSignal<Option<Arc<Scan>>>,
    pub resolutions: RwSignal<HashMap<(RefKind, String), Resolution>>,
    pub stages: RwSignal<StageMap>,
    pub check: RwSignal<CheckState>,
    pub skip_invalid: RwSignal<bool>,
    /// Bumped to abandon a check in progress.
    run: StoredValue<u64>,
}

impl Wizard {
    fn new(currency: Currency) -> Wizard {
        Wizard {
            step: RwSignal::new(Step::Files),
            files: RwSignal::new(Vec::new()),
            read_error: RwSignal::new(None),
            preset: RwSignal::new(Preset::Generic),
            date_order: RwSignal::new(DateOrder::default()),
            currency: RwSignal::new(currency),
            make_default: RwSignal::new(false),
            scan: RwSignal::new(None),
            resolutions: RwSignal::new(HashMap::new()),
            stages: RwSignal::new(StageMap::default()),
            check: RwSignal::new(CheckState::Idle),
            skip_invalid: RwSignal::new(false),
            run: StoredValue::new(0),
        }
    }

    /// The files as the domain takes them (tables are shared via `Arc`,
    /// but `SourceFile` owns one, so this copies; done once per check).
    pub fn sources(&self) -> Vec<SourceFile> {
        self.files.with_untracked(|v| {
            v.iter().map(|e| SourceFile { name: e.name.clone(), table: Table::clone(&e.table), mapping: e.mapping.clone() }).collect()
        })
    }

    pub fn options(&self, t: &'static crate::i18n::Texts) -> MigrationOptions {
        let mut o = MigrationOptions::new(self.currency.get_untracked(), t.migrate.blank_account_name);
        o.date_order = self.date_order.get_untracked();
        o.utc_offset_minutes = crate::ui::browser::local_offset().local_minus_utc() / 60;
        o.stages = self.stages.get_untracked();
        o.resolutions = self.resolutions.get_untracked();
        o
    }

    /// Any earlier check is void (files, mapping or choices changed).
    pub fn forget_check(&self) {
        self.run.update_value(|r| *r += 1);
        self.check.set(CheckState::Idle);
        self.skip_invalid.set(false);
    }

    fn go(&self, step: Step) {
        self.step.set(step);
        focus_soon("[data-testid=mig-step-title]".into());
    }
}

/// The records the run matches against, copied out of the store.
pub fn snapshot(data: DataCtx) -> Workspace {
    let db = data.db;
    let mut ws = Workspace::default();
    ws.settings.currency = db.settings().with_untracked(|s| s.currency);
    ws.data.people = db.people().get_untracked();
    ws.data.org_units = db.org_units().get_untracked();
    ws.data.accounts = db.accounts().get_untracked();
    ws.data.contacts = db.contacts().get_untracked();
    ws.data.products = db.products().get_untracked();
    ws.data.deals = db.deals().get_untracked();
    ws.data.activities = db.activities().get_untracked();
    ws.data.orders = db.orders().get_untracked();
    ws.data.invoices = db.invoices().get_untracked();
    ws.data.payments = db.payments().get_untracked();
    ws
}

#[component]
pub fn MigratePage() -> impl IntoView {
    let locale = use_locale();
    let data = crate::ui::state::use_data();
    let w = Wizard::new(data.db.settings().with_untracked(|s| s.currency));
    on_cleanup(move || w.run.update_value(|r| *r += 1));
    let t = move || locale.texts();
    view! {
        <div class="page csv-import-page" data-testid="migrate">
            <a class="back" href="/settings">"← " {move || t().migrate.back}</a>
            <header class="page-head">
                <h1>{move || t().migrate.title}</h1>
                <p class="muted">{move || t().migrate.intro}</p>
            </header>
            <StepList current=Signal::derive(move || w.step.get().index()) labels=Signal::derive(move || t().migrate.steps.to_vec())
                aria_label=Signal::derive(move || t().csv.steps_label) testid="mig-steps"/>
            <section class="card csv-step" aria-labelledby="mig-step-title">
                {move || match w.step.get() {
                    Step::Files => view! { <files::FilesStep w/> }.into_any(),
                    Step::Columns => view! { <columns::ColumnsStep w/> }.into_any(),
                    Step::Relations => view! { <relations::RelationsStep w/> }.into_any(),
                    Step::Check => view! { <check::CheckStep w/> }.into_any(),
                }}
            </section>
        </div>
    }
}

/// The link to the wizard, for the settings page and the Team area.
#[component]
pub fn MigrateLink() -> impl IntoView {
    let locale = use_locale();
    view! {
        <p class="migrate-link">
            <a class="btn" href="/settings/migrate" data-testid="migrate-link">{move || locale.texts().migrate.link}</a>
            " "
            <span class="muted">{move || locale.texts().migrate.link_hint}</span>
        </p>
    }
}
