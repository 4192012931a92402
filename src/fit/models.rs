//! Maximum-likelihood searches for the BG/NBD and Gamma-Gamma models, over their averages
//! and spreads ([`crate::behaviour::averages`]) rather than the papers' parameters.
//!
//! Over the papers' parameters a customer base whose members all behave alike has its
//! best likelihood at infinity (a, b → ∞ with a / (a + b) fixed, and likewise r, α and
//! q, γ), and a search chases it until it runs out. Here each spread is a coordinate of
//! its own that may be zero (the search moves a number whose square is the spread's
//! square, so zero sits inside its range), the averages are coordinates that stay
//! finite, and the limit is a point like any other. After the search, a spread (or the
//! dropout chance) is set to exactly zero when that costs less than [`NO_DIFFERENCE`] in
//! log-likelihood: the fit then is the limit.
//!
//! Each search has a budget of likelihood evaluations, counted so that it stops at the
//! same point every run and on every target. Not for: reading the data (see
//! [`super::rfm`]) or saying what a fit means (see [`super::meaning`]).

use std::collections::BTreeMap;

use super::optimise::minimise;
use super::rfm::Rfm;
use crate::behaviour::averages::{BgNbdAverages, GammaGammaAverages};

/// Most evaluations of the BG/NBD likelihood one fit spends. The CDNOW sample needs about
/// a third of it; a search that has not confirmed its point by then is reported as such.
pub const PURCHASE_BUDGET: usize = 4_000;
/// Most evaluations of the Gamma-Gamma likelihood one fit spends.
pub const SPEND_BUDGET: usize = 3_000;

/// A spread (or the dropout chance) is taken as zero when zero lowers the log-likelihood
/// by less than this: a millionth of a unit, far below anything the data could tell.
pub const NO_DIFFERENCE: f64 = 1e-6;

/// Where a search starts: every spread 1, the average dropout chance ½.
const START_SPREAD: f64 = 1.0;

/// A search's result: the model, its log-likelihood summed over the customers, whether the
/// search confirmed its point, and the evaluations it spent.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Fitted<M> {
    pub model: M,
    pub log_likelihood: f64,
    pub converged: bool,
    pub evaluations: usize,
}

/// The search's coordinates as a BG/NBD model: ln of the average rate, the rate spread,
/// t with the average dropout chance t² / (1 + t²), the dropout spread.
fn purchase_model(x: &[f64]) -> BgNbdAverages {
    let [log_rate, rate_spread, t, dropout_spread] = coordinates(x);
    BgNbdAverages {
        rate_per_week: libm::exp(log_rate),
        rate_spread: rate_spread.abs(),
        dropout: t * t / (1.0 + t * t),
        dropout_spread: dropout_spread.abs(),
    }
}

/// The search's coordinates as a Gamma-Gamma model: ln p, ln of the average spend rate,
/// the spend-rate spread.
fn spend_model(x: &[f64]) -> GammaGammaAverages {
    let [log_p, log_rate, spread] = coordinates(x);
    GammaGammaAverages {
        p: libm::exp(log_p),
        spend_rate: libm::exp(log_rate),
        spend_rate_spread: spread.abs(),
    }
}

/// The first N coordinates (NaN for any missing, which the search treats as out of range).
fn coordinates<const N: usize>(x: &[f64]) -> [f64; N] {
    let mut out = [f64::NAN; N];
    for (o, v) in out.iter_mut().zip(x) {
        *o = *v;
    }
    out
}

/// The distinct (x, t_x, T) among the customers, each with how many customers share it:
/// they share a likelihood term, computed once.
fn distinct_summaries(customers: &[Rfm]) -> Vec<(u32, f64, f64, f64)> {
    let mut counts: BTreeMap<(u32, u64, u64), f64> = BTreeMap::new();
    for c in customers {
        let key = (c.repeats, c.recency_weeks.to_bits(), c.age_weeks.to_bits());
        *counts.entry(key).or_default() += 1.0;
    }
    counts
        .into_iter()
        .map(|((x, tx, age), n)| (x, f64::from_bits(tx), f64::from_bits(age), n))
        .collect()
}

/// Minimises `minus_ll` from `start`, then sets each of the coordinates `to_zero` to zero
/// where that costs less than [`NO_DIFFERENCE`]; within `budget` evaluations in all.
fn search<F: Fn(&[f64]) -> f64>(
    minus_ll: &F,
    start: &[f64],
    budget: usize,
    to_zero: &[usize],
    progress: &mut dyn FnMut(usize),
) -> (Vec<f64>, f64, bool, usize) {
    let found = minimise(
        minus_ll,
        start,
        budget.saturating_sub(to_zero.len()),
        progress,
    );
    let (mut point, mut value) = (found.point, found.value);
    let mut evaluations = found.evaluations;
    for &i in to_zero {
        let mut zeroed = point.clone();
        if let Some(c) = zeroed.get_mut(i) {
            *c = 0.0;
        }
        let zero_value = minus_ll(&zeroed);
        evaluations += 1;
        if zero_value <= value + NO_DIFFERENCE {
            (point, value) = (zeroed, zero_value);
        }
    }
    (point, value, found.converged, evaluations)
}

/// Fits BG/NBD to every customer's (x, t_x, T) by maximum likelihood, calling `progress`
/// with the evaluations spent.
pub fn fit_purchases(customers: &[Rfm], progress: &mut dyn FnMut(usize)) -> Fitted<BgNbdAverages> {
    let summaries = distinct_summaries(customers);
    let minus_ll = |x: &[f64]| -purchase_model(x).total_log_likelihood(&summaries);
    let repeats: f64 = customers.iter().map(|c| f64::from(c.repeats)).sum();
    let weeks: f64 = customers.iter().map(|c| c.age_weeks).sum();
    let observed_rate = repeats / weeks;
    let log_rate = if observed_rate > 0.0 && observed_rate.is_finite() {
        libm::log(observed_rate)
    } else {
        0.0
    };
    let start = [log_rate, START_SPREAD, 1.0, START_SPREAD];
    let (point, value, converged, evaluations) =
        search(&minus_ll, &start, PURCHASE_BUDGET, &[1, 2, 3], progress);
    Fitted {
        model: purchase_model(&point),
        log_likelihood: -value,
        converged,
        evaluations,
    }
}

/// Fits Gamma-Gamma to the (x, m_x) of customers with a positive mean repeat value,
/// calling `progress` with the evaluations spent.
pub fn fit_spend(
    buyers: &[(u32, f64)],
    progress: &mut dyn FnMut(usize),
) -> Fitted<GammaGammaAverages> {
    let mut by_count = buyers.to_vec();
    by_count.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
    let minus_ll = |x: &[f64]| -spend_model(x).total_log_likelihood(&by_count);
    let mean = buyers.iter().map(|&(_, m)| m).sum::<f64>() / buyers.len().max(1) as f64;
    // p = 1 and an average spend rate of 1 / the average order: the start's mean is the data's.
    let log_rate = if mean > 0.0 && mean.is_finite() {
        -libm::log(mean)
    } else {
        0.0
    };
    let start = [0.0, log_rate, START_SPREAD];
    let (point, value, converged, evaluations) =
        search(&minus_ll, &start, SPEND_BUDGET, &[2], progress);
    Fitted {
        model: spend_model(&point),
        log_likelihood: -value,
        converged,
        evaluations,
    }
}
