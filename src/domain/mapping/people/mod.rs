//! People (the sales team) in spreadsheets: name, contact details, line
//! manager, regional office and role. Managers and offices are references
//! resolved by the migration run (`migration`), which builds the hierarchy.

mod import;

pub use import::{PersonImport, ROLE_NAMES};

crate::target_fields!(PersonField, required: [Name], {
    ExternalId => "external_id" [
        "ID", "Record ID", "User ID", "Person ID", "Employee ID", "Owner ID", "Agent ID", "员工编号", "工号", "编号",
    ],
    Name => "name" [
        "Name", "Full Name", "sales_agent", "Sales Agent", "Agent", "User", "User Name", "Employee", "Employee Name",
        "Person", "Person - Name", "Sales Rep", "Rep", "Owner Name", "姓名", "员工", "员工姓名", "销售代表", "销售",
    ],
    Email => "email" ["Email", "E-mail", "Email Address", "Work Email", "User Email", "邮箱", "电子邮件", "电子邮箱"],
    Title => "title" ["Title", "Job Title", "Position", "Designation", "职位", "职务", "头衔"],
    Phone => "phone" ["Phone", "Phone Number", "Mobile", "Mobile Phone", "Work Phone", "电话", "手机", "手机号"],
    Manager => "manager" [
        "Manager", "Manager Name", "Sales Manager", "Reports To", "Reports To Name", "Supervisor", "Line Manager",
        "上级", "经理", "直属上级", "汇报对象", "主管",
    ],
    Office => "office" [
        "regional_office", "Regional Office", "Office", "Region", "Territory", "Team", "Sales Team", "Branch",
        "Division", "区域", "大区", "办事处", "分公司", "所属区域", "团队", "区域办公室",
    ],
    Role => "role" ["Role", "User Role", "Profile", "角色", "岗位角色"],
});
