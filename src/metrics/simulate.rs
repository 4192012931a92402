//! Running a scenario for its report: the run the planner sees, and the counterfactual runs
//! over the same members and draws — under no programme, and without each campaign — that
//! give the incremental figures; the runs without a campaign go alongside the main run where
//! they can.
//!
//! Not for: adding up a run (`Collector`, `CounterfactualRows`) or the month loop (`engine`).

use crate::economics::without_programme;
use crate::engine::{self, Counterfactual, Plan, Progress};
use crate::scenario::Scenario;

use super::collector::Collector;
use super::counterfactual_rows::{CounterfactualRows, CounterfactualRun};
use super::{MonthRow, Results};

/// Runs a (validated) scenario and returns its results.
pub fn simulate(scenario: &Scenario) -> Results {
    simulate_with_progress(scenario, &mut |_| {})
}

/// Runs a (validated) scenario, reporting progress, and returns its results: the run itself,
/// then the counterfactuals over the same members and draws — the run under no programme
/// and, for each campaign, the run without it — which give the incremental effects.
pub fn simulate_with_progress(scenario: &Scenario, progress: &mut dyn FnMut(Progress)) -> Results {
    let runs = 2 + scenario.campaigns.len() as u64;
    let plan = Plan::new(scenario);
    let without_plans: Vec<Plan> = (0..scenario.campaigns.len())
        .map(|c| Plan::new(scenario).without_campaign(c))
        .collect();
    // The runs without each campaign go alongside the main run where they can (same
    // results, less work); the others run after it.
    let (mut alongside, after): (Vec<_>, Vec<_>) = without_plans
        .iter()
        .enumerate()
        .map(|(campaign, own)| Counterfactual {
            plan: own,
            campaign,
            observer: CounterfactualRows::new(own),
        })
        .partition(|run| engine::can_follow(&plan, run.campaign));
    let mut stage = 0u64;
    let mut report = |p: Progress, stage: u64, stages: u64| {
        progress(Progress {
            members_done: stage * p.members_total + stages * p.members_done,
            members_total: runs * p.members_total,
            cohort_month: p.cohort_month,
            by_referral: p.by_referral,
        })
    };
    let mut collector = Collector::new(&plan, true);
    let first_stages = 1 + alongside.len() as u64;
    // A run that outgrows what the engine can hold stops with a problem instead of figures.
    let stopped = |stop| Results {
        scenario_name: scenario.name.clone(),
        stopped: Some(stop),
        ..Results::default()
    };
    let budgets = engine::run_alongside(&plan, &mut collector, &mut alongside, &mut |p| {
        report(p, 0, first_stages)
    });
    if let Some(stop) = budgets.stopped() {
        return stopped(stop);
    }
    collector.record_commitments(&budgets);
    stage += first_stages;
    let baseline_scenario = without_programme(scenario);
    let baseline_plan = Plan::new(&baseline_scenario);
    let mut baseline = CounterfactualRows::new(&baseline_plan);
    let ran = engine::run(&baseline_plan, &mut baseline, &mut |p| report(p, stage, 1));
    if let Some(stop) = ran.stopped() {
        return stopped(stop);
    }
    let baseline = baseline.into_run();
    let mut without_each: Vec<(usize, CounterfactualRun)> = alongside
        .into_iter()
        .map(|run| (run.campaign, run.observer.into_run()))
        .collect();
    for run in after {
        stage += 1;
        let mut rows = CounterfactualRows::new(run.plan);
        let ran = engine::run(run.plan, &mut rows, &mut |p| report(p, stage, 1));
        if let Some(stop) = ran.stopped() {
            return stopped(stop);
        }
        without_each.push((run.campaign, rows.into_run()));
    }
    without_each.sort_by_key(|(campaign, _)| *campaign);
    let without_each: Vec<CounterfactualRun> =
        without_each.into_iter().map(|(_, run)| run).collect();
    collector.finish(&baseline, &without_each)
}

/// The monthly rows of a plan's run without run-off (as the counterfactual runs use them).
pub fn monthly_rows(plan: Plan, progress: &mut dyn FnMut(Progress)) -> Vec<MonthRow> {
    let mut collector = Collector::new(&plan, false);
    engine::run(&plan, &mut collector, progress);
    collector.into_rows()
}
