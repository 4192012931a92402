//! Cohort retention: the share of each join month's members still active by months since
//! joining, as curves (a handful of cohorts and all cohorts together) and as a heat map.
//!
//! A cohort's share at age a = its active members a months after joining ÷ its members.
//! "All cohorts" pools every cohort that has reached age a: Σ active ÷ Σ members, so large
//! cohorts weigh more, as they do in the programme.

use plotters::prelude::{Color, Rectangle, Text};
use plotters::style::text_anchor::{HPos, VPos};
use plotters::style::RGBColor;

use super::axis::{Axis, Scale};
use super::backend::text_width_px;
use super::frame::{header, panel, y_label_width, Band, Canvas, DrawResult, Key, Mark};
use super::labels::labels;
use super::layouts::{one_panel, OnePanel};
use super::marks::{self, Line, Stroke};
use super::theme;
use crate::metrics::{Cohort, Results};
use crate::words::format::{percent, Unit};
use crate::words::Lang;

/// Curves shown at most (besides all cohorts together).
const MAX_CURVES: usize = 6;
/// Heat-map rows at most; more cohorts are pooled into groups of consecutive months.
const MAX_ROWS: usize = 48;

/// Cohorts pooled together: members and active members by age.
struct Pool {
    label: String,
    /// Σ members of the pooled cohorts that have reached each age.
    members_at_age: Vec<u64>,
    active: Vec<u64>,
}

impl Pool {
    fn of(cohorts: &[&Cohort]) -> Pool {
        let ages = cohorts.iter().map(|c| c.active.len()).max().unwrap_or(0);
        let mut pool = Pool {
            label: cohorts.first().map(|c| c.label.clone()).unwrap_or_default(),
            members_at_age: vec![0; ages],
            active: vec![0; ages],
        };
        for cohort in cohorts {
            for (age, active) in cohort.active.iter().enumerate() {
                pool.members_at_age[age] += cohort.members;
                pool.active[age] += active;
            }
        }
        pool
    }

    /// Share active by age (ages no cohort in the pool has reached are left out).
    fn shares(&self) -> Vec<f64> {
        self.active
            .iter()
            .zip(&self.members_at_age)
            .map(|(a, m)| if *m == 0 { 0.0 } else { *a as f64 / *m as f64 })
            .collect()
    }
}

fn cohorts_with_members(results: &Results) -> Vec<&Cohort> {
    results.cohorts.iter().filter(|c| c.members > 0).collect()
}

/// The x axis of months since joining: 0, 1, 2, …
fn age_axis(ages: usize, lang: Lang, banded: bool) -> Axis {
    let labels_ = (0..ages).map(|a| a.to_string()).collect();
    Axis::categories(labels(lang).months_since_joining_axis, labels_, banded)
}

/// Every `step`-th cohort, `step` the smallest of 1, 2, 3, 6, 12… showing at most six.
fn every_nth<T>(items: &[T], most: usize) -> impl Iterator<Item = &T> {
    let step = [1, 2, 3, 6, 12, 24, 60]
        .into_iter()
        .find(|s| items.len().div_ceil(*s) <= most)
        .unwrap_or(items.len().max(1));
    items.iter().step_by(step)
}

/// Retention curves of a handful of cohorts and of all cohorts together.
pub fn curves(root: &Canvas, results: &Results, lang: Lang) -> DrawResult {
    let words = labels(lang);
    let cohorts = cohorts_with_members(results);
    let shown: Vec<&Cohort> = every_nth(&cohorts, MAX_CURVES).copied().collect();
    let colours = theme::cohort_colours(shown.len());
    let mut lines: Vec<Line> = shown
        .iter()
        .zip(colours)
        .map(|(c, colour)| {
            let shares = Pool::of(&[*c]).shares();
            Line::new(c.label.clone(), colour, Stroke::Solid, shares)
        })
        .collect();
    let all = Pool::of(&cohorts);
    lines.push(Line::new(
        words.average,
        theme::ORANGE,
        Stroke::Bold,
        all.shares(),
    ));

    let mut keys = vec![Key::new(words.cohort_lead, Mark::Lead)];
    keys.extend(lines.iter().map(Line::key));
    let spec = OnePanel {
        title: words.retention_title,
        x: age_axis(all.active.len(), lang, false),
        y: Axis::numbers(words.active_share_axis, percent_scale(), Unit::Percent),
        keys,
        empty_note: cohorts.is_empty().then_some(words.no_cohorts),
    };
    one_panel(root, spec, lang, |plot| marks::lines(plot, &lines))
}

