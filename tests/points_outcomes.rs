//! Points as outcomes a finance reader can check, not as definitions: a tier's earn
//! multiplier shows in the points issued on what members paid; points expiring six months
//! after earning are all gone in the seventh and none sooner; a mall with no rewards
//! redeems nothing and owes nothing; the run-off of the points held at the horizon stops in
//! the first month under 1% of them are left, or after 60 months.
//!
//! These stand beside the "> 0" checks of `tests/ledgers.rs` (points issued, points
//! expired, a redemption rate between 0 and 1) with exact figures.

mod fixtures;

use fixtures::{simulate, steady_cohort, valid};
use tierlab::engine::{run, JoinDays, Observer, Plan};
use tierlab::member::{Member, MonthEvents};
use tierlab::metrics::{MonthRow, Results};
use tierlab::money::Money;
use tierlab::rules::points::HorizonPointsUse;
use tierlab::scenario::{Expiry, Scenario};

#[test]
fn a_tier_earning_one_and_a_half_times_issues_three_points_per_yuan_paid_at_two_points_a_yuan() {
    let mut s = steady_cohort(19_301);
    s.points.per_currency_unit = 2.0;
    s.tiers.levels[0].earn_multiplier = 1.5;
    s.tiers.levels[0].discount = 0.1;
    let results = simulate(&valid(s));
    let totals = &results.totals;
    // Points are earned on what was paid, after the tier discount, rounded down per
    // purchase: between 3 × paid − 1 a purchase and 3 × paid.
    let purchases = totals.first_purchases + totals.repeat_purchases;
    let most = 3 * totals.revenue.cents() as u64 / 100;
    assert!(
        totals.points_issued <= most && totals.points_issued + purchases >= most,
        "{} points issued on {:?} paid over {purchases} purchases",
        totals.points_issued,
        totals.revenue
    );
}

/// Points earned in each month, none redeemed (a plain tier never redeems), expiring six
/// months after the month they were earned.
fn expiring_after_six_months(seed: u64) -> Results {
    let mut s = steady_cohort(seed);
    s.horizon.months = 24;
    s.points.expiry = Expiry::MonthsAfterEarning { months: 6 };
    simulate(&valid(s))
}

fn issued(rows: &[MonthRow], months: std::ops::Range<usize>) -> u64 {
    rows.get(months)
        .map_or(0, |r| r.iter().map(|r| r.points_issued).sum())
}

#[test]
fn points_expire_at_the_end_of_the_sixth_month_after_the_month_they_were_earned() {
    let results = expiring_after_six_months(19_302);
    let rows = &results.months;
    for (m, row) in rows.iter().enumerate() {
        // Held at the end of month m: exactly what was earned in months m − 5 … m.
        assert_eq!(
            row.points_outstanding,
            issued(rows, m.saturating_sub(5)..m + 1),
            "month {m}"
        );
        // Expired at the end of month m: what was earned in month m − 6.
        let due = m.checked_sub(6).map_or(0, |e| rows[e].points_issued);
        assert_eq!(row.points_expired, due, "month {m}");
    }
    // After the horizon the last six months' points are gone within six months.
    let r = &results.runoff;
    assert_eq!(r.points_at_horizon, issued(rows, 18..24));
    assert_eq!(r.expired, r.points_at_horizon);
    assert_eq!(r.still_held, 0);
    assert!(r.months <= 6, "{} run-off months", r.months);
}

/// The default programme (three tiers redeeming 30% a month, a 500-point reward), small.
fn default_programme(seed: u64) -> Scenario {
    let mut s = Scenario::default();
    s.horizon.seed = seed;
    s.population.starting_members = 2_000;
    s.population.new_members_per_month = 100.0;
    s
}

#[test]
fn with_redemptions_nothing_is_held_past_the_expiry_and_the_runoff_ends_within_it() {
    let mut s = default_programme(19_303);
    s.points.expiry = Expiry::MonthsAfterEarning { months: 6 };
    let results = simulate(&valid(s));
    let rows = &results.months;
    assert!(results.totals.points_redeemed > 0);
    for (m, row) in rows.iter().enumerate() {
        assert!(
            row.points_outstanding <= issued(rows, m.saturating_sub(5)..m + 1),
            "month {m}: {} held, more than the last six months earned",
            row.points_outstanding
        );
    }
    let r = &results.runoff;
    assert_eq!(r.still_held, 0);
    assert_eq!(r.redeemed + r.expired, r.points_at_horizon);
    assert!(r.months <= 6, "{} run-off months", r.months);
}

