//! The quote as the customer receives it: shown only when printing (or
//! saving as PDF), in the language the app is in.

use leptos::prelude::*;

use super::QuoteView;
use crate::domain::Money;
use crate::i18n::format as fmt;
use crate::ui::browser;
use crate::ui::state::DbStoreFields;

#[component]
pub fn PrintableQuote(v: QuoteView) -> impl IntoView {
    let locale = v.ops.locale;
    let data = v.ops.data;
    let clock = v.ops.clock;
    move || {
        let t = locale.texts();
        let d = &t.docs;
        let loc = locale.0.get();
        let q = v.quote.get()?;
        let totals = v.totals.get()?.ok()?;
        let deal = data.db.deals().with(|x| x.iter().find(|x| x.id == q.deal_id).cloned())?;
        let account = data.db.accounts().with(|a| a.iter().find(|x| x.id == deal.account_id).map(|a| a.name.clone())).unwrap_or_default();
        let workspace = data.db.settings().with(|s| s.workspace_name.clone());
        let catalogue = v.catalogue.get();
        let name = |id| catalogue.iter().find(|p| p.id == id).map(|p| (p.name.clone(), p.unit.clone())).unwrap_or_default();
        let issued = fmt::timestamp_date(clock.now(), browser::local_offset(), loc);
        let clauses: Vec<(String, String)> = [(d.price_adjustment, q.price_adjustment.clone()), (d.delivery, q.delivery.clone())]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v))
            .chain(q.clauses.iter().map(|c| (String::new(), c.clone())))
            .filter(|(_, v)| !v.is_empty())
            .collect();
        Some(view! {
            <article class="print-only printable" data-testid="printable-quote" lang=loc.tag()>
                <header>
                    <p class="muted">{workspace}</p>
                    <h1>{d.quotation} " · " {(d.quote_title)(q.version)}</h1>
                    <dl class="fields">
                        <dt>{d.customer}</dt><dd>{account}</dd>
                        <dt>{d.opportunity}</dt><dd>{deal.name.clone()}</dd>
                        <dt>{d.issued}</dt><dd>{issued}</dd>
                        <dt>{d.valid_until}</dt><dd>{q.valid_until.map(|x| fmt::date(x, loc)).unwrap_or_else(|| "—".into())}</dd>
                    </dl>
                </header>
                <table class="table">
                    <thead><tr>
                        <th>{d.col_product}</th><th class="num">{d.col_qty}</th><th class="num">{d.col_unit_price}</th>
                        <th class="num">{d.col_discount}</th><th class="num">{d.col_net}</th><th class="num">{d.tax}</th><th class="num">{d.grand_total}</th>
                    </tr></thead>
                    <tbody>
                        {totals.lines.iter().zip(q.lines.iter()).map(|(b, l)| {
                            let (pname, unit) = name(b.product_id);
                            let avg = Money::new(b.gross.minor / (b.quantity.max(1) as i64), b.gross.currency);
                            let off = Money::new(b.line_discount.minor + b.quote_discount.minor, b.gross.currency);
                            view! {
                                <tr>
                                    <td>{pname}{(!l.description.is_empty()).then(|| view! { <div class="small">{l.description.clone()}</div> })}</td>
                                    <td class="num">{format!("{} {}", fmt::int(b.quantity as i64), unit)}</td>
                                    <td class="num">{fmt::money(avg)}</td>
                                    <td class="num">{fmt::money(off)}</td>
                                    <td class="num">{fmt::money(b.net)}</td>
                                    <td class="num">{fmt::money(b.tax)}</td>
                                    <td class="num">{fmt::money(b.total)}</td>
                                </tr>
                            }
                        }).collect_view()}
                    </tbody>
                    <tfoot>
                        <tr><th colspan="4">{d.net}</th><td class="num" colspan="3">{fmt::money(totals.net)}</td></tr>
                        <tr><th colspan="4">{d.tax}</th><td class="num" colspan="3">{fmt::money(totals.tax)}</td></tr>
                        <tr class="total-row"><th colspan="4">{d.grand_total}</th><td class="num" colspan="3">{fmt::money(totals.total)}</td></tr>
                    </tfoot>
                </table>
                {(!clauses.is_empty()).then(|| view! {
                    <section>
                        <h2>{d.terms}</h2>
                        <ol>{clauses.into_iter().map(|(k, v)| view! { <li>{(!k.is_empty()).then(|| view! { <strong>{k} ": "</strong> })}{v}</li> }).collect_view()}</ol>
                    </section>
                })}
                <p class="small muted">{d.rounding_note}</p>
            </article>
        })
    }
}
