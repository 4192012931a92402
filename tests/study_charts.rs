//! Study charts: every chart of a comparison, a replication, a sweep and a tornado draws in
//! both languages, with its title, axis titles with units and a legend entry per scenario;
//! bands hold their median; identical scenarios show no difference; empty studies still
//! draw. Each study runs the default programme with 300 starting members over 12 months,
//! so the file takes seconds in a release build.

use tierlab::chart::{comparison_charts, replication_charts, sweep_charts, tornado_charts};
use tierlab::scenario::{Scenario, Wording};
use tierlab::study::{
    compare, kpi_names, replicate_comparison, sweep, tier_names, tornado, Comparison, Fairness,
    ReplicatedComparison, Sweep, Tornado,
};
use tierlab::words::Lang;

mod svg;
use svg::assert_is_a_drawn_chart;

const LANGS: [Lang; 2] = [Lang::En, Lang::ZhCn];

/// The default programme, small; its tiers named in Chinese, as a Chinese planner would.
fn small(name: &str) -> Scenario {
    let mut scenario = Scenario {
        name: name.to_string(),
        ..Scenario::default()
    };
    scenario.population.starting_members = 300;
    scenario.population.new_members_per_month = 30.0;
    scenario.horizon.months = 12;
    for (tier, tier_name) in
        scenario
            .tiers
            .levels
            .iter_mut()
            .zip(["普通会员", "银卡会员", "金卡会员"])
    {
        tier.name = tier_name.to_string();
    }
    scenario
}

/// B: the same programme with Gold twice as hard to reach.
fn harder_gold() -> Scenario {
    let mut b = small("Harder Gold");
    if let Some(gold) = b.tiers.levels.get_mut(2) {
        gold.threshold *= 2;
        gold.keep_threshold *= 2;
    }
    b
}

/// The default programme's KPIs: it holds points at the end (a breakage rate) and spends on
/// its members (an ROI), so a run of it leaves none of them empty.
fn every_kpi() -> usize {
    kpi_names(3).len()
}

/// The monthly series a study keeps of each run: active members, revenue, programme cost,
/// liability and the share of each of the three tiers.
const SERIES: usize = 4 + 3;

fn ids(charts: &[(String, String)]) -> Vec<&str> {
    charts.iter().map(|(id, _)| id.as_str()).collect()
}

fn comparison() -> Comparison {
    compare(&[small("Today"), harder_gold()])
}

fn replication() -> ReplicatedComparison {
    replicate_comparison(&[small("Today"), harder_gold()], 5)
}

fn gold_sweep() -> Sweep {
    sweep(
        &small("Today"),
        "tiers.levels[2].threshold",
        200.0,
        800.0,
        4,
        Wording::PLAIN,
    )
    .unwrap_or_else(|p| panic!("the Gold threshold can be swept: {p}"))
}

fn revenue_tornado() -> Tornado {
    tornado(&small("Today"), "revenue", 0.2, Wording::PLAIN)
        .unwrap_or_else(|p| panic!("revenue has a tornado: {p}"))
}

#[test]
fn a_comparison_overlays_each_main_series_and_the_tier_shares() {
    let comparison = comparison();
    for scenario in &comparison.scenarios {
        assert_eq!(scenario.series.len(), SERIES, "{}", scenario.name);
        for series in &scenario.series {
            let drawn = series.values.iter().filter(|v| v.is_finite()).count();
            assert_eq!(
                drawn, 12,
                "{} {}: a value every month",
                scenario.name, series.name
            );
        }
    }
    for lang in LANGS {
        let charts = comparison_charts(&comparison, lang);
        assert_eq!(
            ids(&charts),
            [
                "compare_active_members",
                "compare_revenue",
                "compare_programme_cost",
                "compare_liability",
                "compare_tier_shares"
            ]
        );
        for (id, svg) in &charts {
            assert_is_a_drawn_chart(id, svg);
            assert!(svg.contains("A · Today"), "{id}: A missing from the legend");
            assert!(svg.contains("B · Harder Gold"), "{id}: B missing");
        }
    }
}

#[test]
fn comparison_axes_carry_their_units_in_the_page_s_language() {
    let comparison = comparison();
    let english = comparison_charts(&comparison, Lang::En);
    let chinese = comparison_charts(&comparison, Lang::ZhCn);
    let svg = |charts: &[(String, String)], i: usize| charts[i].1.clone();
    assert!(svg(&english, 0).contains("↑ Active members") && svg(&english, 0).contains("Month →"));
    assert!(svg(&english, 1).contains("↑ ¥ per month"));
    assert!(svg(&english, 3).contains("↑ Liability (¥)"));
    assert!(svg(&english, 4).contains("↑ Share of members (%)"));
    assert!(svg(&chinese, 0).contains("↑ 活跃会员") && svg(&chinese, 0).contains("月份 →"));
    assert!(
        svg(&chinese, 1).contains("↑ 每月金额（¥）") && svg(&chinese, 1).contains("各方案每月收入")
    );
    assert!(!svg(&chinese, 0).contains("Active members"));
}

