//! The runs without each campaign, following the main run member by member, give exactly
//! the rows of separate runs, and so does the run under no programme, which skips the
//! months in which nothing can happen without a purchase: the shortcuts change the work,
//! never the numbers.

use tierlab::economics::without_programme;
use tierlab::engine::{can_follow, run_with, Counterfactual, Plan};
use tierlab::metrics::{monthly_rows, Collector};
use tierlab::scenario::{preset, Scenario};

/// A preset cut down to a few thousand starting members (the intake too), so each test runs
/// in a second while still reaching every campaign, referral and tier move.
fn small(id: &str) -> Scenario {
    let mut scenario = preset(id).unwrap_or_default();
    scenario.population.starting_members = 3_000;
    scenario.population.new_members_per_month = 100.0;
    scenario
}

fn assert_alongside_equals_separate(scenario: &Scenario) {
    let plan = Plan::new(scenario);
    let plans: Vec<Plan> = (0..scenario.campaigns.len())
        .map(|c| Plan::new(scenario).without_campaign(c))
        .collect();
    let mut alongside: Vec<Counterfactual<Collector>> = plans
        .iter()
        .enumerate()
        .filter(|(c, _)| can_follow(&plan, *c))
        .map(|(campaign, own)| Counterfactual {
            plan: own,
            follows_without: Some(campaign),
            observer: Collector::new(own, false),
        })
        .collect();
    assert!(
        !alongside.is_empty(),
        "{}: some campaign can follow",
        scenario.name
    );
    let mut main = Collector::new(&plan, true);
    run_with(&plan, &mut main, &mut alongside, &mut |_| {});
    assert!(
        main.into_rows() == monthly_rows(Plan::new(scenario), &mut |_| {}),
        "{}: the main run's rows",
        scenario.name
    );
    for run in alongside {
        let campaign = run.follows_without.unwrap_or_default();
        let separate = monthly_rows(Plan::new(scenario).without_campaign(campaign), &mut |_| {});
        assert!(
            run.observer.into_rows() == separate,
            "{}: the rows without campaign {campaign}",
            scenario.name,
        );
    }
}

#[test]
fn runs_without_each_campaign_alongside_the_main_run_give_the_rows_of_separate_runs() {
    // The hotel refers members (so the runs' queues of referred members part ways), the
    // fresh-food chain sends win-back offers on entering the audience, the hot-pot chain
    // keeps its member day when the birthday coupon is switched off.
    for id in ["hotel", "fresh_food", "hotpot", "cosmetics"] {
        assert_alongside_equals_separate(&small(id));
    }
}

/// A programme whose points buy nothing yet (no rewards, no welcome points): months without
/// a purchase still bring reviews, expiry and benefit costs, so the runs without each
/// campaign must live them, not skip them as the run under no programme may.
#[test]
fn without_a_rewards_catalogue_the_runs_without_each_campaign_still_live_every_month() {
    let mut scenario = small("fresh_food");
    scenario.points.rewards.clear();
    scenario.referral.new_member_points = 0;
    assert!(tierlab::scenario::validate(&scenario).is_empty());
    assert_alongside_equals_separate(&scenario);
}

/// A programme of tiers alone (no points, no growth behaviours, no referrals): a month
/// without a purchase still brings the tier review and the tier benefits, so the runs
/// without each campaign live it too.
#[test]
fn a_programme_of_tiers_alone_still_lives_every_month_in_the_runs_without_each_campaign() {
    let mut scenario = small("hotel");
    scenario.points.per_currency_unit = 0.0;
    scenario.points.rewards.clear();
    scenario.growth.behaviours.clear();
    scenario.referral = tierlab::scenario::Referral::default();
    assert!(tierlab::scenario::validate(&scenario).is_empty());
    assert_alongside_equals_separate(&scenario);
}

/// The run under no programme, taken beside the main run, skips the months in which nothing
/// can happen without a purchase; an observer still sees every one of them (a member is
/// active for a while after their last purchase), so its rows are those of a separate run.
#[test]
fn the_run_under_no_programme_alongside_gives_the_rows_of_a_separate_run() {
    for id in ["hotel", "cdnow"] {
        let scenario = small(id);
        let plain = without_programme(&scenario);
        let plan = Plan::new(&scenario);
        let own = Plan::new(&plain);
        let mut alongside = [Counterfactual {
            plan: &own,
            follows_without: None,
            observer: Collector::new(&own, false),
        }];
        run_with(
            &plan,
            &mut Collector::new(&plan, true),
            &mut alongside,
            &mut |_| {},
        );
        let [run] = alongside;
        let rows = run.observer.into_rows();
        assert!(rows.iter().any(|r| r.active > 0), "{id}: active members");
        assert!(
            rows == monthly_rows(Plan::new(&plain), &mut |_| {}),
            "{id}: the rows under no programme"
        );
    }
}

#[test]
fn a_campaign_budget_or_losing_the_member_day_keeps_the_counterfactual_runs_separate() {
    let mut budgeted = small("hotel");
    if let Some(c) = budgeted.campaigns.first_mut() {
        c.limits.budget_per_month = 1_000.0;
    }
    assert!((0..budgeted.campaigns.len()).all(|c| !can_follow(&Plan::new(&budgeted), c)));

    let hotpot = small("hotpot");
    let plan = Plan::new(&hotpot);
    let member_day = hotpot
        .campaigns
        .iter()
        .position(|c| c.name.contains("Member day"));
    assert!(member_day.is_some_and(|c| !can_follow(&plan, c)));
}
