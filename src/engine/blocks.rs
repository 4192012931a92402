//! Which members run, in which order: blocks of planned members, each followed by the
//! members its members bring by referral.
//!
//! The planned members (the starting members, then each month's new members, numbered in
//! that order) are cut into blocks of [`BLOCK_MEMBERS`] ids. A block runs its planned
//! members in id order and then the members they brought, in the order they were brought
//! (the members those bring too, and so on). A member's path depends only on the scenario
//! and their own draws, so blocks can run in any order and on any number of workers: the
//! reports add up to the same figures. The exception is a campaign budget, which serves
//! members in id order within each month: with a budget the whole run is one block, the
//! planned members in id order and then everyone they brought (see `rules::campaigns`).
//!
//! Not for: what happens in a member's month (`month`) or the runs beside the main one
//! (`variants`).

use std::collections::VecDeque;
use std::ops::Range;

use serde::{Deserialize, Serialize};

use crate::population::{arrivals, total_members, Arrivals, JoinMonth};

use super::variants::{Runs, Waiting};
use super::{Budgets, Counterfactual, Observer, Plan, Progress, RunStop, MAX_MEMBERS};

/// Planned members in one block.
pub const BLOCK_MEMBERS: u64 = 4096;

/// Memory one referred member waiting for their turn takes.
pub(super) const WAITING_BYTES: usize = std::mem::size_of::<Waiting>();

/// Planned members between two progress reports.
const PROGRESS_EVERY: u64 = 1024;

/// The planned members' id ranges of the run's blocks.
fn block_ids(plan: &Plan, planned: u64) -> Vec<Range<u64>> {
    if !Budgets::new(plan).never_run_out() {
        return std::iter::once(0..planned).collect();
    }
    (0..planned.div_ceil(BLOCK_MEMBERS))
        .map(|k| k * BLOCK_MEMBERS..((k + 1) * BLOCK_MEMBERS).min(planned))
        .collect()
}

/// How many blocks a run of `plan` has.
pub fn block_count(plan: &Plan) -> u64 {
    let planned = total_members(plan.scenario);
    block_ids(plan, planned).len() as u64
}

/// Runs every member of the plan (the run-off too if the observer wants it), reporting
/// progress now and then. Returns what each campaign committed, and why the run stopped if
/// it did.
pub fn run(
    plan: &Plan,
    observer: &mut impl Observer,
    progress: &mut dyn FnMut(Progress),
) -> Budgets {
    run_with::<_, NoObserver>(plan, observer, &mut [], progress)
}

/// Runs every member of the plan, with the counterfactual runs beside it.
pub fn run_with<'p, 's, M: Observer, O: Observer>(
    plan: &'p Plan<'s>,
    observer: &mut M,
    counterfactuals: &mut [Counterfactual<'p, 's, O>],
    progress: &mut dyn FnMut(Progress),
) -> Budgets {
    let blocks = 0..block_count(plan);
    run_blocks(plan, observer, counterfactuals, blocks, progress).budgets
}

/// What running some blocks of a run gives besides what the observers saw.
pub struct BlocksRun {
    /// What the main run's campaigns committed (with a budget, the run is one block), and
    /// why the runs stopped if they did.
    pub budgets: Budgets,
    /// How each block that ran ended, in block order.
    pub ends: Vec<BlockEnd>,
}

/// How one block of a run ended: the members its members brought by referral, and why the
/// runs stopped in it, if they did.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct BlockEnd {
    pub referred: Referred,
    pub stopped: Option<RunStop>,
}

/// Why a run of `planned` members stops, from its blocks' ends in block order: at the
/// first block that stopped, or at the first after which the members brought so far take it
/// past [`MAX_MEMBERS`]. The same whichever workers ran which blocks.
pub fn run_stop(planned: u64, ends: &[BlockEnd]) -> Option<RunStop> {
    let mut referred = Referred::default();
    ends.iter().find_map(|end| {
        referred.add(end.referred);
        end.stopped.or_else(|| referred.past_limit(planned))
    })
}

