//! Campaign reports: per campaign and month, who was eligible, contacted and held out, what
//! was used and what it cost; the true incremental effect (against a run without the
//! campaign over the same members and draws) and the lift a planner would measure against
//! the hold-out group.

use serde::Serialize;

use crate::economics::roi;
use crate::engine::Budgets;
use crate::member::{Member, MonthEvents};
use crate::money::Money;

use super::MonthRow;

/// One campaign in one month.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct CampaignMonth {
    pub month: u32,
    /// In the audience when an offer was due (treated and held out).
    pub eligible: u64,
    pub held_out: u64,
    /// Eligible but not sent because the budget or the per-member limit ran out.
    pub capped: u64,
    /// Offers sent (members contacted).
    pub contacted: u64,
    pub offers_used: u64,
    pub face_value_used: Money,
    pub gift_cost: Money,
    pub bonus_points: u64,
    pub contact_cost: Money,
    /// Face value used + gifts + contacts.
    pub cost: Money,
    /// What the offers sent this month committed against the budget: their contacts and,
    /// whenever used, their face value and gifts.
    pub committed: Money,
    /// Purchases, gross sales and active members this month beyond the run without the
    /// campaign (same members, same draws).
    pub incremental_purchases: i64,
    pub incremental_sales: Money,
    pub incremental_active: i64,
    /// This month's (incremental sales × gross margin − cost) ÷ cost; None when nothing was
    /// spent.
    pub roi: Option<f64>,
    /// Members ever eligible so far, by group, and their gross sales this month: the data
    /// of a hold-out test.
    pub treated_members: u64,
    pub treated_sales: Money,
    pub holdout_members: u64,
    pub holdout_sales: Money,
}

/// One campaign over the horizon.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct CampaignReport {
    pub name: String,
    pub months: Vec<CampaignMonth>,
    pub contacted: u64,
    pub offers_used: u64,
    pub cost: Money,
    /// What the bonus points given are expected to cost when redeemed: points × cost per
    /// point × ultimate redemption rate (counted in the campaign's ROI; in the programme's
    /// books they are cost only when redeemed, as rewards).
    pub points_cost: Money,
    /// True incremental gross sales over the horizon.
    pub incremental_sales: Money,
    pub incremental_purchases: i64,
    /// (Incremental sales × gross margin − cost − points cost) ÷ (cost + points cost).
    pub roi: Option<f64>,
    /// Incremental sales as a hold-out test would measure them: each month, the treated
    /// group's sales per member minus the hold-out group's, times the treated members.
    pub measured_incremental_sales: Option<Money>,
}

/// Adds up campaign events month by month.
pub struct CampaignCollector {
    months: Vec<Vec<CampaignMonth>>,
}

impl CampaignCollector {
    pub fn new(campaigns: usize, months: usize) -> Self {
        CampaignCollector {
            months: (0..campaigns)
                .map(|_| {
                    (0..months as u32)
                        .map(|month| CampaignMonth {
                            month,
                            ..CampaignMonth::default()
                        })
                        .collect()
                })
                .collect(),
        }
    }

    /// Takes each month's commitments from the run's budgets.
    pub fn record_commitments(&mut self, budgets: &Budgets) {
        for (c, months) in self.months.iter_mut().enumerate() {
            for (row, cents) in months.iter_mut().zip(budgets.committed_money(c)) {
                row.committed = Money(*cents);
            }
        }
    }

    pub fn observe(&mut self, month: u32, member: &Member, e: &MonthEvents) {
        let gross = Money(e.gross_cents);
        for ((months, record), state) in
            self.months.iter_mut().zip(&e.campaigns).zip(&member.offers)
        {
            let Some(row) = months.get_mut(month as usize) else {
                continue;
            };
            row.eligible += u64::from(record.eligible);
            row.held_out += u64::from(record.held_out);
            row.capped += u64::from(record.capped);
            row.contacted += u64::from(record.sent);
            row.offers_used += u64::from(record.offers_used);
            row.face_value_used += Money(record.face_value_cents);
            row.gift_cost += Money(record.gift_cost_cents);
            row.bonus_points += record.bonus_points;
            row.contact_cost += Money(record.contact_cents);
            row.cost +=
                Money(record.face_value_cents + record.gift_cost_cents + record.contact_cents);
            if state.in_study {
                if state.holdout {
                    row.holdout_members += 1;
                    row.holdout_sales += gross;
                } else {
                    row.treated_members += 1;
                    row.treated_sales += gross;
                }
            }
        }
    }

    /// The reports, given each campaign's counterfactual rows (the run without it) and what
    /// an issued point is expected to cost (cost per point × ultimate redemption rate).
    pub fn finish(
        self,
        names: &[String],
        with: &[MonthRow],
        without: &[Vec<MonthRow>],
        margin: f64,
        expected_cost_per_point: f64,
    ) -> Vec<CampaignReport> {
        self.months
            .into_iter()
            .zip(names)
            .zip(without)
            .map(|((mut months, name), without)| {
                for ((m, a), b) in months.iter_mut().zip(with).zip(without) {
                    m.incremental_purchases = purchases(a) - purchases(b);
                    m.incremental_sales = a.gross_sales - b.gross_sales;
                    m.incremental_active = a.active as i64 - b.active as i64;
                    m.roi = roi(m.incremental_sales, margin, m.cost);
                }
                let cost: Money = months.iter().map(|m| m.cost).sum();
                let bonus_points: u64 = months.iter().map(|m| m.bonus_points).sum();
                let points_cost = Money::from_units(bonus_points as f64 * expected_cost_per_point);
                let incremental_sales: Money = months.iter().map(|m| m.incremental_sales).sum();
                CampaignReport {
                    name: name.clone(),
                    contacted: months.iter().map(|m| m.contacted).sum(),
                    offers_used: months.iter().map(|m| m.offers_used).sum(),
                    incremental_purchases: months.iter().map(|m| m.incremental_purchases).sum(),
                    roi: roi(incremental_sales, margin, cost + points_cost),
                    points_cost,
                    measured_incremental_sales: measured_lift(&months),
                    cost,
                    incremental_sales,
                    months,
                }
            })
            .collect()
    }
}

fn purchases(row: &MonthRow) -> i64 {
    (row.first_purchases + row.repeat_purchases) as i64
}

/// The hold-out estimate summed over the months that have both groups.
fn measured_lift(months: &[CampaignMonth]) -> Option<Money> {
    let per_member = |sales: Money, n: u64| sales.units() / n as f64;
    let lifts: Vec<f64> = months
        .iter()
        .filter(|m| m.treated_members > 0 && m.holdout_members > 0)
        .map(|m| {
            (per_member(m.treated_sales, m.treated_members)
                - per_member(m.holdout_sales, m.holdout_members))
                * m.treated_members as f64
        })
        .collect();
    (!lifts.is_empty()).then(|| Money::from_units(lifts.iter().sum()))
}
