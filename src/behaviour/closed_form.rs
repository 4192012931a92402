//! Closed forms of the BG/NBD and Gamma-Gamma models, in the papers' symbols, time in
//! weeks.
//!
//! - BG/NBD (Fader, Hardie & Lee 2005, "Counting your customers the easy way"): the mean
//!   number of repeat purchases E[X(t)] (eq. 9), its distribution P(X(t) = x) (eq. 8) and
//!   one customer's log-likelihood given (x, t_x, T) (eq. 6).
//! - Gamma-Gamma (Fader, Hardie & Lee 2005, "RFM and CLV: using iso-value curves"; Fader &
//!   Hardie 2013, "The Gamma-Gamma model of monetary value"): the likelihood of a customer's
//!   mean transaction value m_x over x transactions, and the mean spend expected of them.
//!
//! The simulation is checked against these, and `crate::fit` maximises the likelihoods.
//! Gamma functions are taken in logs (`libm::lgamma`) so that large counts do not overflow.

use super::hypergeometric::hyp2f1;
use super::{BgNbd, GammaGamma};

/// ln Γ(x) for x > 0.
pub fn ln_gamma(x: f64) -> f64 {
    libm::lgamma(x)
}

/// ln B(x, y) = ln Γ(x) + ln Γ(y) − ln Γ(x + y), for x, y > 0.
pub fn ln_beta(x: f64, y: f64) -> f64 {
    ln_gamma(x) + ln_gamma(y) - ln_gamma(x + y)
}

/// ln(eˣ + eʸ) without overflow or underflow.
fn ln_add_exp(x: f64, y: f64) -> f64 {
    let (high, low) = if x >= y { (x, y) } else { (y, x) };
    if low == f64::NEG_INFINITY {
        return high;
    }
    high + libm::log1p(libm::exp(low - high))
}

impl BgNbd {
    /// Expected repeat purchases of a new customer in their first `t_weeks` weeks, FHL 2005
    /// eq. (9): E[X(t)] = (a + b − 1)/(a − 1) · [1 − (α/(α + t))^r ₂F₁(r, b; a + b − 1;
    /// t/(α + t))]. Defined for a ≠ 1; zero for t ≤ 0.
    pub fn expected_repeat_purchases(&self, t_weeks: f64) -> f64 {
        let BgNbd { r, alpha, a, b } = *self;
        if t_weeks <= 0.0 {
            return 0.0;
        }
        let z = t_weeks / (alpha + t_weeks);
        let still_waiting = libm::pow(alpha / (alpha + t_weeks), r);
        (a + b - 1.0) / (a - 1.0) * (1.0 - still_waiting * hyp2f1(r, b, a + b - 1.0, z))
    }

    /// Probability that a new customer is still a customer `t_weeks` weeks after joining.
    /// One customer drops out at the first of their Poisson(λ) repeat purchases that ends
    /// the relationship (probability p each), so after an Exp(λp) time: P(alive at t | λ, p)
    /// = e^(−λpt). Averaged over λ ~ Gamma(r, α) that is (α/(α + pt))^r, and over
    /// p ~ Beta(a, b) it equals (α/(α + t))^r ₂F₁(r, b; a + b; t/(α + t)). That series needs
    /// about 40 (α + t)/α terms, too many for a small α; the mean over p is taken instead by
    /// the midpoint rule on [0, ½] with p = u^(4/a), which turns p^(a−1) dp into (4/a) u³ du
    /// and crowds the points where (α/(α + pt))^r falls fastest, and on [½, 1] with
    /// 1 − p = v^(1/b): a fixed 128 evaluations for any parameters, accurate to about 0.1%.
    pub fn probability_alive(&self, t_weeks: f64) -> f64 {
        let BgNbd { r, alpha, a, b } = *self;
        if t_weeks <= 0.0 {
            return 1.0;
        }
        let alive = |p: f64| libm::pow(alpha / (alpha + p * t_weeks), r);
        let k = 4.0 / a;
        let low = k * midpoint(libm::pow(0.5, 1.0 / k), |u| {
            let p = libm::pow(u, k);
            alive(p) * libm::pow(1.0 - p, b - 1.0) * u * u * u
        });
        let high = midpoint(libm::pow(0.5, b), |v| {
            let q = libm::pow(v, 1.0 / b);
            alive(1.0 - q) * libm::pow(1.0 - q, a - 1.0)
        }) / b;
        let probability = libm::exp(libm::log(low + high) - ln_beta(a, b));
        if probability.is_finite() {
            probability.clamp(0.0, 1.0)
        } else {
            1.0
        }
    }

