//! The runs the incremental figures need, taken member by member beside the main run: the
//! run under no programme, and the run without each campaign.
//!
//! Every run sees the same member with the same draws (common random numbers), so each
//! member is enrolled once from one draw of their traits and then lived in every run that
//! has them, month by month side by side.
//!
//! A run without campaign *c* follows the main run's path, without simulating anything,
//! until *c* first sends the member an offer while they are still a customer: up to then
//! the two paths are the same bit for bit (the campaign's own draws are addressed apart
//! from everything else, and an offer to a member who has stopped buying for good is never
//! used and changes nothing they do). That run then takes the member's state as it stood at
//! the start of that month and lives the rest of their life itself. While it follows, it
//! sees the main run's months without campaign *c*'s own record (its contact, hold-out and
//! eligibility), which is the only thing that differs. Following needs every offer due to
//! go out whatever the members before did (no campaign has a budget) and the member day to
//! stay (it splits the month's purchase stretches); otherwise the run lives every member
//! itself ([`can_follow`]).
//!
//! Not for: the order of members (`blocks`); the counterfactual runs do not run the points
//! off after the horizon (their observers report the horizon only).

use crate::member::{CampaignEvents, Member, MonthEvents};
use crate::population::{draw_traits, JoinMonth};

use super::life::{blank_member, draw_holdouts, Life};
use super::offers::has_member_day;
use super::{Budgets, Observer, Plan, RunStop};

/// A counterfactual run taken beside the main run: `plan` is the main plan changed (a
/// campaign switched off, or no programme at all) and `observer` sees its months.
pub struct Counterfactual<'p, 's, O> {
    pub plan: &'p Plan<'s>,
    /// The campaign switched off, when the run may follow the main run's path until that
    /// campaign reaches the member ([`can_follow`]); None: the run lives every member itself.
    pub follows_without: Option<usize>,
    pub observer: O,
}

/// Whether the run without `campaign` can follow the main run of `plan` (see the module's
/// comment): no campaign has a budget, and the member day stays.
pub fn can_follow(plan: &Plan, campaign: usize) -> bool {
    let without = Plan::new(plan.scenario).without_campaign(campaign);
    Budgets::new(plan).never_run_out() && has_member_day(plan) == has_member_day(&without)
}

/// A member brought by referral, waiting to be lived: in which runs they exist (bit 0 the
/// main run, bit 1 + i counterfactual run i).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Waiting {
    pub id: u64,
    pub join_month: i32,
    pub runs: u32,
}

/// One counterfactual run's working state.
struct Beside<'c, 'p, 's, O> {
    run: &'c mut Counterfactual<'p, 's, O>,
    life: Life,
    /// The run has the current member.
    has_member: bool,
    /// The run is following the main run's path of the current member.
    following: bool,
    /// Nothing happened to the member in this run this month (see `Life::quiet_in`).
    quiet: bool,
    /// A copy of the main run's events without the followed campaign's record.
    scratch: MonthEvents,
}

/// Every run's working state as the members of a block go by.
pub(super) struct Runs<'r, 'c, 'p, 's, M, O> {
    plan: &'p Plan<'s>,
    main: Life,
    observer: &'r mut M,
    /// The main run's member as they stood at the start of the month (while some run
    /// follows them and they can still be reached).
    saved: Member,
    /// The current member's place in each campaign's control group.
    holdouts: Vec<bool>,
    beside: Vec<Beside<'c, 'p, 's, O>>,
}

/// The main run's bit in [`Waiting::runs`].
pub(super) const MAIN_RUN: u32 = 1;

impl<'r, 'c, 'p, 's, M: Observer, O: Observer> Runs<'r, 'c, 'p, 's, M, O> {
    pub fn new(
        plan: &'p Plan<'s>,
        observer: &'r mut M,
        counterfactuals: &'c mut [Counterfactual<'p, 's, O>],
    ) -> Self {
        Runs {
            plan,
            main: Life::new(plan),
            observer,
            saved: blank_member(),
            holdouts: Vec::new(),
            beside: counterfactuals
                .iter_mut()
                .map(|run| Beside {
                    life: Life::new(run.plan),
                    run,
                    has_member: false,
                    following: false,
                    quiet: false,
                    scratch: MonthEvents::default(),
                })
                .collect(),
        }
    }

    /// The runs every planned member is in: the main run and every counterfactual run.
    pub fn all_runs(&self) -> u32 {
        (1u32 << (1 + self.beside.len())) - 1
    }

    /// Why a run stopped, if one did: the main run's reason, else the first counterfactual
    /// run's (its figures are the main run's too).
    pub fn stopped(&self) -> Option<RunStop> {
        self.main
            .budgets
            .stopped()
            .or_else(|| self.beside.iter().find_map(|b| b.life.budgets.stopped()))
    }

    /// Stops every run (the first reason stands).
    pub fn stop(&mut self, why: RunStop) {
        self.main.budgets.stop(why);
    }

    /// What the main run's campaigns committed, and why the runs stopped if they did.
    pub fn into_budgets(mut self) -> Budgets {
        if let Some(why) = self.stopped() {
            self.main.budgets.stop(why);
        }
        self.main.budgets
    }

