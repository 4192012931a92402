//! What an embedded view of the scenario lets its viewers try: the fields shown as sliders
//! when a wiki page embeds the scenario (`?embed=1`).
//!
//! What it is for: [`Embed`] and [`EmbedSlider`], the part of the scenario the Embed dialog
//! writes and the embedded view reads. What it is not for: running anything (the engine
//! never reads it) or checking it (`check::embed`).

use serde::{Deserialize, Serialize};

#[cfg(doc)]
use crate::scenario::limits::MAX_SLIDERS;

/// The embedded view's controls.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Embed {
    /// Numbers viewers of the embedded view may move with a slider, at most
    /// [`MAX_SLIDERS`]. What they try re-runs the scenario in their browser and is never
    /// saved.
    pub sliders: Vec<EmbedSlider>,
}

impl Embed {
    /// True if the scenario exposes nothing.
    pub fn is_empty(&self) -> bool {
        self.sliders.is_empty()
    }
}

/// One number a viewer may move: the field at `path`, from `min` to `max` in steps of
/// `step`, in the field's own units (a share as 0–1, so 0.05 is 5%).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EmbedSlider {
    /// The field's JSON path, as problems name it: `tiers.levels[1].threshold`.
    pub path: String,
    /// Lowest value on the slider.
    pub min: f64,
    /// Highest value on the slider, above `min`.
    pub max: f64,
    /// Distance between neighbouring values, above 0 (a whole number for whole-number
    /// fields).
    pub step: f64,
    /// What the slider is called; empty for the field's own name in the page.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub label: String,
}
