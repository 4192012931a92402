//! Points rules at their edges: earning, pending points, redemption oldest first, and each
//! expiry policy.

use tierlab::calendar::Calendar;
use tierlab::random::{Key, Purpose, Stream};
use tierlab::rules::points::{best_affordable, earn, expire, redeem, PointsAccount};
use tierlab::scenario::{Expiry, Horizon, PointsRules, Reward};

fn rules(pending_months: u32, expiry: Expiry) -> PointsRules {
    PointsRules {
        per_currency_unit: 1.0,
        pending_months,
        expiry,
        rewards: vec![
            Reward {
                name: "small".into(),
                points: 100,
                cash: 0.0,
                cost: 1.0,
            },
            Reward {
                name: "large".into(),
                points: 250,
                cash: 5.0,
                cost: 3.0,
            },
        ],
        cost_per_point: None,
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

fn full_price(_points: u64) -> u64 {
    0
}

fn list_price(reward: &Reward) -> u64 {
    u64::from(reward.points)
}

fn always() -> Stream {
    Stream::new(&Key::new(1), 1, Purpose::Month, 0)
}

#[test]
fn points_are_earned_per_unit_paid_times_the_tier_multiplier_rounded_down() {
    let r = rules(0, Expiry::Never);
    let mut a = PointsAccount::default();
    assert_eq!(earn(&mut a, &r, 1.5, 10_099, 0), 151);
    assert_eq!(a.balance(), 151);
}

#[test]
fn pending_points_cannot_be_redeemed_until_the_pending_months_pass() {
    let r = rules(2, Expiry::Never);
    let mut a = PointsAccount::default();
    earn(&mut a, &r, 1.0, 30_000, 3);
    assert_eq!(a.available(4, 2), 0);
    assert!(redeem(&mut a, &r, 1.0, full_price, 4, &mut always()).is_none());
    assert_eq!(a.available(5, 2), 300);
    let done = redeem(&mut a, &r, 1.0, full_price, 5, &mut always());
    assert_eq!(
        done.map(|d| d.points),
        Some(250),
        "takes the most valuable affordable reward"
    );
}

#[test]
fn the_member_takes_the_most_valuable_reward_the_balance_covers() {
    let r = rules(0, Expiry::Never);
    assert_eq!(
        best_affordable(&r.rewards, 99, list_price).map(|x| x.points),
        None
    );
    assert_eq!(
        best_affordable(&r.rewards, 100, list_price).map(|x| x.points),
        Some(100)
    );
    assert_eq!(
        best_affordable(&r.rewards, 250, list_price).map(|x| x.points),
        Some(250)
    );
}

#[test]
fn points_expire_n_months_after_earning_oldest_first() {
    let expiry = Expiry::MonthsAfterEarning { months: 12 };
    let r = rules(0, expiry.clone());
    let c = calendar();
    let mut a = PointsAccount::default();
    earn(&mut a, &r, 1.0, 10_000, 0);
    earn(&mut a, &r, 1.0, 20_000, 1);
    assert_eq!(
        expire(&mut a, &expiry, &c, 11).0,
        0,
        "not yet at the end of month 11"
    );
    assert_eq!(
        expire(&mut a, &expiry, &c, 12).0,
        100,
        "month 0's points go at the end of month 12"
    );
    assert_eq!(a.balance(), 200);
    assert_eq!(expire(&mut a, &expiry, &c, 13).0, 200);
}

#[test]
fn redemption_uses_the_oldest_points_first() {
    let expiry = Expiry::MonthsAfterEarning { months: 12 };
    let r = rules(0, expiry.clone());
    let c = calendar();
    let mut a = PointsAccount::default();
    earn(&mut a, &r, 1.0, 20_000, 0);
    earn(&mut a, &r, 1.0, 20_000, 1);
    redeem(&mut a, &r, 1.0, full_price, 2, &mut always());
    assert_eq!(a.balance(), 150);
    assert_eq!(
        expire(&mut a, &expiry, &c, 12).0,
        0,
        "month 0's lot was used first"
    );
    assert_eq!(expire(&mut a, &expiry, &c, 13).0, 150);
}

#[test]
fn points_earned_in_a_year_expire_at_the_end_of_the_next_year() {
    let expiry = Expiry::EndOfNextYear;
    let r = rules(0, expiry.clone());
    let c = calendar();
    let mut a = PointsAccount::default();
    earn(&mut a, &r, 1.0, 10_000, 0);
    earn(&mut a, &r, 1.0, 10_000, 11);
    earn(&mut a, &r, 1.0, 10_000, 12);
    assert_eq!(
        expire(&mut a, &expiry, &c, 11).0,
        0,
        "December 2026 keeps 2026's points"
    );
    assert_eq!(
        expire(&mut a, &expiry, &c, 22).0,
        0,
        "November 2027 is not a year end"
    );
    assert_eq!(
        expire(&mut a, &expiry, &c, 23).0,
        200,
        "December 2027 expires 2026's points"
    );
    assert_eq!(a.balance(), 100);
}

#[test]
fn the_whole_balance_expires_after_n_months_without_activity() {
    let expiry = Expiry::AfterInactivity { months: 6 };
    let r = rules(0, expiry.clone());
    let c = calendar();
    let mut a = PointsAccount::default();
    earn(&mut a, &r, 1.0, 10_000, 0);
    earn(&mut a, &r, 1.0, 10_000, 3);
    assert_eq!(expire(&mut a, &expiry, &c, 8).0, 0, "five quiet months");
    assert_eq!(
        expire(&mut a, &expiry, &c, 9).0,
        200,
        "the sixth quiet month ends"
    );
    assert_eq!(a.balance(), 0);
}

#[test]
fn a_redemption_counts_as_activity() {
    let expiry = Expiry::AfterInactivity { months: 6 };
    let r = rules(0, expiry.clone());
    let c = calendar();
    let mut a = PointsAccount::default();
    earn(&mut a, &r, 1.0, 30_000, 0);
    redeem(&mut a, &r, 1.0, full_price, 5, &mut always());
    assert_eq!(expire(&mut a, &expiry, &c, 10).0, 0);
    assert_eq!(expire(&mut a, &expiry, &c, 11).0, 50);
}

#[test]
fn never_expiring_points_stay() {
    let r = rules(0, Expiry::Never);
    let c = calendar();
    let mut a = PointsAccount::default();
    earn(&mut a, &r, 1.0, 10_000, 0);
    assert_eq!(expire(&mut a, &Expiry::Never, &c, 119).0, 0);
    assert_eq!(a.balance(), 100);
}

#[test]
fn a_points_for_reward_discount_lowers_the_price_so_a_dearer_reward_is_affordable() {
    let r = rules(0, Expiry::Never);
    let mut a = PointsAccount::default();
    earn(&mut a, &r, 1.0, 15_000, 0);
    let half_off = |points: u64| tierlab::rules::campaigns::points_off(points, 0.5);
    let done = redeem(&mut a, &r, 1.0, half_off, 1, &mut always());
    assert_eq!(
        done.map(|d| (d.points, d.saved)),
        Some((125, 125)),
        "the 250-point reward for 125"
    );
    assert_eq!(a.balance(), 25);
}

/// The most a point held can be worth (what the run's limit on the points members hold
/// values them at): the planner's cost per point when set, otherwise the dearest reward's
/// (cost − cash) ÷ points, a reward of no points left out; nothing with no rewards.
#[test]
fn a_point_held_is_worth_at_most_the_dearest_rewards_cost_per_point() {
    use tierlab::economics::highest_cost_per_point;
    let reward = |points, cash, cost| Reward {
        name: format!("{points} points"),
        points,
        cash,
        cost,
    };
    let mut points = rules(0, Expiry::Never);
    points.rewards = vec![
        reward(500, 0.0, 5.0),   // ¥0.01 a point
        reward(100, 1.0, 3.0),   // ¥0.02 a point: the dearest
        reward(0, 0.0, 40.0),    // no points: not a price of points
        reward(1_000, 0.0, 4.0), // ¥0.004 a point
    ];
    assert_eq!(highest_cost_per_point(&points), 0.02);
    points.cost_per_point = Some(0.5);
    assert_eq!(highest_cost_per_point(&points), 0.5);
    points.cost_per_point = None;
    points.rewards.clear();
    assert_eq!(highest_cost_per_point(&points), 0.0);
}