#[test]
fn the_tier_share_comparison_names_each_tier_in_the_planner_s_words() {
    let charts = comparison_charts(&comparison(), Lang::ZhCn);
    let shares = &charts[4].1;
    for tier in tier_names(&small("Today")) {
        assert!(shares.contains(&tier), "{tier} is not named");
    }
    assert!(shares.contains("各方案各等级会员占比"));
}

#[test]
fn identical_scenarios_show_zero_differences_in_the_table() {
    let a = small("Today");
    let comparison = compare(&[a.clone(), a]);
    assert_eq!(comparison.kpis.len(), every_kpi());
    for kpi in &comparison.kpis {
        let b = &kpi.scenarios[1];
        assert!(b.value.is_some(), "B has no {}", kpi.kpi);
        assert_eq!(b.difference_from_a, Some(0.0), "{}", kpi.kpi);
    }
    let csv = comparison.to_csv();
    let b_lines: Vec<&str> = csv.lines().skip(1).filter(|l| l.contains(",B,")).collect();
    assert_eq!(b_lines.len(), every_kpi(), "{csv}");
    for line in b_lines {
        assert!(line.ends_with(",0,0"), "{line}");
    }
}

#[test]
fn a_replication_bands_each_main_series_and_charts_the_differences_from_a() {
    let replication = replication();
    for lang in LANGS {
        let charts = replication_charts(&replication, lang);
        assert_eq!(
            ids(&charts),
            [
                "bands_active_members",
                "bands_revenue",
                "bands_programme_cost",
                "bands_liability",
                "bands_differences"
            ]
        );
        for (id, svg) in &charts {
            assert_is_a_drawn_chart(id, svg);
            assert!(
                svg.contains("B · Harder Gold"),
                "{id}: B missing from the legend"
            );
        }
    }
    let english = replication_charts(&replication, Lang::En);
    assert!(english[0].1.contains("P10–P90 of 5 seeds"));
    assert!(english[4]
        .1
        .contains("Difference from A (% of A&apos;s median) →"));
    let chinese = replication_charts(&replication, Lang::ZhCn);
    assert!(chinese[4].1.contains("期末活跃会员") && chinese[4].1.contains("与方案 A 的差异"));
}

#[test]
fn each_band_holds_its_median_between_p10_and_p90_and_is_drawn_translucent() {
    let replication = replication();
    assert_eq!(replication.scenarios.len(), 2);
    for scenario in &replication.scenarios {
        assert_eq!(scenario.bands.len(), SERIES, "{}", scenario.scenario_name);
        for band in &scenario.bands {
            assert_eq!(band.p50.len(), 12, "{}", band.name);
            for month in 0..band.p50.len() {
                let (low, mid, high) = (band.p10[month], band.p50[month], band.p90[month]);
                assert!(low <= mid && mid <= high, "{} month {month}", band.name);
            }
        }
    }
    let charts = replication_charts(&replication, Lang::En);
    // One translucent band per scenario, plus the two legend swatches.
    let translucent = charts[0].1.matches("opacity=\"0.18\"").count();
    assert!(translucent >= 4, "{translucent} translucent shapes");
}

#[test]
fn one_scenario_alone_gets_bands_but_no_differences() {
    let alone = replicate_comparison(&[small("Today")], 3);
    let charts = replication_charts(&alone, Lang::En);
    assert_eq!(charts.len(), 4);
    assert!(!ids(&charts).contains(&"bands_differences"));
}

#[test]
fn identical_scenarios_put_every_difference_at_zero() {
    let a = small("Today");
    let replication = replicate_comparison(&[a.clone(), a], 3);
    assert_eq!(replication.differences.len(), 1, "B against A");
    for paired in &replication.differences {
        assert_eq!(paired.differences_from_a.len(), every_kpi());
        for kpi in &paired.differences_from_a {
            let ends = kpi.interval.as_ref().map(|i| (i.runs, i.p10, i.p90));
            assert_eq!(ends, Some((3, 0.0, 0.0)), "{}", kpi.kpi);
        }
    }
    let charts = replication_charts(&replication, Lang::En);
    assert_is_a_drawn_chart("bands_differences", &charts[4].1);
}

