//! What a fit means for a planner, in English and Chinese: the limits it reached ("every
//! customer here drops out with about the same chance, 0.19 after each purchase") and
//! what the segment carries for them, a search that stopped before confirming its point,
//! and the fitted figures as a planner reads them (0.2426, 15.44, 10.81M, ∞ with "no
//! spread"; never 1.081E7).
//!
//! Not for: finding the limits (see [`super::models`]) or the page's labels.

use serde::Serialize;

use super::models::{PURCHASE_BUDGET, SPEND_BUDGET};
use super::sentence::Sentence;
use crate::behaviour::averages::{BgNbdAverages, GammaGammaAverages, STAND_IN_SPREAD};
use crate::behaviour::{BgNbd, GammaGamma, PlannerBehaviour, WEEKS_PER_MONTH};
use crate::words::format::{money, number, percent, significant, significant_figures};
use crate::words::Lang;

/// A limit of the models a fit reached: the customers do not differ in some respect.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Limit {
    /// Every customer buys at the same rate while still a customer (r, α → ∞).
    SamePurchaseRate,
    /// Every customer has the same dropout chance (a, b → ∞).
    SameDropout,
    /// No customer drops out (a → 0).
    NoDropout,
    /// Every customer has the same average order (q, γ → ∞).
    SameSpendRate,
}

/// Which limits a fit reached, each with its search confirmed (`purchases_converged`,
/// `spend_converged`): the point of a search that ran out is no limit.
pub fn limits(
    (purchases, purchases_converged): (&BgNbdAverages, bool),
    (spend, spend_converged): (&GammaGammaAverages, bool),
) -> Vec<Limit> {
    [
        (purchases.rate_spread == 0.0, Limit::SamePurchaseRate),
        (
            purchases.dropout_spread == 0.0 && purchases.dropout > 0.0,
            Limit::SameDropout,
        ),
        (purchases.dropout == 0.0, Limit::NoDropout),
    ]
    .into_iter()
    .filter(|_| purchases_converged)
    .chain(
        [(spend.spend_rate_spread == 0.0, Limit::SameSpendRate)]
            .into_iter()
            .filter(|_| spend_converged),
    )
    .filter_map(|(reached, limit)| reached.then_some(limit))
    .collect()
}

