//! The forms' duplicate warning: other leads with the same normalised email,
//! phone or company (`leads::DupeIndex`). A warning only: colleagues share a
//! company, and a person may come in twice on purpose.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::leads::{DupeIndex, DupeKeys};
use crate::domain::Id;
use crate::ui::state::{use_data, use_locale, DbStoreFields};

/// Matches shown by name; the rest are counted.
const SHOWN: usize = 3;

/// Built once per change of the leads, and only once somebody types.
#[derive(Clone)]
struct Index(Arc<DupeIndex>);

impl PartialEq for Index {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0)
    }
}

#[component]
pub fn DupeWarning(#[prop(into)] keys: Signal<DupeKeys>, #[prop(optional)] except: Option<Id>) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let index = Memo::new(move |_| Index(Arc::new(DupeIndex::build(data.db.leads().read().iter()))));
    let found = Memo::new(move |_| {
        let k = keys.get();
        if k == DupeKeys::default() {
            return Vec::new();
        }
        let mut m = index.read().0.find(&k);
        m.retain(|x| Some(x.lead_id) != except);
        m
    });
    let items = move || {
        let t = locale.texts();
        let on = &t.leads.dupe_on;
        let m = found.get();
        let shown: Vec<(Id, String, String)> = data.db.leads().with(|leads| {
            m.iter()
                .take(SHOWN)
                .filter_map(|x| {
                    let l = leads.iter().find(|l| l.id == x.lead_id)?;
                    let why: Vec<&str> = [(x.on.email, on[0]), (x.on.phone, on[1]), (x.on.company, on[2])]
                        .into_iter()
                        .filter_map(|(hit, w)| hit.then_some(w))
                        .collect();
                    let name = if l.company.is_empty() { l.name.clone() } else { format!("{} · {}", l.name, l.company) };
                    Some((l.id, name, why.join(", ")))
                })
                .collect()
        });
        (shown, m.len().saturating_sub(SHOWN))
    };
    view! {
        <div role="status" aria-live="polite" data-testid="dupe-warning-region">
            {move || {
                let (shown, more) = items();
                (!shown.is_empty()).then(|| view! {
                    <div class="notice" data-testid="dupe-warning">
                        <strong>{locale.texts().leads.dupe_title}</strong>
                        <ul class="plain">
                            {shown.into_iter().map(|(id, name, why)| view! {
                                <li><a href=format!("/leads/{id}") data-testid="dupe-link">{name}</a> " (" {why} ")"</li>
                            }).collect_view()}
                        </ul>
                        {(more > 0).then(|| view! { <p class="muted small">{(locale.texts().leads.dupe_more)(more)}</p> })}
                    </div>
                })
            }}
        </div>
    }
}
