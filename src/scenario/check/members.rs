//! How many members a run would simulate, against the most a tab holds
//! (`MAX_MEMBERS`, 5,000,000): the members the scenario plans (starting members and
//! each month's intake) and those referral is projected to bring.
//!
//! What it is for: [`members_limit`], called by [`crate::scenario::validate`]. Referral is a branching
//! process: every member who is still a customer brings Poisson(ρ) new members a month, who
//! join the next month and refer in turn. The projection is its expected size under the
//! segments' own dropout (the BG/NBD share still customers, before any tier or offer lowers
//! dropout); a run that outgrows the limit all the same stops with a problem rather than cut
//! members (`engine::stop`). What it is not for: drawing members (`crate::population`).

use crate::behaviour::WEEKS_PER_MONTH;
use crate::scenario::check::checks::Checks;
use crate::scenario::limits::{MAX_MEMBERS, MAX_REFERRALS_PER_MONTH};
use crate::scenario::wording::grouped;
use crate::scenario::{Population, Scenario};

/// The members the scenario plans, by the month they join as the population module counts
/// them: the starting members (who, for an existing programme, join during warm-up: counted
/// in month 0, from which they may refer) and each month's intake, grown and rounded to
/// whole members. In f64 so that no intake can overflow.
pub(in crate::scenario) fn planned_by_month(population: &Population, months: u32) -> Vec<f64> {
    let mut planned: Vec<f64> = (0..months)
        .map(|month| {
            let grown = libm::pow(
                1.0 + population.acquisition_growth_per_month,
                f64::from(month),
            );
            let joining = (population.new_members_per_month * grown).round();
            // Neither NaN nor a negative intake adds anyone.
            if joining > 0.0 {
                joining
            } else {
                0.0
            }
        })
        .collect();
    let starting = f64::from(population.starting_members);
    match planned.first_mut() {
        Some(first) => *first += starting,
        None => planned.push(starting),
    }
    planned
}

/// Members referral is expected to bring over `months` months to the members planned in
/// each month (`planned[j]` joining in month j), at `rate` new members a month per member
/// still a customer, where `alive[a]` is the share of members still customers at the end of
/// their a-th month (0 = the month they join).
///
/// A member joining in month j refers in months j … H − 2 (those brought in the last month
/// would join after the horizon), each time with the chance of being still a customer, and
/// each member brought joins the next month and does the same. So the expected members a
/// member joining in month j stands for, themselves included, are
/// D(j) = 1 + ρ Σ_{m=j}^{H−2} alive[m − j] · D(m + 1), with D(H − 1) = 1, and the members
/// brought are Σ_j planned[j] · (D(j) − 1).
fn expected_referred(planned: &[f64], rate: f64, alive: &[f64]) -> f64 {
    let months = planned.len();
    let mut descendants = vec![1.0; months];
    for j in (0..months.saturating_sub(1)).rev() {
        let brought: f64 = (j..months - 1)
            .map(|m| alive[m - j] * descendants[m + 1])
            .sum();
        descendants[j] = 1.0 + rate * brought;
    }
    planned
        .iter()
        .zip(&descendants)
        .map(|(n, d)| n * (d - 1.0))
        .sum()
}

/// The share of members still customers at the end of each of their first `months` months,
/// the segments weighted by their shares.
fn still_customers(scenario: &Scenario, months: u32) -> Vec<f64> {
    let segments = &scenario.population.segments;
    let models: Vec<(f64, _)> = segments
        .iter()
        .map(|s| (s.share, s.behaviour.model().purchases))
        .collect();
    (0..months)
        .map(|age| {
            let weeks = f64::from(age + 1) * WEEKS_PER_MONTH;
            models
                .iter()
                .map(|(share, model)| share * model.probability_alive(weeks))
                .sum()
        })
        .collect()
}

/// Everyone the run would simulate, planned and projected from referral, within the limit.
/// `months` is the horizon (at most 120).
pub(in crate::scenario) fn members_limit(check: &mut Checks, scenario: &Scenario, months: u32) {
    let population = &scenario.population;
    let planned = planned_by_month(population, months);
    let total: f64 = planned.iter().sum();
    let starting = f64::from(population.starting_members);
    if !total.is_finite() {
        let growth = check
            .wording
            .value(population.acquisition_growth_per_month, true);
        check.fail(
            "population",
            format!(
                "more members than can be counted would join over {months} months ({} starting, {} a month growing by {growth} a month); a tab holds at most {}",
                count(starting),
                population.new_members_per_month,
                count(MAX_MEMBERS as f64)
            ),
            format!(
                "{months} 个月内加入的会员多到无法计数（初始 {} 人，每月新增 {} 人且每月增长 {growth}）；一个标签页最多容纳 {} 人",
                count(starting),
                population.new_members_per_month,
                count(MAX_MEMBERS as f64)
            ),
        );
    } else if total > MAX_MEMBERS as f64 {
        check.fail(
            "population",
            format!(
                "{} members would be simulated ({} starting + {} joining over {months} months); a tab holds at most {}",
                count(total),
                count(starting),
                count(total - starting),
                count(MAX_MEMBERS as f64)
            ),
            format!(
                "将模拟 {} 名会员（初始 {} 人 + {months} 个月内加入 {} 人）；一个标签页最多容纳 {} 人",
                count(total),
                count(starting),
                count(total - starting),
                count(MAX_MEMBERS as f64)
            ),
        );
    } else if total < 1.0 {
        check.fail(
            "population",
            "nobody would be simulated: starting members is 0 and new members per month rounds to 0",
            "没有会员可模拟：初始会员为 0，每月新增会员四舍五入后也为 0",
        );
    } else {
        referred_limit(check, scenario, &planned, months);
    }
}

/// The planned members fit: do those referral is expected to bring fit too?
fn referred_limit(check: &mut Checks, scenario: &Scenario, planned: &[f64], months: u32) {
    let rate = scenario.referral.referrals_per_month;
    if !(rate > 0.0 && rate <= MAX_REFERRALS_PER_MONTH) {
        // No referral, or a rate out of range: its own problem says so.
        return;
    }
    let alive = still_customers(scenario, months);
    if alive.iter().any(|share| !share.is_finite()) {
        // A segment's behaviour is out of range; its own problem says so.
        return;
    }
    let planned_total: f64 = planned.iter().sum();
    let referred = expected_referred(planned, rate, &alive);
    let total = planned_total + referred;
    if total.is_finite() && total <= MAX_MEMBERS as f64 {
        return;
    }
    let (total, planned_total, referred) = (count(total), count(planned_total), count(referred));
    let limit = count(MAX_MEMBERS as f64);
    check.fail(
        "referral.referrals_per_month",
        format!(
            "about {total} members would be simulated: {planned_total} planned and about {referred} brought by referral at {rate} new members a month per member over {months} months (referred members refer too; projected at the segments' own dropout); a tab holds at most {limit}"
        ),
        format!(
            "将模拟约 {total} 名会员：计划内 {planned_total} 人，另有约 {referred} 人由推荐带来（每位会员每月推荐 {rate} 人，共 {months} 个月；被推荐的会员也会推荐，按各分层自身的流失估算）；一个标签页最多容纳 {limit} 人"
        ),
    );
}

/// A count of members as a planner reads it: 1,234,567 (or 3.6e25 when past counting).
pub(in crate::scenario) fn count(value: f64) -> String {
    if value.is_finite() && value < 1e15 {
        // Below 10^15 and rounded: a whole number a u64 holds exactly.
        grouped(value.max(0.0).round() as u64)
    } else {
        format!("{value:.1e}")
    }
}
