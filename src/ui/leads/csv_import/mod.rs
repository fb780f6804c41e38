//! `/leads/import`: the CSV import wizard. File (read, encoding, separator,
//! date order, a preview) → columns (mapping, duplicates) → check (counts
//! and every problem by row and column) → one transaction, with Undo.
//! Nothing is written before the last step's button; leaving the page or
//! Cancel at any point writes nothing.

mod check;
mod columns;
mod file;
pub(crate) mod messages;
mod run;

use std::sync::Arc;

use leptos::prelude::*;

use crate::ui::steps::StepList;
use leptos_router::hooks::use_navigate;

use crate::domain::mapping::leads::LeadField;
use crate::domain::mapping::{DateOrder, DupePolicy, Mapping, Plan, RowError, Summary, Target};
use crate::domain::Lead;
use crate::i18n::Texts;
use crate::store::csv::{CsvError, Delimiter, ReadFile, TextEncoding};
use crate::ui::focus::focus_soon;
use crate::ui::ops::use_ops;
use crate::ui::state::use_locale;

use check::CheckStep;
use columns::ColumnsStep;
use file::FileStep;

/// Encodings offered, in the order of `CsvTexts::encodings`.
pub const ENCODINGS: [TextEncoding; 4] = [TextEncoding::Utf8, TextEncoding::Gb18030, TextEncoding::Utf16Le, TextEncoding::Utf16Be];

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    File,
    Columns,
    Check,
}

impl Step {
    fn index(self) -> usize {
        self as usize
    }
}

/// Why the chosen file cannot be imported.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadProblem {
    /// The browser could not hand over the bytes.
    File,
    Csv(CsvError),
    /// A header row and nothing (but blank lines) below it.
    NoRows,
}

#[derive(Clone, Debug)]
pub enum FileState {
    Empty,
    Reading,
    Failed(ReadProblem),
    Read(Arc<ReadFile>),
}

/// The check step's result, for display; the plan itself stays in
/// `Wizard::plan` until it is committed.
#[derive(Clone, Debug)]
pub struct Checked {
    pub summary: Summary,
    /// The first problems, in file order.
    pub errors: Vec<RowError>,
    pub total_errors: usize,
    /// Records the commit writes (new plus merged).
    pub records: usize,
}

#[derive(Clone, Debug)]
pub enum CheckState {
    Idle,
    Running { done: usize, total: usize },
    Ready(Arc<Checked>),
    Committing,
}

/// Everything the steps share. Signals for what the screen shows; the
/// bytes and the plan (possibly large) stay out of the reactive graph.
#[derive(Clone, Copy)]
pub struct Wizard {
    pub step: RwSignal<Step>,
    pub file_name: RwSignal<String>,
    bytes: StoredValue<Option<Arc<Vec<u8>>>>,
    pub file: RwSignal<FileState>,
    /// What the last successful read used (detected or chosen).
    pub used: RwSignal<(TextEncoding, Delimiter)>,
    /// The user's overrides; `None` detects.
    pub encoding: RwSignal<Option<TextEncoding>>,
    pub delimiter: RwSignal<Option<Delimiter>>,
    pub date_order: RwSignal<DateOrder>,
    pub mapping: RwSignal<Mapping<LeadField>>,
    /// What the header names suggested, to mark those choices.
    pub suggested: RwSignal<Mapping<LeadField>>,
    pub policy: RwSignal<DupePolicy>,
    pub unknown_owner_unassigned: RwSignal<bool>,
    pub check: RwSignal<CheckState>,
    plan: StoredValue<Option<Plan<Lead>>>,
    pub skip_invalid: RwSignal<bool>,
    /// Bumped to abandon a check in progress (Back, Cancel, leaving).
    run: StoredValue<u64>,
}

