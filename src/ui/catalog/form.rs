//! `/pipeline/products/:id`: the product form. Everything stays as typed and
//! is checked by `domain::catalog::validate_product` on every change; the
//! problems are shown from the first save attempt on, and a save writes the
//! product only when there are none.

use leptos::prelude::*;
use leptos_router::hooks::{use_navigate, use_params_map};

use crate::ui::picker::IdPicker;
use super::tiers::{PricePreview, TierRow, TiersTable};
use crate::domain::catalog::{bundle_candidates, validate_product, ProductError, ProductInput, Target, TierInput};
use crate::domain::{Id, Product, TierMode, Timestamp};
use crate::i18n::Texts;
use crate::store::Change;
use crate::ui::actions::save_then;
use crate::ui::focus::focus_soon;
use crate::ui::state::{use_clock, use_data, use_ids, use_locale, DbStoreFields};
use crate::ui::toast::use_notices;

#[component]
pub fn ProductEditPage() -> impl IntoView {
    let params = use_params_map();
    let data = use_data();
    let locale = use_locale();
    move || {
        let wanted = params.read().get("id").unwrap_or_default();
        if wanted == "new" {
            return view! { <ProductForm existing=None/> }.into_any();
        }
        // Untracked: saving this product must not rebuild the form under the user.
        let found = Id::parse(&wanted).and_then(|id| data.db.products().with_untracked(|v| v.iter().find(|p| p.id == id).cloned()));
        match found {
            Some(p) => view! { <ProductForm existing=Some(p)/> }.into_any(),
            None => view! {
                <div class="center-state" role="alert" data-testid="product-missing">
                    <p>{move || locale.texts().catalog.product_not_found}</p>
                    <a class="btn" href="/pipeline/products">{move || locale.texts().catalog.back_to_products}</a>
                </div>
            }
            .into_any(),
        }
    }
}

pub fn message(t: &Texts, e: ProductError) -> String {
    let c = &t.catalog;
    match e {
        ProductError::NameRequired => c.err_name_required.into(),
        ProductError::ListPriceRequired => c.err_list_price_required.into(),
        ProductError::ListPriceInvalid => c.err_list_price_invalid.into(),
        ProductError::TaxRateInvalid => c.err_tax_invalid.into(),
        ProductError::TierMinInvalid { row } => (c.err_tier_min_invalid)(row + 1),
        ProductError::TierMinDuplicate { row } => (c.err_tier_min_duplicate)(row + 1),
        ProductError::TierPriceRequired { row } => (c.err_tier_price_required)(row + 1),
        ProductError::TierPriceInvalid { row } => (c.err_tier_price_invalid)(row + 1),
        ProductError::BundleContainsItself => c.err_bundle_self.into(),
        ProductError::BundleUnknownProduct => c.err_bundle_unknown.into(),
        ProductError::BundleCycle => c.err_bundle_cycle.into(),
    }
}

