//! Orders in spreadsheets, one row per order line: rows with the same
//! order id are one order with several lines. Account and product are
//! references; the deal is optional, by its source id or name.

mod import;

pub use import::{DealNames, OrderImport};
pub(crate) use import::parse_currency;

crate::target_fields!(OrderField, required: [ExternalId, Date, Product, UnitPrice], {
    ExternalId => "external_id" [
        "Order ID", "Order Number", "Order No", "Sales Order", "Sales Order ID", "Order - ID", "订单编号", "订单号",
    ],
    Account => "account" [
        "Account", "Account Name", "Company", "Customer", "Organization", "Order - Organization", "客户", "客户名称",
    ],
    Deal => "deal" ["Deal", "Deal ID", "Opportunity", "Opportunity ID", "Deal Name", "Related Deal", "商机", "商机编号"],
    Date => "date" ["Order Date", "Date", "Ordered On", "Created", "Order - Date", "下单日期", "订单日期"],
    Currency => "currency" ["Currency", "Currency Code", "Order Currency", "币种", "货币"],
    Product => "product" ["Product", "Product Name", "Item", "SKU Name", "Line Item", "产品", "产品名称", "商品"],
    Quantity => "quantity" ["Quantity", "Qty", "Units", "数量"],
    UnitPrice => "unit_price" ["Unit Price", "Price", "Sales Price", "Price Per Unit", "单价", "成交单价"],
});
