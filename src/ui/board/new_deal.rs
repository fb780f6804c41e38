//! "New deal" on the board: a modal form whose save writes the deal plus,
//! when the form names them, a new account and a new owner, in one
//! transaction (`domain::new_deal`).

use crate::domain::sorting;
use leptos::prelude::*;

use crate::domain::new_deal::{create_deal, find_account, Context, DealError, DealInput, NewDeal, OwnerChoice};
use crate::domain::pipeline::Stage;
use crate::domain::{Id, Timestamp};
use crate::i18n::Texts;
use crate::store::Change;
use crate::ui::actions::commit;
use crate::ui::picker::IdPicker;
use crate::ui::focus::focus_soon;
use crate::ui::state::{use_acting, use_clock, use_data, use_ids, use_locale, DbStoreFields};
use crate::ui::toast::{use_notices, Tone};

/// The owner select's value for "add a new person".
const NEW_OWNER: &str = "new";

fn message(t: &Texts, e: DealError) -> &'static str {
    let c = &t.catalog;
    match e {
        DealError::NameRequired => c.err_deal_name,
        DealError::AccountRequired => c.err_account,
        DealError::AmountRequired => c.err_amount_required,
        DealError::AmountInvalid => c.err_amount_invalid,
        DealError::OwnerRequired => c.err_owner_required,
        DealError::OwnerUnknown => c.err_owner_unknown,
        DealError::StageClosed => c.err_stage_closed,
        DealError::CloseDateInvalid => c.err_close_date,
        DealError::ProductUnknown => c.err_product_unknown,
    }
}

#[derive(Clone, Copy)]
struct Fields {
    name: RwSignal<String>,
    account: RwSignal<String>,
    amount: RwSignal<String>,
    /// A person's id, `NEW_OWNER`, or empty (nobody chosen yet).
    owner: RwSignal<String>,
    owner_name: RwSignal<String>,
    stage: RwSignal<Stage>,
    close: RwSignal<String>,
    products: RwSignal<Vec<Id>>,
}

impl Fields {
    fn input(&self) -> DealInput {
        let owner = match self.owner.get() {
            o if o == NEW_OWNER => OwnerChoice::New(self.owner_name.get()),
            o => Id::parse(&o).map_or(OwnerChoice::New(String::new()), OwnerChoice::Existing),
        };
        DealInput {
            name: self.name.get(),
            account: self.account.get(),
            amount: self.amount.get(),
            owner,
            stage: self.stage.get(),
            expected_close: self.close.get(),
            product_ids: self.products.get(),
        }
    }
}

