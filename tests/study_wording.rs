//! The studies' own problems in the planner's language: every problem a sweep, a tornado,
//! a goal-seek, the liability ceiling or the threshold designer can give reads as Chinese
//! for a zh-CN reader (on the page, with shares as percents, and with the file's own
//! numbers), at the same path as in English; the command line's English stays as it was.
//! Every study's CSV for the page (comparison, replications, sweep, tornado, goal-seek,
//! ceiling, ladder) names its columns, KPIs, tiers and assumptions in the
//! page's language, the KPI ids kept beside the names.

mod chinese;

use chinese::assert_said_in_chinese;
use tierlab::scenario::{Problem, Scenario, Wording};
use tierlab::study::{
    compare, design, replicate_comparison, seek_liability_ceiling, seek_thresholds, sweep,
    tier_names, tornado, with_thresholds, LadderDesign, PointsLever, Progression,
};
use tierlab::words::Lang;

/// The default programme (Regular 0, Silver 100, Gold 300), small enough to run at once.
fn small() -> Scenario {
    let mut scenario = Scenario::default();
    scenario.population.starting_members = 200;
    scenario.population.new_members_per_month = 20.0;
    scenario.horizon.months = 6;
    scenario
}

fn ladder(tiers: usize, years_to_top: f64, daily_growth_cap: f64, p: Progression) -> LadderDesign {
    LadderDesign {
        years_to_top,
        daily_growth_cap,
        tiers,
        progression: p,
    }
}

/// A problem said without a path (goal-seek and the ceiling answer with a sentence; the
/// page puts it at their argument).
fn sentence(message: String) -> Vec<Problem> {
    vec![Problem {
        path: String::new(),
        message,
    }]
}

/// Every problem of every study, in `wording`: (case, problems).
fn study_problems(wording: Wording) -> Vec<(&'static str, Vec<Problem>)> {
    let s = small();
    let gold = "tiers.levels[2].threshold";
    let exponential = |ratio| Progression::Exponential { ratio };
    let designed = |d: LadderDesign| design(&d, wording).err().into_iter().collect();
    let swept = |path, from, to, steps| sweep(&s, path, from, to, steps, wording);
    let sweep_fails = |path, steps| swept(path, 1.0, 2.0, steps).err().into_iter().collect();
    // Gold under Silver's 100 gives every step the reader's problems.
    let under_silver = swept(gold, 50.0, 60.0, 2)
        .map(|r| r.steps.into_iter().flat_map(|step| step.problems).collect())
        .unwrap_or_default();
    let tornado_fails = |kpi, change| {
        tornado(&s, kpi, change, wording)
            .err()
            .into_iter()
            .collect()
    };
    let seek_fails = |month, shares: &[f64]| {
        seek_thresholds(&s, month, shares, wording)
            .err()
            .map(sentence)
            .unwrap_or_default()
    };
    let thresholds_fail = |thresholds: &[u32]| {
        with_thresholds(&s, thresholds, wording)
            .err()
            .map(sentence)
            .unwrap_or_default()
    };
    let ceiling = seek_liability_ceiling(&s, PointsLever::EarnRate, -1.0, wording);
    vec![
        ("sweep of no steps", sweep_fails(gold, 0)),
        (
            "sweep to no field",
            sweep_fails("tiers.levels[9].threshold", 3),
        ),
        ("sweep of no path", sweep_fails("tiers..levels", 3)),
        ("sweep of text", sweep_fails("name", 3)),
        ("sweep step under Silver", under_silver),
        ("tornado by 150%", tornado_fails("revenue", 1.5)),
        ("tornado of no KPI", tornado_fails("happiness", 0.2)),
        ("two shares for three tiers", seek_fails(3, &[0.5, 0.5])),
        ("shares adding up to 90%", seek_fails(3, &[0.5, 0.3, 0.1])),
        ("month past the horizon", seek_fails(6, &[0.5, 0.3, 0.2])),
        ("two thresholds for three tiers", thresholds_fail(&[0, 10])),
        ("thresholds falling", thresholds_fail(&[0, 20, 10])),
        (
            "a ceiling under 0",
            ceiling.err().map(sentence).unwrap_or_default(),
        ),
        (
            "eleven tiers",
            designed(ladder(11, 3.0, 20.0, exponential(2.0))),
        ),
        ("no years", designed(ladder(4, 0.0, 20.0, exponential(2.0)))),
        (
            "no daily cap",
            designed(ladder(4, 3.0, 0.0, exponential(2.0))),
        ),
        (
            "a ratio of 1",
            designed(ladder(4, 3.0, 20.0, exponential(1.0))),
        ),
        (
            "an exponent of 0",
            designed(ladder(4, 3.0, 20.0, Progression::Power { exponent: 0.0 })),
        ),
        (
            "a top past 2^32",
            designed(ladder(4, 50.0, 1e9, Progression::Fibonacci)),
        ),
    ]
}

#[test]
fn every_study_problem_reads_as_chinese_for_a_chinese_planner() {
    let english = study_problems(Wording::PLAIN);
    for chinese in [
        Wording::page(Lang::ZhCn),
        Wording {
            lang: Lang::ZhCn,
            shares_as_percent: false,
        },
    ] {
        for ((case, en), (_, zh)) in english.iter().zip(study_problems(chinese)) {
            assert!(!en.is_empty(), "{case}: no problem at all");
            assert_eq!(en.len(), zh.len(), "{case}");
            for (en, zh) in en.iter().zip(&zh) {
                assert_said_in_chinese(case, en, zh);
            }
        }
    }
}

