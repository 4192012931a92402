//! Calibrating a segment from a transaction export: the BG/NBD model of purchases and
//! dropout (Fader, Hardie & Lee 2005, "Counting your customers the easy way") and the
//! Gamma-Gamma model of spend (Fader, Hardie & Lee 2005, "RFM and CLV"), both by maximum
//! likelihood, with the paper's checks of the fit.
//!
//! The steps: [`transactions`] reads the export and merges same-day purchases, [`rfm`]
//! summarises each customer at the cut-off (x, t_x, T, m_x), [`optimise`] maximises the
//! likelihoods of [`crate::behaviour::closed_form`], and [`tracking`] compares the fitted
//! model with the data. The Gamma-Gamma model is fitted, as published, on the customers
//! with a repeat purchase, using the mean value of their repeat transactions (the trial
//! purchase excluded). Fitting the CDNOW sample with the cut-off 1997-09-30 gives the
//! published r = 0.243, α = 4.414, a = 0.793, b = 2.426, p = 6.25, q = 3.74, γ = 15.44.

pub mod amounts;
pub mod columns;
pub mod dates;
pub mod fields;
pub mod optimise;
pub mod rfm;
pub mod tracking;
pub mod transactions;

use std::collections::BTreeMap;

use serde::Serialize;

use crate::behaviour::{BehaviourModel, BgNbd, GammaGamma, SegmentBehaviour};
use crate::csv::{Cell, Table};
use columns::Columns;
use dates::Date;
use optimise::minimise_positive;
use rfm::{histories, Rfm};
use tracking::{repeat_histogram, weekly_repeats, RepeatCount, WeeklyRepeats};
use transactions::{read_transactions, Layout, SkippedRow};

/// Where each search starts: every parameter 1 (the optimiser restarts until converged).
const START: f64 = 1.0;

/// What to fit: the columns (detected where not given) and the calibration cut-off
/// (default: the last date in the data).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FitOptions {
    pub columns: Columns,
    pub cutoff: Option<Date>,
}

/// The fitted models and the evidence for them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Fit {
    /// BG/NBD r, α, a, b (weeks).
    pub purchases: BgNbd,
    /// BG/NBD log-likelihood at the fit, summed over customers.
    pub log_likelihood: f64,
    /// Gamma-Gamma p, q, γ.
    pub spend: GammaGamma,
    /// Gamma-Gamma log-likelihood at the fit, summed over the customers it was fitted on.
    pub spend_log_likelihood: f64,
    /// Whether both searches confirmed their optimum.
    pub converged: bool,
    /// Customers whose first purchase was on or before the cut-off.
    pub customers: usize,
    /// Of those, customers with a repeat purchase by the cut-off.
    pub repeat_buyers: usize,
    /// Repeat buyers whose repeat purchases averaged more than zero: the spend fit's data.
    pub spend_customers: usize,
    /// Customers left out because their first purchase came after the cut-off.
    pub customers_after_cutoff: usize,
    pub first_date: Date,
    pub cutoff: Date,
    pub last_date: Date,
    pub layout: Layout,
    pub rows_read: usize,
    pub rows_skipped: Vec<SkippedRow>,
    pub repeat_histogram: Vec<RepeatCount>,
    pub weekly_repeats: Vec<WeeklyRepeats>,
}

impl Fit {
    /// The fitted models as a segment's behaviour.
    pub fn to_segment_behaviour(&self) -> SegmentBehaviour {
        SegmentBehaviour::Model(BehaviourModel {
            purchases: self.purchases,
            spend: self.spend,
        })
    }

