//! Issue 13, item 9: what a fit at a limit returns. A customer base whose members all
//! behave alike is fitted to the limiting model, which the fit names and explains in
//! English and Chinese, shows without exponent notation, and hands to the scenario as a
//! segment whose members differ by under 0.1 %. The searches count their work and report
//! progress, and a search that runs out before confirming its point is never called a fit.

mod fit_fixture;

use fit_fixture::UniformBase;
use tierlab::behaviour::averages::STAND_IN_SPREAD;
use tierlab::fit::dates::Date;
use tierlab::fit::meaning::{Limit, NoteKind};
use tierlab::fit::{fit, fit_with_progress, Fit, FitOptions, FitProgress};
use tierlab::random::{Key, Purpose, Stream};

/// Whether a number in `text` is written with an exponent (1.081E7, 3e-5).
fn has_exponent(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(3).any(|w| {
        w[0].is_ascii_digit()
            && matches!(w[1], 'e' | 'E')
            && (w[2].is_ascii_digit() || w[2] == '+' || w[2] == '-')
    })
}

fn fitted(text: &str) -> Fit {
    fit(text, &FitOptions::default()).unwrap_or_else(|e| panic!("{e}"))
}

#[test]
fn a_uniform_shop_is_fitted_to_the_limits_and_says_what_they_mean_in_both_languages() {
    let fit = fitted(&UniformBase::small_shop(2).export());
    assert!(fit.converged);
    assert_eq!(
        fit.limits,
        [
            Limit::SamePurchaseRate,
            Limit::SameDropout,
            Limit::SameSpendRate
        ]
    );
    let averages = fit.purchase_averages;
    assert_eq!((averages.rate_spread, averages.dropout_spread), (0.0, 0.0));
    assert_eq!(fit.spend_averages.spend_rate_spread, 0.0);
    assert_eq!(fit.notes.len(), 3);
    assert!(fit.notes.iter().all(|n| n.kind == NoteKind::Limit));
    // The fitted chance is 0.2089 (the customers' own is 0.2): said to two figures.
    let dropout = &fit.notes[1].text;
    assert!(
        dropout.en.starts_with(
            "Every customer here drops out with about the same chance: 0.21 after each purchase"
        ),
        "{}",
        dropout.en
    );
    assert!(
        dropout.zh.contains("流失概率几乎相同：每次购买后 0.2"),
        "{}",
        dropout.zh
    );
    assert!(
        fit.notes[0].text.en.contains("purchases a month"),
        "{}",
        fit.notes[0].text.en
    );
    assert!(
        fit.notes[2].text.zh.contains("平均客单价几乎相同"),
        "{}",
        fit.notes[2].text.zh
    );
    // The segment's stand-ins (a ≈ 800,000, b ≈ 3.3 million) are named in the sentence as
    // a planner reads numbers: k and M, 万; never 3.27E6.
    assert!(fit.purchases.b > 1e6, "{:?}", fit.purchases);
    assert!(
        dropout.en.contains("k and b = ") && dropout.en.contains("M, so"),
        "{}",
        dropout.en
    );
    assert!(dropout.zh.contains("万、b = "), "{}", dropout.zh);
    for note in &fit.notes {
        assert!(
            !has_exponent(&note.text.en) && !has_exponent(&note.text.zh),
            "{note:?}"
        );
    }
}

#[test]
fn figures_at_a_limit_read_infinity_with_no_spread_and_none_has_an_exponent() {
    let fit = fitted(&UniformBase::small_shop(2).export());
    for figure in fit.figures.iter().filter(|f| f.limit) {
        let meaning = figure
            .meaning
            .as_ref()
            .map(|m| (m.en.as_str(), m.zh.as_str()));
        assert_eq!(meaning, Some(("no spread", "无差异")), "{figure:?}");
    }
    let shown: Vec<(&str, bool, &str, &str)> = fit
        .figures
        .iter()
        .map(|f| (f.symbol, f.limit, f.text.en.as_str(), f.text.zh.as_str()))
        .collect();
    let symbols: Vec<&str> = shown.iter().map(|s| s.0).collect();
    assert_eq!(symbols, ["r", "alpha", "a", "b", "p", "q", "gamma"]);
    for (symbol, limit, en, zh) in &shown {
        if *symbol == "p" {
            assert!(!limit);
            let value: f64 = en.parse().unwrap_or(f64::NAN);
            assert!((value - fit.spend.p).abs() < 1e-3 * fit.spend.p, "p {en}");
        } else {
            assert!(limit, "{symbol}");
            assert_eq!((*en, *zh), ("∞", "∞"));
        }
    }
    let cdnow = fit_fixture_cdnow();
    for figure in &cdnow.figures {
        assert!(!figure.limit, "{figure:?}");
        assert!(!has_exponent(&figure.text.en), "{figure:?}");
    }
    let r = &cdnow.figures[0];
    assert_eq!(
        (r.text.en.as_str(), r.text.zh.as_str()),
        ("0.2426", "0.2426")
    );
    assert!(
        cdnow.limits.is_empty() && cdnow.notes.is_empty(),
        "{:?}",
        cdnow.notes
    );
}

fn fit_fixture_cdnow() -> Fit {
    let options = FitOptions {
        cutoff: Some(Date {
            year: 1997,
            month: 9,
            day: 30,
        }),
        ..FitOptions::default()
    };
    fit(include_str!("data/cdnow_sample.txt"), &options).unwrap_or_else(|e| panic!("{e}"))
}

