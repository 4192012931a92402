//! How the money is counted (docs/scenario.md): a campaign's profit is what the run with it
//! makes beyond the run without it, every cost included; a reward's cash is credited
//! against its cost; the liability values a point at what the rewards imply unless the
//! scenario overrides it.

use tierlab::economics::CostPerPointBasis;
use tierlab::metrics::{check_ledgers, simulate, Results};
use tierlab::money::Money;
use tierlab::scenario::{preset, Reward, Scenario};

/// A preset cut down to a few thousand members (the intake too), so each run takes well
/// under a second while still reaching every campaign and tier.
fn small(id: &str) -> Scenario {
    let mut scenario = preset(id).unwrap_or_default();
    scenario.population.starting_members = 3_000;
    scenario.population.new_members_per_month = 100.0;
    scenario
}

fn balanced(results: &Results) -> &Results {
    let breaks = check_ledgers(results);
    assert!(breaks.is_empty(), "{breaks:#?}");
    results
}

#[test]
fn a_campaigns_profit_and_roi_are_the_money_rows_of_the_run_with_it_less_the_run_without_it() {
    // The hot-pot chain: a birthday coupon, and member-day double points whose offer costs
    // nothing itself but whose extra purchases earn tier discounts and points.
    let scenario = small("hotpot");
    let margin = scenario.economics.gross_margin;
    let with = simulate(&scenario);
    balanced(&with);
    for (c, report) in with.campaigns.iter().enumerate() {
        let mut removed = scenario.clone();
        removed.campaigns.remove(c);
        let without = simulate(&removed);
        balanced(&without);
        let (a, b) = (&with.totals, &without.totals);
        assert_eq!(
            with.opening_points_outstanding, without.opening_points_outstanding,
            "{}: campaigns start at month 0",
            report.name
        );
        // Both runs' points valued at the run with the campaign's expected cost per point.
        let held_without =
            Money::from_units(b.points_outstanding_at_end as f64 * a.expected_cost_per_point);
        let extra_liability = a.liability_at_end - held_without;
        let extra_cost = (a.programme_cost - b.programme_cost) + extra_liability;
        let extra_sales = a.gross_sales - b.gross_sales;
        let profit = Money::from_units(extra_sales.units() * margin) - extra_cost;
        assert_eq!(report.incremental_sales, extra_sales, "{}", report.name);
        assert_eq!(
            report.incremental_liability, extra_liability,
            "{}",
            report.name
        );
        assert_eq!(report.incremental_cost, extra_cost, "{}", report.name);
        assert_eq!(report.incremental_profit, profit, "{}", report.name);
        assert_eq!(
            report.roi,
            Some(profit.units() / extra_cost.units()),
            "{}",
            report.name
        );
        assert!(
            report.incremental_programme_cost > report.direct_cost,
            "{}: the extra purchases cost more than the offer itself ({:?} against {:?})",
            report.name,
            report.incremental_programme_cost,
            report.direct_cost
        );
    }
}

/// The default programme with one reward in the points mall.
fn with_reward(points: u32, cash: f64, cost: f64) -> Scenario {
    let mut s = Scenario::default();
    s.population.starting_members = 3_000;
    s.population.new_members_per_month = 100.0;
    s.points.rewards = vec![Reward {
        name: "reward".into(),
        points,
        cash,
        cost,
    }];
    s
}

#[test]
fn a_reward_partly_paid_in_cash_costs_the_programme_only_what_the_cash_does_not_cover() {
    // Two rewards that cost the company the same net ¥10: all points, or points + ¥50 cash
    // on a ¥60 item.
    let points_only = simulate(&with_reward(1_000, 0.0, 10.0));
    let points_and_cash = simulate(&with_reward(1_000, 50.0, 60.0));
    balanced(&points_and_cash);
    let (a, b) = (&points_only.totals, &points_and_cash.totals);
    assert!(b.reward_cash.cents() > 0, "members redeemed the reward");
    assert_eq!(b.reward_cost.cents(), 6 * a.reward_cost.cents());
    assert_eq!(a.programme_cost, b.programme_cost);
    assert_eq!(a.cost_per_point, b.cost_per_point);
    assert_eq!(a.liability_at_end, b.liability_at_end);
    assert_eq!(a.incremental_profit, b.incremental_profit);
    assert_eq!(a.roi, b.roi);
}

