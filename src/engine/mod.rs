//! The month loop: the only place that knows the order in which the rules run.
//!
//! Members run one at a time, each through all their months (member-major): a member's path
//! depends only on the scenario, their own random streams and — through campaign budgets —
//! the members with lower ids, so memory stays flat and "explain a member" replays the same
//! path. Within a month, members are served in id order, exactly as if the loop ran month by
//! month.
//!
//! Each month of a member, in this order (see `month.rs`):
//! 1. **start of month**: growth older than the qualifying window is forgotten;
//! 2. **enrol**: in the join month, the member enrols with their first purchase;
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
//! Members brought by referral run after everyone planned, in the order they were referred,
//! with ids after the planned members'.
//!
//! After the horizon, the points held are run off (same steps, no new members, no
//! campaigns) to measure how many of them will ever be redeemed.
//!
//! After each member-month the engine checks the month's figures against the limits of
//! `stop`, and referrals against the most members a run holds: a run past one stops there,
//! and [`Budgets::stopped`] says why (its figures must not be shown).

mod counterfactual;
mod month;
mod offers;
mod stop;

use crate::behaviour::{BehaviourModel, MemberBehaviour};
use crate::calendar::{month_start_day, Calendar};
use crate::economics;
use crate::member::{Member, MonthEvents, OfferState};
use crate::population::{arrivals, draw_traits, JoinMonth};
use crate::random::{Poisson, Purpose, Stream};
use crate::rules::campaigns::uses_trailing_spend;
use crate::rules::points::{HorizonPointsUse, PointsAccount};
use crate::rules::tiers::TierStanding;
use crate::scenario::{Expiry, Scenario, Tier};

pub use counterfactual::{can_follow, run_alongside, Counterfactual};
pub use offers::Budgets;
pub use stop::{
    Figure, RunStop, MAX_GIVEN_A_MONTH, MAX_MEMBERS, MAX_POINTS_A_MONTH, MAX_POINTS_VALUE,
    MAX_PURCHASES_A_MONTH, MAX_SPEND_A_MONTH,
};

/// Months the points held at the end of the horizon are run off, at most (five years).
pub const RUNOFF_MONTHS: u32 = 60;

/// What the engine reports to; metrics and "explain a member" are observers.
pub trait Observer {
    /// The end of reported month `month` (0-based) for `member`.
    fn observe(&mut self, month: u32, member: &Member, events: &MonthEvents);
    /// Run-off month `k` (0 = the first month after the horizon): what happened to the
    /// points the member held at the end of the horizon.
    fn observe_runoff(&mut self, _k: u32, _member: &Member, _used: HorizonPointsUse) {}
    /// Whether to run the points off after the horizon.
    fn wants_runoff(&self) -> bool {
        true
    }
}

/// The scenario prepared for the loop: what every member-month needs, computed once.
pub struct Plan<'a> {
    pub scenario: &'a Scenario,
    pub calendar: Calendar,
    segments: Vec<(f64, BehaviourModel)>,
    entry_tier: Tier,
    /// Whether each campaign runs (a switched-off campaign is as if it were not defined).
    campaign_on: Vec<bool>,
    /// Each growth behaviour's actions per month.
    behaviour_actions: Vec<Poisson>,
    /// New members a member who is still a customer brings per month.
    referrals: Poisson,
    /// Whether any campaign's audience looks at the spend of the last months.
    audiences_use_trailing_spend: bool,
    /// The most a point held can be valued at (`economics::highest_cost_per_point`), for
    /// the check that a member's points stay within what a run can value exactly.
    highest_cost_per_point: f64,
}

impl<'a> Plan<'a> {
    /// Prepares a scenario. The scenario must have passed validation.
    pub fn new(scenario: &'a Scenario) -> Self {
        Plan {
            scenario,
            calendar: Calendar::new(&scenario.horizon),
            segments: scenario
                .population
                .segments
                .iter()
                .map(|s| (s.share, s.behaviour.model()))
                .collect(),
            entry_tier: Tier::plain("", 0),
            campaign_on: vec![true; scenario.campaigns.len()],
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
            highest_cost_per_point: economics::highest_cost_per_point(&scenario.points),
        }
    }

