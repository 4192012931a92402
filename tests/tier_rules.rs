//! Tier rules at their edges: thresholds, each qualification basis, reviews, downgrades and
//! grace.

use tierlab::calendar::Calendar;
use tierlab::rules::tiers::{
    review, review_due, tier_for_growth, upgrade, use_grace, Move, TierStanding,
};
use tierlab::scenario::{DowngradePolicy, Horizon, QualificationBasis, Tier, TierRules};

fn tier(name: &str, threshold: u32, keep: u32) -> Tier {
    Tier {
        keep_threshold: keep,
        ..Tier::plain(name, threshold)
    }
}

/// The hotel platform's ladder: regular, silver 2,000, gold 10,000, platinum 20,000,
/// diamond 50,000; keeping a tier takes half its threshold.
fn ladder(basis: QualificationBasis, downgrade: DowngradePolicy, grace_months: u32) -> TierRules {
    TierRules {
        basis,
        downgrade,
        grace_months,
        levels: vec![
            tier("Regular", 0, 0),
            tier("Silver", 2_000, 1_000),
            tier("Gold", 10_000, 5_000),
            tier("Platinum", 20_000, 10_000),
            tier("Diamond", 50_000, 25_000),
        ],
    }
}

fn calendar() -> Calendar {
    Calendar::new(&Horizon {
        months: 36,
        seed: 1,
        start_year: 2026,
        start_month: 1,
    })
}

fn member_with(rules: &TierRules, month: i32, growth: u64) -> TierStanding {
    let mut s = TierStanding::new();
    s.start_month(rules.basis, &calendar(), month, 0);
    s.add_growth(month, growth);
    upgrade(&mut s, rules);
    s
}

#[test]
fn member_at_9999_growth_is_silver_and_at_10000_gold() {
    let rules = ladder(QualificationBasis::Lifetime, DowngradePolicy::OneTier, 0);
    assert_eq!(tier_for_growth(&rules.levels, 9_999), 1);
    assert_eq!(tier_for_growth(&rules.levels, 10_000), 2);
    assert_eq!(member_with(&rules, 0, 9_999).tier, 1);
    assert_eq!(member_with(&rules, 0, 10_000).tier, 2);
}

#[test]
fn upgrade_is_immediate_and_jumps_to_the_highest_tier_reached() {
    let rules = ladder(QualificationBasis::Lifetime, DowngradePolicy::OneTier, 0);
    let mut s = TierStanding::new();
    s.add_growth(0, 1_999);
    assert_eq!(upgrade(&mut s, &rules), None);
    s.add_growth(0, 20_001);
    assert_eq!(upgrade(&mut s, &rules), Some(Move { from: 0, to: 3 }));
    assert_eq!(s.tier, 3);
}

#[test]
fn lifetime_basis_never_reviews() {
    let c = calendar();
    assert!((0..36).all(|m| !review_due(QualificationBasis::Lifetime, &c, m, 0)));
}

#[test]
fn rolling_basis_forgets_growth_older_than_12_months() {
    let rules = ladder(
        QualificationBasis::Rolling12Months,
        DowngradePolicy::OneTier,
        0,
    );
    let c = calendar();
    let mut s = TierStanding::new();
    s.start_month(rules.basis, &c, 0, 0);
    s.add_growth(0, 10_000);
    for month in 1..=11 {
        s.start_month(rules.basis, &c, month, 0);
        assert_eq!(s.qualifying_growth(rules.basis), 10_000, "month {month}");
    }
    s.start_month(rules.basis, &c, 12, 0);
    assert_eq!(s.qualifying_growth(rules.basis), 0);
    assert_eq!(s.lifetime_growth, 10_000);
}

#[test]
fn calendar_year_basis_reviews_in_december_and_restarts_in_january() {
    let rules = ladder(
        QualificationBasis::CalendarYear,
        DowngradePolicy::OneTier,
        0,
    );
    let c = calendar();
    assert!(review_due(rules.basis, &c, 11, 0));
    assert!(!review_due(rules.basis, &c, 10, 0));
    let mut s = member_with(&rules, 5, 12_000);
    s.start_month(rules.basis, &c, 11, 0);
    assert_eq!(s.qualifying_growth(rules.basis), 12_000);
    s.start_month(rules.basis, &c, 12, 0);
    assert_eq!(s.qualifying_growth(rules.basis), 0);
}

