//! BG/NBD by its averages and spreads: the likelihood, the repeat-purchase counts and
//! their expectation, exact at a spread of zero (see the parent module's documentation).

use serde::Serialize;

use super::{
    ln1p_over, positive_or, square, MAX_POISSON_TERMS, NEGLIGIBLE, STAND_IN_NO_DROPOUT,
    STAND_IN_SPREAD,
};
use crate::behaviour::closed_form::ln_gamma;
use crate::behaviour::hypergeometric::hyp2f1;
use crate::behaviour::BgNbd;

/// BG/NBD by its averages and spreads (see the module documentation), time in weeks.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct BgNbdAverages {
    /// Average purchases a week of a member who is still a customer, r / α.
    pub rate_per_week: f64,
    /// How unequal members' purchase rates are, 1 / √r (their coefficient of variation);
    /// 0: every member buys at the same rate.
    pub rate_spread: f64,
    /// Average chance of dropping out after a repeat purchase, a / (a + b); 0: no member
    /// drops out.
    pub dropout: f64,
    /// How unequal members' dropout chances are, 1 / √(a + b); 0: every member has the same
    /// chance.
    pub dropout_spread: f64,
}

impl BgNbdAverages {
    /// The papers' parameters read by averages and spreads.
    pub fn from_papers(model: &BgNbd) -> Self {
        let BgNbd { r, alpha, a, b } = *model;
        BgNbdAverages {
            rate_per_week: r / alpha,
            rate_spread: 1.0 / libm::sqrt(r),
            dropout: a / (a + b),
            dropout_spread: 1.0 / libm::sqrt(a + b),
        }
    }

    /// The papers' parameters, a limit (a spread of zero, or no dropout) carried by the
    /// stand-ins [`STAND_IN_SPREAD`] and [`STAND_IN_NO_DROPOUT`]; the averages are kept.
    pub fn papers(&self) -> BgNbd {
        let r = 1.0 / square(positive_or(self.rate_spread, STAND_IN_SPREAD));
        let dropout = positive_or(self.dropout, STAND_IN_NO_DROPOUT);
        // Var p = p̄(1 − p̄) / (a + b + 1): a + b at least (1 − p̄) / (p̄ c²) makes the
        // coefficient of variation at most c.
        let concentration = if self.dropout_spread > 0.0 {
            1.0 / square(self.dropout_spread)
        } else {
            let c2 = square(STAND_IN_SPREAD);
            ((1.0 - dropout) / (dropout * c2)).max(1.0 / c2)
        };
        BgNbd {
            r,
            alpha: r / self.rate_per_week,
            a: dropout * concentration,
            b: (1.0 - dropout) * concentration,
        }
    }

    /// 1 / r.
    fn rate_inverse_shape(&self) -> f64 {
        square(self.rate_spread)
    }

    /// 1 / (a + b).
    fn dropout_inverse_concentration(&self) -> f64 {
        square(self.dropout_spread)
    }

    /// The parts of the likelihood that depend on the repeat count alone, for counts 0 to
    /// `most`, each from the one before.
    fn count_terms(&self, most: u32) -> CountTerms {
        let s = self.rate_inverse_shape();
        let w = self.dropout_inverse_concentration();
        let p = self.dropout;
        let n = most as usize + 1;
        let (mut rate, mut survives) = (Vec::with_capacity(n), Vec::with_capacity(n));
        let (mut r, mut d) = (0.0, 0.0);
        for j in 0..n {
            rate.push(r);
            survives.push(d);
            let jf = j as f64;
            // Γ(r + j + 1) / Γ(r + j) / r = 1 + j/r; B(a, b + j + 1) / B(a, b + j) =
            // (b + j) / (a + b + j) = (1 − p̄ + j/(a + b)) / (1 + j/(a + b)).
            r += libm::log1p(jf * s);
            d += libm::log1p(jf * w - p) - libm::log1p(jf * w);
        }
        CountTerms {
            rate,
            survives,
            log_rate: libm::log(self.rate_per_week),
            log_dropout: libm::log(p),
        }
    }

