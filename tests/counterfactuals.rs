//! The runs without each campaign, following the main run member by member, give exactly
//! the rows of separate runs: the shortcut changes the work, never the numbers.

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
