//! A ladder of thresholds written into a scenario's tiers (src/study/ladder.rs): the
//! threshold designer's and goal-seek's Apply keep each tier's keep threshold at the same
//! share by one rule, rounded down, and a designed ladder adds or removes tiers at the top.

use tierlab::scenario::{Scenario, Wording};
use tierlab::study::{design, with_ladder, with_thresholds, LadderDesign, Progression};
use tierlab::words::Lang;

const PLAIN: Wording = Wording::PLAIN;

/// The default three tiers with Silver kept at a third of its threshold (333 of 1,000).
fn third_to_keep_silver() -> Scenario {
    let mut s = Scenario::default();
    s.tiers.levels[1].threshold = 1_000;
    s.tiers.levels[1].keep_threshold = 333;
    s.tiers.levels[2].threshold = 3_000;
    s.tiers.levels[2].keep_threshold = 3_000;
    s
}

/// Seed 004's designer: three years to the top at 20 growth a day, climbs doubling.
fn three_years_at_twenty_a_day(tiers: usize) -> Vec<u32> {
    let plan = LadderDesign {
        years_to_top: 3.0,
        daily_growth_cap: 20.0,
        tiers,
        progression: Progression::Exponential { ratio: 2.0 },
    };
    design(&plan, PLAIN).expect("a valid design").thresholds
}

#[test]
fn a_designed_ladder_keeps_each_keep_threshold_at_its_share_rounded_down_as_goal_seek_does() {
    let thresholds = three_years_at_twenty_a_day(3);
    assert_eq!(thresholds, vec![0, 7_300, 21_900]);
    let designed = with_ladder(&third_to_keep_silver(), &thresholds, PLAIN).expect("applies");
    let sought = with_thresholds(&third_to_keep_silver(), &thresholds, PLAIN).expect("applies");
    // 7,300 × 0.333 = 2,430.9: keeping Silver takes 2,430, not the 2,431 the page rounded to.
    assert_eq!(designed.tiers.levels[1].keep_threshold, 2_430);
    assert_eq!(designed.tiers, sought.tiers);
    assert_eq!(designed.tiers.levels[2].keep_threshold, 21_900);
}

#[test]
fn a_longer_designed_ladder_adds_copies_of_the_top_tier_named_for_their_place() {
    let thresholds = three_years_at_twenty_a_day(5);
    let zh = Wording::page(Lang::ZhCn);
    let designed = with_ladder(&third_to_keep_silver(), &thresholds, zh).expect("applies");
    let levels = &designed.tiers.levels;
    let names: Vec<&str> = levels.iter().map(|t| t.name.as_str()).collect();
    assert_eq!(names, ["Regular", "Silver", "Gold", "等级 4", "等级 5"]);
    let gold = &levels[2];
    for added in &levels[3..] {
        assert_eq!(
            (added.earn_multiplier, added.discount),
            (gold.earn_multiplier, gold.discount),
            "{} has Gold's benefits",
            added.name
        );
        assert_eq!(
            added.keep_threshold, added.threshold,
            "kept at Gold's share (all of it)"
        );
    }
    let thresholds_written: Vec<u32> = levels.iter().map(|t| t.threshold).collect();
    assert_eq!(thresholds_written, thresholds);
}

#[test]
fn a_shorter_designed_ladder_removes_tiers_from_the_top() {
    let thresholds = three_years_at_twenty_a_day(2);
    let designed = with_ladder(&third_to_keep_silver(), &thresholds, PLAIN).expect("applies");
    let names: Vec<&str> = designed
        .tiers
        .levels
        .iter()
        .map(|t| t.name.as_str())
        .collect();
    assert_eq!(names, ["Regular", "Silver"]);
    assert_eq!(designed.tiers.levels[1].threshold, 21_900);
}

#[test]
fn a_scenario_without_tiers_has_no_ladder_to_set() {
    let mut s = Scenario::default();
    s.tiers.levels.clear();
    let refused = with_ladder(&s, &[0, 100], Wording::page(Lang::ZhCn));
    assert_eq!(refused, Err("方案没有可设置门槛的等级".to_string()));
}
