//! What orders, invoices and payments need to know about records planned
//! before them: deals by name, each order's account and currency, each
//! invoice's account and amount. Planned versions replace existing ones.

use crate::domain::mapping::invoices::OrderFacts;
use crate::domain::mapping::orders::DealNames;
use crate::domain::mapping::payments::InvoiceFacts;
use crate::domain::{Record, Workspace};

pub(super) fn deal_names(ws: &Workspace, planned: &[Record]) -> DealNames {
    let mut out = DealNames::default();
    let updated: std::collections::HashSet<_> =
        planned.iter().filter_map(|r| if let Record::Deal(d) = r { Some(d.id) } else { None }).collect();
    // An existing deal renamed by the run is known by its new name only.
    for d in ws.data.deals.iter().filter(|d| !updated.contains(&d.id)) {
        out.add(&d.name, d.id);
    }
    for r in planned {
        if let Record::Deal(d) = r {
            out.add(&d.name, d.id);
        }
    }
    out
}

pub(super) fn orders(ws: &Workspace, planned: &[Record]) -> OrderFacts {
    let mut out: OrderFacts = ws.data.orders.iter().map(|o| (o.id, (o.account_id, o.currency))).collect();
    for r in planned {
        if let Record::Order(o) = r {
            out.insert(o.id, (o.account_id, o.currency));
        }
    }
    out
}

pub(super) fn invoices(ws: &Workspace, planned: &[Record]) -> InvoiceFacts {
    let mut out: InvoiceFacts = ws.data.invoices.iter().map(|i| (i.id, (i.account_id, i.amount))).collect();
    for r in planned {
        if let Record::Invoice(i) = r {
            out.insert(i.id, (i.account_id, i.amount));
        }
    }
    out
}
