//! Issue 13, item 9: exports of small or uniform customer bases, and amounts written with
//! thousands separators. A customer base whose members all drop out with about the same
//! chance has its best likelihood where the spread between customers vanishes; the fit
//! must reach that limit, confirm it and return it, not chase it for a minute and come
//! back "not converged" with a = 1.87·10⁶. A single customer is too few to fit, and an
//! unquoted `1,250` in a comma-separated file is refused rather than read as 1.
//!
//! These tests use only what the fit returned before the issue (the papers' parameters
//! and `converged`), so that they ran, and failed, on the code the issue was filed
//! against.

mod fit_fixture;

use fit_fixture::UniformBase;
use tierlab::fit::columns::Columns;
use tierlab::fit::transactions::read_transactions;
use tierlab::fit::{fit, Fit, FitOptions};

fn fitted(text: &str) -> Fit {
    fit(text, &FitOptions::default())
        .map_err(|e| e.to_string())
        .unwrap_or_else(|e| panic!("{e}"))
}

fn refusal(text: &str) -> String {
    match fit(text, &FitOptions::default()) {
        Ok(fit) => panic!("fitted instead of refusing: {:?}", fit.purchases),
        Err(e) => e.to_string(),
    }
}

/// The standard error of the fitted dropout chance on the small shop's 300 customers is
/// about 0.02 (over seeds 1–12 the fits range from 0.157 to 0.233 around the true 0.19):
/// three of them.
const DROPOUT_TOLERANCE: f64 = 0.06;

#[test]
fn a_uniform_shop_of_300_customers_is_fitted_to_one_dropout_chance_and_confirmed() {
    let shop = UniformBase::small_shop(2);
    let text = shop.export();
    let rows = text.lines().count() - 1;
    assert!((1_000..1_300).contains(&rows), "{rows} rows");
    let fit = fitted(&text);
    assert!(fit.converged, "{fit:?}");
    let (a, b) = (fit.purchases.a, fit.purchases.b);
    let chance = a / (a + b);
    assert!(
        (chance - shop.dropout).abs() < DROPOUT_TOLERANCE,
        "a / (a + b) = {chance}"
    );
    let r = fit.purchases.r;
    let rate = r / fit.purchases.alpha;
    assert!(
        (rate / shop.rate_per_week - 1.0).abs() < 0.1,
        "r / α = {rate}"
    );
    let spend = &fit.spend;
    let order = spend.p * spend.gamma / (spend.q - 1.0);
    let want = shop.spend_shape / shop.spend_rate;
    // About 850 repeat purchases of coefficient of variation ½: the average order within
    // 3 standard errors (3 × 0.5 / √850 ≈ 5 %).
    assert!((order / want - 1.0).abs() < 0.05, "average order {order}");
}

#[test]
fn a_uniform_base_of_ten_thousand_rows_is_fitted_and_confirmed() {
    let base = UniformBase {
        customers: 2_650,
        ..UniformBase::small_shop(1)
    };
    let text = base.export();
    let rows = text.lines().count() - 1;
    assert!((9_000..11_000).contains(&rows), "{rows} rows");
    let fit = fitted(&text);
    assert!(fit.converged, "{fit:?}");
    let chance = fit.purchases.a / (fit.purchases.a + fit.purchases.b);
    // Nine times the customers: a third of the small shop's tolerance.
    assert!(
        (chance - base.dropout).abs() < DROPOUT_TOLERANCE / 3.0,
        "a / (a + b) = {chance}"
    );
}

#[test]
fn a_single_customer_is_refused_not_fitted() {
    let text = "customer,date,amount\nC1,2024-01-05,30\nC1,2024-02-11,42\nC1,2024-03-20,35\n\
                C1,2024-05-02,28\n";
    let why = refusal(text);
    assert!(why.contains("too few customers"), "{why}");
}

#[test]
fn an_unquoted_thousands_separator_refuses_the_file_with_its_line() {
    let text = "customer,date,amount\nC1,2024-01-05,830\nC1,2024-02-11,1,250\n\
                C2,2024-01-09,95\nC2,2024-03-02,2,400.50\n";
    let why = refusal(text);
    assert!(why.contains("line 3"), "{why}");
    assert!(why.contains("\"1,250\""), "{why}");
}

#[test]
fn a_quoted_thousands_separator_is_read_as_one_amount() {
    let text = "customer,date,amount\nC1,2024-01-05,830\nC1,2024-02-11,\"1,250\"\n\
                C2,2024-01-09,\"2,400.50\"\n";
    let read = read_transactions(text, &Columns::default())
        .map_err(|e| e.to_string())
        .unwrap_or_else(|e| panic!("{e}"));
    let amounts: Vec<f64> = read.purchases.iter().map(|p| p.amount).collect();
    assert_eq!(amounts, [830.0, 1_250.0, 2_400.5]);
    assert!(read.skipped.is_empty(), "{:?}", read.skipped);
}
