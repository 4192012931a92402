//! The limits the page's editor receives (`scenario_limits`, through the WASM) are the ones
//! the checks enforce: for every figure, a scenario at the limit passes and one just past it
//! is refused at the field's JSON path. Every expected figure comes from the export itself,
//! so a check that drifts from the figure the page shows fails here.

use serde_json::{json, Value};
use tierlab::scenario::{campaign_presets, parse, scenario_limits, Audience, Scenario};

/// A small scenario in which every limited field is present: an existing programme (warm-up
/// months), points that expire after some months, one campaign aimed at trailing spend, one
/// slider.
fn base() -> Value {
    let mut s = serde_json::to_value(Scenario::default()).expect("the default scenario writes");
    s["horizon"]["months"] = json!(12);
    s["population"]["starting_members"] = json!(200);
    s["population"]["new_members_per_month"] = json!(20);
    s["population"]["history"] = json!({"kind": "existing_programme", "warmup_months": 12});
    s["points"]["pending_months"] = json!(0);
    s["points"]["expiry"] = json!({"kind": "months_after_earning", "months": 12});
    let mut campaign = serde_json::to_value(&campaign_presets()[0]).expect("a campaign writes");
    campaign["audience"] = json!({"kind": "trailing_spend", "months": 3, "min": 100.0, "max": scenario_limits().open_end.amount});
    campaign["schedule"]["start_month"] = json!(0);
    campaign["schedule"]["end_month"] = json!(0);
    s["campaigns"] = json!([campaign]);
    s["embed"] = json!({"sliders": [slider("horizon.months")]});
    s
}

fn slider(path: &str) -> Value {
    json!({"path": path, "min": 0.0, "max": 100.0, "step": 1.0})
}

/// The field at a JSON path of the export (`campaigns[].audience.months`), the first item
/// standing for any.
fn at<'a>(s: &'a mut Value, path: &str) -> &'a mut Value {
    path.split('.')
        .fold(s, |value, step| match step.strip_suffix("[]") {
            Some(list) => &mut value[list][0],
            None => &mut value[step],
        })
}

/// The paths of the problems the scenario has (empty when it is valid).
fn problem_paths(s: &Value) -> Vec<String> {
    match parse(&s.to_string()) {
        Ok(_) => Vec::new(),
        Err(problems) => problems.into_iter().map(|p| p.path).collect(),
    }
}

/// `path` as problems name it: the first item of each list.
fn concrete(path: &str) -> String {
    path.replace("[]", "[0]")
}

#[test]
fn the_small_scenario_the_tests_edit_is_valid() {
    assert_eq!(problem_paths(&base()), Vec::<String>::new());
}

#[test]
fn every_whole_number_field_passes_at_its_ends_and_is_refused_just_past_them() {
    for (path, ends) in scenario_limits().whole {
        let problem = concrete(path);
        for (value, refused) in [
            (ends.min, false),
            (ends.max, false),
            (ends.min - 1, true),
            (ends.max + 1, true),
        ] {
            let mut s = base();
            *at(&mut s, path) = json!(value);
            let found = problem_paths(&s).contains(&problem);
            assert_eq!(
                found, refused,
                "{path} = {value}: a problem at {problem} expected: {refused}"
            );
        }
    }
}

/// A list at `path` of `n` items that differ where the list needs them to (names, rising
/// thresholds, shares adding up to 1, sliders on different fields).
fn items(path: &str, n: usize) -> Value {
    let mut s = base();
    let first = at(&mut s, path)
        .get(0)
        .cloned()
        .unwrap_or_else(|| match path {
            "growth.behaviours" => {
                json!({"name": "", "growth_per_action": 5, "actions_per_month": 1.0, "once": false})
            }
            "points.rewards" => json!({"name": "", "points": 100, "cash": 0.0, "cost": 1.0}),
            _ => panic!("the test does not know how to fill {path}"),
        });
    let fields = [
        "horizon.months",
        "horizon.start_year",
        "horizon.seed",
        "population.starting_members",
        "population.new_members_per_month",
        "economics.gross_margin",
        "growth.per_currency_unit",
        "points.per_currency_unit",
        "referral.referrals_per_month",
    ];
    let list: Vec<Value> = (0..n)
        .map(|i| {
            let mut item = first.clone();
            match path {
                "embed.sliders" => item = slider(fields[i % fields.len()]),
                _ => item["name"] = json!(format!("item {i}")),
            }
            if path == "tiers.levels" {
                item["threshold"] = json!(100 * i);
                item["keep_threshold"] = json!(100 * i);
            }
            if path == "population.segments" {
                item["share"] = json!(1.0 / n.max(1) as f64);
            }
            item
        })
        .collect();
    *at(&mut s, path) = Value::Array(list);
    s
}

