//! A new order typed on the account page: product lines with quantity and
//! unit price (prefilled from the list price), and the order date.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::customers::orders::{new_order, LineInput, OrderError};
use crate::domain::input::money_text;
use crate::domain::{sorting, Id, Product};
use crate::store::Change;
use crate::ui::actions::commit_then;
use crate::ui::state::{use_clock, use_data, use_ids, use_locale, DbStoreFields};
use crate::ui::toast::use_notices;

#[component]
pub fn OrderForm(account_id: Id) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let ids = use_ids();
    let notices = use_notices();
    let open = RwSignal::new(false);
    let lines = RwSignal::new(vec![LineInput::default()]);
    // Rows are rendered by count, so typing in one does not rebuild them all.
    let count = RwSignal::new(1usize);
    let date = RwSignal::new(String::new());
    let errors = RwSignal::new(Vec::<String>::new());
    let products = Memo::new(move |_| {
        let mut v: Vec<Product> = data.db.products().with(|p| p.iter().filter(|p| p.active).cloned().collect());
        sorting::sort_by(&mut v, |a, b| a.name.cmp(&b.name));
        v
    });
    let start = move |_| {
        lines.set(vec![LineInput::default()]);
        count.set(1);
        date.set(clock.now_untracked().date_naive().to_string());
        errors.set(Vec::new());
        open.set(true);
    };
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let t = locale.texts();
        let c = &t.customers;
        let now = clock.now_untracked();
        let currency = data.db.settings().with_untracked(|s| s.currency);
        let Some(on) = date.get_untracked().trim().parse::<NaiveDate>().ok() else {
            errors.set(vec![t.date_invalid.to_string()]);
            return;
        };
        match new_order(account_id, &lines.get_untracked(), on, currency, ids.next(now), now) {
            Err(es) => errors.set(
                es.iter()
                    .map(|e| match e {
                        OrderError::NoLines => c.err_order_no_lines.to_string(),
                        OrderError::Line(n) => (c.err_order_line)(*n),
                        OrderError::DateInFuture => c.err_date_future.to_string(),
                    })
                    .collect(),
            ),
            Ok(order) => {
                errors.set(Vec::new());
                commit_then(data, notices, t, Change::upsert(order), Some(c.order_saved.into()), move || open.set(false));
            }
        }
    };
    let set_product = move |i: usize, value: String| {
        let id = Id::parse(&value);
        let price = id.and_then(|id| products.with_untracked(|p| p.iter().find(|x| x.id == id).map(|p| money_text(p.list_price.minor, p.list_price.currency))));
        lines.update(|ls| {
            if let Some(l) = ls.get_mut(i) {
                l.product_id = id;
                if l.quantity.trim().is_empty() {
                    l.quantity = "1".into();
                }
                if let Some(p) = price {
                    l.unit_price = p;
                }
            }
        });
    };
    let c = move || &locale.texts().customers;
    view! {
        <section class="card" data-testid="order-card">
            <h2>{move || c().new_order}</h2>
            <Show when=move || open.get() fallback=move || view! {
                <button class="btn" type="button" data-testid="order-new" on:click=start>{move || c().new_order}</button>
            }>
                <form class="order-form" on:submit=submit data-testid="order-form">
                    <label class="field">
                        <span>{move || c().order_date}</span>
                        <input class="input" type="date" data-testid="order-date" prop:value=move || date.get() on:input=move |ev| date.set(event_target_value(&ev))/>
                    </label>
                    {move || (0..count.get()).map(|i| {
                        let get = move |f: fn(&LineInput) -> String| move || lines.with(|ls| ls.get(i).map(f).unwrap_or_default());
                        let set = move |f: fn(&mut LineInput, String)| move |ev: leptos::ev::Event| { let v = event_target_value(&ev); lines.update(|ls| if let Some(l) = ls.get_mut(i) { f(l, v) }); };
                        view! {
                            <fieldset class="order-line" data-testid="order-line">
                                <label class="field">
                                    <span>{move || c().order_product}</span>
                                    <select class="input" data-testid="order-product" on:change=move |ev| set_product(i, event_target_value(&ev))>
                                        <option value="">"—"</option>
                                        <For each=move || products.get() key=|p| p.id let:p>
                                            <option value=p.id.to_string() selected=move || lines.with(|ls| ls.get(i).and_then(|l| l.product_id)) == Some(p.id)>{p.name.clone()}</option>
                                        </For>
                                    </select>
                                </label>
                                <label class="field">
                                    <span>{move || c().order_quantity}</span>
                                    <input class="input num" inputmode="numeric" data-testid="order-quantity" prop:value=get(|l| l.quantity.clone()) on:input=set(|l, v| l.quantity = v)/>
                                </label>
                                <label class="field">
                                    <span>{move || c().order_unit_price}</span>
                                    <input class="input num" inputmode="decimal" data-testid="order-price" prop:value=get(|l| l.unit_price.clone()) on:input=set(|l, v| l.unit_price = v)/>
                                </label>
                            </fieldset>
                        }
                    }).collect_view()}
                    <div class="row">
                        <button class="btn-ghost" type="button" data-testid="order-add-line" on:click=move |_| { lines.update(|l| l.push(LineInput::default())); count.update(|n| *n += 1); }>{move || c().order_add_line}</button>
                        <button class="btn btn-primary" type="submit" data-testid="order-save">{move || c().save_order}</button>
                        <button class="btn-ghost" type="button" on:click=move |_| open.set(false)>{move || locale.texts().cancel}</button>
                    </div>
                    <Show when=move || !errors.get().is_empty()>
                        <ul class="field-error" role="alert" data-testid="order-errors">
                            {move || errors.get().into_iter().map(|e| view! { <li>{e}</li> }).collect_view()}
                        </ul>
                    </Show>
                </form>
            </Show>
        </section>
    }
}
