//! Charts of a comparison of scenarios A, B, C…: each main monthly series with one line per
//! scenario (same colour for a scenario on every chart, its letter and name in the legend),
//! and the tier shares of every scenario in one chart, each tier named at the end of its
//! lines.
//!
//! Not for: the KPI table (the page draws it from the `Comparison`), or bands over seeds
//! (`bands.rs`).

use plotters::element::{EmptyElement, Text};
use plotters::style::text_anchor::{HPos, VPos};

use super::document;
use super::frame::{Canvas, DrawResult};
use super::labels::labels;
use super::layouts::{line_chart, longest, months_axis, one_panel, value_axis, OnePanel};
use super::marks::{self, Line, Stroke};
use super::theme;
use crate::study::{tier_share_name, ComparedScenario, Comparison};
use crate::words::format::Unit;
use crate::words::study_labels;
use crate::words::Lang;

/// A main series, charted once per study: its name in the run summaries, its y-axis title
/// and its unit. Titles are in `StudyLabels`, in this order.
pub(super) struct MainSeries {
    pub name: &'static str,
    pub axis: fn(Lang) -> &'static str,
    pub unit: Unit,
}

pub(super) const MAIN_SERIES: [MainSeries; 4] = [
    MainSeries {
        name: "active_members",
        axis: |lang| study_labels(lang).active_members_axis,
        unit: Unit::Count,
    },
    MainSeries {
        name: "revenue",
        axis: |lang| labels(lang).money_axis,
        unit: Unit::Money,
    },
    MainSeries {
        name: "programme_cost",
        axis: |lang| labels(lang).money_axis,
        unit: Unit::Money,
    },
    MainSeries {
        name: "liability",
        axis: |lang| labels(lang).liability_axis,
        unit: Unit::Money,
    },
];

/// The comparison's charts, as (id, SVG document): active members, revenue, programme cost,
/// liability, then the tier shares.
pub fn comparison_charts(comparison: &Comparison, lang: Lang) -> Vec<(String, String)> {
    let words = study_labels(lang);
    let scenarios = &comparison.scenarios;
    let mut charts: Vec<(String, String)> = MAIN_SERIES
        .iter()
        .zip(words.compare_titles)
        .map(|(series, title)| {
            let id = format!("compare_{}", series.name);
            let svg = document(&id, title, lang, |root| {
                let lines = scenario_lines(scenarios, series.name);
                let x = months_axis(longest(scenarios.iter().map(|s| &s.months)), lang, false);
                line_chart(
                    root,
                    title,
                    x,
                    (series.axis)(lang),
                    series.unit,
                    &lines,
                    lang,
                )
            });
            (id, svg)
        })
        .collect();
    let id = "compare_tier_shares";
    let title = words.compare_tier_shares_title;
    charts.push((
        id.to_string(),
        document(id, title, lang, |root| tier_shares(root, scenarios, lang)),
    ));
    charts
}

/// A scenario's name in legends: "A · Gold at 8k".
pub fn scenario_key(letter: &str, name: &str) -> String {
    if name.trim().is_empty() {
        letter.to_string()
    } else {
        format!("{letter} · {name}")
    }
}

fn series_values(scenario: &ComparedScenario, name: &str) -> Vec<f64> {
    scenario
        .series
        .iter()
        .find(|s| s.name == name)
        .map_or_else(Vec::new, |s| s.values.clone())
}

/// One line per scenario of the series called `name`.
/// A's line is bold and drawn first, so that where a scenario matches A (common random
/// numbers make that exact) A still shows around it.
fn scenario_lines(scenarios: &[ComparedScenario], name: &str) -> Vec<Line> {
    scenarios
        .iter()
        .enumerate()
        .map(|(i, s)| {
            Line::new(
                scenario_key(&s.letter, &s.name),
                theme::scenario_colour(i),
                stroke(i),
                series_values(s, name),
            )
        })
        .collect()
}

/// The stroke of the i-th scenario's lines: A bold, the others plain.
fn stroke(i: usize) -> Stroke {
    if i == 0 {
        Stroke::Bold
    } else {
        Stroke::Solid
    }
}

