//! The one observer that turns member-months into the reports.
//!
//! About 420 lines, over the 400 we aim for: what it adds up and how the report is made from
//! it are read together; the sums it hands between parts of a run are `sums`, the campaign
//! and hold-out reports `campaigns` and `holdout`.

use crate::engine::{Budgets, Observer, Plan, RUNOFF_MONTHS};
use crate::member::{Member, MonthEvents};
use crate::money::Money;
use crate::population::{arrivals, JoinMonth};
use crate::rules::lifecycle;
use crate::rules::points::HorizonPointsUse;
use crate::scenario::Stage;

use crate::economics::{cost_per_point, incremental_cost, incremental_profit, liability, roi};
use crate::rules::points::net_reward_cost_cents;

use super::campaigns::{CampaignCollector, WithRun};
use super::counterfactual_rows::{books, CounterfactualRun};
use super::sums::{Sums, Visitor};
use super::{ifrs15, Cohort, MonthRow, Results, Runoff, StageCounts, TierFlow, Totals};

/// Share of the horizon's points below which the run-off stops.
const RUNOFF_RESIDUAL_SHARE: f64 = 0.01;

/// Adds up member-months into monthly rows, cohorts, campaigns and run-off; the totals
/// are the sums of the rows.
pub struct Collector<'a> {
    plan: &'a Plan<'a>,
    runoff: bool,
    campaigns: CampaignCollector,
    rows: Vec<MonthRow>,
    /// Tier moves per month, flat `from × tiers + to`.
    flows: Vec<Vec<u64>>,
    cohorts: Vec<Cohort>,
    opening_points: u64,
    runoff_redeemed: Vec<u64>,
    runoff_expired: Vec<u64>,
}

/// Whole days from the member's last purchase to the end of reported month `month`.
fn recency_at_month_end(month: u32, member: &Member) -> u32 {
    lifecycle::days_since_at_month_end(member.last_purchase_day, month as i32)
}

impl<'a> Collector<'a> {
    /// A collector for `plan`; `runoff`: whether to run the points off after the horizon.
    /// One without run-off serves a counterfactual run, which reports only its monthly
    /// rows: it leaves the campaign ledgers and the cohort tables empty.
    pub fn new(plan: &'a Plan<'a>, runoff: bool) -> Self {
        let scenario = plan.scenario;
        let months = scenario.horizon.months as usize;
        let tiers = scenario.tiers.levels.len();
        Collector {
            plan,
            runoff,
            campaigns: CampaignCollector::new(scenario.campaigns.len(), months),
            rows: (0..months as u32)
                .map(|m| MonthRow {
                    month: m,
                    label: plan.calendar.label(m as i32),
                    tiers: vec![0; tiers],
                    ..MonthRow::default()
                })
                .collect(),
            flows: vec![vec![0; tiers * tiers]; months],
            cohorts: (0..months as u32)
                .map(|m| Cohort {
                    join_month: m,
                    label: plan.calendar.label(m as i32),
                    members: 0,
                    active: vec![0; months - m as usize],
                })
                .collect(),
            opening_points: 0,
            runoff_redeemed: vec![0; RUNOFF_MONTHS as usize],
            runoff_expired: vec![0; RUNOFF_MONTHS as usize],
        }
    }

    /// Enrolment, once every member has been observed: the members the plan brings
    /// (starting members, each month's intake) by the month they join, and those brought by
    /// referral as they joined.
    fn count_enrolment(&mut self) {
        let mut before_month_0 = 0u64;
        for run in arrivals(self.plan.scenario) {
            match run.join {
                JoinMonth::At(m) => {
                    if let Some(c) = self.cohorts.get_mut(m as usize) {
                        c.members += run.count;
                    }
                    for row in self.rows.iter_mut().skip(m.max(0) as usize) {
                        row.enrolled += run.count;
                    }
                }
                JoinMonth::DuringWarmup { .. } => before_month_0 += run.count,
            }
        }
        let mut referred_so_far = 0;
        for row in &mut self.rows {
            referred_so_far += row.referred_members;
            row.enrolled += before_month_0 + referred_so_far;
        }
    }

