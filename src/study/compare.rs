//! Comparing scenarios A, B, C…: each one's KPIs with its absolute and percentage difference
//! from A, and each one's monthly series for overlaid charts.
//!
//! Fair by construction: every scenario runs with the same population seed, so the same
//! members meet each programme with the same random draws (common random numbers), and
//! two identical scenarios differ by exactly zero. If the scenarios were saved with
//! different seeds, all of them run with A's and the report says so.
//!
//! Not for: uncertainty over seeds (`replicate`), or drawing the overlays (the page).

use serde::Serialize;

use super::csv_words::{kpi_cells, kpi_header, CsvWords};
use super::kpi::{kpi_value, run_summary, RunSummary, Series, Unit};
use crate::csv::{Cell, Table};
use crate::scenario::Scenario;
use crate::words::Lang;

/// The seed every scenario of a study ran with, and why that makes the study fair.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Fairness {
    /// The population seed all scenarios ran with: A's.
    pub seed: u64,
    /// The seeds the scenarios were saved with, A first.
    pub seeds_given: Vec<u64>,
    /// Whether some scenario's seed was replaced by A's.
    pub seeds_changed: bool,
    /// The one sentence the page shows about it.
    pub note: String,
}

/// One scenario of a comparison.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ComparedScenario {
    /// A, B, C…
    pub letter: String,
    pub name: String,
    pub tier_names: Vec<String>,
    /// Calendar months of the series.
    pub months: Vec<String>,
    /// Monthly series to overlay: active members, revenue, programme cost, liability, tier
    /// shares.
    pub series: Vec<Series>,
}

/// One KPI across the scenarios.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KpiComparison {
    pub kpi: String,
    pub unit: Unit,
    /// One cell per scenario, A first.
    pub scenarios: Vec<KpiCell>,
}

/// One scenario's value of a KPI and how far it is from A's.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KpiCell {
    pub letter: String,
    pub value: Option<f64>,
    /// This value − A's value (0 for A itself).
    #[serde(rename = "difference_from_A")]
    pub difference_from_a: Option<f64>,
    /// The difference as a percentage of A's value (12.5 = 12.5% above A); None when A's
    /// value is 0 and this one is not.
    #[serde(rename = "percent_difference_from_A")]
    pub percent_difference_from_a: Option<f64>,
}

/// The comparison of scenarios A, B, C…
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Comparison {
    pub fairness: Fairness,
    pub scenarios: Vec<ComparedScenario>,
    /// A's KPIs in order, then any only later scenarios have (a tier A lacks).
    pub kpis: Vec<KpiComparison>,
}

/// The letter of the i-th scenario: A, B, … Z, then S27, S28, …
pub fn letter(i: usize) -> String {
    match u8::try_from(i) {
        Ok(i) if i < 26 => char::from(b'A' + i).to_string(),
        _ => format!("S{}", i + 1),
    }
}

impl Fairness {
    /// The fairness of scenarios saved with `seeds_given` (A first) and all run with A's.
    pub fn of_seeds(seeds_given: Vec<u64>) -> Fairness {
        let seed = seeds_given.first().copied().unwrap_or_default();
        let seeds_changed = seeds_given.iter().any(|s| *s != seed);
        let note = if seeds_changed {
            let given: Vec<String> = seeds_given
                .iter()
                .enumerate()
                .map(|(i, s)| format!("{} {s}", letter(i)))
                .collect();
            format!(
                "The scenarios were saved with different seeds ({}); all ran with A's seed {seed}, \
                 so they see the same members and the same random draws.",
                given.join(", ")
            )
        } else {
            format!(
                "All scenarios ran with seed {seed}: they see the same members and the same \
                 random draws, so every difference comes from the programme."
            )
        };
        Fairness {
            seed,
            seeds_given,
            seeds_changed,
            note,
        }
    }
}

/// The scenarios, every one set to A's population seed, and what that changed.
pub fn align_seeds(scenarios: &[Scenario]) -> (Vec<Scenario>, Fairness) {
    let fairness = Fairness::of_seeds(scenarios.iter().map(|s| s.horizon.seed).collect());
    let aligned = scenarios
        .iter()
        .map(|s| {
            let mut s = s.clone();
            s.horizon.seed = fairness.seed;
            s
        })
        .collect();
    (aligned, fairness)
}

/// Runs every (validated) scenario with A's seed and compares them.
pub fn compare(scenarios: &[Scenario]) -> Comparison {
    let (aligned, fairness) = align_seeds(scenarios);
    let runs: Vec<RunSummary> = aligned.iter().map(run_summary).collect();
    compare_runs(&runs, fairness)
}