/// How a figure at a limit is shown instead of its value ("∞"), and what that means.
type Shown = (&'static str, Sentence);

/// What kind of thing a note says.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteKind {
    /// A limit the fit reached, and how the segment carries it.
    Limit,
    /// A search stopped before it confirmed its point: the figures are not a fit.
    NotConverged,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Note {
    pub kind: NoteKind,
    #[serde(flatten)]
    pub text: Sentence,
}

/// A figure in both languages: 4 significant figures, grouped as a planner reads them.
fn figure(value: f64) -> Sentence {
    let shown = significant(value, 4);
    Sentence::new(number(shown, Lang::En), number(shown, Lang::ZhCn))
}

/// The sentence for a limit, with the figures the segment carries for it.
fn limit_note(
    limit: Limit,
    purchases: (&BgNbdAverages, &BgNbd),
    spend: (&GammaGammaAverages, &GammaGamma),
) -> Sentence {
    let (averages, papers) = purchases;
    let (spend_averages, spend_papers) = spend;
    let within = percent(STAND_IN_SPREAD);
    let f = |x: f64| figure(x);
    match limit {
        Limit::SamePurchaseRate => {
            let per_month = significant(averages.rate_per_week * WEEKS_PER_MONTH, 2);
            let per_month =
                Sentence::new(number(per_month, Lang::En), number(per_month, Lang::ZhCn));
            let (r, alpha) = (f(papers.r), f(papers.alpha));
            Sentence::new(
                format!(
                    "Every customer here buys at about the same rate while still a customer: {} \
                     purchases a month (the data show no difference between customers). The \
                     segment carries this as r = {} and α = {}, so that members' rates differ \
                     by under {within}: it simulates the same.",
                    per_month.en, r.en, alpha.en
                ),
                format!(
                    "这里每位顾客在流失之前的购买频率几乎相同：每月 {} 次（数据看不出顾客之间的差异）。\
                     分层以 r = {}、α = {} 表示，会员之间的频率差异不到 {within}，模拟结果相同。",
                    per_month.zh, r.zh, alpha.zh
                ),
            )
        }
        Limit::SameDropout => {
            let chance = number(significant(averages.dropout, 2), Lang::En);
            let (a, b) = (f(papers.a), f(papers.b));
            Sentence::new(
                format!(
                    "Every customer here drops out with about the same chance: {chance} after \
                     each purchase (the data show no difference between customers). The segment \
                     carries this as a = {} and b = {}, so that members' chances differ by under \
                     {within}: it simulates the same.",
                    a.en, b.en
                ),
                format!(
                    "这里每位顾客的流失概率几乎相同：每次购买后 {chance}（数据看不出顾客之间的差异）。\
                     分层以 a = {}、b = {} 表示，会员之间的概率差异不到 {within}，模拟结果相同。",
                    a.zh, b.zh
                ),
            )
        }
        Limit::NoDropout => {
            let a = f(papers.a);
            Sentence::new(
                format!(
                    "No customer here appears to stop buying: the data show no dropout after \
                     purchases. The segment carries this as a = {}, a dropout chance of one in a \
                     billion purchases.",
                    a.en
                ),
                format!(
                    "这里的顾客似乎都不会流失：数据中看不出购买后的流失。分层以 a = {} 表示，\
                     即每十亿次购买流失一次。",
                    a.zh
                ),
            )
        }
        Limit::SameSpendRate => {
            let order = spend_averages.mean_spend();
            let (q, gamma) = (f(spend_papers.q), f(spend_papers.gamma));
            Sentence::new(
                format!(
                    "Every customer here spends about the same on average: {} an order (the data \
                     show no difference between customers' average orders; single orders still \
                     vary). The segment carries this as q = {} and γ = {}, so that members' \
                     averages differ by under {within}: it simulates the same.",
                    money(significant(order, 3), Lang::En),
                    q.en,
                    gamma.en
                ),
                format!(
                    "这里每位顾客的平均客单价几乎相同：每单 {}（数据看不出顾客之间平均客单价的差异；\
                     单笔订单仍有高低）。分层以 q = {}、γ = {} 表示，会员之间的差异不到 {within}，\
                     模拟结果相同。",
                    money(significant(order, 3), Lang::ZhCn),
                    q.zh,
                    gamma.zh
                ),
            )
        }
    }
}

/// The sentence for a search that ran out of evaluations before confirming its point.
fn not_converged_note(spend: bool) -> Sentence {
    let (what_en, what_zh, budget) = if spend {
        (
            "spend per purchase (Gamma-Gamma)",
            "单次消费金额（Gamma-Gamma）",
            SPEND_BUDGET,
        )
    } else {
        (
            "purchases and dropout (BG/NBD)",
            "消费与流失（BG/NBD）",
            PURCHASE_BUDGET,
        )
    };
    let (n_en, n_zh) = (
        number(budget as f64, Lang::En),
        number(budget as f64, Lang::ZhCn),
    );
    Sentence::new(
        format!(
            "Not a fit: the search for {what_en} stopped at its limit of {n_en} likelihood \
             evaluations without confirming its best point. Its figures are only the best it \
             found; check the export, or set another cut-off, before using them."
        ),
        format!(
            "这不是一个确认的拟合：{what_zh}的搜索在达到 {n_zh} 次似然计算的上限后停止，\
             未能确认最优点。其数值只是目前找到的最好结果；使用前请检查导出数据或改用其他截止日。"
        ),
    )
}

/// The fit's notes: each search that did not confirm its point, then each limit reached by
/// one that did.
pub fn notes(
    purchases: (&BgNbdAverages, &BgNbd, bool),
    spend: (&GammaGammaAverages, &GammaGamma, bool),
) -> Vec<Note> {
    let (averages, papers, purchases_converged) = purchases;
    let (spend_averages, spend_papers, spend_converged) = spend;
    let unconfirmed = [(purchases_converged, false), (spend_converged, true)]
        .into_iter()
        .filter(|(converged, _)| !converged)
        .map(|(_, is_spend)| Note {
            kind: NoteKind::NotConverged,
            text: not_converged_note(is_spend),
        });
    let reached = limits(
        (averages, purchases_converged),
        (spend_averages, spend_converged),
    )
    .into_iter()
    .map(|limit| Note {
        kind: NoteKind::Limit,
        text: limit_note(limit, (averages, papers), (spend_averages, spend_papers)),
    });
    unconfirmed.chain(reached).collect()
}

/// A fitted parameter as the page shows it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    /// The papers' symbol: r, alpha, a, b, p, q, gamma.
    pub symbol: &'static str,
    /// The value the segment carries (a stand-in at a limit).
    pub value: f64,
    /// Whether the fit is at a limit in this parameter (its true value is ∞, or 0).
    pub limit: bool,
    /// The figure as shown: 4 significant figures, or at a limit its true value, ∞ or 0.
    #[serde(flatten)]
    pub text: Sentence,
    /// At a limit, what it means: "no spread", "no dropout".
    pub meaning: Option<Sentence>,
}