    /// Takes what each campaign committed against its budgets from the run's budgets.
    pub(super) fn record_commitments(&mut self, budgets: &Budgets) {
        self.campaigns.record_commitments(budgets);
    }

    /// The monthly rows, once every member has been observed (all a counterfactual run
    /// reports).
    pub fn into_rows(mut self) -> Vec<MonthRow> {
        self.count_enrolment();
        self.rows
    }

    /// Points members held at the start of month 0.
    pub fn opening_points(&self) -> u64 {
        self.opening_points
    }

    /// Member-months observed so far (each member in each reported month they were enrolled).
    pub fn member_months(&self) -> u64 {
        self.rows.iter().map(|r| r.alive + r.dropped_out).sum()
    }

    /// The reports, once every member has been observed, given the rows of the run under
    /// no programme and of the runs without each campaign.
    pub fn finish(
        mut self,
        baseline: &CounterfactualRun,
        without_each: &[CounterfactualRun],
    ) -> Results {
        let scenario = self.plan.scenario;
        let margin = scenario.economics.gross_margin;
        self.count_enrolment();
        for (row, base) in self.rows.iter_mut().zip(&baseline.rows) {
            row.incremental_sales = row.gross_sales - base.gross_sales;
            row.incremental_purchases = (row.first_purchases + row.repeat_purchases) as i64
                - (base.first_purchases + base.repeat_purchases) as i64;
            row.incremental_active = row.active as i64 - base.active as i64;
        }
        let names: Vec<String> = scenario.campaigns.iter().map(|c| c.name.clone()).collect();
        let runoff = self.runoff();
        let rate = runoff.ultimate_redemption_rate.unwrap_or(0.0);
        let cost_per_point = cost_per_point(
            &scenario.points,
            self.rows
                .iter()
                .map(|r| {
                    Money(net_reward_cost_cents(
                        r.reward_cost.cents(),
                        r.reward_cash.cents(),
                    ))
                })
                .sum(),
            self.rows.iter().map(|r| r.points_redeemed).sum(),
        );
        let per_point = cost_per_point.value * rate;
        let books = books(&self.rows, self.opening_points, per_point);
        let with = WithRun {
            rows: &self.rows,
            books,
        };
        let campaigns = self
            .campaigns
            .finish(&names, &with, without_each, margin, per_point);
        let tiers = scenario.tiers.levels.len();
        for (row, flows) in self.rows.iter_mut().zip(&self.flows) {
            row.tier_flows = flow_list(flows, tiers);
            row.liability = liability(row.points_outstanding, per_point);
            row.expected_breakage_points =
                (row.points_outstanding as f64 * (1.0 - rate)).round() as u64;
        }
        let opening_deferred = ifrs15::fill_schedule(
            &mut self.rows,
            self.opening_points,
            cost_per_point.value,
            rate,
        );
        let last = self.rows.last().cloned().unwrap_or_default();
        let rows = &self.rows;
        let sum_money = |f: fn(&MonthRow) -> Money| rows.iter().map(f).sum::<Money>();
        let sum = |f: fn(&MonthRow) -> u64| rows.iter().map(f).sum::<u64>();
        let mut totals = Totals {
            enrolled: last.enrolled,
            new_members: sum(|r| r.new_members),
            active_at_end: last.active,
            retention_at_end: ratio(last.active, last.enrolled),
            members_per_tier_at_end: last.tiers.clone(),
            upgrades: sum(|r| r.upgrades),
            downgrades: sum(|r| r.downgrades),
            first_purchases: sum(|r| r.first_purchases),
            repeat_purchases: sum(|r| r.repeat_purchases),
            gross_sales: sum_money(|r| r.gross_sales),
            discounts: sum_money(|r| r.discounts),
            coupon_discounts: sum_money(|r| r.coupon_discounts),
            revenue: sum_money(|r| r.revenue),
            reward_cost: sum_money(|r| r.reward_cost),
            reward_cash: sum_money(|r| r.reward_cash),
            benefit_cost: sum_money(|r| r.benefit_cost),
            campaign_cost: sum_money(|r| r.campaign_cost),
            programme_cost: sum_money(|r| r.programme_cost),
            incremental_sales: sum_money(|r| r.incremental_sales),
            incremental_purchases: rows.iter().map(|r| r.incremental_purchases).sum(),
            points_issued: sum(|r| r.points_issued),
            points_redeemed: sum(|r| r.points_redeemed),
            points_expired: sum(|r| r.points_expired),
            points_outstanding_at_end: last.points_outstanding,
            liability_at_end: last.liability,
            opening_liability: liability(self.opening_points, per_point),
            liability_change: books.liability_change,
            cost_per_point,
            expected_cost_per_point: per_point,
            ..Totals::default()
        };
        totals.incremental_cost = incremental_cost(&books, &baseline.books(per_point));
        totals.incremental_profit =
            incremental_profit(totals.incremental_sales, margin, totals.incremental_cost);
        totals.roi = roi(totals.incremental_profit, totals.incremental_cost);
        Results {
            scenario_name: scenario.name.clone(),
            tier_names: scenario
                .tiers
                .levels
                .iter()
                .map(|t| t.name.clone())
                .collect(),
            opening_points_outstanding: self.opening_points,
            opening_deferred_revenue: opening_deferred,
            opening_enrolled: self.rows.first().map_or(0, |r| r.enrolled - r.new_members),
            months: self.rows,
            cohorts: self.cohorts,
            campaigns,
            runoff,
            totals,
            stopped: None,
        }
    }