    /// `parameter,value` rows of the fitted figures and the counts behind them.
    pub fn parameters_csv(&self) -> String {
        let BgNbd { r, alpha, a, b } = self.purchases;
        let GammaGamma { p, q, gamma } = self.spend;
        let rows: [(&str, Cell); 15] = [
            ("r", Cell::number(r)),
            ("alpha", Cell::number(alpha)),
            ("a", Cell::number(a)),
            ("b", Cell::number(b)),
            ("log_likelihood", Cell::number(self.log_likelihood)),
            ("p", Cell::number(p)),
            ("q", Cell::number(q)),
            ("gamma", Cell::number(gamma)),
            (
                "spend_log_likelihood",
                Cell::number(self.spend_log_likelihood),
            ),
            ("converged", Cell::text(self.converged.to_string())),
            ("customers", Cell::number(self.customers)),
            ("repeat_buyers", Cell::number(self.repeat_buyers)),
            ("cutoff", Cell::text(self.cutoff.to_string())),
            ("rows_read", Cell::number(self.rows_read)),
            ("rows_skipped", Cell::number(self.rows_skipped.len())),
        ];
        let mut table = Table::new(["parameter", "value"]);
        for (name, value) in rows {
            table.row([Cell::text(name), value]);
        }
        table.finish()
    }
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

/// Fits BG/NBD to every customer's (x, t_x, T) by maximum likelihood.
fn fit_purchases(customers: &[Rfm]) -> (BgNbd, f64, bool) {
    let summaries = distinct_summaries(customers);
    let model = |x: &[f64]| match x {
        [r, alpha, a, b] => BgNbd {
            r: *r,
            alpha: *alpha,
            a: *a,
            b: *b,
        },
        _ => BgNbd {
            r: f64::NAN,
            alpha: f64::NAN,
            a: f64::NAN,
            b: f64::NAN,
        },
    };
    let minus_ll = |x: &[f64]| {
        let m = model(x);
        -summaries
            .iter()
            .map(|&(x, tx, age, n)| n * m.log_likelihood(x, tx, age))
            .sum::<f64>()
    };
    let found = minimise_positive(&minus_ll, &[START; 4]);
    (model(&found.point), -found.value, found.converged)
}

/// Fits Gamma-Gamma to the (x, m_x) of customers with a positive mean repeat value.
fn fit_spend(buyers: &[(u32, f64)]) -> (GammaGamma, f64, bool) {
    let model = |x: &[f64]| match x {
        [p, q, gamma] => GammaGamma {
            p: *p,
            q: *q,
            gamma: *gamma,
        },
        _ => GammaGamma {
            p: f64::NAN,
            q: f64::NAN,
            gamma: f64::NAN,
        },
    };
    let minus_ll = |x: &[f64]| {
        let m = model(x);
        -buyers
            .iter()
            .map(|&(n, mean)| m.log_likelihood(n, mean))
            .sum::<f64>()
    };
    let found = minimise_positive(&minus_ll, &[START; 3]);
    (model(&found.point), -found.value, found.converged)
}

fn skipped_summary(skipped: &[SkippedRow]) -> String {
    skipped
        .iter()
        .take(5)
        .map(|s| format!("\n  line {}: {}", s.line, s.reason))
        .collect()
}

/// Reads a transaction export and fits both models (see the module documentation).
/// Fails when the columns cannot be found, when no customer bought by the cut-off, or
/// when there are no repeat purchases to fit.
pub fn fit(text: &str, options: &FitOptions) -> Result<Fit, String> {
    let read = read_transactions(text, &options.columns)?;
    let days = read.purchases.iter().map(|p| p.day);
    let (Some(first_day), Some(last_day)) = (days.clone().min(), days.max()) else {
        return Err(format!(
            "no usable transactions in {} rows{}",
            read.rows_read,
            skipped_summary(&read.skipped)
        ));
    };
    let cutoff_day = options.cutoff.map_or(last_day, Date::day_number);
    let all = histories(&read.purchases);
    let calibrated: Vec<(&rfm::History, Rfm)> = all
        .iter()
        .filter_map(|h| h.summary(cutoff_day).map(|s| (h, s)))
        .collect();
    let summaries: Vec<Rfm> = calibrated.iter().map(|(_, s)| *s).collect();
    let buyers: Vec<(u32, f64)> = summaries
        .iter()
        .filter_map(|s| s.mean_repeat_value.map(|m| (s.repeats, m)))
        .collect();
    let spend_data: Vec<(u32, f64)> = buyers.iter().copied().filter(|&(_, m)| m > 0.0).collect();
    let cutoff = Date::from_day_number(cutoff_day);
    if summaries.is_empty() {
        return Err(format!(
            "no customer made a first purchase on or before the cut-off {cutoff}"
        ));
    }
    if spend_data.is_empty() {
        return Err(format!(
            "{} customers bought by the cut-off {cutoff} but none made a repeat purchase worth \
             more than zero: the models need repeat purchases to fit",
            summaries.len()
        ));
    }
    let (purchases, log_likelihood, purchases_converged) = fit_purchases(&summaries);
    let (spend, spend_log_likelihood, spend_converged) = fit_spend(&spend_data);
    let in_calibration: Vec<&rfm::History> = calibrated.iter().map(|(h, _)| *h).collect();
    Ok(Fit {
        purchases,
        log_likelihood,
        spend,
        spend_log_likelihood,
        converged: purchases_converged && spend_converged,
        customers: summaries.len(),
        repeat_buyers: buyers.len(),
        spend_customers: spend_data.len(),
        customers_after_cutoff: all.len() - summaries.len(),
        first_date: Date::from_day_number(first_day),
        cutoff,
        last_date: Date::from_day_number(last_day),
        layout: read.layout,
        rows_read: read.rows_read,
        rows_skipped: read.skipped,
        repeat_histogram: repeat_histogram(&purchases, &summaries),
        weekly_repeats: weekly_repeats(
            &purchases,
            &in_calibration,
            first_day,
            cutoff_day,
            last_day,
        ),
    })
}
