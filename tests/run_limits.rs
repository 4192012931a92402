//! Numbers that would not fit: every points, money and count field has a bound that keeps a
//! run's totals exact, referred members count towards the most a tab holds, and a run that
//! passes a limit all the same stops with a problem at the field to change — never a total
//! wrapped around, never members silently left out.

use std::process::Command;

use tierlab::engine::{RunStop, MAX_MEMBERS};
use tierlab::metrics::simulate;
use tierlab::scenario::{
    campaign_presets, preset, validate, Offer, Problem, Scenario, Trigger, Wording,
};

fn paths(problems: &[Problem]) -> Vec<&str> {
    problems.iter().map(|p| p.path.as_str()).collect()
}

/// The CDNOW preset, small: `members` starting members, no intake, `months` months.
fn small(members: u32, months: u32) -> Scenario {
    let mut scenario = preset("cdnow").expect("the CDNOW preset");
    scenario.population.starting_members = members;
    scenario.population.new_members_per_month = 0.0;
    scenario.horizon.months = months;
    scenario
}

/// A campaign giving `points` bonus points with the next purchase, every month.
fn bonus(name: &str, points: u64) -> tierlab::scenario::Campaign {
    let mut campaign = campaign_presets().remove(0);
    campaign.name = name.into();
    campaign.offer = Offer::BonusPoints { points };
    campaign.schedule.trigger = Trigger::EveryMonth;
    campaign.holdout_share = 0.0;
    campaign.response.usage_share = 1.0;
    campaign
}

#[test]
fn points_and_money_beyond_their_bounds_are_refused_at_their_fields() {
    let mut scenario = small(1_000, 12);
    scenario.referral.referrals_per_month = 0.01;
    scenario.referral.referrer_points = 1_000_000_000_000_000_000;
    scenario.referral.new_member_points = 100_000_001;
    scenario.campaigns = vec![
        bonus("A", 10_000_000_000_000_000_000),
        bonus("B", 10_000_000_000_000_000_000),
    ];
    scenario.campaigns[1].limits.points_budget_total = u64::MAX;
    scenario.points.rewards[0].cost = 2_000_000.0;
    scenario.growth.behaviours = vec![tierlab::scenario::GrowthBehaviour {
        name: "Sign-in".into(),
        growth_per_action: u32::MAX,
        actions_per_month: 1.0,
        once: false,
    }];
    let problems = validate(&scenario);
    assert_eq!(
        paths(&problems),
        [
            "growth.behaviours[0].growth_per_action",
            "points.rewards[0].cost",
            "campaigns[0].offer.points",
            "campaigns[1].offer.points",
            "campaigns[1].limits.points_budget_total",
            "referral.referrer_points",
            "referral.new_member_points",
        ],
        "{problems:#?}"
    );
    assert_eq!(
        problems[5].message,
        "1000000000000000000 must be at most 100,000,000, so that a run's totals can be counted exactly"
    );
}

#[test]
fn a_total_past_counting_stops_the_run_with_a_located_problem_instead_of_wrapping() {
    // Past the bounds (as a scenario built in code, not read, can be): referral points that
    // wrapped the points ledger around before.
    let mut scenario = small(2_000, 24);
    scenario.referral.referrals_per_month = 0.1;
    scenario.referral.referrer_points = 1_000_000_000_000_000_000;
    let results = simulate(&scenario);
    let Some(stop) = results.stopped else {
        panic!(
            "the run went on: points issued {}",
            results.totals.points_issued
        );
    };
    assert!(results.months.is_empty(), "no figures from a stopped run");
    let problem = stop.problem(Wording::PLAIN);
    assert_eq!(problem.path, "points");
    assert!(
        problem
            .message
            .contains("points, more than a run can count exactly"),
        "{problem}"
    );
}

