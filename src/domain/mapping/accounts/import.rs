//! A row → an `Account`.

use super::AccountField as F;
use crate::domain::mapping::context::{external_key, name_key, opt, ImportContext};
use crate::domain::mapping::plan::Reason;
use crate::domain::mapping::refs::RefKind;
use crate::domain::mapping::run::{Cells, ImportKind};
use crate::domain::mapping::value::parse_whole;
use crate::domain::{Account, Credit, Id};

pub struct AccountImport<'a, G: FnMut() -> Id> {
    pub existing: &'a [Account],
    pub ctx: &'a ImportContext,
    pub next_id: G,
}

impl<G: FnMut() -> Id> ImportKind for AccountImport<'_, G> {
    type Field = F;
    type Record = Account;
    type Key = String;

    fn existing(&self) -> &[Account] {
        self.existing
    }
    fn id_of(record: &Account) -> Id {
        record.id
    }
    fn keys(&self, a: &Account, out: &mut Vec<String>) {
        external_key(&a.external_id, out);
        name_key(RefKind::Account, &a.name, out);
    }

    fn excluded(&self, c: &Cells<'_, F>) -> bool {
        let links = &self.ctx.links;
        links.skips(RefKind::Person, c.text(F::Owner)) || links.skips(RefKind::Account, c.text(F::Parent))
    }

    fn build(&mut self, c: &Cells<'_, F>, p: &mut Vec<(F, Reason)>) -> Option<Account> {
        let name = c.required(F::Name, p);
        let links = &self.ctx.links;
        let id = self.ctx.own_id(RefKind::Account, name, &mut self.next_id);
        let text = |f| c.text(f).to_string();
        Some(Account {
            id,
            created_at: self.ctx.now,
            updated_at: self.ctx.now,
            name: name.to_string(),
            industry: text(F::Industry),
            employees: c.parse(F::Employees, p, parse_whole::<u32>),
            region: text(F::Region),
            city: text(F::City),
            website: text(F::Website),
            owner_id: c.parse(F::Owner, p, |t| links.id(RefKind::Person, t)),
            segment_id: None,
            credit: Credit::default(),
            notes: text(F::Notes),
            parent_id: c.parse(F::Parent, p, |t| links.id(RefKind::Account, t)).filter(|parent| *parent != id),
            external_id: opt(c.text(F::ExternalId)),
        })
    }

    fn copy_field(&self, dst: &mut Account, src: &Account, f: F) {
        match f {
            F::ExternalId => dst.external_id.clone_from(&src.external_id),
            F::Name => dst.name.clone_from(&src.name),
            F::Industry => dst.industry.clone_from(&src.industry),
            F::Employees => dst.employees = src.employees,
            F::Region => dst.region.clone_from(&src.region),
            F::City => dst.city.clone_from(&src.city),
            F::Website => dst.website.clone_from(&src.website),
            F::Owner => dst.owner_id = src.owner_id.or(dst.owner_id),
            F::Parent => dst.parent_id = src.parent_id.or(dst.parent_id),
            F::Notes => dst.notes.clone_from(&src.notes),
        }
    }

    fn touch(&self, record: &mut Account) {
        record.updated_at = self.ctx.now;
    }
}
