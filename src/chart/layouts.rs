//! The two layouts most charts are: several lines over months, and a stacked area over
//! months, each one panel under a title and a legend. Chart files describe their series and
//! call these.

use super::axis::{Axis, Scale};
use super::frame::{header, panel, y_label_width, Band, Canvas, DrawResult, Key};
use super::labels::labels;
use super::marks::{self, Layer, Line};
use crate::metrics::Results;
use crate::words::format::Unit;
use crate::words::Lang;

/// The smallest tick step for a unit: whole members and points, whole yuan, 1%; any step
/// for a scenario's own number.
pub fn min_step(unit: Unit) -> f64 {
    match unit {
        Unit::Count | Unit::Money => 1.0,
        Unit::Percent => 0.01,
        Unit::Number => 0.0,
    }
}

/// The x axis of calendar months ("2026-01"), as points or as bands (for bars).
pub fn month_axis(results: &Results, lang: Lang, banded: bool) -> Axis {
    let months = results.months.iter().map(|m| m.label.clone()).collect();
    months_axis(months, lang, banded)
}

/// The x axis of these calendar months ("2026-01" first).
pub fn months_axis(months: Vec<String>, lang: Lang, banded: bool) -> Axis {
    Axis::categories(labels(lang).month_axis, months, banded)
}

/// The longest of several scenarios' months (they all start in the same month).
pub fn longest<'m>(months: impl IntoIterator<Item = &'m Vec<String>>) -> Vec<String> {
    months
        .into_iter()
        .max_by_key(|m| m.len())
        .cloned()
        .unwrap_or_default()
}

/// The y axis for `values`, from zero (or below) to a round number above the largest, with
/// about `ticks` ticks (5 suits a full-height panel).
pub fn value_axis(
    title: &str,
    unit: Unit,
    values: impl IntoIterator<Item = f64>,
    ticks: usize,
) -> Axis {
    Axis::numbers(title, Scale::fit(values, min_step(unit), ticks), unit)
}

/// What a single-panel chart draws.
pub struct OnePanel<'t> {
    pub title: &'t str,
    pub x: Axis,
    pub y: Axis,
    /// Legend entries, in reading order.
    pub keys: Vec<Key>,
    /// Shown in the panel when there is nothing to plot.
    pub empty_note: Option<&'t str>,
}

/// Several lines over the x axis, in one panel; the y axis fits every line.
pub fn line_chart(
    root: &Canvas,
    title: &str,
    x: Axis,
    y_title: &str,
    unit: Unit,
    lines: &[Line],
    lang: Lang,
) -> DrawResult {
    let y = value_axis(
        y_title,
        unit,
        lines.iter().flat_map(|l| l.values.iter().copied()),
        5,
    );
    let empty = lines.iter().all(|l| l.values.is_empty());
    let spec = OnePanel {
        title,
        x,
        y,
        keys: lines.iter().map(Line::key).collect(),
        empty_note: empty.then_some(labels(lang).no_months),
    };
    one_panel(root, spec, lang, |plot| marks::lines(plot, lines))
}

/// Layers stacked over the x axis, in one panel; the y axis fits the tallest stack.
pub fn stack_chart(
    root: &Canvas,
    title: &str,
    x: Axis,
    y_title: &str,
    unit: Unit,
    layers: &[Layer],
    lang: Lang,
) -> DrawResult {
    let totals = marks::stack_totals(layers);
    let spec = OnePanel {
        title,
        x,
        y: value_axis(y_title, unit, totals.iter().copied(), 5),
        keys: layers.iter().map(Layer::key).collect(),
        empty_note: totals.is_empty().then_some(labels(lang).no_months),
    };
    one_panel(root, spec, lang, |plot| marks::stack(plot, layers))
}

/// Title, legend and one panel filling the rest of the canvas; `draw` adds the marks.
pub fn one_panel(
    root: &Canvas,
    spec: OnePanel,
    lang: Lang,
    draw: impl FnOnce(&mut super::frame::Plot) -> DrawResult,
) -> DrawResult {
    let top = header(root, spec.title, &spec.keys)?;
    let left = y_label_width(&spec.y, lang);
    let mut plot = panel(root, Band::rest(root, top), left, &spec.x, &spec.y, lang)?;
    match spec.empty_note {
        Some(note) => super::frame::note(root, &plot, note),
        None => draw(&mut plot),
    }
}
