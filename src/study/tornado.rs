//! The tornado: each main assumption moved down and up by the same share (±20% unless told
//! otherwise), the change it makes to one chosen KPI, the widest swing first — which
//! assumptions the answer leans on.
//!
//! The main assumptions, each moved as one (every segment or tier together):
//!
//! | assumption | what moves |
//! |---|---|
//! | `purchase_rate` | how often members buy: each segment's purchases per month (planner form), or its BG/NBD α divided by the factor (model form: the mean rate is r/α) |
//! | `dropout` | how readily members stop buying: each segment's share lost per year (planner form) or its BG/NBD a (model form) |
//! | `spend_per_purchase` | each segment's average order value (planner form) or Gamma-Gamma γ (model form: the mean spend pγ/(q−1) moves with γ) |
//! | `new_members_per_month` | the monthly intake |
//! | `tier_purchase_rate_uplift` | every tier's purchase-rate uplift |
//! | `tier_dropout_reduction` | every tier's dropout reduction |
//! | `redemption_per_month` | every tier's monthly redemption chance |
//! | `goal_gradient_uplift` | the purchase-rate uplift of members close to the next tier |
//! | `cost_per_point` | what a point costs: the `points.cost_per_point` override if the scenario sets one, otherwise every reward's cost (which the liability's cost per point follows) |
//! | `gross_margin` | the margin on incremental sales |
//!
//! An assumption set to zero everywhere is left out: ±20% of nothing is nothing. A moved
//! value the programme cannot take (a redemption chance above 1) leaves that side of the
//! bar at the base value and lists the problem. Every run uses the scenario's seed.
//!
//! Not for: a range of values of one parameter (`sweep`).

use serde::Serialize;

use super::csv_words::{kpi_cells, kpi_header, CsvWords};
use super::kpi::{kpi_value, run_summary, Unit};
use super::path::Document;
use super::size::StudySize;
use super::words::share;
use crate::behaviour::SegmentBehaviour;
use crate::csv::{Cell, Table};
use crate::scenario::{Problem, Scenario, Wording};
use crate::words::Lang;

/// The share each assumption moves by unless told otherwise.
pub const DEFAULT_CHANGE: f64 = 0.2;

/// One bar: the KPI with the assumption moved down and up.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TornadoBar {
    pub assumption: String,
    /// The JSON paths the assumption moves.
    pub paths: Vec<String>,
    /// The KPI with the assumption lowered by the change.
    pub low: Option<f64>,
    /// The KPI with the assumption raised by the change.
    pub high: Option<f64>,
    /// The bar's length: the widest distance between low, high and the base value.
    pub swing: f64,
    pub problems: Vec<Problem>,
}

/// How far one KPI leans on each main assumption.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Tornado {
    pub kpi: String,
    pub unit: Unit,
    /// The share each assumption moved by (0.2 = ±20%).
    pub change: f64,
    /// The KPI with every assumption as given.
    pub base: Option<f64>,
    /// Widest swing first.
    pub bars: Vec<TornadoBar>,
}

/// Whether a path's value rises with its assumption or falls (BG/NBD α: a higher rate is a
/// lower α).
#[derive(Clone, Copy)]
enum Moves {
    With,
    Against,
}

/// The main assumptions of a scenario and the paths each one moves.
fn assumptions(scenario: &Scenario) -> Vec<(&'static str, Vec<(String, Moves)>)> {
    let mut rate = Vec::new();
    let mut dropout = Vec::new();
    let mut spend = Vec::new();
    for (i, segment) in scenario.population.segments.iter().enumerate() {
        let path = |field: &str| format!("population.segments[{i}].behaviour.{field}");
        match segment.behaviour {
            SegmentBehaviour::Model(_) => {
                rate.push((path("purchases.alpha"), Moves::Against));
                dropout.push((path("purchases.a"), Moves::With));
                spend.push((path("spend.gamma"), Moves::With));
            }
            SegmentBehaviour::Planner(_) => {
                rate.push((path("purchases_per_month"), Moves::With));
                dropout.push((path("lost_per_year"), Moves::With));
                spend.push((path("average_order_value"), Moves::With));
            }
        }
    }
    let tiers = |field: &str| -> Vec<(String, Moves)> {
        (0..scenario.tiers.levels.len())
            .map(|k| (format!("tiers.levels[{k}].{field}"), Moves::With))
            .collect()
    };
    let one = |path: &str| vec![(path.to_string(), Moves::With)];
    let cost_per_point = match scenario.points.cost_per_point {
        Some(_) => one("points.cost_per_point"),
        None => (0..scenario.points.rewards.len())
            .map(|i| (format!("points.rewards[{i}].cost"), Moves::With))
            .collect(),
    };
    vec![
        ("purchase_rate", rate),
        ("dropout", dropout),
        ("spend_per_purchase", spend),
        (
            "new_members_per_month",
            one("population.new_members_per_month"),
        ),
        ("tier_purchase_rate_uplift", tiers("purchase_rate_uplift")),
        ("tier_dropout_reduction", tiers("dropout_reduction")),
        ("redemption_per_month", tiers("redemption_per_month")),
        (
            "goal_gradient_uplift",
            one("goal_gradient.purchase_rate_uplift"),
        ),
        ("cost_per_point", cost_per_point),
        ("gross_margin", one("economics.gross_margin")),
    ]
}

