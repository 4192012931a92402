//! The two charts of a transaction fit (Fader, Hardie & Lee 2005, figures 2 and 3), drawn
//! from the fit report of `crate::fit`: customers by repeat purchases in the calibration
//! period, actual beside the model; and cumulative repeat purchases week by week, actual
//! and model, the hold-out period after the cut-off shaded. Their words are here, in both
//! languages side by side.
//!
//! Not for: fitting or the figures' meaning (`crate::fit`), or placing the charts (`web`).

use plotters::prelude::{Color, DashedLineSeries, Rectangle, Text};
use plotters::style::text_anchor::{HPos, VPos};

use super::frame::{Canvas, DrawResult, Key, Mark, Plot};
use super::layouts::{one_panel, value_axis, OnePanel};
use super::marks::{self, Layer, Line, Stroke};
use super::{axis::Axis, backend::text_width_px, sized_document, theme};
use crate::fit::tracking::WeeklyRepeats;
use crate::fit::Fit;
use crate::words::format::Unit;
use crate::words::Lang;

/// The words of the fit charts in one language.
struct FitLabels {
    repeats_title: &'static str,
    repeats_axis: &'static str,
    customers_axis: &'static str,
    weekly_title: &'static str,
    weeks_axis: &'static str,
    cumulative_axis: &'static str,
    actual: &'static str,
    model: &'static str,
    calibration: &'static str,
    hold_out: &'static str,
}

const EN: FitLabels = FitLabels {
    repeats_title: "Customers by repeat purchases",
    repeats_axis: "Repeat purchases by the cut-off →",
    customers_axis: "↑ Customers",
    weekly_title: "Cumulative repeat purchases by week",
    weeks_axis: "Weeks since the first purchase →",
    cumulative_axis: "↑ Repeat purchases, cumulative",
    actual: "Actual",
    model: "Model",
    calibration: "Calibration",
    hold_out: "Hold-out",
};

const ZH_CN: FitLabels = FitLabels {
    repeats_title: "按重复购买次数的顾客数",
    repeats_axis: "截止日前的重复购买次数 →",
    customers_axis: "↑ 顾客数",
    weekly_title: "按周累计的重复购买次数",
    weeks_axis: "自首次购买起的周数 →",
    cumulative_axis: "↑ 累计重复购买次数",
    actual: "实际",
    model: "模型",
    calibration: "校准期",
    hold_out: "验证期",
};

fn labels(lang: Lang) -> &'static FitLabels {
    lang.say(&EN, &ZH_CN)
}

/// Where the actual counts are drawn, and the model's.
const ACTUAL: plotters::style::RGBColor = theme::BLUE;
const MODEL: plotters::style::RGBColor = theme::ORANGE;

/// The fit's charts as (id, SVG document): `fit_repeat_purchases`, `fit_weekly_repeats`.
pub fn fit_charts(fit: &Fit, lang: Lang) -> Vec<(&'static str, String)> {
    let words = labels(lang);
    vec![
        (
            "fit_repeat_purchases",
            sized_document(
                "fit_repeat_purchases",
                words.repeats_title,
                lang,
                theme::NARROW,
                |root| repeat_purchases(root, fit, lang),
            ),
        ),
        (
            "fit_weekly_repeats",
            sized_document(
                "fit_weekly_repeats",
                words.weekly_title,
                lang,
                theme::NARROW,
                |root| weekly_repeats(root, fit, lang),
            ),
        ),
    ]
}

/// Customers with 0, 1, …, 6 and 7+ repeat purchases by the cut-off: the actual count
/// beside the count the model expects.
fn repeat_purchases(root: &Canvas, fit: &Fit, lang: Lang) -> DrawResult {
    let words = labels(lang);
    let rows = &fit.repeat_histogram;
    let layers = [
        Layer::new(
            words.actual,
            ACTUAL,
            rows.iter().map(|r| r.actual as f64).collect(),
        ),
        Layer::new(words.model, MODEL, rows.iter().map(|r| r.model).collect()),
    ];
    let counts = rows.iter().map(|r| r.repeat_purchases.clone()).collect();
    let values = layers.iter().flat_map(|l| l.values.iter().copied());
    let spec = OnePanel {
        title: words.repeats_title,
        x: Axis::categories(words.repeats_axis, counts, true),
        y: value_axis(words.customers_axis, Unit::Count, values, 5),
        keys: layers.iter().map(Layer::key).collect(),
        empty_note: None,
    };
    one_panel(root, spec, lang, |plot| marks::side_by_side(plot, &layers))
}

/// Cumulative repeat purchases at the end of each week, from 0 at the start of the data:
/// actual, and the model's (dashed); the weeks after the cut-off shaded and named.
fn weekly_repeats(root: &Canvas, fit: &Fit, lang: Lang) -> DrawResult {
    let words = labels(lang);
    let weeks = &fit.weekly_repeats;
    let from_zero = |value: fn(&WeeklyRepeats) -> f64| -> Vec<f64> {
        std::iter::once(0.0)
            .chain(weeks.iter().map(value))
            .collect()
    };
    let lines = [
        Line::new(
            words.actual,
            ACTUAL,
            Stroke::Solid,
            from_zero(|w| w.actual as f64),
        ),
        Line::new(words.model, MODEL, Stroke::Dashed, from_zero(|w| w.model)),
    ];
    let last_week = weeks.len() as f64;
    let hold_out = fit.hold_out_from_week().filter(|w| *w < last_week);
    let mut keys: Vec<Key> = lines.iter().map(Line::key).collect();
    if hold_out.is_some() {
        keys.push(Key::new(words.hold_out, Mark::Block(theme::HOLD_OUT)));
    }
    let values = lines.iter().flat_map(|l| l.values.iter().copied());
    let spec = OnePanel {
        title: words.weekly_title,
        x: value_axis(words.weeks_axis, Unit::Count, [last_week], 6),
        y: value_axis(words.cumulative_axis, Unit::Count, values, 5),
        keys,
        empty_note: None,
    };
    one_panel(root, spec, lang, |plot| {
        if let Some(cut) = hold_out {
            hold_out_band(root, plot, (cut, last_week), words)?;
        }
        marks::lines(plot, &lines)
    })
}

/// The weeks `from`..`to` shaded, a dashed line at the cut-off, and each period's name
/// beside it where there is room for the name.
fn hold_out_band(
    root: &Canvas,
    plot: &mut Plot,
    (from, to): (f64, f64),
    words: &FitLabels,
) -> DrawResult {
    let top = plot.y_range().end;
    plot.draw_series(std::iter::once(Rectangle::new(
        [(from, 0.0), (to, top)],
        theme::HOLD_OUT.filled(),
    )))?;
    plot.draw_series(DashedLineSeries::new(
        [(from, 0.0), (from, top)],
        3,
        3,
        theme::MUTED.stroke_width(1),
    ))?;
    let (x, y) = plot.backend_coord(&(from, top));
    let (left, _) = plot.backend_coord(&(0.0, top));
    let (right, _) = plot.backend_coord(&(to, top));
    let gap = 6;
    let names = [
        (
            format!("← {}", words.calibration),
            HPos::Right,
            x - gap,
            left,
        ),
        (format!("{} →", words.hold_out), HPos::Left, x + gap, right),
    ];
    for (name, anchor, at, edge) in names {
        let room = f64::from((edge - at).abs());
        if text_width_px(&name, theme::LEGEND.px) + 4.0 <= room {
            root.draw(&Text::new(
                name,
                (at, y + gap),
                theme::text(theme::LEGEND, anchor, VPos::Top),
            ))?;
        }
    }
    Ok(())
}