    /// Stops the run-off at the first month when under 1% of the horizon's points remain,
    /// or after 60 months; what is still held then counts as breakage.
    fn runoff(&self) -> Runoff {
        let at_horizon = self.rows.last().map_or(0, |r| r.points_outstanding);
        let mut runoff = Runoff {
            points_at_horizon: at_horizon,
            ..Runoff::default()
        };
        if at_horizon == 0 {
            return runoff;
        }
        for (redeemed, expired) in self.runoff_redeemed.iter().zip(&self.runoff_expired) {
            runoff.months += 1;
            runoff.redeemed += redeemed;
            runoff.expired += expired;
            let left = at_horizon.saturating_sub(runoff.redeemed + runoff.expired);
            if (left as f64) < RUNOFF_RESIDUAL_SHARE * at_horizon as f64 {
                break;
            }
        }
        runoff.still_held = at_horizon.saturating_sub(runoff.redeemed + runoff.expired);
        let rate = runoff.redeemed as f64 / at_horizon as f64;
        runoff.ultimate_redemption_rate = Some(rate);
        runoff.ultimate_breakage_rate = Some(1.0 - rate);
        runoff
    }
}

fn ratio(part: u64, whole: u64) -> f64 {
    if whole == 0 {
        0.0
    } else {
        part as f64 / whole as f64
    }
}

fn flow_list(flat: &[u64], tiers: usize) -> Vec<TierFlow> {
    flat.iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(i, n)| TierFlow {
            from: i / tiers.max(1),
            to: i % tiers.max(1),
            members: *n,
        })
        .collect()
}

fn count_stage(stages: &mut StageCounts, stage: Stage) {
    let slot = match stage {
        Stage::Introduction => &mut stages.introduction,
        Stage::Growth => &mut stages.growth,
        Stage::Maturity => &mut stages.maturity,
        Stage::Dormant => &mut stages.dormant,
        Stage::Churned => &mut stages.churned,
    };
    *slot += 1;
}