#[test]
fn a_points_mall_with_no_rewards_redeems_nothing_and_owes_nothing() {
    let mut s = default_programme(19_304);
    s.points.rewards.clear();
    let results = simulate(&valid(s));
    let totals = &results.totals;
    assert!(totals.points_issued > 0);
    assert_eq!(totals.points_redeemed, 0);
    assert_eq!(totals.reward_cost.cents(), 0);
    assert_eq!(results.runoff.ultimate_redemption_rate, Some(0.0));
    assert_eq!(results.runoff.redeemed, 0);
    for row in &results.months {
        assert_eq!(row.rewards_redeemed, 0);
        assert_eq!(row.liability, Money(0), "month {}", row.month);
        assert_eq!(row.expected_breakage_points, row.points_outstanding);
    }
}

/// What happened to the horizon's points in each run-off month, over all members.
struct RunoffByMonth {
    used: Vec<u64>,
}

impl Observer for RunoffByMonth {
    fn observe(&mut self, _month: u32, _member: &Member, _e: &MonthEvents) {}

    fn observe_runoff(&mut self, k: u32, _member: &Member, used: HorizonPointsUse) {
        let k = k as usize;
        if self.used.len() <= k {
            self.used.resize(k + 1, 0);
        }
        self.used[k] += used.redeemed + used.expired;
    }
}

/// Points of the horizon still held after each run-off month.
fn left_by_month(scenario: &Scenario, at_horizon: u64) -> Vec<u64> {
    let mut observer = RunoffByMonth { used: Vec::new() };
    // Joining on the first of the month, as the fixtures' runs do.
    let plan = Plan::new(scenario).with_join_days(JoinDays::FirstOfMonth);
    run(&plan, &mut observer, &mut |_| {});
    let mut left = at_horizon;
    observer
        .used
        .iter()
        .map(|used| {
            left -= used;
            left
        })
        .collect()
}

#[test]
fn the_runoff_stops_in_the_first_month_with_under_one_percent_of_the_points_left() {
    // Members who never drop out and redeem a 500-point reward as soon as they can.
    let mut s = steady_cohort(19_305);
    s.tiers.levels[0].redemption_per_month = 1.0;
    let s = valid(s);
    let results = simulate(&s);
    let r = &results.runoff;
    assert_eq!(
        r.points_at_horizon,
        results.totals.points_outstanding_at_end
    );
    let left = left_by_month(&s, r.points_at_horizon);
    let under_one_percent = |held: u64| 100 * held < r.points_at_horizon;
    let first = left.iter().position(|l| under_one_percent(*l));
    assert_eq!(first.map(|k| k as u32 + 1), Some(r.months), "{left:?}");
    assert!(r.months < 60);
    assert_eq!(r.still_held, left[r.months as usize - 1]);
    assert_eq!(r.redeemed, r.points_at_horizon - r.still_held);
    let rate = r.redeemed as f64 / r.points_at_horizon as f64;
    assert_eq!(r.ultimate_redemption_rate, Some(rate));
    assert!(rate > 0.99);
}

#[test]
fn the_runoff_gives_up_after_sixty_months_and_counts_what_is_left_as_breakage() {
    // Most members drop out, and the points of those who did never expire: they stay.
    let mut s = steady_cohort(19_306);
    s.population.segments[0].behaviour = fixtures::behaviour(50.0, 450.0);
    s.tiers.levels[0].redemption_per_month = 0.5;
    let s = valid(s);
    let results = simulate(&s);
    let r = &results.runoff;
    assert_eq!(r.months, 60);
    let left = left_by_month(&s, r.points_at_horizon);
    assert!(left.len() <= 60);
    let still_held = left.last().copied().unwrap_or(r.points_at_horizon);
    assert_eq!(r.still_held, still_held);
    assert!(100 * r.still_held >= r.points_at_horizon, "{r:?}");
    assert_eq!(r.expired, 0, "points never expire");
    assert_eq!(r.redeemed + r.still_held, r.points_at_horizon);
    let breakage = r.ultimate_breakage_rate.expect("points were held");
    assert!((breakage - r.still_held as f64 / r.points_at_horizon as f64).abs() < 1e-12);
}