    /// Lives member `id` in the runs that have them (`runs`), side by side; hands each
    /// member they bring by referral to `refer` (id, join month, runs that have them).
    /// Never inlined into the block's loop: in the browser a function entered once per
    /// member is optimised after the first members, where a loop entered once per part
    /// runs its whole first part in the engine's unoptimised code (the example's first run
    /// takes 5% less processor time; the file is 4.7 KB smaller gzipped).
    #[inline(never)]
    pub fn live(
        &mut self,
        id: u64,
        join: JoinMonth,
        by_referral: bool,
        runs: u32,
        refer: &mut impl FnMut(Waiting),
    ) {
        let plan = self.plan;
        let traits = draw_traits(&plan.key, id, join, &plan.segments);
        draw_holdouts(plan, id, &mut self.holdouts);
        let in_main = runs & MAIN_RUN != 0;
        if in_main {
            self.main
                .enrol(plan, id, &traits, &self.holdouts, by_referral);
        }
        for (i, b) in self.beside.iter_mut().enumerate() {
            b.has_member = runs & (MAIN_RUN << (1 + i)) != 0;
            b.following = b.has_member && in_main && b.run.follows_without.is_some();
            if b.has_member {
                b.life
                    .enrol(b.run.plan, id, &traits, &self.holdouts, by_referral);
            }
        }
        let horizon = plan.scenario.horizon.months as i32;
        for month in traits.join_month..horizon {
            if !self.step_all(month, in_main) {
                return;
            }
            if month < 0 {
                continue;
            }
            if month + 1 < horizon {
                self.refer(id, month, in_main, refer);
            }
            self.observe_all(month as u32, in_main);
        }
        if in_main && self.observer.wants_runoff() {
            self.main.run_off(plan, self.observer);
        }
    }

    /// One month in every run that has the member; false if a run stopped.
    fn step_all(&mut self, month: i32, in_main: bool) -> bool {
        let plan = self.plan;
        if in_main {
            let reachable = month >= 0 && self.main.member.alive;
            if reachable && self.beside.iter().any(|b| b.following) {
                self.saved.clone_from(&self.main.member);
            }
            if !self.main.step(plan, month) {
                return false;
            }
        }
        for b in self.beside.iter_mut().filter(|b| b.has_member) {
            if b.following {
                let reached = b
                    .run
                    .follows_without
                    .and_then(|c| self.main.events.campaigns.get(c))
                    .is_some_and(|c| c.reached_customer);
                if !reached {
                    continue;
                }
                b.following = false;
                b.life.member.clone_from(&self.saved);
            }
            b.quiet = b.life.quiet_in(b.run.plan, month);
            if !b.quiet && !b.life.step(b.run.plan, month) {
                return false;
            }
        }
        true
    }

    /// Queues the members brought by referral this month in each run.
    fn refer(&self, id: u64, month: i32, in_main: bool, refer: &mut impl FnMut(Waiting)) {
        let main_brought = if in_main {
            self.main.events.referrals
        } else {
            0
        };
        let brought = |b: &Beside<O>| match (b.has_member, b.following, b.quiet) {
            (false, _, _) | (true, false, true) => 0,
            (true, true, _) => main_brought,
            (true, false, false) => b.life.events.referrals,
        };
        let most = self.beside.iter().map(brought).fold(main_brought, u32::max);
        for k in 0..most {
            let mut runs = u32::from(main_brought > k);
            for (i, b) in self.beside.iter().enumerate() {
                if brought(b) > k {
                    runs |= MAIN_RUN << (1 + i);
                }
            }
            refer(Waiting {
                id: referred_id(id, month, k),
                join_month: month + 1,
                runs,
            });
        }
    }

    /// Every run that has the member sees their month.
    fn observe_all(&mut self, month: u32, in_main: bool) {
        if in_main {
            self.observer
                .observe(month, &self.main.member, &self.main.events);
        }
        for b in self.beside.iter_mut().filter(|b| b.has_member) {
            if b.quiet {
                b.run.observer.observe_quiet(month, &b.life.member);
                continue;
            }
            if !b.following {
                b.run
                    .observer
                    .observe(month, &b.life.member, &b.life.events);
                continue;
            }
            let campaign = b.run.follows_without.unwrap_or(usize::MAX);
            let own = self.main.events.campaigns.get(campaign);
            if own.is_none_or(|record| *record == CampaignEvents::default()) {
                b.run
                    .observer
                    .observe(month, &self.main.member, &self.main.events);
            } else {
                b.scratch.clone_from(&self.main.events);
                b.scratch.forget_campaign(campaign);
                b.run.observer.observe(month, &self.main.member, &b.scratch);
            }
        }
    }
}

/// Referred members' ids start here (2^52): above every planned member's, and below 2^53,
/// so that every id is a whole number a page's JavaScript holds exactly.
pub const REFERRED_IDS_FROM: u64 = 1 << 52;

/// The id of the `k`-th member (from 0) that member `referrer` brings in `month`: made
/// from those three alone, so it is the same member in every run that has them, in every
/// scenario where the referrer brings them (common random numbers), and does not depend on
/// which members ran before. 52 mixed bits above [`REFERRED_IDS_FROM`]: two members of a
/// run share an id with a chance of about n² ÷ 2^53 for n referred members (one in 10⁶
/// for 100,000), and then only draw alike.
pub fn referred_id(referrer: u64, month: i32, k: u32) -> u64 {
    let place = (u64::from(month as u32) << 32) | u64::from(k);
    let mixed = splitmix64(splitmix64(referrer) ^ place);
    REFERRED_IDS_FROM | (mixed & (REFERRED_IDS_FROM - 1))
}

/// Sebastiano Vigna's SplitMix64 finaliser: every input bit moves every output bit.
fn splitmix64(x: u64) -> u64 {
    let mut z = x.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}
