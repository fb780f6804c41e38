//! Activity timeline of a deal, newest first, with a form to log one.

use crate::domain::sorting;
use chrono::{NaiveDate, TimeZone, Utc};
use leptos::prelude::*;

use crate::domain::deal_rules::{log_activity, ActivityInput};
use crate::domain::{ActivityKind, Id};
use crate::i18n::format as fmt;
use crate::store::Change;
use crate::ui::actions::commit;
use crate::ui::browser;
use crate::ui::state::{use_acting, use_clock, use_data, use_ids, use_locale, DbStoreFields};
use crate::ui::toast::{use_notices, Tone};

const KINDS: [ActivityKind; 6] =
    [ActivityKind::Call, ActivityKind::Visit, ActivityKind::Email, ActivityKind::Meeting, ActivityKind::Note, ActivityKind::Task];

#[component]
pub fn Timeline(deal_id: Id) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let acting = use_acting();
    let ids = use_ids();
    let notices = use_notices();
    let kind = RwSignal::new(0usize);
    let subject = RwSignal::new(String::new());
    let due = RwSignal::new(String::new());
    let error = RwSignal::new(None::<&'static str>);
    let items = move || {
        let mut v: Vec<_> = data.db.activities().with(|a| a.iter().filter(|x| x.deal_id == Some(deal_id)).cloned().collect());
        sorting::sort_by(&mut v, |a, b| b.at.cmp(&a.at));
        v
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = locale.texts();
        let Some(deal) = data.db.deals().with_untracked(|d| d.iter().find(|x| x.id == deal_id).cloned()) else { return };
        let due_at = match due.get_untracked().trim() {
            "" => None,
            text => match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
                // Due at the end of that working day, UTC.
                Ok(d) => d.and_hms_opt(18, 0, 0).map(|dt| Utc.from_utc_datetime(&dt)),
                Err(_) => {
                    error.set(Some(t.date_invalid));
                    return;
                }
            },
        };
        let now = clock.now_untracked();
        let input =
            ActivityInput { kind: KINDS[kind.get_untracked().min(5)], subject: subject.get_untracked(), notes: String::new(), due: due_at };
        match log_activity(&deal, input, ids.next(now), acting.0.get_untracked(), now) {
            Err(_) => error.set(Some(t.subject_required)),
            Ok((activity, deal)) => {
                error.set(None);
                let change = Change { upserts: vec![activity.into(), deal.into()], ..Change::default() };
                leptos::task::spawn_local(async move {
                    if commit(data, notices, t, change).await.is_ok() {
                        subject.set(String::new());
                        due.set(String::new());
                        notices.show(t.activity_logged, Tone::Success);
                    }
                });
            }
        }
    };
    view! {
        <section class="card" data-testid="deal-timeline">
            <h2>{move || locale.texts().timeline}</h2>
            <form class="form-grid" on:submit=submit data-testid="activity-form">
                <label class="field">
                    <span>{move || locale.texts().activity_kind}</span>
                    <select class="input" data-testid="activity-kind" on:change=move |ev| kind.set(event_target_value(&ev).parse().unwrap_or(0))>
                        {KINDS.iter().enumerate().map(|(i, k)| view! {
                            <option value=i.to_string() selected=move || kind.get() == i>{move || locale.texts().activity_kinds[*k as usize]}</option>
                        }).collect_view()}
                    </select>
                </label>
                <label class="field">
                    <span>{move || locale.texts().activity_subject}</span>
                    <input class="input" data-testid="activity-subject" aria-invalid=move || error.get().is_some().to_string()
                        prop:value=move || subject.get() on:input=move |ev| { subject.set(event_target_value(&ev)); error.set(None); }/>
                </label>
                <label class="field">
                    <span>{move || locale.texts().activity_due}</span>
                    <input class="input" type="date" data-testid="activity-due" prop:value=move || due.get()
                        on:input=move |ev| due.set(event_target_value(&ev))/>
                </label>
                <div><button class="btn btn-primary" type="submit" data-testid="activity-add">{move || locale.texts().add_activity}</button></div>
            </form>
            {move || error.get().map(|e| view! { <p class="field-error" role="alert" data-testid="activity-error">{e}</p> })}
            <ol class="timeline" data-testid="timeline-items">
                <For each=items key=|a| (a.id, a.updated_at) let:a>
                    <li data-testid="timeline-item">
                        <span class="pill">{move || locale.texts().activity_kinds[a.kind as usize]}</span>
                        " " <strong>{a.subject.clone()}</strong>
                        " · " <span class="muted num">{move || fmt::datetime_short(a.at, browser::local_offset(), locale.0.get())}</span>
                        {(!a.done).then(|| view! { " · " <span class="stale-badge">{move || locale.texts().open_task}</span> })}
                    </li>
                </For>
            </ol>
        </section>
    }
}
