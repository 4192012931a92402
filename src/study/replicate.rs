//! Replications: the same scenario under R seeds (seed, seed + 1, …), for honest error bars.
//!
//! For each main series, P10 / P50 / P90 per month (the band one seed in ten falls below
//! and one in ten above); for each KPI, its P10–P90 and mean ± standard error over the
//! seeds. For a comparison, every scenario runs under the same R seeds and each difference
//! from A is taken seed by seed (paired), which removes the noise the scenarios share.
//! Quantiles are deterministic (see `stats`).
//!
//! Not for: spreading the seeds over cores — [`replicate`] runs them one after the other;
//! the page's workers and the command line run [`seeded`] scenarios in parallel and combine
//! them with [`replication_of`] and [`paired_differences`].

use serde::Serialize;

use super::compare::{align_seeds, letter, Fairness};
use super::csv_words::{kpi_cells, kpi_header, CsvWords};
use super::kpi::{kpi_value, run_summary, RunSummary, Unit};
use super::stats::{quantile, Interval};
use crate::csv::{Cell, Table};
use crate::scenario::Scenario;
use crate::words::Lang;

/// Seeds a replication runs unless told otherwise.
pub const DEFAULT_RUNS: u32 = 20;

/// One series' band over the seeds, month by month.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Band {
    pub name: String,
    pub unit: Unit,
    pub p10: Vec<f64>,
    pub p50: Vec<f64>,
    pub p90: Vec<f64>,
}

/// One KPI over the seeds.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct KpiInterval {
    pub kpi: String,
    pub unit: Unit,
    /// None when the KPI existed under no seed.
    pub interval: Option<Interval>,
}

/// A scenario under R seeds.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Replication {
    pub scenario_name: String,
    /// The seeds that ran, in order.
    pub seeds: Vec<u64>,
    /// Calendar months of the bands.
    pub months: Vec<String>,
    pub bands: Vec<Band>,
    pub kpis: Vec<KpiInterval>,
}

/// The differences of one scenario from A, paired by seed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct PairedDifferences {
    pub letter: String,
    /// Per KPI, the interval of (this scenario − A) over the seeds both ran.
    #[serde(rename = "differences_from_A")]
    pub differences_from_a: Vec<KpiInterval>,
}

/// Scenarios A, B, C… under the same R seeds.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReplicatedComparison {
    /// The seeds start at A's seed for every scenario.
    pub fairness: Fairness,
    /// Each scenario's own replication, A first.
    pub scenarios: Vec<Replication>,
    /// B, C… against A.
    pub differences: Vec<PairedDifferences>,
}

/// The scenario with population seed `seed`.
pub fn seeded(scenario: &Scenario, seed: u64) -> Scenario {
    let mut s = scenario.clone();
    s.horizon.seed = seed;
    s
}

/// The seeds of a replication: the scenario's seed and the `runs − 1` after it.
pub fn seeds(scenario: &Scenario, runs: u32) -> Vec<u64> {
    let first = scenario.horizon.seed;
    (0..u64::from(runs))
        .map(|i| first.wrapping_add(i))
        .collect()
}

/// Runs a (validated) scenario under `runs` seeds and summarises them.
pub fn replicate(scenario: &Scenario, runs: u32) -> Replication {
    replication_of(&runs_of(scenario, runs))
}

/// Runs every (validated) scenario under the same `runs` seeds, from A's seed on.
pub fn replicate_comparison(scenarios: &[Scenario], runs: u32) -> ReplicatedComparison {
    let (aligned, fairness) = align_seeds(scenarios);
    let all: Vec<Vec<RunSummary>> = aligned.iter().map(|s| runs_of(s, runs)).collect();
    replicated_comparison_of(&all, fairness)
}

fn runs_of(scenario: &Scenario, runs: u32) -> Vec<RunSummary> {
    seeds(scenario, runs)
        .into_iter()
        .map(|seed| run_summary(&seeded(scenario, seed)))
        .collect()
}

/// The comparison of runs already made: one list of runs per scenario, A first.
pub fn replicated_comparison_of(
    runs: &[Vec<RunSummary>],
    fairness: Fairness,
) -> ReplicatedComparison {
    let a = runs.first().map_or(&[][..], Vec::as_slice);
    ReplicatedComparison {
        fairness,
        scenarios: runs.iter().map(|r| replication_of(r)).collect(),
        differences: runs
            .iter()
            .enumerate()
            .skip(1)
            .map(|(i, r)| PairedDifferences {
                letter: letter(i),
                differences_from_a: paired_differences(a, r),
            })
            .collect(),
    }
}

/// The bands and KPI intervals of runs of one scenario under different seeds.
pub fn replication_of(runs: &[RunSummary]) -> Replication {
    let first = runs.first();
    let months = first.map_or_else(Vec::new, |r| r.months.clone());
    let bands = first
        .map_or(&[][..], |r| r.series.as_slice())
        .iter()
        .map(|series| {
            let mut band = Band {
                name: series.name.clone(),
                unit: series.unit,
                p10: Vec::new(),
                p50: Vec::new(),
                p90: Vec::new(),
            };
            for month in 0..months.len() {
                let mut values: Vec<f64> = runs
                    .iter()
                    .filter_map(|r| r.series.iter().find(|s| s.name == series.name))
                    .filter_map(|s| s.values.get(month).copied())
                    .collect();
                values.sort_by(f64::total_cmp);
                let at = |p| quantile(&values, p).unwrap_or(f64::NAN);
                band.p10.push(at(0.1));
                band.p50.push(at(0.5));
                band.p90.push(at(0.9));
            }
            band
        })
        .collect();
    let kpis = first
        .map_or(&[][..], |r| r.kpis.as_slice())
        .iter()
        .map(|kpi| {
            let values: Vec<f64> = runs
                .iter()
                .filter_map(|r| kpi_value(&r.kpis, &kpi.name))
                .collect();
            KpiInterval {
                kpi: kpi.name.clone(),
                unit: kpi.unit,
                interval: Interval::of(&values),
            }
        })
        .collect();
    Replication {
        scenario_name: first.map_or_else(String::new, |r| r.scenario_name.clone()),
        seeds: runs.iter().map(|r| r.seed).collect(),
        months,
        bands,
        kpis,
    }
}

