//! How fast the lead is being answered: its first-contact deadline (by the
//! grade's SLA, counted from arrival) and next follow-up; and who has owned
//! it, from the assignment history.

use leptos::prelude::*;

use super::messages;
use super::rules::Rules;
use crate::domain::leads::SlaState;
use crate::domain::{Lead, Timestamp};
use crate::ui::browser;
use crate::ui::state::{use_data, use_locale, DbStoreFields};

#[component]
pub fn SlaCard(lead: Memo<Option<Lead>>, rules: Memo<Rules>, minute: Memo<Timestamp>) -> impl IntoView {
    let locale = use_locale();
    let info = move || {
        let t = locale.texts();
        let now = minute.get();
        let r = rules.read();
        lead.with(|l| {
            let l = l.as_ref()?;
            let view = r.0.view(l, now);
            let grade = messages::grade(view.score.grade);
            let rule = match r.0.sla_hours(view.score.grade) {
                Some(h) if !matches!(view.sla, SlaState::Nurture) => (t.leads.sla_rule)(grade, h),
                _ => t.leads.sla_rule_nurture.to_string(),
            };
            let (state, alert) = messages::sla(t, &view.sla);
            let due = match view.sla {
                SlaState::DueIn { due, .. } | SlaState::Overdue { due, .. } | SlaState::Met { due, .. } | SlaState::Late { due, .. } => {
                    Some(messages::when(t, due, browser::local_offset()))
                }
                _ => None,
            };
            let follow = view.next_follow_up.map_or_else(
                || t.leads.no_follow_up.to_string(),
                |at| (t.leads.next_follow_up)(&messages::when(t, at, browser::local_offset())),
            );
            Some((rule, state, alert, due, follow))
        })
    };
    view! {
        <section class="card" aria-labelledby="lead-sla-h" data-testid="lead-sla">
            <h2 id="lead-sla-h">{move || locale.texts().leads.sla_title}</h2>
            {move || info().map(|(rule, state, alert, due, follow)| view! {
                <p class=if alert { "sla sla-alert" } else { "sla" } data-testid="lead-sla-state">
                    {alert.then_some("⚠ ")} <strong>{state}</strong>
                    {due.map(|d| view! { <span class="muted">" · " {d}</span> })}
                </p>
                <p class="muted small">{rule}</p>
                <p data-testid="lead-follow-up">{follow}</p>
            })}
        </section>
    }
}

#[component]
pub fn AssignmentHistory(lead: Memo<Option<Lead>>) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let lines = move || {
        let t = locale.texts();
        let l = &t.leads;
        let name = |id: Option<crate::domain::Id>| match id {
            None => l.unassigned.to_string(),
            Some(id) => data.db.people().with(|p| p.iter().find(|x| x.id == id).map_or_else(|| "—".to_string(), |x| x.name.clone())),
        };
        lead.with(|x| {
            let Some(x) = x else { return Vec::new() };
            x.assignment_history
                .iter()
                .rev()
                .map(|c| {
                    let who = if c.automatic { l.history_auto.to_string() } else { c.by.map_or_else(String::new, |b| (l.history_by)(&name(Some(b)))) };
                    let when = messages::when(t, c.at, browser::local_offset());
                    ((l.history_line)(&name(c.from), &name(c.to)), who, when, c.reason.clone())
                })
                .collect::<Vec<_>>()
        })
    };
    view! {
        <section class="card" aria-labelledby="lead-history-h" data-testid="lead-history">
            <h2 id="lead-history-h">{move || locale.texts().leads.history}</h2>
            {move || {
                let items = lines();
                if items.is_empty() {
                    view! { <p class="muted">{locale.texts().leads.history_none}</p> }.into_any()
                } else {
                    view! {
                        <ol class="history">
                            {items.into_iter().map(|(line, who, when, reason)| view! {
                                <li data-testid="lead-history-item">
                                    <strong>{line}</strong> " " <span class="muted">{who}</span>
                                    " · " <span class="muted num">{when}</span>
                                    {(!reason.is_empty()).then(|| view! { <div class="muted small">{reason}</div> })}
                                </li>
                            }).collect_view()}
                        </ol>
                    }.into_any()
                }
            }}
        </section>
    }
}
