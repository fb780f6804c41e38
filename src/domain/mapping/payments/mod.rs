//! Payments in spreadsheets: the invoice they pay (by number or source id),
//! date, amount and method. The account is the invoice's; the amount must
//! be in the invoice's currency and no more than what is still owed.

mod import;

pub use import::{InvoiceFacts, PaymentImport};

crate::target_fields!(PaymentField, required: [Invoice, Date, Amount], {
    ExternalId => "external_id" ["Payment ID", "Transaction ID", "Receipt No", "Record ID", "付款编号", "回款编号"],
    Invoice => "invoice" [
        "Invoice", "Invoice Number", "Invoice No", "Invoice #", "Invoice ID", "发票号", "发票号码", "发票编号",
    ],
    Date => "date" ["Payment Date", "Paid On", "Date", "Paid Date", "Received", "付款日期", "回款日期"],
    Amount => "amount" ["Amount", "Amount Paid", "Payment Amount", "Paid", "金额", "付款金额", "回款金额"],
    Currency => "currency" ["Currency", "Currency Code", "Payment Currency", "币种", "货币"],
    Method => "method" ["Method", "Payment Method", "Paid By", "Payment Type", "付款方式", "回款方式"],
});