    /// Probability that a new customer makes exactly `x` repeat purchases in their first
    /// `t_weeks` weeks, FHL 2005 eq. (8):
    /// P(X(t) = x) = B(a, b + x)/B(a, b) · NB(x) + δ_{x>0} B(a + 1, b + x − 1)/B(a, b) ·
    /// [1 − Σ_{j<x} NB(j)], with NB(j) = Γ(r + j)/(Γ(r) j!) (α/(α + t))^r (t/(α + t))^j the
    /// negative binomial count of a customer who never drops out. The bracket is the
    /// negative-binomial tail, summed directly when it is small so it keeps its precision.
    pub fn probability_of_repeat_purchases(&self, x: u32, t_weeks: f64) -> f64 {
        let BgNbd { r, alpha, a, b } = *self;
        if t_weeks <= 0.0 {
            return if x == 0 { 1.0 } else { 0.0 };
        }
        let xf = f64::from(x);
        let z = t_weeks / (alpha + t_weeks);
        let ln_nb = ln_gamma(r + xf) - ln_gamma(r) - ln_gamma(xf + 1.0)
            + r * libm::log(alpha / (alpha + t_weeks))
            + xf * libm::log(z);
        let alive = libm::exp(ln_beta(a, b + xf) - ln_beta(a, b) + ln_nb);
        if x == 0 {
            return alive;
        }
        let mut nb = libm::pow(alpha / (alpha + t_weeks), r);
        let mut below = 0.0;
        for j in 0..x {
            below += nb;
            nb *= (r + f64::from(j)) / f64::from(j + 1) * z;
        }
        // Σ_{j≥x} NB(j) = NB(x) ₂F₁(r + x, 1; x + 1; z).
        let tail = if below > 0.5 {
            libm::exp(ln_nb) * hyp2f1(r + xf, 1.0, xf + 1.0, z)
        } else {
            1.0 - below
        };
        let dropped = libm::exp(ln_beta(a + 1.0, b + xf - 1.0) - ln_beta(a, b));
        alive + dropped * tail
    }

    /// ln L(r, α, a, b | x, t_x, T) of one customer with `x` repeat purchases, the last at
    /// `recency_weeks` (t_x) after their first, observed for `age_weeks` (T), FHL 2005
    /// eq. (6) in the log form A₁ + A₂ + ln(e^A₃ + δ_{x>0} e^A₄) with
    /// A₁ = ln Γ(r + x) − ln Γ(r) + r ln α, A₂ = ln B(a, b + x) − ln B(a, b),
    /// A₃ = −(r + x) ln(α + T), A₄ = ln a − ln(b + x − 1) − (r + x) ln(α + t_x).
    pub fn log_likelihood(&self, x: u32, recency_weeks: f64, age_weeks: f64) -> f64 {
        let BgNbd { r, alpha, a, b } = *self;
        let xf = f64::from(x);
        let a1 = ln_gamma(r + xf) - ln_gamma(r) + r * libm::log(alpha);
        let a2 = ln_beta(a, b + xf) - ln_beta(a, b);
        let a3 = -(r + xf) * libm::log(alpha + age_weeks);
        let a4 = if x > 0 {
            libm::log(a) - libm::log(b + xf - 1.0) - (r + xf) * libm::log(alpha + recency_weeks)
        } else {
            f64::NEG_INFINITY
        };
        a1 + a2 + ln_add_exp(a3, a4)
    }
}

impl GammaGamma {
    /// ln f(m_x | p, q, γ, x) of a customer whose `x` transactions average `mean_value`
    /// (Fader & Hardie 2013, the density of the mean z̄), the sum of ln Γ(px + q) − ln Γ(px)
    /// − ln Γ(q), q ln γ, (px − 1) ln m_x, px ln x and −(px + q) ln(γ + x m_x). A customer
    /// with no transactions carries no information and contributes 0; a mean of zero or
    /// less has no density (−∞).
    pub fn log_likelihood(&self, x: u32, mean_value: f64) -> f64 {
        let GammaGamma { p, q, gamma } = *self;
        if x == 0 {
            return 0.0;
        }
        if mean_value <= 0.0 {
            return f64::NEG_INFINITY;
        }
        let xf = f64::from(x);
        let px = p * xf;
        ln_gamma(px + q) - ln_gamma(px) - ln_gamma(q)
            + q * libm::log(gamma)
            + (px - 1.0) * libm::log(mean_value)
            + px * libm::log(xf)
            - (px + q) * libm::log(gamma + xf * mean_value)
    }