#[test]
fn a_sweep_charts_members_and_money_against_the_swept_value() {
    let sweep = gold_sweep();
    let names = tier_names(&small("Today"));
    for lang in LANGS {
        let charts = sweep_charts(&sweep, &names, "", lang);
        assert_eq!(ids(&charts), ["sweep_members", "sweep_money"]);
        for (id, svg) in &charts {
            assert_is_a_drawn_chart(id, svg);
            assert!(
                svg.contains("tiers.levels[2].threshold →"),
                "{id}: no x axis title"
            );
        }
    }
    let english = sweep_charts(&sweep, &names, "", Lang::En);
    assert!(
        english[0].1.contains("Share in 金卡会员")
            && english[0].1.contains("↑ Active members at the end")
    );
    assert!(english[1].1.contains("↑ ¥ over the horizon") && english[1].1.contains("↑ ROI (%)"));
    let chinese = sweep_charts(&sweep, &names, "", Lang::ZhCn);
    assert!(chinese[0].1.contains("金卡会员占比") && chinese[1].1.contains("投资回报率"));
}

#[test]
fn a_sweep_names_the_parameter_as_the_planner_calls_it_in_its_titles_and_value_axis() {
    let sweep = gold_sweep();
    let names = tier_names(&small("Today"));
    for (lang, label, title) in [
        (
            Lang::En,
            "Gold · Threshold (growth)",
            "Members and tiers at the end against Gold · Threshold (growth)",
        ),
        (
            Lang::ZhCn,
            "金卡会员 · 升级门槛（成长值）",
            "期末会员与等级随 金卡会员 · 升级门槛（成长值） 的变化",
        ),
    ] {
        let charts = sweep_charts(&sweep, &names, label, lang);
        let (_, members) = &charts[0];
        assert!(members.contains(title), "{lang:?}: no title {title}");
        for (id, svg) in &charts {
            assert!(svg.contains(&format!("{label} →")), "{id}: no axis {label}");
            assert!(!svg.contains("tiers.levels"), "{id} still shows the path");
        }
    }
}

#[test]
fn a_sweep_value_that_could_not_run_leaves_a_gap_not_a_failure() {
    // Gold under Silver's threshold (100) cannot run.
    let sweep = sweep(
        &small("Today"),
        "tiers.levels[2].threshold",
        0.0,
        600.0,
        4,
        Wording::PLAIN,
    )
    .unwrap_or_else(|p| panic!("the Gold threshold can be swept: {p}"));
    assert!(sweep.steps.iter().any(|s| !s.problems.is_empty()));
    for (id, svg) in sweep_charts(&sweep, &[], "", Lang::En) {
        assert_is_a_drawn_chart(&id, &svg);
    }
}

#[test]
fn the_tornado_names_the_kpi_the_change_and_each_assumption() {
    let tornado = revenue_tornado();
    let english = tornado_charts(&tornado, &[], Lang::En);
    assert_eq!(ids(&english), ["tornado"]);
    let svg = &english[0].1;
    assert_is_a_drawn_chart("tornado", svg);
    assert!(svg.contains("What moves Revenue: each assumption ±20%"));
    assert!(svg.contains("Lowered (−20%)") && svg.contains("Raised (+20%)"));
    assert!(svg.contains("Revenue →") && svg.contains("Purchase rate"));
    let chinese = tornado_charts(&tornado, &[], Lang::ZhCn);
    assert_is_a_drawn_chart("tornado", &chinese[0].1);
    assert!(chinese[0].1.contains("购买频次") && chinese[0].1.contains("调高"));
}

#[test]
fn empty_studies_still_draw_with_a_note() {
    let nothing = Comparison {
        fairness: Fairness::of_seeds(Vec::new()),
        scenarios: Vec::new(),
        kpis: Vec::new(),
    };
    let no_steps = Sweep {
        parameter: "points.cost_per_point".into(),
        base_value: 0.01,
        steps: Vec::new(),
    };
    let mut no_bars = revenue_tornado();
    no_bars.bars.clear();
    for lang in LANGS {
        let mut charts = comparison_charts(&nothing, lang);
        charts.extend(sweep_charts(&no_steps, &[], "", lang));
        charts.extend(tornado_charts(&no_bars, &[], lang));
        for (id, svg) in &charts {
            assert_is_a_drawn_chart(id, svg);
        }
    }
}

#[test]
fn drawing_a_study_twice_gives_the_same_bytes() {
    let comparison = comparison();
    let replication = replication();
    for lang in LANGS {
        assert_eq!(
            comparison_charts(&comparison, lang),
            comparison_charts(&comparison, lang)
        );
        assert_eq!(
            replication_charts(&replication, lang),
            replication_charts(&replication, lang)
        );
    }
}
