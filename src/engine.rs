//! The month loop: the only place that knows the order in which the rules run.
//!
//! Members run one at a time, each through all their months (member-major): a member's path
//! depends only on the scenario and their own random streams, so nothing is lost by not
//! interleaving them, memory stays flat, and "explain a member" is the same run for one id.
//!
//! Each month of a member, in this order:
//! 1. **start of month**: growth older than the qualifying window is forgotten;
//! 2. **enrol**: in the join month, the member enrols with their first purchase;
//! 3. **buy**: while still a customer, purchases at the month's rate (tier uplift, goal
//!    gradient); each purchase is discounted by the tier, earns points at the tier's
//!    multiplier and growth, may upgrade the member at once, and — if a repeat purchase —
//!    may be their last (dropout);
//! 4. **behaviours**: growth from sign-in, reviews and the like (capped), then upgrades;
//! 5. **redeem**: points for a reward, with the tier's redemption chance;
//! 6. **expire**: points due under the expiry policy;
//! 7. **review**: grace runs down, then the tier review if one is due;
//! 8. **benefits**: the tier's benefit cost for an active member;
//! 9. **observe**: the observer sees the member and the month's events.
//!
//! After the horizon, the points held are run off (same steps, no new members) to measure
//! how many of them will ever be redeemed.

use crate::behaviour::BehaviourModel;
use crate::calendar::{month_start_day, Calendar, DAYS_PER_MONTH};
use crate::member::{Member, MonthEvents};
use crate::money::to_cents;
use crate::population::{arrivals, draw_traits, JoinMonth};
use crate::random::{Purpose, Stream};
use crate::rules::points::{HorizonPointsUse, PointsAccount};
use crate::rules::tiers::TierStanding;
use crate::rules::{growth, lifecycle, points, purchases, tiers};
use crate::scenario::{Expiry, Scenario, Tier};

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
            entry_tier: Tier {
                name: String::new(),
                threshold: 0,
                keep_threshold: 0,
                earn_multiplier: 1.0,
                discount: 0.0,
                benefit_cost_per_month: 0.0,
                dropout_reduction: 0.0,
                purchase_rate_uplift: 0.0,
                redemption_per_month: 0.0,
            },
        }
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
struct Streams {
    timing: Stream,
    dropout: Stream,
    spend: Stream,
    behaviours: Stream,
    redemption: Stream,
}

impl Streams {
    fn new(seed: u64, id: u64) -> Self {
        Streams {
            timing: Stream::new(seed, id, Purpose::PurchaseTiming),
            dropout: Stream::new(seed, id, Purpose::Dropout),
            spend: Stream::new(seed, id, Purpose::Spend),
            behaviours: Stream::new(seed, id, Purpose::Behaviours),
            redemption: Stream::new(seed, id, Purpose::Redemption),
        }
    }
}

/// How far a run has got: members run so far out of all of them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    pub members_done: u64,
    pub members_total: u64,
}

/// Members between two progress reports.
const PROGRESS_EVERY: u64 = 1 << 14;

/// Runs every member of the scenario through the horizon (and the run-off if the observer
/// wants it), reporting progress now and then.
pub fn run(plan: &Plan, observer: &mut impl Observer, progress: &mut dyn FnMut(Progress)) {
    let runs = arrivals(plan.scenario);
    let total: u64 = runs.iter().map(|r| r.count).sum();
    let mut member = blank_member();
    let mut done = 0u64;
    for run in runs {
        for id in run.first_id..run.first_id + run.count {
            live(plan, &mut member, id, run.join, observer);
            done += 1;
            if done.is_multiple_of(PROGRESS_EVERY) {
                progress(Progress {
                    members_done: done,
                    members_total: total,
                });
            }
        }
    }
    progress(Progress {
        members_done: done,
        members_total: total,
    });
}

/// Runs one member, on the same path as in the full run. False if there is no such member.
pub fn run_one(plan: &Plan, observer: &mut impl Observer, id: u64) -> bool {
    let Some(run) = arrivals(plan.scenario)
        .into_iter()
        .find(|r| (r.first_id..r.first_id + r.count).contains(&id))
    else {
        return false;
    };
    live(plan, &mut blank_member(), id, run.join, observer);
    true
}

fn blank_member() -> Member {
    Member {
        id: 0,
        segment: 0,
        join_month: 0,
        birthday_month: 1,
        behaviour: crate::behaviour::MemberBehaviour {
            rate_per_week: 0.0,
            dropout: 0.0,
            spend_rate: 1.0,
            spend_shape: 1.0,
        },
        alive: true,
        purchases: 0,
        last_purchase_day: 0.0,
        spend_cents: 0,
        timing_left: 0.0,
        repeat_purchases: 0,
        standing: TierStanding::new(),
        points: PointsAccount::default(),
        once_done: 0,
    }
}

