//! Campaign reports: per campaign and month, who was eligible, contacted and held out, what
//! was used and what the offer itself cost; the true incremental effect against a run
//! without the campaign over the same members and draws — sales, every cost the campaign
//! causes and the points it leaves owed, so its profit and ROI — and the lift a planner
//! would measure against the hold-out group (`holdout.rs`).

use serde::Serialize;

use crate::economics::{incremental_cost, incremental_profit, roi, Books};
use crate::engine::Budgets;
use crate::member::{Member, MonthEvents};
use crate::money::Money;

use super::counterfactual_rows::CounterfactualRun;
use super::holdout::{HoldoutCollector, HoldoutTest};
use super::sums::{Sums, Visitor};
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
    /// The offer's own cost: face value used + gifts + contacts.
    pub direct_cost: Money,
    /// What the offers sent this month committed against the budget: their contacts and,
    /// whenever used, their face value and gifts.
    pub committed: Money,
    /// Purchases, gross sales, active members and programme cost this month beyond the run
    /// without the campaign (same members, same draws).
    pub incremental_purchases: i64,
    pub incremental_sales: Money,
    pub incremental_active: i64,
    pub incremental_programme_cost: Money,
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
    /// The offer's own cost (face value used + gifts + contacts): what the campaign's
    /// budget sees.
    pub direct_cost: Money,
    /// True incremental gross sales and purchases over the horizon.
    pub incremental_sales: Money,
    pub incremental_purchases: i64,
    /// Programme cost beyond the run without the campaign: the direct cost and every cost
    /// the extra purchases bring (tier discounts, rewards net of cash, benefits, referral
    /// rewards, other campaigns' offers).
    pub incremental_programme_cost: Money,
    /// Points liability at the horizon beyond the run without the campaign: both runs start
    /// with the same points, and both runs' points are valued at this run's expected cost
    /// per point.
    pub incremental_liability: Money,
    /// Incremental programme cost + incremental liability: the ROI's denominator.
    pub incremental_cost: Money,
    /// Incremental sales × gross margin − incremental cost.
    pub incremental_profit: Money,
    /// Incremental profit ÷ incremental cost; None unless that cost is above zero.
    pub roi: Option<f64>,
    /// What a hold-out test measures; None without two members in each group.
    pub holdout_test: Option<HoldoutTest>,
}

/// Adds up campaign events month by month.
pub struct CampaignCollector {
    months: Vec<Vec<CampaignMonth>>,
    holdout: HoldoutCollector,
}

/// The main run as the campaign reports compare it: its rows and its books.
pub struct WithRun<'a> {
    pub rows: &'a [MonthRow],
    pub books: Books,
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
            holdout: HoldoutCollector::new(campaigns),
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
        self.holdout.observe(member, e);
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
            row.direct_cost +=
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

    /// The reports, given the main run and each campaign's counterfactual run (the run
    /// without it), both runs' points valued at `expected_cost_per_point` (cost per point ×
    /// expected ultimate redemption rate).
    pub fn finish(
        self,
        names: &[String],
        with: &WithRun,
        without: &[CounterfactualRun],
        margin: f64,
        expected_cost_per_point: f64,
    ) -> Vec<CampaignReport> {
        let tests = self.holdout.finish();
        self.months
            .into_iter()
            .zip(names)
            .zip(without)
            .zip(tests)
            .map(|(((mut months, name), without), holdout_test)| {
                for ((m, a), b) in months.iter_mut().zip(with.rows).zip(&without.rows) {
                    m.incremental_purchases = purchases(a) - purchases(b);
                    m.incremental_sales = a.gross_sales - b.gross_sales;
                    m.incremental_active = a.active as i64 - b.active as i64;
                    m.incremental_programme_cost = a.programme_cost - b.programme_cost;
                }
                let without_books = without.books(expected_cost_per_point);
                let cost = incremental_cost(&with.books, &without_books);
                let incremental_sales: Money = months.iter().map(|m| m.incremental_sales).sum();
                let profit = incremental_profit(incremental_sales, margin, cost);
                CampaignReport {
                    name: name.clone(),
                    contacted: months.iter().map(|m| m.contacted).sum(),
                    offers_used: months.iter().map(|m| m.offers_used).sum(),
                    direct_cost: months.iter().map(|m| m.direct_cost).sum(),
                    incremental_purchases: months.iter().map(|m| m.incremental_purchases).sum(),
                    incremental_programme_cost: with.books.programme_cost
                        - without_books.programme_cost,
                    incremental_liability: with.books.liability_change
                        - without_books.liability_change,
                    incremental_cost: cost,
                    incremental_profit: profit,
                    roi: roi(profit, cost),
                    holdout_test,
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

/// The figures added up member by member (and what the budgets committed); the incremental
/// ones are worked out once the run is complete.
impl Sums for CampaignMonth {
    fn visit(&mut self, v: &mut dyn Visitor) {
        for count in [
            &mut self.eligible,
            &mut self.held_out,
            &mut self.capped,
            &mut self.contacted,
            &mut self.offers_used,
            &mut self.bonus_points,
            &mut self.treated_members,
            &mut self.holdout_members,
        ] {
            v.count(count);
        }
        for money in [
            &mut self.face_value_used,
            &mut self.gift_cost,
            &mut self.contact_cost,
            &mut self.direct_cost,
            &mut self.committed,
            &mut self.treated_sales,
            &mut self.holdout_sales,
        ] {
            v.money(money);
        }
    }
}

impl Sums for CampaignCollector {
    fn visit(&mut self, v: &mut dyn Visitor) {
        self.months.visit(v);
        self.holdout.visit(v);
    }
}
