//! What the programme is worth and what it gives away, in figures a finance reader can
//! check: with no effect on behaviour its incremental sales are exactly zero and its return
//! is −100% (of the programme cost plus the liability its points leave); with +10%
//! purchases its incremental sales are 10% of the members' own
//! purchases at their order value, and the return is (incremental sales × margin − cost) ÷
//! cost; a 10% tier discount gives away 10% of gross sales to the cent per purchase; tier
//! benefits cost their monthly price per active member.
//!
//! These replace "> 0" with sizes: the incremental figures come from a run of the same
//! members with the same draws under no programme, so "no effect" must give exactly zero.

mod fixtures;

use fixtures::{
    horizon_purchases, simulate, spend_variance, steady_cohort, valid, MEMBERS, STANDARD_ERRORS,
};
use tierlab::metrics::Results;
use tierlab::money::Money;
use tierlab::scenario::Scenario;

/// The default programme (three tiers with earn multipliers, a 5% Gold discount and a
/// points mall), a tier benefit on Silver, and no effect on behaviour anywhere.
fn programme_without_effects() -> Scenario {
    let mut s = Scenario::default();
    s.horizon.months = 24;
    s.horizon.seed = 19_201;
    s.population.starting_members = 3_000;
    s.population.new_members_per_month = 100.0;
    s.tiers.levels[1].benefit_cost_per_month = 1.5;
    for tier in &s.tiers.levels {
        assert_eq!(tier.purchase_rate_uplift, 0.0);
        assert_eq!(tier.dropout_reduction, 0.0);
    }
    assert_eq!(s.goal_gradient.purchase_rate_uplift, 0.0);
    assert!(s.campaigns.is_empty());
    valid(s)
}

/// Programme cost as the sum of what it gives away (no campaigns, no referrals here).
fn given_away(results: &Results) -> Money {
    let t = &results.totals;
    t.discounts + t.reward_cost + t.benefit_cost
}

#[test]
fn with_no_effect_on_behaviour_incremental_sales_are_exactly_zero_and_the_return_is_minus_one() {
    let results = simulate(&programme_without_effects());
    let totals = &results.totals;
    assert!(totals.discounts.cents() > 0 && totals.reward_cost.cents() > 0);
    assert!(totals.benefit_cost.cents() > 0);
    assert_eq!(totals.programme_cost, given_away(&results));
    assert_eq!(totals.incremental_sales.cents(), 0);
    assert_eq!(totals.incremental_purchases, 0);
    for row in &results.months {
        assert_eq!(row.incremental_sales.cents(), 0, "month {}", row.month);
        assert_eq!(row.incremental_purchases, 0, "month {}", row.month);
        assert_eq!(row.incremental_active, 0, "month {}", row.month);
    }
    // Points are a cost when earned: the cost is what it gives away plus the liability the
    // points still held leave, and with no sales gained all of it is lost.
    assert!(totals.liability_change.cents() > 0);
    assert_eq!(
        totals.incremental_cost,
        totals.programme_cost + totals.liability_change
    );
    assert_eq!(
        totals.incremental_profit,
        Money(-totals.incremental_cost.cents())
    );
    assert_eq!(totals.roi, Some(-1.0));
}

