//! Tests of the models by averages: they agree with the papers' closed forms where those
//! are precise, and with the plain formulas of one rate, one chance and one spend rate at
//! the limits.

use super::*;
use crate::behaviour::BgNbd;

const CDNOW: BgNbd = BgNbd {
    r: 0.243,
    alpha: 4.414,
    a: 0.793,
    b: 2.426,
};

const CDNOW_SPEND: GammaGamma = GammaGamma {
    p: 6.25,
    q: 3.74,
    gamma: 15.44,
};

fn close(x: f64, y: f64, tolerance: f64) -> bool {
    (x - y).abs() <= tolerance * y.abs().max(1.0)
}

/// One rate λ and one chance p for every member: (1 − p)ˣ λˣ e^(−λT) + p(1 − p)^(x−1)
/// λˣ e^(−λt_x).
fn one_member_likelihood(lambda: f64, p: f64, x: u32, tx: f64, age: f64) -> f64 {
    let xf = f64::from(x);
    let alive = libm::pow(1.0 - p, xf) * libm::pow(lambda, xf) * libm::exp(-lambda * age);
    let dropped = if x > 0 {
        p * libm::pow(1.0 - p, xf - 1.0) * libm::pow(lambda, xf) * libm::exp(-lambda * tx)
    } else {
        0.0
    };
    libm::log(alive + dropped)
}

#[test]
fn the_papers_parameters_read_back_the_same() {
    let averages = BgNbdAverages::from_papers(&CDNOW);
    let back = averages.papers();
    for (x, y) in [
        (back.r, CDNOW.r),
        (back.alpha, CDNOW.alpha),
        (back.a, CDNOW.a),
        (back.b, CDNOW.b),
    ] {
        assert!(close(x, y, 1e-12), "{back:?}");
    }
    let spend = GammaGammaAverages::from_papers(&CDNOW_SPEND);
    let back = spend.papers();
    assert!(close(back.q, CDNOW_SPEND.q, 1e-12) && close(back.gamma, CDNOW_SPEND.gamma, 1e-12));
    assert!(close(spend.mean_spend(), CDNOW_SPEND.mean_spend(), 1e-12));
}

#[test]
fn with_spreads_the_likelihoods_and_counts_are_the_papers() {
    let averages = BgNbdAverages::from_papers(&CDNOW);
    for (x, tx, age) in [
        (0, 0.0, 38.86),
        (1, 2.0, 38.86),
        (2, 30.43, 38.86),
        (14, 36.0, 38.0),
    ] {
        let (mine, papers) = (
            averages.log_likelihood(x, tx, age),
            CDNOW.log_likelihood(x, tx, age),
        );
        assert!(close(mine, papers, 1e-12), "x {x}: {mine} vs {papers}");
    }
    for t in [1.0, 39.0, 78.0] {
        for x in [0, 1, 3, 7, 40] {
            let (mine, papers) = (
                averages.probability_of_repeat_purchases(x, t),
                CDNOW.probability_of_repeat_purchases(x, t),
            );
            assert!(
                close(mine, papers, 1e-10),
                "x {x}, t {t}: {mine} vs {papers}"
            );
        }
        let e = averages.expected_repeat_purchases(t);
        assert!(close(e, CDNOW.expected_repeat_purchases(t), 1e-12), "t {t}");
    }
    let spend = GammaGammaAverages::from_papers(&CDNOW_SPEND);
    for (x, m) in [(1, 20.0), (4, 35.5), (30, 120.0)] {
        let (mine, papers) = (spend.log_likelihood(x, m), CDNOW_SPEND.log_likelihood(x, m));
        assert!(close(mine, papers, 1e-12), "x {x}: {mine} vs {papers}");
    }
}

#[test]
fn with_one_rate_and_one_chance_the_likelihood_is_that_of_one_member() {
    let same = BgNbdAverages {
        rate_per_week: 0.05,
        rate_spread: 0.0,
        dropout: 0.19,
        dropout_spread: 0.0,
    };
    for (x, tx, age) in [(0, 0.0, 60.0), (1, 3.0, 60.0), (5, 50.0, 90.0)] {
        let want = one_member_likelihood(0.05, 0.19, x, tx, age);
        let got = same.log_likelihood(x, tx, age);
        assert!(close(got, want, 1e-13), "x {x}: {got} vs {want}");
    }
}

