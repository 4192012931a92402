//! Running a scenario for its report: the run the planner sees, and the counterfactual runs
//! over the same members and draws — under no programme, and without each campaign — that
//! give the incremental figures, taken member by member beside the main run
//! (`engine::run_blocks`).
//!
//! A run can be made in parts: each part runs some of the run's blocks of members
//! ([`run_part`], on one of the page's workers) and hands back its sums as whole numbers;
//! [`finish_parts`] adds the parts up in block order and makes the report. Sums of integers
//! add up to the same figures whichever worker ran which blocks, so the report is the same
//! bytes for any number of workers. A run made at once is one part.
//!
//! Not for: adding up a run (`Collector`, `CounterfactualRows`) or the month loop (`engine`).

use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::economics::without_programme;
use crate::engine::{self, BlockEnd, Counterfactual, JoinDays, Plan, Progress};
use crate::population::total_members;
use crate::scenario::Scenario;

use super::collector::Collector;
use super::counterfactual_rows::CounterfactualRows;
use super::sums::{add_words, words, Sums, Visitor};
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
    with_plans(scenario, join_days, |plans| {
        let (observers, ends) = plans.run(0..engine::block_count(&plans.main), progress);
        plans.report(observers, &ends)
    })
}

/// How many blocks a run of `scenario` is made of (see `engine::block_count`): the parts
/// of a run are ranges of them.
pub fn block_count(scenario: &Scenario) -> u64 {
    engine::block_count(&Plan::new(scenario))
}

/// One part of a run: the blocks it ran, how each ended, and what they add up to.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RunPart {
    pub blocks: Range<u64>,
    pub ends: Vec<BlockEnd>,
    /// Every summed figure of the main run and the counterfactual runs (`sums`).
    pub sums: Vec<i64>,
}

/// Parts of a run that do not make one run: a block missing or run twice, or sums of
/// another shape (from another scenario).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartsMismatch;

/// Runs blocks `blocks` of a (validated) scenario, with the counterfactual runs beside
/// them (members joining within their month).
pub fn run_part(
    scenario: &Scenario,
    blocks: Range<u64>,
    progress: &mut dyn FnMut(Progress),
) -> RunPart {
    with_plans(scenario, JoinDays::WithinMonth, |plans| {
        plans.run_part(blocks, progress)
    })
}

/// The report of a run made in parts (in any order; they must cover every block once).
pub fn finish_parts(scenario: &Scenario, parts: &[RunPart]) -> Result<Results, PartsMismatch> {
    with_plans(scenario, JoinDays::WithinMonth, |plans| plans.finish(parts))
}

/// A run's plans: the main run, the run under no programme and the runs without each
/// campaign.
struct Plans<'p, 's> {
    main: Plan<'s>,
    baseline: Plan<'p>,
    without: Vec<Plan<'s>>,
}

fn with_plans<T>(scenario: &Scenario, join_days: JoinDays, f: impl FnOnce(&Plans) -> T) -> T {
    let baseline_scenario = without_programme(scenario);
    let plans = Plans {
        main: Plan::new(scenario).with_join_days(join_days),
        baseline: Plan::new(&baseline_scenario).with_join_days(join_days),
        without: (0..scenario.campaigns.len())
            .map(|c| {
                Plan::new(scenario)
                    .without_campaign(c)
                    .with_join_days(join_days)
            })
            .collect(),
    };
    f(&plans)
}

/// The observers of a run: the main run's collector and the counterfactual runs' rows
/// (the run under no programme first, then without each campaign).
struct Observers<'p> {
    collector: Collector<'p>,
    counterfactuals: Vec<Counterfactual<'p, 'p, CounterfactualRows>>,
}

impl Sums for Observers<'_> {
    fn visit(&mut self, v: &mut dyn Visitor) {
        self.collector.visit(v);
        for run in &mut self.counterfactuals {
            run.observer.visit(v);
        }
    }
}