#[component]
fn ProductForm(existing: Option<Product>) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    let clock = use_clock();
    let notices = use_notices();
    let navigate = use_navigate();
    let initial = existing.as_ref().map(ProductInput::from_product).unwrap_or_default();
    let currency = existing.as_ref().map_or_else(|| data.db.settings().get_untracked().currency, |p| p.list_price.currency);
    // A new product's id is minted now so the bundle rules can refer to it.
    let id = existing.as_ref().map_or_else(|| use_ids().next(clock.now_untracked()), |p| p.id);
    let is_new = existing.is_none();
    let existing = StoredValue::new(existing);

    let fields = RwSignal::new(ProductInput { tiers: Vec::new(), bundle_of: Vec::new(), ..initial.clone() });
    let rows = RwSignal::new(
        initial.tiers.iter().enumerate().map(|(i, t)| TierRow::new(i as u64, t.min_quantity.clone(), t.unit_price.clone())).collect::<Vec<_>>(),
    );
    let bundle = RwSignal::new(initial.bundle_of.clone());
    let submitted = RwSignal::new(false);

    let input = move || ProductInput {
        tiers: rows.get().iter().map(|r| TierInput { min_quantity: r.min.get(), unit_price: r.price.get() }).collect(),
        bundle_of: bundle.get(),
        ..fields.get()
    };
    let validate = move |input: &ProductInput, catalogue: &[Product], now: Timestamp| {
        existing.with_value(|e| {
            let target = e.as_ref().map_or(Target::New { id, currency }, Target::Edit);
            validate_product(input, target, catalogue, now)
        })
    };
    let result = Memo::new(move |_| validate(&input(), &data.db.products().read(), clock.now_untracked()));
    let errors = move || if submitted.get() { result.get().err().unwrap_or_default() } else { Vec::new() };
    let has = move |e: ProductError| errors().contains(&e);
    let tier_invalid = Callback::new(move |(row, col): (usize, u8)| {
        errors().iter().any(|e| match (*e, col) {
            (ProductError::TierMinInvalid { row: r } | ProductError::TierMinDuplicate { row: r }, 0) => r == row,
            (ProductError::TierPriceRequired { row: r } | ProductError::TierPriceInvalid { row: r }, 1) => r == row,
            _ => false,
        })
    });
    // The preview prices what is typed even before the name is filled in.
    let preview = Signal::derive(move || {
        let mut i = input();
        i.name = "·".into();
        i.bundle_of.clear();
        validate(&i, &[], clock.now_untracked()).ok()
    });
    let candidates = Signal::derive(move || {
        let catalogue = data.db.products().read();
        let mut v: Vec<(Id, String)> = bundle_candidates(Some(id), &catalogue).into_iter().map(|p| (p.id, p.name.clone())).collect();
        // A stored choice that is no longer allowed stays visible so it can be unticked.
        let stale: Vec<Id> = bundle.read().iter().copied().filter(|b| !v.iter().any(|(c, _)| c == b)).collect();
        for b in stale {
            let name = catalogue.iter().find(|p| p.id == b).map_or_else(|| b.to_string(), |p| p.name.clone());
            v.push((b, name));
        }
        v
    });

    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        submitted.set(true);
        let now = clock.now_untracked();
        let checked = data.db.products().with_untracked(|catalogue| validate(&input(), catalogue, now));
        match checked {
            Ok(product) => {
                let navigate = navigate.clone();
                save_then(data, notices, locale.texts(), Change::upsert(product), move || {
                    navigate("/pipeline/products", Default::default())
                });
            }
            Err(_) => focus_soon("[data-testid=product-form] [aria-invalid=true]".into()),
        }
    };

    let c = move || &locale.texts().catalog;
    let text_field = move |label: fn(&Texts) -> String, get: fn(&ProductInput) -> &String, set: fn(&mut ProductInput, String), testid: &'static str, invalid: Option<ProductError>| {
        view! {
            <label class="field">
                <span>{move || label(locale.texts())}</span>
                <input class="input" data-testid=testid
                    aria-required=(testid == "product-name").then_some("true")
                    aria-invalid=move || invalid.is_some_and(has).to_string()
                    prop:value=move || fields.with(|f| get(f).clone())
                    on:input=move |ev| fields.update(|f| set(f, event_target_value(&ev)))/>
            </label>
        }
    };
    let price_label = move |t: &Texts| (t.catalog.field_list_price)(currency.code());
    view! {
        <div class="page product-page" data-testid="product-form-page">
            <a class="back" href="/pipeline/products">"← " {move || c().back_to_products}</a>
            <h1>{move || if is_new { c().new_product } else { c().edit_product }}</h1>
            <form class="stack" on:submit=submit novalidate=true data-testid="product-form">
                <section class="card form-grid">
                    {text_field(|t| t.catalog.field_name.into(), |f| &f.name, |f, v| f.name = v, "product-name", Some(ProductError::NameRequired))}
                    {text_field(|t| t.catalog.field_sku.into(), |f| &f.sku, |f, v| f.sku = v, "product-sku", None)}
                    {text_field(|t| t.catalog.field_category.into(), |f| &f.category, |f, v| f.category = v, "product-category", None)}
                    <label class="field">
                        <span>{move || c().field_unit}</span>
                        <input class="input" data-testid="product-unit" placeholder=move || c().unit_hint
                            prop:value=move || fields.with(|f| f.unit.clone()) on:input=move |ev| fields.update(|f| f.unit = event_target_value(&ev))/>
                    </label>
                    <label class="field">
                        <span>{move || price_label(locale.texts())}</span>
                        <input class="input num" inputmode="decimal" data-testid="product-price" aria-required="true"
                            aria-invalid=move || (has(ProductError::ListPriceRequired) || has(ProductError::ListPriceInvalid)).to_string()
                            prop:value=move || fields.with(|f| f.list_price.clone()) on:input=move |ev| fields.update(|f| f.list_price = event_target_value(&ev))/>
                    </label>
                    {text_field(|t| t.catalog.field_tax_rate.into(), |f| &f.tax_rate, |f, v| f.tax_rate = v, "product-tax", Some(ProductError::TaxRateInvalid))}
                </section>
                <section class="card stack" aria-labelledby="tiers-h">
                    <h2 id="tiers-h">{move || c().tiers}</h2>
                    <fieldset class="radio-row">
                        <legend>{move || c().tier_mode}</legend>
                        {[TierMode::Slab, TierMode::Range].into_iter().map(|m| view! {
                            <label>
                                <input type="radio" name="tier-mode" data-testid=format!("tier-mode-{}", if m == TierMode::Slab { "slab" } else { "range" })
                                    prop:checked=move || fields.with(|f| f.tier_mode == m) on:change=move |_| fields.update(|f| f.tier_mode = m)/>
                                <span><strong>{move || c().tier_modes[m as usize]}</strong> " — " <span class="muted">{move || c().tier_mode_help[m as usize]}</span></span>
                            </label>
                        }).collect_view()}
                    </fieldset>
                    <p class="muted small">{move || c().tiers_help}</p>
                    <TiersTable rows currency invalid=tier_invalid/>
                    <h3>{move || c().preview}</h3>
                    <PricePreview product=preview/>
                </section>
                <section class="card stack">
                    <IdPicker legend=Signal::derive(move || c().bundle) options=candidates chosen=bundle testid="bundle-picker"
                        empty=Signal::derive(move || c().bundle_none) help=Signal::derive(move || c().bundle_help)/>
                    <ul class="checklist">
                        <li><label>
                            <input type="checkbox" data-testid="product-service-pack" prop:checked=move || fields.with(|f| f.is_service_pack)
                                on:change=move |ev| fields.update(|f| f.is_service_pack = event_target_checked(&ev))/>
                            <span>{move || c().service_pack} <span class="muted small">" — " {move || c().service_pack_help}</span></span>
                        </label></li>
                        <li><label>
                            <input type="checkbox" data-testid="product-active" prop:checked=move || fields.with(|f| f.active)
                                on:change=move |ev| fields.update(|f| f.active = event_target_checked(&ev))/>
                            <span>{move || c().active}</span>
                        </label></li>
                    </ul>
                </section>
                {move || {
                    let e = errors();
                    (!e.is_empty()).then(|| view! {
                        <div class="alert alert-error form-errors" role="alert" data-testid="product-errors">
                            <p>{c().fix_these}</p>
                            <ul>{e.into_iter().map(|x| view! { <li>{message(locale.texts(), x)}</li> }).collect_view()}</ul>
                        </div>
                    })
                }}
                <div class="row">
                    <button class="btn btn-primary" type="submit" data-testid="product-save">{move || c().save_product}</button>
                    <a class="btn-ghost" href="/pipeline/products">{move || locale.texts().cancel}</a>
                </div>
            </form>
        </div>
    }
}
