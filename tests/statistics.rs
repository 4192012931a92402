//! The simulated members follow the published models: with programme effects off and the
//! CDNOW parameters, a cohort's repeat purchases match the BG/NBD closed forms, and spend
//! per purchase matches the Gamma-Gamma mean pγ / (q − 1).
//!
//! Members join on a day drawn uniformly within their join month, so a member watched to the
//! end of month m has been a member for (m + 1) months less their join day: the closed forms
//! are averaged over that join day (a midpoint rule of 64 points over the month), and the
//! spread of join days is part of the variance. With everyone joining on the first of the
//! month (`JoinDays::FirstOfMonth`) the plain closed forms at whole months hold.
//!
//! Tolerances come from the sample size: a mean of n independent members has standard error
//! sd / √n, a share p has √(p(1 − p) / n); each check allows four standard errors (a chance
//! of about 1 in 16,000 of failing by bad luck for a fresh seed; the seed is fixed).

use tierlab::behaviour::{BgNbd, GammaGamma, SegmentBehaviour, WEEKS_PER_MONTH};
use tierlab::calendar::DAYS_PER_MONTH;
use tierlab::engine::{run, JoinDays, Observer, Plan};
use tierlab::member::{Member, MonthEvents};
use tierlab::scenario::{Scenario, Tier};

const MEMBERS: u32 = 40_000;
const MONTHS: u32 = 24;

fn cdnow() -> (BgNbd, GammaGamma) {
    let model = SegmentBehaviour::cdnow().model();
    (model.purchases, model.spend)
}

/// One cohort of CDNOW members joining at month 0 under a programme with no effect on
/// behaviour.
fn cohort() -> Scenario {
    let mut s = Scenario::default();
    s.horizon.months = MONTHS;
    s.horizon.seed = 20_260_101;
    s.population.starting_members = MEMBERS;
    s.population.new_members_per_month = 0.0;
    s.tiers.levels = vec![Tier::plain("Member", 0)];
    s
}

/// Repeat purchases of every member at the end of each month, and the spend of enrolment
/// purchases made in months with no repeat purchase (independent of the purchase rate).
struct Counts {
    repeats: Vec<Vec<u32>>,
    first_spends: Vec<f64>,
}

impl Observer for Counts {
    fn observe(&mut self, month: u32, member: &Member, e: &MonthEvents) {
        if let Some(m) = self.repeats.get_mut(month as usize) {
            m.push(member.repeat_purchases);
        }
        if e.joined && e.repeat_purchases == 0 {
            self.first_spends.push(e.gross_cents as f64 / 100.0);
        }
    }

    fn wants_runoff(&self) -> bool {
        false
    }
}

fn simulate_cohort(join_days: JoinDays) -> Counts {
    let scenario = cohort();
    let mut counts = Counts {
        repeats: vec![Vec::new(); MONTHS as usize],
        first_spends: Vec::new(),
    };
    let plan = Plan::new(&scenario).with_join_days(join_days);
    run(&plan, &mut counts, &mut |_| {});
    counts
}

/// The weeks a member watched to the end of month `month` has been a member, at each of
/// the join days the closed forms are averaged over (the whole month for first-of-month
/// joins).
fn weeks_members_watched(month: usize, join_days: JoinDays) -> Vec<f64> {
    let whole = (month as f64 + 1.0) * WEEKS_PER_MONTH;
    match join_days {
        JoinDays::FirstOfMonth => vec![whole],
        JoinDays::WithinMonth => (0..64)
            .map(|i| whole - (i as f64 + 0.5) / 64.0 * DAYS_PER_MONTH / 7.0)
            .collect(),
    }
}

/// The mean and variance of the repeat purchases of a member watched for one of `weeks`,
/// each as likely: E[X] averaged, and Var[X] = E[Var(X | t)] + Var(E[X | t]).
fn mean_and_variance(model: &BgNbd, weeks: &[f64]) -> (f64, f64) {
    let n = weeks.len() as f64;
    let (mut mean, mut second) = (0.0, 0.0);
    for &t in weeks {
        let m = model.expected_repeat_purchases(t);
        let s: f64 = (0..2_000u32)
            .map(|x| f64::from(x) * f64::from(x) * model.probability_of_repeat_purchases(x, t))
            .sum();
        mean += m / n;
        second += s / n;
    }
    (mean, second - mean * mean)
}

fn assert_mean_repeat_purchases_follow_expected_x_of_t(join_days: JoinDays) {
    let (model, _) = cdnow();
    let counts = simulate_cohort(join_days);
    for month in [0usize, 5, 11, 23] {
        let weeks = weeks_members_watched(month, join_days);
        let xs = &counts.repeats[month];
        assert_eq!(xs.len(), MEMBERS as usize);
        let mean = xs.iter().map(|x| f64::from(*x)).sum::<f64>() / xs.len() as f64;
        let (expected, variance) = mean_and_variance(&model, &weeks);
        let se = (variance / xs.len() as f64).sqrt();
        assert!(
            (mean - expected).abs() < 4.0 * se,
            "{join_days:?}, month {month}: simulated {mean:.4}, E[X(t)] {expected:.4}, se {se:.4}"
        );
    }
}

#[test]
fn mean_cumulative_repeat_purchases_follow_bg_nbd_expected_x_of_t() {
    assert_mean_repeat_purchases_follow_expected_x_of_t(JoinDays::WithinMonth);
}

#[test]
fn with_everyone_joining_on_the_first_the_plain_closed_form_at_whole_months_holds() {
    assert_mean_repeat_purchases_follow_expected_x_of_t(JoinDays::FirstOfMonth);
}

#[test]
fn shares_with_0_1_2_repeat_purchases_follow_bg_nbd_p_of_x() {
    let (model, _) = cdnow();
    let counts = simulate_cohort(JoinDays::WithinMonth);
    let month = 11;
    let weeks = weeks_members_watched(month, JoinDays::WithinMonth);
    let xs = &counts.repeats[month];
    let n = xs.len() as f64;
    for x in 0..=5u32 {
        let share = xs.iter().filter(|v| **v == x).count() as f64 / n;
        let p = weeks
            .iter()
            .map(|t| model.probability_of_repeat_purchases(x, *t))
            .sum::<f64>()
            / weeks.len() as f64;
        let se = (p * (1.0 - p) / n).sqrt();
        assert!(
            (share - p).abs() < 4.0 * se,
            "P(X = {x}) at month {month}: simulated {share:.4}, closed form {p:.4}, se {se:.4}"
        );
    }
}

/// E[z] = pγ/(q − 1); Var[z] = E[p/ν²] + Var[p/ν] with E[1/ν] = γ/(q − 1) and
/// E[1/ν²] = γ²/((q − 1)(q − 2)).
#[test]
fn mean_spend_per_purchase_is_p_gamma_over_q_minus_one() {
    let (_, spend) = cdnow();
    let counts = simulate_cohort(JoinDays::WithinMonth);
    let GammaGamma { p, q, gamma } = spend;
    let inverse = gamma / (q - 1.0);
    let inverse_squared = gamma * gamma / ((q - 1.0) * (q - 2.0));
    let var = p * inverse_squared + p * p * (inverse_squared - inverse * inverse);
    let n = counts.first_spends.len() as f64;
    assert!(n > 0.8 * f64::from(MEMBERS));
    let mean = counts.first_spends.iter().sum::<f64>() / n;
    let se = (var / n).sqrt();
    assert!(
        (mean - spend.mean_spend()).abs() < 4.0 * se,
        "mean spend {mean:.3} vs pγ/(q−1) {:.3}, se {se:.3}",
        spend.mean_spend()
    );
}
