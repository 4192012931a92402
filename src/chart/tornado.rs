//! The tornado chart: one row per main assumption, the widest swing on top; in each row a
//! bar from the KPI as given to the KPI with the assumption lowered (upper half) and one
//! to the KPI with it raised (lower half), each labelled with its value. A line marks the
//! KPI as given; an assumption whose moved value could not run leaves that bar at the line.
//!
//! Not for: a range of values of one parameter (`sweep.rs`).

use plotters::element::{EmptyElement, Text};
use plotters::prelude::{Color, PathElement, Rectangle};
use plotters::style::text_anchor::{HPos, VPos};

use super::axis::{Axis, Scale};
use super::document;
use super::frame::{Canvas, DrawResult, Key, Mark};
use super::layouts::{min_step, one_panel, OnePanel};
use super::theme;
use crate::study::Tornado;
use crate::words::format::{percent, Unit};
use crate::words::Lang;
use crate::words::{fill, study_labels};

/// Half the height of a row each bar takes (rows are 1 apart).
const BAR: f64 = 0.36;
/// Room left on each side of the bars for their value labels, as a share of their span.
const LABEL_ROOM: f64 = 0.15;

/// The tornado as (id, SVG document): `tornado`. `tier_names` (entry tier first) name a
/// tier-share KPI.
pub fn tornado_charts(
    tornado: &Tornado,
    tier_names: &[String],
    lang: Lang,
) -> Vec<(String, String)> {
    let words = study_labels(lang);
    let kpi = words.kpi(&tornado.kpi, tier_names);
    let change = percent(tornado.change);
    let title = fill(words.tornado_title, &[&kpi, &format!("±{change}")]);
    let id = "tornado";
    let svg = document(id, &title, lang, |root| {
        draw(root, tornado, &title, &kpi, lang)
    });
    vec![(id.to_string(), svg)]
}

fn draw(root: &Canvas, tornado: &Tornado, title: &str, kpi: &str, lang: Lang) -> DrawResult {
    let words = study_labels(lang);
    let unit = Unit::from(tornado.unit);
    let base = tornado.base.unwrap_or(0.0);
    let ends = tornado
        .bars
        .iter()
        .flat_map(|b| [b.low, b.high])
        .flatten()
        .chain([base])
        .filter(|v| v.is_finite());
    let lo = ends.clone().fold(f64::INFINITY, f64::min);
    let hi = ends.fold(f64::NEG_INFINITY, f64::max);
    // Room beyond the bars for their value labels (none below zero for a figure that has none).
    let pad = (hi - lo) * LABEL_ROOM;
    let floor = if lo >= 0.0 { 0.0 } else { f64::NEG_INFINITY };
    let scale = Scale::nice((lo - pad).max(floor), hi + pad, 5, min_step(unit) / 100.0);
    let rows: Vec<String> = tornado
        .bars
        .iter()
        .rev()
        .map(|b| words.assumption(&b.assumption))
        .collect();
    let change = percent(tornado.change);
    let as_given = format!("{}: {}", words.base_value, unit.value(base, lang));
    let spec = OnePanel {
        title,
        x: Axis::numbers(&format!("{kpi} →"), scale, unit),
        y: Axis::categories(words.assumption_axis, rows, true),
        keys: vec![
            Key::new(
                format!("{} (−{change})", words.lowered),
                Mark::Block(theme::ORANGE),
            ),
            Key::new(
                format!("{} (+{change})", words.raised),
                Mark::Block(theme::BLUE),
            ),
            Key::new(as_given, Mark::Line(theme::INK)),
        ],
        empty_note: tornado.bars.is_empty().then_some(words.no_assumptions),
    };
    let n = tornado.bars.len();
    one_panel(root, spec, lang, |plot| {
        for (r, bar) in tornado.bars.iter().enumerate() {
            let y = (n - 1 - r) as f64;
            let low = bar.low.unwrap_or(base);
            let high = bar.high.unwrap_or(base);
            plot.draw_series([
                Rectangle::new([(base, y), (low, y + BAR)], theme::ORANGE.filled()),
                Rectangle::new([(base, y - BAR), (high, y)], theme::BLUE.filled()),
            ])?;
            let labels = [(low, y + BAR / 2.0), (high, y - BAR / 2.0)]
                .into_iter()
                .filter(|(end, _)| *end != base)
                .map(|(end, at)| {
                    let (h, dx) = if end < base {
                        (HPos::Right, -4)
                    } else {
                        (HPos::Left, 4)
                    };
                    let style = theme::text(theme::TICK, h, VPos::Center);
                    EmptyElement::at((end, at)) + Text::new(unit.value(end, lang), (dx, 0), style)
                });
            plot.draw_series(labels)?;
        }
        plot.draw_series(std::iter::once(PathElement::new(
            vec![(base, -0.5), (base, n as f64 - 0.5)],
            theme::INK.stroke_width(theme::LINE_WIDTH),
        )))?;
        Ok(())
    })
}