/// The comparison of runs already made (A first) with the seeds `fairness` describes.
pub fn compare_runs(runs: &[RunSummary], fairness: Fairness) -> Comparison {
    let mut names: Vec<(String, Unit)> = Vec::new();
    for kpi in runs.iter().flat_map(|r| &r.kpis) {
        if !names.iter().any(|(n, _)| *n == kpi.name) {
            names.push((kpi.name.clone(), kpi.unit));
        }
    }
    let kpis = names
        .into_iter()
        .map(|(name, unit)| {
            let a = runs.first().and_then(|r| kpi_value(&r.kpis, &name));
            let scenarios = runs
                .iter()
                .enumerate()
                .map(|(i, run)| {
                    let value = kpi_value(&run.kpis, &name);
                    KpiCell {
                        letter: letter(i),
                        value,
                        difference_from_a: value.zip(a).map(|(v, a)| v - a),
                        percent_difference_from_a: value.zip(a).and_then(|(v, a)| percent(v, a)),
                    }
                })
                .collect();
            KpiComparison {
                kpi: name,
                unit,
                scenarios,
            }
        })
        .collect();
    let scenarios = runs
        .iter()
        .enumerate()
        .map(|(i, run)| ComparedScenario {
            letter: letter(i),
            name: run.scenario_name.clone(),
            tier_names: run.tier_names.clone(),
            months: run.months.clone(),
            series: run.series.clone(),
        })
        .collect();
    Comparison {
        fairness,
        scenarios,
        kpis,
    }
}

/// (value − a) as a percentage of a; 0 when both are 0, None when only a is.
fn percent(value: f64, a: f64) -> Option<f64> {
    if a == 0.0 {
        (value == 0.0).then_some(0.0)
    } else {
        Some((value - a) / a.abs() * 100.0)
    }
}

impl Comparison {
    /// The KPI table as CSV for scripts (the command line), one line per KPI and scenario:
    /// `kpi,unit,scenario,name,value,difference_from_A,percent_difference_from_A`.
    pub fn to_csv(&self) -> String {
        self.table(None)
    }

    /// The KPI table as CSV for a planner reading in `lang` (the page's download): the
    /// same lines, the headers in that language, each KPI by its name (tiers named from
    /// `tier_names`, entry tier first) before its id, and the unit in words.
    pub fn to_csv_in(&self, lang: Lang, tier_names: &[String]) -> String {
        self.table(Some(&CsvWords::new(lang, tier_names)))
    }

    fn table(&self, words: Option<&CsvWords>) -> String {
        let mut header = kpi_header(words);
        header.extend(match words {
            None => [
                "scenario",
                "name",
                "value",
                "difference_from_A",
                "percent_difference_from_A",
            ],
            Some(w) => [
                w.say("Scenario", "方案"),
                w.say("Name", "名称"),
                w.say("Value", "数值"),
                w.say("Difference from A", "与 A 的差异"),
                w.say("% difference from A", "与 A 的差异（%）"),
            ],
        });
        let mut table = Table::new(header);
        for kpi in &self.kpis {
            for (cell, scenario) in kpi.scenarios.iter().zip(&self.scenarios) {
                let mut row = kpi_cells(words, &kpi.kpi, kpi.unit);
                row.extend([
                    Cell::text(cell.letter.clone()),
                    Cell::text(scenario.name.clone()),
                    Cell::number(cell.value),
                    Cell::number(cell.difference_from_a),
                    Cell::number(cell.percent_difference_from_a),
                ]);
                table.row(row);
            }
        }
        table.finish()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scenarios_are_lettered_a_to_z_then_numbered() {
        assert_eq!(letter(0), "A");
        assert_eq!(letter(2), "C");
        assert_eq!(letter(25), "Z");
        assert_eq!(letter(26), "S27");
    }

    #[test]
    fn a_difference_from_zero_has_no_percentage_unless_it_is_zero_too() {
        assert_eq!(percent(0.0, 0.0), Some(0.0));
        assert_eq!(percent(5.0, 0.0), None);
        assert_eq!(percent(150.0, 100.0), Some(50.0));
        assert_eq!(percent(-150.0, -100.0), Some(-50.0));
    }

    #[test]
    fn different_seeds_are_replaced_by_a_s_and_the_note_says_so() {
        let a = Scenario::default();
        let mut b = Scenario::default();
        b.horizon.seed = 7;
        let (aligned, fairness) = align_seeds(&[a.clone(), b]);
        assert!(aligned.iter().all(|s| s.horizon.seed == a.horizon.seed));
        assert!(fairness.seeds_changed);
        assert_eq!(fairness.seeds_given, vec![a.horizon.seed, 7]);
        assert!(fairness.note.contains("B 7"), "{}", fairness.note);
        let (_, same) = align_seeds(&[a.clone(), a]);
        assert!(!same.seeds_changed);
    }
}
