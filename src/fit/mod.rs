//! Calibrating a segment from a transaction export: the BG/NBD model of purchases and
//! dropout (Fader, Hardie & Lee 2005, "Counting your customers the easy way") and the
//! Gamma-Gamma model of spend (Fader, Hardie & Lee 2005, "RFM and CLV"), both by maximum
//! likelihood, with the paper's checks of the fit.
//!
//! The steps: [`transactions`] reads the export and merges same-day purchases, [`rfm`]
//! summarises each customer at the cut-off (x, t_x, T, m_x), [`models`] maximises the
//! likelihoods of [`crate::behaviour::averages`] with [`optimise`] (within a budget of
//! evaluations, reaching the limits where customers do not differ), [`meaning`] says what
//! the fit means in English and Chinese, and [`tracking`] compares the fitted model with
//! the data. Fewer than [`MIN_CUSTOMERS`] customers are refused. The Gamma-Gamma model is fitted, as published, on the customers
//! with a repeat purchase, using the mean value of their repeat transactions (the trial
//! purchase excluded). Fitting the CDNOW sample with the cut-off 1997-09-30 gives the
//! published r = 0.243, α = 4.414, a = 0.793, b = 2.426, p = 6.25, q = 3.74, γ = 15.44.

pub mod adding;
pub mod amounts;
pub mod columns;
pub mod dates;
pub mod fields;
pub mod meaning;
pub mod models;
pub mod optimise;
pub mod rfm;
pub mod sentence;
pub mod tracking;
pub mod transactions;

use serde::Serialize;

use crate::behaviour::averages::{BgNbdAverages, GammaGammaAverages};
use crate::behaviour::{BehaviourModel, BgNbd, GammaGamma, PlannerBehaviour, SegmentBehaviour};
use crate::csv::{Cell, Table};
use columns::Columns;
use dates::Date;
use meaning::{Figure, Limit, Note, Reading};
use models::{fit_purchases, fit_spend, PURCHASE_BUDGET, SPEND_BUDGET};
use rfm::{histories, Rfm};
use sentence::Sentence;
use tracking::{repeat_histogram, weekly_repeats, RepeatCount, WeeklyRepeats};
use transactions::{read_transactions, Layout, SkippedRow};

/// Fewer customers than this (or fewer repeat buyers, for the spend model) are refused:
/// the models describe how customers differ, which a handful cannot show.
pub const MIN_CUSTOMERS: usize = 10;
/// Significant digits of each figure of a segment added from a fit.
pub const ADDED_DIGITS: usize = 6;

/// What to fit: the columns (detected where not given) and the calibration cut-off
/// (default: the last date in the data).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FitOptions {
    pub columns: Columns,
    pub cutoff: Option<Date>,
}

/// Which search a fit is in, and the likelihood evaluations spent of the most it may
/// spend (both searches together): reported as it goes, for a progress bar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct FitProgress {
    /// "purchases" (BG/NBD) or "spend" (Gamma-Gamma).
    pub stage: &'static str,
    pub evaluations: usize,
    pub budget: usize,
}

