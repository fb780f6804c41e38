//! Orders, invoices and payments in a migration run (the fixture files
//! orders.csv, invoices.csv and payments.csv on top of the base fixture).

use super::*;
use salesflow::domain::mapping::Reason;
use salesflow::domain::{EntityKind, Money};

fn with_sales() -> Vec<SourceFile> {
    let mut files = fixture();
    // Out of order as well: payments before the invoices they pay.
    files.extend(load(FIXTURES, &["payments.csv", "orders.csv", "invoices.csv"]));
    files
}

fn report(p: &MigrationPlan, kind: FileKind) -> &salesflow::domain::migration::FileReport {
    p.files.iter().find(|f| f.kind == kind).unwrap()
}

#[test]
fn order_lines_group_by_order_id_and_invoices_and_payments_link_up() {
    let files = with_sales();
    let kinds: Vec<_> = files[4..].iter().map(|f| f.kind()).collect();
    assert_eq!(kinds, [FileKind::Payments, FileKind::Orders, FileKind::Invoices]);
    let mut ws = Workspace::default();
    let p = run(&files, &ws, |_| {});
    // Five lines, three orders: two rows merged into the order above them.
    let o = report(&p, FileKind::Orders);
    assert_eq!((o.rows, o.summary.create, o.summary.merged_in_file, o.summary.invalid), (5, 3, 2, 0), "{:?}", o.errors);
    let i = report(&p, FileKind::Invoices);
    assert_eq!((i.summary.create, i.summary.invalid), (3, 0), "{:?}", i.errors);
    // P-3 pays 7,000 when 11,292 − 5,000 = 6,292 is owed; INV-9 is no
    // invoice; P-5 is in euros on a USD invoice.
    let pay = report(&p, FileKind::Payments);
    assert_eq!((pay.summary.create, pay.summary.invalid), (2, 3));
    let problems: Vec<_> = pay.errors.iter().map(|e| (e.row, e.header.as_str(), e.reason)).collect();
    assert_eq!(
        problems,
        [
            (4, "Amount", Reason::Overpaid(Money::new(629_200, Currency::USD))),
            (5, "Invoice Number", Reason::UnknownReference(EntityKind::Invoice)),
            (6, "Amount", Reason::OtherCurrency(Currency::USD)),
        ]
    );
    // All or nothing: with rows in error, nothing of any file is written.
    assert_eq!(migration_change(p.clone(), false), Err(3));
    migration_change(p, true).unwrap().apply_to(&mut ws);
    let d = &ws.data;
    let order = |ext: &str| d.orders.iter().find(|o| o.external_id.as_deref() == Some(ext)).unwrap();
    let deal = |ext: &str| d.deals.iter().find(|x| x.external_id.as_deref() == Some(ext)).unwrap().id;
    let account = |name: &str| d.accounts.iter().find(|a| a.name == name).unwrap().id;
    let product = |name: &str| d.products.iter().find(|p| p.name == name).unwrap().id;
    // O-100: 55 + 5 = 60 (D-003's value); O-101: 2 × 4,821 + 3 × 550 = 11,292.
    let lines = |ext: &str| order(ext).lines.iter().map(|l| (l.product_id, l.quantity, l.unit_price_minor)).collect::<Vec<_>>();
    assert_eq!(lines("O-100"), [(product("MG Special"), 1, 5500), (product("GTX Basic"), 1, 500)]);
    assert_eq!(order("O-101").total(), Money::new(1_129_200, Currency::USD));
    assert_eq!((order("O-100").deal_id, order("O-100").account_id), (Some(deal("D-003")), account("Betatech")));
    assert_eq!(order("O-101").deal_id, None);
    // O-102 names its deal by name, full-width account and all.
    assert_eq!((order("O-102").deal_id, order("O-102").account_id), (Some(deal("D-008")), account("Ｃｏｎｇｌｏ Inc")));
    let invoice = |n: &str| d.invoices.iter().find(|i| i.number == n).unwrap();
    // INV-1 has no account cell: its order's. INV-2 has no due date: 30 days.
    assert_eq!((invoice("INV-1").order_id, invoice("INV-1").account_id), (Some(order("O-100").id), account("Betatech")));
    assert_eq!(invoice("INV-2").due_on, chrono::NaiveDate::from_ymd_opt(2017, 5, 12).unwrap());
    assert_eq!(invoice("INV-3").order_id, None);
    let paid = |n: &str| d.payments.iter().filter(|x| x.invoice_id == invoice(n).id).map(|x| x.amount.minor).sum::<i64>();
    assert_eq!((paid("INV-1"), paid("INV-2"), paid("INV-3")), (6000, 500_000, 0));
    assert!(d.payments.iter().all(|x| x.account_id == d.invoices.iter().find(|i| i.id == x.invoice_id).unwrap().account_id));
    assert!(salesflow::domain::validate::check(d).is_empty());
    // The same files again: every record merges into itself; the three bad
    // payments are still refused (P-3 still exceeds the 6,292 owed).
    let again = run(&files, &ws, |_| {});
    for kind in [FileKind::Orders, FileKind::Invoices, FileKind::Payments] {
        let r = report(&again, kind);
        assert_eq!((r.summary.create, r.summary.update), (0, 0), "{kind:?}");
    }
    assert_eq!(report(&again, FileKind::Orders).summary.unchanged, 5);
    assert!(migration_change(again, true).unwrap().is_empty());
}

