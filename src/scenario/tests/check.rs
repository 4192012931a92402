//! Tests of [`crate::scenario::validate`]: each range and cross-field rule, with its path and its
//! sentence, and every problem at once. Reading JSON is tested in `read_tests`.

use crate::behaviour::{
    BehaviourModel, BgNbd, GammaGamma, PlannerBehaviour, SegmentBehaviour, DROPOUT_CONCENTRATION,
    SPEND_RATE_SHAPE,
};
use crate::scenario::check::members::planned_by_month;
use crate::scenario::{
    validate, Expiry, GrowthBehaviour, Problem, Reward, Scenario, Segment, Tier,
};

/// The paths of the problems, in order.
pub(in crate::scenario) fn paths(problems: &[Problem]) -> Vec<&str> {
    problems.iter().map(|p| p.path.as_str()).collect()
}

/// A segment behaviour in the papers' form: BG/NBD `[r, alpha, a, b]` and Gamma-Gamma
/// `[p, q, gamma]`.
fn model([r, alpha, a, b]: [f64; 4], [p, q, gamma]: [f64; 3]) -> SegmentBehaviour {
    SegmentBehaviour::Model(BehaviourModel {
        purchases: BgNbd { r, alpha, a, b },
        spend: GammaGamma { p, q, gamma },
    })
}

fn tier(name: &str, threshold: u32) -> Tier {
    Tier {
        redemption_per_month: 0.3,
        ..Tier::plain(name, threshold)
    }
}

#[test]
fn the_default_scenario_is_valid() {
    assert_eq!(validate(&Scenario::default()), Vec::new());
}

#[test]
fn a_tier_below_the_previous_one_is_reported_in_the_planners_words() {
    let mut scenario = Scenario::default();
    scenario.tiers.levels = vec![
        tier("Regular", 0),
        tier("Silver", 10000),
        tier("Gold", 8000),
    ];
    let problems = validate(&scenario);
    assert_eq!(
        problems,
        vec![Problem {
            path: "tiers.levels[2].threshold".into(),
            message: "8000 must be above the previous tier's 10000".into(),
        }]
    );
    assert_eq!(
        problems[0].to_string(),
        "tiers.levels[2].threshold: 8000 must be above the previous tier's 10000"
    );
}

#[test]
fn several_problems_come_back_at_once() {
    let mut scenario = Scenario::default();
    scenario.horizon.months = 0;
    scenario.horizon.start_month = 13;
    scenario.population.segments[0].share = 0.5;
    scenario.tiers.levels[1].discount = 0.95;
    scenario.points.rewards[0].points = 0;
    let problems = validate(&scenario);
    assert_eq!(
        paths(&problems),
        vec![
            "horizon.months",
            "horizon.start_month",
            "population.segments",
            "tiers.levels[1].discount",
            "points.rewards[0].points",
        ]
    );
    assert_eq!(
        problems[2].message,
        "the shares add up to 0.5; they must add up to 1"
    );
    assert_eq!(problems[3].message, "0.95 must be from 0 to 0.9");
}

#[test]
fn explosive_acquisition_growth_is_refused_without_overflow() {
    let mut scenario = Scenario::default();
    scenario.horizon.months = 120;
    scenario.population.starting_members = u32::MAX;
    scenario.population.new_members_per_month = f64::MAX;
    scenario.population.acquisition_growth_per_month = 1.0;
    let problems = validate(&scenario);
    assert_eq!(paths(&problems), vec!["population"]);
    assert!(problems[0]
        .message
        .starts_with("more members than can be counted"));
}

#[test]
fn the_member_limit_counts_grown_intake_as_the_population_does() {
    let mut scenario = Scenario::default();
    scenario.population.starting_members = 1_000;
    scenario.population.new_members_per_month = 100.0;
    scenario.population.acquisition_growth_per_month = 0.1;
    scenario.horizon.months = 3;
    // 1,000 + 100 + 110 + 121
    let planned: f64 = planned_by_month(&scenario.population, 3).iter().sum();
    assert_eq!(planned, 1_331.0);
    scenario.population.starting_members = 0;
    scenario.population.new_members_per_month = 0.4;
    assert_eq!(
        validate(&scenario),
        vec![Problem {
            path: "population".into(),
            message: "nobody would be simulated: starting members is 0 and new members per month rounds to 0".into(),
        }]
    );
}

