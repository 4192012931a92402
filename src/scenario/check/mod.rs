//! Checking a scenario before it runs: every field's range and every rule that ties fields
//! together, said the way a planner would say it.
//!
//! What it is for: [`validate`], which checks a scenario already in memory and returns every
//! problem at once, never only the first, each with the JSON path of the field
//! (`tiers.levels[2].threshold`, `population.segments[0].share`) and a sentence a planner
//! can act on ("8000 must be above the previous tier's 10000"), at most a hundred of them
//! and a count of the rest (see `problems`); the horizon and lifecycle checks. The
//! population's checks are in `population`, the programme's (growth, tiers, goal gradient,
//! points) in `programme`, the campaigns' in `campaigns`, the embedded view's in `embed`, the
//! most members a tab holds in `members`, the shared ways of checking in `checks`, and the
//! limits they check against in `scenario::limits`. None panics, whatever the values: NaN,
//! infinities, 10^12 members.
//!
//! What it is not for: reading JSON (`read`), or repairing a scenario. Nothing here changes
//! a value the planner gave or fills in one they did not; the engine only ever sees a
//! scenario that passed.
//!
//! The ranges are the ones `docs/scenario.md` documents: change the two together.

pub(in crate::scenario) mod campaigns;
pub(in crate::scenario) mod checks;
pub(in crate::scenario) mod embed;
pub(in crate::scenario) mod members;
pub(in crate::scenario) mod population;
pub(in crate::scenario) mod programme;

use crate::scenario::check::campaigns::{campaigns, growth_from_campaigns, referral};
use crate::scenario::check::checks::{Checks, Range};
use crate::scenario::check::embed::embed;
use crate::scenario::check::members::members_limit;
use crate::scenario::check::population::population;
use crate::scenario::check::programme::{goal_gradient, growth, points, tiers};
use crate::scenario::limits::{
    MAX_ACTIVE_WINDOW_DAYS, MAX_AMOUNT, MAX_CHURN_DAYS, MAX_MONTHS, YEARS,
};
use crate::scenario::wording::Wording;
use crate::scenario::{Horizon, Lifecycle, Problem, Scenario, SCENARIO_VERSION};

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
