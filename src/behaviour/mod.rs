//! The published behaviour model members follow, with the papers' symbols.
//!
//! - [`BgNbd`]: purchases and silent dropout (Fader, Hardie & Lee 2005, "Counting your
//!   customers the easy way"). While alive a member buys as a Poisson process with weekly
//!   rate λ ~ Gamma(shape r, rate α); after each repeat purchase they drop out for good with
//!   probability p ~ Beta(a, b).
//! - [`GammaGamma`]: spend per purchase (Fader, Hardie & Lee 2005, "RFM and CLV"): each
//!   purchase is worth Gamma(shape p, rate ν) with ν ~ Gamma(shape q, rate γ) per member.
//! - [`PlannerBehaviour`]: the same model described the way a planner would (purchases per
//!   month, share lost per year, average order value), mapped onto the symbols above.
//!
//! Programme effects (tiers, goal gradient, coupons) are not here: they act on λ and p in
//! the rules. The closed forms the tests check the simulation against are in
//! [`closed_form`]; [`averages`] writes the models by their averages and spreads, where
//! "every member the same" (the limit a fit can reach) is a model like any other.

pub mod averages;
pub mod closed_form;
pub mod forms;
pub mod hypergeometric;

use serde::{Deserialize, Serialize};

use crate::random::Stream;

/// Weeks in an average calendar month (365.25 / 12 / 7): the model's clock is in weeks.
pub const WEEKS_PER_MONTH: f64 = 365.25 / 12.0 / 7.0;

/// BG/NBD population parameters, time in weeks.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BgNbd {
    /// Shape of the purchase-rate distribution across members.
    pub r: f64,
    /// Rate (in weeks) of the purchase-rate distribution; mean λ is r / α per week.
    pub alpha: f64,
    /// Dropout: p ~ Beta(a, b), mean a / (a + b).
    pub a: f64,
    pub b: f64,
}

/// Gamma-Gamma spend parameters.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GammaGamma {
    /// Shape of the spend of one purchase.
    pub p: f64,
    /// Shape of the spread of members' spend rates ν.
    pub q: f64,
    /// Rate of the spread of members' spend rates ν.
    pub gamma: f64,
}

/// A segment's full behaviour model in the papers' symbols.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BehaviourModel {
    pub purchases: BgNbd,
    pub spend: GammaGamma,
}

/// The same model as a planner describes it. Mapping (documented in `docs/scenario.md`):
/// mean λ = purchases per month / weeks per month, r = 1 / spread², α = r / mean λ;
/// mean p solves 1 − (1 − p)^(12 × purchases per month) = share lost per year, with
/// a + b = the dropout concentration; p = 1 / order value spread², q = the spend rate
/// shape, γ = average order value × (q − 1) / p. Seven figures for the model's seven, so
/// either form can be written in the other ([`forms`]).
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PlannerBehaviour {
    /// Average purchases per month of a member who is still a customer.
    pub purchases_per_month: f64,
    /// How unequal members' purchase rates are: the coefficient of variation of λ (0.1–5).
    pub purchase_rate_spread: f64,
    /// Share of members who stop buying for good within a year (0–1, exclusive).
    pub lost_per_year: f64,
    /// Average value of one purchase, in currency units.
    pub average_order_value: f64,
    /// Coefficient of variation of one member's order values (0.05–3).
    pub order_value_spread: f64,
    /// a + b of the dropout Beta distribution: how alike members' dropout chances are
    /// (larger: more alike). Left out, [`DROPOUT_CONCENTRATION`].
    #[serde(default = "forms::dropout_concentration")]
    pub dropout_concentration: f64,
    /// q of the Gamma-Gamma model: how alike members' average order values are (larger:
    /// more alike; above 1). Left out, [`SPEND_RATE_SHAPE`].
    #[serde(default = "forms::spend_rate_shape")]
    pub spend_rate_shape: f64,
}

/// a + b of the dropout Beta distribution when the planner's form leaves it out: how
/// unequal members' dropout chances are (CDNOW's fit has a + b ≈ 3.2).
pub const DROPOUT_CONCENTRATION: f64 = 3.2;
/// q of the Gamma-Gamma model when the planner's form leaves it out (CDNOW's fit has
/// q ≈ 3.7).
pub const SPEND_RATE_SHAPE: f64 = 4.0;

/// How a segment's behaviour is given: the papers' parameters or the planner's description.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "form", rename_all = "snake_case")]
pub enum SegmentBehaviour {
    Model(BehaviourModel),
    Planner(PlannerBehaviour),
}

impl SegmentBehaviour {
    /// The CDNOW fits from the papers (r 0.243, α 4.414, a 0.793, b 2.426; p 6.25, q 3.74,
    /// γ 15.44).
    pub fn cdnow() -> Self {
        SegmentBehaviour::Model(BehaviourModel {
            purchases: BgNbd {
                r: 0.243,
                alpha: 4.414,
                a: 0.793,
                b: 2.426,
            },
            spend: GammaGamma {
                p: 6.25,
                q: 3.74,
                gamma: 15.44,
            },
        })
    }

    /// The model in the papers' symbols, whichever form was given.
    pub fn model(&self) -> BehaviourModel {
        match self {
            SegmentBehaviour::Model(m) => *m,
            SegmentBehaviour::Planner(p) => p.to_model(),
        }
    }