    /// The same plan with campaign `index` switched off (for its counterfactual run).
    pub fn without_campaign(mut self, index: usize) -> Self {
        if let Some(on) = self.campaign_on.get_mut(index) {
            *on = false;
        }
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

/// A member's random streams, one per purpose.
#[derive(Clone)]
struct Streams {
    timing: Stream,
    dropout: Stream,
    spend: Stream,
    behaviours: Stream,
    redemption: Stream,
    referral: Stream,
}

impl Streams {
    fn new(seed: u64, id: u64) -> Self {
        Streams {
            timing: Stream::new(seed, id, Purpose::PurchaseTiming),
            dropout: Stream::new(seed, id, Purpose::Dropout),
            spend: Stream::new(seed, id, Purpose::Spend),
            behaviours: Stream::new(seed, id, Purpose::Behaviours),
            redemption: Stream::new(seed, id, Purpose::Redemption),
            referral: Stream::new(seed, id, Purpose::Referral),
        }
    }
}

/// What a run holds in memory for its members, in bytes. Members run one at a time, so one
/// member's working state is held once whatever the population; what grows with the
/// population is only the queue of referred members waiting for their turn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct MemoryUse {
    /// The member being run: their state, random streams, standing with each campaign and
    /// the month's events (points lots not included: see `bytes_per_points_lot`).
    pub working_member_bytes: usize,
    /// One month's points lot (the rolling lots grow with the months of unexpired points).
    pub bytes_per_points_lot: usize,
    /// One referred member waiting to be run, in one run's queue.
    pub bytes_per_referred_member_waiting: usize,
    /// Runs that keep a queue of referred members at the same time: the main run and the
    /// runs without each campaign taken alongside it.
    pub referral_queues: usize,
}

/// The memory a run of `scenario` holds for its members (see [`MemoryUse`]).
pub fn memory_use(scenario: &Scenario) -> MemoryUse {
    use std::mem::size_of;
    let campaigns = scenario.campaigns.len();
    MemoryUse {
        working_member_bytes: size_of::<Member>()
            + size_of::<Streams>()
            + size_of::<MonthEvents>()
            + campaigns * (size_of::<OfferState>() + size_of::<crate::member::CampaignEvents>()),
        bytes_per_points_lot: PointsAccount::BYTES_PER_LOT,
        bytes_per_referred_member_waiting: size_of::<(u64, JoinMonth, bool)>(),
        referral_queues: 1
            + (0..campaigns)
                .filter(|c| can_follow(&Plan::new(scenario), *c))
                .count(),
    }
}

/// How far a run has got: members run so far out of all of them, and the month the last
/// of them joined. Members run cohort by cohort in the order they join (those brought by
/// referral last, in the order they were brought), so the join month says which month of
/// the horizon the run has reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub members_done: u64,
    pub members_total: u64,
    /// Join month (0-based; negative: before month 0, during warm-up) of the last member run.
    pub cohort_month: i32,
    /// The last member run joined through a referral (these run after everyone planned).
    pub by_referral: bool,
}

/// Members between two progress reports.
const PROGRESS_EVERY: u64 = 1 << 14;

/// Runs every member of the scenario through the horizon (and the run-off if the observer
/// wants it), reporting progress now and then. Returns what each campaign committed.
pub fn run(
    plan: &Plan,
    observer: &mut impl Observer,
    progress: &mut dyn FnMut(Progress),
) -> Budgets {
    run_until(plan, observer, u64::MAX, progress)
}

