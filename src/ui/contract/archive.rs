//! Signed contracts archived on the customer (shown on the account page).

use crate::domain::sorting;
use leptos::prelude::*;

use crate::domain::signature::{verify, SignatureCheck};
use crate::domain::{ContractStatus, Id};
use crate::i18n::format as fmt;
use crate::ui::browser;
use crate::ui::state::{use_data, use_locale, DbStoreFields};

#[component]
pub fn SignedArchive(account_id: Id) -> impl IntoView {
    let data = use_data();
    let locale = use_locale();
    move || {
        let t = locale.texts();
        let d = &t.docs;
        let mut signed: Vec<_> = data.db.contracts().with(|c| {
            c.iter().filter(|x| x.account_id == account_id && x.status == ContractStatus::Signed).cloned().collect()
        });
        sorting::sort_by_key(&mut signed, |c| std::cmp::Reverse(c.signature.as_ref().map(|s| s.signed_at)));
        view! {
            <section class="card" data-testid="signed-archive">
                <h2>{d.signed_archive}</h2>
                {if signed.is_empty() {
                    view! { <p class="muted">{t.none_yet}</p> }.into_any()
                } else {
                    view! {
                        <ul class="plain">
                            {signed.into_iter().map(|c| {
                                let when = c.signature.as_ref().map(|s| fmt::datetime_short(s.signed_at, browser::local_offset(), t.locale)).unwrap_or_default();
                                let ok = verify(&c) == SignatureCheck::Valid;
                                view! {
                                    <li data-testid="archived-contract">
                                        <a href=format!("/contracts/{}", c.id)>{c.title.clone()}</a>
                                        " · " <span class="num">{fmt::money(c.amount)}</span>
                                        " · " {when} " "
                                        <span class=if ok { "pill ok" } else { "pill bad" }>{if ok { d.signature_valid } else { d.signature_tampered }}</span>
                                    </li>
                                }
                            }).collect_view()}
                        </ul>
                    }.into_any()
                }}
            </section>
        }
    }
}