/// The limit is approached continuously: a spread of 10⁻⁴ (r = 10⁸) is within 10⁻⁶ of
/// none, where the papers' formula at such shapes is off by the rounding of ln Γ(10⁸).
#[test]
fn a_vanishing_spread_tends_to_the_limit() {
    let limit = BgNbdAverages {
        rate_per_week: 0.3,
        rate_spread: 0.0,
        dropout: 0.2,
        dropout_spread: 0.0,
    };
    let near = BgNbdAverages {
        rate_spread: 1e-4,
        dropout_spread: 1e-4,
        ..limit
    };
    for (x, tx, age) in [(0, 0.0, 20.0), (3, 10.0, 20.0), (9, 19.0, 20.0)] {
        let (a, b) = (
            limit.log_likelihood(x, tx, age),
            near.log_likelihood(x, tx, age),
        );
        assert!((a - b).abs() < 1e-6, "x {x}: {a} vs {b}");
    }
    let spend = GammaGammaAverages {
        p: 4.0,
        spend_rate: 0.1,
        spend_rate_spread: 0.0,
    };
    let near = GammaGammaAverages {
        spend_rate_spread: 1e-4,
        ..spend
    };
    let (a, b) = (spend.log_likelihood(5, 38.0), near.log_likelihood(5, 38.0));
    assert!((a - b).abs() < 1e-6, "{a} vs {b}");
}

#[test]
fn with_one_spend_rate_the_mean_order_is_a_gamma_of_shape_px_and_rate_x_nu() {
    let spend = GammaGammaAverages {
        p: 4.0,
        spend_rate: 0.1,
        spend_rate_spread: 0.0,
    };
    let (x, m) = (3u32, 42.0);
    let (shape, rate) = (12.0, 0.3);
    let want = shape * libm::log(rate) + (shape - 1.0) * libm::log(m) - rate * m - ln_gamma(shape);
    assert!(close(spend.log_likelihood(x, m), want, 1e-13));
    assert!(close(spend.mean_spend(), 40.0, 1e-15));
}

/// At each limit the counts are a distribution whose mean is the expectation.
#[test]
fn at_each_limit_the_repeat_purchase_counts_sum_to_one_with_the_expected_mean() {
    let base = BgNbdAverages {
        rate_per_week: 0.4,
        rate_spread: 1.2,
        dropout: 0.15,
        dropout_spread: 0.6,
    };
    let limits = [
        BgNbdAverages {
            rate_spread: 0.0,
            ..base
        },
        BgNbdAverages {
            dropout_spread: 0.0,
            ..base
        },
        BgNbdAverages {
            rate_spread: 0.0,
            dropout_spread: 0.0,
            ..base
        },
        BgNbdAverages {
            dropout: 0.0,
            ..base
        },
    ];
    for model in limits {
        for t in [2.0, 52.0, 104.0] {
            let p: Vec<f64> = (0..2_000)
                .map(|x| model.probability_of_repeat_purchases(x, t))
                .collect();
            let total: f64 = p.iter().sum();
            let mean: f64 = p.iter().zip(0..).map(|(p, x)| p * f64::from(x)).sum();
            let expected = model.expected_repeat_purchases(t);
            assert!((total - 1.0).abs() < 1e-9, "{model:?} t {t}: total {total}");
            assert!(
                close(mean, expected, 1e-8),
                "{model:?} t {t}: {mean} vs {expected}"
            );
        }
    }
}

#[test]
fn the_stand_ins_keep_the_averages_and_leave_members_within_a_tenth_of_a_percent() {
    let limit = BgNbdAverages {
        rate_per_week: 0.05,
        rate_spread: 0.0,
        dropout: 0.19,
        dropout_spread: 0.0,
    };
    let BgNbd { r, alpha, a, b } = limit.papers();
    assert!(close(r / alpha, 0.05, 1e-15) && close(a / (a + b), 0.19, 1e-15));
    assert!(1.0 / libm::sqrt(r) <= STAND_IN_SPREAD * (1.0 + 1e-12));
    let dropout_cv = libm::sqrt(0.19 * 0.81 / (a + b + 1.0)) / 0.19;
    assert!(dropout_cv <= STAND_IN_SPREAD, "{dropout_cv}");
    let no_dropout = BgNbdAverages {
        dropout: 0.0,
        ..limit
    };
    let BgNbd { a, b, .. } = no_dropout.papers();
    assert!(a > 0.0 && close(a / (a + b), STAND_IN_NO_DROPOUT, 1e-9));
    let spend = GammaGammaAverages {
        p: 4.0,
        spend_rate: 0.1,
        spend_rate_spread: 0.0,
    };
    let papers = spend.papers();
    assert!(close(papers.mean_spend(), 40.0, 1e-12), "{papers:?}");
    assert!(1.0 / libm::sqrt(papers.q) <= STAND_IN_SPREAD * (1.0 + 1e-12));
}

#[test]
fn the_rising_ratio_is_smooth_where_stirling_takes_over() {
    for c in [0.5, 3.0, 25.0] {
        let below = ln_rising_over_power(1.0 / (STIRLING_FROM - 1e-9), c);
        let above = ln_rising_over_power(1.0 / (STIRLING_FROM + 1e-9), c);
        assert!((below - above).abs() < 1e-11, "c {c}: {below} vs {above}");
        let want = c * (c - 1.0) / 2.0 * 1e-9;
        assert!(close(ln_rising_over_power(1e-9, c), want, 1e-6), "c {c}");
    }
    assert_eq!(ln_rising_over_power(0.0, 4.0), 0.0);
}