#[test]
fn membership_year_basis_reviews_at_each_anniversary() {
    let rules = ladder(
        QualificationBasis::MembershipYear,
        DowngradePolicy::OneTier,
        0,
    );
    let c = calendar();
    let joined = 4;
    let due: Vec<i32> = (joined..40)
        .filter(|m| review_due(rules.basis, &c, *m, joined))
        .collect();
    assert_eq!(due, [15, 27, 39]);
    let mut s = TierStanding::new();
    s.start_month(rules.basis, &c, joined, joined);
    s.add_growth(joined, 3_000);
    s.start_month(rules.basis, &c, 15, joined);
    assert_eq!(s.qualifying_growth(rules.basis), 3_000);
    s.start_month(rules.basis, &c, 16, joined);
    assert_eq!(s.qualifying_growth(rules.basis), 0);
}

#[test]
fn gold_member_below_keep_threshold_falls_one_tier() {
    let rules = ladder(
        QualificationBasis::Rolling12Months,
        DowngradePolicy::OneTier,
        0,
    );
    let mut s = member_with(&rules, 0, 20_000);
    assert_eq!(s.tier, 3);
    let mut s2 = TierStanding::new();
    s2.tier = 3;
    s2.add_growth(0, 9_999);
    let outcome = review(&mut s2, &rules);
    assert_eq!(outcome.moved, Some(Move { from: 3, to: 2 }));
    assert_eq!(outcome.keep_threshold, 10_000);
    let outcome = review(&mut s, &rules);
    assert_eq!(
        outcome.moved, None,
        "exactly at the keep threshold keeps the tier"
    );
}

#[test]
fn downgrade_to_qualified_tier_lands_where_growth_meets_the_keep_threshold() {
    let rules = ladder(
        QualificationBasis::Rolling12Months,
        DowngradePolicy::ToQualifiedTier,
        0,
    );
    let mut s = TierStanding::new();
    s.tier = 4;
    s.add_growth(0, 1_000);
    assert_eq!(review(&mut s, &rules).moved, Some(Move { from: 4, to: 1 }));
    let mut s = TierStanding::new();
    s.tier = 4;
    s.add_growth(0, 999);
    assert_eq!(review(&mut s, &rules).moved, Some(Move { from: 4, to: 0 }));
}

#[test]
fn no_downgrade_policy_keeps_the_tier() {
    let rules = ladder(
        QualificationBasis::Rolling12Months,
        DowngradePolicy::None,
        0,
    );
    let mut s = TierStanding::new();
    s.tier = 2;
    assert_eq!(review(&mut s, &rules).moved, None);
    assert_eq!(s.tier, 2);
}

#[test]
fn grace_keeps_the_tier_for_the_grace_months_then_downgrades() {
    let rules = ladder(
        QualificationBasis::Rolling12Months,
        DowngradePolicy::OneTier,
        2,
    );
    let mut s = TierStanding::new();
    s.tier = 2;
    let outcome = review(&mut s, &rules);
    assert!(outcome.grace_started);
    assert!(!outcome.passed);
    assert_eq!(outcome.grace_months_left, 2);
    assert_eq!(s.tier, 2);
    assert_eq!(use_grace(&mut s), None);
    assert_eq!(s.tier, 2, "one month of grace used");
    let in_grace = review(&mut s, &rules);
    assert_eq!(in_grace.moved, None, "no second downgrade while in grace");
    assert!(!in_grace.passed, "still below the keep threshold: failed");
    assert_eq!(in_grace.grace_months_left, 1);
    assert_eq!(use_grace(&mut s), Some(Move { from: 2, to: 1 }));
}

#[test]
fn requalifying_during_grace_cancels_the_downgrade() {
    let rules = ladder(
        QualificationBasis::Rolling12Months,
        DowngradePolicy::OneTier,
        2,
    );
    let mut s = TierStanding::new();
    s.tier = 2;
    review(&mut s, &rules);
    s.add_growth(1, 5_000);
    assert_eq!(upgrade(&mut s, &rules), None);
    assert_eq!(s.grace_left, 0);
    assert_eq!(use_grace(&mut s), None);
    assert_eq!(s.tier, 2);
}