    /// Expected value of a customer's future transactions given that their `x` transactions
    /// averaged `mean_value` (FHL 2005 "RFM and CLV"; Fader & Hardie 2013):
    /// p(γ + x m_x)/(px + q − 1), a weighted average of the population mean pγ/(q − 1) and
    /// m_x. With x = 0 it is the population mean.
    pub fn conditional_expected_spend(&self, x: u32, mean_value: f64) -> f64 {
        let GammaGamma { p, q, gamma } = *self;
        let xf = f64::from(x);
        p * (gamma + xf * mean_value) / (p * xf + q - 1.0)
    }
}

/// ∫₀^width f by the midpoint rule on 64 equal steps.
fn midpoint(width: f64, f: impl Fn(f64) -> f64) -> f64 {
    const STEPS: u32 = 64;
    let h = width / f64::from(STEPS);
    (0..STEPS).map(|i| f((f64::from(i) + 0.5) * h)).sum::<f64>() * h
}

#[cfg(test)]
mod tests {
    use super::*;

    const CDNOW: BgNbd = BgNbd {
        r: 0.243,
        alpha: 4.414,
        a: 0.793,
        b: 2.426,
    };

    /// E[X(t)] by an independent route: one customer's mean E[X(t) | λ, p] =
    /// (1 − e^(−λpt))/p, averaged over λ ~ Gamma(r, α) in closed form,
    /// (1 − (α/(α + pt))^r)/p, then over p ~ Beta(a, b) numerically. Substituting p = u^k
    /// with k = 4/a turns the p^(a−1) dp singularity at 0 into k u³ du; Simpson's rule on u
    /// then converges fast.
    fn expected_by_integration(m: BgNbd, t: f64) -> f64 {
        let g = |p: f64| {
            if p == 0.0 {
                m.r * t / m.alpha
            } else {
                (1.0 - libm::pow(m.alpha / (m.alpha + p * t), m.r)) / p
            }
        };
        let k = 4.0 / m.a;
        let f = |u: f64| {
            let p = libm::pow(u, k);
            k * u * u * u * libm::pow(1.0 - p, m.b - 1.0) * g(p)
        };
        let n = 200_000;
        let h = 1.0 / f64::from(n);
        let mut sum = f(0.0) + f(1.0);
        for i in 1..n {
            let weight = if i % 2 == 1 { 4.0 } else { 2.0 };
            sum += weight * f(f64::from(i) * h);
        }
        sum * h / 3.0 / libm::exp(ln_beta(m.a, m.b))
    }

    #[test]
    fn the_share_still_customers_matches_its_closed_forms() {
        // With p uniform (a = b = 1) and r = 1: ∫₀¹ α/(α + pt) dp = ln(1 + z)/z, z = t/α.
        let uniform = BgNbd {
            r: 1.0,
            alpha: 4.0,
            a: 1.0,
            b: 1.0,
        };
        for t in [1.0, 10.0, 100.0, 1_000.0] {
            let z = t / 4.0;
            let exact = libm::log1p(z) / z;
            let got = uniform.probability_alive(t);
            assert!(
                (got - exact).abs() < 1e-3 * exact,
                "t {t}: {got} vs {exact}"
            );
        }
        // CDNOW over one to five years, against the series (α/(α + t))^r ₂F₁(r, b; a + b; z).
        for t in [52.0, 104.0, 260.0] {
            let BgNbd { r, alpha, a, b } = CDNOW;
            let series = libm::pow(alpha / (alpha + t), r) * hyp2f1(r, b, a + b, t / (alpha + t));
            let got = CDNOW.probability_alive(t);
            assert!((got - series).abs() < 1e-3, "t {t}: {got} vs {series}");
        }
        assert_eq!(CDNOW.probability_alive(0.0), 1.0);
    }

    #[test]
    fn expected_repeat_purchases_match_numeric_integration_at_39_and_78_weeks() {
        for t in [39.0, 78.0] {
            let closed = CDNOW.expected_repeat_purchases(t);
            let numeric = expected_by_integration(CDNOW, t);
            assert!(
                (closed - numeric).abs() < 1e-8,
                "t {t}: {closed} vs {numeric}"
            );
        }
    }

