//! The hold-out test (对照组测试) of a campaign, as an analyst would run it on the CRM's data:
//! the members ever eligible are split at random into a treated group and a hold-out group
//! that never gets the offer; the campaign's lift is the treated group's sales minus the
//! hold-out group's scaled to the treated group's size, with its standard error, a 95%
//! interval and the minimum detectable effect at that hold-out size.
//!
//! The unit is the member: each member's gross sales from the month they first became
//! eligible to the horizon (their months are not independent, so the months are not the
//! unit). Members run one at a time, so a member's sales are added up while they run and
//! folded into their group when the next member starts.
//!
//! Not for: the true effect (the run without the campaign, `campaigns.rs`).

use serde::Serialize;

use crate::member::{Member, MonthEvents};
use crate::money::Money;

use super::sums::{Sums, Visitor};

/// The two-sided 95% normal quantile: the interval is the estimate ± 1.96 standard errors.
const Z_95: f64 = 1.959_963_984_540_054;
/// The normal quantile of 80% power.
const Z_POWER_80: f64 = 0.841_621_233_572_914_3;

/// What a hold-out test of one campaign measures over the horizon.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct HoldoutTest {
    /// Members ever eligible by the horizon, by group.
    pub treated_members: u64,
    pub holdout_members: u64,
    /// Treated group's sales − hold-out group's sales × treated members ÷ hold-out members
    /// (each member's gross sales from the month they first became eligible).
    pub measured_incremental_sales: Money,
    /// Treated members × √(s²treated ÷ treated members + s²hold-out ÷ hold-out members),
    /// s² being each group's variance of the members' sales.
    pub standard_error: Money,
    /// The 95% interval: measured ± 1.96 standard errors.
    pub interval_low: Money,
    pub interval_high: Money,
    /// The smallest true effect this test would find with 80% power at the 5% level:
    /// (1.96 + 0.84) × the standard error (Bloom 1995, "Minimum detectable effects").
    pub minimum_detectable_effect: Money,
    /// Whether the interval leaves out zero; when it does not, the hold-out cannot tell
    /// the campaign's effect from chance.
    pub can_tell: bool,
}

/// Members, their sales and their squared sales, in cents, for one group.
#[derive(Clone, Copy, Debug, Default)]
struct Group {
    members: u64,
    sales: i128,
    squares: i128,
}

impl Group {
    fn add(&mut self, sales_cents: i64) {
        let sales = i128::from(sales_cents);
        self.members += 1;
        self.sales += sales;
        self.squares += sales * sales;
    }

    /// Mean sales per member, in cents.
    fn mean(&self) -> f64 {
        self.sales as f64 / self.members as f64
    }

    /// Sample variance of the members' sales, in cents² (n − 1 in the denominator).
    fn variance(&self) -> f64 {
        let n = i128::from(self.members);
        let spread = n * self.squares - self.sales * self.sales;
        spread as f64 / (n * (n - 1)) as f64
    }
}

impl Sums for Group {
    fn visit(&mut self, v: &mut dyn Visitor) {
        v.count(&mut self.members);
        v.wide(&mut self.sales);
        v.wide(&mut self.squares);
    }
}

/// One member's standing in one campaign's test while they run.
#[derive(Clone, Copy, Debug, Default)]
struct Running {
    in_study: bool,
    holdout: bool,
    sales_cents: i64,
}

/// Adds up every campaign's hold-out test, member by member.
pub struct HoldoutCollector {
    member: Option<u64>,
    running: Vec<Running>,
    /// Per campaign: treated, held out.
    groups: Vec<[Group; 2]>,
}

impl HoldoutCollector {
    pub fn new(campaigns: usize) -> Self {
        HoldoutCollector {
            member: None,
            running: vec![Running::default(); campaigns],
            groups: vec![[Group::default(); 2]; campaigns],
        }
    }

    /// A member-month: the member's sales count from the month they enter the study.
    pub fn observe(&mut self, member: &Member, e: &MonthEvents) {
        if self.member != Some(member.id) {
            self.fold();
            self.member = Some(member.id);
        }
        for (running, state) in self.running.iter_mut().zip(&member.offers) {
            if state.in_study {
                running.in_study = true;
                running.holdout = state.holdout;
                running.sales_cents += e.gross_cents;
            }
        }
    }

    /// Folds the member who has just run into their groups.
    fn fold(&mut self) {
        for (running, groups) in self.running.iter_mut().zip(&mut self.groups) {
            if running.in_study {
                groups[usize::from(running.holdout)].add(running.sales_cents);
            }
            *running = Running::default();
        }
    }

    /// The groups, the member who ran last folded in (members do not span the parts of a
    /// run).
    pub fn visit(&mut self, v: &mut dyn Visitor) {
        self.fold();
        self.groups.visit(v);
    }

    /// Each campaign's test, once every member has run; None for a campaign with fewer
    /// than two members in either group (no variance to measure).
    pub fn finish(mut self) -> Vec<Option<HoldoutTest>> {
        self.fold();
        self.groups.iter().map(|[t, h]| test(t, h)).collect()
    }
}

fn test(treated: &Group, holdout: &Group) -> Option<HoldoutTest> {
    if treated.members < 2 || holdout.members < 2 {
        return None;
    }
    let n = treated.members as f64;
    let lift = n * (treated.mean() - holdout.mean());
    let error = n * (treated.variance() / n + holdout.variance() / holdout.members as f64).sqrt();
    let cents = |x: f64| Money::from_units(x / 100.0);
    let (low, high) = (lift - Z_95 * error, lift + Z_95 * error);
    Some(HoldoutTest {
        treated_members: treated.members,
        holdout_members: holdout.members,
        measured_incremental_sales: cents(lift),
        standard_error: cents(error),
        interval_low: cents(low),
        interval_high: cents(high),
        minimum_detectable_effect: cents((Z_95 + Z_POWER_80) * error),
        can_tell: low > 0.0 || high < 0.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn group(sales: &[i64]) -> Group {
        let mut g = Group::default();
        for s in sales {
            g.add(*s);
        }
        g
    }

    #[test]
    fn a_groups_variance_is_the_sample_variance_of_its_members_sales() {
        // 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squares about the mean 32, sample variance 32 / 7.
        let g = group(&[2, 4, 4, 4, 5, 5, 7, 9]);
        assert_eq!(g.mean(), 5.0);
        assert!((g.variance() - 32.0 / 7.0).abs() < 1e-12);
    }

    #[test]
    fn the_lift_scales_the_holdout_to_the_treated_group_and_its_error_adds_both_variances() {
        // Treated 3 members at ¥10, ¥12, ¥14 (mean ¥12, s² 4 yuan²); hold-out 2 at ¥9 and ¥11
        // (mean ¥10, s² 2): lift 3 × (12 − 10) = ¥6, error 3 × √(4/3 + 2/2) yuan.
        let found = test(&group(&[1_000, 1_200, 1_400]), &group(&[900, 1_100]))
            .expect("two members in each group");
        let error = 3.0 * (4.0_f64 / 3.0 + 1.0).sqrt();
        assert_eq!(found.measured_incremental_sales, Money(600));
        assert_eq!(found.standard_error, Money::from_units(error));
        assert_eq!(found.interval_low, Money::from_units(6.0 - Z_95 * error));
        assert!(!found.can_tell, "±{error:.2} × 1.96 spans zero");
        assert!(test(&group(&[1_000, 1_200]), &group(&[900])).is_none());
    }
}
