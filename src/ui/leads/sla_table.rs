//! "Response SLA by rep": per current owner, first contacts in time, late,
//! and still waiting past the deadline (`leads::sla_compliance`), scored as
//! of the minute like the list. Reads only the store, so other areas
//! (Performance) can place it as it is. Folded by default on the lead list:
//! while folded it computes nothing, so editing leads among 100,000 does not
//! rescore them all a second time.

use leptos::prelude::*;

use super::rules::{use_minute, use_rules};
use crate::domain::leads::sla_compliance;
use crate::domain::{sorting, Id};
use crate::i18n::format as fmt;
use crate::ui::state::{use_data, use_locale, DbStoreFields};

/// 632 → "63.2%".
fn tenths(permille: u32) -> String {
    format!("{}.{}%", permille / 10, permille % 10)
}

#[component]
pub fn SlaByRep(#[prop(optional)] open: bool) -> impl IntoView {
    let open = RwSignal::new(open);
    let data = use_data();
    let locale = use_locale();
    let rules = use_rules();
    let minute = use_minute();
    let rows = Memo::new(move |_| {
        if !open.get() {
            return Vec::new();
        }
        let (r, now) = (rules.read(), minute.get());
        let stats = sla_compliance(data.db.leads().read().iter(), &r.0, now);
        let people = data.db.people().read();
        let name = |id: Id| people.iter().find(|p| p.id == id).map_or_else(|| "—".to_string(), |p| p.name.clone());
        let mut v: Vec<(String, u32, u32, Option<u32>, u32)> =
            stats.iter().map(|s| (name(s.person_id), s.measured(), s.met, s.permille(), s.overdue)).collect();
        sorting::sort_by(&mut v, |a, b| a.0.cmp(&b.0));
        v
    });
    let s = move || &locale.texts().lead_settings;
    view! {
        <details class="card sla-by-rep" data-testid="sla-by-rep" prop:open=open
            on:toggle=move |ev| open.set(event_target::<web_sys::HtmlElement>(&ev).has_attribute("open"))>
            <summary><h2>{move || s().sla_title}</h2></summary>
            <p class="muted small">{move || s().sla_help}</p>
            <Show when=move || !rows.with(Vec::is_empty) fallback=move || view! { <p class="muted" data-testid="sla-by-rep-empty">{move || s().sla_empty}</p> }>
                <div class="table-wrap">
                    <table class="table">
                        <thead><tr>
                            <th scope="col">{move || s().col_rep}</th>
                            <th scope="col" class="num">{move || s().col_measured}</th>
                            <th scope="col" class="num">{move || s().col_met}</th>
                            <th scope="col" class="num">{move || s().col_pct}</th>
                            <th scope="col" class="num">{move || s().col_overdue}</th>
                        </tr></thead>
                        <tbody>
                            {move || rows.get().into_iter().map(|(name, measured, met, pct, overdue)| view! {
                                <tr data-testid="sla-rep-row">
                                    <th scope="row" data-testid="sla-rep-name">{name}</th>
                                    <td class="num" data-testid="sla-rep-measured">{fmt::int(i64::from(measured))}</td>
                                    <td class="num" data-testid="sla-rep-met">{fmt::int(i64::from(met))}</td>
                                    <td class="num" data-testid="sla-rep-pct">{pct.map_or_else(|| "—".to_string(), tenths)}</td>
                                    <td class="num" data-testid="sla-rep-overdue">
                                        {(overdue > 0).then_some("⚠ ")}{fmt::int(i64::from(overdue))}
                                    </td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            </Show>
        </details>
    }
}