/// Everything the collector adds up member by member, for adding up the parts of a run
/// made apart (`sums`).
impl Sums for Collector<'_> {
    fn visit(&mut self, v: &mut dyn Visitor) {
        self.rows.visit(v);
        self.flows.visit(v);
        self.cohorts.visit(v);
        v.count(&mut self.opening_points);
        self.runoff_redeemed.visit(v);
        self.runoff_expired.visit(v);
        self.campaigns.visit(v);
    }
}

impl Observer for Collector<'_> {
    fn observe(&mut self, month: u32, member: &Member, e: &MonthEvents) {
        let scenario = self.plan.scenario;
        let m = month as usize;
        let tiers = scenario.tiers.levels.len();
        let Some(row) = self.rows.get_mut(m) else {
            return;
        };
        if month == 0 {
            self.opening_points += e.points_at_start;
        }
        let recency = recency_at_month_end(month, member);
        let active = lifecycle::is_active(&scenario.lifecycle, recency);

        row.new_members += u64::from(e.joined);
        if e.joined && member.referred {
            row.referred_members += 1;
            if let Some(c) = self.cohorts.get_mut(m) {
                c.members += 1;
            }
        }
        row.referrals += u64::from(e.referrals);
        row.referral_cost += Money(e.referral_cost_cents);
        if member.alive {
            row.alive += 1;
        } else {
            row.dropped_out += 1;
        }
        row.active += u64::from(active);
        count_stage(
            &mut row.stages,
            lifecycle::stage(
                &scenario.lifecycle,
                recency,
                member.purchases,
                member.spend_cents,
            ),
        );
        if let Some(n) = row.tiers.get_mut(usize::from(member.standing.tier)) {
            *n += 1;
        }
        for mv in e.tier_moves() {
            if mv.to > mv.from {
                row.upgrades += 1;
            } else {
                row.downgrades += 1;
            }
            let cell = usize::from(mv.from) * tiers + usize::from(mv.to);
            if let Some(n) = self.flows.get_mut(m).and_then(|f| f.get_mut(cell)) {
                *n += 1;
            }
        }
        let money = |cents: i64| Money(cents);
        row.first_purchases += u64::from(e.joined);
        row.repeat_purchases += u64::from(e.repeat_purchases);
        row.gross_sales += money(e.gross_cents);
        row.discounts += money(e.discount_cents);
        row.coupon_discounts += money(e.coupon_discount_cents);
        row.revenue += money(e.paid_cents);
        row.growth_earned += e.growth_from_spend + e.growth_from_behaviours;
        row.points_issued += e.points_earned;
        row.points_redeemed += e.points_redeemed;
        row.points_expired += e.points_expired;
        row.points_outstanding += member.points.balance();
        row.rewards_redeemed += u64::from(e.rewards_redeemed);
        row.reward_cost += money(e.reward_cost_cents);
        row.reward_cash += money(e.reward_cash_cents);
        row.benefit_cost += money(e.benefit_cost_cents);
        row.campaign_cost += money(e.campaign_cost_cents());
        row.programme_cost += money(e.given_away_cents);

        if !self.runoff {
            return;
        }
        self.campaigns.observe(month, member, e);

        if member.join_month >= 0 && active {
            let since = (month as i32 - member.join_month) as usize;
            if let Some(n) = self
                .cohorts
                .get_mut(member.join_month as usize)
                .and_then(|c| c.active.get_mut(since))
            {
                *n += 1;
            }
        }
    }

    fn wants_runoff(&self) -> bool {
        self.runoff
    }

    fn observe_runoff(&mut self, k: u32, _member: &Member, used: HorizonPointsUse) {
        if let Some(n) = self.runoff_redeemed.get_mut(k as usize) {
            *n += used.redeemed;
        }
        if let Some(n) = self.runoff_expired.get_mut(k as usize) {
            *n += used.expired;
        }
    }
}
