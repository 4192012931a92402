//! Tests of the presets: the menu, the names, each preset's defining numbers, and that every
//! preset passes validation, reads back from its own JSON, and (cosmetics) is the example
//! in docs/scenario.md. The checks themselves are tested in `tests::check`.

use super::{preset, preset_names, PRESETS};
use crate::scenario::{parse, validate};

#[test]
fn the_menu_lists_the_five_presets_in_order() {
    assert_eq!(
        preset_names(),
        vec!["hotel", "hotpot", "fresh_food", "cosmetics", "cdnow"]
    );
    assert_eq!(preset("nope"), None);
}

#[test]
fn every_preset_is_named_in_chinese_and_english() {
    for info in PRESETS {
        let scenario = info.scenario();
        assert_eq!(
            scenario.name,
            format!("{} · {}", info.title_zh, info.title_en)
        );
        assert!(
            scenario.name.chars().any(|c| c > '\u{2E80}'),
            "{}",
            scenario.name
        );
    }
    assert_eq!(
        preset("hotel").map(|s| s.name),
        Some("酒店旅游直销平台 · Hotel & travel direct sales".to_owned())
    );
}

#[test]
fn the_hotel_has_the_five_tiers_of_seed_003() {
    let hotel = preset("hotel").expect("hotel");
    let ladder: Vec<(&str, u32)> = hotel
        .tiers
        .levels
        .iter()
        .map(|t| (t.name.as_str(), t.threshold))
        .collect();
    assert_eq!(
        ladder,
        vec![
            ("普通 Regular", 0),
            ("银卡 Silver", 2_000),
            ("金卡 Gold", 10_000),
            ("白金 Platinum", 20_000),
            ("钻石 Diamond", 50_000),
        ]
    );
}

#[test]
fn the_hotpot_chain_has_red_silver_gold_and_black_cards() {
    let names: Vec<String> = preset("hotpot")
        .expect("hotpot")
        .tiers
        .levels
        .into_iter()
        .map(|t| t.name)
        .collect();
    assert_eq!(
        names,
        ["红卡 Red", "银卡 Silver", "金卡 Gold", "黑卡 Black"]
    );
}

#[test]
fn the_cosmetics_shop_has_about_600_members_spending_about_300_a_year() {
    let shop = preset("cosmetics").expect("cosmetics");
    assert_eq!(shop.population.starting_members, 600);
    let yearly: f64 = shop
        .population
        .segments
        .iter()
        .map(|s| {
            let p = s.behaviour.planner();
            s.share * 12.0 * p.purchases_per_month * p.average_order_value
        })
        .sum();
    assert!((yearly - 300.0).abs() < 30.0, "¥{yearly} a year");
}

#[test]
fn keep_thresholds_are_the_ladders_share_of_each_threshold() {
    let fresh = preset("fresh_food").expect("fresh food");
    let keeps: Vec<u32> = fresh
        .tiers
        .levels
        .iter()
        .map(|t| t.keep_threshold)
        .collect();
    assert_eq!(keeps, vec![0, 1_600, 4_000, 8_000]);
}

#[test]
fn every_preset_is_valid() {
    for name in preset_names() {
        let scenario = preset(name).expect("listed preset exists");
        assert_eq!(validate(&scenario), Vec::new(), "preset {name}");
    }
}

#[test]
fn every_preset_reads_back_from_its_own_json() {
    for name in preset_names() {
        let scenario = preset(name).expect("listed preset exists");
        let json = serde_json::to_string_pretty(&scenario).expect("serialises");
        assert_eq!(parse(&json), Ok(scenario), "preset {name}");
    }
}

#[test]
fn the_example_in_the_planners_reference_is_the_cosmetics_preset() {
    let reference = include_str!("../../../docs/scenario.md");
    let example = reference
        .split("## Example")
        .nth(1)
        .and_then(|rest| rest.split("```json\n").nth(1))
        .and_then(|rest| rest.split("\n```").next())
        .expect("docs/scenario.md has an example scenario");
    assert_eq!(parse(example), Ok(preset("cosmetics").expect("cosmetics")));
}
