//! Ready-made scenarios: the programmes the domain brief names, with realistic numbers a
//! planner can start from.
//!
//! What it is for: a first scenario for each kind of business in the seeds — a hotel and
//! travel direct-sales platform with the five tiers of seed 003, a hot-pot chain with red /
//! silver / gold / black cards, a fresh-food chain with frequent small baskets and expiring
//! points (seed 002), a county cosmetics shop with ~600 members spending ~¥300 a year
//! (seed 001) — and the CDNOW benchmark, whose behaviour parameters are the published fit.
//! This file holds the menu ([`PRESETS`], [`preset`], [`preset_names`]) and the pieces the
//! presets share; each preset is one builder function in a file of its own that reads like
//! the programme's rulebook, its segments and tier tables written as columns, as a planner's
//! spreadsheet would.
//!
//! What it is not for: evidence. The numbers are plausible, not measured; the tier
//! thresholds are set so that the upper tiers hold roughly the top 20% of members (seed
//! 003: the programme mostly serves them). Every preset must pass [`super::validate`].

mod cosmetics;
mod fresh_food;
mod hotel;
mod hotpot;
#[cfg(test)]
mod tests;

use super::{
    campaign_presets, Campaign, GrowthBehaviour, Horizon, Reward, Scenario, Segment, Tier,
};
use crate::behaviour::{
    PlannerBehaviour, SegmentBehaviour, DROPOUT_CONCENTRATION, SPEND_RATE_SHAPE,
};

/// A preset as a picker lists it.
#[derive(Clone, Copy, Debug)]
pub struct PresetInfo {
    /// Stable id (`tierlab preset hotel`, the page's preset menu).
    pub id: &'static str,
    pub title_zh: &'static str,
    pub title_en: &'static str,
    /// One line on what the preset shows.
    pub summary_en: &'static str,
    build: fn(&PresetInfo) -> Scenario,
}

impl PresetInfo {
    /// "酒店旅游直销平台 · Hotel & travel direct sales": the scenario's name.
    pub fn name(&self) -> String {
        format!("{} · {}", self.title_zh, self.title_en)
    }

    /// A fresh copy of the preset's scenario.
    pub fn scenario(&self) -> Scenario {
        (self.build)(self)
    }
}

/// Every preset, in menu order.
pub const PRESETS: &[PresetInfo] = &[
    PresetInfo {
        id: "hotel",
        title_zh: "酒店旅游直销平台",
        title_en: "Hotel & travel direct sales",
        summary_en: "Five tiers at 0 / 2,000 / 10,000 / 20,000 / 50,000 growth, reviewed each calendar year; points expire at the end of the next year.",
        build: hotel::build,
    },
    PresetInfo {
        id: "hotpot",
        title_zh: "火锅连锁",
        title_en: "Hot-pot chain",
        summary_en: "Red, silver, gold and black cards on rolling 12-month growth; points last 24 months.",
        build: hotpot::build,
    },
    PresetInfo {
        id: "fresh_food",
        title_zh: "生鲜连锁",
        title_en: "Fresh-food chain",
        summary_en: "Frequent small baskets, rolling 12-month tiers, points expiring 12 months after earning; dormant after 30 days.",
        build: fresh_food::build,
    },
    PresetInfo {
        id: "cosmetics",
        title_zh: "县城美妆店",
        title_en: "County cosmetics shop",
        summary_en: "An existing programme of about 600 members spending about ¥300 a year each; points lapse after 12 months without a visit.",
        build: cosmetics::build,
    },
    PresetInfo {
        id: "cdnow",
        title_zh: "CDNOW 基准",
        title_en: "CDNOW benchmark",
        summary_en: "The published BG/NBD and Gamma-Gamma fit on CDNOW, under a simple three-tier programme.",
        // The model's defaults are the published fit under a simple three-tier programme.
        build: named,
    },
];

/// The presets' ids, in menu order.
pub fn preset_names() -> Vec<&'static str> {
    PRESETS.iter().map(|p| p.id).collect()
}

