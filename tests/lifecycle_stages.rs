//! Lifecycle stages as the CRM sees them: a new member is in introduction (引入期) for
//! their first active window after joining, whatever the length of the month they joined in.

use tierlab::explain::{explain, MemberStory};
use tierlab::metrics::simulate;
use tierlab::scenario::Stage;
use tierlab::scenario::{preset, Audience, Campaign, Offer, Scenario, Schedule, Trigger};

/// A new programme with a 30-day active window (a fresh-food shop's) and a campaign for
/// dormant members every month.
fn thirty_day_window() -> Scenario {
    let mut s = Scenario::default();
    s.horizon.months = 4;
    s.population.starting_members = 60;
    s.population.new_members_per_month = 0.0;
    s.lifecycle.active_window_days = 30;
    s.lifecycle.churned_after_days = 90;
    s.campaigns.push(Campaign {
        name: "沉默唤醒 · Reactivate dormant members".into(),
        audience: Audience::Stage {
            stages: vec![Stage::Dormant],
        },
        holdout_share: 0.0,
        offer: Offer::AmountOff {
            min_spend: 20.0,
            amount: 5.0,
        },
        gives_growth: false,
        schedule: Schedule {
            start_month: 0,
            end_month: 3,
            trigger: Trigger::EveryMonth,
            validity_days: 14,
        },
        limits: Default::default(),
        response: Default::default(),
    });
    s
}

/// The stories of the members who made no purchase beyond the first in their join month.
fn joiners_who_did_not_buy_again(s: &Scenario) -> Vec<MemberStory> {
    let stories: Vec<MemberStory> = (0..60)
        .filter_map(|id| explain(s, id))
        .filter(|story| story.months.first().is_some_and(|m| m.purchases == 1))
        .collect();
    assert!(stories.len() >= 20, "only {} such members", stories.len());
    stories
}

#[test]
fn with_a_30_day_window_a_new_member_who_does_not_buy_again_is_in_introduction_at_the_end_of_the_join_month(
) {
    for story in joiners_who_did_not_buy_again(&thirty_day_window()) {
        assert_eq!(
            story.months[0].stage,
            Stage::Introduction,
            "member {}",
            story.id
        );
    }
}

#[test]
fn offers_for_dormant_members_do_not_reach_members_in_their_first_window() {
    for story in joiners_who_did_not_buy_again(&thirty_day_window()) {
        assert!(
            story.months[1].offers.is_empty(),
            "member {} got {:?} the month after joining",
            story.id,
            story.months[1].offers
        );
    }
}

#[test]
fn the_fresh_food_chain_reports_new_members_in_introduction_every_month() {
    let Some(mut s) = preset("fresh_food") else {
        panic!("the fresh_food preset is missing");
    };
    s.population.starting_members /= 20;
    s.population.new_members_per_month /= 20.0;
    s.horizon.months = 12;
    for row in simulate(&s).months {
        assert!(
            row.stages.introduction > 0,
            "month {}: {} new members, none in introduction",
            row.month,
            row.new_members
        );
    }
}
