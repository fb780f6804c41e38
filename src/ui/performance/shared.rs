//! What the review screens share: the workspace snapshot they compute from,
//! the reps in view, and who the figures are for.

use std::collections::HashMap;
use std::rc::Rc;
use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::performance::{allowed_owners, Index, Owners, Scope};
use crate::domain::{Id, Role, Workspace};
use crate::ui::state::{snapshot, use_acting, use_data, use_locale, DbStoreFields};

/// The workspace, copied once per change of a kind the figures read.
pub fn use_workspace() -> Memo<Arc<Workspace>> {
    let data = use_data();
    Memo::new(move |_| {
        let db = data.db;
        db.deals().track();
        db.leads().track();
        db.activities().track();
        db.orders().track();
        db.invoices().track();
        db.payments().track();
        db.contracts().track();
        db.complaints().track();
        db.survey_responses().track();
        db.visits().track();
        db.training_records().track();
        db.accounts().track();
        db.people().track();
        db.org_units().track();
        db.targets().track();
        db.settings().track();
        Arc::new(snapshot(db))
    })
}

pub fn names(ws: &Workspace) -> HashMap<Id, String> {
    ws.data.people.iter().map(|p| (p.id, p.name.clone())).collect()
}

/// Whose records the acting person may see, and the reps among them by name.
pub fn in_view(ws: &Workspace, acting: Option<Id>) -> (Owners, Vec<Id>) {
    let owners = allowed_owners(&ws.data.people, &ws.data.org_units, Scope::Company, acting);
    let mut reps: Vec<_> = ws.data.people.iter().filter(|p| p.role == Role::Rep && p.active && owners.admits(Some(p.id))).collect();
    reps.sort_by(|a, b| a.name.cmp(&b.name).then(a.id.cmp(&b.id)));
    let ids = reps.iter().map(|p| p.id).collect();
    (owners, ids)
}

/// Who the figures are for: the acting person, or the whole company.
#[component]
pub fn ScopeNote(
    /// `data-testid` of the note.
    #[prop(default = "review-scope")]
    testid: &'static str,
) -> impl IntoView {
    let data = use_data();
    let acting = use_acting();
    let locale = use_locale();
    let k = move || &locale.texts().kpis;
    let who = move || {
        let me = acting.0.get()?;
        data.db.people().with(|p| p.iter().find(|x| x.id == me).map(|x| x.name.clone()))
    };
    view! { <p class="muted" data-testid=testid>{move || (k().scope_note)(&who().unwrap_or_else(|| k().everyone.to_string()))}</p> }
}

/// The shown workspace's index (record owners, payments, lead SLA states),
/// kept while the workspace stays the same, so a change of period, person
/// or role does not index the records or score the leads again.
#[derive(Clone, Copy)]
pub struct KeptIndex(StoredValue<Option<(Arc<Workspace>, Rc<Index>)>, LocalStorage>);

impl KeptIndex {
    pub fn new() -> KeptIndex {
        KeptIndex(StoredValue::new_local(None))
    }
    pub fn of(&self, ws: &Arc<Workspace>) -> Rc<Index> {
        let same = self.0.with_value(|k| k.as_ref().filter(|(w, _)| Arc::ptr_eq(w, ws)).map(|(_, i)| i.clone()));
        same.unwrap_or_else(|| {
            let index = Rc::new(Index::new(ws));
            self.0.set_value(Some((ws.clone(), index.clone())));
            index
        })
    }
}
