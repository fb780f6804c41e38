//! `/record/:kind/:id`: every field of one record, for any kind.

use leptos::prelude::*;
use leptos_router::hooks::use_params_map;

use super::areas::{kind_label, Area};
use super::contract::SignedArchive;
use super::state::{find, use_data, use_locale};
use crate::domain::{EntityKind, Id};
use crate::store::codec::flatten_record;

#[component]
pub fn RecordPage() -> impl IntoView {
    let params = use_params_map();
    let data = use_data();
    let locale = use_locale();
    let target = Memo::new(move |_| {
        let p = params.read();
        let kind = p.get("kind").and_then(|k| EntityKind::from_store_name(&k))?;
        let id = p.get("id").and_then(|i| Id::parse(&i))?;
        Some((kind, id))
    });
    let record = move || target.get().and_then(|(k, id)| find(data.db, k, id));
    move || {
        let t = locale.texts();
        match (target.get(), record()) {
            (Some((kind, _)), Some(rec)) => {
                let area = Area::of_kind(kind);
                let fields = flatten_record(&rec);
                view! {
                    <div class="page" data-testid="record-page">
                        <a class="back" href=format!("/{}/{}", area.slug(), kind.store_name())>
                            "← " {t.detail_back} " · " {kind_label(t, kind)}
                        </a>
                        <h1>{fields.iter().find(|(k, _)| k == "name" || k == "title" || k == "subject").map(|(_, v)| v.clone()).unwrap_or_else(|| rec.id().to_string())}</h1>
                        <section class="card">
                            <h2>{t.detail_fields}</h2>
                            <dl class="fields">
                                {fields.into_iter().map(|(k, v)| view! { <dt>{k}</dt><dd>{v}</dd> }).collect_view()}
                            </dl>
                        </section>
                        {(kind == EntityKind::Account).then(|| view! { <SignedArchive account_id=rec.id()/> })}
                    </div>
                }
                .into_any()
            }
            _ => view! {
                <div class="center-state" role="alert" data-testid="record-missing">
                    <p>{t.detail_not_found}</p>
                    <a class="btn" href="/pipeline">{t.go_home}</a>
                </div>
            }
            .into_any(),
        }
    }
}