fn percent_scale() -> Scale {
    Scale::nice(0.0, 1.0, 5, 0.01)
}

/// Join month (rows, oldest on top) × months since joining (columns), coloured by the
/// share still active; a colour scale stands in for the legend.
pub fn heatmap(root: &Canvas, results: &Results, lang: Lang) -> DrawResult {
    let words = labels(lang);
    let cohorts = cohorts_with_members(results);
    let group = cohorts.len().div_ceil(MAX_ROWS).max(1);
    let pools: Vec<Pool> = cohorts.chunks(group).map(Pool::of).collect();
    let ages = pools.iter().map(|p| p.active.len()).max().unwrap_or(0);

    let top = header(root, words.cohort_heatmap_title, &[])?;
    colour_scale(root, top, words.active_share)?;
    let rows = pools.len();
    // Row r is drawn at y = rows − 1 − r, so the labels run bottom-up.
    let row_labels = pools.iter().rev().map(|p| p.label.clone()).collect();
    let x = age_axis(ages, lang, true);
    let y = Axis::categories(words.join_month_axis, row_labels, true);
    let left = y_label_width(&y, lang);
    let band = Band::rest(root, top + theme::LEGEND_ROW);
    let mut plot = panel(root, band, left, &x, &y, lang)?;
    if pools.is_empty() {
        return super::frame::note(root, &plot, words.no_cohorts);
    }
    let cells = pools.iter().enumerate().flat_map(|(r, pool)| {
        let y = (rows - 1 - r) as f64;
        colour_runs(&pool.shares())
            .into_iter()
            .map(move |(first, last, colour)| {
                let (x0, x1) = (first as f64 - 0.5, last as f64 + 0.5);
                Rectangle::new([(x0, y - 0.5), (x1, y + 0.5)], colour.filled())
            })
    });
    plot.draw_series(cells)?;
    Ok(())
}

/// Shares are coloured in steps of this much (2%: 51 shades, finer than the eye tells
/// apart), so that neighbouring cells of about the same share merge.
const SHADE_STEP: f64 = 0.02;

/// Neighbouring cells of one row that get the same shade, as (first age, last age, colour),
/// so a long run is one rectangle, not many (a 120-month heat map stays small).
fn colour_runs(shares: &[f64]) -> Vec<(usize, usize, RGBColor)> {
    let mut runs: Vec<(usize, usize, RGBColor)> = Vec::new();
    for (age, share) in shares.iter().enumerate() {
        let shade = (share / SHADE_STEP).round() * SHADE_STEP;
        let colour = theme::scale_color(&theme::HEAT, shade);
        match runs.last_mut() {
            Some((_, last, c)) if *c == colour => *last = age,
            _ => runs.push((age, age, colour)),
        }
    }
    runs
}

/// "Active share  0% ▭▭▭▭ 100%" in the legend row at `y`.
fn colour_scale(root: &Canvas, y: i32, title: &str) -> DrawResult {
    let cy = y + theme::LEGEND_ROW / 2 - 2;
    let style = |h| theme::text(theme::LEGEND, h, VPos::Center);
    let mut x = theme::PAD_LEFT;
    root.draw(&Text::new(title.to_string(), (x, cy), style(HPos::Left)))?;
    x += text_width_px(title, theme::LEGEND.px).ceil() as i32 + theme::LEGEND_GAP;
    let low = percent(0.0);
    root.draw(&Text::new(low.clone(), (x, cy), style(HPos::Left)))?;
    x += text_width_px(&low, theme::LEGEND.px).ceil() as i32 + theme::SWATCH_GAP;
    let (steps, step_px) = (40, 4);
    for i in 0..steps {
        let colour = theme::scale_color(&theme::HEAT, (f64::from(i) + 0.5) / f64::from(steps));
        let x0 = x + i * step_px;
        root.draw(&Rectangle::new(
            [(x0, cy - 6), (x0 + step_px, cy + 6)],
            colour.filled(),
        ))?;
    }
    x += steps * step_px + theme::SWATCH_GAP;
    root.draw(&Text::new(percent(1.0), (x, cy), style(HPos::Left)))?;
    Ok(())
}
