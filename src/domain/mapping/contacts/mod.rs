//! Contacts (people at customer companies) in spreadsheets; the account is
//! a reference resolved by the migration run.

mod import;

pub use import::ContactImport;

crate::target_fields!(ContactField, required: [Name, Account], {
    ExternalId => "external_id" ["ID", "Record ID", "Contact ID", "Person - ID", "联系人编号"],
    Name => "name" ["Name", "Full Name", "Contact Name", "Contact", "Person - Name", "姓名", "联系人", "联系人姓名"],
    Account => "account" [
        "Account", "Account Name", "Company", "Company Name", "Associated Company", "Organization",
        "Person - Organization", "客户", "客户名称", "公司", "公司名称",
    ],
    Title => "title" ["Title", "Job Title", "Position", "Person - Job title", "职位", "职务"],
    Email => "email" ["Email", "E-mail", "Email Address", "Person - Email", "邮箱", "电子邮件"],
    Phone => "phone" ["Phone", "Phone Number", "Mobile", "Mobile Phone", "Person - Phone", "电话", "手机"],
});
