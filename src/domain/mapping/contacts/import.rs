//! A row → a `Contact` at an account.

use super::ContactField as F;
use crate::domain::mapping::context::{external_key, opt, ImportContext};
use crate::domain::mapping::plan::Reason;
use crate::domain::mapping::refs::{ref_key, RefKind};
use crate::domain::mapping::run::{Cells, ImportKind};
use crate::domain::people::is_plausible_email;
use crate::domain::{BuyingRole, Contact, Id};

pub struct ContactImport<'a, G: FnMut() -> Id> {
    pub existing: &'a [Contact],
    pub ctx: &'a ImportContext,
    pub next_id: G,
}

impl<G: FnMut() -> Id> ImportKind for ContactImport<'_, G> {
    type Field = F;
    type Record = Contact;
    type Key = String;

    fn existing(&self) -> &[Contact] {
        self.existing
    }
    fn id_of(record: &Contact) -> Id {
        record.id
    }
    /// The source id, the e-mail, else the name at that account (two
    /// people of one name at different companies are different contacts).
    fn keys(&self, r: &Contact, out: &mut Vec<String>) {
        external_key(&r.external_id, out);
        if r.email.contains('@') {
            out.push(format!("e:{}", ref_key(RefKind::Person, &r.email)));
        }
        out.push(format!("n:{}:{}", r.account_id, ref_key(RefKind::Person, &r.name)));
    }

    fn excluded(&self, c: &Cells<'_, F>) -> bool {
        self.ctx.links.skips(RefKind::Account, c.text(F::Account))
    }

    fn build(&mut self, c: &Cells<'_, F>, p: &mut Vec<(F, Reason)>) -> Option<Contact> {
        let name = c.required(F::Name, p);
        let email = c.text(F::Email);
        if !email.is_empty() && !is_plausible_email(email) {
            p.push((F::Email, Reason::NotAnEmail));
        }
        let account = c.parse(F::Account, p, |t| self.ctx.links.id(RefKind::Account, t));
        if account.is_none() && !c.provided(F::Account) {
            p.push((F::Account, Reason::Required));
        }
        Some(Contact {
            id: (self.next_id)(),
            created_at: self.ctx.now,
            updated_at: self.ctx.now,
            account_id: account?,
            name: name.to_string(),
            title: c.text(F::Title).to_string(),
            buying_role: BuyingRole::Other,
            email: email.to_string(),
            phone: c.text(F::Phone).to_string(),
            external_id: opt(c.text(F::ExternalId)),
        })
    }

    fn copy_field(&self, dst: &mut Contact, src: &Contact, f: F) {
        match f {
            F::ExternalId => dst.external_id.clone_from(&src.external_id),
            F::Name => dst.name.clone_from(&src.name),
            F::Account => dst.account_id = src.account_id,
            F::Title => dst.title.clone_from(&src.title),
            F::Email => dst.email.clone_from(&src.email),
            F::Phone => dst.phone.clone_from(&src.phone),
        }
    }

    fn touch(&self, record: &mut Contact) {
        record.updated_at = self.ctx.now;
    }
}
