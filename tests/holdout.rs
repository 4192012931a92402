//! The hold-out test's interval against the truth: over many seeds, the 95% interval a
//! planner is shown covers the campaign's true effect (the run without it, same members and
//! draws) about 95% of the time, and a larger hold-out detects smaller effects.

use tierlab::metrics::{check_ledgers, simulate, CampaignReport};
use tierlab::scenario::{Campaign, Scenario};

/// Seeds in the coverage test.
const SEEDS: u64 = 40;

/// A coupon sent every month to everyone, which members use and which raises their purchase
/// rate, with a share of them held out; no budget and no referral, so the campaign changes
/// only the paths of the members it treats and the true effect is exactly what the
/// hold-out test estimates.
fn scenario(seed: u64, holdout_share: f64) -> Scenario {
    let coupon = serde_json::json!({
        "name": "满20减5 · ¥5 off ¥20",
        "holdout_share": holdout_share,
        "offer": {"kind": "amount_off", "min_spend": 20, "amount": 5},
        "schedule": {"start_month": 0, "end_month": 11, "trigger": "every_month", "validity_days": 20},
        "response": {"purchase_rate_uplift": 0.3, "dropout_reduction": 0.1, "usage_share": 0.5}
    });
    let mut s = Scenario::default();
    s.horizon.months = 12;
    s.horizon.seed = seed;
    s.population.starting_members = 2_000;
    s.population.new_members_per_month = 50.0;
    s.campaigns
        .push(serde_json::from_value::<Campaign>(coupon).expect("a campaign"));
    s
}

fn report(s: &Scenario) -> CampaignReport {
    let results = simulate(s);
    assert!(check_ledgers(&results).is_empty());
    results.campaigns.into_iter().next().expect("one campaign")
}

#[test]
fn the_holdout_interval_covers_the_true_effect_at_about_its_nominal_95_percent() {
    let mut covered = 0u64;
    let mut squared_errors = 0.0;
    for seed in 1..=SEEDS {
        let report = report(&scenario(seed, 0.2));
        let truth = report.incremental_sales;
        let test = report.holdout_test.expect("both groups have members");
        assert!(truth.cents() > 0, "seed {seed}: the coupon adds sales");
        covered += u64::from(test.interval_low <= truth && truth <= test.interval_high);
        let error = (test.measured_incremental_sales - truth).units();
        squared_errors += (error / test.standard_error.units()).powi(2);
    }
    // Covered ~ Binomial(40, 0.95): mean 38, standard deviation √(40 × 0.95 × 0.05) = 1.38;
    // at least 38 − 3 × 1.38, i.e. 34 of 40.
    let expected = SEEDS as f64 * 0.95;
    let spread = (SEEDS as f64 * 0.95 * 0.05).sqrt();
    assert!(
        covered as f64 >= (expected - 3.0 * spread).ceil(),
        "covered {covered} of {SEEDS}"
    );
    // Nor too wide: the standardised errors' mean square is a χ²(40)/40, mean 1, standard
    // deviation √(2/40) = 0.22; within three of them an interval is neither too narrow nor
    // too wide.
    let mean_square = squared_errors / SEEDS as f64;
    let band = 3.0 * (2.0 / SEEDS as f64).sqrt();
    assert!(
        (mean_square - 1.0).abs() <= band,
        "mean squared standardised error {mean_square:.2}"
    );
}

#[test]
fn the_minimum_detectable_effect_shrinks_as_the_holdout_grows() {
    // The standard error goes as √((1 − h) ÷ h) for a hold-out share h: 4.4, 2 and 1 for 5%,
    // 20% and 50%, so the detectable effect falls by half at each step, far beyond noise.
    let effects: Vec<f64> = [0.05, 0.2, 0.5]
        .into_iter()
        .map(|share| {
            let test = report(&scenario(7, share))
                .holdout_test
                .expect("both groups have members");
            test.minimum_detectable_effect.units()
        })
        .collect();
    assert!(
        effects.windows(2).all(|w| w[1] < w[0] * 0.75),
        "{effects:?}"
    );
}
