//! A row → a `Product`.

use super::ProductField as F;
use crate::domain::mapping::context::{external_key, name_key, opt, ImportContext};
use crate::domain::mapping::plan::Reason;
use crate::domain::mapping::refs::RefKind;
use crate::domain::mapping::run::{Cells, ImportKind};
use crate::domain::mapping::value::parse_amount_in;
use crate::domain::{Id, Money, Product, TierMode};

pub struct ProductImport<'a, G: FnMut() -> Id> {
    pub existing: &'a [Product],
    pub ctx: &'a ImportContext,
    pub next_id: G,
}

impl<G: FnMut() -> Id> ImportKind for ProductImport<'_, G> {
    type Field = F;
    type Record = Product;
    type Key = String;

    fn existing(&self) -> &[Product] {
        self.existing
    }
    fn id_of(record: &Product) -> Id {
        record.id
    }
    fn keys(&self, r: &Product, out: &mut Vec<String>) {
        external_key(&r.external_id, out);
        name_key(RefKind::Product, &r.name, out);
    }

    fn build(&mut self, c: &Cells<'_, F>, p: &mut Vec<(F, Reason)>) -> Option<Product> {
        let name = c.required(F::Name, p);
        let id = self.ctx.own_id(RefKind::Product, name, &mut self.next_id);
        let currency = self.ctx.currency;
        // A catalogue row without a price is still a product; the price
        // can be filled in the editor.
        let price = c.parse(F::ListPrice, p, |t| parse_amount_in(t, currency)).unwrap_or((0, currency));
        Some(Product {
            id,
            created_at: self.ctx.now,
            updated_at: self.ctx.now,
            name: name.to_string(),
            sku: c.text(F::Sku).to_string(),
            category: c.text(F::Category).to_string(),
            unit: c.text(F::Unit).to_string(),
            list_price: Money::new(price.0, price.1),
            tax_rate_bp: 0,
            tiers: Vec::new(),
            tier_mode: TierMode::default(),
            bundle_of: Vec::new(),
            is_service_pack: false,
            active: true,
            external_id: opt(c.text(F::ExternalId)),
        })
    }

    fn copy_field(&self, dst: &mut Product, src: &Product, f: F) {
        match f {
            F::ExternalId => dst.external_id.clone_from(&src.external_id),
            F::Name => dst.name.clone_from(&src.name),
            F::Sku => dst.sku.clone_from(&src.sku),
            F::Category => dst.category.clone_from(&src.category),
            F::ListPrice => dst.list_price = src.list_price,
            F::Unit => dst.unit.clone_from(&src.unit),
        }
    }

    fn touch(&self, record: &mut Product) {
        record.updated_at = self.ctx.now;
    }
}
