//! Converting a lead: account (an existing one by name, or a new one from
//! the lead's company), contact, and a deal in the first pipeline stage,
//! written in one transaction by `leads::convert`. Afterwards the lead page
//! links to the new deal.

use crate::domain::sorting;
use leptos::prelude::*;

use super::rules::Rules;
use crate::domain::input::parse_money;
use crate::domain::leads::{buying_role_for, convert, ConvertContext, ConvertError, ConvertInput};
use crate::domain::new_deal::find_account;
use crate::domain::{BuyingRole, Id, Lead};
use crate::store::Change;
use crate::ui::focus::focus_soon;
use crate::ui::ops::use_ops;
use crate::ui::state::{use_locale, DbStoreFields};

const ROLES: [BuyingRole; 6] =
    [BuyingRole::DecisionMaker, BuyingRole::Influencer, BuyingRole::Champion, BuyingRole::User, BuyingRole::Gatekeeper, BuyingRole::Other];

#[derive(Clone, Copy)]
struct Fields {
    account: RwSignal<String>,
    deal: RwSignal<String>,
    amount: RwSignal<String>,
    owner: RwSignal<Option<Id>>,
    role: RwSignal<BuyingRole>,
}

#[component]
pub fn ConvertDialog(lead_id: Id, open: RwSignal<bool>, rules: Memo<Rules>) -> impl IntoView {
    let ops = use_ops();
    let locale = use_locale();
    let db = ops.data.db;
    let f = Fields {
        account: RwSignal::new(String::new()),
        deal: RwSignal::new(String::new()),
        amount: RwSignal::new(String::new()),
        owner: RwSignal::new(None),
        role: RwSignal::new(BuyingRole::Other),
    };
    let errors = RwSignal::new(Vec::<&'static str>::new());
    let dialog = NodeRef::<leptos::html::Dialog>::new();
    let stored = move || db.leads().with_untracked(|v| v.iter().find(|l| l.id == lead_id).cloned());
    // Each opening starts from the lead: its company, a deal name, the role its title suggests.
    Effect::new(move || {
        let Some(d) = dialog.get() else { return };
        if open.get() && !d.open() {
            if let Some(l) = stored() {
                let t = locale.texts();
                f.account.set(if l.company.trim().is_empty() { l.name.clone() } else { l.company.clone() });
                f.deal.set((t.leads.deal_name_default)(l.company.trim(), l.name.trim()));
                f.amount.set(String::new());
                f.owner.set(None);
                f.role.set(buying_role_for(rules.read_untracked().0.title_weight(&l.title)));
            }
            errors.set(Vec::new());
            let _ = d.show_modal();
        } else if !open.get() && d.open() {
            d.close();
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(lead) = stored() else { return };
        let t = ops.t();
        let currency = db.settings().read_untracked().currency;
        let Ok(amount) = parse_money(&f.amount.get_untracked(), currency) else {
            errors.set(vec![t.leads.err_amount_invalid]);
            return;
        };
        let input = ConvertInput {
            account: f.account.get_untracked(),
            deal_name: f.deal.get_untracked(),
            amount_minor: amount,
            owner_id: f.owner.get_untracked(),
            buying_role: f.role.get_untracked(),
        };
        let (accounts, people, deals) = (db.accounts().read_untracked(), db.people().read_untracked(), db.deals().read_untracked());
        let cx = ConvertContext { accounts: &accounts, people: &people, deals: &deals, currency };
        let now = ops.now();
        match convert(&lead, &input, &cx, ops.acting_id(), now, || ops.new_id()) {
            Err(e) => errors.set(e.into_iter().map(|x: ConvertError| t.leads.err_convert[x as usize]).collect()),
            Ok(done) => {
                errors.set(Vec::new());
                let msg = (t.leads.converted_toast)(&done.deal.name);
                ops.write_then(Change::upsert_all(done.records()), Some(msg), move || {
                    open.set(false);
                    focus_soon("[data-testid=lead-deal-link]".into());
                });
            }
        }
    };
    let l = move || &locale.texts().leads;
    let people = Memo::new(move |_| {
        let mut v: Vec<(Id, String)> = db.people().read().iter().filter(|p| p.active).map(|p| (p.id, p.name.clone())).collect();
        sorting::sort_by(&mut v, |a, b| a.1.cmp(&b.1));
        v
    });
    let accounts = Memo::new(move |_| {
        let mut v: Vec<String> = db.accounts().read().iter().map(|a| a.name.clone()).collect();
        sorting::sort_by(&mut v, Ord::cmp);
        v.dedup();
        v
    });
    let account_hint = move || {
        let typed = f.account.get();
        match typed.trim() {
            "" => String::new(),
            _ if db.accounts().with(|a| find_account(a, &typed).is_some()) => l().account_existing.to_string(),
            name => (l().account_new)(name),
        }
    };
    let currency = move || db.settings().read().currency.code().to_string();
    let text = move |label: Signal<String>, testid: &'static str, value: RwSignal<String>, extra: Option<(&'static str, Signal<String>)>| {
        view! {
            <label class="field">
                <span>{label}</span>
                <input class="input" data-testid=testid autocomplete="off" list=(testid == "convert-account").then_some("convert-accounts")
                    aria-describedby=extra.map(|e| e.0)
                    prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
                {extra.map(|(id, hint)| view! { <span class="muted small" id=id>{hint}</span> })}
            </label>
        }
    };
    let s = move |f: fn(&crate::i18n::LeadsTexts) -> &'static str| Signal::derive(move || f(l()).to_string());
    view! {
        <dialog node_ref=dialog class="dialog dialog-form" data-testid="convert-dialog" aria-labelledby="convert-h" on:close=move |_| open.set(false)>
            <form class="stack" novalidate=true on:submit=submit>
                <h2 id="convert-h">{move || l().convert_title}</h2>
                {text(s(|t| t.field_account), "convert-account", f.account, Some(("convert-account-hint", Signal::derive(account_hint))))}
                <datalist id="convert-accounts">
                    <For each=move || accounts.get() key=|n| n.clone() let:n><option value=n/></For>
                </datalist>
                {text(s(|t| t.field_deal_name), "convert-deal", f.deal, None)}
                {text(Signal::derive(move || (l().field_amount)(&currency())), "convert-amount", f.amount,
                    Some(("convert-amount-help", Signal::derive(move || l().amount_help.to_string()))))}
                <label class="field">
                    <span>{move || l().field_owner}</span>
                    <select class="input" data-testid="convert-owner" on:change=move |ev| f.owner.set(Id::parse(&event_target_value(&ev)))>
                        <option value="" selected=move || f.owner.get().is_none()>{move || l().owner_keep}</option>
                        <For each=move || people.get() key=|p| p.0 let:p>
                            <option value=p.0.to_string() selected=move || f.owner.get() == Some(p.0)>{p.1.clone()}</option>
                        </For>
                    </select>
                </label>
                <label class="field">
                    <span>{move || l().field_buying_role}</span>
                    <select class="input" data-testid="convert-role"
                        on:change=move |ev| f.role.set(ROLES.get(event_target_value(&ev).parse::<usize>().unwrap_or(5)).copied().unwrap_or(BuyingRole::Other))>
                        {ROLES.iter().enumerate().map(|(i, r)| {
                            let r = *r;
                            view! { <option value=i.to_string() selected=move || f.role.get() == r>{move || locale.texts().buying_roles[r as usize]}</option> }
                        }).collect_view()}
                    </select>
                </label>
                {move || {
                    let e = errors.get();
                    (!e.is_empty()).then(|| view! {
                        <div class="alert alert-error" role="alert" data-testid="convert-errors">
                            <ul>{e.into_iter().map(|x| view! { <li>{x}</li> }).collect_view()}</ul>
                        </div>
                    })
                }}
                <div class="row">
                    <button type="button" class="btn-ghost" on:click=move |_| open.set(false)>{move || locale.texts().cancel}</button>
                    <button type="submit" class="btn btn-primary" data-testid="convert-confirm">{move || l().convert}</button>
                </div>
            </form>
        </dialog>
    }
}

/// Whether the lead can still be converted (the dialog would refuse otherwise).
pub fn convertible(l: &Lead) -> bool {
    !crate::domain::lead_list::is_closed(l.status)
}
