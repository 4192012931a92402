//! The books balance every month, for every preset, every expiry policy and a programme that
//! gives away everything it can (`metrics::check_ledgers`). Each ledger compares two sides
//! the engine keeps apart: points issued where they are credited against what members'
//! accounts hold, what members paid at each purchase against gross sales less each
//! discount, and everything given away, added where it is given, against its parts recorded
//! beside it. So that no ledger holds only because a part is always zero, the programme
//! that gives everything shows every part.
//!
//! The run-off is checked on its outcome: the points still held when it stops are what an
//! observer reading members' accounts counts still held of their horizon points, and with
//! points that never expire, breakage is the share of them members still hold.

use std::collections::BTreeMap;

use tierlab::engine::{run, Observer, Plan};
use tierlab::member::{Member, MonthEvents};
use tierlab::metrics::{check_ledgers, simulate, Results};
use tierlab::rules::points::HorizonPointsUse;
use tierlab::scenario::{
    campaign_presets, preset, preset_names, validate, Expiry, History, Offer, Referral, Scenario,
};

/// A preset scaled down so the test runs fast, keeping its rules.
fn small(mut s: Scenario) -> Scenario {
    s.population.starting_members = s.population.starting_members.min(2_000);
    s.population.new_members_per_month = s.population.new_members_per_month.min(100.0);
    s
}

fn assert_balanced(s: &Scenario) -> Results {
    let results = simulate(s);
    let breaks = check_ledgers(&results);
    assert!(breaks.is_empty(), "{}: {breaks:#?}", s.name);
    assert!(
        results.totals.points_issued > 0,
        "{}: no points issued",
        s.name
    );
    results
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
        let results = assert_balanced(&s);
        assert!(
            results.opening_points_outstanding > 0,
            "{expiry:?}: warm-up earned no points"
        );
        if expiry != Expiry::Never {
            assert!(
                results.totals.points_expired > 0,
                "{expiry:?}: nothing expired"
            );
        }
    }
}

#[test]
fn every_preset_campaign_together_balances_every_month() {
    let mut s = small(Scenario::default());
    s.campaigns = campaign_presets();
    let results = assert_balanced(&s);
    assert!(
        results.campaigns.iter().all(|c| c.contacted > 0),
        "a campaign never reached anyone"
    );
    assert!(results.totals.campaign_cost.cents() > 0);
}

/// The hotel preset (tier discounts and benefits, rewards partly paid in cash, coupons with
/// contact costs), a welcome gift, and referral rewards with points and a cost on both
/// sides: every part of the programme cost.
fn giving_everything() -> Scenario {
    let mut s = small(preset("hotel").expect("the hotel preset"));
    let mut gift = campaign_presets().swap_remove(0);
    gift.name = "Welcome gift".into();
    gift.offer = Offer::Gift { cost: 15.0 };
    s.campaigns.push(gift);
    s.referral = Referral {
        referrals_per_month: 0.05,
        referrer_points: 200,
        referrer_cost: 5.0,
        new_member_points: 100,
        new_member_cost: 8.0,
    };
    let problems = validate(&s);
    assert!(problems.is_empty(), "{problems:#?}");
    s
}

#[test]
fn a_programme_giving_everything_it_can_balances_every_month_with_every_part_given() {
    let results = assert_balanced(&giving_everything());
    let t = &results.totals;
    let months = || results.campaigns.iter().flat_map(|c| &c.months);
    let gifts: i64 = months().map(|m| m.gift_cost.cents()).sum();
    let contacts: i64 = months().map(|m| m.contact_cost.cents()).sum();
    let sum = |f: fn(&tierlab::metrics::MonthRow) -> u64| results.months.iter().map(f).sum();
    let referral_cost: i64 = results.months.iter().map(|r| r.referral_cost.cents()).sum();
    let referred_members: u64 = sum(|r| r.referred_members);
    let referrals: u64 = sum(|r| r.referrals);
    let parts = [
        ("tier discounts", t.discounts.cents()),
        ("coupon discounts", t.coupon_discounts.cents()),
        ("gifts", gifts),
        ("contact costs", contacts),
        ("reward cost", t.reward_cost.cents()),
        ("reward cash", t.reward_cash.cents()),
        ("tier benefits", t.benefit_cost.cents()),
        ("referral rewards", referral_cost),
        ("referred members joined", referred_members as i64),
        ("referrals made", referrals as i64),
    ];
    for (part, amount) in parts {
        assert!(amount > 0, "no {part}: {parts:?}");
    }
}

