//! What a counterfactual run reports: for each month, the purchases, the gross sales, the
//! active members, the programme cost and the points outstanding, and the points held at
//! the start. That is all the incremental figures take from the run under no programme and
//! from the runs without each campaign (`Collector::finish`, `CampaignCollector::finish`):
//! sales, every cost that enters profit, and the points the liability values. Those runs
//! add up only these, a few integer additions per member-month, not the whole report.
//!
//! Not for: the run the planner sees (`Collector`), or studies that read other figures of a
//! run (`monthly_rows`).

use crate::economics::{liability, Books};
use crate::engine::{Observer, Plan};
use crate::member::{Member, MonthEvents};
use crate::money::Money;
use crate::rules::lifecycle;
use crate::scenario::Lifecycle;

use super::sums::{Sums, Visitor};
use super::MonthRow;

/// A counterfactual run's monthly rows (only the figures above filled in) and the points
/// its members held at the start of month 0.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct CounterfactualRun {
    pub rows: Vec<MonthRow>,
    pub opening_points: u64,
}

impl CounterfactualRun {
    /// The run's books, its points valued at `expected_cost_per_point`.
    pub fn books(&self, expected_cost_per_point: f64) -> Books {
        books(&self.rows, self.opening_points, expected_cost_per_point)
    }
}

/// The books of monthly rows: programme cost over the months, and the liability at the end
/// of the last month less the liability of the `opening_points`.
pub fn books(rows: &[MonthRow], opening_points: u64, expected_cost_per_point: f64) -> Books {
    let closing = rows.last().map_or(opening_points, |r| r.points_outstanding);
    Books {
        programme_cost: rows.iter().map(|r| r.programme_cost).sum(),
        liability_change: liability(closing, expected_cost_per_point)
            - liability(opening_points, expected_cost_per_point),
    }
}

impl Sums for CounterfactualRun {
    fn visit(&mut self, v: &mut dyn Visitor) {
        self.rows.visit(v);
        v.count(&mut self.opening_points);
    }
}

impl Sums for CounterfactualRows {
    fn visit(&mut self, v: &mut dyn Visitor) {
        self.run.visit(v);
    }
}

/// Adds up a counterfactual run.
pub struct CounterfactualRows {
    lifecycle: Lifecycle,
    run: CounterfactualRun,
}

impl CounterfactualRows {
    pub fn new(plan: &Plan) -> Self {
        let months = plan.scenario.horizon.months;
        CounterfactualRows {
            lifecycle: plan.scenario.lifecycle.clone(),
            run: CounterfactualRun {
                rows: (0..months)
                    .map(|month| MonthRow {
                        month,
                        ..MonthRow::default()
                    })
                    .collect(),
                opening_points: 0,
            },
        }
    }

    pub fn into_run(self) -> CounterfactualRun {
        self.run
    }
}

impl Observer for CounterfactualRows {
    fn observe(&mut self, month: u32, member: &Member, e: &MonthEvents) {
        if month == 0 {
            self.run.opening_points += e.points_at_start;
        }
        let Some(row) = self.run.rows.get_mut(month as usize) else {
            return;
        };
        row.active += u64::from(lifecycle::active_at_month_end(
            &self.lifecycle,
            member.last_purchase_day,
            month as i32,
        ));
        row.first_purchases += u64::from(e.joined);
        row.repeat_purchases += u64::from(e.repeat_purchases);
        row.gross_sales += Money(e.gross_cents);
        row.programme_cost += Money(e.given_away_cents);
        row.points_outstanding += member.points.balance();
    }

    /// A month with no events: the member may still count as active, and their points as
    /// held.
    fn observe_quiet(&mut self, month: u32, member: &Member) {
        let held = member.points.balance();
        if month == 0 {
            self.run.opening_points += held;
        }
        if let Some(row) = self.run.rows.get_mut(month as usize) {
            row.active += u64::from(lifecycle::active_at_month_end(
                &self.lifecycle,
                member.last_purchase_day,
                month as i32,
            ));
            row.points_outstanding += held;
        }
    }

    fn wants_runoff(&self) -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine;
    use crate::metrics::Collector;
    use crate::scenario::preset;

    #[test]
    fn a_counterfactual_run_counts_what_profit_needs_as_the_full_report_does() {
        for name in ["hotel", "cosmetics"] {
            let mut scenario = preset(name).expect("preset");
            scenario.population.starting_members = 800;
            scenario.population.new_members_per_month = 40.0;
            let plan = Plan::new(&scenario);
            let mut full = Collector::new(&plan, false);
            engine::run(&plan, &mut full, &mut |_| {});
            let mut light = CounterfactualRows::new(&plan);
            engine::run(&plan, &mut light, &mut |_| {});
            let opening = full.opening_points();
            let (full, light) = (full.into_rows(), light.into_run());
            assert_eq!(opening, light.opening_points, "{name}");
            assert_eq!(full.len(), light.rows.len(), "{name}");
            for (f, l) in full.iter().zip(&light.rows) {
                let figures = |r: &MonthRow| {
                    (
                        r.month,
                        r.first_purchases,
                        r.repeat_purchases,
                        r.gross_sales,
                        r.active,
                        r.programme_cost,
                        r.points_outstanding,
                    )
                };
                assert_eq!(figures(f), figures(l), "{name}, month {}", f.month);
                assert!(
                    f.active > 0 && f.gross_sales.cents() > 0 && f.programme_cost.cents() > 0,
                    "{name}: a run with members and a programme"
                );
            }
        }
    }
}
