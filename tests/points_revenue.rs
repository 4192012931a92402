//! Points revenue under IFRS 15 (customer options for additional goods, KPMG Example 10A):
//! the revenue deferred for the points stays on the books while points are outstanding and
//! expected to be redeemed, and a month's recognised revenue is never negative.

use tierlab::metrics::{check_ledgers, simulate};
use tierlab::scenario::{preset, Expiry, History, Scenario};

/// A shipped preset with a tenth of its members, keeping every rule.
fn shipped_at_a_tenth(name: &str) -> Scenario {
    let Some(mut s) = preset(name) else {
        panic!("preset {name} is missing");
    };
    s.population.starting_members /= 10;
    s.population.new_members_per_month /= 10.0;
    s
}

#[test]
fn deferred_points_revenue_stays_positive_while_points_are_expected_to_be_redeemed() {
    for name in ["cdnow", "fresh_food"] {
        let results = simulate(&shipped_at_a_tenth(name));
        let Some(rate) = results.runoff.ultimate_redemption_rate else {
            panic!("{name}: the run-off gave no redemption rate");
        };
        for row in &results.months {
            let still_expected = row.points_outstanding as f64 * rate;
            assert!(
                still_expected < 1.0 || row.revenue_recognition.deferred.cents() > 0,
                "{name}, month {}: {} points outstanding, {still_expected:.0} of them expected \
                 to be redeemed, yet deferred revenue is {:?}",
                row.month,
                row.points_outstanding,
                row.revenue_recognition.deferred,
            );
        }
    }
}

/// Small runs over many seeds, expiry policies and costs per point up to a billion.
fn fuzzed_runs() -> impl Iterator<Item = Scenario> {
    let expiries = [
        Expiry::Never,
        Expiry::MonthsAfterEarning { months: 6 },
        Expiry::AfterInactivity { months: 3 },
    ];
    (1..=12u64).flat_map(move |seed| {
        let expiries = expiries.clone();
        [0.01, 3.0, 1e9].into_iter().map(move |cost_per_point| {
            let mut s = Scenario::default();
            s.horizon.seed = seed;
            s.horizon.months = 24;
            s.population.starting_members = 150;
            s.population.new_members_per_month = 10.0;
            if seed % 2 == 0 {
                s.population.history = History::ExistingProgramme { warmup_months: 12 };
            }
            s.points.expiry = expiries[(seed % 3) as usize].clone();
            s.points.cost_per_point = Some(cost_per_point);
            s
        })
    })
}

#[test]
fn recognised_points_revenue_is_never_negative_over_many_seeds_and_a_cost_per_point_of_a_billion() {
    let mut reversals = 0;
    for s in fuzzed_runs() {
        let results = simulate(&s);
        for row in &results.months {
            let r = &row.revenue_recognition;
            assert!(
                r.recognised.cents() >= 0 && r.reversed.cents() >= 0,
                "seed {}, cost per point {:?}, month {}: recognised {:?}, reversed {:?}",
                s.horizon.seed,
                s.points.cost_per_point,
                row.month,
                r.recognised,
                r.reversed
            );
            reversals += u32::from(r.reversed.cents() > 0);
        }
        let breaks = check_ledgers(&results);
        assert!(breaks.is_empty(), "seed {}: {breaks:#?}", s.horizon.seed);
    }
    assert!(
        reversals > 0,
        "no run re-estimated downwards: reversals went untested"
    );
}