/// Runs members in id order up to and including `last_id`.
pub fn run_until(
    plan: &Plan,
    observer: &mut impl Observer,
    last_id: u64,
    progress: &mut dyn FnMut(Progress),
) -> Budgets {
    let runs = arrivals(plan.scenario);
    let planned: u64 = runs.iter().map(|r| r.count).sum();
    let mut budgets = Budgets::new(plan);
    let mut member = blank_member();
    let mut referred = Referred::new(planned);
    let mut done = 0u64;
    let mut planned_members = runs.iter().flat_map(|run| {
        (run.first_id..run.first_id + run.count).map(move |id| (id, run.join, false))
    });
    while let Some((id, join, by_referral)) = planned_members.next().or_else(|| referred.pop()) {
        if id > last_id || budgets.stopped().is_some() {
            break;
        }
        live(
            plan,
            &mut budgets,
            &mut member,
            id,
            join,
            by_referral,
            &mut referred,
            observer,
            i32::MIN,
        );
        done += 1;
        if done.is_multiple_of(PROGRESS_EVERY) {
            progress(Progress {
                members_done: done,
                members_total: planned + referred.created,
                cohort_month: member.join_month,
                by_referral: member.referred,
            });
        }
    }
    progress(Progress {
        members_done: done,
        members_total: done,
        cohort_month: member.join_month,
        by_referral: member.referred,
    });
    budgets
}

/// Members brought by referral, waiting to be run: they run after everyone planned, in the
/// order they were referred, with ids after the planned members'.
struct Referred {
    queue: std::collections::VecDeque<(u64, JoinMonth, bool)>,
    next_id: u64,
    created: u64,
}

impl Referred {
    fn new(planned: u64) -> Self {
        Referred {
            queue: std::collections::VecDeque::new(),
            next_id: planned,
            created: 0,
        }
    }

    /// Queues `count` members joining in `month`, or, if they would take the run past
    /// [`MAX_MEMBERS`], queues none and says why the run must stop.
    fn add(&mut self, count: u32, month: i32) -> Result<(), RunStop> {
        if self.next_id.saturating_add(u64::from(count)) > MAX_MEMBERS {
            return Err(RunStop::TooManyMembers {
                month,
                planned: self.next_id - self.created,
                referred: self.created,
            });
        }
        for _ in 0..count {
            self.queue
                .push_back((self.next_id, JoinMonth::At(month), true));
            self.next_id += 1;
            self.created += 1;
        }
        Ok(())
    }

    fn pop(&mut self) -> Option<(u64, JoinMonth, bool)> {
        self.queue.pop_front()
    }

    /// The id of the next member waiting, if any.
    fn next_waiting(&self) -> Option<u64> {
        self.queue.front().map(|(id, _, _)| *id)
    }
}

fn blank_member() -> Member {
    Member {
        id: 0,
        segment: 0,
        join_month: 0,
        birthday_month: 1,
        behaviour: MemberBehaviour {
            rate_per_week: 0.0,
            dropout: 0.0,
            spend_rate: 1.0,
            spend_shape: 1.0,
        },
        alive: true,
        purchases: 0,
        last_purchase_day: 0.0,
        spend_cents: 0,
        spend_by_month_cents: [0; 12],
        timing_left: 0.0,
        repeat_purchases: 0,
        standing: TierStanding::new(),
        points: PointsAccount::default(),
        once_done: 0,
        offers: Vec::new(),
        referred: false,
    }
}

/// One member's whole life in the scenario. Their referrals are queued and their months
/// observed from `from_month` on (a counterfactual run that has followed the main run's
/// path so far takes over from there).
#[allow(clippy::too_many_arguments)]
fn live(
    plan: &Plan,
    budgets: &mut Budgets,
    member: &mut Member,
    id: u64,
    join: JoinMonth,
    by_referral: bool,
    referred: &mut Referred,
    observer: &mut impl Observer,
    from_month: i32,
) {
    let mut streams = enrol(plan, member, id, join, by_referral);
    let mut events = MonthEvents::default();
    let months = member.join_month..plan.scenario.horizon.months as i32;
    let mut life = Life {
        plan,
        budgets,
        member,
        streams: &mut streams,
        events: &mut events,
    };
    life.months(months, referred, observer, from_month);
    if observer.wants_runoff() {
        life.run_off(observer);
    }
}

