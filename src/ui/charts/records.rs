//! The records behind a figure (a KPI, a bar, a point): each opens its own
//! page. The first 200 are listed, with the total.

use leptos::prelude::*;

use crate::domain::{EntityKind, Id};
use crate::ui::areas::{kind_label, record_href};
use crate::ui::rows::{Cx, Row};
use crate::ui::state::{find, use_data, use_locale, DbStoreFields};

const SHOWN: usize = 200;

#[component]
pub fn Records(
    /// Heading of the list.
    title: String,
    /// Kinds the ids may be, most likely first.
    kinds: Vec<EntityKind>,
    /// The records, in the order to list them.
    ids: Vec<Id>,
    /// `data-testid` of each item; the section's is the same plus "s".
    #[prop(default = "record")]
    testid: &'static str,
) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let total = ids.len();
    let rows = move || {
        let t = locale.texts();
        let people = data.db.people().with_untracked(|p| p.iter().map(|p| (p.id, p.name.clone())).collect());
        let accounts = data.db.accounts().with_untracked(|a| a.iter().map(|a| (a.id, a.name.clone())).collect());
        let cx = Cx { t, locale: locale.0.get(), people: &people, accounts: &accounts };
        ids.iter()
            .take(SHOWN)
            .filter_map(|id| kinds.iter().find_map(|k| find(data.db, *k, *id).map(|r| (*k, r))))
            .map(|(k, r)| (k, crate::ui::rows::describe(&r, &cx)))
            .collect::<Vec<(EntityKind, Row)>>()
    };
    view! {
        <section class="card" data-testid=format!("{testid}s")>
            <h2>{title}</h2>
            <ul class="plain-list">
                {move || rows().into_iter().map(|(k, r)| view! {
                    <li data-testid=testid>
                        <span class="pill">{kind_label(locale.texts(), k)}</span> " "
                        <a href=record_href(k, r.id)>{r.title.clone()}</a>
                        {(!r.detail.is_empty()).then(|| view! { " · " <span class="muted">{r.detail.clone()}</span> })}
                    </li>
                }).collect_view()}
            </ul>
            {(total > SHOWN).then(|| view! { <p class="muted">{format!("{SHOWN} / {total}")}</p> })}
        </section>
    }
}
