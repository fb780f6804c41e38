//! Strings of the lead CSV import wizard and the CSV export, in both
//! locales. A field missing from either const fails to compile.

type Fmt1 = fn(&str) -> String;
type FmtN = fn(usize) -> String;

pub struct CsvTexts {
    pub import_csv: &'static str,
    pub export_csv: &'static str,
    pub export_csv_hint: FmtN,
    pub export_selected: &'static str,
    pub exported: fn(usize, &str) -> String,

    pub title: &'static str,
    pub intro: &'static str,
    /// File, Columns, Check.
    pub steps: [&'static str; 3],
    pub steps_label: &'static str,
    pub back: &'static str,
    pub next_columns: &'static str,
    pub next_check: &'static str,

    pub choose_file: &'static str,
    pub file_hint: &'static str,
    pub reading: &'static str,
    pub file_info: fn(&str, usize) -> String,
    pub encoding: &'static str,
    /// Indexed like `ui::leads::csv_import::ENCODINGS`.
    pub encodings: [&'static str; 4],
    pub separator: &'static str,
    /// Comma, semicolon, tab.
    pub separators: [&'static str; 3],
    pub date_order: &'static str,
    /// Day first, month first.
    pub date_orders: [&'static str; 2],
    pub date_order_hint: &'static str,
    pub preview: fn(usize, usize) -> String,
    pub col_row: &'static str,

    pub cannot_read: &'static str,
    pub err_file: &'static str,
    pub err_workbook: &'static str,
    pub err_undecodable: Fmt1,
    pub err_no_header: &'static str,
    pub err_no_rows: &'static str,
    pub err_quote: FmtN,
    pub err_too_large: &'static str,

    pub mapping: &'static str,
    pub mapping_hint: &'static str,
    pub col_column: &'static str,
    pub col_sample: &'static str,
    pub col_field: &'static str,
    pub field_for: Fmt1,
    pub ignore: &'static str,
    pub suggested: &'static str,
    /// Lead fields, indexed like `LeadField::ALL`.
    pub fields: [&'static str; 26],
    pub missing_name: &'static str,
    pub unknown_owner: &'static str,
    pub dupes: &'static str,
    pub dupe_skip: &'static str,
    pub dupe_skip_hint: &'static str,
    pub dupe_merge: &'static str,
    pub dupe_merge_hint: &'static str,
    pub dupe_create: &'static str,
    pub dupe_create_hint: &'static str,

    pub checking: &'static str,
    pub summary: &'static str,
    pub count_new: &'static str,
    pub count_merged: &'static str,
    pub count_unchanged: &'static str,
    pub count_skipped: &'static str,
    pub count_invalid: &'static str,
    pub problems: FmtN,
    pub problems_more: FmtN,
    pub col_column_name: &'static str,
    pub col_value: &'static str,
    pub col_problem: &'static str,
    pub no_column: &'static str,
    pub column_number: FmtN,
    pub fix_hint: &'static str,
    pub skip_invalid: FmtN,
    pub import_n: FmtN,
    pub nothing_to_import: &'static str,
    pub imported: fn(usize, usize) -> String,
    pub import_undone: &'static str,

    pub reason_required: &'static str,
    pub reason_not_a_date: &'static str,
    pub reason_no_such_date: &'static str,
    pub reason_not_a_number: &'static str,
    pub reason_too_large: &'static str,
    pub reason_not_an_amount: &'static str,
    pub reason_not_a_choice: &'static str,
    pub reason_not_an_email: &'static str,
    pub reason_not_an_id: &'static str,
    pub reason_unknown_person: &'static str,
    pub reason_ambiguous_person: &'static str,
    /// Other record kinds, by their (plural) list label.
    pub reason_unknown: Fmt1,
    pub reason_ambiguous: Fmt1,
    pub reason_extra_cells: fn(usize, usize) -> String,
    /// The currency the amount must be in.
    pub reason_other_currency: Fmt1,
    /// What is still owed on the invoice, formatted.
    pub reason_overpaid: Fmt1,
}

pub const EN: CsvTexts = CsvTexts {
    import_csv: "Import CSV",
    export_csv: "Export CSV",
    export_csv_hint: |n| format!("Export the {n} leads shown, in this order, as a CSV file"),
    export_selected: "Export selected",
    exported: |n, file| format!("Exported {n} leads to {file}"),

    title: "Import leads from a CSV file",
    intro: "Nothing is saved until you confirm on the last step.",
    steps: ["File", "Columns", "Check"],
    steps_label: "Import steps",
    back: "Back",
    next_columns: "Next: match columns",
    next_check: "Next: check rows",

    choose_file: "CSV file",
    file_hint: "Saved from Excel, WPS, Numbers or another CRM. UTF-8 and GBK are detected.",
    reading: "Reading the file…",
    file_info: |name, rows| format!("{name}: {rows} rows"),
    encoding: "Encoding",
    encodings: ["UTF-8", "GBK / GB18030", "UTF-16 LE", "UTF-16 BE"],
    separator: "Separator",
    separators: ["Comma ( , )", "Semicolon ( ; )", "Tab"],
    date_order: "Dates like 3/1/2024",
    date_orders: ["Day first (3 January)", "Month first (March 1)"],
    date_order_hint: "Dates written year first, such as 2024-03-01, are always read year, month, day.",
    preview: |shown, total| format!("First {shown} of {total} rows"),
    col_row: "Row",

    cannot_read: "This file cannot be imported",
    err_file: "The browser could not read the file. Choose it again.",
    err_workbook: "This is an Excel workbook (.xlsx or .xls), not a CSV file. In Excel choose File → Save As → “CSV UTF-8”, then choose that file.",
    err_undecodable: |enc| format!("The file is not text in {enc}. Pick another encoding, or save the file again as “CSV UTF-8”."),
    err_no_header: "The file is empty: there is no header row.",
    err_no_rows: "The file has a header row but no leads below it.",
    err_quote: |row| format!("A quoted cell that starts on row {row} is never closed (a \" is missing)."),
    err_too_large: "The file is too large to import in one go. Split it into smaller files.",

    mapping: "Match columns to lead fields",
    mapping_hint: "Each column of the file feeds one lead field. Columns set to “Don’t import” are left out.",
    col_column: "Column in the file",
    col_sample: "Example",
    col_field: "Lead field",
    field_for: |col| format!("Lead field for the column “{col}”"),
    ignore: "Don’t import",
    suggested: "matched by its name",
    fields: [
        "SalesFlow ID", "Name", "First name", "Last name", "Company", "Job title", "Email", "Phone", "Industry",
        "Employees", "Region", "City", "Channel", "Channel detail", "List vendor", "Acquisition date",
        "Lawful basis", "Consent expiry", "Budget", "Timeline (months)", "Status", "Owner", "Created",
        "First contact", "Disqualify reason", "Notes",
    ],
    missing_name: "Choose the column that holds the lead’s name (or its first and last name) to go on.",
    unknown_owner: "Leave a lead unassigned when its owner is not in the team",
    dupes: "Rows for leads already in SalesFlow (same email or phone)",
    dupe_skip: "Skip them",
    dupe_skip_hint: "the existing lead stays as it is",
    dupe_merge: "Merge them",
    dupe_merge_hint: "filled cells update the existing lead",
    dupe_create: "Import as new leads",
    dupe_create_hint: "you get two leads for the same person",

    checking: "Checking rows…",
    summary: "What the import will do",
    count_new: "New leads",
    count_merged: "Merged into existing leads",
    count_unchanged: "Already up to date",
    count_skipped: "Skipped (already there)",
    count_invalid: "Rows with problems",
    problems: |n| if n == 1 { "1 row has problems".into() } else { format!("{n} rows have problems") },
    problems_more: |n| format!("… and {n} more problems not listed."),
    col_column_name: "Column",
    col_value: "Value",
    col_problem: "Problem",
    no_column: "(no column)",
    column_number: |n| format!("column {n}"),
    fix_hint: "Fix these rows in the file and choose it again, or import only the valid rows.",
    skip_invalid: |n| {
        if n == 1 {
            "Import only the valid rows and leave out the row with problems".into()
        } else {
            format!("Import only the valid rows and leave out the {n} rows with problems")
        }
    },
    import_n: |n| if n == 1 { "Import 1 lead".into() } else { format!("Import {n} leads") },
    nothing_to_import: "There is nothing to import: every row is skipped or unchanged.",
    imported: |new, merged| {
        let leads = if new == 1 { "1 new lead".to_string() } else { format!("{new} new leads") };
        match merged {
            0 => format!("Imported {leads}"),
            m => format!("Imported {leads}; {m} existing updated"),
        }
    },
    import_undone: "Import undone",

    reason_required: "required, but empty",
    reason_not_a_date: "not a date",
    reason_no_such_date: "no such date (check the day and month order)",
    reason_not_a_number: "not a whole number",
    reason_too_large: "too large",
    reason_not_an_amount: "not an amount",
    reason_not_a_choice: "not one of the known values",
    reason_not_an_email: "not an email address",
    reason_not_an_id: "not a SalesFlow ID",
    reason_unknown_person: "nobody in the team has this name or email",
    reason_ambiguous_person: "several people in the team have this name",
    reason_unknown: |kinds| format!("none of the {kinds} matches"),
    reason_ambiguous: |kinds| format!("matches several of the {kinds}"),
    reason_extra_cells: |expected, found| format!("{found} cells, but the header has {expected}"),
    reason_other_currency: |code| format!("not in {code}, the currency it must be in"),
    reason_overpaid: |balance| format!("more than the {balance} still owed on the invoice"),
};

pub const ZH: CsvTexts = CsvTexts {
    import_csv: "导入 CSV",
    export_csv: "导出 CSV",
    export_csv_hint: |n| format!("按当前顺序把显示的 {n} 条线索导出为 CSV 文件"),
    export_selected: "导出所选",
    exported: |n, file| format!("已导出 {n} 条线索：{file}"),

    title: "从 CSV 文件导入线索",
    intro: "在最后一步确认之前，不会保存任何内容。",
    steps: ["文件", "字段对应", "检查"],
    steps_label: "导入步骤",
    back: "上一步",
    next_columns: "下一步：对应字段",
    next_check: "下一步：检查数据",

    choose_file: "CSV 文件",
    file_hint: "可由 Excel、WPS、Numbers 或其他 CRM 导出，自动识别 UTF-8 和 GBK 编码。",
    reading: "正在读取文件…",
    file_info: |name, rows| format!("{name}：共 {rows} 行"),
    encoding: "编码",
    encodings: ["UTF-8", "GBK / GB18030", "UTF-16 LE", "UTF-16 BE"],
    separator: "分隔符",
    separators: ["逗号（,）", "分号（;）", "制表符"],
    date_order: "3/1/2024 这类日期",
    date_orders: ["日在前（1 月 3 日）", "月在前（3 月 1 日）"],
    date_order_hint: "年份在前的日期（如 2024-03-01、2024年3月1日）始终按年、月、日读取。",
    preview: |shown, total| format!("前 {shown} 行（共 {total} 行）"),
    col_row: "行号",

    cannot_read: "无法导入此文件",
    err_file: "浏览器无法读取该文件，请重新选择。",
    err_workbook: "这是 Excel 工作簿（.xlsx 或 .xls），不是 CSV 文件。请在 Excel 中选择“文件 → 另存为 → CSV UTF-8”，再选择另存的文件。",
    err_undecodable: |enc| format!("该文件不是 {enc} 编码的文本。请换一种编码，或将文件另存为“CSV UTF-8”。"),
    err_no_header: "文件为空：没有表头行。",
    err_no_rows: "文件只有表头，下面没有线索数据。",
    err_quote: |row| format!("第 {row} 行开始的带引号单元格没有结束（缺少一个 \"）。"),
    err_too_large: "文件太大，无法一次导入，请拆分成几个较小的文件。",

    mapping: "将列对应到线索字段",
    mapping_hint: "文件中的每一列对应一个线索字段；设为“不导入”的列将被忽略。",
    col_column: "文件中的列",
    col_sample: "示例",
    col_field: "线索字段",
    field_for: |col| format!("“{col}”列对应的线索字段"),
    ignore: "不导入",
    suggested: "按列名自动对应",
    fields: [
        "SalesFlow 编号", "姓名", "名", "姓", "公司", "职位", "邮箱", "电话", "行业", "员工人数", "区域", "城市",
        "渠道", "渠道详情", "名单供应商", "获取日期", "合法依据", "授权到期日", "预算", "采购周期（月）", "状态",
        "负责人", "创建时间", "首次联系时间", "无效原因", "备注",
    ],
    missing_name: "请选择存放线索姓名（或名和姓）的列，才能继续。",
    unknown_owner: "负责人不在团队中时，线索留在待分配",
    dupes: "系统中已有的线索（邮箱或电话相同）",
    dupe_skip: "跳过",
    dupe_skip_hint: "保留现有线索不变",
    dupe_merge: "合并",
    dupe_merge_hint: "用文件中已填写的单元格更新现有线索",
    dupe_create: "作为新线索导入",
    dupe_create_hint: "同一个人会有两条线索",

    checking: "正在检查数据…",
    summary: "导入结果预览",
    count_new: "新线索",
    count_merged: "合并到现有线索",
    count_unchanged: "已是最新",
    count_skipped: "跳过（已存在）",
    count_invalid: "有问题的行",
    problems: |n| format!("{n} 行有问题"),
    problems_more: |n| format!("……另有 {n} 个问题未列出。"),
    col_column_name: "列",
    col_value: "值",
    col_problem: "问题",
    no_column: "（无对应列）",
    column_number: |n| format!("第 {n} 列"),
    fix_hint: "请在文件中改正这些行后重新选择文件，或只导入没有问题的行。",
    skip_invalid: |n| format!("只导入没有问题的行，跳过 {n} 行有问题的数据"),
    import_n: |n| format!("导入 {n} 条线索"),
    nothing_to_import: "没有需要导入的数据：所有行都被跳过或已是最新。",
    imported: |new, merged| match merged {
        0 => format!("已导入 {new} 条新线索"),
        m => format!("已导入 {new} 条新线索，更新 {m} 条现有线索"),
    },
    import_undone: "已撤销导入",

    reason_required: "必填，但为空",
    reason_not_a_date: "不是日期",
    reason_no_such_date: "日期不存在（请检查日、月顺序）",
    reason_not_a_number: "不是整数",
    reason_too_large: "数值过大",
    reason_not_an_amount: "不是金额",
    reason_not_a_choice: "不是可识别的选项",
    reason_not_an_email: "不是邮箱地址",
    reason_not_an_id: "不是 SalesFlow 编号",
    reason_unknown_person: "团队中没有此姓名或邮箱的成员",
    reason_ambiguous_person: "团队中有多人同名",
    reason_unknown: |kinds| format!("在“{kinds}”中找不到"),
    reason_ambiguous: |kinds| format!("在“{kinds}”中匹配到多条"),
    reason_extra_cells: |expected, found| format!("有 {found} 个单元格，但表头只有 {expected} 列"),
    reason_other_currency: |code| format!("币种应为 {code}"),
    reason_overpaid: |balance| format!("超过发票尚欠的 {balance}"),
};

#[cfg(test)]
mod tests {
    use super::{EN, ZH};
    use crate::domain::mapping::leads::LeadField;
    use crate::domain::mapping::{Mapping, Target};

    /// A file the app exported maps itself back, in either language.
    #[test]
    fn field_labels_name_every_field_and_map_back() {
        for t in [EN, ZH] {
            assert_eq!(t.fields.len(), LeadField::ALL.len());
            let m = Mapping::suggest(&t.fields, &LeadField::labelled(&t.fields));
            let mapped: Vec<_> = (0..t.fields.len()).map(|c| m.field_at(c)).collect();
            let all: Vec<_> = LeadField::ALL.iter().copied().map(Some).collect();
            assert_eq!(mapped, all);
        }
    }
}
