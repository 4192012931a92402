//! What a counterfactual run reports: for each month, the purchases, the gross sales and the
//! active members. That is all the incremental figures take from the run under no programme
//! and from the runs without each campaign (`Collector::finish`, `CampaignCollector::finish`),
//! so those runs add up only these, not the whole report.
//!
//! Not for: the run the planner sees (`Collector`), or studies that read other figures of a
//! run (`monthly_rows`).

use crate::engine::{Observer, Plan};
use crate::member::{Member, MonthEvents};
use crate::money::Money;
use crate::scenario::Lifecycle;

use super::collector::active_at_month_end;
use super::MonthRow;

/// Monthly rows with only the purchases, the gross sales and the active members filled in.
pub struct CounterfactualRows {
    lifecycle: Lifecycle,
    rows: Vec<MonthRow>,
}

impl CounterfactualRows {
    pub fn new(plan: &Plan) -> Self {
        let months = plan.scenario.horizon.months;
        CounterfactualRows {
            lifecycle: plan.scenario.lifecycle.clone(),
            rows: (0..months)
                .map(|month| MonthRow {
                    month,
                    ..MonthRow::default()
                })
                .collect(),
        }
    }

    pub fn into_rows(self) -> Vec<MonthRow> {
        self.rows
    }
}

impl Observer for CounterfactualRows {
    fn observe(&mut self, month: u32, member: &Member, e: &MonthEvents) {
        let Some(row) = self.rows.get_mut(month as usize) else {
            return;
        };
        row.active += u64::from(active_at_month_end(&self.lifecycle, month, member));
        row.first_purchases += u64::from(e.joined);
        row.repeat_purchases += u64::from(e.repeat_purchases);
        row.gross_sales += Money(e.gross_cents);
    }

    fn observe_quiet(&mut self, month: u32, member: &Member) {
        if let Some(row) = self.rows.get_mut(month as usize) {
            row.active += u64::from(active_at_month_end(&self.lifecycle, month, member));
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
    fn a_counterfactual_run_counts_purchases_sales_and_active_members_as_the_full_report_does() {
        for name in ["hotel", "cosmetics"] {
            let mut scenario = preset(name).expect("preset");
            scenario.population.starting_members = 800;
            scenario.population.new_members_per_month = 40.0;
            let plan = Plan::new(&scenario);
            let mut full = Collector::new(&plan, false);
            engine::run(&plan, &mut full, &mut |_| {});
            let mut light = CounterfactualRows::new(&plan);
            engine::run(&plan, &mut light, &mut |_| {});
            let (full, light) = (full.into_rows(), light.into_rows());
            assert_eq!(full.len(), light.len(), "{name}");
            for (f, l) in full.iter().zip(&light) {
                let figures = |r: &MonthRow| {
                    (
                        r.month,
                        r.first_purchases,
                        r.repeat_purchases,
                        r.gross_sales,
                        r.active,
                    )
                };
                assert_eq!(figures(f), figures(l), "{name}, month {}", f.month);
                assert!(
                    f.active > 0 && f.gross_sales.cents() > 0,
                    "{name}: a run with members"
                );
            }
        }
    }
}