/// Every scenario's share of members in each tier, month by month: a scenario's colour for
/// its lines, the tier's name at the end of the first scenario's line for it.
fn tier_shares(root: &Canvas, scenarios: &[ComparedScenario], lang: Lang) -> DrawResult {
    let tiers = scenarios
        .iter()
        .map(|s| s.tier_names.len())
        .max()
        .unwrap_or(0);
    let mut lines = Vec::new();
    let mut ends = Vec::new();
    for k in 0..tiers {
        let name = tier_share_name(k);
        let mut labelled = false;
        for (i, scenario) in scenarios.iter().enumerate() {
            let values = series_values(scenario, &name);
            if values.is_empty() {
                continue;
            }
            if !labelled {
                let last = (values.len() - 1) as f64;
                let share = values.last().copied().unwrap_or(0.0);
                let tier = scenario.tier_names.get(k).cloned().unwrap_or_default();
                ends.push((tier, (last, share)));
                labelled = true;
            }
            let colour = theme::scenario_colour(i);
            lines.push(Line::new(String::new(), colour, stroke(i), values));
        }
    }
    let keys = scenarios
        .iter()
        .enumerate()
        .map(|(i, s)| {
            Line::new(
                scenario_key(&s.letter, &s.name),
                theme::scenario_colour(i),
                stroke(i),
                Vec::new(),
            )
            .key()
        })
        .collect();
    let words = study_labels(lang);
    let spec = OnePanel {
        title: words.compare_tier_shares_title,
        x: months_axis(longest(scenarios.iter().map(|s| &s.months)), lang, false),
        y: value_axis(words.tier_share_axis, Unit::Percent, [1.0], 5),
        keys,
        empty_note: lines.is_empty().then_some(labels(lang).no_months),
    };
    one_panel(root, spec, lang, |plot| {
        marks::lines(plot, &lines)?;
        let pixels: Vec<i32> = ends
            .iter()
            .map(|(_, at)| plot.backend_coord(at).1)
            .collect();
        let rows = plot.plotting_area().get_pixel_range().1;
        let placed = dodge(&pixels, rows.start, rows.end);
        let style = theme::text(theme::TICK, HPos::Right, VPos::Center);
        plot.draw_series(ends.into_iter().zip(pixels.iter().zip(placed)).map(
            |((tier, at), (line, label))| {
                EmptyElement::at(at) + Text::new(tier, (-2, label - line), style.clone())
            },
        ))?;
        Ok(())
    })
}

/// Pixels between the centres of two tier labels.
const LABEL_GAP: i32 = 13;

/// Pixel heights for labels just above lines ending at `lines` (pixel y, down the page),
/// moved apart so that no two touch and all stay between `top` and `bottom`.
fn dodge(lines: &[i32], top: i32, bottom: i32) -> Vec<i32> {
    let mut order: Vec<usize> = (0..lines.len()).collect();
    order.sort_by_key(|&i| lines.get(i).copied().unwrap_or(0));
    let mut placed = vec![0; lines.len()];
    let mut next = top + LABEL_GAP / 2;
    for &i in &order {
        let wanted = lines.get(i).copied().unwrap_or(0) - LABEL_GAP / 2 - 1;
        placed[i] = wanted.max(next);
        next = placed[i] + LABEL_GAP;
    }
    // Pushed past the bottom: move the lowest labels back up, keeping their gaps.
    let mut limit = bottom - LABEL_GAP / 2;
    for &i in order.iter().rev() {
        placed[i] = placed[i].min(limit);
        limit = placed[i] - LABEL_GAP;
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tier_labels_at_the_same_height_are_moved_apart_and_kept_in_the_plot() {
        let placed = dodge(&[100, 100, 300], 0, 200);
        assert!((placed[1] - placed[0]).abs() >= LABEL_GAP, "{placed:?}");
        assert!(placed.iter().all(|y| (0..=200).contains(y)), "{placed:?}");
        assert_eq!(dodge(&[50], 0, 200), vec![50 - LABEL_GAP / 2 - 1]);
    }
}