    /// The planner's description, whichever form was given (shown beside the symbols).
    pub fn planner(&self) -> PlannerBehaviour {
        match self {
            SegmentBehaviour::Model(m) => m.to_planner(),
            SegmentBehaviour::Planner(p) => *p,
        }
    }
}

impl PlannerBehaviour {
    /// The papers' symbols. The dropout chance is worked out through ln(1 − lost) (`log1p`,
    /// `expm1`), so that a and b keep their precision when a purchase rarely loses a member.
    pub fn to_model(&self) -> BehaviourModel {
        let mean_rate_per_week = self.purchases_per_month / WEEKS_PER_MONTH;
        let r = 1.0 / (self.purchase_rate_spread * self.purchase_rate_spread);
        let purchases_per_year = 12.0 * self.purchases_per_month;
        // ln of the chance of staying after one purchase: (1 − p)^(purchases a year) = 1 − lost.
        let stay_ln = libm::log1p(-self.lost_per_year) / purchases_per_year;
        let mean_p = -libm::expm1(stay_ln);
        let p = 1.0 / (self.order_value_spread * self.order_value_spread);
        let q = self.spend_rate_shape;
        BehaviourModel {
            purchases: BgNbd {
                r,
                alpha: r / mean_rate_per_week,
                a: mean_p * self.dropout_concentration,
                b: libm::exp(stay_ln) * self.dropout_concentration,
            },
            spend: GammaGamma {
                p,
                q,
                gamma: self.average_order_value * (q - 1.0) / p,
            },
        }
    }
}

impl BehaviourModel {
    /// The planner's reading of the papers' parameters: the inverse of
    /// [`PlannerBehaviour::to_model`], to the last bits of a float.
    pub fn to_planner(&self) -> PlannerBehaviour {
        let BgNbd { r, alpha, a, b } = self.purchases;
        let purchases_per_month = r / alpha * WEEKS_PER_MONTH;
        // ln(1 − a / (a + b)), from whichever of a and b is the smaller for precision.
        let stay_ln = if a < b {
            libm::log1p(-a / (a + b))
        } else {
            libm::log(b / (a + b))
        };
        PlannerBehaviour {
            purchases_per_month,
            purchase_rate_spread: 1.0 / libm::sqrt(r),
            lost_per_year: -libm::expm1(12.0 * purchases_per_month * stay_ln),
            average_order_value: self.spend.mean_spend(),
            order_value_spread: 1.0 / libm::sqrt(self.spend.p),
            dropout_concentration: a + b,
            spend_rate_shape: self.spend.q,
        }
    }
}

impl GammaGamma {
    /// Mean spend per purchase across members, pγ / (q − 1) (defined for q > 1).
    pub fn mean_spend(&self) -> f64 {
        self.p * self.gamma / (self.q - 1.0)
    }
}

/// One member's latent behaviour, drawn once from its traits stream.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MemberBehaviour {
    /// Purchase rate per week while alive.
    pub rate_per_week: f64,
    /// Chance of dropping out after each repeat purchase.
    pub dropout: f64,
    /// Rate ν of the member's spend per purchase (mean spend p / ν).
    pub spend_rate: f64,
    /// Shape p of one purchase's spend.
    pub spend_shape: f64,
}

impl BehaviourModel {
    /// Draws one member's λ, p and ν (in that order) from the traits stream.
    pub fn draw_member(&self, traits: &mut Stream) -> MemberBehaviour {
        let BgNbd { r, alpha, a, b } = self.purchases;
        MemberBehaviour {
            rate_per_week: traits.gamma(r) / alpha,
            dropout: traits.beta(a, b),
            spend_rate: traits.gamma(self.spend.q) / self.spend.gamma,
            spend_shape: self.spend.p,
        }
    }
}

impl MemberBehaviour {
    /// The value of one purchase, in currency units.
    pub fn draw_spend(&self, spend: &mut Stream) -> f64 {
        spend.gamma(self.spend_shape) / self.spend_rate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cdnow_mean_spend_is_p_gamma_over_q_minus_one() {
        // 6.25 × 15.44 / 2.74 = 35.22 with the rounded published fit (35.17 unrounded).
        let m = SegmentBehaviour::cdnow().model();
        assert!((m.spend.mean_spend() - 35.219).abs() < 0.001);
    }

    #[test]
    fn planner_form_round_trips_through_the_model() {
        let planner = PlannerBehaviour {
            purchases_per_month: 1.5,
            purchase_rate_spread: 0.8,
            lost_per_year: 0.3,
            average_order_value: 120.0,
            order_value_spread: 0.5,
            dropout_concentration: DROPOUT_CONCENTRATION,
            spend_rate_shape: SPEND_RATE_SHAPE,
        };
        let back = planner.to_model().to_planner();
        for (x, y) in [
            (back.purchases_per_month, planner.purchases_per_month),
            (back.purchase_rate_spread, planner.purchase_rate_spread),
            (back.lost_per_year, planner.lost_per_year),
            (back.average_order_value, planner.average_order_value),
            (back.order_value_spread, planner.order_value_spread),
        ] {
            assert!((x - y).abs() < 1e-9, "{x} vs {y}");
        }
    }
}
