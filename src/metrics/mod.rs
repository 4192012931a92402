//! What the run reports: one row per month, cohorts, the points run-off, the revenue
//! recognition schedule and totals.
//!
//! All of it is collected by one observer ([`Collector`]) at the end of each member-month
//! (the counterfactual runs add up only what the incremental figures need); the formulas
//! of the money figures are in `crate::economics` and in docs/scenario.md, "How the money
//! is counted";
//! rules never count anything themselves. Member counts and points are whole numbers and
//! money is whole cents, so every ledger balances exactly.

mod campaigns;
mod collector;
mod counterfactual_rows;
mod holdout;
pub mod ifrs15;
mod ledgers;
mod simulate;
pub mod sums;

pub use campaigns::{CampaignMonth, CampaignReport};
pub use collector::Collector;
pub use counterfactual_rows::CounterfactualRun;
pub use holdout::HoldoutTest;
pub use ledgers::{check_ledgers, LedgerBreak};
pub use simulate::{
    block_count, finish_parts, monthly_rows, run_part, simulate, simulate_joining,
    simulate_with_progress, PartsMismatch, RunPart,
};

use serde::Serialize;

use crate::economics::CostPerPoint;
use crate::money::Money;

/// Members in each lifecycle stage.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct StageCounts {
    pub introduction: u64,
    pub growth: u64,
    pub maturity: u64,
    pub dormant: u64,
    pub churned: u64,
}

/// Members who moved from one tier to another in a month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TierFlow {
    pub from: usize,
    pub to: usize,
    pub members: u64,
}

/// One month of the programme, as the planner's reports would show it.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct MonthRow {
    /// Month index, 0 = the first reported month.
    pub month: u32,
    /// Calendar month, "2026-01".
    pub label: String,
    /// Members who have joined so far (including before month 0).
    pub enrolled: u64,
    pub new_members: u64,
    /// New members who joined through a referral (老带新).
    pub referred_members: u64,
    /// New members brought by referral this month (they join next month).
    pub referrals: u64,
    /// Members still customers (latent: the company cannot see this).
    pub alive: u64,
    /// Members who have stopped buying for good so far (latent).
    pub dropped_out: u64,
    /// Members whose last purchase is within the active window.
    pub active: u64,
    pub stages: StageCounts,
    /// Members per tier, entry tier first.
    pub tiers: Vec<u64>,
    pub upgrades: u64,
    pub downgrades: u64,
    pub tier_flows: Vec<TierFlow>,
    /// Enrolment purchases (each member's first).
    pub first_purchases: u64,
    pub repeat_purchases: u64,
    /// Basket value before tier discounts.
    pub gross_sales: Money,
    /// Tier discounts given.
    pub discounts: Money,
    /// Coupon face value used.
    pub coupon_discounts: Money,
    /// What members paid: gross sales − tier discounts − coupon discounts.
    pub revenue: Money,
    pub growth_earned: u64,
    pub points_issued: u64,
    pub points_redeemed: u64,
    pub points_expired: u64,
    /// Points held by members at the end of the month (pending included).
    pub points_outstanding: u64,
    pub rewards_redeemed: u64,
    /// What the rewards redeemed cost the company (before the cash members paid for them).
    pub reward_cost: Money,
    /// Cash members paid on top of points for rewards: credited against the reward cost.
    pub reward_cash: Money,
    /// Tier benefits for active members.
    pub benefit_cost: Money,
    /// Campaigns: coupon face value used + gifts + contact costs.
    pub campaign_cost: Money,
    /// Referral rewards besides points, both sides.
    pub referral_cost: Money,
    /// Everything the programme gives away: tier discounts + (reward cost − reward cash) +
    /// tier benefit cost + campaign cost + referral cost.
    pub programme_cost: Money,
    /// Gross sales, purchases and active members beyond the same members under no
    /// programme (same draws).
    pub incremental_sales: Money,
    pub incremental_purchases: i64,
    pub incremental_active: i64,
    /// Outstanding points × cost per point × expected (ultimate) redemption rate (the cost
    /// per point is `Totals::cost_per_point`).
    pub liability: Money,
    /// Outstanding points expected never to be redeemed (breakage).
    pub expected_breakage_points: u64,
    /// Revenue recognition (IFRS 15 / ASC 606) for the points.
    pub revenue_recognition: ifrs15::Recognition,
}

/// Retention of the members who joined in one month.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Cohort {
    pub join_month: u32,
    pub label: String,
    pub members: u64,
    /// Active members by months since joining (0 = the join month).
    pub active: Vec<u64>,
}

