//! Checking a scenario before it runs: every field's range and every rule that ties fields
//! together, said the way a planner would say it.
//!
//! What it is for: [`validate`], which checks a scenario already in memory and returns every
//! problem at once, never only the first, each with the JSON path of the field
//! (`tiers.levels[2].threshold`, `population.segments[0].share`) and a sentence a planner
//! can act on ("8000 must be above the previous tier's 10000"), at most a hundred of them
//! and a count of the rest (see `problems`); the limits; the horizon and lifecycle checks. The population's
//! checks are in `validate_population`, the programme's (growth, tiers, goal gradient,
//! points) in `validate_programme`, the shared ways of checking in `validate_checks`. None
//! panics, whatever the values: NaN, infinities, 10^12 members.
//!
//! What it is not for: reading JSON (`read`), or repairing a scenario. Nothing here changes
//! a value the planner gave or fills in one they did not; the engine only ever sees a
//! scenario that passed.
//!
//! The ranges are the ones `docs/scenario.md` documents: change the two together.

use super::validate_campaigns::{campaigns, growth_from_campaigns, referral};
use super::validate_checks::{Checks, Range};
use super::validate_embed::embed;
use super::validate_members::members_limit;
use super::validate_population::population;
use super::validate_programme::{goal_gradient, growth, points, tiers};
use super::wording::Wording;
use super::{Horizon, Lifecycle, Problem, Scenario, SCENARIO_VERSION};

// ---------------------------------------------------------------------------------------
// The limits. Each is a planner-facing rule documented in docs/scenario.md.
// ---------------------------------------------------------------------------------------

/// Most members a tab can hold: starting members, everyone who joins over the horizon and
/// everyone referral brings (the engine's limit too: `engine::MAX_MEMBERS`).
pub const MAX_MEMBERS: u64 = 5_000_000;
/// Most new members a member still a customer may bring a month: each referred member
/// refers too, so higher rates grow the population out of a tab's reach.
pub(super) const MAX_REFERRALS_PER_MONTH: f64 = 0.2;
/// Longest horizon and longest warm-up, in months (ten years).
pub(super) const MAX_MONTHS: u32 = 120;
pub(super) const MAX_SEGMENTS: usize = 20;
pub(super) const MAX_TIERS: usize = 10;
/// The engine remembers one-off behaviours in a 32-bit mask; 20 leaves room.
pub(super) const MAX_GROWTH_BEHAVIOURS: usize = 20;
pub(super) const MAX_REWARDS: usize = 50;
/// Longest name (segment, tier, behaviour, reward, scenario), in characters.
pub(super) const MAX_NAME_CHARS: usize = 100;
/// Most purchases per month of an average member of a segment.
pub(super) const MAX_PURCHASES_PER_MONTH: f64 = 60.0;
/// Largest average order value, in currency units: 60 purchases a month at this average
/// stay well under the most one member may spend in a month (`engine::MAX_SPEND_A_MONTH`).
pub(super) const MAX_ORDER_VALUE: f64 = 100_000.0;
/// Largest amount of money a threshold or budget may hold (spend thresholds, campaign
/// budgets), in currency units: compared with totals, never added up.
pub(super) const MAX_AMOUNT: f64 = 1_000_000_000.0;
/// Largest amount of money the programme may give or charge one member at a time (a
/// reward's cost or cash, a tier's benefit cost a month, a contact, a coupon, a gift, a
/// referral reward, the cost of a point), in currency units. A member's month then holds at
/// most 63 of them (one benefit, one reward, and from each of 20 campaigns a contact and two
/// offers used) plus one per referral, within what the programme may give one member in a
/// month (`engine::MAX_GIVEN_A_MONTH`, ¥100,000,000), which keeps every total of a
/// 5,000,000-member, 120-month run in whole cents inside an i64.
pub(super) const MAX_AMOUNT_PER_MEMBER: f64 = 1_000_000.0;
/// Most points a points field may give one member at a time (a campaign's bonus points or
/// most extra points, the referral points, a reward's points): a member's month then holds
/// at most 40 of them from campaigns plus one per referral, within the most points one
/// member earns in a month (`engine::MAX_POINTS_A_MONTH`, 10,000,000,000), which keeps
/// every points total of a 5,000,000-member, 120-month run inside a u64.
pub(super) const MAX_POINTS_PER_MEMBER: u64 = 100_000_000;
/// Most points a campaign's points budget may hold: more than 5,000,000 members given two
/// offers of the most bonus points each can commit in a month, so a larger budget never
/// binds.
pub(super) const MAX_POINTS_BUDGET: u64 = 1_000_000_000_000_000;
/// Most growth one action of a behaviour may give: 20 behaviours at a few hundred actions a
/// month stay within the most growth one member earns in a month (10,000,000,000).
pub(super) const MAX_GROWTH_PER_ACTION: u64 = 1_000_000;
/// Most growth or points a member can earn per currency unit.
pub(super) const MAX_PER_CURRENCY_UNIT: f64 = 1_000.0;
/// Longest grace period and longest points pending period, in months.
pub(super) const MAX_GRACE_MONTHS: u32 = 24;
pub(super) const MAX_PENDING_MONTHS: u32 = 24;
/// Earliest and latest calendar year a scenario may start in.
const YEARS: (i32, i32) = (1900, 2200);
/// Active window, in days (five years), and the churn window's ceiling (ten years).
const MAX_ACTIVE_WINDOW_DAYS: u32 = 1_826;
const MAX_CHURN_DAYS: u32 = 3_653;
/// How far segment shares may be from adding up to 1.
pub(super) const SHARE_TOLERANCE: f64 = 1e-6;