#[test]
fn nan_and_infinity_are_problems_not_panics() {
    let mut scenario = Scenario::default();
    scenario.population.new_members_per_month = f64::NAN;
    scenario.population.segments[0].share = f64::INFINITY;
    scenario.goal_gradient.purchase_rate_uplift = f64::NEG_INFINITY;
    scenario.tiers.levels[0].earn_multiplier = f64::NAN;
    scenario.points.cost_per_point = Some(f64::NAN);
    scenario.population.segments.push(Segment {
        name: "Odd".into(),
        share: 0.5,
        behaviour: SegmentBehaviour::Planner(PlannerBehaviour {
            purchases_per_month: f64::NAN,
            purchase_rate_spread: f64::INFINITY,
            lost_per_year: 0.3,
            average_order_value: 100.0,
            order_value_spread: 0.5,
            dropout_concentration: DROPOUT_CONCENTRATION,
            spend_rate_shape: SPEND_RATE_SHAPE,
        }),
    });
    let problems = validate(&scenario);
    assert_eq!(
        paths(&problems),
        vec![
            "population.new_members_per_month",
            "population.segments[0].share",
            "population.segments[1].behaviour.purchases_per_month",
            "population.segments[1].behaviour.purchase_rate_spread",
            "tiers.levels[0].earn_multiplier",
            "goal_gradient.purchase_rate_uplift",
            "points.cost_per_point",
        ]
    );
    assert_eq!(
        problems[0].message,
        "NaN (not a number) is not allowed; the value must be at least 0"
    );
}

#[test]
fn the_papers_parameters_must_be_positive_and_q_above_one() {
    let mut scenario = Scenario::default();
    scenario.population.segments[0].behaviour = model([0.0, 4.4, -1.0, 2.4], [6.25, 1.0, 15.4]);
    let problems = validate(&scenario);
    assert_eq!(
        paths(&problems),
        vec![
            "population.segments[0].behaviour.purchases.r",
            "population.segments[0].behaviour.purchases.a",
            "population.segments[0].behaviour.spend.q",
        ]
    );
    assert_eq!(
        problems[2].message,
        "1 must be above 1: the mean spend pγ / (q − 1) needs q above 1"
    );
}

#[test]
fn a_model_that_buys_faster_than_the_planner_form_allows_is_refused() {
    let mut scenario = Scenario::default();
    scenario.population.segments[0].behaviour = model([1.0, 1e-9, 1.0, 1.0], [1.0, 2.0, 1.0]);
    assert_eq!(
        paths(&validate(&scenario)),
        vec!["population.segments[0].behaviour.purchases"]
    );
}

#[test]
fn planner_form_ranges_are_enforced() {
    let mut scenario = Scenario::default();
    scenario.population.segments[0].behaviour = SegmentBehaviour::Planner(PlannerBehaviour {
        purchases_per_month: 61.0,
        purchase_rate_spread: 0.05,
        lost_per_year: 1.0,
        average_order_value: 0.0,
        order_value_spread: 4.0,
        dropout_concentration: DROPOUT_CONCENTRATION,
        spend_rate_shape: SPEND_RATE_SHAPE,
    });
    let problems = validate(&scenario);
    assert_eq!(problems.len(), 5, "{problems:?}");
    assert_eq!(problems[2].message, "1 must be above 0 and below 1");
}

#[test]
fn an_in_range_but_degenerate_planner_description_is_refused() {
    let mut scenario = Scenario::default();
    scenario.population.segments[0].behaviour = SegmentBehaviour::Planner(PlannerBehaviour {
        purchases_per_month: 1.0,
        purchase_rate_spread: 1.0,
        // The smallest number above 0: ln(1 − lost) a purchase (a twelfth of it) underflows to 0.
        lost_per_year: 5e-324,
        average_order_value: 50.0,
        order_value_spread: 0.5,
        dropout_concentration: DROPOUT_CONCENTRATION,
        spend_rate_shape: SPEND_RATE_SHAPE,
    });
    assert_eq!(
        paths(&validate(&scenario)),
        vec!["population.segments[0].behaviour.lost_per_year"]
    );
    // A share so small that 1 − lost rounds to 1 is still a dropout chance above 0: the
    // mapping works through ln(1 − lost), so it is modelled rather than refused.
    let rare = PlannerBehaviour {
        lost_per_year: 1e-17,
        ..scenario.population.segments[0].behaviour.planner()
    };
    assert!(rare.to_model().purchases.a > 0.0);
    scenario.population.segments[0].behaviour = SegmentBehaviour::Planner(rare);
    assert_eq!(validate(&scenario), Vec::new());
}