/// Runs the members of blocks `blocks` (see [`block_count`]), with the counterfactual runs
/// beside them. The observers of the blocks of a run, added up, see what the observers of
/// the whole run see; [`run_stop`] over the blocks' ends says why the whole run stops.
pub fn run_blocks<'p, 's, M: Observer, O: Observer>(
    plan: &'p Plan<'s>,
    observer: &mut M,
    counterfactuals: &mut [Counterfactual<'p, 's, O>],
    blocks: Range<u64>,
    progress: &mut dyn FnMut(Progress),
) -> BlocksRun {
    let runs = arrivals(plan.scenario);
    let planned = total_members(plan.scenario);
    let ids = block_ids(plan, planned);
    let chosen: Vec<Range<u64>> = ids
        .into_iter()
        .skip(blocks.start as usize)
        .take(blocks.end.saturating_sub(blocks.start) as usize)
        .collect();
    let total: u64 = chosen.iter().map(|r| r.end - r.start).sum();
    let mut all = Runs::new(plan, observer, counterfactuals);
    let mut done = 0u64;
    let mut ends = Vec::with_capacity(chosen.len());
    for block in chosen {
        let referred = run_block(&mut all, &runs, block, planned, &mut |p: Progress| {
            done += 1;
            if done.is_multiple_of(PROGRESS_EVERY) || done == total {
                progress(Progress {
                    members_done: done,
                    members_total: total,
                    ..p
                });
            }
        });
        ends.push(BlockEnd {
            referred,
            stopped: all.stopped(),
        });
        if let Some(why) = run_stop(planned, &ends) {
            all.stop(why);
            break;
        }
    }
    BlocksRun {
        budgets: all.into_budgets(),
        ends,
    }
}

/// Members brought by referral in one block or over several, and the last month one of
/// them joined.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Referred {
    pub members: u64,
    pub last_join_month: i32,
}

impl Referred {
    /// Counts one more member, joining in `month`.
    fn one(&mut self, month: i32) {
        self.members += 1;
        self.last_join_month = self.last_join_month.max(month);
    }

    /// Adds the members of a block that runs after.
    pub fn add(&mut self, block: Referred) {
        self.members += block.members;
        self.last_join_month = self.last_join_month.max(block.last_join_month);
    }

    /// Why the run must stop, if `planned` members and these take it past [`MAX_MEMBERS`].
    /// Blocks are added up in block order, so where a run stops does not depend on how its
    /// blocks were shared out.
    pub fn past_limit(&self, planned: u64) -> Option<RunStop> {
        (planned.saturating_add(self.members) > MAX_MEMBERS).then_some(RunStop::TooManyMembers {
            month: self.last_join_month,
            planned,
            referred: self.members,
        })
    }
}

/// Runs member `id` alone, as in the whole run (the observer may look only at them): their
/// block if they are a planned member of a run without budgets, otherwise the whole run.
pub fn run_one(plan: &Plan, observer: &mut impl Observer, id: u64) {
    let planned = total_members(plan.scenario);
    let whole_run = !Budgets::new(plan).never_run_out() || id >= planned;
    let blocks = if whole_run {
        0..block_count(plan)
    } else {
        let k = id / BLOCK_MEMBERS;
        k..k + 1
    };
    run_blocks::<_, NoObserver>(plan, observer, &mut [], blocks, &mut |_| {});
}

/// One block: its planned members in id order, then the members they brought. Returns the
/// members brought; stops the runs as soon as they alone would take a run of `planned`
/// members past [`MAX_MEMBERS`].
fn run_block<M: Observer, O: Observer>(
    all: &mut Runs<'_, '_, '_, '_, M, O>,
    runs: &[Arrivals],
    ids: Range<u64>,
    planned: u64,
    progress: &mut dyn FnMut(Progress),
) -> Referred {
    let everyone = all.all_runs();
    let mut queue = Queue::default();
    for run in runs {
        let from = run.first_id.max(ids.start);
        let to = (run.first_id + run.count).min(ids.end);
        for id in from..to {
            if all.stopped().is_some() {
                return queue.referred;
            }
            all.live(id, run.join, false, everyone, &mut |w| queue.push(w));
            progress(Progress {
                members_done: 0,
                members_total: 0,
                cohort_month: match run.join {
                    JoinMonth::At(m) => m,
                    JoinMonth::DuringWarmup { .. } => -1,
                },
                by_referral: false,
            });
        }
    }
    while let Some(w) = queue.waiting.pop_front() {
        if let Some(why) = all.stopped().or_else(|| queue.referred.past_limit(planned)) {
            all.stop(why);
            break;
        }
        all.live(
            w.id,
            JoinMonth::At(w.join_month),
            true,
            w.runs,
            &mut |next| queue.push(next),
        );
    }
    queue.referred
}

/// A block's members brought by referral, waiting for their turn, and how many so far.
#[derive(Default)]
struct Queue {
    waiting: VecDeque<Waiting>,
    referred: Referred,
}

impl Queue {
    fn push(&mut self, w: Waiting) {
        self.referred.one(w.join_month);
        self.waiting.push_back(w);
    }
}

/// An observer for runs that have no counterfactual runs beside them.
struct NoObserver;

impl Observer for NoObserver {
    fn observe(&mut self, _: u32, _: &crate::member::Member, _: &crate::member::MonthEvents) {}
}
