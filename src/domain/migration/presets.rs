//! Presets: the column names of common exports, tried before the generic
//! aliases, so a header that means different things in different CRMs
//! ("Close Date", "Title", "Status") maps the way that CRM meant it.

use super::FileKind;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Preset {
    /// Only the catalogue's aliases (English, Chinese, other CRMs' names).
    #[default]
    Generic,
    HubSpot,
    Pipedrive,
    Salesforce,
    /// The public CRM sample (sales_teams, accounts, products, sales_pipeline).
    SampleData,
}

impl Preset {
    pub const ALL: [Preset; 5] = [Preset::Generic, Preset::HubSpot, Preset::Pipedrive, Preset::Salesforce, Preset::SampleData];

    pub fn index(self) -> usize {
        self as usize
    }

    /// (header, field key) pairs for files of `kind`.
    pub fn headers(self, kind: FileKind) -> &'static [(&'static str, &'static str)] {
        use FileKind as K;
        match (self, kind) {
            (Preset::Generic, _) => &[],
            (Preset::HubSpot, K::Deals) => &[
                ("Record ID", "external_id"), ("Deal Name", "name"), ("Deal Stage", "stage"), ("Amount", "amount"),
                ("Close Date", "closed_at"), ("Create Date", "created_at"), ("Deal owner", "owner"),
                ("Associated Company", "account"), ("Currency", "currency"), ("Closed lost reason", "lost_reason"),
            ],
            (Preset::HubSpot, K::Accounts) => &[
                ("Record ID", "external_id"), ("Company name", "name"), ("Industry", "industry"),
                ("Number of Employees", "employees"), ("Country/Region", "region"), ("City", "city"),
                ("Website URL", "website"), ("Company owner", "owner"), ("Parent Company", "parent"),
            ],
            (Preset::HubSpot, K::Contacts) => &[
                ("Record ID", "external_id"), ("Associated Company", "account"), ("Job Title", "title"),
                ("Email", "email"), ("Phone Number", "phone"),
            ],
            (Preset::HubSpot, K::People) => &[("User ID", "external_id"), ("Email", "email"), ("Team", "office")],
            (Preset::Pipedrive, K::Deals) => &[
                ("Deal - ID", "external_id"), ("Deal - Title", "name"), ("Deal - Organization", "account"),
                ("Deal - Owner", "owner"), ("Deal - Value", "amount"), ("Deal - Currency", "currency"),
                ("Deal - Stage", "stage"), ("Deal - Deal created", "created_at"), ("Deal - Won time", "closed_at"),
                ("Deal - Expected close date", "expected_close"), ("Deal - Lost reason", "lost_reason"),
            ],
            (Preset::Pipedrive, K::Accounts) => &[
                ("Organization - ID", "external_id"), ("Organization - Name", "name"),
                ("Organization - Owner", "owner"), ("Organization - Address", "region"),
            ],
            (Preset::Pipedrive, K::Contacts) => &[
                ("Person - ID", "external_id"), ("Person - Name", "name"), ("Person - Organization", "account"),
                ("Person - Email", "email"), ("Person - Phone", "phone"),
            ],
            (Preset::Salesforce, K::Deals) => &[
                ("Opportunity ID", "external_id"), ("Opportunity Name", "name"), ("Account Name", "account"),
                ("Opportunity Owner", "owner"), ("Amount", "amount"), ("Stage", "stage"), ("Close Date", "closed_at"),
                ("Created Date", "created_at"), ("Opportunity Currency", "currency"), ("Loss Reason", "lost_reason"),
            ],
            (Preset::Salesforce, K::Accounts) => &[
                ("Account ID", "external_id"), ("Account Name", "name"), ("Industry", "industry"),
                ("Employees", "employees"), ("Billing State/Province", "region"), ("Billing City", "city"),
                ("Website", "website"), ("Account Owner", "owner"), ("Parent Account", "parent"),
            ],
            (Preset::Salesforce, K::Contacts) => &[("Contact ID", "external_id"), ("Account Name", "account")],
            (Preset::Salesforce, K::People) => &[("User ID", "external_id"), ("Full Name", "name"), ("Manager", "manager"), ("Role", "role")],
            (Preset::Salesforce, K::Products) => &[("Product ID", "external_id"), ("Product Name", "name"), ("Product Code", "sku"), ("Product Family", "category")],
            (Preset::SampleData, K::People) => &[("sales_agent", "name"), ("manager", "manager"), ("regional_office", "office")],
            (Preset::SampleData, K::Accounts) => &[
                ("account", "name"), ("sector", "industry"), ("employees", "employees"), ("office_location", "region"),
                ("subsidiary_of", "parent"),
            ],
            (Preset::SampleData, K::Products) => &[("product", "name"), ("series", "category"), ("sales_price", "list_price")],
            (Preset::SampleData, K::Deals) => &[
                ("opportunity_id", "external_id"), ("sales_agent", "owner"), ("product", "product"), ("account", "account"),
                ("deal_stage", "stage"), ("engage_date", "engaged_at"), ("close_date", "closed_at"), ("close_value", "amount"),
            ],
            _ => &[],
        }
    }
}
