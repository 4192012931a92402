//! Goal-seek on points: the highest points earn rate (points per currency unit) or cost per
//! point that keeps the points liability at the end of the horizon at or under a ceiling.
//!
//! Liability rises with both levers, so the answer lies between 0 and the scenario's own
//! value and is found by halving that range until it is narrower than 0.1% of the value.
//! If the scenario's value already keeps under the ceiling, the ceiling does not bind and
//! the value stands; if even 0 does not (campaign bonus points alone pass it), there is no
//! answer. Each run is the scenario with its seed and the points run-off that gives the
//! expected redemption rate, without the no-programme counterfactual (liability does not
//! need it).
//!
//! Not for: tier thresholds (`goal_seek`).

use serde::{Deserialize, Serialize};

use super::csv_words::CsvWords;
use super::size::StudySize;
use crate::csv::{Cell, Table};
use crate::engine::{self, Plan};
use crate::metrics::{Collector, CounterfactualRun};
use crate::money::Money;
use crate::scenario::{Scenario, Wording};
use crate::words::Lang;

/// The search stops when the range left is narrower than this share of the scenario's value.
const PRECISION: f64 = 0.001;

/// What the planner lets move to meet the ceiling.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PointsLever {
    /// `points.per_currency_unit`: points earned per currency unit paid.
    EarnRate,
    /// `points.cost_per_point`: the override of what a point costs the company (without
    /// one, the search starts from the cost per point the rewards imply).
    CostPerPoint,
}

impl PointsLever {
    /// The scenario with the lever set to `value`.
    pub fn applied(self, scenario: &Scenario, value: f64) -> Scenario {
        let mut changed = scenario.clone();
        match self {
            PointsLever::EarnRate => changed.points.per_currency_unit = value,
            PointsLever::CostPerPoint => changed.points.cost_per_point = Some(value),
        }
        changed
    }
}

/// The lever's value that keeps the liability under the ceiling.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CeilingSeek {
    pub lever: PointsLever,
    /// The most liability at the end of the horizon, in currency units.
    pub ceiling: f64,
    /// The lever's value in the scenario, and the liability it gives.
    pub scenario_value: f64,
    pub scenario_liability_at_end: f64,
    /// The highest value found that keeps the liability at or under the ceiling; None if
    /// none does.
    pub value: Option<f64>,
    /// The liability at that value.
    pub liability_at_end: Option<f64>,
    /// Engine runs spent.
    pub runs: u32,
}

/// Finds the highest value of `lever`, at most the (validated) scenario's own, that keeps
/// the liability at the end of the horizon at or under `ceiling` currency units; or why the
/// ceiling cannot be sought, in `wording`'s words.
pub fn seek_liability_ceiling(
    scenario: &Scenario,
    lever: PointsLever,
    ceiling: f64,
    wording: Wording,
) -> Result<CeilingSeek, String> {
    if !(ceiling >= 0.0 && ceiling.is_finite()) {
        return Err(wording.say(
            format!("a liability ceiling of {ceiling} must be 0 or more"),
            format!("积分负债上限当前为 {ceiling}，须不小于 0"),
        ));
    }
    // At most: the scenario's value, zero, and the halvings down to the precision.
    let most_runs = 3 + libm::ceil(-libm::log2(PRECISION)) as u64;
    StudySize::engine_runs(scenario, most_runs)
        .check("", wording)
        .map_err(|problem| problem.message)?;
    let limit = Money::from_units(ceiling);
    let (at_scenario, cost_per_point) = liability_at_end(scenario);
    let scenario_value = match lever {
        PointsLever::EarnRate => scenario.points.per_currency_unit,
        PointsLever::CostPerPoint => cost_per_point,
    };
    let mut runs = 1;
    let mut liability = |value: f64| {
        runs += 1;
        let changed = lever.applied(scenario, value);
        liability_at_end(&changed).0
    };
    let mut found = None;
    if at_scenario <= limit {
        found = Some((scenario_value, at_scenario));
    } else {
        let at_zero = liability(0.0);
        if at_zero <= limit {
            let (mut low, mut low_liability, mut high) = (0.0, at_zero, scenario_value);
            while high - low > scenario_value * PRECISION {
                let middle = (low + high) / 2.0;
                let at_middle = liability(middle);
                if at_middle <= limit {
                    (low, low_liability) = (middle, at_middle);
                } else {
                    high = middle;
                }
            }
            found = Some((low, low_liability));
        }
    }
    Ok(CeilingSeek {
        lever,
        ceiling,
        scenario_value,
        scenario_liability_at_end: at_scenario.units(),
        value: found.map(|(v, _)| v),
        liability_at_end: found.map(|(_, l)| l.units()),
        runs,
    })
}

/// The points liability at the end of the horizon of one run with the run-off, and the
/// cost per point it was valued at.
fn liability_at_end(scenario: &Scenario) -> (Money, f64) {
    let plan = Plan::new(scenario);
    let mut collector = Collector::new(&plan, true);
    engine::run(&plan, &mut collector, &mut |_| {});
    let totals = collector.finish(&CounterfactualRun::default(), &[]).totals;
    (totals.liability_at_end, totals.cost_per_point.value)
}

impl CeilingSeek {
    /// The answer as CSV, one line:
    /// `lever,ceiling,scenario_value,scenario_liability_at_end,value,liability_at_end`.
    pub fn to_csv(&self) -> String {
        self.table(None)
    }

    /// The same line for a planner reading in `lang` (the page's download): the headers and
    /// the lever in that language.
    pub fn to_csv_in(&self, lang: Lang) -> String {
        self.table(Some(&CsvWords::new(lang, &[])))
    }

    fn table(&self, words: Option<&CsvWords>) -> String {
        let mut table = Table::new(match words {
            None => [
                "lever",
                "ceiling",
                "scenario_value",
                "scenario_liability_at_end",
                "value",
                "liability_at_end",
            ],
            Some(w) => [
                w.say("Lever", "调节项"),
                w.say("Liability ceiling (¥)", "负债上限（元）"),
                w.say("Value in the scenario", "方案中的取值"),
                w.say("Liability at the end, as given (¥)", "原方案期末负债（元）"),
                w.say("Value that meets the ceiling", "满足上限的取值"),
                w.say("Liability at the end with it (¥)", "调整后期末负债（元）"),
            ],
        });
        let lever = match (self.lever, words) {
            (PointsLever::EarnRate, None) => "earn_rate",
            (PointsLever::CostPerPoint, None) => "cost_per_point",
            (PointsLever::EarnRate, Some(w)) => w.say("Points per ¥1 spent", "每消费 1 元得积分"),
            (PointsLever::CostPerPoint, Some(w)) => w.say("Cost per point (¥)", "每积分成本（元）"),
        };
        table.row([
            Cell::text(lever),
            Cell::number(self.ceiling),
            Cell::number(self.scenario_value),
            Cell::number(self.scenario_liability_at_end),
            Cell::number(self.value),
            Cell::number(self.liability_at_end),
        ]);
        table.finish()
    }
}
