//! Settings → pipeline stages: win probability, WIP limit and stale days per stage.

use leptos::prelude::*;

use super::actions::save;
use super::state::{use_clock, use_data, use_locale, DbStoreFields};
use super::toast::use_notices;
use crate::domain::pipeline::Stage;
use crate::store::Change;

/// (field, max) for each editable column.
const LIMITS: [u32; 3] = [100, 9_999, 3_650];

#[component]
pub fn PipelineSettings() -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let notices = use_notices();
    let initial = data.db.settings().get_untracked();
    // Text as typed, so a half-typed value is kept and named in the error.
    let cells: [[RwSignal<String>; 3]; 6] = std::array::from_fn(|i| {
        [
            RwSignal::new(initial.stage_probability[i].to_string()),
            RwSignal::new(initial.wip_limit[i].to_string()),
            RwSignal::new(initial.stale_days[i].to_string()),
        ]
    });
    let label = move |c: usize| {
        let t = locale.texts();
        [t.probability, t.wip_limit, t.stale_days][c]
    };
    let parse = move |r: usize, c: usize| -> Result<u32, String> {
        let text = cells[r][c].get();
        text.trim()
            .parse::<u32>()
            .ok()
            .filter(|v| *v <= LIMITS[c])
            .ok_or_else(|| (locale.texts().number_invalid)(&format!("{} · {}", locale.texts().stages[r], label(c)), LIMITS[c]))
    };
    let errors = move || {
        (0..6).flat_map(|r| (0..3).map(move |c| (r, c))).filter_map(|(r, c)| parse(r, c).err()).collect::<Vec<_>>()
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if !errors().is_empty() {
            return;
        }
        let mut s = data.db.settings().get_untracked();
        for r in 0..6 {
            s.stage_probability[r] = parse(r, 0).unwrap_or(0) as u8;
            s.wip_limit[r] = parse(r, 1).unwrap_or(0);
            s.stale_days[r] = parse(r, 2).unwrap_or(0);
        }
        s.updated_at = Some(clock.now_untracked());
        save(data, notices, locale.texts(), Change { settings: Some(s), ..Change::default() });
    };
    view! {
        <section class="card" aria-labelledby="pipe-h" data-testid="pipeline-settings">
            <h2 id="pipe-h">{move || locale.texts().pipeline_settings}</h2>
            <form on:submit=save>
                <div class="table-wrap">
                    <table class="table">
                        <thead><tr>
                            <th scope="col">{move || locale.texts().col_stage}</th>
                            {(0..3).map(|c| view! { <th scope="col">{move || label(c)}</th> }).collect_view()}
                        </tr></thead>
                        <tbody>
                            {Stage::ALL.iter().map(|s| {
                                let r = s.index();
                                view! {
                                    <tr>
                                        <th scope="row">{move || locale.texts().stages[r]}</th>
                                        {(0..3).map(|c| view! {
                                            <td>
                                                <input class="input num narrow" inputmode="numeric"
                                                    data-testid=format!("stage-{r}-{c}")
                                                    aria-label=move || format!("{} · {}", locale.texts().stages[r], label(c))
                                                    aria-invalid=move || parse(r, c).is_err().to_string()
                                                    prop:value=move || cells[r][c].get()
                                                    on:input=move |ev| cells[r][c].set(event_target_value(&ev))/>
                                            </td>
                                        }).collect_view()}
                                    </tr>
                                }
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
                {move || {
                    let e = errors();
                    (!e.is_empty()).then(|| view! {
                        <ul class="field-error" role="alert">{e.into_iter().map(|m| view! { <li>{m}</li> }).collect_view()}</ul>
                    })
                }}
                <button class="btn btn-primary" type="submit" data-testid="pipeline-save" disabled=move || !errors().is_empty()>
                    {move || locale.texts().save}
                </button>
            </form>
        </section>
    }
}
