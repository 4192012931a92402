//! The BG/NBD and Gamma-Gamma models written by their averages and spreads, the form in
//! which "every member the same" is a model like any other, and the closed forms that hold
//! there.
//!
//! Members' purchase rates λ ~ Gamma(r, α) have the average r / α and the spread (the
//! coefficient of variation) 1 / √r; as r → ∞ with r / α fixed, every member buys at the
//! same rate. Likewise dropout chances p ~ Beta(a, b) tend, as a + b → ∞ with a / (a + b)
//! fixed, to one chance for every member, and spend rates ν ~ Gamma(q, γ), as q → ∞ with
//! q / γ fixed, to one spend rate. Each spread here is one over the root of its shape
//! (1 / √r, 1 / √(a + b), 1 / √q), so a spread of zero is the limit itself: the likelihoods
//! and the expectations below are written so that they hold at zero and stay precise near
//! it, where the papers' formulas ([`super::closed_form`]) take differences of huge
//! log-gamma values or divide by infinity.
//!
//! What it is for: the fit's likelihoods and its checks, and the papers' parameters a
//! segment carries for a limit ([`BgNbdAverages::papers`], [`GammaGammaAverages::papers`]).
//! Not for: the simulation, which draws from the papers' parameters.

mod purchases;

use serde::Serialize;

use super::closed_form::ln_gamma;
use super::GammaGamma;

pub use purchases::BgNbdAverages;

/// The spread a segment carries for "no spread": members whose rates (or chances) differ
/// by a coefficient of variation of 0.1 %. The simulation draws from the papers'
/// distributions, which need finite shapes: with this spread they are r = q = 1,000,000,
/// and a + b such that the dropout chances differ by 0.1 % of their average.
pub const STAND_IN_SPREAD: f64 = 1e-3;

/// The average dropout chance a segment carries for "no dropout": one purchase in a
/// billion (a must be above 0).
pub const STAND_IN_NO_DROPOUT: f64 = 1e-9;

/// Above this shape, ln Γ(z + c) − ln Γ(z) is taken from Stirling's series rather than as a
/// difference of two large log-gamma values.
const STIRLING_FROM: f64 = 1e3;

/// A term this small beside the sum so far ends a series.
const NEGLIGIBLE: f64 = 1e-18;

/// Terms summed at most for the Poisson sums of a member who always buys at one rate.
const MAX_POISSON_TERMS: usize = 10_000_000;

/// ln[Γ(z + c) / (Γ(z) z^c)] with z = 1 / `inverse`: 0 at `inverse` = 0 (z → ∞), and
/// precise for large z, where it is about c(c − 1) / (2z).
pub fn ln_rising_over_power(inverse: f64, c: f64) -> f64 {
    if inverse == 0.0 || c == 0.0 {
        return 0.0;
    }
    if !(inverse > 0.0 && inverse.is_finite()) {
        return f64::NAN;
    }
    let z = 1.0 / inverse;
    if z < STIRLING_FROM {
        return ln_gamma(z + c) - ln_gamma(z) - c * libm::log(z);
    }
    // ln Γ(z) = (z − ½) ln z − z + ½ ln 2π + S(z), S(z) = 1/(12z) − 1/(360z³) + 1/(1260z⁵)
    // − 1/(1680z⁷) (Abramowitz & Stegun 6.1.41).
    let series = |z: f64| {
        let w = 1.0 / (z * z);
        (1.0 / 12.0 - w * (1.0 / 360.0 - w * (1.0 / 1260.0 - w / 1680.0))) / z
    };
    (z + c - 0.5) * libm::log1p(c * inverse) - c + series(z + c) - series(z)
}

/// ln(1 + y · `inverse`) / `inverse`, which is y at `inverse` = 0.
pub fn ln1p_over(inverse: f64, y: f64) -> f64 {
    if inverse == 0.0 {
        y
    } else {
        libm::log1p(y * inverse) / inverse
    }
}

