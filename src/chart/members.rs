//! Charts of how many members there are and where they sit, month by month: enrolled /
//! alive / active, lifecycle stages, tiers, and tier moves.

use super::frame::{Canvas, DrawResult};
use super::labels::labels;
use super::layouts::{line_chart, month_axis, one_panel, stack_chart, value_axis, OnePanel};
use super::marks::{self, Layer, Line, Stroke};
use super::theme;
use crate::metrics::{MonthRow, Results};
use crate::words::format::Unit;
use crate::words::Lang;

fn per_month(results: &Results, value: impl Fn(&MonthRow) -> u64) -> Vec<f64> {
    results.months.iter().map(|m| value(m) as f64).collect()
}

/// Enrolled, alive (latent: the company cannot see it, so dashed) and active members.
pub fn members(root: &Canvas, results: &Results, lang: Lang) -> DrawResult {
    let words = labels(lang);
    let lines = [
        Line::new(
            words.enrolled,
            theme::GREY,
            Stroke::Solid,
            per_month(results, |m| m.enrolled),
        ),
        Line::new(
            words.alive_latent,
            theme::PURPLE,
            Stroke::Dashed,
            per_month(results, |m| m.alive),
        ),
        Line::new(
            words.active,
            theme::BLUE,
            Stroke::Solid,
            per_month(results, |m| m.active),
        ),
    ];
    let x = month_axis(results, lang, false);
    line_chart(
        root,
        words.members_title,
        x,
        words.members_axis,
        Unit::Count,
        &lines,
        lang,
    )
}

/// Members in each lifecycle stage, stacked from the newest (introduction) to churned.
pub fn lifecycle(root: &Canvas, results: &Results, lang: Lang) -> DrawResult {
    let words = labels(lang);
    let stage_values: [fn(&MonthRow) -> u64; 5] = [
        |m| m.stages.introduction,
        |m| m.stages.growth,
        |m| m.stages.maturity,
        |m| m.stages.dormant,
        |m| m.stages.churned,
    ];
    let colours = [
        theme::LIGHT_BLUE,
        theme::BLUE,
        theme::NAVY,
        theme::AMBER,
        theme::PALE_GREY,
    ];
    let layers: Vec<Layer> = (0..5)
        .map(|i| {
            Layer::new(
                words.stages[i],
                colours[i],
                per_month(results, stage_values[i]),
            )
        })
        .collect();
    let x = month_axis(results, lang, false);
    stack_chart(
        root,
        words.lifecycle_title,
        x,
        words.members_axis,
        Unit::Count,
        &layers,
        lang,
    )
}

/// Members per tier, the entry tier at the bottom, in the results' own tier names.
pub fn tiers(root: &Canvas, results: &Results, lang: Lang) -> DrawResult {
    let words = labels(lang);
    let tier_count = results.tier_names.len().max(
        results
            .months
            .iter()
            .map(|m| m.tiers.len())
            .max()
            .unwrap_or(0),
    );
    let colours = theme::ordinal(tier_count);
    let layers: Vec<Layer> = (0..tier_count)
        .map(|t| {
            let name = results
                .tier_names
                .get(t)
                .cloned()
                .unwrap_or_else(|| format!("#{}", t + 1));
            let values = per_month(results, |m| m.tiers.get(t).copied().unwrap_or(0));
            Layer::new(name, colours[t], values)
        })
        .collect();
    let x = month_axis(results, lang, false);
    stack_chart(
        root,
        words.tiers_title,
        x,
        words.members_axis,
        Unit::Count,
        &layers,
        lang,
    )
}

/// Upgrades above zero and downgrades below it, one pair of bars per month.
pub fn tier_moves(root: &Canvas, results: &Results, lang: Lang) -> DrawResult {
    let words = labels(lang);
    let upgrades = per_month(results, |m| m.upgrades);
    let downgrades: Vec<f64> = per_month(results, |m| m.downgrades)
        .into_iter()
        .map(|d| -d)
        .collect();
    let up = Layer::new(words.upgrades, theme::GREEN, upgrades);
    let down = Layer::new(words.downgrades, theme::RED, downgrades);
    let values = up.values.iter().chain(down.values.iter()).copied();
    let spec = OnePanel {
        title: words.tier_moves_title,
        x: month_axis(results, lang, true),
        y: value_axis(words.moves_axis, Unit::Count, values, 5),
        keys: vec![up.key(), down.key()],
        empty_note: results.months.is_empty().then_some(words.no_months),
    };
    one_panel(root, spec, lang, |plot| {
        marks::bars(plot, &up.values, up.color)?;
        marks::bars(plot, &down.values, down.color)
    })
}
