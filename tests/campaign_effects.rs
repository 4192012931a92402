//! Campaign and referral effects at their stated size: a held offer with +30% purchases
//! adds 30% to the same members' purchases, one with 20% lower dropout keeps the share of
//! customers the survival curve says, a hold-out test measures the true incremental sales
//! within its sampling error, a coupon used on purchases that would have happened anyway
//! costs exactly its face value and returns −100%, and customers bring new members at the
//! referral rate.
//!
//! These stand beside the direction-only checks of `tests/campaigns.rs` (incremental
//! purchases > 0, a measured lift exists, ROI < 0, referrals > 0). The members are the
//! steady cohort of `fixtures`; tolerances are four standard errors from its closed forms.

mod fixtures;

use fixtures::{
    assert_purchases_raised_by, assert_survival_curve, horizon_purchases, simulate, spend_variance,
    steady_cohort, valid, MEMBERS, MONTHS, STANDARD_ERRORS,
};
use tierlab::money::Money;
use tierlab::scenario::{
    Audience, Campaign, Limits, Offer, Referral, Response, Scenario, Schedule, Trigger,
};

/// An offer to everyone at the start of every month, valid for 31 days (longer than any
/// month), so every member holds one all through the horizon: 满¥20减¥5.
fn always_held(response: Response, holdout_share: f64, validity_days: u32) -> Campaign {
    Campaign {
        name: "Always held".into(),
        audience: Audience::Everyone,
        holdout_share,
        offer: Offer::AmountOff {
            min_spend: 20.0,
            amount: 5.0,
        },
        gives_growth: false,
        schedule: Schedule {
            start_month: 0,
            end_month: MONTHS - 1,
            trigger: Trigger::EveryMonth,
            validity_days,
        },
        limits: Limits::default(),
        response,
    }
}

fn with_campaign(seed: u64, campaign: Campaign) -> Scenario {
    let mut s = steady_cohort(seed);
    s.campaigns.push(campaign);
    valid(s)
}

#[test]
fn a_held_offer_with_thirty_percent_more_purchases_adds_thirty_percent_to_the_same_members() {
    let response = Response {
        purchase_rate_uplift: 0.3,
        ..Response::default()
    };
    let results = simulate(&with_campaign(19_101, always_held(response, 0.0, 31)));
    let report = &results.campaigns[0];
    let with = results.totals.repeat_purchases as f64;
    assert_purchases_raised_by(with, with - report.incremental_purchases as f64, 0.3);
    // The campaign is the whole programme here: the run without it is the run under no
    // programme.
    assert_eq!(
        report.incremental_purchases,
        results.totals.incremental_purchases
    );
    assert_eq!(report.incremental_sales, results.totals.incremental_sales);
}

#[test]
fn a_held_offer_with_twenty_percent_lower_dropout_shows_in_the_survival_curve() {
    let (a, b) = (50.0, 450.0);
    let response = Response {
        dropout_reduction: 0.2,
        ..Response::default()
    };
    let mut s = steady_cohort(19_102);
    s.population.segments[0].behaviour = fixtures::behaviour(a, b);
    s.campaigns.push(always_held(response, 0.0, 31));
    assert_survival_curve(&simulate(&valid(s)), a, b, 0.2);
}

#[test]
fn a_hold_out_test_measures_the_true_incremental_sales_within_its_sampling_error() {
    let uplift = 0.3;
    let response = Response {
        purchase_rate_uplift: uplift,
        ..Response::default()
    };
    let results = simulate(&with_campaign(19_103, always_held(response, 0.5, 31)));
    let report = &results.campaigns[0];
    let last = report.months.last().expect("the campaign ran every month");
    // Everyone is in the audience from month 0, so the groups never change.
    assert_eq!(
        last.treated_members + last.holdout_members,
        u64::from(MEMBERS)
    );
    let treated = last.treated_members as f64;
    let held_out = last.holdout_members as f64;
    let half = f64::from(MEMBERS) / 2.0;
    let group_se = (f64::from(MEMBERS) * 0.25).sqrt();
    assert!(
        (treated - half).abs() < STANDARD_ERRORS * group_se,
        "{treated} treated"
    );

    // A treated member makes 1 + 1.3 m purchases, an untreated one 1 + m, at ¥100 each.
    let m = horizon_purchases();
    let var_treated = spend_variance(1.0 + m * (1.0 + uplift));
    let var_untreated = spend_variance(1.0 + m);
    let expected = treated * uplift * m * 100.0;
    let true_se = (treated * (var_treated + var_untreated)).sqrt();
    let incremental = report.incremental_sales.units();
    assert!(
        (incremental - expected).abs() < STANDARD_ERRORS * true_se,
        "true incremental sales ¥{incremental:.0}, expected ¥{expected:.0} ± {:.0}",
        STANDARD_ERRORS * true_se
    );
    // The hold-out estimate: (treated mean − hold-out mean) × treated members.
    let measured_se = treated * (var_treated / treated + var_untreated / held_out).sqrt();
    let measured = report
        .holdout_test
        .as_ref()
        .expect("a hold-out group was kept")
        .measured_incremental_sales
        .units();
    let se = (measured_se * measured_se + true_se * true_se).sqrt();
    assert!(
        (measured - incremental).abs() < STANDARD_ERRORS * se,
        "measured ¥{measured:.0} against true ¥{incremental:.0} ± {:.0}",
        STANDARD_ERRORS * se
    );
}

