//! Running a scenario for its report: the run the planner sees, and the counterfactual runs
//! over the same members and draws — under no programme, and without each campaign — that
//! give the incremental figures, taken member by member beside the main run
//! (`engine::run_with`).
//!
//! Not for: adding up a run (`Collector`, `CounterfactualRows`) or the month loop (`engine`).

use crate::economics::without_programme;
use crate::engine::{self, Counterfactual, JoinDays, Plan, Progress};
use crate::scenario::Scenario;

use super::collector::Collector;
use super::counterfactual_rows::{CounterfactualRows, CounterfactualRun};
use super::{MonthRow, Results};

/// Runs a (validated) scenario and returns its results.
pub fn simulate(scenario: &Scenario) -> Results {
    simulate_with_progress(scenario, &mut |_| {})
}

/// Runs a (validated) scenario, reporting progress, and returns its results: the run itself
/// and, member by member beside it, the counterfactuals over the same members and draws —
/// the run under no programme and, for each campaign, the run without it — which give the
/// incremental effects. A run that outgrows what the engine can hold stops with a problem
/// instead of figures.
pub fn simulate_with_progress(scenario: &Scenario, progress: &mut dyn FnMut(Progress)) -> Results {
    simulate_joining(scenario, JoinDays::WithinMonth, progress)
}

/// [`simulate_with_progress`] with members joining on `join_days` (the model: within their
/// month; all on the first of the month to compare with a run that assumed it).
pub fn simulate_joining(
    scenario: &Scenario,
    join_days: JoinDays,
    progress: &mut dyn FnMut(Progress),
) -> Results {
    let plan = Plan::new(scenario).with_join_days(join_days);
    let baseline_scenario = without_programme(scenario);
    let baseline_plan = Plan::new(&baseline_scenario).with_join_days(join_days);
    let without_plans: Vec<Plan> = (0..scenario.campaigns.len())
        .map(|c| {
            Plan::new(scenario)
                .without_campaign(c)
                .with_join_days(join_days)
        })
        .collect();
    let mut counterfactuals: Vec<Counterfactual<CounterfactualRows>> =
        std::iter::once(Counterfactual {
            plan: &baseline_plan,
            follows_without: None,
            observer: CounterfactualRows::new(&baseline_plan),
        })
        .chain(
            without_plans
                .iter()
                .enumerate()
                .map(|(c, own)| Counterfactual {
                    plan: own,
                    follows_without: engine::can_follow(&plan, c).then_some(c),
                    observer: CounterfactualRows::new(own),
                }),
        )
        .collect();
    let mut collector = Collector::new(&plan, true);
    let budgets = engine::run_with(&plan, &mut collector, &mut counterfactuals, progress);
    if let Some(stop) = budgets.stopped() {
        return Results {
            scenario_name: scenario.name.clone(),
            stopped: Some(stop),
            ..Results::default()
        };
    }
    collector.record_commitments(&budgets);
    let mut runs = counterfactuals
        .into_iter()
        .map(|run| run.observer.into_run());
    let baseline = runs.next().unwrap_or_default();
    let without_each: Vec<CounterfactualRun> = runs.collect();
    collector.finish(&baseline, &without_each)
}

/// The monthly rows of a plan's run without run-off (as the counterfactual runs use them).
pub fn monthly_rows(plan: Plan, progress: &mut dyn FnMut(Progress)) -> Vec<MonthRow> {
    let mut collector = Collector::new(&plan, false);
    engine::run(&plan, &mut collector, progress);
    collector.into_rows()
}
