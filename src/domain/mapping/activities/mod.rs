//! Activities (calls, visits, e-mails, meetings, notes, tasks) in
//! spreadsheets, attached to a deal by its source id or to an account.

mod import;

pub use import::ActivityImport;

crate::target_fields!(ActivityField, required: [Subject], {
    Kind => "kind" ["Type", "Activity Type", "Activity - Type", "Task Type", "类型", "活动类型", "跟进方式"],
    Subject => "subject" ["Subject", "Activity Subject", "Activity - Subject", "Title", "主题", "标题"],
    Notes => "notes" ["Notes", "Note", "Description", "Body", "Activity - Note", "Comments", "备注", "内容", "跟进内容"],
    At => "at" [
        "Date", "Activity Date", "Activity date", "Activity - Due date", "Due Date", "Timestamp", "Created", "时间",
        "日期", "跟进时间",
    ],
    Done => "done" ["Done", "Completed", "Activity - Done", "Status", "完成", "状态", "是否完成"],
    Owner => "owner" ["Owner", "Assigned To", "Activity owner", "Activity - Assigned to user", "负责人", "跟进人"],
    Deal => "deal" [
        "Deal ID", "Opportunity ID", "opportunity_id", "Deal - ID", "Related Deal ID", "Associated Deal", "商机编号",
    ],
    Account => "account" ["Account", "Company", "Organization", "Activity - Organization", "Account Name", "客户", "公司"],
});