/// The fitted models and the evidence for them.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Fit {
    /// BG/NBD r, α, a, b (weeks), as the segment carries them: at a limit, the stand-ins
    /// of [`crate::behaviour::averages`].
    pub purchases: BgNbd,
    /// The same fit by averages and spreads, exact at a limit (a spread of 0).
    pub purchase_averages: BgNbdAverages,
    /// BG/NBD log-likelihood at the fit, summed over customers.
    pub log_likelihood: f64,
    /// Gamma-Gamma p, q, γ, as the segment carries them.
    pub spend: GammaGamma,
    /// The same fit by averages and spread, exact at a limit.
    pub spend_averages: GammaGammaAverages,
    /// Gamma-Gamma log-likelihood at the fit, summed over the customers it was fitted on.
    pub spend_log_likelihood: f64,
    /// Whether both searches confirmed their optimum within their budgets. When not, the
    /// notes say so and the figures are only the best found.
    pub converged: bool,
    /// The limits the fit reached (the customers do not differ in that respect).
    pub limits: Vec<Limit>,
    /// What the fit means, in English and Chinese: each limit and how the segment carries
    /// it, and each search that did not confirm its point.
    pub notes: Vec<Note>,
    /// r, α, a, b, p, q, γ as a planner reads them.
    pub figures: Vec<Figure>,
    /// The segment read in the planner's terms.
    pub planner: PlannerBehaviour,
    /// The same, as the planner reads each figure, in both languages.
    pub readings: Vec<Reading>,
    /// Likelihood evaluations spent by both searches, and the most they may spend.
    pub evaluations: usize,
    pub evaluation_budget: usize,
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
    /// Whether purchases after the cut-off were kept apart to check the fit (a hold-out
    /// period): the cut-off is before the last date.
    pub hold_out: bool,
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

    /// Where the hold-out period starts, in weeks from the first day in the data (the end
    /// of the cut-off day), as the weekly tracking counts them; none without a hold-out.
    pub fn hold_out_from_week(&self) -> Option<f64> {
        let days = self.cutoff.day_number() - self.first_date.day_number() + 1;
        self.hold_out
            .then(|| days as f64 / tracking::DAYS_PER_WEEK as f64)
    }

    /// The segment a planner adds from the fit: each figure to [`ADDED_DIGITS`] significant
    /// digits, far finer than the fit's own standard errors, and short enough to read and to
    /// switch between forms losslessly (`behaviour::forms`).
    pub fn segment_to_add(&self) -> SegmentBehaviour {
        let figure = |x: f64| -> f64 {
            let decimals = ADDED_DIGITS - 1;
            format!("{x:.decimals$e}").parse().unwrap_or(x)
        };
        let (p, s) = (self.purchases, self.spend);
        SegmentBehaviour::Model(BehaviourModel {
            purchases: BgNbd {
                r: figure(p.r),
                alpha: figure(p.alpha),
                a: figure(p.a),
                b: figure(p.b),
            },
            spend: GammaGamma {
                p: figure(s.p),
                q: figure(s.q),
                gamma: figure(s.gamma),
            },
        })
    }

    /// `parameter,value` rows of the fitted figures and the counts behind them.
    pub fn parameters_csv(&self) -> String {
        let BgNbd { r, alpha, a, b } = self.purchases;
        let GammaGamma { p, q, gamma } = self.spend;
        let averages = self.purchase_averages;
        let limits: Vec<String> = self
            .limits
            .iter()
            .filter_map(|l| serde_json::to_value(l).ok())
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect();
        let rows: [(&str, Cell); 21] = [
            ("r", Cell::number(r)),
            ("alpha", Cell::number(alpha)),
            ("a", Cell::number(a)),
            ("b", Cell::number(b)),
            ("purchase_rate_spread", Cell::number(averages.rate_spread)),
            ("mean_dropout", Cell::number(averages.dropout)),
            ("dropout_spread", Cell::number(averages.dropout_spread)),
            ("log_likelihood", Cell::number(self.log_likelihood)),
            ("p", Cell::number(p)),
            ("q", Cell::number(q)),
            ("gamma", Cell::number(gamma)),
            (
                "spend_rate_spread",
                Cell::number(self.spend_averages.spend_rate_spread),
            ),
            ("limits", Cell::text(limits.join(" "))),
            ("evaluations", Cell::number(self.evaluations)),
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

fn skipped_summary(skipped: &[SkippedRow]) -> String {
    skipped
        .iter()
        .take(5)
        .map(|s| format!("\n  line {}: {}", s.line, s.reason))
        .collect()
}

/// Refuses data too thin to fit: no repeat purchases at all, or fewer than
/// [`MIN_CUSTOMERS`] customers or repeat buyers.
fn enough_customers(
    customers: usize,
    spend_customers: usize,
    cutoff: Date,
) -> Result<(), Sentence> {
    if customers == 0 {
        return Err(Sentence::new(
            format!("no customer made a first purchase on or before the cut-off {cutoff}"),
            format!("截止日 {cutoff} 之前没有任何顾客首次消费"),
        ));
    }
    if spend_customers == 0 {
        return Err(Sentence::new(
            format!(
                "{customers} customers bought by the cut-off {cutoff} but none made a repeat \
                 purchase worth more than zero: the models need repeat purchases to fit"
            ),
            format!(
                "截止日 {cutoff} 之前有 {customers} 位顾客消费，但没有人有金额大于零的重复购买：\
                 模型需要重复购买数据才能拟合"
            ),
        ));
    }
    if customers < MIN_CUSTOMERS {
        return Err(Sentence::new(
            format!(
                "too few customers to fit: {customers} bought by the cut-off {cutoff}. The \
                 models describe how customers differ from one another, which needs at least \
                 {MIN_CUSTOMERS} customers; describe the segment in the planner's terms instead"
            ),
            format!(
                "顾客太少，无法拟合：截止日 {cutoff} 之前只有 {customers} 位顾客消费。模型描述的是\
                 顾客之间的差异，至少需要 {MIN_CUSTOMERS} 位顾客；请改用业务口径描述该分层"
            ),
        ));
    }
    if spend_customers < MIN_CUSTOMERS {
        return Err(Sentence::new(
            format!(
                "too few repeat buyers to fit spend: {spend_customers} of the {customers} \
                 customers made a repeat purchase worth more than zero by the cut-off {cutoff}; \
                 the spend model needs at least {MIN_CUSTOMERS}"
            ),
            format!(
                "重复购买的顾客太少，无法拟合消费金额：截止日 {cutoff} 之前 {customers} 位顾客中只有 \
                 {spend_customers} 位有金额大于零的重复购买；消费金额模型至少需要 {MIN_CUSTOMERS} 位"
            ),
        ));
    }
    Ok(())
}

/// Reads a transaction export and fits both models (see the module documentation).
pub fn fit(text: &str, options: &FitOptions) -> Result<Fit, Sentence> {
    fit_with_progress(text, options, &mut |_| {})
}

/// As [`fit`], calling `progress` as the searches spend likelihood evaluations. Fails
/// when the columns cannot be found or the rows cannot be read without guessing, when no
/// customer bought by the cut-off, when there are no repeat purchases to fit, or when
/// there are too few customers (see [`MIN_CUSTOMERS`]).
pub fn fit_with_progress(
    text: &str,
    options: &FitOptions,
    progress: &mut dyn FnMut(FitProgress),
) -> Result<Fit, Sentence> {
    let read = read_transactions(text, &options.columns)?;
    let days = read.purchases.iter().map(|p| p.day);
    let (Some(first_day), Some(last_day)) = (days.clone().min(), days.max()) else {
        let skipped = skipped_summary(&read.skipped);
        return Err(Sentence::new(
            format!("no usable transactions in {} rows{skipped}", read.rows_read),
            format!("{} 行中没有可用的交易{skipped}", read.rows_read),
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
    enough_customers(summaries.len(), spend_data.len(), cutoff)?;
    let budget = PURCHASE_BUDGET + SPEND_BUDGET;
    let purchases = fit_purchases(&summaries, &mut |evaluations| {
        progress(FitProgress {
            stage: "purchases",
            evaluations,
            budget,
        })
    });
    let spend = fit_spend(&spend_data, &mut |evaluations| {
        progress(FitProgress {
            stage: "spend",
            evaluations: PURCHASE_BUDGET + evaluations,
            budget,
        })
    });
    let (purchase_papers, spend_papers) = (purchases.model.papers(), spend.model.papers());
    let in_calibration: Vec<&rfm::History> = calibrated.iter().map(|(h, _)| *h).collect();
    let planner = PlannerBehaviour {
        // The purchase-rate spread exact (0 at the limit, where the segment carries 0.001).
        purchase_rate_spread: purchases.model.rate_spread,
        ..BehaviourModel {
            purchases: purchase_papers,
            spend: spend_papers,
        }
        .to_planner()
    };
    Ok(Fit {
        purchases: purchase_papers,
        purchase_averages: purchases.model,
        log_likelihood: purchases.log_likelihood,
        spend: spend_papers,
        spend_averages: spend.model,
        spend_log_likelihood: spend.log_likelihood,
        converged: purchases.converged && spend.converged,
        limits: meaning::limits(
            (&purchases.model, purchases.converged),
            (&spend.model, spend.converged),
        ),
        notes: meaning::notes(
            (&purchases.model, &purchase_papers, purchases.converged),
            (&spend.model, &spend_papers, spend.converged),
        ),
        figures: meaning::figures(
            (&purchases.model, &purchase_papers),
            (&spend.model, &spend_papers),
        ),
        readings: meaning::readings(&planner),
        planner,
        evaluations: purchases.evaluations + spend.evaluations,
        evaluation_budget: budget,
        customers: summaries.len(),
        repeat_buyers: buyers.len(),
        spend_customers: spend_data.len(),
        customers_after_cutoff: all.len() - summaries.len(),
        first_date: Date::from_day_number(first_day),
        cutoff,
        last_date: Date::from_day_number(last_day),
        hold_out: cutoff_day < last_day,
        layout: read.layout,
        rows_read: read.rows_read,
        rows_skipped: read.skipped,
        repeat_histogram: repeat_histogram(&purchases.model, &summaries),
        weekly_repeats: weekly_repeats(
            &purchases.model,
            &in_calibration,
            first_day,
            cutoff_day,
            last_day,
        ),
    })
}
