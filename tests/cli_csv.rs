//! The command line's monthly CSV beyond its first header: every row has the header's
//! number of columns, the months come in order with their calendar labels, and every
//! figure equals the same figure in the command's JSON output for the same scenario.

use std::process::Command;

use serde_json::Value;

fn tierlab(args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_tierlab"))
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("tierlab {args:?}: {e}"));
    assert!(
        out.status.success(),
        "tierlab {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap_or_else(|e| panic!("tierlab {args:?}: {e}"))
}

/// The hotel preset (five tiers, campaigns, referrals, a warm-up) cut down to run in a
/// second, written where the command line can read it.
fn small_hotel() -> std::path::PathBuf {
    let mut scenario: Value = serde_json::from_str(&tierlab(&["preset", "hotel"]))
        .unwrap_or_else(|e| panic!("the hotel preset is not JSON: {e}"));
    scenario["population"]["starting_members"] = 2_000.into();
    scenario["population"]["new_members_per_month"] = 60.into();
    let path = std::env::temp_dir().join(format!("tierlab-cli-csv-{}.json", std::process::id()));
    std::fs::write(&path, scenario.to_string()).unwrap_or_else(|e| panic!("{path:?}: {e}"));
    path
}

/// The cells of one CSV line: fields separated by commas, a field in double quotes may hold
/// commas and doubled quotes.
fn cells(line: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        let cell = cells.last_mut().expect("there is always a cell");
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => cells.push(String::new()),
            _ => cell.push(c),
        }
    }
    cells
}

/// The JSON figure a CSV column shows for one month: the month's field of the same name,
/// with the few columns named otherwise for scripts mapped here.
fn json_figure<'a>(month: &'a Value, column: &str, tier_names: &[Value]) -> Option<&'a Value> {
    if let Some(tier) = column.strip_prefix("tier:") {
        let k = tier_names.iter().position(|n| n.as_str() == Some(tier))?;
        return month["tiers"].get(k);
    }
    let path = match column {
        "calendar_month" => "/label",
        "introduction" | "growth" | "maturity" | "dormant" | "churned" => {
            return month["stages"].get(column);
        }
        "revenue_allocated_to_points" => "/revenue_recognition/allocated",
        "points_revenue_recognised" => "/revenue_recognition/recognised",
        "points_revenue_deferred" => "/revenue_recognition/deferred",
        "points_revenue_reversed" => "/revenue_recognition/reversed",
        "expected_redemption_rate" => "/revenue_recognition/expected_redemption_rate",
        _ => return month.get(column),
    };
    month.pointer(path)
}

#[test]
fn every_csv_row_has_the_headers_columns_in_month_order_with_the_json_outputs_figures() {
    let path = small_hotel();
    let path = path.to_string_lossy();
    let csv = tierlab(&["run", &path, "--format", "csv"]);
    let json: Value = serde_json::from_str(&tierlab(&["run", &path, "--format", "json"]))
        .unwrap_or_else(|e| panic!("the JSON output does not parse: {e}"));
    let months = json["months"].as_array().expect("the JSON has months");
    let tier_names = json["tier_names"]
        .as_array()
        .expect("the JSON has tier names");
    assert_eq!(months.len(), 36);

    let mut lines = csv.lines();
    let header = cells(lines.next().expect("the CSV has a header"));
    let rows: Vec<Vec<String>> = lines.map(cells).collect();
    assert_eq!(rows.len(), months.len(), "one row per month");
    assert_eq!(
        header.iter().filter(|h| h.starts_with("tier:")).count(),
        tier_names.len()
    );
    for (i, (row, month)) in rows.iter().zip(months).enumerate() {
        assert_eq!(row.len(), header.len(), "row {i}: {row:?}");
        assert_eq!(row[0], i.to_string(), "months in order");
        for (column, cell) in header.iter().zip(row) {
            let figure = json_figure(month, column, tier_names)
                .unwrap_or_else(|| panic!("column {column} has no figure in the JSON"));
            match figure {
                Value::String(text) => assert_eq!(cell, text, "month {i}, {column}"),
                Value::Number(n) => {
                    let written: f64 = cell
                        .parse()
                        .unwrap_or_else(|e| panic!("month {i}, {column}: {cell:?}: {e}"));
                    assert_eq!(Some(written), n.as_f64(), "month {i}, {column}");
                }
                Value::Null => assert_eq!(cell, "", "month {i}, {column}"),
                other => panic!("month {i}, {column}: {other} is not a figure"),
            }
        }
    }
    // Calendar months follow each other from January 2026: 2026-01, 2026-02, …, 2028-12.
    let label = header.iter().position(|h| h == "calendar_month");
    for (i, row) in rows.iter().enumerate() {
        let expected = format!("{}-{:02}", 2026 + i / 12, i % 12 + 1);
        assert_eq!(label.map(|c| row[c].as_str()), Some(expected.as_str()));
    }
}
