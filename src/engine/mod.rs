//! The month loop: the only place that knows the order in which the rules run.
//!
//! Members run one at a time, each through all their months (member-major): a member's path
//! depends only on the scenario and their own draws (and, through campaign budgets, on the
//! members with lower ids), so memory stays flat whatever the population and "explain a
//! member" replays the same path. Every draw is addressed by the member's id and what it
//! is for (`random`), so the order in which members run changes nothing: a run can be cut
//! into blocks of members (`blocks`), run on any number of workers, and added up in block
//! order to the same bytes.
//!
//! Each month of a member, in this order (see `month.rs`):
//! 1. **start of month**: growth older than the qualifying window is forgotten;
//! 2. **enrol**: in the join month, the member enrols on their join day with their first
//!    purchase;
//! 3. **offers**: campaigns send offers to eligible members (start of month; welcome packs
//!    right after enrolment; member-day offers on the member day);
//! 4. **buy**: while still a customer, purchases at the month's rate (tier uplift, goal
//!    gradient, offers held); each purchase is discounted by the tier, may use one offer,
//!    earns points at the tier's multiplier and growth, may upgrade the member at once, and —
//!    if a repeat purchase — may be their last (dropout);
//! 5. **behaviours**: growth from sign-in, reviews and the like (capped), then upgrades;
//!    and referrals: new members brought this month (they join next month) and the
//!    referrer's reward;
//! 6. **redeem**: points for a reward, with the tier's redemption chance;
//! 7. **expire**: points due under the expiry policy;
//! 8. **review**: grace runs down, then the tier review if one is due;
//! 9. **benefits**: the tier's benefit cost for an active member;
//! 10. **observe**: the observer sees the member and the month's events.
//!
//! Members brought by referral run after the planned members of their block, in the order
//! they were brought (`blocks`). The runs the incremental figures need (under no programme,
//! without each campaign) go member by member beside the main run (`variants`). After the
//! horizon, the points held are run off (same steps, no new members, no campaigns) to
//! measure how many of them will ever be redeemed.
//!
//! After each member-month the engine checks the month's figures against the limits of
//! `stop`, and each block's referrals against the most members a run holds: a run past one
//! stops there, and [`Budgets::stopped`] says why (its figures must not be shown).

mod blocks;
mod life;
mod month;
mod offers;
mod stop;
mod variants;

use crate::behaviour::BehaviourModel;
use crate::calendar::Calendar;
use crate::economics;
use crate::member::{CampaignEvents, Member, MonthEvents, OfferState};
use crate::random::{campaign_key, Key, Poisson};
use crate::rules::campaigns::uses_trailing_spend;
use crate::rules::points::{HorizonPointsUse, PointsAccount};
use crate::scenario::{Scenario, Tier};

pub use blocks::{
    block_count, run, run_blocks, run_one, run_stop, run_with, BlockEnd, BlocksRun, Referred,
    BLOCK_MEMBERS,
};
pub use offers::Budgets;
pub use stop::{
    Figure, RunStop, MAX_GIVEN_A_MONTH, MAX_MEMBERS, MAX_POINTS_A_MONTH, MAX_POINTS_VALUE,
    MAX_PURCHASES_A_MONTH, MAX_SPEND_A_MONTH,
};
pub use variants::{can_follow, Counterfactual, REFERRED_IDS_FROM};

/// Months the points held at the end of the horizon are run off, at most (five years).
pub const RUNOFF_MONTHS: u32 = 60;

/// What the engine reports to; metrics and "explain a member" are observers.
pub trait Observer {
    /// The end of reported month `month` (0-based) for `member`.
    fn observe(&mut self, month: u32, member: &Member, events: &MonthEvents);
    /// The end of reported month `month` for a member to whom nothing happened that month
    /// (the engine skips such months where the plan has nothing that could happen without
    /// a purchase): the same as [`Observer::observe`] with no events.
    fn observe_quiet(&mut self, month: u32, member: &Member) {
        let events = MonthEvents {
            points_at_start: member.points.balance(),
            ..MonthEvents::default()
        };
        self.observe(month, member, &events);
    }
    /// Run-off month `k` (0 = the first month after the horizon): what happened to the
    /// points the member held at the end of the horizon.
    fn observe_runoff(&mut self, _k: u32, _member: &Member, _used: HorizonPointsUse) {}
    /// Whether to run the points off after the horizon.
    fn wants_runoff(&self) -> bool {
        true
    }
}

/// On which day of their join month members join.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JoinDays {
    /// On a day drawn uniformly within the month, as real customers do (the model).
    WithinMonth,
    /// All on the first day of the month (for comparing with runs that assumed it).
    FirstOfMonth,
}

/// The scenario prepared for the loop: what every member-month needs, computed once.
pub struct Plan<'a> {
    pub scenario: &'a Scenario,
    pub calendar: Calendar,
    /// The ChaCha key of the scenario's seed.
    key: Key,
    /// Each campaign's key for its draws (from its name).
    campaign_keys: Vec<u32>,
    segments: Vec<(f64, BehaviourModel)>,
    entry_tier: Tier,
    /// Whether each campaign runs (a switched-off campaign is as if it were not defined).
    campaign_on: Vec<bool>,
    /// For each moment offers can go out (`offers::Moment`), the running campaigns that
    /// look at members then, in the scenario's order.
    looks_at: [Vec<usize>; 3],
    /// Whether a running campaign sends offers on the member day.
    has_member_day: bool,
    /// Each growth behaviour's actions per month.
    behaviour_actions: Vec<Poisson>,
    /// New members a member who is still a customer brings per month.
    referrals: Poisson,
    /// Whether any campaign's audience looks at the spend of the last months.
    audiences_use_trailing_spend: bool,
    /// Nothing can happen to a member in a month without a purchase (the run under no
    /// programme): such months are skipped, and their observers told they were quiet.
    quiet_without_purchases: bool,
    join_days: JoinDays,
    /// The most a point held can be valued at (`economics::highest_cost_per_point`), for
    /// the check that a member's points stay within what a run can value exactly.
    highest_cost_per_point: f64,
}