    #[test]
    fn expected_repeat_purchases_match_integration_when_a_is_above_one() {
        let m = BgNbd {
            r: 1.3,
            alpha: 2.0,
            a: 1.7,
            b: 3.1,
        };
        for t in [0.5, 10.0, 260.0] {
            let closed = m.expected_repeat_purchases(t);
            let numeric = expected_by_integration(m, t);
            assert!(
                (closed - numeric).abs() < 1e-7 * numeric,
                "t {t}: {closed} vs {numeric}"
            );
        }
    }

    #[test]
    fn repeat_purchase_probabilities_sum_to_one_and_their_mean_is_the_expectation() {
        for t in [1.0, 39.0, 78.0] {
            let probabilities: Vec<f64> = (0..2_000)
                .map(|x| CDNOW.probability_of_repeat_purchases(x, t))
                .collect();
            let total: f64 = probabilities.iter().sum();
            let mean: f64 = probabilities
                .iter()
                .zip(0..)
                .map(|(p, x)| p * f64::from(x))
                .sum();
            assert!((total - 1.0).abs() < 1e-10, "t {t}: total {total}");
            let expected = CDNOW.expected_repeat_purchases(t);
            assert!(
                (mean - expected).abs() < 1e-8,
                "t {t}: {mean} vs {expected}"
            );
            assert!(
                probabilities.iter().all(|p| (0.0..=1.0).contains(p)),
                "t {t}"
            );
        }
    }

    #[test]
    fn nothing_happens_in_no_time() {
        assert_eq!(CDNOW.expected_repeat_purchases(0.0), 0.0);
        assert_eq!(CDNOW.probability_of_repeat_purchases(0, 0.0), 1.0);
        assert_eq!(CDNOW.probability_of_repeat_purchases(3, 0.0), 0.0);
    }

    /// The likelihood summed over x with t_x integrated out is a probability: for x = 0 it
    /// is P(X(T) = 0), which eq. (8) gives independently.
    #[test]
    fn the_likelihood_of_no_repeat_purchase_is_the_probability_of_none() {
        for age in [5.0, 38.86] {
            let ll = CDNOW.log_likelihood(0, 0.0, age);
            let p0 = CDNOW.probability_of_repeat_purchases(0, age);
            assert!((libm::exp(ll) - p0).abs() < 1e-12, "T {age}");
        }
    }

    #[test]
    fn a_customer_likelihood_matches_the_two_terms_of_equation_six() {
        let (x, tx, age) = (2u32, 30.43, 38.86);
        let BgNbd { r, alpha, a, b } = CDNOW;
        let xf = f64::from(x);
        let common = libm::exp(ln_gamma(r + xf) - ln_gamma(r)) * libm::pow(alpha, r);
        let beta = |u: f64, v: f64| libm::exp(ln_beta(u, v));
        let direct = beta(a, b + xf) / beta(a, b) * common / libm::pow(alpha + age, r + xf)
            + beta(a + 1.0, b + xf - 1.0) / beta(a, b) * common / libm::pow(alpha + tx, r + xf);
        let ll = CDNOW.log_likelihood(x, tx, age);
        assert!(
            (ll - libm::log(direct)).abs() < 1e-12,
            "{ll} vs {}",
            libm::log(direct)
        );
    }

    /// Integrated over m = eᵘ, so the density's long right tail is covered.
    #[test]
    fn the_gamma_gamma_density_integrates_to_one_over_the_mean_value() {
        let model = GammaGamma {
            p: 6.25,
            q: 3.74,
            gamma: 15.44,
        };
        for x in [1u32, 3] {
            let h = 0.001;
            let total: f64 = (-10_000..15_000)
                .map(|i| {
                    let m = libm::exp(f64::from(i) * h);
                    libm::exp(model.log_likelihood(x, m)) * m * h
                })
                .sum();
            assert!((total - 1.0).abs() < 1e-9, "x {x}: {total}");
        }
    }

    #[test]
    fn expected_spend_shrinks_a_customer_mean_towards_the_population_mean() {
        let model = GammaGamma {
            p: 6.25,
            q: 3.74,
            gamma: 15.44,
        };
        let population = model.mean_spend();
        assert!((model.conditional_expected_spend(0, 0.0) - population).abs() < 1e-12);
        let heavy = model.conditional_expected_spend(10, 100.0);
        assert!(heavy > population && heavy < 100.0, "{heavy}");
        let weight = 62.5 / (62.5 + 2.74);
        assert!((heavy - (weight * 100.0 + (1.0 - weight) * population)).abs() < 1e-9);
    }
}