impl Wizard {
    fn new() -> Wizard {
        Wizard {
            step: RwSignal::new(Step::File),
            file_name: RwSignal::new(String::new()),
            bytes: StoredValue::new(None),
            file: RwSignal::new(FileState::Empty),
            used: RwSignal::new((TextEncoding::Utf8, Delimiter::Comma)),
            encoding: RwSignal::new(None),
            delimiter: RwSignal::new(None),
            date_order: RwSignal::new(DateOrder::default()),
            mapping: RwSignal::new(Mapping::empty(0)),
            suggested: RwSignal::new(Mapping::empty(0)),
            policy: RwSignal::new(DupePolicy::Skip),
            unknown_owner_unassigned: RwSignal::new(false),
            check: RwSignal::new(CheckState::Idle),
            plan: StoredValue::new(None),
            skip_invalid: RwSignal::new(false),
            run: StoredValue::new(0),
        }
    }

    /// The table as last read, if it was.
    pub fn table(&self) -> Option<Arc<ReadFile>> {
        match self.file.get_untracked() {
            FileState::Read(f) => Some(f),
            _ => None,
        }
    }

    /// Any earlier check is void (the file, mapping or options changed).
    pub fn forget_check(&self) {
        self.run.update_value(|r| *r += 1);
        self.plan.set_value(None);
        self.check.set(CheckState::Idle);
        self.skip_invalid.set(false);
    }

    /// Reads the bytes again with the current overrides; a successful read
    /// starts the mapping over from the new headers.
    pub fn reread(&self, t: &'static Texts) {
        self.forget_check();
        let opts = crate::store::csv::ReadOptions { encoding: self.encoding.get_untracked(), delimiter: self.delimiter.get_untracked() };
        let Some(result) = self.bytes.with_value(|b| b.as_ref().map(|b| crate::store::csv::read(b, opts))) else { return };
        let file = match result {
            Err(e) => return self.file.set(FileState::Failed(ReadProblem::Csv(e))),
            Ok(f) if f.table.rows().all(|r| r.is_blank()) => return self.file.set(FileState::Failed(ReadProblem::NoRows)),
            Ok(f) => f,
        };
        let other = t.locale.other().texts();
        let mut labels = LeadField::labelled(&t.csv.fields);
        labels.extend(LeadField::labelled(&other.csv.fields));
        let mapping = Mapping::suggest(file.table.headers(), &labels);
        self.suggested.set(mapping.clone());
        self.mapping.set(mapping);
        self.used.set((file.encoding, file.delimiter));
        self.file.set(FileState::Read(Arc::new(file)));
    }

    fn set_bytes(&self, name: String, bytes: Vec<u8>) {
        self.file_name.set(name);
        self.bytes.set_value(Some(Arc::new(bytes)));
        // A new file is detected afresh.
        self.encoding.set(None);
        self.delimiter.set(None);
    }

    fn go(&self, step: Step) {
        self.step.set(step);
        focus_soon("[data-testid=csv-step-title]".into());
    }
}

#[component]
pub fn LeadImportPage() -> impl IntoView {
    let locale = use_locale();
    let ops = use_ops();
    let navigate = use_navigate();
    let w = Wizard::new();
    on_cleanup(move || w.run.update_value(|r| *r += 1));
    let t = move || locale.texts();
    let cancel = Callback::new(move |_| {
        w.forget_check();
        navigate("/leads", Default::default());
    });
    view! {
        <div class="page csv-import-page" data-testid="csv-import">
            <a class="back" href="/leads">"← " {move || t().leads.back_to_leads}</a>
            <header class="page-head">
                <h1>{move || t().csv.title}</h1>
                <p class="muted">{move || t().csv.intro}</p>
            </header>
            <StepList current=Signal::derive(move || w.step.get().index()) labels=Signal::derive(move || t().csv.steps.to_vec())
                aria_label=Signal::derive(move || t().csv.steps_label) testid="csv-steps"/>
            <section class="card csv-step" aria-labelledby="csv-step-title">
                {move || match w.step.get() {
                    Step::File => view! { <FileStep w cancel/> }.into_any(),
                    Step::Columns => view! { <ColumnsStep w cancel/> }.into_any(),
                    Step::Check => view! { <CheckStep w ops cancel/> }.into_any(),
                }}
            </section>
        </div>
    }
}