impl<'s> Plans<'_, 's> {
    fn observers(&self) -> Observers<'_> {
        let follows = |c: usize| engine::can_follow(&self.main, c).then_some(c);
        Observers {
            collector: Collector::new(&self.main, true),
            counterfactuals: std::iter::once(Counterfactual {
                plan: &self.baseline,
                follows_without: None,
                observer: CounterfactualRows::new(&self.baseline),
            })
            .chain(
                self.without
                    .iter()
                    .enumerate()
                    .map(|(c, own)| Counterfactual {
                        plan: own,
                        follows_without: follows(c),
                        observer: CounterfactualRows::new(own),
                    }),
            )
            .collect(),
        }
    }

    /// Runs `blocks`: the observers that saw them (each campaign's commitments recorded)
    /// and how each block ended.
    fn run(
        &self,
        blocks: Range<u64>,
        progress: &mut dyn FnMut(Progress),
    ) -> (Observers<'_>, Vec<BlockEnd>) {
        let mut observers = self.observers();
        let ran = engine::run_blocks(
            &self.main,
            &mut observers.collector,
            &mut observers.counterfactuals,
            blocks,
            progress,
        );
        observers.collector.record_commitments(&ran.budgets);
        (observers, ran.ends)
    }

    fn run_part(&self, blocks: Range<u64>, progress: &mut dyn FnMut(Progress)) -> RunPart {
        let (mut observers, ends) = self.run(blocks.clone(), progress);
        RunPart {
            blocks,
            ends,
            sums: words(&mut observers),
        }
    }

    fn finish(&self, parts: &[RunPart]) -> Result<Results, PartsMismatch> {
        let mut parts: Vec<&RunPart> = parts.iter().collect();
        parts.sort_by_key(|p| p.blocks.start);
        let mut next = 0;
        for part in &parts {
            let ran = part.ends.len() as u64;
            let (start, end) = (part.blocks.start, part.blocks.end);
            if start != next || end < start || ran > end - start {
                return Err(PartsMismatch);
            }
            next = part.blocks.end;
        }
        if next != engine::block_count(&self.main) {
            return Err(PartsMismatch);
        }
        let ends: Vec<BlockEnd> = parts.iter().flat_map(|p| p.ends.iter().copied()).collect();
        let stopped = engine::run_stop(total_members(self.main.scenario), &ends).is_some();
        if !stopped
            && parts
                .iter()
                .any(|p| p.ends.len() as u64 != p.blocks.end - p.blocks.start)
        {
            // A part that ended early with nothing that stops the run.
            return Err(PartsMismatch);
        }
        let mut observers = self.observers();
        for part in parts {
            if !add_words(&mut observers, &part.sums) {
                return Err(PartsMismatch);
            }
        }
        Ok(self.report(observers, &ends))
    }

    /// The report of the run the observers saw, whose blocks ended as `ends` (in block
    /// order): a run that stopped reports only why.
    fn report(&self, observers: Observers, ends: &[BlockEnd]) -> Results {
        let scenario = self.main.scenario;
        if let Some(stop) = engine::run_stop(total_members(scenario), ends) {
            return Results {
                scenario_name: scenario.name.clone(),
                stopped: Some(stop),
                ..Results::default()
            };
        }
        let mut runs = observers
            .counterfactuals
            .into_iter()
            .map(|run| run.observer.into_run());
        let baseline = runs.next().unwrap_or_default();
        let without_each: Vec<_> = runs.collect();
        observers.collector.finish(&baseline, &without_each)
    }
}

/// The monthly rows of a plan's run without run-off (as the counterfactual runs use them).
pub fn monthly_rows(plan: Plan, progress: &mut dyn FnMut(Progress)) -> Vec<MonthRow> {
    let mut collector = Collector::new(&plan, false);
    engine::run(&plan, &mut collector, progress);
    collector.into_rows()
}
