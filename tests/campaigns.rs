//! Campaigns: audiences exact at their edges, budgets and limits never exceeded, and
//! incremental effects measured against the same members without the campaign.

use tierlab::engine::{run, Observer, Plan};
use tierlab::member::{Member, MonthEvents};
use tierlab::metrics::{monthly_rows, simulate};
use tierlab::rules::campaigns::{in_audience, MemberView};
use tierlab::scenario::Stage;
use tierlab::scenario::{
    campaign_presets, Audience, Campaign, Limits, Offer, Response, Scenario, Schedule, Trigger,
};

fn view(days_since_purchase: u32) -> MemberView<'static> {
    MemberView {
        stage: Stage::Growth,
        tier: 0,
        segment: "A",
        days_since_purchase,
        purchases: 3,
        spend_cents: 50_000,
        recent_spend_cents: [10_000, 20_000, 0, 0, 0, 0, 0, 0, 0, 0, 0, 20_000],
        points: 0,
        tenure_months: 4,
        birthday_this_month: false,
        join_month: 0,
    }
}

#[test]
fn last_purchase_30_to_60_days_ago_takes_days_30_and_60_not_29_or_61() {
    let audience = Audience::DaysSinceLastPurchase { min: 30, max: 60 };
    let inside: Vec<u32> = [29, 30, 60, 61]
        .into_iter()
        .filter(|d| in_audience(&audience, &view(*d)))
        .collect();
    assert_eq!(inside, [30, 60]);
}

#[test]
fn the_fresh_food_win_back_rule_needs_all_three_conditions() {
    let Some(win_back) = campaign_presets()
        .into_iter()
        .find(|c| c.name.contains("Win-back"))
    else {
        panic!("the win-back preset is missing");
    };
    let audience = &win_back.audience;
    assert!(in_audience(audience, &view(45)));
    assert!(!in_audience(
        audience,
        &MemberView {
            purchases: 2,
            ..view(45)
        }
    ));
    assert!(!in_audience(
        audience,
        &MemberView {
            spend_cents: 49_999,
            ..view(45)
        }
    ));
    assert!(in_audience(
        audience,
        &MemberView {
            spend_cents: 50_000,
            ..view(45)
        }
    ));
    assert!(!in_audience(audience, &view(61)));
}

#[test]
fn trailing_spend_counts_only_the_last_whole_months() {
    let audience = |months| Audience::TrailingSpend {
        months,
        min: 300.0,
        max: 1_000.0,
    };
    assert!(!in_audience(&audience(1), &view(10)), "¥100 last month");
    assert!(in_audience(&audience(2), &view(10)), "¥300 over two months");
    assert!(
        in_audience(&audience(11), &view(10)),
        "still ¥300 over eleven"
    );
    assert!(in_audience(&audience(12), &view(10)), "¥500 over twelve");
    let narrow = Audience::TrailingSpend {
        months: 12,
        min: 300.0,
        max: 499.99,
    };
    assert!(!in_audience(&narrow, &view(10)), "¥500 is above ¥499.99");
}

/// A small scenario with no tier effects on behaviour, so any change in purchases comes
/// from the campaign.
fn base() -> Scenario {
    let mut s = Scenario::default();
    s.horizon.months = 12;
    s.population.starting_members = 3_000;
    s.population.new_members_per_month = 100.0;
    for tier in &mut s.tiers.levels {
        tier.dropout_reduction = 0.0;
        tier.purchase_rate_uplift = 0.0;
    }
    s
}

fn coupon(response: Response, limits: Limits) -> Campaign {
    Campaign {
        name: "test coupon".into(),
        audience: Audience::Everyone,
        holdout_share: 0.2,
        offer: Offer::AmountOff {
            min_spend: 20.0,
            amount: 5.0,
        },
        gives_growth: false,
        schedule: Schedule {
            start_month: 0,
            end_month: 11,
            trigger: Trigger::EveryMonth,
            validity_days: 20,
        },
        limits,
        response,
    }
}

fn with(campaign: Campaign) -> Scenario {
    let mut s = base();
    s.campaigns.push(campaign);
    s
}

#[test]
fn a_campaign_whose_response_assumptions_are_all_zero_adds_nothing() {
    let results = simulate(&with(coupon(Response::default(), Limits::default())));
    let report = &results.campaigns[0];
    assert!(report.contacted > 0);
    assert_eq!(report.incremental_purchases, 0);
    assert_eq!(report.incremental_sales.cents(), 0);
    assert_eq!(report.offers_used, 0);
}

#[test]
fn coupons_used_on_purchases_that_would_have_happened_anyway_are_cost_without_revenue() {
    let response = Response {
        usage_share: 1.0,
        ..Response::default()
    };
    let results = simulate(&with(coupon(response, Limits::default())));
    let report = &results.campaigns[0];
    assert!(report.offers_used > 0);
    assert!(report.direct_cost.cents() > 0);
    assert_eq!(report.incremental_purchases, 0);
    assert_eq!(report.incremental_sales.cents(), 0);
    assert!(report.roi.is_some_and(|r| r < 0.0), "{:?}", report.roi);
}