/// One member's whole life in the scenario.
fn live(plan: &Plan, member: &mut Member, id: u64, join: JoinMonth, observer: &mut impl Observer) {
    let seed = plan.scenario.horizon.seed;
    let traits = draw_traits(seed, id, join, &plan.segments);
    let mut streams = Streams::new(seed, id);
    member.id = id;
    member.segment = traits.segment;
    member.join_month = traits.join_month;
    member.birthday_month = traits.birthday_month;
    member.behaviour = traits.behaviour;
    member.alive = true;
    member.purchases = 0;
    member.last_purchase_day = month_start_day(traits.join_month);
    member.spend_cents = 0;
    member.timing_left = 0.0;
    member.repeat_purchases = 0;
    member.standing = TierStanding::new();
    member.points.reset(traits.join_month);
    member.once_done = 0;

    let horizon = plan.scenario.horizon.months as i32;
    let mut events = MonthEvents::default();
    for month in traits.join_month..horizon {
        step(plan, member, month, &mut streams, &mut events);
        if month >= 0 {
            observer.observe(month as u32, member, &events);
        }
    }
    if !observer.wants_runoff() {
        return;
    }
    member.points.mark_horizon();
    for k in 0..RUNOFF_MONTHS {
        if member.points.horizon_points() == 0
            || (!member.alive && plan.scenario.points.expiry == Expiry::Never)
        {
            break;
        }
        step(plan, member, horizon + k as i32, &mut streams, &mut events);
        let used = HorizonPointsUse {
            redeemed: events.horizon_redeemed,
            expired: events.horizon_expired,
        };
        observer.observe_runoff(k, member, used);
    }
}

/// One month of one member, the rules in the documented order.
fn step(plan: &Plan, member: &mut Member, month: i32, streams: &mut Streams, events: &mut MonthEvents) {
    let scenario = plan.scenario;
    let rules = &scenario.tiers;
    *events = MonthEvents {
        points_at_start: member.points.balance(),
        ..MonthEvents::default()
    };
    let month_start = month_start_day(month);
    let month_end = month_start + DAYS_PER_MONTH;

    // 1. start of month
    member
        .standing
        .start_month(rules.basis, &plan.calendar, month, member.join_month);

    // 2. enrol
    let mut day = month_start;
    if month == member.join_month {
        events.joined = true;
        buy(plan, member, month, day, streams, events);
        member.timing_left = streams.timing.unit_exponential();
    }

    // 3. buy
    while member.alive {
        let tier = plan.tier(member.standing.tier);
        let growth = member.standing.qualifying_growth(rules.basis);
        let near = purchases::near_next_tier(
            &scenario.goal_gradient,
            plan.next_threshold(member.standing.tier),
            growth,
        );
        let rate = purchases::rate_per_week(
            member.behaviour.rate_per_week,
            tier,
            &scenario.goal_gradient,
            near,
        );
        let Some(at) = purchases::next_purchase_day(
            &mut member.timing_left,
            rate,
            day,
            month_end,
            &mut streams.timing,
        ) else {
            break;
        };
        day = at;
        buy(plan, member, month, day, streams, events);
        events.repeat_purchases += 1;
        member.repeat_purchases += 1;
        let chance = purchases::dropout_chance(member.behaviour.dropout, plan.tier(member.standing.tier));
        if purchases::drops_out(chance, &mut streams.dropout) {
            member.alive = false;
            events.dropped_out = true;
        }
    }

    // 4. behaviours
    if member.alive && !scenario.growth.behaviours.is_empty() {
        let earned = growth::from_behaviours(&scenario.growth, &mut member.once_done, &mut streams.behaviours);
        events.growth_from_behaviours += earned;
        add_growth(plan, member, month, earned, events);
    }

    // 5. redeem
    if member.alive {
        let chance = plan.tier(member.standing.tier).redemption_per_month;
        if let Some(r) = points::redeem(&mut member.points, &scenario.points, chance, month, &mut streams.redemption) {
            events.points_redeemed += r.points;
            events.rewards_redeemed += 1;
            events.reward_cost_cents += r.cost_cents;
            events.reward_cash_cents += r.cash_cents;
            events.horizon_redeemed += r.horizon.redeemed;
        }
    }

    // 6. expire
    let (expired, from_horizon) =
        points::expire(&mut member.points, &scenario.points.expiry, &plan.calendar, month);
    events.points_expired += expired;
    events.horizon_expired += from_horizon;

    // 7. review
    if let Some(m) = tiers::use_grace(&mut member.standing) {
        events.record_move(m.from, m.to);
    }
    if tiers::review_due(rules.basis, &plan.calendar, month, member.join_month) {
        let outcome = tiers::review(&mut member.standing, rules);
        if let Some(m) = outcome.moved {
            events.record_move(m.from, m.to);
        }
        events.review = Some(outcome);
    }

    // 8. benefits
    if lifecycle::is_active(&scenario.lifecycle, month_end - member.last_purchase_day) {
        events.benefit_cost_cents += to_cents(plan.tier(member.standing.tier).benefit_cost_per_month);
    }
}

/// One purchase: spend, tier discount, points at the tier's multiplier, growth and upgrade.
fn buy(plan: &Plan, member: &mut Member, month: i32, day: f64, streams: &mut Streams, events: &mut MonthEvents) {
    let scenario = plan.scenario;
    let tier = plan.tier(member.standing.tier);
    let gross = to_cents(member.behaviour.draw_spend(&mut streams.spend));
    let discount = to_cents(gross as f64 / 100.0 * tier.discount);
    let paid = gross - discount;
    events.gross_cents += gross;
    events.discount_cents += discount;
    member.purchases += 1;
    member.spend_cents += paid;
    member.last_purchase_day = day;
    events.points_earned += points::earn(&mut member.points, &scenario.points, tier.earn_multiplier, paid, month);
    let earned = growth::from_spend(&scenario.growth, paid);
    events.growth_from_spend += earned;
    add_growth(plan, member, month, earned, events);
}

fn add_growth(plan: &Plan, member: &mut Member, month: i32, growth: u64, events: &mut MonthEvents) {
    member.standing.add_growth(month, growth);
    if let Some(m) = tiers::upgrade(&mut member.standing, &plan.scenario.tiers) {
        events.record_move(m.from, m.to);
    }
}