#[test]
fn segment_and_tier_names_must_be_present_and_unique() {
    let mut scenario = Scenario::default();
    let mut second = scenario.population.segments[0].clone();
    second.share = 0.0;
    scenario.population.segments[0].share = 1.0;
    scenario.population.segments.push(second);
    scenario.tiers.levels[1].name = " ".into();
    scenario.tiers.levels[2].name = "Regular".into();
    let problems = validate(&scenario);
    assert_eq!(
        paths(&problems),
        vec![
            "population.segments[1].name",
            "population.segments[1].share",
            "tiers.levels[1].name",
            "tiers.levels[2].name",
        ]
    );
    assert_eq!(
        problems[0].message,
        "\"CDNOW\" is already the name of population.segments[0]; each segment needs its own name"
    );
}

#[test]
fn tier_rules_cover_entry_threshold_keep_threshold_and_benefits() {
    let mut scenario = Scenario::default();
    scenario.tiers.levels[0].threshold = 10;
    scenario.tiers.levels[0].keep_threshold = 10;
    scenario.tiers.levels[1].keep_threshold = 150;
    scenario.tiers.levels[2].dropout_reduction = 1.5;
    scenario.tiers.levels[2].redemption_per_month = -0.1;
    scenario.tiers.grace_months = 30;
    let problems = validate(&scenario);
    assert_eq!(
        paths(&problems),
        vec![
            "tiers.grace_months",
            "tiers.levels[0].threshold",
            "tiers.levels[1].keep_threshold",
            "tiers.levels[2].dropout_reduction",
            "tiers.levels[2].redemption_per_month",
        ]
    );
    assert_eq!(
        problems[1].message,
        "10 must be 0: every member starts in the entry tier"
    );
    assert_eq!(
        problems[2].message,
        "150 must be at most the tier's threshold 100"
    );
    scenario.tiers.levels.clear();
    assert!(paths(&validate(&scenario)).contains(&"tiers.levels"));
}

#[test]
fn lifecycle_windows_must_leave_room_for_dormancy() {
    let mut scenario = Scenario::default();
    scenario.lifecycle.active_window_days = 90;
    scenario.lifecycle.churned_after_days = 90;
    assert_eq!(
        validate(&scenario),
        vec![Problem {
            path: "lifecycle.churned_after_days".into(),
            message:
                "90 must be above the active window's 90 days: a member is dormant between the two"
                    .into(),
        }]
    );
    scenario.lifecycle.active_window_days = 0;
    assert_eq!(
        paths(&validate(&scenario)),
        vec!["lifecycle.active_window_days"]
    );
}

#[test]
fn one_off_behaviours_take_a_monthly_chance() {
    let mut scenario = Scenario::default();
    scenario.growth.behaviours = vec![
        GrowthBehaviour {
            name: "Profile".into(),
            growth_per_action: 100,
            actions_per_month: 2.0,
            once: true,
        },
        GrowthBehaviour {
            name: "Sign-in".into(),
            growth_per_action: 1,
            actions_per_month: 150.0,
            once: false,
        },
    ];
    let problems = validate(&scenario);
    assert_eq!(
        paths(&problems),
        vec![
            "growth.behaviours[0].actions_per_month",
            "growth.behaviours[1].actions_per_month",
        ]
    );
    assert!(problems[0]
        .message
        .ends_with("the monthly chance that it happens"));
}

#[test]
fn points_that_would_expire_while_pending_are_refused() {
    let mut scenario = Scenario::default();
    scenario.points.pending_months = 3;
    scenario.points.expiry = Expiry::MonthsAfterEarning { months: 3 };
    scenario.points.rewards.push(Reward {
        name: "Tote bag".into(),
        points: 800,
        cash: -1.0,
        cost: 12.0,
    });
    let problems = validate(&scenario);
    assert_eq!(
        paths(&problems),
        vec!["points.expiry.months", "points.rewards[1].cash"]
    );
    scenario.points.expiry = Expiry::AfterInactivity { months: 0 };
    assert!(paths(&validate(&scenario)).contains(&"points.expiry.months"));
}