/// The preset with this id.
pub fn preset(name: &str) -> Option<Scenario> {
    PRESETS
        .iter()
        .find(|p| p.id == name)
        .map(PresetInfo::scenario)
}

// ---------------------------------------------------------------------------------------
// Shared pieces
// ---------------------------------------------------------------------------------------

/// The seed campaigns whose names contain these words (see `campaign_presets`).
fn seed_campaigns(words: &[&str]) -> Vec<Campaign> {
    campaign_presets()
        .into_iter()
        .filter(|c| words.iter().any(|w| c.name.contains(w)))
        .collect()
}

/// The defaults, named after the preset.
fn named(info: &PresetInfo) -> Scenario {
    Scenario {
        name: info.name(),
        ..Scenario::default()
    }
}

/// Three years from January 2026, seed 1.
fn three_years() -> Horizon {
    Horizon {
        months: 36,
        seed: 1,
        start_year: 2026,
        start_month: 1,
    }
}

/// A behaviour a member repeats, `actions_per_month` times on average.
fn monthly(name: &str, growth_per_action: u32, actions_per_month: f64) -> GrowthBehaviour {
    GrowthBehaviour {
        name: name.into(),
        growth_per_action,
        actions_per_month,
        once: false,
    }
}

/// A one-off behaviour, with its monthly chance until done.
fn once(name: &str, growth: u32, monthly_chance: f64) -> GrowthBehaviour {
    GrowthBehaviour {
        name: name.into(),
        growth_per_action: growth,
        actions_per_month: monthly_chance,
        once: true,
    }
}

fn reward(name: &str, points: u32, cash: f64, cost: f64) -> Reward {
    Reward {
        name: name.into(),
        points,
        cash,
        cost,
    }
}

/// Segments written as a table: one column per segment, each described in the planner's
/// form.
struct Segments<const N: usize> {
    names: [&'static str; N],
    shares: [f64; N],
    purchases_per_month: [f64; N],
    purchase_rate_spread: [f64; N],
    lost_per_year: [f64; N],
    average_order_value: [f64; N],
    order_value_spread: [f64; N],
}

impl<const N: usize> Segments<N> {
    fn segments(&self) -> Vec<Segment> {
        (0..N)
            .map(|i| Segment {
                name: self.names[i].into(),
                share: self.shares[i],
                behaviour: SegmentBehaviour::Planner(PlannerBehaviour {
                    purchases_per_month: self.purchases_per_month[i],
                    purchase_rate_spread: self.purchase_rate_spread[i],
                    lost_per_year: self.lost_per_year[i],
                    average_order_value: self.average_order_value[i],
                    order_value_spread: self.order_value_spread[i],
                    dropout_concentration: DROPOUT_CONCENTRATION,
                    spend_rate_shape: SPEND_RATE_SHAPE,
                }),
            })
            .collect()
    }
}

/// A tier ladder written as a benefits table: one column per tier, entry tier first.
struct Ladder<const N: usize> {
    names: [&'static str; N],
    thresholds: [u32; N],
    /// Keep threshold as a share of the threshold (0.8: keeping a tier takes 80% of the
    /// growth that earned it).
    keep_share: f64,
    earn_multiplier: [f64; N],
    discount: [f64; N],
    benefit_cost_per_month: [f64; N],
    dropout_reduction: [f64; N],
    purchase_rate_uplift: [f64; N],
    redemption_per_month: [f64; N],
}

impl<const N: usize> Ladder<N> {
    fn levels(&self) -> Vec<Tier> {
        (0..N)
            .map(|i| Tier {
                name: self.names[i].into(),
                threshold: self.thresholds[i],
                keep_threshold: (f64::from(self.thresholds[i]) * self.keep_share).round() as u32,
                earn_multiplier: self.earn_multiplier[i],
                discount: self.discount[i],
                benefit_cost_per_month: self.benefit_cost_per_month[i],
                dropout_reduction: self.dropout_reduction[i],
                purchase_rate_uplift: self.purchase_rate_uplift[i],
                redemption_per_month: self.redemption_per_month[i],
            })
            .collect()
    }
}
