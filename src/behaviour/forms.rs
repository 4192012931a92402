//! A segment's behaviour written in the other form: the papers' symbols as the planner's
//! description, or the description as the symbols ("behaviour given as" on the page).
//!
//! The switch is lossless both ways: switching a behaviour and switching the result back
//! gives the figures that were there, to the bit, so that trying the other form changes
//! nothing. Three things make it so:
//!
//! - the planner's form has a figure for each of the model's seven (the two shapes it used
//!   to fix, a + b and q, are figures of their own with the old values as defaults), and the
//!   two mappings are each other's inverse to a few units in the last place (they work
//!   through `log1p` and `expm1` where a subtraction would lose digits);
//! - floats cannot be inverted exactly (1 / √r cannot take as many values as r), so a figure
//!   is written back as the decimal a person would have written: the one with the fewest
//!   significant digits, up to [`WRITTEN_DIGITS`], within [`WRITTEN_TOLERANCE`] of what the
//!   mapping gives. 0.243 comes back as 0.243, not 0.24300000000000002. The other form is
//!   written at full precision unless a short decimal reads back just as well;
//! - a figure written in full reads back as the same float: the core reads JSON figures
//!   exactly, as the page's JavaScript does (serde_json's `float_roundtrip`, Cargo.toml).
//!
//! So every figure of up to 12 significant digits comes back as it was: whatever a planner
//! types, every preset, every fit the page adds (6 digits). A figure with more digits (a
//! float printed in full) comes back within 1e-13 of itself.
//!
//! Not for: checking the figures (`scenario::validate`); the switch refuses a behaviour
//! whose figures are not numbers it can map, and words nothing.

use super::{
    BehaviourModel, BgNbd, GammaGamma, PlannerBehaviour, SegmentBehaviour, DROPOUT_CONCENTRATION,
    SPEND_RATE_SHAPE,
};

/// Most significant digits of a figure written back as a short decimal.
pub const WRITTEN_DIGITS: usize = 12;
/// How far (relative) a short decimal may be from the mapping's figure and still be taken
/// as the figure meant: a few hundred units in the last place, far more than the two
/// mappings lose between them and far less than the gap between decimals of 12 digits.
pub const WRITTEN_TOLERANCE: f64 = 1e-13;

/// The serde default of the planner's dropout concentration (a + b).
pub(super) fn dropout_concentration() -> f64 {
    DROPOUT_CONCENTRATION
}

/// The serde default of the planner's spend rate shape (q).
pub(super) fn spend_rate_shape() -> f64 {
    SPEND_RATE_SHAPE
}

impl SegmentBehaviour {
    /// The same behaviour in the other form, such that switching it back gives `self`
    /// (see the module's notes for the figures this holds for). None if a figure is not a
    /// finite number above 0 or the mapping gives one that is not (check the behaviour
    /// first).
    pub fn switched(&self) -> Option<SegmentBehaviour> {
        let candidates = match self {
            SegmentBehaviour::Model(model) => {
                let planner = model.to_planner();
                [written_planner(&planner), planner].map(SegmentBehaviour::Planner)
            }
            SegmentBehaviour::Planner(planner) => {
                let model = planner.to_model();
                [written_model(&model), model].map(SegmentBehaviour::Model)
            }
        };
        let [short, full] = candidates;
        if !short.figures().into_iter().all(usable) || !self.figures().into_iter().all(usable) {
            return None;
        }
        // The short decimals when they read back as `self`, else the full figures (which
        // read back whenever `self`'s figures are short).
        Some(if short.reads_back_as(self) {
            short
        } else {
            full
        })
    }

    /// Whether switching this behaviour back, with its figures written short or in full,
    /// gives `other`.
    fn reads_back_as(&self, other: &SegmentBehaviour) -> bool {
        match self {
            SegmentBehaviour::Model(model) => {
                let planner = model.to_planner();
                [written_planner(&planner), planner]
                    .iter()
                    .any(|p| SegmentBehaviour::Planner(*p) == *other)
            }
            SegmentBehaviour::Planner(planner) => {
                let model = planner.to_model();
                [written_model(&model), model]
                    .iter()
                    .any(|m| SegmentBehaviour::Model(*m) == *other)
            }
        }
    }

    /// Every figure of the behaviour, in either form.
    fn figures(&self) -> [f64; 7] {
        match self {
            SegmentBehaviour::Model(m) => [
                m.purchases.r,
                m.purchases.alpha,
                m.purchases.a,
                m.purchases.b,
                m.spend.p,
                m.spend.q,
                m.spend.gamma,
            ],
            SegmentBehaviour::Planner(p) => [
                p.purchases_per_month,
                p.purchase_rate_spread,
                p.lost_per_year,
                p.average_order_value,
                p.order_value_spread,
                p.dropout_concentration,
                p.spend_rate_shape,
            ],
        }
    }
}

/// A figure either form can hold: finite and above 0.
fn usable(figure: f64) -> bool {
    figure.is_finite() && figure > 0.0
}

fn written_planner(p: &PlannerBehaviour) -> PlannerBehaviour {
    PlannerBehaviour {
        purchases_per_month: written(p.purchases_per_month),
        purchase_rate_spread: written(p.purchase_rate_spread),
        lost_per_year: written(p.lost_per_year),
        average_order_value: written(p.average_order_value),
        order_value_spread: written(p.order_value_spread),
        dropout_concentration: written(p.dropout_concentration),
        spend_rate_shape: written(p.spend_rate_shape),
    }
}

fn written_model(m: &BehaviourModel) -> BehaviourModel {
    let BgNbd { r, alpha, a, b } = m.purchases;
    let GammaGamma { p, q, gamma } = m.spend;
    BehaviourModel {
        purchases: BgNbd {
            r: written(r),
            alpha: written(alpha),
            a: written(a),
            b: written(b),
        },
        spend: GammaGamma {
            p: written(p),
            q: written(q),
            gamma: written(gamma),
        },
    }
}

/// The figure as a person would write it: the decimal with the fewest significant digits
/// (at most [`WRITTEN_DIGITS`]) within [`WRITTEN_TOLERANCE`] of it; the figure itself if no
/// such decimal is that close.
pub fn written(figure: f64) -> f64 {
    if !figure.is_finite() || figure == 0.0 {
        return figure;
    }
    (0..WRITTEN_DIGITS)
        .filter_map(|decimals| format!("{figure:.decimals$e}").parse::<f64>().ok())
        .find(|short| (short - figure).abs() <= WRITTEN_TOLERANCE * figure.abs())
        .unwrap_or(figure)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_a_float_cannot_carry_exactly_is_written_as_the_decimal_meant() {
        assert_eq!(written(0.24300000000000002), 0.243);
        assert_eq!(written(3.2190000000000003), 3.219);
        assert_eq!(written(0.1 + 0.2), 0.3);
    }

    #[test]
    fn a_figure_with_no_short_decimal_near_it_is_kept_in_full() {
        let third = 1.0 / 3.0;
        assert_eq!(written(third), third);
        assert_eq!(written(1e-300), 1e-300);
        assert_eq!(written(-2.5000000000000004), -2.5);
    }

    #[test]
    fn a_behaviour_with_a_figure_that_is_not_a_number_is_not_switched() {
        let SegmentBehaviour::Model(mut model) = SegmentBehaviour::cdnow() else {
            unreachable!("CDNOW is written in the papers' symbols")
        };
        model.spend.q = 1.0;
        assert_eq!(SegmentBehaviour::Model(model).switched(), None);
        model.spend.q = f64::NAN;
        assert_eq!(SegmentBehaviour::Model(model).switched(), None);
    }
}
