//! Strings of the chart frame (`ui::charts`): table toggle, CSV, legend,
//! drill-down.

pub struct ChartTexts {
    pub show_table: &'static str,
    pub show_chart: &'static str,
    pub csv: &'static str,
    pub csv_hint: &'static str,
    pub legend: &'static str,
    pub hint: &'static str,
    pub no_data: &'static str,
    pub close: &'static str,
    /// (what was picked, record count) → heading of the drill-down list.
    pub records_of: fn(&str, usize) -> String,
    /// (value, record count) → a table cell button's hint.
    pub cell_records: fn(&str, usize) -> String,
}

pub const EN: ChartTexts = ChartTexts {
    show_table: "Show table",
    show_chart: "Show chart",
    csv: "CSV",
    csv_hint: "Download the table as a CSV file",
    legend: "Legend",
    hint: "Select a bar or point (or focus it and press Enter) to list the records behind it.",
    no_data: "No figures for this period.",
    close: "Close",
    records_of: |what, n| format!("Records behind {what} ({n})"),
    cell_records: |value, n| format!("{value}: show the {n} records behind it"),
};

pub const ZH: ChartTexts = ChartTexts {
    show_table: "显示数据表",
    show_chart: "显示图表",
    csv: "导出 CSV",
    csv_hint: "将数据表下载为 CSV 文件",
    legend: "图例",
    hint: "点击柱形或数据点（或聚焦后按 Enter）可查看其背后的记录。",
    no_data: "该期间没有数据。",
    close: "关闭",
    records_of: |what, n| format!("{what} 的记录（{n} 条）"),
    cell_records: |value, n| format!("{value}：查看背后的 {n} 条记录"),
};
