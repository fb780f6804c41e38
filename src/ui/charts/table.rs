//! The data table behind a chart (its accessible view) and the same table
//! as a CSV file. Cells carry `data-value`, the plain number the CSV holds.

use leptos::prelude::*;

use super::{ChartData, Pick};
use crate::store::csv::CsvWriter;

/// The table as CSV (UTF-8 with BOM, CRLF; see `CsvWriter`): a header of
/// the category label and the series names, then one row per category with
/// plain numbers (money in major units), empty where there is no value.
pub fn csv_bytes(d: &ChartData) -> Vec<u8> {
    let mut w = CsvWriter::new();
    w.row(std::iter::once(d.category_label.clone()).chain(d.series.iter().map(|s| s.name.clone())));
    for (c, name) in d.categories.iter().enumerate() {
        w.row(std::iter::once(name.clone()).chain(d.series.iter().map(|s| d.format.plain(s.value(c)))));
    }
    w.finish()
}

/// A file name from the title: characters file systems refuse become "_".
pub fn file_name(title: &str) -> String {
    let safe: String = title.chars().map(|c| if matches!(c, '/' | '\\' | ':' | '*' | '?' | '"' | '<' | '>' | '|') || c.is_control() { '_' } else { c }).collect();
    let safe = safe.trim();
    format!("{}.csv", if safe.is_empty() { "chart" } else { safe })
}

#[component]
pub fn DataTable(
    #[prop(into)] data: Signal<ChartData>,
    on_pick: Callback<Pick>,
    /// Accessible name of a cell's button: (category, series, value) → text.
    records_label: fn(&str, usize) -> String,
) -> impl IntoView {
    view! {
        <div class="table-wrap">
            <table class="table chart-table" data-testid="chart-table">
                <caption class="sr-only">{move || data.with(|d| d.title.clone())}</caption>
                <thead><tr>
                    <th scope="col">{move || data.with(|d| d.category_label.clone())}</th>
                    {move || data.with(|d| d.series.iter().map(|s| view! { <th scope="col" class="num">{s.name.clone()}</th> }).collect_view())}
                </tr></thead>
                <tbody>
                    {move || {
                        let d = data.get();
                        d.categories.iter().enumerate().map(|(c, name)| {
                            let cells = d.series.iter().enumerate().map(|(s, ser)| {
                                let v = ser.value(c);
                                let n = ser.records_at(c).len();
                                let text = d.format.text(v);
                                let body = if n > 0 {
                                    view! {
                                        <button class="btn-link" type="button" data-testid="chart-cell-drill" title=records_label(&text, n)
                                            on:click=move |_| on_pick.run(Pick { series: s, category: c })>{text.clone()}</button>
                                    }.into_any()
                                } else {
                                    text.clone().into_any()
                                };
                                view! { <td class="num" data-testid="chart-cell" data-value=d.format.plain(v) data-records=n>{body}</td> }
                            }).collect_view();
                            view! { <tr data-testid="chart-row"><th scope="row">{name.clone()}</th>{cells}</tr> }
                        }).collect_view()
                    }}
                </tbody>
            </table>
        </div>
    }
}