/// Per KPI of A, the interval of (B − A) over the seeds both ran, paired by seed.
pub fn paired_differences(a: &[RunSummary], b: &[RunSummary]) -> Vec<KpiInterval> {
    let Some(first) = a.first() else {
        return Vec::new();
    };
    first
        .kpis
        .iter()
        .map(|kpi| {
            let differences: Vec<f64> = b
                .iter()
                .filter_map(|run_b| {
                    let run_a = a.iter().find(|r| r.seed == run_b.seed)?;
                    let value_a = kpi_value(&run_a.kpis, &kpi.name)?;
                    Some(kpi_value(&run_b.kpis, &kpi.name)? - value_a)
                })
                .collect();
            KpiInterval {
                kpi: kpi.name.clone(),
                unit: kpi.unit,
                interval: Interval::of(&differences),
            }
        })
        .collect()
}

const INTERVAL_COLUMNS: [&str; 6] = ["runs", "mean", "standard_error", "p10", "p50", "p90"];

fn interval_cells(interval: Option<&Interval>) -> [Cell; 6] {
    [
        Cell::number(interval.map(|i| i.runs)),
        Cell::number(interval.map(|i| i.mean)),
        Cell::number(interval.and_then(|i| i.standard_error)),
        Cell::number(interval.map(|i| i.p10)),
        Cell::number(interval.map(|i| i.p50)),
        Cell::number(interval.map(|i| i.p90)),
    ]
}

impl Replication {
    /// One CSV table: a line per KPI (`kind` = kpi, no month), then a line per series and
    /// month (`kind` = series, mean and standard error empty):
    /// `kind,name,unit,month,calendar_month,runs,mean,standard_error,p10,p50,p90`.
    pub fn to_csv(&self) -> String {
        let mut header = vec!["kind", "name", "unit", "month", "calendar_month"];
        header.extend(INTERVAL_COLUMNS);
        let mut table = Table::new(header);
        for kpi in &self.kpis {
            let mut row = vec![
                Cell::text("kpi"),
                Cell::text(kpi.kpi.clone()),
                Cell::text(kpi.unit.name()),
                Cell::blank(),
                Cell::blank(),
            ];
            row.extend(interval_cells(kpi.interval.as_ref()));
            table.row(row);
        }
        for band in &self.bands {
            for (month, label) in self.months.iter().enumerate() {
                let at = |values: &[f64]| Cell::number(values.get(month).copied());
                table.row([
                    Cell::text("series"),
                    Cell::text(band.name.clone()),
                    Cell::text(band.unit.name()),
                    Cell::number(month),
                    Cell::text(label.clone()),
                    Cell::number(self.seeds.len()),
                    Cell::blank(),
                    Cell::blank(),
                    at(&band.p10),
                    at(&band.p50),
                    at(&band.p90),
                ]);
            }
        }
        table.finish()
    }
}

impl ReplicatedComparison {
    /// One CSV table for scripts (the command line): each scenario's KPI intervals
    /// (`measure` = value), then each difference from A (`measure` = difference_from_A):
    /// `scenario,name,measure,kpi,unit,runs,mean,standard_error,p10,p50,p90`.
    pub fn to_csv(&self) -> String {
        self.table(None)
    }

    /// The same table for a planner reading in `lang` (the page's download): headers and
    /// measures in that language, each KPI by its name (tiers named from `tier_names`, entry
    /// tier first) before its id, and the unit in words.
    pub fn to_csv_in(&self, lang: Lang, tier_names: &[String]) -> String {
        self.table(Some(&CsvWords::new(lang, tier_names)))
    }

    fn table(&self, words: Option<&CsvWords>) -> String {
        let mut header = match words {
            None => vec!["scenario", "name", "measure"],
            Some(w) => vec![
                w.say("Scenario", "方案"),
                w.say("Name", "名称"),
                w.say("Measure", "度量"),
            ],
        };
        header.extend(kpi_header(words));
        header.extend(match words {
            None => INTERVAL_COLUMNS,
            Some(w) => [
                w.say("Runs", "运行次数"),
                w.say("Mean", "均值"),
                w.say("Standard error", "标准误"),
                "P10",
                "P50",
                "P90",
            ],
        });
        let measure = |en: &'static str, zh: &'static str| words.map_or(en, |w| w.say(en, zh));
        let mut table = Table::new(header);
        let mut add = |i: usize, measure: &str, kpis: &[KpiInterval]| {
            let name = self
                .scenarios
                .get(i)
                .map_or_else(String::new, |s| s.scenario_name.clone());
            for kpi in kpis {
                let mut row = vec![
                    Cell::text(letter(i)),
                    Cell::text(name.clone()),
                    Cell::text(measure),
                ];
                row.extend(kpi_cells(words, &kpi.kpi, kpi.unit));
                row.extend(interval_cells(kpi.interval.as_ref()));
                table.row(row);
            }
        };
        for (i, scenario) in self.scenarios.iter().enumerate() {
            add(i, measure("value", "数值"), &scenario.kpis);
        }
        for (i, paired) in self.differences.iter().enumerate() {
            let difference = measure("difference_from_A", "与 A 的差异");
            add(i + 1, difference, &paired.differences_from_a);
        }
        table.finish()
    }
}