#[component]
pub fn NewDealDialog(open: RwSignal<bool>) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let acting = use_acting();
    let ids = use_ids();
    let notices = use_notices();
    let f = Fields {
        name: RwSignal::new(String::new()),
        account: RwSignal::new(String::new()),
        amount: RwSignal::new(String::new()),
        owner: RwSignal::new(String::new()),
        owner_name: RwSignal::new(String::new()),
        stage: RwSignal::new(Stage::Identify),
        close: RwSignal::new(String::new()),
        products: RwSignal::new(Vec::new()),
    };
    let submitted = RwSignal::new(false);
    let dialog = NodeRef::<leptos::html::Dialog>::new();

    let build = move |input: &DealInput, now: Timestamp, next_id: &mut dyn FnMut() -> Id| -> Result<NewDeal, Vec<DealError>> {
        let (accounts, people) = (data.db.accounts().read_untracked(), data.db.people().read_untracked());
        let (products, deals) = (data.db.products().read_untracked(), data.db.deals().read_untracked());
        let currency = data.db.settings().read_untracked().currency;
        let cx = Context { accounts: &accounts, people: &people, products: &products, deals: &deals, currency };
        create_deal(input, &cx, acting.0.get_untracked(), now, next_id)
    };
    let errors = Memo::new(move |_| {
        if !submitted.get() {
            return Vec::new();
        }
        let input = f.input();
        // Re-check when the records the form refers to change.
        data.db.accounts().track();
        data.db.people().track();
        data.db.products().track();
        build(&input, clock.now_untracked(), &mut || Id::from_u128(0)).err().unwrap_or_default()
    });
    let has = move |e: DealError| errors.read().contains(&e);

    // Each opening starts a fresh form, owned by the acting person if any.
    Effect::new(move || {
        let Some(d) = dialog.get() else { return };
        if open.get() && !d.open() {
            let people_empty = data.db.people().with_untracked(Vec::is_empty);
            let me = acting.0.get_untracked().filter(|id| data.db.people().with_untracked(|p| p.iter().any(|x| x.id == *id)));
            for s in [f.name, f.account, f.amount, f.owner_name, f.close] {
                s.set(String::new());
            }
            f.owner.set(me.map(|id| id.to_string()).unwrap_or_else(|| if people_empty { NEW_OWNER.into() } else { String::new() }));
            f.stage.set(Stage::Identify);
            f.products.set(Vec::new());
            submitted.set(false);
            let _ = d.show_modal();
        } else if !open.get() && d.open() {
            d.close();
        }
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        let now = clock.now_untracked();
        let Ok(made) = build(&f.input(), now, &mut || ids.next(now)) else {
            focus_soon("[data-testid=new-deal-dialog] [aria-invalid=true]".into());
            return;
        };
        let (id, name) = (made.deal.id, made.deal.name.clone());
        let change = Change { upserts: made.records(), ..Change::default() };
        let t = locale.texts();
        leptos::task::spawn_local(async move {
            if commit(data, notices, t, change).await.is_ok() {
                open.set(false);
                notices.show((t.catalog.deal_created)(&name), Tone::Success);
                focus_soon(format!("[data-testid=deal-card][data-deal=\"{id}\"]"));
            }
        });
    };

    let c = move || &locale.texts().catalog;
    let people = Memo::new(move |_| {
        let mut v: Vec<(Id, String)> = data.db.people().read().iter().filter(|p| p.active).map(|p| (p.id, p.name.clone())).collect();
        sorting::sort_by(&mut v, |a, b| a.1.cmp(&b.1));
        v
    });
    let account_names = Memo::new(move |_| {
        let mut v: Vec<String> = data.db.accounts().read().iter().map(|a| a.name.clone()).collect();
        sorting::sort_by(&mut v, Ord::cmp);
        v.dedup();
        v
    });
    let products = Signal::derive(move || {
        let mut v: Vec<(Id, String)> = data.db.products().read().iter().filter(|p| p.active).map(|p| (p.id, p.name.clone())).collect();
        sorting::sort_by(&mut v, |a, b| a.1.cmp(&b.1));
        v
    });
    let account_hint = move || {
        let typed = f.account.get();
        let known = data.db.accounts().with(|a| find_account(a, &typed).is_some());
        match typed.trim() {
            "" => String::new(),
            _ if known => c().account_existing.to_string(),
            name => (c().account_new)(name),
        }
    };
    let currency = move || data.db.settings().read().currency.code().to_string();
    let invalid = move |e: &'static [DealError]| move || e.iter().any(|x| has(*x)).to_string();

    view! {
        <dialog node_ref=dialog class="dialog dialog-form" data-testid="new-deal-dialog" aria-labelledby="new-deal-h"
            on:close=move |_| open.set(false)>
            <form class="stack" novalidate=true on:submit=submit>
                <h2 id="new-deal-h">{move || c().new_deal}</h2>
                <label class="field">
                    <span>{move || c().deal_name}</span>
                    <input class="input" data-testid="deal-name" aria-required="true" aria-invalid=invalid(&[DealError::NameRequired])
                        prop:value=move || f.name.get() on:input=move |ev| f.name.set(event_target_value(&ev))/>
                </label>
                <label class="field">
                    <span>{move || c().deal_account}</span>
                    <input class="input" list="deal-account-options" data-testid="deal-account" aria-required="true"
                        aria-describedby="deal-account-hint" aria-invalid=invalid(&[DealError::AccountRequired]) autocomplete="off"
                        prop:value=move || f.account.get() on:input=move |ev| f.account.set(event_target_value(&ev))/>
                    <span class="muted small" id="deal-account-hint" data-testid="deal-account-hint">{account_hint}</span>
                </label>
                <datalist id="deal-account-options">
                    <For each=move || account_names.get() key=|n| n.clone() let:n><option value=n/></For>
                </datalist>
                <label class="field">
                    <span>{move || (c().deal_amount)(&currency())}</span>
                    <input class="input num" inputmode="decimal" data-testid="deal-amount" aria-required="true"
                        aria-invalid=invalid(&[DealError::AmountRequired, DealError::AmountInvalid])
                        prop:value=move || f.amount.get() on:input=move |ev| f.amount.set(event_target_value(&ev))/>
                </label>
                <label class="field">
                    <span>{move || c().deal_owner}</span>
                    <select class="input" data-testid="deal-owner" aria-invalid=invalid(&[DealError::OwnerRequired, DealError::OwnerUnknown])
                        on:change=move |ev| f.owner.set(event_target_value(&ev))>
                        <option value="" selected=move || f.owner.get().is_empty()>{move || c().owner_choose}</option>
                        <For each=move || people.get() key=|p| p.0 let:p>
                            <option value=p.0.to_string() selected=move || f.owner.get() == p.0.to_string()>{p.1.clone()}</option>
                        </For>
                        <option value=NEW_OWNER selected=move || f.owner.get() == NEW_OWNER>{move || c().owner_new}</option>
                    </select>
                </label>
                <Show when=move || f.owner.get() == NEW_OWNER>
                    <label class="field">
                        <span>{move || c().owner_new_name}</span>
                        <input class="input" data-testid="deal-owner-name" aria-required="true" aria-invalid=invalid(&[DealError::OwnerRequired])
                            prop:value=move || f.owner_name.get() on:input=move |ev| f.owner_name.set(event_target_value(&ev))/>
                    </label>
                </Show>
                <div class="form-grid">
                    <label class="field">
                        <span>{move || c().deal_stage}</span>
                        <select class="input" data-testid="deal-stage" on:change=move |ev| {
                            let i = event_target_value(&ev).parse::<usize>().unwrap_or(0);
                            f.stage.set(Stage::ALL.get(i).copied().unwrap_or(Stage::Identify));
                        }>
                            {Stage::ALL.into_iter().filter(|s| !s.is_closed()).map(|s| view! {
                                <option value=s.index().to_string() selected=move || f.stage.get() == s>{move || locale.texts().stages[s.index()]}</option>
                            }).collect_view()}
                        </select>
                    </label>
                    <label class="field">
                        <span>{move || c().deal_close}</span>
                        <input class="input" type="date" data-testid="deal-close" aria-invalid=invalid(&[DealError::CloseDateInvalid])
                            prop:value=move || f.close.get() on:input=move |ev| f.close.set(event_target_value(&ev))/>
                    </label>
                </div>
                <IdPicker legend=Signal::derive(move || c().deal_products) options=products chosen=f.products testid="deal-products"
                    empty=Signal::derive(move || c().deal_products_none)/>
                {move || {
                    let e = errors.get();
                    (!e.is_empty()).then(|| view! {
                        <div class="alert alert-error form-errors" role="alert" data-testid="deal-errors">
                            <ul>{e.into_iter().map(|x| view! { <li>{message(locale.texts(), x)}</li> }).collect_view()}</ul>
                        </div>
                    })
                }}
                <div class="row">
                    <button type="button" class="btn-ghost" on:click=move |_| open.set(false)>{move || locale.texts().cancel}</button>
                    <button type="submit" class="btn btn-primary" data-testid="deal-create">{move || c().create_deal}</button>
                </div>
            </form>
        </dialog>
    }
}
