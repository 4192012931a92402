//! The chart of each scenario's difference from A, paired by seed, with its interval: one
//! row per main KPI, one mark per scenario B, C… — a dot at the median difference and a
//! line from P10 to P90. Differences are shown as a share of A's median, so that members,
//! yuan and rates sit on one axis; the axis is centred on zero (no difference), so what
//! lies right of it is more than A.
//!
//! A line that crosses zero means that under some seeds the scenario is ahead of A and
//! under others behind it. Two identical scenarios give dots at exactly zero.
//!
//! Not for: the numbers themselves (the page's table and the CSV carry them).

use plotters::prelude::{Circle, Color, PathElement};

use super::axis::{Axis, Scale};
use super::bands::scenario_keys;
use super::frame::{Canvas, DrawResult, Key, Mark};
use super::layouts::{min_step, one_panel, OnePanel};
use super::theme;
use crate::study::{Interval, KpiInterval, ReplicatedComparison};
use crate::words::format::Unit;
use crate::words::study_labels;
use crate::words::Lang;

/// The KPIs the chart shows, top to bottom: members, tier moves, points, money.
const KPIS: [&str; 10] = [
    "active_members_at_end",
    "retention_at_end",
    "upgrades",
    "downgrades",
    "liability_at_end",
    "breakage_rate",
    "revenue",
    "programme_cost",
    "incremental_profit",
    "roi",
];

/// How far apart, in rows, the marks of two scenarios sit within one KPI's row.
const SPREAD: f64 = 0.4;

/// A scenario's difference from A in one KPI, as shares of A's median.
struct Difference {
    row: usize,
    scenario: usize,
    p10: f64,
    p50: f64,
    p90: f64,
}

fn interval<'a>(kpis: &'a [KpiInterval], name: &str) -> Option<&'a Interval> {
    kpis.iter()
        .find(|k| k.kpi == name)
        .and_then(|k| k.interval.as_ref())
}

/// Draws the chart of the differences from A of scenarios B, C… in `replication`.
pub fn chart(root: &Canvas, replication: &ReplicatedComparison, lang: Lang) -> DrawResult {
    let words = study_labels(lang);
    let Some(a) = replication.scenarios.first() else {
        return Ok(());
    };
    // Tier names are not part of a replication; the main KPIs need none.
    let rows: Vec<(&str, f64)> = KPIS
        .iter()
        .filter_map(|name| {
            let median = interval(&a.kpis, name)?.p50;
            (median != 0.0 && median.is_finite()).then_some((*name, median.abs()))
        })
        .collect();
    let differences: Vec<Difference> = rows
        .iter()
        .enumerate()
        .flat_map(|(row, (name, median))| {
            replication
                .differences
                .iter()
                .enumerate()
                .filter_map(move |(j, paired)| {
                    let found = interval(&paired.differences_from_a, name)?;
                    Some(Difference {
                        row,
                        scenario: j + 1,
                        p10: found.p10 / median,
                        p50: found.p50 / median,
                        p90: found.p90 / median,
                    })
                })
        })
        .collect();
    let widest = differences
        .iter()
        .flat_map(|m| [m.p10, m.p90])
        .filter(|v| v.is_finite())
        .fold(0.0f64, |w, v| w.max(v.abs()));
    let scale = Scale::fit([-widest, widest], min_step(Unit::Percent), 6);
    let row_labels = rows
        .iter()
        .rev()
        .map(|(name, _)| words.kpi(name, &[]))
        .collect();

    // B, C… (A is the zero line).
    let mut keys: Vec<Key> = scenario_keys(&replication.scenarios, Mark::Line)
        .into_iter()
        .skip(1)
        .collect();
    keys.push(Key::new(words.differences_lead, Mark::Lead));
    let spec = OnePanel {
        title: words.differences_title,
        x: Axis::numbers(words.difference_axis, scale, Unit::Percent),
        y: Axis::categories(words.kpi_axis, row_labels, true),
        keys,
        empty_note: differences.is_empty().then_some(words.nothing_to_compare),
    };
    let others = replication.differences.len();
    one_panel(root, spec, lang, |plot| {
        for mark in &differences {
            let y = (rows.len() - 1 - mark.row) as f64 + offset(mark.scenario - 1, others);
            let colour = theme::scenario_colour(mark.scenario);
            plot.draw_series(std::iter::once(PathElement::new(
                vec![(mark.p10, y), (mark.p90, y)],
                colour.stroke_width(theme::BOLD_LINE_WIDTH),
            )))?;
            plot.draw_series(std::iter::once(Circle::new(
                (mark.p50, y),
                4,
                colour.filled(),
            )))?;
        }
        Ok(())
    })
}

/// Where the j-th of `n` scenarios sits within its row: the first highest.
fn offset(j: usize, n: usize) -> f64 {
    if n <= 1 {
        0.0
    } else {
        SPREAD / 2.0 - SPREAD * j as f64 / (n - 1) as f64
    }
}
