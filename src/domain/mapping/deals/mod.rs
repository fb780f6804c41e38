//! Deals (opportunities) in spreadsheets. Owner, account and product are
//! references, the stage goes through the user's stage mapping, and the
//! stage history is rebuilt from the dates the file has (`history.rs`).

mod history;
mod import;
mod stages;

pub use history::rebuild_history;
pub use import::{DealImport, DealOptions};
pub use stages::{suggest_stage, StageMap};

crate::target_fields!(DealField, required: [Owner, Stage], {
    ExternalId => "external_id" [
        "opportunity_id", "Opportunity ID", "Deal ID", "Record ID", "ID", "Deal - ID", "商机编号", "机会编号",
    ],
    Name => "name" [
        "Name", "Deal Name", "Opportunity Name", "Opportunity", "Deal - Title", "Title", "商机名称", "机会名称",
        "项目名称",
    ],
    Account => "account" [
        "account", "Account", "Account Name", "Company", "Company Name", "Associated Company", "Organization",
        "Deal - Organization", "客户", "客户名称", "公司名称",
    ],
    Owner => "owner" [
        "sales_agent", "Sales Agent", "Owner", "Deal Owner", "Opportunity Owner", "Owner Name", "Owner Email",
        "Deal - Owner", "Sales Rep", "Salesperson", "负责人", "销售", "销售代表", "归属人",
    ],
    Product => "product" ["product", "Product", "Product Name", "Products", "Deal - Product", "产品", "产品名称"],
    Amount => "amount" [
        "close_value", "Close Value", "Amount", "Deal Value", "Value", "Deal - Value", "Revenue", "Total",
        "金额", "商机金额", "成交金额", "合同金额",
    ],
    Currency => "currency" ["Currency", "Currency Code", "Deal Currency", "Deal - Currency", "币种", "货币"],
    Stage => "stage" [
        "deal_stage", "Deal Stage", "Stage", "Pipeline Stage", "Opportunity Stage", "Deal - Stage", "Status",
        "阶段", "商机阶段", "销售阶段", "状态",
    ],
    CreatedAt => "created_at" [
        "Created", "Create Date", "Created Date", "Created At", "Deal created", "Deal - Deal created",
        "创建时间", "创建日期",
    ],
    EngagedAt => "engaged_at" ["engage_date", "Engage Date", "Engaged", "Engaged Date", "接洽日期", "首次接洽"],
    ClosedAt => "closed_at" [
        "close_date", "Close Date", "Closed Date", "Closed At", "Won Time", "Lost Time", "Deal - Won time",
        "Deal - Lost time", "成交日期", "关闭日期", "结束日期",
    ],
    ExpectedClose => "expected_close" [
        "Expected Close Date", "Expected Close", "Deal - Expected close date", "预计成交日期", "预计签约日期",
    ],
    LostReason => "lost_reason" ["Lost Reason", "Closed Lost Reason", "Deal - Lost reason", "输单原因", "丢单原因"],
});
