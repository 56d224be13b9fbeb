//! A horizontal bar chart as inline SVG: one row per category (a month), its bar made of
//! one stacked segment per series (a request kind), and the bar's value written at its
//! end. No script draws it. It scales with its viewBox, so it reflows to 320 px, and rows
//! keep their labels readable there because the chart grows downwards, not sideways.
//!
//! The SVG is one image to assistive technology (`role="img"`, named by its `<title>` and
//! `<desc>`); the page puts a sentence and a table with the same numbers beside it. Series
//! differ by pattern as well as by colour (stripes, dots, lines), so neither colour vision
//! nor forced colours, where every fill becomes one system colour, loses them. Each
//! segment carries its series and value in data attributes, so tests can hold the chart
//! to its table.

use maud::{Markup, html};

/// One series: its name (in the legend) and a value per category.
pub struct Series {
    /// Stable code for data attributes (`access`).
    pub code: &'static str,
    pub label: String,
    pub values: Vec<u32>,
}

pub struct BarChart<'a> {
    /// Unique on the page; prefixes the ids inside the SVG.
    pub id: &'a str,
    pub title: String,
    pub description: String,
    /// Row labels, short (`jan 2026`).
    pub categories: Vec<String>,
    /// Stable codes of the rows for data attributes (`2026-01`).
    pub category_codes: Vec<String>,
    pub series: Vec<Series>,
    /// What is written at the end of each row's bar.
    pub end_labels: Vec<String>,
    /// The value of a full-width bar; `None`: the largest row total.
    pub scale_max: Option<u32>,
}

/// The geometry, in viewBox units. Font size 13 at a width of 320: at the narrowest
/// phone the text is about as large as the page's small print.
const WIDTH: u32 = 320;
const LABEL_WIDTH: u32 = 70;
const END_LABEL_WIDTH: u32 = 46;
const ROW_HEIGHT: u32 = 26;
const BAR_HEIGHT: u32 = 18;
const TOP: u32 = 4;
const BAR_SPACE: u32 = WIDTH - LABEL_WIDTH - 1 - END_LABEL_WIDTH;

/// How many patterns there are; series beyond repeat them.
pub const PATTERNS: usize = 6;

fn pattern_id(chart: &str, series: usize) -> String {
    format!("{chart}-pattern-{}", series % PATTERNS)
}

/// The pattern of series `n`: solid, diagonal stripes, dots, horizontal lines, cross-hatch,
/// vertical lines. The marks are drawn in a class of their own so that dark mode, print
/// and forced colours can each colour them.
fn pattern(chart: &str, n: usize) -> Markup {
    let n = n % PATTERNS;
    let fill = format!("chart__fill chart__fill--{n}");
    html! {
        pattern id=(pattern_id(chart, n)) width="8" height="8" patternUnits="userSpaceOnUse" {
            rect class=(fill) width="8" height="8" {}
            @match n {
                1 => { path class="chart__mark" d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" {} }
                2 => { circle class="chart__mark chart__mark--dot" cx="4" cy="4" r="1.6" {} }
                3 => { path class="chart__mark" d="M0,4 h8" {} }
                4 => { path class="chart__mark" d="M0,0 l8,8 M8,0 l-8,8" {} }
                5 => { path class="chart__mark" d="M4,0 v8" {} }
                _ => {}
            }
        }
    }
}

/// A small square of series `n`'s pattern, for a legend beside the chart.
pub fn swatch(chart: &str, n: usize) -> Markup {
    html! {
        svg class="chart-legend__swatch" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false" {
            rect class="chart__segment" x="0.5" y="0.5" width="15" height="15" fill=(format!("url(#{})", pattern_id(chart, n))) {}
        }
    }
}