    /// ln E[λˣ e^(−λt)] over the members' rates: ln Γ(r + x) − ln Γ(r) + r ln α
    /// − (r + x) ln(α + t), or x ln λ − λt for one rate.
    fn ln_rate_term(&self, terms: &CountTerms, x: u32, t: f64) -> f64 {
        let s = self.rate_inverse_shape();
        let mu = self.rate_per_week;
        let xf = f64::from(x);
        terms.rate_term(x) + xf * terms.log_rate
            - xf * libm::log1p(mu * t * s)
            - ln1p_over(s, mu * t)
    }

    /// ln E[p (1 − p)^(x − 1)], x ≥ 1: ln B(a + 1, b + x − 1) − ln B(a, b).
    fn ln_drops_after(&self, terms: &CountTerms, x: u32) -> f64 {
        let w = self.dropout_inverse_concentration();
        let before = x.saturating_sub(1);
        terms.log_dropout - libm::log1p(f64::from(before) * w) + terms.survives(before)
    }

    /// ln L of one customer with `x` repeat purchases, the last at `recency_weeks` (t_x),
    /// observed for `age_weeks` (T): FHL 2005 eq. (6), ln(E[(1 − p)ˣ] E[λˣe^(−λT)] +
    /// δ_{x>0} E[p(1 − p)^(x−1)] E[λˣe^(−λt_x)]).
    pub fn log_likelihood(&self, x: u32, recency_weeks: f64, age_weeks: f64) -> f64 {
        self.log_likelihood_with(&self.count_terms(x), x, recency_weeks, age_weeks)
    }

    /// Σ n ln L over customers given as (x, t_x, T, n): n customers share each summary. The
    /// parts that depend on x alone are computed once for all.
    pub fn total_log_likelihood(&self, customers: &[(u32, f64, f64, f64)]) -> f64 {
        let most = customers.iter().map(|c| c.0).max().unwrap_or(0);
        let terms = self.count_terms(most);
        customers
            .iter()
            .map(|&(x, tx, age, n)| n * self.log_likelihood_with(&terms, x, tx, age))
            .sum()
    }

    fn log_likelihood_with(&self, terms: &CountTerms, x: u32, tx: f64, age: f64) -> f64 {
        let alive = terms.survives(x) + self.ln_rate_term(terms, x, age);
        if x == 0 {
            return alive;
        }
        let dropped = self.ln_drops_after(terms, x) + self.ln_rate_term(terms, x, tx);
        let (high, low) = if alive >= dropped {
            (alive, dropped)
        } else {
            (dropped, alive)
        };
        if low == f64::NEG_INFINITY {
            return high;
        }
        high + libm::log1p(libm::exp(low - high))
    }

    /// P(N(t) = x) for a customer who never drops out: negative binomial, or Poisson for one
    /// rate.
    fn count_probability(&self, x: u32, t: f64) -> f64 {
        let xf = f64::from(x);
        let terms = self.count_terms(x);
        libm::exp(self.ln_rate_term(&terms, x, t) + xf * libm::log(t) - ln_gamma(xf + 1.0))
    }

    /// Σ_{j < x} P(N(t) = j), each term from the one before in logs (so that none
    /// underflows on the way): P(N = j + 1) / P(N = j) = (1 + j/r) / (j + 1) · λ̄t / (1 + λ̄t/r).
    fn count_below(&self, x: u32, t: f64) -> f64 {
        let s = self.rate_inverse_shape();
        let mu_t = self.rate_per_week * t;
        let step = libm::log(mu_t) - libm::log1p(mu_t * s);
        let mut ln_term = self.ln_rate_term(&self.count_terms(0), 0, t);
        let mut sum = 0.0;
        for j in 0..x {
            sum += libm::exp(ln_term);
            let jf = f64::from(j);
            ln_term += libm::log1p(jf * s) - libm::log(jf + 1.0) + step;
        }
        sum
    }