impl<'a> Plan<'a> {
    /// Prepares a scenario. The scenario must have passed validation.
    pub fn new(scenario: &'a Scenario) -> Self {
        let plan = Plan {
            scenario,
            calendar: Calendar::new(&scenario.horizon),
            key: Key::new(scenario.horizon.seed),
            campaign_keys: scenario
                .campaigns
                .iter()
                .map(|c| campaign_key(&c.name))
                .collect(),
            segments: scenario
                .population
                .segments
                .iter()
                .map(|s| (s.share, s.behaviour.model()))
                .collect(),
            entry_tier: Tier::plain("", 0),
            campaign_on: vec![true; scenario.campaigns.len()],
            looks_at: Default::default(),
            has_member_day: false,
            behaviour_actions: scenario
                .growth
                .behaviours
                .iter()
                .map(|b| Poisson::new(b.actions_per_month))
                .collect(),
            referrals: Poisson::new(scenario.referral.referrals_per_month),
            audiences_use_trailing_spend: scenario
                .campaigns
                .iter()
                .any(|c| uses_trailing_spend(&c.audience)),
            quiet_without_purchases: nothing_happens_without_a_purchase(scenario),
            join_days: JoinDays::WithinMonth,
            highest_cost_per_point: economics::highest_cost_per_point(&scenario.points),
        };
        plan.with_campaigns_sorted()
    }

    /// The same plan with campaign `index` switched off (for its counterfactual run).
    pub fn without_campaign(mut self, index: usize) -> Self {
        if let Some(on) = self.campaign_on.get_mut(index) {
            *on = false;
        }
        self.with_campaigns_sorted()
    }

    /// Which running campaigns look at members at each moment.
    fn with_campaigns_sorted(mut self) -> Self {
        self.looks_at = offers::campaigns_by_moment(self.scenario, &self.campaign_on);
        self.has_member_day = !self.looks_at[offers::Moment::MemberDay as usize].is_empty();
        self
    }

    /// The same plan with members joining on the given days.
    pub fn with_join_days(mut self, join_days: JoinDays) -> Self {
        self.join_days = join_days;
        self
    }

    fn tier(&self, index: u8) -> &Tier {
        self.scenario
            .tiers
            .levels
            .get(usize::from(index))
            .unwrap_or(&self.entry_tier)
    }

    fn next_threshold(&self, index: u8) -> Option<u32> {
        self.scenario
            .tiers
            .levels
            .get(usize::from(index) + 1)
            .map(|t| t.threshold)
    }
}

/// Whether a month without a purchase changes nothing a report shows: one tier (growth moves
/// nobody), no points, no campaigns, no growth behaviours, no referral scheme, no tier
/// benefits. That is the run under no programme.
fn nothing_happens_without_a_purchase(scenario: &Scenario) -> bool {
    let points = &scenario.points;
    scenario.tiers.levels.len() <= 1
        && scenario
            .tiers
            .levels
            .iter()
            .all(|t| t.benefit_cost_per_month == 0.0)
        && scenario.campaigns.is_empty()
        && scenario.growth.behaviours.is_empty()
        && scenario.referral.referrals_per_month == 0.0
        && points.per_currency_unit == 0.0
        && points.rewards.is_empty()
        && scenario.referral.new_member_points == 0
}

/// What a run holds in memory for its members, in bytes. Members run one at a time, so one
/// member's working state is held once per run (and once per counterfactual run beside it)
/// whatever the population; what grows with the population is only the queue of referred
/// members waiting for their turn in a block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemoryUse {
    /// The member being run: their state, standing with each campaign and the month's
    /// events (points lots not included: see `bytes_per_points_lot`).
    pub working_member_bytes: usize,
    /// One month's points lot (the rolling lots grow with the months of unexpired points).
    pub bytes_per_points_lot: usize,
    /// One referred member waiting to be run.
    pub bytes_per_referred_member_waiting: usize,
    /// Runs that keep a working member at the same time: the main run and the runs taken
    /// beside it.
    pub runs_side_by_side: usize,
}

/// The memory a run of `scenario` holds for its members (see [`MemoryUse`]).
pub fn memory_use(scenario: &Scenario) -> MemoryUse {
    use std::mem::size_of;
    let campaigns = scenario.campaigns.len();
    MemoryUse {
        working_member_bytes: size_of::<Member>()
            + size_of::<MonthEvents>()
            + campaigns * (size_of::<OfferState>() + size_of::<CampaignEvents>()),
        bytes_per_points_lot: PointsAccount::BYTES_PER_LOT,
        bytes_per_referred_member_waiting: blocks::WAITING_BYTES,
        // The main run, its saved start-of-month state, the run under no programme and
        // one run without each campaign.
        runs_side_by_side: 3 + campaigns,
    }
}

/// How far a run has got: members run so far out of all of them, and the month the last
/// of them joined. Members run in blocks in the order they join (those brought by referral
/// at the end of their block), so the join month says which month of the horizon the run
/// has reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub members_done: u64,
    pub members_total: u64,
    /// Join month (0-based; negative: before month 0, during warm-up) of the last member run.
    pub cohort_month: i32,
    /// The last member run joined through a referral.
    pub by_referral: bool,
}