pub fn bar_chart(chart: &BarChart) -> Markup {
    let rows = chart.categories.len() as u32;
    let height = TOP * 2 + rows * ROW_HEIGHT;
    let totals: Vec<u32> = (0..chart.categories.len())
        .map(|row| chart.series.iter().map(|s| s.values[row]).sum())
        .collect();
    let max = chart
        .scale_max
        .unwrap_or_else(|| totals.iter().copied().max().unwrap_or(0))
        .max(1);
    let width_of = |value: u32| f64::from(value) * f64::from(BAR_SPACE) / f64::from(max);
    // Per row: (series index, value, x, width) of each segment that is not empty.
    let segments: Vec<Vec<(usize, u32, f64, f64)>> = (0..chart.categories.len())
        .map(|row| {
            // One unit right of the axis, so a segment's outline never covers it.
            let mut x = f64::from(LABEL_WIDTH) + 1.0;
            let mut cells = Vec::new();
            for (n, series) in chart.series.iter().enumerate() {
                let value = series.values[row];
                if value > 0 {
                    cells.push((n, value, x, width_of(value)));
                    x += width_of(value);
                }
            }
            cells
        })
        .collect();
    let title_id = format!("{}-title", chart.id);
    let desc_id = format!("{}-desc", chart.id);
    html! {
        svg id=(chart.id) class="chart" viewBox=(format!("0 0 {WIDTH} {height}"))
            role="img" aria-labelledby=(format!("{title_id} {desc_id}")) focusable="false"
            xmlns="http://www.w3.org/2000/svg" {
            title id=(title_id) { (chart.title) }
            desc id=(desc_id) { (chart.description) }
            defs { @for n in 0..chart.series.len().min(PATTERNS) { (pattern(chart.id, n)) } }
            line class="chart__axis" x1=(LABEL_WIDTH) y1="0" x2=(LABEL_WIDTH) y2=(height) {}
            @for (row, label) in chart.categories.iter().enumerate() {
                @let y = TOP + row as u32 * ROW_HEIGHT;
                @let middle = y + ROW_HEIGHT / 2;
                g class="chart__row" data-category=(chart.category_codes[row]) data-total=(totals[row]) {
                    text class="chart__label" x=(LABEL_WIDTH - 6) y=(middle) text-anchor="end" dominant-baseline="central" { (label) }
                    @for &(n, value, x, w) in &segments[row] {
                        rect class="chart__segment" data-series=(chart.series[n].code) data-value=(value)
                            x=(format!("{x:.1}")) y=(y + (ROW_HEIGHT - BAR_HEIGHT) / 2)
                            width=(format!("{w:.1}")) height=(BAR_HEIGHT)
                            fill=(format!("url(#{})", pattern_id(chart.id, n))) {}
                    }
                    text class="chart__value" x=(format!("{:.1}", f64::from(LABEL_WIDTH) + width_of(totals[row].min(max)) + 5.0)) y=(middle) dominant-baseline="central" { (chart.end_labels[row]) }
                }
            }
        }
    }
}

/// The legend: each series' pattern and name. Hidden from nobody: it is text.
pub fn legend(chart: &BarChart) -> Markup {
    html! {
        ul class="chart-legend" {
            @for (n, series) in chart.series.iter().enumerate() {
                li class="chart-legend__item" { (swatch(chart.id, n)) " " (series.label) }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segments_carry_their_values_and_bars_fit_the_view() {
        let chart = BarChart {
            id: "c",
            title: "T".into(),
            description: "D".into(),
            categories: vec!["a".into(), "b".into()],
            category_codes: vec!["2026-01".into(), "2026-02".into()],
            series: vec![
                Series {
                    code: "x",
                    label: "X".into(),
                    values: vec![2, 0],
                },
                Series {
                    code: "y",
                    label: "Y".into(),
                    values: vec![3, 1],
                },
            ],
            end_labels: vec!["5".into(), "1".into()],
            scale_max: None,
        };
        let svg = bar_chart(&chart).into_string();
        assert!(svg.contains(r#"role="img" aria-labelledby="c-title c-desc""#));
        assert!(svg.contains(r#"<title id="c-title">T</title><desc id="c-desc">D</desc>"#));
        assert_eq!(svg.matches("data-series=").count(), 3, "no empty segment");
        assert!(
            svg.contains(r#"data-series="y" data-value="3" x="152.2""#),
            "{svg}"
        );
        // The longest bar fills the bar space: 2 + 3 of 5 is 81.2 + 121.8 of 203.
        assert!(svg.contains(r#"width="121.8""#), "{svg}");
        assert!(svg.contains(r#"data-category="2026-02" data-total="1""#));
        assert!(!svg.contains("style="));
    }
}