    /// Σ_{j ≥ x} P(N(t) = j), summed from x so that a small tail keeps its precision.
    fn count_tail(&self, x: u32, t: f64) -> f64 {
        let first = self.count_probability(x, t);
        let s = self.rate_inverse_shape();
        let mu_t = self.rate_per_week * t;
        if s > 0.0 {
            // Σ_{j≥x} NB(j) = NB(x) ₂F₁(r + x, 1; x + 1; z), z = t / (α + t).
            let z = mu_t * s / (1.0 + mu_t * s);
            return first * hyp2f1(1.0 / s + f64::from(x), 1.0, f64::from(x) + 1.0, z);
        }
        let (mut term, mut sum) = (first, first);
        for j in 1..MAX_POISSON_TERMS {
            term *= mu_t / (f64::from(x) + j as f64);
            sum += term;
            if f64::from(x) + j as f64 > mu_t && term <= NEGLIGIBLE * sum {
                break;
            }
        }
        sum
    }

    /// Probability that a new customer makes exactly `x` repeat purchases in their first
    /// `t_weeks` weeks, FHL 2005 eq. (8) by averages: E[(1 − p)ˣ] P(N = x) + δ_{x>0}
    /// E[p(1 − p)^(x−1)] P(N ≥ x), N the purchases of a customer who never drops out.
    pub fn probability_of_repeat_purchases(&self, x: u32, t_weeks: f64) -> f64 {
        if t_weeks <= 0.0 {
            return if x == 0 { 1.0 } else { 0.0 };
        }
        let terms = self.count_terms(x);
        let alive = libm::exp(terms.survives(x)) * self.count_probability(x, t_weeks);
        if x == 0 {
            return alive;
        }
        let below = self.count_below(x, t_weeks);
        let tail = if below > 0.5 {
            self.count_tail(x, t_weeks)
        } else {
            1.0 - below
        };
        alive + libm::exp(self.ln_drops_after(&terms, x)) * tail
    }

    /// Expected repeat purchases of a new customer in their first `t_weeks` weeks: FHL 2005
    /// eq. (9) when both spreads are above zero; E_λ[1 − e^(−λpt)] / p for one dropout
    /// chance p; Σ_{k≥1} P(N(t) ≥ k) E[(1 − p)^(k−1)] with Poisson N for one rate; r t / α
    /// with no dropout.
    pub fn expected_repeat_purchases(&self, t_weeks: f64) -> f64 {
        if t_weeks <= 0.0 {
            return 0.0;
        }
        let mu_t = self.rate_per_week * t_weeks;
        let p = self.dropout;
        if p == 0.0 {
            return mu_t;
        }
        if self.dropout_spread == 0.0 {
            return -libm::expm1(-ln1p_over(self.rate_inverse_shape(), mu_t * p)) / p;
        }
        if self.rate_spread > 0.0 {
            return self.papers().expected_repeat_purchases(t_weeks);
        }
        let w = self.dropout_inverse_concentration();
        let (mut at_least, mut survives, mut sum) = (-libm::expm1(-mu_t), 1.0, 0.0);
        let mut ln_count = -mu_t;
        for k in 1..MAX_POISSON_TERMS {
            sum += at_least * survives;
            let kf = k as f64;
            ln_count += libm::log(mu_t) - libm::log(kf);
            let count = libm::exp(ln_count);
            // Past the mode the Poisson terms fall faster than geometrically: once one is
            // negligible, so is everything after it.
            if kf > mu_t && count <= NEGLIGIBLE * sum {
                break;
            }
            at_least -= count;
            survives *= (1.0 - p + (kf - 1.0) * w) / (1.0 + (kf - 1.0) * w);
        }
        sum
    }
}

/// The parts of the BG/NBD likelihood that depend on the repeat count x alone:
/// ln Γ(r + x) − ln Γ(r) − x ln r and ln B(a, b + x) − ln B(a, b), by x.
struct CountTerms {
    rate: Vec<f64>,
    survives: Vec<f64>,
    log_rate: f64,
    log_dropout: f64,
}

impl CountTerms {
    fn rate_term(&self, x: u32) -> f64 {
        self.rate.get(x as usize).copied().unwrap_or(f64::NAN)
    }

    /// ln E[(1 − p)ˣ].
    fn survives(&self, x: u32) -> f64 {
        self.survives.get(x as usize).copied().unwrap_or(f64::NAN)
    }
}
