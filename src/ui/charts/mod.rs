//! Our own SVG charts: grouped bars, stacked bars, lines (with an optional
//! interval band), a funnel and a scatter (with quadrant split lines).
//!
//! Every chart draws one [`ChartData`]: categories (rows or x positions)
//! and series, where every value carries the ids of the records behind it,
//! so a bar or point can drill down. [`ChartFrame`] wraps any chart with its
//! title, a legend in words, a chart ⇄ data table toggle (the table is the
//! accessible view), a CSV download of that table, and the drill-down list.
//! Marks are focusable; hover and keyboard focus show the same tooltip.
//! Colours are the Okabe–Ito palette (`--chart-1` … `--chart-8` in
//! style/charts.css, light and dark), and values are always written out, so
//! colour is never the only signal.

mod bar;
mod canvas;
mod format;
mod frame;
mod funnel;
mod line;
mod records;
mod scatter;
mod stacked;
mod table;

pub use bar::BarChart;
pub use format::ValueFormat;
pub use frame::ChartFrame;
pub use funnel::FunnelChart;
pub use line::LineChart;
pub use records::Records;
pub use scatter::ScatterChart;
pub use stacked::StackedBar;

use crate::domain::{EntityKind, Id};

/// One series: a value per category and the records behind each value.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Series {
    /// Shown in the legend, the table header and every tooltip.
    pub name: String,
    /// One per category; `None` is "no figure" (drawn as a gap, shown "—").
    pub values: Vec<Option<f64>>,
    /// One list per category: the records the value was computed from.
    /// May be shorter than `values` (missing lists mean no records).
    pub records: Vec<Vec<Id>>,
}

impl Series {
    pub fn new(name: impl Into<String>, values: Vec<Option<f64>>, records: Vec<Vec<Id>>) -> Series {
        Series { name: name.into(), values, records }
    }
    /// The value at `category`, if any.
    pub fn value(&self, category: usize) -> Option<f64> {
        self.values.get(category).copied().flatten()
    }
    /// The records behind the value at `category`.
    pub fn records_at(&self, category: usize) -> &[Id] {
        self.records.get(category).map_or(&[], |v| v.as_slice())
    }
}

/// What a chart draws.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ChartData {
    /// Heading; the CSV file is named after it.
    pub title: String,
    /// How every value reads (money in minor units, percent 0–100, …).
    pub format: ValueFormat,
    /// Header of the table's first column ("Rep", "Month", "Stage").
    pub category_label: String,
    /// Row or x-axis labels, in order.
    pub categories: Vec<String>,
    pub series: Vec<Series>,
    /// Kinds the record ids may be, most likely first: the drill-down looks
    /// each id up among these.
    pub record_kinds: Vec<EntityKind>,
}

impl ChartData {
    /// Largest value over every series (0 when there is none).
    pub fn max(&self) -> f64 {
        self.series.iter().flat_map(|s| s.values.iter().flatten()).fold(0.0f64, |m, v| m.max(*v))
    }
}

/// Which mark was picked: series index and category index.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Pick {
    pub series: usize,
    pub category: usize,
}

/// Options of [`LineChart`].
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct LineOptions {
    /// Series indexes `(lower, upper)` drawn as a shaded interval band
    /// instead of lines (a forecast's range); they stay columns of the table.
    pub band: Option<(usize, usize)>,
}

/// Options of [`ScatterChart`]. The x values are series 0, the y values
/// series 1; categories label the points.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ScatterOptions {
    /// Vertical split line at this x (quadrant boundary).
    pub split_x: Option<f64>,
    /// Horizontal split line at this y.
    pub split_y: Option<f64>,
    /// Names written in the quadrants: top-left, top-right, bottom-left,
    /// bottom-right (empty strings are skipped).
    pub quadrant_names: [String; 4],
}

/// The chart a [`ChartFrame`] draws.
#[derive(Clone, Debug, PartialEq)]
pub enum ChartKind {
    /// Horizontal bars, one row per category, one bar per series.
    Bar,
    /// One horizontal bar per category, series stacked left to right.
    Stacked,
    /// Categories along x (e.g. months), one line per series.
    Line(LineOptions),
    /// Series 0 as funnel steps (categories are the stages), with the
    /// conversion from each step to the next.
    Funnel,
    Scatter(ScatterOptions),
}

/// CSS class giving series `i` its palette colour (`c1` … `c8`, repeating
/// after 8): fill and stroke in SVG, text colour elsewhere (style/charts.css).
/// A class, not an inline style: the content security policy forbids
/// style attributes.
pub fn colour(i: usize) -> String {
    format!("c{}", i % 8 + 1)
}
