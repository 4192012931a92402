//! The books balance every month, for every preset and every expiry policy: points issued =
//! redeemed + expired + change in outstanding; members joined = still customers + dropped
//! out; revenue = gross sales − discounts; programme cost = rewards + benefits; totals are
//! the sums of the months.

use tierlab::metrics::{check_ledgers, simulate};
use tierlab::scenario::{campaign_presets, preset, preset_names, Expiry, History, Scenario};

/// A preset scaled down so the test runs fast, keeping its rules.
fn small(mut s: Scenario) -> Scenario {
    s.population.starting_members = s.population.starting_members.min(2_000);
    s.population.new_members_per_month = s.population.new_members_per_month.min(100.0);
    s
}

fn assert_balanced(s: &Scenario) {
    let results = simulate(s);
    let breaks = check_ledgers(&results);
    assert!(breaks.is_empty(), "{}: {breaks:#?}", s.name);
    assert!(
        results.totals.points_issued > 0,
        "{}: no points issued",
        s.name
    );
}

#[test]
fn every_preset_balances_every_month() {
    for name in preset_names() {
        let scenario = preset(name).map(small);
        assert!(scenario.is_some(), "preset {name} is listed but missing");
        if let Some(s) = scenario {
            assert_balanced(&s);
        }
    }
}

#[test]
fn every_expiry_policy_balances_every_month_in_an_existing_programme() {
    for expiry in [
        Expiry::Never,
        Expiry::MonthsAfterEarning { months: 6 },
        Expiry::EndOfNextYear,
        Expiry::AfterInactivity { months: 3 },
    ] {
        let mut s = small(Scenario::default());
        s.population.history = History::ExistingProgramme { warmup_months: 24 };
        s.points.pending_months = 1;
        s.points.expiry = expiry.clone();
        let results = simulate(&s);
        assert!(
            results.opening_points_outstanding > 0,
            "{expiry:?}: warm-up earned no points"
        );
        assert_balanced(&s);
        if expiry != Expiry::Never {
            assert!(
                results.totals.points_expired > 0,
                "{expiry:?}: nothing expired"
            );
        }
    }
}

#[test]
fn breakage_and_redemption_rates_from_the_runoff_add_up_to_one() {
    let results = simulate(&small(Scenario::default()));
    let r = &results.runoff;
    assert_eq!(r.redeemed + r.expired + r.still_held, r.points_at_horizon);
    let (Some(redemption), Some(breakage)) = (r.ultimate_redemption_rate, r.ultimate_breakage_rate)
    else {
        panic!("run-off gave no rates: {r:?}");
    };
    assert!((redemption + breakage - 1.0).abs() < 1e-12);
    assert!(redemption > 0.0 && redemption < 1.0);
}

#[test]
fn every_preset_campaign_together_balances_every_month() {
    let mut s = small(Scenario::default());
    s.campaigns = campaign_presets();
    let results = simulate(&s);
    assert!(
        results.campaigns.iter().all(|c| c.contacted > 0),
        "a campaign never reached anyone"
    );
    assert!(results.totals.campaign_cost.cents() > 0);
    assert_balanced(&s);
}