#[test]
fn every_list_holds_from_its_fewest_to_its_most_items_and_not_one_more() {
    for (path, count) in scenario_limits().lists {
        let refused_with = |n: usize| problem_paths(&items(path, n)).contains(&path.to_string());
        assert!(!refused_with(count.max), "{path} with {} items", count.max);
        assert!(!refused_with(count.min.max(1)), "{path} with {}", count.min);
        assert!(refused_with(count.max + 1), "{path} with {}", count.max + 1);
        if count.min > 0 {
            assert!(refused_with(count.min - 1), "{path} with {}", count.min - 1);
        }
    }
}

#[test]
fn a_name_as_long_as_the_limit_passes_and_one_character_more_is_refused() {
    let most = scenario_limits().name_chars;
    for path in ["name", "campaigns[].name", "tiers.levels[].name"] {
        for (length, refused) in [(most, false), (most + 1, true)] {
            let mut s = base();
            *at(&mut s, path) = json!("名".repeat(length));
            let found = problem_paths(&s).contains(&concrete(path));
            assert_eq!(found, refused, "{path} of {length} characters");
        }
    }
}

#[test]
fn shares_within_the_tolerance_of_one_pass_and_further_off_are_refused() {
    let tolerance = scenario_limits().share_tolerance;
    for (excess, refused) in [(tolerance / 2.0, false), (tolerance * 2.0, true)] {
        let mut s = items("population.segments", 2);
        s["population"]["segments"][1]["share"] = json!(0.5 + excess);
        let found = problem_paths(&s).contains(&"population.segments".to_string());
        assert_eq!(found, refused, "shares adding up to 1 + {excess}");
    }
}

#[test]
fn the_most_referrals_a_month_passes_and_more_is_refused() {
    let most = scenario_limits().referrals_per_month;
    let path = "referral.referrals_per_month";
    for (rate, refused) in [(most, false), (most * 1.01, true)] {
        let mut s = base();
        *at(&mut s, path) = json!(rate);
        assert_eq!(
            problem_paths(&s).contains(&path.to_string()),
            refused,
            "{rate}"
        );
    }
}

#[test]
fn the_seeds_win_back_campaign_has_no_upper_end_as_the_page_reads_one() {
    let open = scenario_limits().open_end;
    let win_back = campaign_presets()
        .into_iter()
        .find(|c| c.name.contains("Win-back"))
        .expect("the seeds' win-back campaign");
    let Audience::All { of } = win_back.audience else {
        panic!("win-back is aimed at members who meet all of its conditions");
    };
    assert!(of.contains(&Audience::Purchases {
        min: 3,
        max: open.count
    }));
    assert!(of.contains(&Audience::TotalSpend {
        min: 500.0,
        max: open.amount
    }));
    // The open end for points is a whole number the page holds exactly.
    assert_eq!(open.points as f64 as u64, open.points);
    assert_eq!((open.points + 1) as f64 as u64, open.points + 1);
    assert_ne!((open.points + 2) as f64 as u64, open.points + 2);
}

/// Every file of the page's scripts, with its name.
fn page_scripts() -> Vec<(String, String)> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("www/js");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("www/js is readable")
        .map(|entry| entry.expect("a directory entry").path())
        .filter(|path| path.extension().is_some_and(|e| e == "js"))
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("a script reads");
            (path.display().to_string(), text)
        })
        .collect();
    files.sort();
    files
}

#[test]
fn no_page_script_writes_down_a_limit_the_core_exports() {
    let limits = scenario_limits();
    // The ways the page wrote the limits down before it read them from the core.
    let mut written: Vec<String> = vec![
        format!("kind: 'text', max: {}", limits.name_chars),
        format!("String(def.max || {})", limits.name_chars),
        format!("> {:e}", limits.share_tolerance),
        format!("u32: {}", limits.open_end.count),
        format!("money: {:e}", limits.open_end.amount),
        format!("slider: [0, {}, ", limits.referrals_per_month),
    ];
    for count in limits.lists.values() {
        written.push(format!("_CAMPAIGNS = {};", count.max));
        written.push(format!("_SLIDERS = {};", count.max));
        written.push(format!("_TIERS = {};", count.max));
    }
    for ends in limits.whole.values() {
        written.push(format!("min: {}, max: {},", ends.min, ends.max));
        written.push(format!("max: {}, unit", ends.max));
    }
    written.sort();
    written.dedup();
    let mut found = Vec::new();
    for (file, text) in page_scripts() {
        for form in &written {
            if text.contains(form.as_str()) {
                found.push(format!("{file}: {form}"));
            }
        }
        // A list's most items, written under its "empty" line in the field tables.
        let lines: Vec<&str> = text.lines().collect();
        for (i, _) in lines
            .iter()
            .enumerate()
            .filter(|(_, l)| l.contains("empty: "))
        {
            for next in lines.iter().skip(i + 1).take(2) {
                let most = limits.lists.values().map(|c| format!("max: {},", c.max));
                if let Some(form) = most.into_iter().find(|m| next.trim() == m.as_str()) {
                    found.push(format!("{file}: after line {}: {form}", i + 1));
                }
            }
        }
    }
    assert_eq!(
        found,
        Vec::<String>::new(),
        "limits the page should read from the core"
    );
}