#[test]
fn without_an_override_the_liability_follows_what_the_redeemed_rewards_cost_net_of_cash() {
    let voucher = simulate(&with_reward(500, 0.0, 5.0));
    let dearer = simulate(&with_reward(500, 0.0, 10.0));
    let with_cash = simulate(&with_reward(500, 3.0, 8.0));
    for results in [&voucher, &dearer, &with_cash] {
        balanced(results);
        assert_eq!(
            results.totals.cost_per_point.basis,
            CostPerPointBasis::Redemptions
        );
    }
    // ¥5 for 500 points, and ¥8 less ¥3 cash for 500 points: a cent a point either way.
    assert!((voucher.totals.cost_per_point.value - 0.01).abs() < 1e-12);
    assert_eq!(
        voucher.totals.cost_per_point,
        with_cash.totals.cost_per_point
    );
    assert_eq!(
        voucher.totals.liability_at_end,
        with_cash.totals.liability_at_end
    );
    // A reward that costs twice as much doubles what a point costs and so the liability
    // (the members and their redemptions are the same), to within a cent of rounding.
    assert!((dearer.totals.cost_per_point.value - 0.02).abs() < 1e-12);
    let (cheap, dear) = (
        voucher.totals.liability_at_end,
        dearer.totals.liability_at_end,
    );
    assert!(cheap.cents() > 0);
    assert!(
        (dear.cents() - 2 * cheap.cents()).abs() <= 1,
        "{cheap:?} → {dear:?}"
    );
}

#[test]
fn with_no_redemption_the_catalogue_sets_the_cost_per_point() {
    let mut s = with_reward(500, 0.0, 5.0);
    s.points.rewards.push(Reward {
        name: "dearer".into(),
        points: 1_500,
        cash: 5.0,
        cost: 45.0,
    });
    for tier in &mut s.tiers.levels {
        tier.redemption_per_month = 0.0;
    }
    let totals = simulate(&s).totals;
    assert_eq!(totals.points_redeemed, 0);
    assert_eq!(totals.cost_per_point.basis, CostPerPointBasis::Catalogue);
    // (5 + 45 − 5) ÷ (500 + 1,500) = 0.0225 a point.
    assert!((totals.cost_per_point.value - 0.0225).abs() < 1e-12);
}

#[test]
fn moving_the_cost_per_point_override_moves_the_liability_and_profit_but_not_what_rewards_cost() {
    let mut low = with_reward(500, 0.0, 5.0);
    low.points.cost_per_point = Some(0.01);
    let mut high = low.clone();
    high.points.cost_per_point = Some(0.05);
    let (low, high) = (simulate(&low).totals, simulate(&high).totals);
    assert_eq!(high.cost_per_point.basis, CostPerPointBasis::Override);
    assert_eq!(high.cost_per_point.value, 0.05);
    assert_eq!(high.cost_per_point.implied, low.cost_per_point.implied);
    assert_eq!(high.programme_cost, low.programme_cost);
    let (a, b) = (low.liability_at_end, high.liability_at_end);
    assert!((b.cents() - 5 * a.cents()).abs() <= 2, "{a:?} → {b:?}");
    // Points cost the programme what they leave owed: the profit falls by the extra change
    // in the liability over the horizon.
    assert!(high.liability_change > low.liability_change);
    assert_eq!(
        low.incremental_profit - high.incremental_profit,
        high.liability_change - low.liability_change
    );
}