#[test]
fn a_payment_settling_the_balance_passes_and_one_cent_more_does_not() {
    let mut files = with_sales();
    let last = files.len() - 1;
    let pay = files.iter().position(|f| f.kind() == FileKind::Payments).unwrap();
    files.swap(pay, last);
    let csv = "Payment ID,Invoice Number,Payment Date,Amount\nP-1,INV-2,2017-05-01,11292\nP-2,INV-1,2017-05-01,60.01\n";
    files[last] = SourceFile::guessed("payments.csv", read(csv.as_bytes(), ReadOptions::default()).unwrap().table);
    let p = run(&files, &Workspace::default(), |_| {});
    let r = report(&p, FileKind::Payments);
    assert_eq!((r.summary.create, r.summary.invalid), (1, 1));
    assert_eq!(r.errors[0].reason, Reason::Overpaid(Money::new(6000, Currency::USD)));
}

#[test]
fn an_unknown_product_on_an_order_line_goes_through_the_relations_step() {
    let mut files = fixture();
    let csv = "Order ID,Account,Order Date,Product,Quantity,Unit Price\nO-1,Betatech,2017-03-02,MG Specal,2,55\nO-1,Betatech,2017-03-02,Widget,1,9\n";
    files.push(SourceFile::guessed("orders.csv", read(csv.as_bytes(), ReadOptions::default()).unwrap().table));
    let opts = MigrationOptions::new(Currency::USD, "No account");
    let s = scan(&files, &Workspace::default(), &opts);
    let products: Vec<_> =
        s.unmatched.iter().filter(|u| u.kind == RefKind::Product).map(|u| (u.value.as_str(), u.suggestion.as_deref())).collect();
    // GTXPro comes from the deals file; the misspelling is offered its match.
    assert_eq!(products, [("GTXPro", Some("GTX Pro")), ("MG Specal", Some("MG Special")), ("Widget", None)]);
    // Leaving out the rows that name "Widget": the order keeps one line.
    let p = run(&files, &Workspace::default(), |o| {
        o.resolutions.insert((RefKind::Product, "widget".into()), Resolution::SkipRows);
    });
    let r = report(&p, FileKind::Orders);
    assert_eq!((r.summary.create, r.summary.excluded, r.summary.invalid), (1, 1, 0));
    let order = p.records.iter().find_map(|x| if let Record::Order(o) = x { Some(o.clone()) } else { None }).unwrap();
    assert_eq!((order.lines.len(), order.lines[0].quantity), (1, 2));
}