/// Moves each main assumption of a (validated) scenario by ±`change` (a share, 0–1, not
/// included) and reports the KPI named `kpi` for each, widest swing first. Fails when the
/// change is out of range (a problem at `change`) or no KPI has that name (at `kpi`); every
/// problem, the moved values' too, is worded for `wording`'s reader.
pub fn tornado(
    scenario: &Scenario,
    kpi: &str,
    change: f64,
    wording: Wording,
) -> Result<Tornado, Problem> {
    let fail = |path: &str, message: String| Problem {
        path: path.to_string(),
        message,
    };
    if !(change > 0.0 && change < 1.0) {
        return Err(fail("change", change_problem(change, wording)));
    }
    let runs = 1 + 2 * assumptions(scenario).len() as u64;
    StudySize::full_runs(scenario, runs).check("", wording)?;
    let base_run = run_summary(scenario);
    let unit = match base_run.kpis.iter().find(|k| k.name == kpi) {
        Some(found) => found.unit,
        None => {
            let names: Vec<&str> = base_run.kpis.iter().map(|k| k.name.as_str()).collect();
            return Err(fail(
                "kpi",
                wording.say(
                    format!("no KPI is named {kpi}; the KPIs are {}", names.join(", ")),
                    format!("没有名为“{kpi}”的指标；可用的指标有 {}", names.join("、")),
                ),
            ));
        }
    };
    let base = kpi_value(&base_run.kpis, kpi);
    let document = Document::of(scenario, wording)?;
    let mut bars = Vec::new();
    for (assumption, paths) in assumptions(scenario) {
        let values: Vec<(String, Moves, f64)> = paths
            .into_iter()
            .filter_map(|(path, moves)| {
                let value = document.number_at(&path).ok()?;
                Some((path, moves, value))
            })
            .collect();
        if values.iter().all(|(_, _, v)| *v == 0.0) {
            continue;
        }
        let mut problems = Vec::new();
        let mut run_at = |factor: f64| {
            let changes: Vec<(String, f64)> = values
                .iter()
                .map(|(path, moves, value)| match moves {
                    Moves::With => (path.clone(), value * factor),
                    Moves::Against => (path.clone(), value / factor),
                })
                .collect();
            match document.with(&changes) {
                Ok(changed) => kpi_value(&run_summary(&changed).kpis, kpi),
                Err(found) => {
                    problems.extend(found);
                    base
                }
            }
        };
        let low = run_at(1.0 - change);
        let high = run_at(1.0 + change);
        let ends = [low, high, base].into_iter().flatten();
        let swing =
            ends.clone().fold(f64::NEG_INFINITY, f64::max) - ends.fold(f64::INFINITY, f64::min);
        bars.push(TornadoBar {
            assumption: assumption.to_string(),
            paths: values.into_iter().map(|(path, _, _)| path).collect(),
            low,
            high,
            swing: if swing.is_finite() { swing } else { 0.0 },
            problems,
        });
    }
    bars.sort_by(|a, b| b.swing.total_cmp(&a.swing));
    Ok(Tornado {
        kpi: kpi.to_string(),
        unit,
        change,
        base,
        bars,
    })
}

/// Why a change of `change` cannot move the assumptions, in the reader's words.
fn change_problem(change: f64, wording: Wording) -> String {
    if wording.shares_as_percent {
        let percent = share(wording, change);
        wording.say(
            format!("±{percent} must be above 0% and below 100%"),
            format!("当前为 ±{percent}，须大于 0% 且小于 100%"),
        )
    } else {
        wording.say(
            format!("the change {change} must be a share between 0 and 1 (0.2 = ±20%)"),
            format!("变动幅度 {change} 须是 0 到 1 之间的比例（0.2 即 ±20%）"),
        )
    }
}

impl Tornado {
    /// The bars as CSV, widest first: `assumption,kpi,unit,low,base,high,swing,paths,problems`.
    pub fn to_csv(&self) -> String {
        self.table(None)
    }

    /// The same lines for a planner reading in `lang` (the page's download): the headers in
    /// that language, the assumption and the KPI by their names (the KPI's id beside it) and
    /// the unit in words.
    pub fn to_csv_in(&self, lang: Lang, tier_names: &[String]) -> String {
        self.table(Some(&CsvWords::new(lang, tier_names)))
    }

    fn table(&self, words: Option<&CsvWords>) -> String {
        let mut header = vec![words.map_or("assumption", |w| w.say("Assumption", "假设"))];
        header.extend(kpi_header(words));
        header.extend(match words {
            None => ["low", "base", "high", "swing", "paths", "problems"],
            Some(w) => [
                w.say("Lowered", "调低后"),
                w.say("As given", "原值"),
                w.say("Raised", "调高后"),
                w.say("Swing", "摆幅"),
                w.say("Fields moved", "变动的字段"),
                w.say("Problems", "问题"),
            ],
        });
        let mut table = Table::new(header);
        for bar in &self.bars {
            let problems: Vec<String> = bar.problems.iter().map(Problem::to_string).collect();
            let mut row = vec![Cell::text(
                words.map_or_else(|| bar.assumption.clone(), |w| w.assumption(&bar.assumption)),
            )];
            row.extend(kpi_cells(words, &self.kpi, self.unit));
            row.extend([
                Cell::number(bar.low),
                Cell::number(self.base),
                Cell::number(bar.high),
                Cell::number(bar.swing),
                Cell::text(bar.paths.join(" ")),
                Cell::text(problems.join("; ")),
            ]);
            table.row(row);
        }
        table.finish()
    }
}
