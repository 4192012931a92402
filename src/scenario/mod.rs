//! The scenario: everything a planner decides, as one versioned JSON document.
//!
//! What it is for: the programme (tiers, growth value, points, rewards), the population that
//! lives under it (segments with BG/NBD + Gamma-Gamma behaviour) and the horizon. Every field
//! has a unit in its name or its doc comment, a default, and a range checked by
//! [`validate`]. What it is not for: running anything. The engine reads it; nothing here
//! draws a random number.
//!
//! Its parts, by concept: the programme's types (`programme`), campaigns and referral
//! (`campaigns`), the embedded view (`embed`), lifecycle stages (`stages`); reading JSON
//! (`read/`), checking (`check/`, against `limits`), the planner's sentences (`wording`,
//! `problems`), the presets (`presets/`) and the tests (`tests/`, apart). This file holds
//! the scenario itself, its population and horizon.
//!
//! The field-by-field reference for planners is `docs/scenario.md`.

mod campaigns;
mod check;
mod embed;
mod limits;
mod presets;
mod problems;
mod programme;
mod read;
mod stages;
#[cfg(test)]
mod tests;
mod wording;

pub use campaigns::{
    campaign_presets, Audience, Campaign, Limits, Offer, Referral, Response, Schedule, Trigger,
    MEMBER_DAY,
};
pub use check::{validate, validate_in};
pub use embed::{Embed, EmbedSlider};
pub use limits::{
    scenario_limits, Count, Ends, OpenEnds, ScenarioLimits, MAX_MEMBERS, MAX_SLIDERS, MAX_TIERS,
};
pub use presets::{preset, preset_names, PresetInfo, PRESETS};
pub use problems::Problem;
pub use programme::{
    DowngradePolicy, Expiry, GoalGradient, GrowthBehaviour, GrowthRules, PointsRules,
    QualificationBasis, Reward, Tier, TierRules,
};
pub use read::{parse, parse_in, read_in, Reading, MAX_SCENARIO_BYTES};
pub use stages::Stage;
pub use wording::Wording;
pub(crate) use wording::{echo, grouped};

use serde::{Deserialize, Serialize};

use crate::behaviour::SegmentBehaviour;

/// The only scenario format version this build reads.
pub const SCENARIO_VERSION: u32 = 1;

/// A planner's whole decision: the programme, the members it serves, and how long to look.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Scenario {
    /// Format version; must be [`SCENARIO_VERSION`].
    pub version: u32,
    /// A name the planner recognises, shown in tabs and exports.
    pub name: String,
    pub horizon: Horizon,
    pub population: Population,
    pub lifecycle: Lifecycle,
    pub growth: GrowthRules,
    pub tiers: TierRules,
    pub goal_gradient: GoalGradient,
    pub points: PointsRules,
    /// Campaigns and their offers (活动), at most 20.
    pub campaigns: Vec<Campaign>,
    /// Referral (老带新).
    pub referral: Referral,
    pub economics: Economics,
    /// What a page embedding the scenario (`?embed=1`) lets its viewers try; left out of
    /// the JSON when empty.
    #[serde(skip_serializing_if = "Embed::is_empty")]
    pub embed: Embed,
}

/// The business figures that turn revenue into value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Economics {
    /// Gross margin on sales, as a share (0.35 = 35%): the profit on incremental revenue
    /// that pays for the programme in the ROI.
    pub gross_margin: f64,
}

impl Default for Economics {
    fn default() -> Self {
        Economics { gross_margin: 0.35 }
    }
}

/// How long to simulate, from which calendar month, with which random seed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Horizon {
    /// Months simulated and reported, 1–120.
    pub months: u32,
    /// The random seed: the same scenario and seed give the same members and the same results.
    pub seed: u64,
    /// Calendar year of month 0 (for calendar-year rules and birthdays).
    pub start_year: i32,
    /// Calendar month of month 0, 1 (January) – 12 (December).
    pub start_month: u32,
}

/// Who the members are and how many join.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Population {
    /// Members already enrolled at month 0 (or, for a new programme, enrolling at launch).
    pub starting_members: u32,
    /// New members joining each month (from month 0 on).
    pub new_members_per_month: f64,
    /// Monthly growth of the number of new members, as a share (0.01 = +1% a month).
    pub acquisition_growth_per_month: f64,
    /// New programme, or an existing one warmed up before month 0.
    pub history: History,
    /// Behavioural segments; their shares must add up to 1.
    pub segments: Vec<Segment>,
}

/// Whether the programme is launched at month 0 or has been running for a while.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum History {
    /// A new programme: every starting member enrols at month 0 with zero growth and points.
    NewProgramme,
    /// An existing programme: starting members joined over `warmup_months` before month 0
    /// and lived under the same rules, so month 0 starts with realistic tiers, balances and
    /// recency. Warm-up months are simulated but not reported.
    ExistingProgramme { warmup_months: u32 },
}

/// A group of members who share behaviour parameters (用户分层).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Segment {
    pub name: String,
    /// Share of members in this segment, 0–1.
    pub share: f64,
    /// Purchases, silent dropout and spend: the papers' parameters or a planner's description.
    pub behaviour: SegmentBehaviour,
}

/// How the CRM sorts members into lifecycle stages (生命周期) from what it sees.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Lifecycle {
    /// A member is active if their last purchase is at most this many days old.
    pub active_window_days: u32,
    /// A member is churned (流失) when their last purchase is more than this many days old;
    /// between the active window and this, dormant (沉默).
    pub churned_after_days: u32,
    /// Purchases (including the first) at which an active member counts as mature (成熟期).
    pub maturity_purchases: u32,
    /// Total spend, in currency units, at which an active member counts as mature.
    pub maturity_spend: f64,
}

impl Default for Scenario {
    fn default() -> Self {
        Scenario {
            version: SCENARIO_VERSION,
            name: "Tierlab default".into(),
            horizon: Horizon::default(),
            population: Population::default(),
            lifecycle: Lifecycle::default(),
            growth: GrowthRules::default(),
            tiers: TierRules::default(),
            goal_gradient: GoalGradient::default(),
            points: PointsRules::default(),
            campaigns: Vec::new(),
            referral: Referral::default(),
            economics: Economics::default(),
            embed: Embed::default(),
        }
    }
}

impl Scenario {
    /// The scenario as a JSON document (for following a planner's paths in it), read back
    /// from the text the page shows (`serde_json::to_string_pretty`), not written straight
    /// into a `Value`: the same document, as every figure is written in its shortest exact
    /// form and read back exactly, and the page's WASM then holds one writer of scenarios,
    /// not two (10 KB of the file gzipped; BENCHMARKS.md).
    pub fn to_json_value(&self) -> Result<serde_json::Value, serde_json::Error> {
        serde_json::from_str(&serde_json::to_string_pretty(self)?)
    }
}

impl Default for Horizon {
    fn default() -> Self {
        Horizon {
            months: 36,
            seed: 1,
            start_year: 2026,
            start_month: 1,
        }
    }
}

impl Default for Population {
    fn default() -> Self {
        Population {
            starting_members: 10_000,
            new_members_per_month: 500.0,
            acquisition_growth_per_month: 0.0,
            history: History::NewProgramme,
            segments: vec![Segment {
                name: "CDNOW".into(),
                share: 1.0,
                behaviour: SegmentBehaviour::cdnow(),
            }],
        }
    }
}

impl Default for Lifecycle {
    fn default() -> Self {
        Lifecycle {
            active_window_days: 90,
            churned_after_days: 180,
            maturity_purchases: 3,
            maturity_spend: 500.0,
        }
    }
}
