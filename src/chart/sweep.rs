//! Charts of a sweep: the KPIs at the end of the horizon against the swept value, each in
//! two panels on one value axis — members (active members above, each tier's share below)
//! and money (revenue, programme cost and incremental profit above, ROI below). A dashed
//! line marks the scenario's own value; a value that could not run leaves a gap.
//!
//! Not for: the tornado (`tornado.rs`), or the sweep's table (the CSV carries it).

use plotters::prelude::{Circle, Color, DashedLineSeries, LineSeries};
use plotters::style::RGBColor;

use super::axis::{Axis, Scale};
use super::document;
use super::frame::{header, note, panel, two_bands, y_label_width, Canvas, DrawResult, Key, Mark};
use super::layouts::value_axis;
use super::theme;
use crate::study::{kpi_value, tier_share_name, Sweep};
use crate::words::format::Unit;
use crate::words::Lang;
use crate::words::{fill, study_labels};

/// One KPI against the swept value: (value, KPI) per step, None where the step did not run
/// or the KPI does not exist.
struct Curve {
    label: String,
    color: RGBColor,
    points: Vec<(f64, Option<f64>)>,
}

impl Curve {
    fn of(sweep: &Sweep, kpi: &str, label: String, color: RGBColor) -> Curve {
        let points = sweep
            .steps
            .iter()
            .map(|step| (step.value, kpi_value(&step.kpis, kpi)))
            .collect();
        Curve {
            label,
            color,
            points,
        }
    }

    fn values(&self) -> impl Iterator<Item = f64> + '_ {
        self.points.iter().filter_map(|(_, y)| *y)
    }
}

/// The sweep's charts, as (id, SVG document): `sweep_members` and `sweep_money`.
/// `tier_names` (entry tier first) name the tier shares; `parameter` is what the planner
/// calls the swept number ("Gold · Threshold (growth)"), in the title and on the value
/// axis — empty, the chart names it by its JSON path.
pub fn sweep_charts(
    sweep: &Sweep,
    tier_names: &[String],
    parameter: &str,
    lang: Lang,
) -> Vec<(String, String)> {
    let words = study_labels(lang);
    let parameter = match parameter.trim() {
        "" => sweep.parameter.as_str(),
        label => label,
    };
    let tiers = sweep
        .steps
        .iter()
        .map(|s| {
            s.kpis
                .iter()
                .filter(|k| k.name.starts_with("share_in_tier_"))
                .count()
        })
        .max()
        .unwrap_or(0);
    let colours = theme::ordinal(tiers);
    let shares: Vec<Curve> = (0..tiers)
        .map(|k| {
            let name = tier_share_name(k);
            Curve::of(sweep, &name, words.kpi(&name, tier_names), colours[k])
        })
        .collect();
    let kpi = |name: &str, color| Curve::of(sweep, name, words.kpi(name, tier_names), color);
    let members = Panels {
        upper: (
            vec![kpi("active_members_at_end", theme::BLUE)],
            words.active_at_end_axis,
            Unit::Count,
        ),
        lower: (shares, words.tier_share_at_end_axis, Unit::Percent),
    };
    let money = Panels {
        upper: (
            vec![
                kpi("revenue", theme::BLUE),
                kpi("programme_cost", theme::ORANGE),
                kpi("incremental_profit", theme::GREEN),
            ],
            words.money_total_axis,
            Unit::Money,
        ),
        lower: (
            vec![kpi("roi", theme::PURPLE)],
            words.roi_axis,
            Unit::Percent,
        ),
    };
    [
        ("sweep_members", words.sweep_members_title, members),
        ("sweep_money", words.sweep_money_title, money),
    ]
    .into_iter()
    .map(|(id, template, panels)| {
        let title = fill(template, &[parameter]);
        let svg = document(id, &title, lang, |root| {
            panels.draw(root, &title, sweep, parameter, lang)
        });
        (id.to_string(), svg)
    })
    .collect()
}

/// Two panels of curves on the swept value's axis: (curves, y-axis title, unit) each.
struct Panels<'w> {
    upper: (Vec<Curve>, &'w str, Unit),
    lower: (Vec<Curve>, &'w str, Unit),
}

impl Panels<'_> {
    fn draw(
        &self,
        root: &Canvas,
        title: &str,
        sweep: &Sweep,
        parameter: &str,
        lang: Lang,
    ) -> DrawResult {
        let words = study_labels(lang);
        let mut keys: Vec<Key> = [&self.upper.0, &self.lower.0]
            .into_iter()
            .flatten()
            .map(|c| Key::new(c.label.clone(), Mark::Line(c.color)))
            .collect();
        keys.push(Key::new(words.scenario_value, Mark::Dashed(theme::MUTED)));
        let top = header(root, title, &keys)?;

        let values: Vec<f64> = sweep.steps.iter().map(|s| s.value).collect();
        let lo = values.iter().copied().fold(f64::INFINITY, f64::min);
        let hi = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        // A sweep of one step still gets an axis around its value.
        let pad = if hi > lo {
            0.0
        } else {
            lo.abs().max(1.0) / 2.0
        };
        let scale = Scale::nice(lo - pad, hi + pad, 6, 0.0);
        let (x_lo, x_hi) = (scale.lo, scale.hi);
        let x = Axis::numbers(&format!("{parameter} →"), scale, Unit::Number);
        let axis = |(curves, title, unit): &(Vec<Curve>, &str, Unit)| {
            value_axis(title, *unit, curves.iter().flat_map(Curve::values), 3)
        };
        let (upper_axis, lower_axis) = (axis(&self.upper), axis(&self.lower));
        let left = y_label_width(&upper_axis, lang).max(y_label_width(&lower_axis, lang));
        let (upper, lower) = two_bands(root, top);
        let mut upper_plot = panel(root, upper, left, &x, &upper_axis, lang)?;
        let mut lower_plot = panel(root, lower, left, &x, &lower_axis, lang)?;
        if sweep.steps.iter().all(|s| s.kpis.is_empty()) {
            return note(root, &upper_plot, words.no_steps_ran);
        }
        for (plot, (curves, _, _), axis) in [
            (&mut upper_plot, &self.upper, &upper_axis),
            (&mut lower_plot, &self.lower, &lower_axis),
        ] {
            if (x_lo..=x_hi).contains(&sweep.base_value) {
                let (y_lo, y_hi) = axis.range();
                plot.draw_series(DashedLineSeries::new(
                    [(sweep.base_value, y_lo), (sweep.base_value, y_hi)],
                    theme::DASH,
                    theme::DASH_GAP,
                    theme::MUTED.stroke_width(1),
                ))?;
            }
            for curve in curves {
                draw_curve(plot, curve)?;
            }
        }
        Ok(())
    }
}

/// A curve as lines through the steps that ran, broken where a step did not, with a dot
/// at each step.
fn draw_curve(plot: &mut super::frame::Plot, curve: &Curve) -> DrawResult {
    let style = curve.color.stroke_width(theme::LINE_WIDTH);
    for run in curve.points.split(|(_, y)| y.is_none()) {
        let points: Vec<(f64, f64)> = run.iter().filter_map(|(x, y)| Some((*x, (*y)?))).collect();
        plot.draw_series(LineSeries::new(points.clone(), style))?;
        plot.draw_series(
            points
                .into_iter()
                .map(|p| Circle::new(p, 3, curve.color.filled())),
        )?;
    }
    Ok(())
}
