//! Sweeps: one parameter, named by its JSON path (`tiers.levels[2].threshold`), run at
//! evenly spaced values from one end of a range to the other, with every KPI at each
//! value — the data for "KPIs against the Gold threshold" charts.
//!
//! Each value is written into the scenario's JSON and read again with the scenario reader,
//! so a value the programme cannot take (a Gold threshold under Silver's) gives that step
//! the editor's problems instead of a result. A whole-number field takes the value rounded.
//! Every step runs with the scenario's seed: the steps differ only by the parameter.
//!
//! Not for: several parameters at once, or the ±20% tornado (`tornado`).

use serde::Serialize;

use super::csv_words::CsvWords;
use super::kpi::{run_summary, Kpi};
use super::path::Document;
use super::size::StudySize;
use crate::csv::{Cell, Table};
use crate::scenario::{Problem, Scenario, Wording};
use crate::words::Lang;

/// Most steps a sweep runs.
pub const MAX_STEPS: u32 = 200;

/// One value of the swept parameter and what the programme did with it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SweepStep {
    /// The value run (rounded for a whole-number field).
    pub value: f64,
    /// The KPIs; empty when the value gave problems.
    pub kpis: Vec<Kpi>,
    /// Why this value could not run; empty when it ran.
    pub problems: Vec<Problem>,
}

/// A parameter swept over a range.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Sweep {
    /// The JSON path of the parameter.
    pub parameter: String,
    /// The parameter's value in the scenario as given.
    pub base_value: f64,
    pub steps: Vec<SweepStep>,
}

/// Runs a (validated) scenario with the number at `parameter` set to `steps` evenly spaced
/// values from `from` to `to`, both ends included (one step runs `from` alone). Fails, with
/// a problem at the path, when the path does not lead to a number, and when `steps` is 0 or
/// above [`MAX_STEPS`]. Every problem, the steps' too, is worded for `wording`'s reader.
pub fn sweep(
    scenario: &Scenario,
    parameter: &str,
    from: f64,
    to: f64,
    steps: u32,
    wording: Wording,
) -> Result<Sweep, Problem> {
    let document = Document::of(scenario, wording)?;
    let base_value = document.number_at(parameter)?;
    if steps == 0 || steps > MAX_STEPS || !from.is_finite() || !to.is_finite() {
        return Err(Problem {
            path: parameter.to_string(),
            message: wording.say(
                format!(
                    "a sweep runs 1 to {MAX_STEPS} steps between two finite values; \
                     got {steps} steps from {from} to {to}"
                ),
                format!(
                    "扫描须在两个有限数值之间运行 1 到 {MAX_STEPS} 步；\
                     当前为从 {from} 到 {to} 共 {steps} 步"
                ),
            ),
        });
    }
    StudySize::full_runs(scenario, u64::from(steps)).check("steps", wording)?;
    let steps = (0..steps)
        .map(|i| {
            let value = if steps == 1 {
                from
            } else {
                from + (to - from) * f64::from(i) / f64::from(steps - 1)
            };
            match document.with(&[(parameter.to_string(), value)]) {
                Ok(changed) => SweepStep {
                    value: document_value(&changed, parameter, wording).unwrap_or(value),
                    kpis: run_summary(&changed).kpis,
                    problems: Vec::new(),
                },
                Err(problems) => SweepStep {
                    value,
                    kpis: Vec::new(),
                    problems,
                },
            }
        })
        .collect();
    Ok(Sweep {
        parameter: parameter.to_string(),
        base_value,
        steps,
    })
}

/// The value the changed scenario holds at the path (the rounded one for a whole number).
fn document_value(scenario: &Scenario, path: &str, wording: Wording) -> Option<f64> {
    Document::of(scenario, wording).ok()?.number_at(path).ok()
}

impl Sweep {
    /// The sweep as CSV, one line per step: `value,problems,` then one column per KPI (in
    /// the order the first step that ran lists them).
    pub fn to_csv(&self) -> String {
        self.table(None)
    }

    /// The same lines for a planner reading in `lang` (the page's download): the headers in
    /// that language and each KPI by its name (tiers named from `tier_names`), its id after
    /// it in brackets.
    pub fn to_csv_in(&self, lang: Lang, tier_names: &[String]) -> String {
        self.table(Some(&CsvWords::new(lang, tier_names)))
    }

    fn table(&self, words: Option<&CsvWords>) -> String {
        let names: Vec<String> = self
            .steps
            .iter()
            .find(|s| !s.kpis.is_empty())
            .map(|s| s.kpis.iter().map(|k| k.name.clone()).collect())
            .unwrap_or_default();
        let mut header = vec![
            self.parameter.clone(),
            words
                .map_or("problems", |w| w.say("Problems", "问题"))
                .to_string(),
        ];
        header.extend(names.iter().map(|id| match words {
            None => id.clone(),
            Some(w) => format!("{} ({id})", w.kpi(id)),
        }));
        let mut table = Table::new(header);
        for step in &self.steps {
            let problems: Vec<String> = step.problems.iter().map(Problem::to_string).collect();
            let mut row = vec![Cell::number(step.value), Cell::text(problems.join("; "))];
            row.extend(names.iter().map(|name| {
                Cell::number(
                    step.kpis
                        .iter()
                        .find(|k| k.name == *name)
                        .and_then(|k| k.value),
                )
            }));
            table.row(row);
        }
        table.finish()
    }
}