#[test]
fn a_share_in_a_study_problem_reads_as_a_percent_on_the_page_and_as_given_on_the_command_line() {
    let said = |wording| {
        seek_thresholds(&small(), 3, &[0.5, 0.3, 0.1], wording)
            .err()
            .unwrap_or_default()
    };
    assert_eq!(
        said(Wording::page(Lang::ZhCn)),
        "目标占比 50%、30%、10% 须各在 0 到 100% 之间且合计 100%（当前合计 90%）"
    );
    assert_eq!(
        said(Wording::page(Lang::En)),
        "target shares 50%, 30%, 10% must each be 0–100% and add up to 100% (they add up to 90%)"
    );
    assert_eq!(
        said(Wording::PLAIN),
        "target shares 0.5, 0.3, 0.1 must each be 0–1 and add up to 1 (they add up to 0.9)"
    );
}

#[test]
fn the_page_s_comparison_csv_names_its_columns_and_kpis_in_the_page_s_language() {
    let s = small();
    let tiers = tier_names(&s);
    let comparison = compare(&[s.clone(), s.clone()]);
    let zh = comparison.to_csv_in(Lang::ZhCn, &tiers);
    assert!(
        zh.starts_with("指标,指标代码,单位,方案,名称,数值,与 A 的差异,与 A 的差异（%）\n"),
        "{zh}"
    );
    assert!(
        zh.contains("\nGold 占比,share_in_tier_2,占比（0–1）,B,"),
        "{zh}"
    );
    let en = comparison.to_csv_in(Lang::En, &tiers);
    assert!(en.starts_with(
        "KPI,KPI id,Unit,Scenario,Name,Value,Difference from A,% difference from A\n"
    ));
    assert!(
        en.contains("\nShare in Gold,share_in_tier_2,share (0–1),A,"),
        "{en}"
    );
    assert!(
        comparison.to_csv().starts_with("kpi,unit,scenario,name,"),
        "the command line keeps the ids for scripts"
    );

    let replicated = replicate_comparison(&[s.clone(), s], 2);
    let zh = replicated.to_csv_in(Lang::ZhCn, &tiers);
    assert!(
        zh.starts_with("方案,名称,度量,指标,指标代码,单位,运行次数,均值,标准误,P10,P50,P90\n"),
        "{zh}"
    );
    assert!(
        zh.contains(",与 A 的差异,期末活跃会员,active_members_at_end,数量,2,"),
        "{zh}"
    );
    assert!(replicated
        .to_csv()
        .starts_with("scenario,name,measure,kpi,unit,"));
}

#[test]
fn the_page_s_sweep_tornado_goal_seek_ceiling_and_ladder_csv_are_in_the_page_s_language() {
    let s = small();
    let tiers = tier_names(&s);
    let plain = Wording::PLAIN;
    let first_line = |csv: &str| csv.lines().next().unwrap_or_default().to_string();

    let swept = sweep(&s, "tiers.levels[1].threshold", 50.0, 150.0, 2, plain).expect("sweep");
    let zh = swept.to_csv_in(Lang::ZhCn, &tiers);
    assert!(zh.starts_with("tiers.levels[1].threshold,问题,"), "{zh}");
    assert!(
        first_line(&zh).contains(",Gold 占比 (share_in_tier_2)"),
        "{zh}"
    );
    assert!(
        first_line(&swept.to_csv_in(Lang::En, &tiers)).contains(",Share in Gold (share_in_tier_2)")
    );
    assert!(swept
        .to_csv()
        .starts_with("tiers.levels[1].threshold,problems,"));

    let kpi = "active_members_at_end";
    let bars = tornado(&s, kpi, 0.2, plain).expect("tornado");
    let zh = bars.to_csv_in(Lang::ZhCn, &tiers);
    assert_eq!(
        first_line(&zh),
        "假设,指标,指标代码,单位,调低后,原值,调高后,摆幅,变动的字段,问题"
    );
    let second = zh.lines().nth(1).unwrap_or_default();
    assert!(
        second.contains(&format!(",期末活跃会员,{kpi},数量,")),
        "{zh}"
    );
    assert!(
        !second.starts_with(|c: char| c.is_ascii_alphabetic()),
        "the assumption is named in Chinese: {second}"
    );
    assert!(bars.to_csv().starts_with("assumption,kpi,unit,low,"));

    let seek = seek_thresholds(&s, 3, &[0.5, 0.3, 0.2], plain).expect("seek");
    let zh = seek.to_csv_in(Lang::ZhCn, &tiers);
    assert!(
        zh.starts_with("等级,门槛,保级成长值,目标占比（0–1）,达成占比（0–1）\nRegular,0,"),
        "{zh}"
    );
    assert!(seek.to_csv().starts_with("tier,threshold,keep_threshold,"));

    let ceiling = seek_liability_ceiling(&s, PointsLever::EarnRate, 1e12, plain).expect("ceiling");
    let zh = ceiling.to_csv_in(Lang::ZhCn);
    assert!(zh.starts_with("调节项,负债上限（元）,方案中的取值,原方案期末负债（元）,满足上限的取值,调整后期末负债（元）\n每消费 1 元得积分,"), "{zh}");
    assert!(ceiling.to_csv().starts_with("lever,ceiling,"));

    let ladder = design(&ladder(4, 3.0, 20.0, Progression::Fibonacci), plain).expect("ladder");
    let zh = ladder.to_csv_in(Lang::ZhCn);
    assert!(
        zh.starts_with("等级（0 = 入门级）,门槛,按每日上限达到所需天数\n0,0,"),
        "{zh}"
    );
    assert!(ladder
        .to_csv()
        .starts_with("tier,threshold,days_to_reach\n"));
}