/// The seven parameters as a planner reads them: at a limit ∞ ("no spread") or 0 ("no
/// dropout"), else 4 significant figures.
pub fn figures(
    purchases: (&BgNbdAverages, &BgNbd),
    spend: (&GammaGammaAverages, &GammaGamma),
) -> Vec<Figure> {
    let (averages, papers) = purchases;
    let (spend_averages, spend_papers) = spend;
    let no_spread = || ("∞", Sentence::new("no spread", "无差异"));
    let same_rate = averages.rate_spread == 0.0;
    let same_dropout = averages.dropout_spread == 0.0;
    let no_dropout = averages.dropout == 0.0;
    let same_spend = spend_averages.spend_rate_spread == 0.0;
    let rows: [(&'static str, f64, Option<Shown>); 7] = [
        ("r", papers.r, same_rate.then(no_spread)),
        ("alpha", papers.alpha, same_rate.then(no_spread)),
        (
            "a",
            papers.a,
            if no_dropout {
                Some(("0", Sentence::new("no dropout", "不流失")))
            } else {
                same_dropout.then(no_spread)
            },
        ),
        ("b", papers.b, same_dropout.then(no_spread)),
        ("p", spend_papers.p, None),
        ("q", spend_papers.q, same_spend.then(no_spread)),
        ("gamma", spend_papers.gamma, same_spend.then(no_spread)),
    ];
    rows.into_iter()
        .map(|(symbol, value, at_limit)| match at_limit {
            Some((shown, meaning)) => Figure {
                symbol,
                value,
                limit: true,
                text: Sentence::new(shown, shown),
                meaning: Some(meaning),
            },
            None => Figure {
                symbol,
                value,
                limit: false,
                text: figure(value),
                meaning: None,
            },
        })
        .collect()
}

/// One figure of the segment in the planner's terms, beside the fit: the field it fills
/// (`purchases_per_month`, …), its value, and the value as the planner reads it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Reading {
    pub path: &'static str,
    pub value: f64,
    #[serde(flatten)]
    pub text: Sentence,
}

/// The fitted segment as the planner reads it: the share lost in a year as a percentage,
/// the other figures to 3 significant figures (a fit is no more precise than that).
pub fn readings(planner: &PlannerBehaviour) -> Vec<Reading> {
    let rows = [
        ("purchases_per_month", planner.purchases_per_month, false),
        ("purchase_rate_spread", planner.purchase_rate_spread, false),
        ("lost_per_year", planner.lost_per_year, true),
        ("average_order_value", planner.average_order_value, false),
        ("order_value_spread", planner.order_value_spread, false),
    ];
    rows.into_iter()
        .map(|(path, value, share)| Reading {
            path,
            value,
            text: if share {
                Sentence::new(percent(value), percent(value))
            } else {
                Sentence::new(
                    significant_figures(value, 3, Lang::En),
                    significant_figures(value, 3, Lang::ZhCn),
                )
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_read_as_a_planner_reads_them() {
        assert_eq!(figure(0.242_595).en, "0.2426");
        assert_eq!(figure(4.413_98).zh, "4.414");
        assert_eq!(figure(10_810_000.0).en, "10.81M");
        assert_eq!(figure(10_810_000.0).zh, "1,081万");
        assert_eq!(figure(1_234.5).zh, "1,235");
    }

    #[test]
    fn the_planner_reads_a_fit_to_three_figures_and_the_share_lost_as_a_percentage() {
        let planner = PlannerBehaviour {
            purchases_per_month: 0.239_35,
            purchase_rate_spread: 2.028,
            lost_per_year: 0.412_3,
            average_order_value: 35.077,
            order_value_spread: 0.8123,
            dropout_concentration: 3.2,
            spend_rate_shape: 3.74,
        };
        let readings = readings(&planner);
        let shown: Vec<(&str, &str)> = readings
            .iter()
            .map(|r| (r.path, r.text.en.as_str()))
            .collect();
        assert_eq!(
            shown,
            [
                ("purchases_per_month", "0.239"),
                ("purchase_rate_spread", "2.03"),
                ("lost_per_year", "41.2%"),
                ("average_order_value", "35.1"),
                ("order_value_spread", "0.812"),
            ]
        );
    }
}
