//! Exports of the results: CSV of the monthly rows (one line per month, the tier columns
//! named after the scenario's tiers). Not for: the UTF-8 byte-order mark Excel wants; the
//! page and the CLI add it where the file is written.

use crate::metrics::{MonthRow, Results};
use crate::money::Money;

/// A CSV field, quoted when it holds a separator, a quote or a line break.
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

fn money(m: Money) -> String {
    format!("{:.2}", m.units())
}

type Column = (&'static str, fn(&MonthRow) -> String);

const COLUMNS_BEFORE_TIERS: [Column; 12] = [
    ("month", |r| r.month.to_string()),
    ("calendar_month", |r| r.label.clone()),
    ("enrolled", |r| r.enrolled.to_string()),
    ("new_members", |r| r.new_members.to_string()),
    ("alive", |r| r.alive.to_string()),
    ("dropped_out", |r| r.dropped_out.to_string()),
    ("active", |r| r.active.to_string()),
    ("introduction", |r| r.stages.introduction.to_string()),
    ("growth", |r| r.stages.growth.to_string()),
    ("maturity", |r| r.stages.maturity.to_string()),
    ("dormant", |r| r.stages.dormant.to_string()),
    ("churned", |r| r.stages.churned.to_string()),
];

const COLUMNS_AFTER_TIERS: [Column; 24] = [
    ("upgrades", |r| r.upgrades.to_string()),
    ("downgrades", |r| r.downgrades.to_string()),
    ("first_purchases", |r| r.first_purchases.to_string()),
    ("repeat_purchases", |r| r.repeat_purchases.to_string()),
    ("gross_sales", |r| money(r.gross_sales)),
    ("discounts", |r| money(r.discounts)),
    ("revenue", |r| money(r.revenue)),
    ("growth_earned", |r| r.growth_earned.to_string()),
    ("points_issued", |r| r.points_issued.to_string()),
    ("points_redeemed", |r| r.points_redeemed.to_string()),
    ("points_expired", |r| r.points_expired.to_string()),
    ("points_outstanding", |r| r.points_outstanding.to_string()),
    ("rewards_redeemed", |r| r.rewards_redeemed.to_string()),
    ("reward_cost", |r| money(r.reward_cost)),
    ("reward_cash", |r| money(r.reward_cash)),
    ("benefit_cost", |r| money(r.benefit_cost)),
    ("programme_cost", |r| money(r.programme_cost)),
    ("liability", |r| money(r.liability)),
    ("expected_breakage_points", |r| {
        r.expected_breakage_points.to_string()
    }),
    ("revenue_allocated_to_points", |r| {
        money(r.revenue_recognition.allocated)
    }),
    ("expected_redemption_rate", |r| {
        format!("{:.4}", r.revenue_recognition.expected_redemption_rate)
    }),
    ("points_revenue_recognised", |r| {
        money(r.revenue_recognition.recognised)
    }),
    ("points_revenue_reversed", |r| {
        money(r.revenue_recognition.reversed)
    }),
    ("points_revenue_deferred", |r| {
        money(r.revenue_recognition.deferred)
    }),
];

/// The monthly rows as CSV with a header line; tier columns are `tier:NAME`.
pub fn monthly_csv(results: &Results) -> String {
    let mut header: Vec<String> = COLUMNS_BEFORE_TIERS
        .iter()
        .map(|(n, _)| n.to_string())
        .collect();
    header.extend(
        results
            .tier_names
            .iter()
            .map(|t| field(&format!("tier:{t}"))),
    );
    header.extend(COLUMNS_AFTER_TIERS.iter().map(|(n, _)| n.to_string()));
    let mut out = header.join(",") + "\n";
    for row in &results.months {
        let mut cells: Vec<String> = COLUMNS_BEFORE_TIERS
            .iter()
            .map(|(_, f)| field(&f(row)))
            .collect();
        cells.extend(row.tiers.iter().map(u64::to_string));
        cells.extend(COLUMNS_AFTER_TIERS.iter().map(|(_, f)| field(&f(row))));
        out += &cells.join(",");
        out.push('\n');
    }
    out
}