/// Checks every field's range and every rule between fields; returns all the problems
/// (none: the scenario can run), in English with the scenario's own numbers. Paths use the
/// JSON field names.
pub fn validate(scenario: &Scenario) -> Vec<Problem> {
    validate_in(scenario, Wording::PLAIN)
}

/// As [`validate`], each problem worded for its reader (in Chinese, shares as percents…).
pub fn validate_in(scenario: &Scenario, wording: Wording) -> Vec<Problem> {
    let mut check = Checks::new(wording);
    if scenario.version != SCENARIO_VERSION {
        check.fail(
            "version",
            format!(
                "version {} is not one this build reads; it reads version {SCENARIO_VERSION}",
                scenario.version
            ),
            format!(
                "本程序无法读取版本 {} 的方案，只能读取版本 {SCENARIO_VERSION}",
                scenario.version
            ),
        );
    }
    check.name(
        "name",
        &scenario.name,
        ("the scenario needs a name", "方案需要一个名称"),
    );
    horizon(&mut check, &scenario.horizon);
    if population(&mut check, &scenario.population) {
        members_limit(
            &mut check,
            scenario,
            scenario.horizon.months.min(MAX_MONTHS),
        );
    }
    lifecycle(&mut check, &scenario.lifecycle);
    growth(&mut check, &scenario.growth);
    tiers(&mut check, &scenario.tiers);
    goal_gradient(&mut check, &scenario.goal_gradient);
    points(&mut check, &scenario.points);
    let segments: Vec<&str> = scenario
        .population
        .segments
        .iter()
        .map(|s| s.name.as_str())
        .collect();
    campaigns(
        &mut check,
        &scenario.campaigns,
        scenario.horizon.months,
        scenario.tiers.levels.len(),
        &segments,
    );
    growth_from_campaigns(
        &mut check,
        &scenario.campaigns,
        scenario.growth.campaign_rewards_give_growth,
    );
    referral(&mut check, &scenario.referral);
    check.share(
        "economics.gross_margin",
        scenario.economics.gross_margin,
        Range::from_to(0.0, 1.0),
    );
    embed(&mut check, scenario);
    check.problems.into_vec(wording)
}

/// "How long to look": months, calendar start.
fn horizon(check: &mut Checks, horizon: &Horizon) {
    check.whole("horizon.months", horizon.months, 1, MAX_MONTHS);
    if !(YEARS.0..=YEARS.1).contains(&horizon.start_year) {
        check.fail(
            "horizon.start_year",
            format!(
                "{} must be from {} to {}",
                horizon.start_year, YEARS.0, YEARS.1
            ),
            format!(
                "当前为 {}，须在 {} 到 {} 之间",
                horizon.start_year, YEARS.0, YEARS.1
            ),
        );
    }
    check.whole("horizon.start_month", horizon.start_month, 1, 12);
}

/// Lifecycle windows: active ≥ 1 day, churned after more days than the active window.
fn lifecycle(check: &mut Checks, lifecycle: &Lifecycle) {
    let active_ok = check.whole(
        "lifecycle.active_window_days",
        lifecycle.active_window_days,
        1,
        MAX_ACTIVE_WINDOW_DAYS,
    );
    if active_ok && lifecycle.churned_after_days <= lifecycle.active_window_days {
        check.fail(
            "lifecycle.churned_after_days",
            format!(
                "{} must be above the active window's {} days: a member is dormant between the two",
                lifecycle.churned_after_days, lifecycle.active_window_days
            ),
            format!(
                "当前为 {} 天，须大于活跃窗口的 {} 天：两者之间的会员为沉默会员",
                lifecycle.churned_after_days, lifecycle.active_window_days
            ),
        );
    } else if lifecycle.churned_after_days > MAX_CHURN_DAYS {
        check.fail(
            "lifecycle.churned_after_days",
            format!(
                "{} must be at most {MAX_CHURN_DAYS}",
                lifecycle.churned_after_days
            ),
            format!(
                "当前为 {}，不能大于 {MAX_CHURN_DAYS}",
                lifecycle.churned_after_days
            ),
        );
    }
    if lifecycle.maturity_purchases < 2 {
        check.fail(
            "lifecycle.maturity_purchases",
            format!(
                "{} must be at least 2: a member with only their first purchase is in the introduction stage",
                lifecycle.maturity_purchases
            ),
            format!(
                "当前为 {}，不能小于 2：只有首次消费的会员处于引入期",
                lifecycle.maturity_purchases
            ),
        );
    }
    check.number(
        "lifecycle.maturity_spend",
        lifecycle.maturity_spend,
        Range::above_to(0.0, MAX_AMOUNT),
    );
}
