//! Charts: every kind draws for a real (small) run in both languages, says what it shows,
//! is byte-for-byte reproducible, and survives empty, tiny, all-zero and huge results.

use tierlab::chart::{render, render_all, ChartKind};
use tierlab::metrics::{simulate, Results};
use tierlab::money::Money;
use tierlab::scenario::Scenario;
use tierlab::words::format::{count, money, percent};
use tierlab::words::Lang;

mod svg;
use svg::assert_is_a_drawn_chart;

const CHINESE_TIERS: [&str; 3] = ["普通会员", "银卡会员", "金卡会员"];

/// The default programme with 300 starting members (fast), its tiers named in Chinese.
fn small_run(months: u32) -> Results {
    let mut scenario = Scenario::default();
    scenario.population.starting_members = 300;
    scenario.population.new_members_per_month = 30.0;
    scenario.horizon.months = months;
    for (tier, name) in scenario.tiers.levels.iter_mut().zip(CHINESE_TIERS) {
        tier.name = name.to_string();
    }
    simulate(&scenario)
}

fn assert_is_a_chart(svg: &str, kind: ChartKind, lang: Lang) {
    let id = kind.id();
    assert_is_a_drawn_chart(id, svg);
    assert!(
        svg.contains(kind.title(lang)),
        "{id} ({lang:?}): title missing"
    );
}

#[test]
fn every_chart_draws_for_a_small_run_in_both_languages() {
    let results = small_run(12);
    for lang in [Lang::En, Lang::ZhCn] {
        for kind in ChartKind::ALL {
            assert_is_a_chart(&render(kind, &results, lang), kind, lang);
        }
    }
}

#[test]
fn render_all_gives_every_chart_in_page_order() {
    let results = small_run(6);
    let charts = render_all(&results, Lang::En);
    let ids: Vec<&str> = charts.iter().map(|(id, _)| *id).collect();
    assert_eq!(
        ids,
        [
            "members",
            "lifecycle",
            "tiers",
            "tier_moves",
            "retention",
            "cohort_heatmap",
            "points",
            "money"
        ]
    );
    for ((_, svg), kind) in charts.iter().zip(ChartKind::ALL) {
        assert_is_a_chart(svg, kind, Lang::En);
    }
}

#[test]
fn the_tier_chart_names_every_tier_in_the_planners_own_words() {
    let results = small_run(6);
    for lang in [Lang::En, Lang::ZhCn] {
        let svg = render(ChartKind::Tiers, &results, lang);
        for name in CHINESE_TIERS {
            assert!(
                svg.contains(name),
                "{name} missing from the tier legend ({lang:?})"
            );
        }
    }
}

#[test]
fn a_chinese_page_gets_chinese_titles_axes_and_legends() {
    let results = small_run(6);
    let lifecycle = render(ChartKind::Lifecycle, &results, Lang::ZhCn);
    for stage in ["引入期", "成长期", "成熟期", "沉默期", "流失期"] {
        assert!(lifecycle.contains(stage), "{stage} missing");
    }
    assert!(lifecycle.contains("会员数") && lifecycle.contains("月份"));
    let money = render(ChartKind::Money, &results, Lang::ZhCn);
    assert!(money.contains("收入") && money.contains("会员计划成本"));
    let english = render(ChartKind::Lifecycle, &results, Lang::En);
    assert!(english.contains("Introduction") && !english.contains("引入期"));
}

#[test]
fn drawing_the_same_results_twice_gives_the_same_bytes() {
    let results = small_run(12);
    for lang in [Lang::En, Lang::ZhCn] {
        assert_eq!(render_all(&results, lang), render_all(&results, lang));
    }
}

fn assert_every_chart_draws(results: &Results, case: &str) {
    for lang in [Lang::En, Lang::ZhCn] {
        for kind in ChartKind::ALL {
            let svg = render(kind, results, lang);
            assert!(!svg.is_empty(), "{case}");
            assert_is_a_chart(&svg, kind, lang);
        }
    }
}

#[test]
fn results_with_no_months_still_draw_every_chart() {
    assert_every_chart_draws(&Results::default(), "no months");
    let svg = render(ChartKind::Members, &Results::default(), Lang::En);
    assert!(svg.contains("No months to show"));
}

#[test]
fn a_one_month_run_draws_every_chart() {
    assert_every_chart_draws(&small_run(1), "one month");
}

#[test]
fn a_run_where_nothing_happens_draws_every_chart() {
    let mut results = small_run(3);
    let labels: Vec<String> = results.months.iter().map(|m| m.label.clone()).collect();
    let tiers = results.tier_names.len();
    results.months = labels
        .into_iter()
        .enumerate()
        .map(|(i, label)| tierlab::metrics::MonthRow {
            month: i as u32,
            label,
            tiers: vec![0; tiers],
            ..Default::default()
        })
        .collect();
    for cohort in &mut results.cohorts {
        cohort.members = 0;
        cohort.active.iter_mut().for_each(|a| *a = 0);
    }
    assert_every_chart_draws(&results, "all zeros");
}

#[test]
fn huge_numbers_draw_every_chart() {
    let mut results = small_run(3);
    for row in &mut results.months {
        row.enrolled = u64::MAX / 2;
        row.alive = u64::MAX / 3;
        row.active = u64::MAX / 4;
        row.tiers.iter_mut().for_each(|t| *t = u64::MAX / 8);
        row.points_issued = u64::MAX;
        row.downgrades = u64::MAX / 2;
        row.revenue = Money(i64::MAX / 2);
        row.programme_cost = Money(i64::MIN / 2);
        row.liability = Money(i64::MAX);
    }
    assert_every_chart_draws(&results, "huge numbers");
}

#[test]
fn a_long_run_keeps_its_heat_map_and_axes_readable() {
    let results = small_run(120);
    let svg = render(ChartKind::CohortHeatmap, &results, Lang::En);
    assert_is_a_chart(&svg, ChartKind::CohortHeatmap, Lang::En);
    // 120 join months are pooled into at most 48 rows: at most 48 × 120 cells.
    assert!(svg.matches("<rect").count() < 48 * 120 + 100);
    // Month labels are thinned: a 120-month axis does not print 120 labels.
    let members = render(ChartKind::Members, &results, Lang::En);
    assert!(members.matches(">\n2026-").count() <= 2);
}

#[test]
fn numbers_read_the_way_a_planner_reads_them() {
    assert_eq!(count(12_345.0, Lang::En), "12.3k");
    assert_eq!(count(12_345.0, Lang::ZhCn), "1.2万");
    assert_eq!(money(1_234_567.0, Lang::En), "¥1.2M");
    assert_eq!(money(34_000_000.0, Lang::ZhCn), "¥3,400万");
    assert_eq!(percent(0.184), "18.4%");
}