/// Each member's points as their account holds them: what they held at the end of the
/// horizon, then how many of those they still hold after each run-off month. It reads the
/// accounts, not the month's events that the run's run-off figures are added up from.
struct HorizonPointsHeld {
    last_month: u32,
    by_member: BTreeMap<u64, Vec<u64>>,
}

impl Observer for HorizonPointsHeld {
    fn observe(&mut self, month: u32, member: &Member, _: &MonthEvents) {
        if month == self.last_month {
            self.by_member
                .insert(member.id, vec![member.points.balance()]);
        }
    }

    fn observe_runoff(&mut self, k: u32, member: &Member, _: HorizonPointsUse) {
        let held = self.by_member.entry(member.id).or_insert_with(|| vec![0]);
        assert_eq!(held.len(), k as usize + 1, "member {}", member.id);
        held.push(member.points.horizon_points());
    }
}

/// Points members held at the end of the horizon, and of those, what they still hold after
/// `months` run-off months (a member whose run-off ended sooner keeps what they held then).
fn horizon_points_held(scenario: &Scenario, months: u32) -> (u64, u64) {
    let mut observer = HorizonPointsHeld {
        last_month: scenario.horizon.months - 1,
        by_member: BTreeMap::new(),
    };
    run(&Plan::new(scenario), &mut observer, &mut |_| {});
    let accounts = observer.by_member.values();
    let at_horizon = accounts.clone().map(|held| held[0]).sum();
    let still_held = accounts
        .map(|held| *held.get(months as usize).or(held.last()).unwrap_or(&0))
        .sum();
    (at_horizon, still_held)
}

/// The default programme with points expiring on `expiry`.
fn default_expiring(expiry: Expiry) -> Scenario {
    let mut s = small(Scenario::default());
    s.points.expiry = expiry;
    s
}

#[test]
fn the_points_still_held_when_the_runoff_stops_are_what_members_accounts_still_hold() {
    // After 6 months without activity: the run-off redeems, expires and stops with a few
    // points left. Never: members who dropped out keep theirs past the 60 months.
    for expiry in [Expiry::AfterInactivity { months: 6 }, Expiry::Never] {
        let s = default_expiring(expiry.clone());
        let r = simulate(&s).runoff;
        let (at_horizon, still_held) = horizon_points_held(&s, r.months);
        assert_eq!(r.points_at_horizon, at_horizon, "{expiry:?}");
        assert_eq!(r.still_held, still_held, "{expiry:?}: {r:?}");
        assert!(r.still_held > 0 && r.redeemed > 0, "{expiry:?}: {r:?}");
        if expiry == Expiry::Never {
            assert_eq!(r.months, 60, "{r:?}");
        } else {
            assert!(r.expired > 0 && r.months < 60, "{expiry:?}: {r:?}");
        }
    }
}

#[test]
fn with_points_that_never_expire_breakage_is_the_share_of_the_horizons_points_still_held() {
    let s = default_expiring(Expiry::Never);
    let r = simulate(&s).runoff;
    let (at_horizon, still_held) = horizon_points_held(&s, r.months);
    let held_share = still_held as f64 / at_horizon as f64;
    let (Some(redemption), Some(breakage)) = (r.ultimate_redemption_rate, r.ultimate_breakage_rate)
    else {
        panic!("run-off gave no rates: {r:?}");
    };
    assert!((breakage - held_share).abs() < 1e-12, "{r:?}");
    assert!((redemption - (1.0 - held_share)).abs() < 1e-12, "{r:?}");
    assert!(breakage > 0.0 && redemption > 0.0, "{r:?}");
}