#[test]
fn ten_percent_more_purchases_earn_ten_percent_more_sales_and_the_return_is_margin_on_them_less_cost(
) {
    let uplift = 0.1;
    let mut s = steady_cohort(19_202);
    s.tiers.levels[0].purchase_rate_uplift = uplift;
    s.tiers.levels[0].discount = 0.05;
    s.tiers.levels[0].benefit_cost_per_month = 2.0;
    s.economics.gross_margin = 0.4;
    let results = simulate(&valid(s));
    let totals = &results.totals;

    // Incremental sales: u × m extra purchases a member at ¥100, against two runs of
    // 1 + (1 + u)m and 1 + m purchases.
    let n = f64::from(MEMBERS);
    let m = horizon_purchases();
    let expected = n * uplift * m * 100.0;
    let se = (n * (spend_variance(1.0 + m * (1.0 + uplift)) + spend_variance(1.0 + m))).sqrt();
    let incremental = totals.incremental_sales.units();
    assert!(
        (incremental - expected).abs() < STANDARD_ERRORS * se,
        "incremental sales ¥{incremental:.0}, expected ¥{expected:.0} ± {:.0}",
        STANDARD_ERRORS * se
    );

    // Cost: the discounts plus ¥2 per active member per month, nothing else.
    let active_months: u64 = results.months.iter().map(|r| r.active).sum();
    assert_eq!(totals.benefit_cost, Money(200 * active_months as i64));
    assert_eq!(totals.programme_cost, given_away(&results));

    // The points still held are a cost too (the liability they leave).
    assert_eq!(
        totals.incremental_cost,
        totals.programme_cost + totals.liability_change
    );
    let cost = totals.incremental_cost.units();
    assert_eq!(
        totals.incremental_profit,
        Money::from_units(incremental * 0.4) - totals.incremental_cost
    );
    // The return on that cost, from the profit to the cent.
    let profit = totals.incremental_profit.units();
    let roi = totals.roi.expect("the programme cost something");
    assert!(
        (roi - profit / cost).abs() < 1e-12,
        "ROI {roi} against (¥{incremental:.2} × 40% − ¥{cost:.2}) ÷ ¥{cost:.2}"
    );
}

#[test]
fn a_ten_percent_tier_discount_gives_away_ten_percent_of_gross_sales_to_the_cent_per_purchase() {
    let mut s = steady_cohort(19_203);
    s.tiers.levels[0].discount = 0.10;
    let results = simulate(&valid(s));
    let totals = &results.totals;
    let purchases = (totals.first_purchases + totals.repeat_purchases) as i64;
    // Each purchase's discount is rounded to the cent: at most half a cent off 10%.
    let exact = totals.gross_sales.cents() as f64 * 0.10;
    let rounding = (totals.discounts.cents() as f64 - exact).abs();
    assert!(
        rounding <= 0.5 * purchases as f64,
        "discounts {:?} against 10% of {:?} ({purchases} purchases)",
        totals.discounts,
        totals.gross_sales
    );
    assert_eq!(totals.revenue, totals.gross_sales - totals.discounts);
    // A discount changes no one's behaviour: it is cost without incremental sales.
    assert_eq!(totals.incremental_sales.cents(), 0);
    assert_eq!(totals.programme_cost, totals.discounts);
    assert_eq!(totals.roi, Some(-1.0));
}

/// Return on cost divides by what the programme cost beyond no programme: where that is
/// nothing (or the programme saved more than it gave away) there is no return to show (the
/// page's "—"), never an infinite or undefined ratio.
#[test]
fn a_programme_that_costs_nothing_has_no_return_on_cost() {
    let mut s = programme_without_effects();
    for tier in &mut s.tiers.levels {
        tier.discount = 0.0;
        tier.benefit_cost_per_month = 0.0;
    }
    s.points.per_currency_unit = 0.0;
    let results = simulate(&valid(s));
    let totals = &results.totals;
    assert!(
        totals.repeat_purchases > 1_000,
        "members bought ({})",
        totals.repeat_purchases
    );
    assert_eq!(totals.programme_cost.cents(), 0);
    assert_eq!(totals.incremental_cost.cents(), 0);
    assert_eq!(totals.roi, None);

    let (profit, cost) = (Money::from_units(50.0), Money::from_units(200.0));
    assert_eq!(tierlab::economics::roi(profit, cost), Some(0.25));
    assert_eq!(
        tierlab::economics::roi(profit, Money::from_units(0.01)),
        Some(5_000.0)
    );
    assert_eq!(
        tierlab::economics::roi(profit, Money::from_units(0.0)),
        None
    );
    assert_eq!(
        tierlab::economics::roi(profit, Money::from_units(-10.0)),
        None
    );
}