/// What happened after the horizon to the points members held at its end.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Runoff {
    pub points_at_horizon: u64,
    /// Months run off: until under 1% of the points remained, or 60 months.
    pub months: u32,
    pub redeemed: u64,
    pub expired: u64,
    /// Still held when the run-off stopped: counted as breakage.
    pub still_held: u64,
    /// Share of the points at the horizon that were redeemed (None if there were none).
    pub ultimate_redemption_rate: Option<f64>,
    /// 1 − ultimate redemption rate.
    pub ultimate_breakage_rate: Option<f64>,
}

/// Whole-horizon figures for the KPI cards.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Totals {
    pub enrolled: u64,
    pub new_members: u64,
    pub active_at_end: u64,
    /// Active members at the end ÷ members enrolled by the end.
    pub retention_at_end: f64,
    pub members_per_tier_at_end: Vec<u64>,
    pub upgrades: u64,
    pub downgrades: u64,
    pub first_purchases: u64,
    pub repeat_purchases: u64,
    pub gross_sales: Money,
    pub discounts: Money,
    pub revenue: Money,
    pub coupon_discounts: Money,
    pub reward_cost: Money,
    /// Cash members paid for rewards, credited against the reward cost.
    pub reward_cash: Money,
    pub benefit_cost: Money,
    pub campaign_cost: Money,
    pub programme_cost: Money,
    /// Gross sales beyond the no-programme run.
    pub incremental_sales: Money,
    pub incremental_purchases: i64,
    /// Programme cost + change in the liability over the horizon, beyond the no-programme
    /// run (which has neither): the ROI's denominator.
    pub incremental_cost: Money,
    /// Incremental sales × gross margin − incremental cost.
    pub incremental_profit: Money,
    /// Incremental profit ÷ incremental cost; None unless that cost is above zero.
    pub roi: Option<f64>,
    pub points_issued: u64,
    pub points_redeemed: u64,
    pub points_expired: u64,
    pub points_outstanding_at_end: u64,
    /// What a point costs, as the liability values it: the scenario's override, or what the
    /// rewards redeemed imply (net of cash).
    pub cost_per_point: CostPerPoint,
    /// Cost per point × expected ultimate redemption rate: the liability per point held.
    pub expected_cost_per_point: f64,
    /// Liability of the points held at the start of month 0, and at the end of the horizon.
    pub opening_liability: Money,
    pub liability_at_end: Money,
    /// Liability at the end − liability at the start.
    pub liability_change: Money,
}

/// Everything a run reports.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Results {
    pub scenario_name: String,
    pub tier_names: Vec<String>,
    /// Points held at the start of month 0 (earned during warm-up).
    pub opening_points_outstanding: u64,
    /// Revenue deferred at the start of month 0 for those points (IFRS 15).
    pub opening_deferred_revenue: Money,
    /// Members who joined before month 0 (warm-up).
    pub opening_enrolled: u64,
    pub months: Vec<MonthRow>,
    pub cohorts: Vec<Cohort>,
    pub campaigns: Vec<CampaignReport>,
    pub runoff: Runoff,
    pub totals: Totals,
    /// Why the run stopped before its end, with every figure above left empty: show its
    /// problem instead of figures.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub stopped: Option<crate::engine::RunStop>,
}

impl sums::Sums for StageCounts {
    fn visit(&mut self, v: &mut dyn sums::Visitor) {
        let StageCounts {
            introduction,
            growth,
            maturity,
            dormant,
            churned,
        } = self;
        for count in [introduction, growth, maturity, dormant, churned] {
            v.count(count);
        }
    }
}

/// The figures observers add up month by month; the others (enrolment, the incremental
/// figures, the liability, the IFRS 15 schedule, the tier flows as a list) are worked out
/// from them once the run is complete.
impl sums::Sums for MonthRow {
    fn visit(&mut self, v: &mut dyn sums::Visitor) {
        for count in [
            &mut self.new_members,
            &mut self.referred_members,
            &mut self.referrals,
            &mut self.alive,
            &mut self.dropped_out,
            &mut self.active,
            &mut self.upgrades,
            &mut self.downgrades,
            &mut self.first_purchases,
            &mut self.repeat_purchases,
            &mut self.growth_earned,
            &mut self.points_issued,
            &mut self.points_redeemed,
            &mut self.points_expired,
            &mut self.points_outstanding,
            &mut self.rewards_redeemed,
        ] {
            v.count(count);
        }
        for money in [
            &mut self.gross_sales,
            &mut self.discounts,
            &mut self.coupon_discounts,
            &mut self.revenue,
            &mut self.reward_cost,
            &mut self.reward_cash,
            &mut self.benefit_cost,
            &mut self.campaign_cost,
            &mut self.referral_cost,
            &mut self.programme_cost,
        ] {
            v.money(money);
        }
        self.stages.visit(v);
        self.tiers.visit(v);
    }
}

impl sums::Sums for Cohort {
    fn visit(&mut self, v: &mut dyn sums::Visitor) {
        v.count(&mut self.members);
        self.active.visit(v);
    }
}
