//! Charts of points and money: points issued, redeemed and expired with the liability they
//! leave, and revenue against what the programme costs.

use super::frame::{header, note, panel, two_bands, y_label_width, Canvas, DrawResult};
use super::labels::labels;
use super::layouts::{line_chart, month_axis, value_axis};
use super::marks::{self, Layer, Line, Stroke};
use super::theme;
use crate::metrics::{MonthRow, Results};
use crate::money::Money;
use crate::words::format::Unit;
use crate::words::Lang;

fn points(results: &Results, value: impl Fn(&MonthRow) -> u64) -> Vec<f64> {
    results.months.iter().map(|m| value(m) as f64).collect()
}

fn yuan(results: &Results, value: impl Fn(&MonthRow) -> Money) -> Vec<f64> {
    results.months.iter().map(|m| value(m).units()).collect()
}

/// Two panels on one month axis: points flows per month above, the liability (¥) below.
pub fn points_and_liability(root: &Canvas, results: &Results, lang: Lang) -> DrawResult {
    let words = labels(lang);
    let flows = [
        Line::new(
            words.issued,
            theme::BLUE,
            Stroke::Solid,
            points(results, |m| m.points_issued),
        ),
        Line::new(
            words.redeemed,
            theme::GREEN,
            Stroke::Solid,
            points(results, |m| m.points_redeemed),
        ),
        Line::new(
            words.expired,
            theme::RED,
            Stroke::Solid,
            points(results, |m| m.points_expired),
        ),
    ];
    let liability = [Layer::new(
        words.liability,
        theme::LAVENDER,
        yuan(results, |m| m.liability),
    )];

    let mut keys: Vec<_> = flows.iter().map(Line::key).collect();
    keys.push(liability[0].key());
    let top = header(root, words.points_title, &keys)?;

    let flow_axis = value_axis(
        words.points_axis,
        Unit::Count,
        flows.iter().flat_map(|l| l.values.iter().copied()),
        4,
    );
    let liability_axis = value_axis(
        words.liability_axis,
        Unit::Money,
        liability[0].values.iter().copied(),
        3,
    );
    let left = y_label_width(&flow_axis, lang).max(y_label_width(&liability_axis, lang));
    let x = month_axis(results, lang, false);

    let (upper, lower) = two_bands(root, top);

    let mut flow_plot = panel(root, upper, left, &x, &flow_axis, lang)?;
    let mut liability_plot = panel(root, lower, left, &x, &liability_axis, lang)?;
    if results.months.is_empty() {
        return note(root, &flow_plot, words.no_months);
    }
    marks::lines(&mut flow_plot, &flows)?;
    marks::stack(&mut liability_plot, &liability)
}

/// Revenue (what members paid) against programme cost (rewards + tier benefits), per month.
pub fn revenue_and_cost(root: &Canvas, results: &Results, lang: Lang) -> DrawResult {
    let words = labels(lang);
    let lines = [
        Line::new(
            words.revenue,
            theme::BLUE,
            Stroke::Solid,
            yuan(results, |m| m.revenue),
        ),
        Line::new(
            words.programme_cost,
            theme::ORANGE,
            Stroke::Solid,
            yuan(results, |m| m.programme_cost),
        ),
    ];
    let x = month_axis(results, lang, false);
    line_chart(
        root,
        words.money_title,
        x,
        words.money_axis,
        Unit::Money,
        &lines,
        lang,
    )
}
