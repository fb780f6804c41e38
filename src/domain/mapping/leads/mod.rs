//! Leads in spreadsheets: the fields a column can feed, how a row becomes a
//! `Lead` (`import`), how leads become rows (`export`), and which leads are
//! the same person (`dupes`).

mod dupes;
mod export;
mod import;

#[cfg(test)]
mod tests;

pub use dupes::LeadKey;
pub use export::LeadExport;
pub use import::{lead_planner, plan_leads, LeadImport, LeadOptions};

use super::Target;

/// The label tables' orders, shared with the lead list.
pub use crate::domain::lead_list::{CHANNELS, STATUSES};

/// Every lead field a column can be mapped to. The order is the mapping
/// screen's and the export's; `index` is the position.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LeadField {
    Id,
    Name,
    FirstName,
    LastName,
    Company,
    Title,
    Email,
    Phone,
    Industry,
    Employees,
    Region,
    City,
    Channel,
    ChannelDetail,
    ConsentVendor,
    ConsentDate,
    ConsentBasis,
    ConsentExpiry,
    Budget,
    TimelineMonths,
    Status,
    Owner,
    CreatedAt,
    FirstContactAt,
    DisqualifyReason,
    Notes,
}

use LeadField as F;

impl LeadField {
    /// The columns an export writes: all but the name halves, which exist
    /// only to read other CRMs' exports.
    pub fn export_columns() -> Vec<LeadField> {
        F::ALL.iter().copied().filter(|f| !matches!(f, F::FirstName | F::LastName)).collect()
    }
}