#[test]
fn referred_members_count_towards_the_most_a_tab_holds() {
    // 600 members referring 0.2 new members a month for ten years: before, this passed and
    // the run was cut silently at 5,000,000 members.
    let mut scenario = small(600, 120);
    scenario.referral.referrals_per_month = 0.2;
    let problems = validate(&scenario);
    assert_eq!(
        paths(&problems),
        ["referral.referrals_per_month"],
        "{problems:?}"
    );
    let message = &problems[0].message;
    assert!(message.starts_with("about "), "{message}");
    assert!(
        message.contains("600 planned and about")
            && message.contains("a tab holds at most 5,000,000"),
        "{message}"
    );
    // A modest scheme on the same members is projected well inside the limit.
    scenario.referral.referrals_per_month = 0.01;
    assert_eq!(validate(&scenario), Vec::new());
}

#[test]
fn a_run_whose_referrals_outgrow_the_limit_stops_instead_of_leaving_members_out() {
    // Built in code past the projection: every planned member the tab holds, and referral.
    let mut scenario = small(MAX_MEMBERS as u32, 3);
    scenario.referral.referrals_per_month = 0.2;
    scenario.campaigns.clear();
    let results = simulate(&scenario);
    match results.stopped {
        Some(RunStop::TooManyMembers {
            month,
            planned,
            referred,
        }) => {
            // The first block's planned members brought these before any of them joined:
            // the run stops before running one of them.
            assert_eq!(planned, MAX_MEMBERS);
            assert!(referred > 0, "{referred} referred");
            assert!((1..3).contains(&month), "month {month}");
        }
        other => panic!("expected the run to stop at the member limit, got {other:?}"),
    }
    let problem = results
        .stopped
        .map(|stop| stop.problem(Wording::PLAIN))
        .expect("a problem");
    assert_eq!(problem.path, "referral.referrals_per_month");
    assert!(problem.message.contains("at most 5,000,000"), "{problem}");
}

#[test]
fn a_member_buying_without_end_stops_the_run_instead_of_hanging_it() {
    // Past the bounds: members who never drop out and buy a trillion times faster.
    let mut scenario = small(10, 2);
    for tier in &mut scenario.tiers.levels {
        tier.purchase_rate_uplift = 1e12;
        tier.dropout_reduction = 1.0;
    }
    let results = simulate(&scenario);
    let problem = results
        .stopped
        .map(|stop| stop.problem(Wording::PLAIN))
        .expect("the run stops");
    assert_eq!(problem.path, "population.segments");
    assert!(problem.message.contains("100,000 purchases"), "{problem}");
}

#[test]
fn the_command_line_shows_a_stopped_runs_problem_instead_of_figures() {
    // Valid, but 1,000 points per yuan at a multiplier of 100 on ¥100,000 orders earns more
    // points in a month than a run counts.
    let mut scenario = small(5, 2);
    scenario.points.per_currency_unit = 1_000.0;
    for tier in &mut scenario.tiers.levels {
        tier.earn_multiplier = 100.0;
    }
    scenario.population.segments[0].behaviour =
        tierlab::behaviour::SegmentBehaviour::Planner(tierlab::behaviour::PlannerBehaviour {
            purchases_per_month: 60.0,
            purchase_rate_spread: 0.1,
            lost_per_year: 0.1,
            average_order_value: 100_000.0,
            order_value_spread: 0.1,
            dropout_concentration: tierlab::behaviour::DROPOUT_CONCENTRATION,
            spend_rate_shape: tierlab::behaviour::SPEND_RATE_SHAPE,
        });
    assert_eq!(validate(&scenario), Vec::new());
    let path = std::env::temp_dir().join(format!("tierlab-limits-{}.json", std::process::id()));
    let json = serde_json::to_string(&scenario).expect("JSON");
    std::fs::write(&path, json).expect("a temporary file");
    let out = Command::new(env!("CARGO_BIN_EXE_tierlab"))
        .arg("run")
        .arg(&path)
        .output()
        .expect("tierlab runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success());
    assert!(out.stdout.is_empty(), "no figures");
    assert!(
        stderr.starts_with("points: member ")
            && stderr.contains("lower the points per currency unit"),
        "{stderr}"
    );
}