/// 20,000 members drawn from the segment: a sample coefficient of variation of a
/// distribution whose own is 0.001 lies within 0.001 / √(2 × 20,000) ≈ 5·10⁻⁶ of it, so
/// 0.00102 is four standard errors.
#[test]
fn the_segment_carries_a_limit_with_members_who_differ_by_under_a_tenth_of_a_percent() {
    let fit = fitted(&UniformBase::small_shop(2).export());
    let model = fit.to_segment_behaviour().model();
    let n = 20_000;
    let mut rates = Vec::with_capacity(n);
    let mut dropouts = Vec::with_capacity(n);
    let mut spend_rates = Vec::with_capacity(n);
    let key = Key::new(7);
    for member in 0..n as u64 {
        let drawn = model.draw_member(&mut Stream::new(&key, member, Purpose::Traits, 0));
        rates.push(drawn.rate_per_week);
        dropouts.push(drawn.dropout);
        spend_rates.push(drawn.spend_rate);
    }
    let averages = fit.purchase_averages;
    for (name, draws, average) in [
        ("rate", &rates, averages.rate_per_week),
        ("dropout", &dropouts, averages.dropout),
        ("spend rate", &spend_rates, fit.spend_averages.spend_rate),
    ] {
        let mean = draws.iter().sum::<f64>() / n as f64;
        let variance = draws.iter().map(|d| (d - mean).powi(2)).sum::<f64>() / (n - 1) as f64;
        let cv = variance.sqrt() / mean;
        assert!(
            cv <= STAND_IN_SPREAD * 1.02,
            "{name}: members differ by {cv}"
        );
        assert!(
            (mean / average - 1.0).abs() < 4.0 * STAND_IN_SPREAD / (n as f64).sqrt(),
            "{name}: mean {mean} vs {average}"
        );
    }
    // The mean spend the segment carries is the limit's average order, exactly.
    let order = fit.spend_averages.mean_spend();
    assert!((model.spend.mean_spend() / order - 1.0).abs() < 1e-12);
    // And it reads back as a segment a scenario accepts.
    let json = serde_json::to_string(&fit.to_segment_behaviour()).unwrap_or_default();
    let back: tierlab::behaviour::SegmentBehaviour =
        serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"));
    assert_eq!(back, fit.to_segment_behaviour());
}

#[test]
fn a_fit_counts_its_work_within_its_budget_and_reports_progress_as_it_goes() {
    let base = UniformBase {
        customers: 2_650,
        ..UniformBase::small_shop(1)
    };
    let mut reports: Vec<FitProgress> = Vec::new();
    let fit = fit_with_progress(&base.export(), &FitOptions::default(), &mut |p| {
        reports.push(p)
    })
    .unwrap_or_else(|e| panic!("{e}"));
    assert!(fit.converged);
    assert!(
        fit.evaluations <= fit.evaluation_budget,
        "{}",
        fit.evaluations
    );
    // A uniform base is found in well under half the budget (about 1,200 evaluations).
    assert!(
        fit.evaluations < fit.evaluation_budget / 2,
        "{}",
        fit.evaluations
    );
    assert!(reports.len() > 10, "{} reports", reports.len());
    assert!(reports
        .windows(2)
        .all(|w| w[0].evaluations < w[1].evaluations));
    assert!(reports.iter().all(|p| p.budget == fit.evaluation_budget));
    let stages: Vec<&str> = reports.iter().map(|p| p.stage).collect();
    let first_spend = stages
        .iter()
        .position(|s| *s == "spend")
        .unwrap_or(stages.len());
    assert!(first_spend > 0 && stages[first_spend..].iter().all(|s| *s == "spend"));
    // The same export, fitted again, gives the same figures and the same work.
    let again = fit_with_progress(&base.export(), &FitOptions::default(), &mut |_| {})
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(
        (again.purchases, again.evaluations),
        (fit.purchases, fit.evaluations)
    );
}

/// Every order at ¥299: each customer's orders are all alike, so the spend model's best
/// likelihood lies where one order's spread vanishes too (p → ∞), a limit the fit does not
/// model. The search stops at its budget, and the fit says it is not a fit.
#[test]
fn a_fit_that_cannot_confirm_its_point_says_it_is_not_a_fit() {
    let text = at_one_price(&UniformBase::small_shop(3).export(), "299");
    let fit = fitted(&text);
    assert!(!fit.converged);
    assert!(fit.evaluations <= fit.evaluation_budget);
    let warning = fit
        .notes
        .iter()
        .find(|n| n.kind == NoteKind::NotConverged)
        .unwrap_or_else(|| panic!("{:?}", fit.notes));
    assert!(
        warning.text.en.starts_with("Not a fit:"),
        "{}",
        warning.text.en
    );
    assert!(
        warning.text.en.contains("Gamma-Gamma"),
        "{}",
        warning.text.en
    );
    assert!(
        warning.text.zh.contains("不是一个确认的拟合"),
        "{}",
        warning.text.zh
    );
}

#[test]
fn too_few_customers_are_refused_in_both_languages() {
    let mut text = String::from("customer,date,amount\n");
    for c in 0..9 {
        text += &format!("C{c},2024-01-0{},30\nC{c},2024-02-11,42\n", c + 1);
    }
    let refusal = fit(&text, &FitOptions::default())
        .err()
        .unwrap_or_else(|| panic!("nine customers were fitted"));
    assert!(
        refusal.en.starts_with("too few customers to fit: 9 bought"),
        "{}",
        refusal.en
    );
    assert!(
        refusal.zh.starts_with("顾客太少，无法拟合"),
        "{}",
        refusal.zh
    );
}

/// The same export with every purchase at one price (a fixed-price membership or
/// subscription): each line's last field replaced.
pub fn at_one_price(export: &str, price: &str) -> String {
    export
        .lines()
        .enumerate()
        .map(|(i, line)| match line.rsplit_once(',') {
            Some((rest, _)) if i > 0 => format!("{rest},{price}\n"),
            _ => format!("{line}\n"),
        })
        .collect()
}