#[test]
fn a_campaign_with_positive_uplift_adds_purchases() {
    let response = Response {
        purchase_rate_uplift: 0.5,
        dropout_reduction: 0.1,
        usage_share: 0.5,
    };
    let results = simulate(&with(coupon(response, Limits::default())));
    let report = &results.campaigns[0];
    assert!(
        report.incremental_purchases > 0,
        "{}",
        report.incremental_purchases
    );
    assert!(report.incremental_sales.cents() > 0);
    assert!(report.holdout_test.is_some());
}

#[test]
fn the_run_without_a_campaign_is_the_run_of_the_scenario_without_it_defined() {
    let response = Response {
        purchase_rate_uplift: 0.5,
        dropout_reduction: 0.1,
        usage_share: 0.5,
    };
    let mut two = base();
    two.campaigns
        .push(coupon(response.clone(), Limits::default()));
    let mut second = coupon(response, Limits::default());
    second.name = "second".into();
    second.holdout_share = 0.5;
    two.campaigns.push(second.clone());
    let mut only_second = base();
    only_second.campaigns.push(second);
    let switched_off = monthly_rows(Plan::new(&two).without_campaign(0), &mut |_| {});
    let never_defined = monthly_rows(Plan::new(&only_second), &mut |_| {});
    assert_eq!(switched_off, never_defined);
}

/// Records what each member received and what each campaign committed.
struct Spending {
    most_received: u32,
}

impl Observer for Spending {
    fn observe(&mut self, _month: u32, member: &Member, _e: &MonthEvents) {
        for offer in &member.offers {
            self.most_received = self.most_received.max(offer.received);
        }
    }
}

#[test]
fn budgets_and_per_member_limits_are_never_exceeded() {
    let limits = Limits {
        contact_cost: 0.1,
        budget_per_month: 1_000.0,
        per_member_limit: 3,
        ..Limits::default()
    };
    let response = Response {
        purchase_rate_uplift: 0.3,
        dropout_reduction: 0.0,
        usage_share: 0.8,
    };
    let scenario = with(coupon(response, limits));
    let results = simulate(&scenario);
    let report = &results.campaigns[0];
    assert!(
        report.months.iter().any(|m| m.capped > 0),
        "the budget never bound"
    );
    for month in &report.months {
        assert!(
            month.committed.units() <= 1_000.0,
            "month {}: {:?}",
            month.month,
            month.committed
        );
    }
    let committed: i64 = report.months.iter().map(|m| m.committed.cents()).sum();
    assert_eq!(
        committed,
        report.direct_cost.cents(),
        "every cost is committed to some month"
    );
    let mut spending = Spending { most_received: 0 };
    run(&Plan::new(&scenario), &mut spending, &mut |_| {});
    assert_eq!(spending.most_received, 3);
}

#[test]
fn a_total_budget_is_spread_evenly_over_the_campaigns_months() {
    let limits = Limits {
        contact_cost: 0.1,
        budget_total: 6_000.0,
        ..Limits::default()
    };
    let response = Response {
        usage_share: 1.0,
        ..Response::default()
    };
    let results = simulate(&with(coupon(response, limits)));
    let report = &results.campaigns[0];
    assert!(report.direct_cost.units() <= 6_000.0);
    assert!(report.months.iter().all(|m| m.committed.units() <= 500.0));
    assert!(
        report.months.iter().any(|m| m.capped > 0),
        "the budget never bound"
    );
}

#[test]
fn referred_members_join_the_month_after_through_the_referral_channel_with_their_rewards() {
    let mut s = base();
    s.referral = tierlab::scenario::Referral {
        referrals_per_month: 0.05,
        referrer_points: 100,
        referrer_cost: 2.0,
        new_member_points: 50,
        new_member_cost: 5.0,
    };
    let results = simulate(&s);
    let first = &results.months[0];
    assert_eq!(
        first.referred_members, 0,
        "nobody can have been referred before month 0"
    );
    assert!(first.referrals > 0);
    for pair in results.months.windows(2) {
        assert_eq!(
            pair[1].referred_members, pair[0].referrals,
            "month {}",
            pair[1].month
        );
    }
    let referred: u64 = results.months.iter().map(|m| m.referred_members).sum();
    let brought: u64 = results.months.iter().map(|m| m.referrals).sum();
    let cost: i64 = results.months.iter().map(|m| m.referral_cost.cents()).sum();
    assert_eq!(cost, (brought * 200 + referred * 500) as i64);
    let planned = tierlab::population::total_members(&s);
    assert_eq!(results.totals.enrolled, planned + referred);
    assert!(tierlab::metrics::check_ledgers(&results).is_empty());
}

#[test]
fn a_points_for_reward_discount_is_used_when_redeeming_within_its_points_budget() {
    let offer = Campaign {
        offer: Offer::RewardDiscount { share: 0.5 },
        limits: Limits {
            points_budget_total: 24_000,
            ..Limits::default()
        },
        ..coupon(Response::default(), Limits::default())
    };
    let results = simulate(&with(offer));
    let report = &results.campaigns[0];
    assert!(report.offers_used > 0);
    assert!(
        report.months.iter().any(|m| m.capped > 0),
        "the points budget never bound"
    );
    let saved: u64 = report.months.iter().map(|m| m.bonus_points).sum();
    assert!(saved > 0 && saved <= 24_000, "{saved}");
    assert!(tierlab::metrics::check_ledgers(&results).is_empty());
}
