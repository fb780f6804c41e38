//! Invoices in spreadsheets: number (or source id), account, the order
//! they bill (optional, by its source id), dates and amount. An invoice of
//! an order takes the order's account and currency when its row has none.

mod import;

pub use import::{InvoiceImport, OrderFacts};

crate::target_fields!(InvoiceField, required: [Issued, Amount], {
    ExternalId => "external_id" ["Invoice ID", "Record ID", "Invoice - ID", "发票编号（来源）"],
    Number => "number" ["Invoice Number", "Invoice No", "Invoice #", "Number", "Invoice", "发票号", "发票号码"],
    Account => "account" [
        "Account", "Account Name", "Company", "Customer", "Bill To", "Organization", "客户", "客户名称",
    ],
    Order => "order" ["Order ID", "Order Number", "Order", "Sales Order", "订单编号", "订单号"],
    Issued => "issued" ["Issued", "Issue Date", "Invoice Date", "Date", "Issued On", "开票日期"],
    Due => "due" ["Due", "Due Date", "Due On", "Payment Due", "到期日", "付款截止日"],
    Amount => "amount" ["Amount", "Total", "Invoice Total", "Invoice Amount", "Grand Total", "金额", "发票金额"],
    Currency => "currency" ["Currency", "Currency Code", "Invoice Currency", "币种", "货币"],
});
