//! Charts of replications (the same scenarios under R seeds): for each main monthly series,
//! every scenario's P10–P90 band, translucent so that overlapping bands show through, with
//! its median (P50) as a line; and, for two scenarios or more, the paired differences from
//! A (`differences.rs`).
//!
//! One seed in ten falls below a band and one in ten above it: where two scenarios' bands
//! overlap, a single run could show either one ahead.
//!
//! Not for: a single run's charts, or intervals on the KPIs (the page's table shows them).

use plotters::style::RGBColor;

use super::compare::{scenario_key, MAIN_SERIES};
use super::frame::{Key, Mark};
use super::labels::labels;
use super::layouts::{longest, months_axis, one_panel, value_axis, OnePanel};
use super::marks::{self, Line, Stroke};
use super::theme;
use super::{differences, document};
use crate::study::{Band, ReplicatedComparison, Replication};
use crate::words::Lang;
use crate::words::{fill, study_labels, StudyLabels};

/// The replication's charts, as (id, SVG document): the bands of active members, revenue,
/// programme cost and liability, then (with two scenarios or more) the differences from A.
pub fn replication_charts(replication: &ReplicatedComparison, lang: Lang) -> Vec<(String, String)> {
    let words = study_labels(lang);
    let scenarios = &replication.scenarios;
    let mut charts: Vec<(String, String)> = MAIN_SERIES
        .iter()
        .zip(words.bands_titles)
        .map(|(series, title)| {
            let id = format!("bands_{}", series.name);
            let svg = document(&id, title, lang, |root| {
                let bands: Vec<Option<&Band>> = scenarios
                    .iter()
                    .map(|s| s.bands.iter().find(|b| b.name == series.name))
                    .collect();
                let values = bands
                    .iter()
                    .flatten()
                    .flat_map(|b| b.p10.iter().chain(&b.p90).copied());
                let spec = OnePanel {
                    title,
                    x: months_axis(longest(scenarios.iter().map(|s| &s.months)), lang, false),
                    y: value_axis((series.axis)(lang), series.unit, values, 5),
                    keys: keys(scenarios, words),
                    empty_note: bands
                        .iter()
                        .flatten()
                        .all(|b| b.p50.is_empty())
                        .then_some(labels(lang).no_months),
                };
                one_panel(root, spec, lang, |plot| {
                    for (i, band) in bands.iter().enumerate() {
                        if let Some(band) = band {
                            marks::band(plot, &band.p10, &band.p90, theme::scenario_colour(i))?;
                        }
                    }
                    let medians: Vec<Line> = bands
                        .iter()
                        .enumerate()
                        .filter_map(|(i, band)| {
                            let colour = theme::scenario_colour(i);
                            band.map(|b| Line::new("", colour, Stroke::Solid, b.p50.clone()))
                        })
                        .collect();
                    marks::lines(plot, &medians)
                })
            });
            (id, svg)
        })
        .collect();
    if scenarios.len() >= 2 {
        let id = "bands_differences";
        let svg = document(id, words.differences_title, lang, |root| {
            differences::chart(root, replication, lang)
        });
        charts.push((id.to_string(), svg));
    }
    charts
}

/// A band swatch per scenario, then how to read the bands (how many seeds).
fn keys(scenarios: &[Replication], words: &StudyLabels) -> Vec<Key> {
    let mut keys = scenario_keys(scenarios, Mark::Band);
    let runs = scenarios.first().map_or(0, |s| s.seeds.len()).to_string();
    keys.push(Key::new(fill(words.bands_lead, &[&runs]), Mark::Lead));
    keys
}

/// A legend entry per replicated scenario ("A · Today"), its swatch made by `mark`.
pub(super) fn scenario_keys(scenarios: &[Replication], mark: fn(RGBColor) -> Mark) -> Vec<Key> {
    scenarios
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let letter = crate::study::letter(i);
            Key::new(
                scenario_key(&letter, &s.scenario_name),
                mark(theme::scenario_colour(i)),
            )
        })
        .collect()
}
