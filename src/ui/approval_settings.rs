//! Settings → approvals: the contract amount threshold, who approves below
//! and at or above it, and the quote discount limit and its approver.

use leptos::prelude::*;

use crate::domain::input::{money_text, parse_money};
use crate::domain::Role;
use crate::store::Change;
use crate::ui::ops::use_ops;
use crate::ui::state::DbStoreFields;

/// Roles that can sensibly approve (everyone but the plain rep).
const APPROVERS: [Role; 7] =
    [Role::SalesDirector, Role::Finance, Role::Legal, Role::Vp, Role::RegionManager, Role::ProvinceManager, Role::Admin];

#[component]
pub fn ApprovalSettings() -> impl IntoView {
    let ops = use_ops();
    let locale = ops.locale;
    let data = ops.data;
    let initial = data.db.settings().get_untracked();
    let threshold = RwSignal::new(money_text(initial.approval_threshold_minor, initial.currency));
    let below = RwSignal::new(initial.approvers_below.clone());
    let above = RwSignal::new(initial.approvers_above.clone());
    let discount = RwSignal::new(initial.discount_approval_percent.to_string());
    let discount_role = RwSignal::new(initial.discount_approver);
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = ops.t();
        let d = &t.docs;
        let currency = data.db.settings().with_untracked(|s| s.currency);
        let Ok(Some(minor)) = parse_money(&threshold.get_untracked(), currency) else {
            return ops.refuse(d.err_threshold);
        };
        let Some(pct) = discount.get_untracked().trim().parse::<u8>().ok().filter(|p| *p <= 100) else {
            return ops.refuse((t.number_invalid)(d.discount_limit, 100));
        };
        if below.get_untracked().is_empty() || above.get_untracked().is_empty() {
            return ops.refuse(d.err_no_approver);
        }
        let mut s = data.db.settings().get_untracked();
        s.approval_threshold_minor = minor;
        s.approvers_below = below.get_untracked();
        s.approvers_above = above.get_untracked();
        s.discount_approval_percent = pct;
        s.discount_approver = discount_role.get_untracked();
        s.updated_at = Some(ops.now());
        ops.write(Change { settings: Some(s), ..Change::default() }, Some(t.saved.to_string()));
    };
    let roles_box = move |list: RwSignal<Vec<Role>>, prefix: &'static str| {
        view! {
            <div class="row wrap">
                {APPROVERS.into_iter().map(|r| view! {
                    <label class="choice">
                        <input type="checkbox" data-testid=format!("{prefix}-{:?}", r).to_lowercase()
                            prop:checked=move || list.with(|l| l.contains(&r))
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                list.update(|l| {
                                    l.retain(|x| *x != r);
                                    if on {
                                        l.push(r);
                                    }
                                });
                            }/>
                        " " {move || locale.texts().roles[r as usize]}
                    </label>
                }).collect_view()}
            </div>
        }
    };
    view! {
        <section class="card" data-testid="approval-settings">
            <h2>{move || locale.texts().docs.approval_settings}</h2>
            <form class="stack" on:submit=save>
                <label class="field">
                    <span>{move || (locale.texts().docs.threshold_label)(data.db.settings().with(|s| s.currency.code().to_string()).as_str())}</span>
                    <input class="input input-num" inputmode="decimal" data-testid="approval-threshold" prop:value=move || threshold.get() on:input=move |ev| threshold.set(event_target_value(&ev))/>
                </label>
                <fieldset class="field">
                    <legend>{move || locale.texts().docs.approvers_below}</legend>
                    {roles_box(below, "below")}
                </fieldset>
                <fieldset class="field">
                    <legend>{move || locale.texts().docs.approvers_above}</legend>
                    {roles_box(above, "above")}
                </fieldset>
                <div class="form-grid">
                    <label class="field">
                        <span>{move || locale.texts().docs.discount_limit}</span>
                        <input class="input input-num" inputmode="numeric" data-testid="discount-limit" prop:value=move || discount.get() on:input=move |ev| discount.set(event_target_value(&ev))/>
                    </label>
                    <label class="field">
                        <span>{move || locale.texts().docs.discount_approver}</span>
                        <select class="input" data-testid="discount-approver"
                            on:change=move |ev| {
                                if let Some(r) = event_target_value(&ev).parse::<usize>().ok().and_then(|i| APPROVERS.get(i)) {
                                    discount_role.set(*r);
                                }
                            }>
                            {APPROVERS.into_iter().enumerate().map(|(i, r)| view! {
                                <option value=i.to_string() selected=move || discount_role.get() == r>{move || locale.texts().roles[r as usize]}</option>
                            }).collect_view()}
                        </select>
                    </label>
                </div>
                <button class="btn btn-primary" type="submit" data-testid="approval-settings-save">{move || locale.texts().save}</button>
            </form>
        </section>
    }
}