#[test]
fn coupons_used_on_purchases_that_would_have_happened_anyway_cost_their_face_value_and_return_minus_one(
) {
    let response = Response {
        usage_share: 1.0,
        ..Response::default()
    };
    let mut coupon = always_held(response, 0.2, 20);
    coupon.limits.contact_cost = 0.1;
    let results = simulate(&with_campaign(19_104, coupon));
    let report = &results.campaigns[0];
    let n = f64::from(MEMBERS);
    let first = &report.months[0];
    let held_out_share = first.held_out as f64 / n;
    let se = (0.2 * 0.8 / n).sqrt();
    assert!(
        (held_out_share - 0.2).abs() < STANDARD_ERRORS * se,
        "{held_out_share} held out"
    );
    for month in &report.months {
        // Everyone is eligible every month, the control group is fixed per member, and
        // with no budget nobody is capped.
        assert_eq!(month.eligible, u64::from(MEMBERS), "month {}", month.month);
        assert_eq!(month.held_out, first.held_out, "month {}", month.month);
        assert_eq!(month.capped, 0);
        assert_eq!(month.contacted, month.eligible - month.held_out);
        assert_eq!(month.face_value_used, Money(500 * month.offers_used as i64));
    }
    assert_eq!(report.contacted, u64::from(MONTHS) * first.contacted);
    assert!(report.offers_used <= report.contacted);
    // Each 满20减5 coupon used costs ¥5, each contact ¥0.10, and adds nothing.
    assert_eq!(
        report.direct_cost,
        Money(500 * report.offers_used as i64 + 10 * report.contacted as i64)
    );
    assert_eq!(report.incremental_purchases, 0);
    assert_eq!(report.incremental_sales.cents(), 0);
    assert_eq!(report.roi, Some(-1.0));
}

#[test]
fn customers_bring_new_members_at_the_referral_rate() {
    let mut s = steady_cohort(19_105);
    s.population.segments[0].behaviour = fixtures::behaviour(50.0, 450.0);
    s.referral = Referral {
        referrals_per_month: 0.05,
        ..Referral::default()
    };
    let results = simulate(&valid(s));
    // Each customer brings Poisson(0.05) new members a month: over all customer-months the
    // count is Poisson with mean 0.05 × Σ customers.
    let customer_months: u64 = results.months.iter().map(|r| r.alive).sum();
    let expected = 0.05 * customer_months as f64;
    let brought: u64 = results.months.iter().map(|r| r.referrals).sum();
    assert!(
        (brought as f64 - expected).abs() < STANDARD_ERRORS * expected.sqrt(),
        "{brought} new members brought, expected {expected:.0} ± {:.0}",
        STANDARD_ERRORS * expected.sqrt()
    );
    let joined: u64 = results.months.iter().map(|r| r.referred_members).sum();
    let last = results.months.last().map_or(0, |r| r.referrals);
    assert_eq!(joined, brought - last, "all but the last month's join");
}

/// The members a referral scheme (老带新) brings exist only in the Run with the programme:
/// the run under no programme has none of them. With no other effect on behaviour, the
/// scheme's incremental sales and purchases are exactly theirs: the Run with the scheme less
/// the same programme's Run without it (the planned members live the same lives in both).
#[test]
fn a_referral_schemes_incremental_sales_are_exactly_the_sales_of_the_members_it_brought() {
    let mut s = steady_cohort(19_106);
    s.population.segments[0].behaviour = fixtures::behaviour(50.0, 450.0);
    let without = simulate(&valid(s.clone()));
    s.referral = Referral {
        referrals_per_month: 0.05,
        ..Referral::default()
    };
    let with = simulate(&valid(s));
    let joined: u64 = with.months.iter().map(|r| r.referred_members).sum();
    assert!(joined >= 1_000, "{joined} members brought");
    let purchases = |r: &tierlab::metrics::Results| {
        (r.totals.first_purchases + r.totals.repeat_purchases) as i64
    };
    assert_eq!(without.totals.incremental_sales.cents(), 0);
    assert_eq!(without.totals.incremental_purchases, 0);
    assert_eq!(
        with.totals.incremental_sales,
        with.totals.gross_sales - without.totals.gross_sales
    );
    assert_eq!(
        with.totals.incremental_purchases,
        purchases(&with) - purchases(&without)
    );
    // Each member brought joins with their first purchase, and buys again.
    assert!(with.totals.incremental_purchases > joined as i64);
}