/// Member `id` as they enrol: their traits drawn, their history empty, their streams new.
fn enrol(plan: &Plan, member: &mut Member, id: u64, join: JoinMonth, by_referral: bool) -> Streams {
    let scenario = plan.scenario;
    let seed = scenario.horizon.seed;
    let traits = draw_traits(seed, id, join, &plan.segments);
    member.id = id;
    member.referred = by_referral;
    member.segment = traits.segment;
    member.join_month = traits.join_month;
    member.birthday_month = traits.birthday_month;
    member.behaviour = traits.behaviour;
    member.alive = true;
    member.purchases = 0;
    member.last_purchase_day = month_start_day(traits.join_month);
    member.spend_cents = 0;
    member.spend_by_month_cents = [0; 12];
    member.timing_left = 0.0;
    member.repeat_purchases = 0;
    member.standing = TierStanding::new();
    member.points.reset(traits.join_month);
    member.once_done = 0;
    member.offers.clear();
    member.offers.extend(scenario.campaigns.iter().map(|c| {
        let mut stream = Stream::keyed(seed, &c.name, id, Purpose::Campaign);
        OfferState {
            holdout: stream.chance(c.holdout_share),
            valid_until_day: f64::NEG_INFINITY,
            sent_month: 0,
            received: 0,
            was_eligible: false,
            in_study: false,
            stream,
        }
    }));
    Streams::new(seed, id)
}

/// A member being run under a plan: what the month steps read and change.
struct Life<'l, 'p> {
    plan: &'l Plan<'p>,
    budgets: &'l mut Budgets,
    member: &'l mut Member,
    streams: &'l mut Streams,
    events: &'l mut MonthEvents,
}

impl Life<'_, '_> {
    /// Runs `months`; from `from_month` on, queues the member's referrals and shows the
    /// months to the observer.
    fn months(
        &mut self,
        months: std::ops::Range<i32>,
        referred: &mut Referred,
        observer: &mut impl Observer,
        from_month: i32,
    ) {
        let horizon = self.plan.scenario.horizon.months as i32;
        for month in months {
            if !self.step(month) {
                return;
            }
            if month < from_month.max(0) {
                continue;
            }
            let events = &*self.events;
            if events.referrals > 0 && month + 1 < horizon {
                if let Err(stop) = referred.add(events.referrals, month + 1) {
                    self.budgets.stop(stop);
                    return;
                }
            }
            observer.observe(month as u32, self.member, events);
        }
    }

    /// Runs `month`; false (and the run stopped) if a figure of the month passed its limit.
    fn step(&mut self, month: i32) -> bool {
        month::step(
            self.plan,
            self.budgets,
            self.member,
            month,
            self.streams,
            self.events,
        );
        let cost_per_point = self.plan.highest_cost_per_point;
        match stop::check_month(self.member, self.events, month, cost_per_point) {
            Some(stop) => {
                self.budgets.stop(stop);
                false
            }
            None => true,
        }
    }

    /// The points held at the end of the horizon, run off.
    fn run_off(&mut self, observer: &mut impl Observer) {
        let scenario = self.plan.scenario;
        let horizon = scenario.horizon.months as i32;
        self.member.points.mark_horizon();
        for k in 0..RUNOFF_MONTHS {
            if self.member.points.horizon_points() == 0
                || (!self.member.alive && scenario.points.expiry == Expiry::Never)
            {
                break;
            }
            if !self.step(horizon + k as i32) {
                return;
            }
            let used = HorizonPointsUse {
                redeemed: self.events.horizon_redeemed,
                expired: self.events.horizon_expired,
            };
            observer.observe_runoff(k, self.member, used);
        }
    }
}
