//! Tier and goal-gradient effects at their stated size: a tier with +10% purchases makes its
//! members buy 10% more than the same members under no programme, a tier with 20% lower
//! dropout keeps the share of customers the BG/NBD survival curve says, and the goal
//! gradient speeds up exactly the members close to the next tier, by its stated uplift.
//!
//! The members are the steady cohort of `fixtures` (about two purchases a month, rates 5%
//! apart), so the expected counts are closed forms: a member buying at weekly rate λ for
//! t weeks makes Poisson(λt) repeat purchases, and one who drops out with chance q after
//! each of them is still a customer at t with chance e^(−λqt). Tolerances are four standard
//! errors of the sums over the members, worked out from those closed forms.

mod fixtures;

use fixtures::{
    assert_purchases_raised_by, assert_survival_curve, simulate, steady_cohort, valid, MONTHS,
};
use tierlab::metrics::Results;
use tierlab::scenario::{Scenario, Tier};

/// The programme's repeat purchases over the horizon and those of the same members under
/// no programme (the run with the same draws that gives the incremental figures).
fn with_and_without(results: &Results) -> (f64, f64) {
    let with = results.totals.repeat_purchases as f64;
    (with, with - results.totals.incremental_purchases as f64)
}

fn assert_programme_raises_purchases_by(scenario: Scenario, uplift: f64) {
    let results = simulate(&valid(scenario));
    assert_eq!(results.months.len(), MONTHS as usize);
    let (with, without) = with_and_without(&results);
    assert_purchases_raised_by(with, without, uplift);
}

#[test]
fn a_tier_with_ten_percent_more_purchases_buys_ten_percent_more_than_the_same_members_without_it() {
    let mut s = steady_cohort(19_001);
    s.tiers.levels[0].purchase_rate_uplift = 0.10;
    assert_programme_raises_purchases_by(s, 0.10);
}

#[test]
fn a_tier_with_a_fifty_percent_uplift_buys_half_as_much_again() {
    // A second size, so that an effect applied as a fixed bonus rather than a share of the
    // rate cannot pass both.
    let mut s = steady_cohort(19_002);
    s.tiers.levels[0].purchase_rate_uplift = 0.50;
    assert_programme_raises_purchases_by(s, 0.50);
}

#[test]
fn twenty_percent_lower_dropout_shows_in_the_survival_curve_month_by_month() {
    // p ~ Beta(50, 450): members drop out after about one repeat purchase in ten; after a
    // year about 9% are still customers, and 15% with the tier's 20% lower dropout.
    let (a, b) = (50.0, 450.0);
    for (seed, reduction) in [(19_003, 0.0), (19_004, 0.2)] {
        let mut s = steady_cohort(seed);
        s.population.segments[0].behaviour = fixtures::behaviour(a, b);
        s.tiers.levels[0].dropout_reduction = reduction;
        assert_survival_curve(&simulate(&valid(s)), a, b, reduction);
    }
}

/// Two tiers, the second out of reach at 100,000 growth; members are "close" to it when
/// their growth is at least `(1 − within_share)` × 100,000.
fn goal_gradient_cohort(seed: u64, within_share: f64, uplift: f64) -> Scenario {
    let mut s = steady_cohort(seed);
    s.tiers.levels = vec![Tier::plain("Member", 0), Tier::plain("Next", 100_000)];
    s.goal_gradient.within_share = within_share;
    s.goal_gradient.purchase_rate_uplift = uplift;
    s
}

#[test]
fn members_close_to_the_next_tier_buy_faster_by_the_goal_gradients_uplift() {
    // Within 99.9999% of 100,000 means at least 1 growth: every member from their enrolment
    // purchase (¥1 earns 1 growth) to the horizon, so every repeat purchase comes at λ × 1.2.
    assert_programme_raises_purchases_by(goal_gradient_cohort(19_005, 0.999_999, 0.2), 0.2);
}

#[test]
fn members_far_from_the_next_tier_or_in_the_top_tier_get_no_goal_gradient() {
    // Within 50% of 100,000 needs 50,000 growth: a year of ¥100 purchases earns about 2,500.
    let far = simulate(&valid(goal_gradient_cohort(19_006, 0.5, 0.2)));
    assert_eq!(far.totals.incremental_purchases, 0);
    assert_eq!(far.totals.incremental_sales.cents(), 0);
    // One tier: nobody has a next tier to be close to, however wide the window.
    let mut top = steady_cohort(19_006);
    top.goal_gradient.within_share = 0.999_999;
    top.goal_gradient.purchase_rate_uplift = 0.2;
    let top = simulate(&valid(top));
    assert_eq!(top.totals.incremental_purchases, 0);
    assert_eq!(top.totals.incremental_sales.cents(), 0);
}
