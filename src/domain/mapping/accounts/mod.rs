//! Accounts (customer companies) in spreadsheets. The parent company is a
//! reference to another account, resolved by the migration run.

mod import;

pub use import::AccountImport;

crate::target_fields!(AccountField, required: [Name], {
    ExternalId => "external_id" [
        "ID", "Record ID", "Company ID", "Account ID", "Organization ID", "Organization - ID", "客户编号", "公司编号",
    ],
    Name => "name" [
        "account", "Name", "Account Name", "Company", "Company Name", "Organization", "Organization - Name",
        "Organisation", "客户", "客户名称", "公司", "公司名称", "企业名称",
    ],
    Industry => "industry" ["sector", "Industry", "Vertical", "Organization - Industry", "行业", "所属行业"],
    Employees => "employees" [
        "Employees", "Number of Employees", "Employee Count", "Company Size", "Headcount",
        "Organization - Number of employees", "员工数", "员工人数", "规模",
    ],
    Region => "region" [
        "office_location", "Office Location", "Region", "State", "State/Region", "Country", "Country/Region",
        "Billing Country", "Billing State/Province", "Organization - Address", "区域", "地区", "省份", "国家",
    ],
    City => "city" ["City", "Billing City", "Town", "城市", "所在城市"],
    Website => "website" ["Website", "Website URL", "Domain", "Company Domain Name", "Web", "网址", "官网"],
    Owner => "owner" [
        "Owner", "Account Owner", "Company Owner", "Organization - Owner", "Owner Email", "负责人", "客户负责人",
    ],
    Parent => "parent" [
        "subsidiary_of", "Subsidiary Of", "Parent", "Parent Account", "Parent Company", "Parent Company ID",
        "上级公司", "母公司", "所属集团",
    ],
    Notes => "notes" ["Notes", "Description", "About", "备注", "说明", "描述"],
});