/// Gamma-Gamma by its averages and spread (see the module documentation).
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct GammaGammaAverages {
    /// Shape p of one purchase's value.
    pub p: f64,
    /// Average spend rate ν across members, q / γ; a member's average order is p / ν.
    pub spend_rate: f64,
    /// How unequal members' spend rates are, 1 / √q (their coefficient of variation);
    /// 0: every member has the same spend rate.
    pub spend_rate_spread: f64,
}

impl GammaGammaAverages {
    /// The papers' parameters read by averages and spread.
    pub fn from_papers(model: &GammaGamma) -> Self {
        let GammaGamma { p, q, gamma } = *model;
        GammaGammaAverages {
            p,
            spend_rate: q / gamma,
            spend_rate_spread: 1.0 / libm::sqrt(q),
        }
    }

    /// The papers' parameters; no spread is carried by q = 1 / [`STAND_IN_SPREAD`]², with
    /// γ chosen to keep the average order value pγ / (q − 1).
    pub fn papers(&self) -> GammaGamma {
        if self.spend_rate_spread > 0.0 {
            let q = 1.0 / square(self.spend_rate_spread);
            return GammaGamma {
                p: self.p,
                q,
                gamma: q / self.spend_rate,
            };
        }
        let q = 1.0 / square(STAND_IN_SPREAD);
        GammaGamma {
            p: self.p,
            q,
            gamma: (q - 1.0) / self.spend_rate,
        }
    }

    /// Average order value across members, pγ / (q − 1) = p / (ν̄ (1 − 1/q)); infinite when
    /// q ≤ 1.
    pub fn mean_spend(&self) -> f64 {
        let inverse_q = square(self.spend_rate_spread);
        if inverse_q >= 1.0 {
            return f64::INFINITY;
        }
        self.p / (self.spend_rate * (1.0 - inverse_q))
    }

    /// ln f(m_x | x) of a customer whose `x` transactions average `mean_value` (Fader &
    /// Hardie 2013), written by averages: with one spend rate ν the mean is Gamma(px, xν).
    pub fn log_likelihood(&self, x: u32, mean_value: f64) -> f64 {
        self.log_likelihood_with(self.count_term(x), x, mean_value)
    }

    /// Σ ln f over customers given as (x, m_x); the part that depends on x alone is
    /// computed once for each run of customers with the same x (sort them by x).
    pub fn total_log_likelihood(&self, buyers: &[(u32, f64)]) -> f64 {
        let mut last: Option<(u32, f64)> = None;
        let mut total = 0.0;
        for &(x, mean_value) in buyers {
            let term = match last {
                Some((seen, term)) if seen == x => term,
                _ => self.count_term(x),
            };
            last = Some((x, term));
            total += self.log_likelihood_with(term, x, mean_value);
        }
        total
    }

    /// The part of ln f that depends on x alone: ln Γ(px + q) − ln Γ(q) − px ln q + px ln(xν̄)
    /// − ln Γ(px).
    fn count_term(&self, x: u32) -> f64 {
        let xf = f64::from(x);
        let px = self.p * xf;
        ln_rising_over_power(square(self.spend_rate_spread), px)
            + px * libm::log(xf * self.spend_rate)
            - ln_gamma(px)
    }

    fn log_likelihood_with(&self, count_term: f64, x: u32, mean_value: f64) -> f64 {
        if x == 0 {
            return 0.0;
        }
        if mean_value <= 0.0 {
            return f64::NEG_INFINITY;
        }
        let inverse_q = square(self.spend_rate_spread);
        let xf = f64::from(x);
        let px = self.p * xf;
        let spent = xf * mean_value * self.spend_rate;
        count_term + (px - 1.0) * libm::log(mean_value)
            - px * libm::log1p(spent * inverse_q)
            - ln1p_over(inverse_q, spent)
    }
}

fn square(x: f64) -> f64 {
    x * x
}

fn positive_or(x: f64, stand_in: f64) -> f64 {
    if x > 0.0 {
        x
    } else {
        stand_in
    }
}

#[cfg(test)]
mod tests;