impl Target for LeadField {
    const ALL: &'static [LeadField] = &[
        F::Id,
        F::Name,
        F::FirstName,
        F::LastName,
        F::Company,
        F::Title,
        F::Email,
        F::Phone,
        F::Industry,
        F::Employees,
        F::Region,
        F::City,
        F::Channel,
        F::ChannelDetail,
        F::ConsentVendor,
        F::ConsentDate,
        F::ConsentBasis,
        F::ConsentExpiry,
        F::Budget,
        F::TimelineMonths,
        F::Status,
        F::Owner,
        F::CreatedAt,
        F::FirstContactAt,
        F::DisqualifyReason,
        F::Notes,
    ];
    const ID: Option<LeadField> = Some(F::Id);

    fn index(self) -> usize {
        self as usize
    }

    fn key(self) -> &'static str {
        match self {
            F::Id => "id",
            F::Name => "name",
            F::FirstName => "first_name",
            F::LastName => "last_name",
            F::Company => "company",
            F::Title => "title",
            F::Email => "email",
            F::Phone => "phone",
            F::Industry => "industry",
            F::Employees => "employees",
            F::Region => "region",
            F::City => "city",
            F::Channel => "channel",
            F::ChannelDetail => "channel_detail",
            F::ConsentVendor => "consent_vendor",
            F::ConsentDate => "consent_date",
            F::ConsentBasis => "consent_basis",
            F::ConsentExpiry => "consent_expiry",
            F::Budget => "budget",
            F::TimelineMonths => "timeline_months",
            F::Status => "status",
            F::Owner => "owner",
            F::CreatedAt => "created_at",
            F::FirstContactAt => "first_contact_at",
            F::DisqualifyReason => "disqualify_reason",
            F::Notes => "notes",
        }
    }

    fn required(self) -> bool {
        self == F::Name
    }

    fn alternatives(self) -> &'static [LeadField] {
        match self {
            F::Name => &[F::FirstName, F::LastName],
            _ => &[],
        }
    }

    fn aliases(self) -> &'static [&'static str] {
        match self {
            // Only our own id: other CRMs' record ids are not SalesFlow ids.
            F::Id => &["SalesFlow ID", "SalesFlow 编号"],
            F::Name => &[
                "Name", "Full Name", "Lead Name", "Contact Name", "Contact", "Person", "Person - Name",
                "姓名", "名字", "联系人", "联系人姓名", "客户姓名", "线索名称", "线索姓名",
            ],
            F::FirstName => &["First Name", "Given Name", "Firstname", "名"],
            F::LastName => &["Last Name", "Surname", "Family Name", "Lastname", "姓"],
            F::Company => &[
                "Company", "Company Name", "Organization", "Organisation", "Organization - Name", "Account",
                "Account Name", "Business Name", "公司", "公司名称", "企业", "企业名称", "单位", "单位名称",
                "客户名称", "机构", "机构名称",
            ],
            F::Title => &[
                "Title", "Job Title", "Position", "Job Position", "Designation", "Person - Job title", "职位",
                "职务", "头衔", "岗位",
            ],
            F::Email => &[
                "Email", "E-mail", "Email Address", "E-mail Address", "Mail", "Work Email", "Business Email",
                "Person - Email", "Email 1", "邮箱", "电子邮件", "电子邮箱", "邮件", "邮箱地址", "电子邮件地址",
            ],
            F::Phone => &[
                "Phone", "Phone Number", "Mobile", "Mobile Phone", "Mobile Phone Number", "Mobile Number", "Cell",
                "Cell Phone", "Telephone", "Tel", "Work Phone", "Business Phone", "Person - Phone", "手机",
                "手机号", "手机号码", "电话", "电话号码", "联系电话", "联系方式", "座机", "移动电话",
            ],
            F::Industry => &["Industry", "Sector", "Vertical", "行业", "所属行业", "行业类别", "行业分类"],
            F::Employees => &[
                "Employees", "Number of Employees", "No. of Employees", "Employee Count", "Company Size",
                "Headcount", "员工数", "员工人数", "公司规模", "企业规模", "人数", "规模",
            ],
            F::Region => &[
                "Region", "State", "Province", "State/Region", "State/Province", "Territory", "区域", "地区",
                "大区", "省份", "省", "所在地区", "所属区域",
            ],
            F::City => &["City", "Town", "城市", "所在城市", "市"],
            F::Channel => &[
                "Channel", "Source", "Lead Source", "Original Source", "Source Channel", "渠道", "来源",
                "线索来源", "获取渠道", "来源渠道", "渠道来源",
            ],
            F::ChannelDetail => &[
                "Channel Detail", "Source Detail", "Source Details", "Original Source Drill-Down 1", "Campaign",
                "Event", "Partner", "Referrer", "渠道详情", "来源详情", "来源说明", "活动", "展会", "推荐人",
                "合作伙伴",
            ],
            F::ConsentVendor => &[
                "Consent Vendor", "List Vendor", "Data Vendor", "Vendor", "数据供应商", "名单供应商", "供应商",
            ],
            F::ConsentDate => &[
                "Consent Date", "Acquisition Date", "Acquired On", "Date Acquired", "获取日期", "采购日期",
                "授权日期", "同意日期",
            ],
            F::ConsentBasis => &[
                "Consent Basis", "Lawful Basis", "Legal Basis", "Consent", "合法依据", "授权依据", "同意依据",
                "授权方式",
            ],
            F::ConsentExpiry => &[
                "Consent Expiry", "Consent Expires", "Consent Expiry Date", "Consent Expiration", "授权到期",
                "授权到期日", "同意到期日", "有效期至",
            ],
            F::Budget => &["Budget", "Estimated Budget", "Budget Amount", "预算", "预算金额", "采购预算"],
            F::TimelineMonths => &[
                "Timeline", "Timeline (months)", "Purchase Timeline", "Months to Purchase", "Timeframe",
                "采购周期", "预计采购时间", "购买周期", "时间线", "采购时间（月）",
            ],
            F::Status => &["Status", "Lead Status", "状态", "线索状态", "跟进状态"],
            F::Owner => &[
                "Owner", "Lead Owner", "Contact Owner", "Owner Email", "Owner Name", "Assigned To", "Sales Rep",
                "Salesperson", "Rep", "负责人", "跟进人", "销售", "销售代表", "所属销售", "归属人", "业务员",
            ],
            F::CreatedAt => &[
                "Created", "Created Date", "Create Date", "Created At", "Created Time", "Date Created",
                "Lead Created", "创建时间", "创建日期", "录入时间", "登记日期", "获取时间",
            ],
            F::FirstContactAt => &[
                "First Contact", "First Contacted", "First Contact Date", "First Response", "首次联系",
                "首次联系时间", "首次跟进时间",
            ],
            F::DisqualifyReason => &[
                "Disqualify Reason", "Disqualification Reason", "Unqualified Reason", "作废原因", "无效原因",
                "不合格原因",
            ],
            F::Notes => &[
                "Notes", "Note", "Description", "Comments", "Comment", "Remarks", "备注", "说明", "描述",
            ],
        }
    }
}
