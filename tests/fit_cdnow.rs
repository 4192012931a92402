//! Fitting the CDNOW sample reproduces the published BG/NBD fit (Fader, Hardie & Lee 2005,
//! "Counting your customers the easy way": r 0.2426, α 4.414, a 0.7929, b 2.426,
//! log-likelihood −9582.4) and Gamma-Gamma fit ("RFM and CLV": p 6.25, q 3.74, γ 15.44,
//! as reproduced by the `lifetimes` package on the 946 repeat buyers).

use tierlab::behaviour::SegmentBehaviour;
use tierlab::fit::columns::{Column, Columns};
use tierlab::fit::dates::Date;
use tierlab::fit::{fit, Fit, FitOptions};

const CDNOW: &str = include_str!("data/cdnow_sample.txt");

fn cdnow_fit() -> Fit {
    let options = FitOptions {
        cutoff: Some(Date {
            year: 1997,
            month: 9,
            day: 30,
        }),
        ..FitOptions::default()
    };
    fit(CDNOW, &options).unwrap_or_else(|e| panic!("{e}"))
}

/// Equal to three significant figures: the difference is under half a unit in the third.
fn three_figures(got: f64, published: f64) -> bool {
    let unit = libm::pow(10.0, libm::floor(libm::log10(published.abs())) - 2.0);
    (got - published).abs() <= 0.5 * unit
}

#[test]
fn the_cdnow_sample_gives_the_published_bg_nbd_and_gamma_gamma_fits() {
    let fit = cdnow_fit();
    assert!(fit.converged);
    let checks = [
        ("r", fit.purchases.r, 0.2426),
        ("alpha", fit.purchases.alpha, 4.414),
        ("a", fit.purchases.a, 0.7929),
        ("b", fit.purchases.b, 2.426),
        ("log-likelihood", fit.log_likelihood, -9582.4),
        ("p", fit.spend.p, 6.25),
        ("q", fit.spend.q, 3.74),
        ("gamma", fit.spend.gamma, 15.44),
    ];
    for (name, got, published) in checks {
        assert!(
            three_figures(got, published),
            "{name}: {got} vs {published}"
        );
    }
}

#[test]
fn the_cdnow_sample_has_the_published_counts() {
    let fit = cdnow_fit();
    assert_eq!(fit.rows_read, 6919);
    assert!(fit.rows_skipped.is_empty(), "{:?}", fit.rows_skipped);
    assert_eq!(fit.customers, 2357);
    assert_eq!(fit.repeat_buyers, 946);
    assert_eq!(fit.customers_after_cutoff, 0);
    assert_eq!((fit.layout.date_column, fit.layout.amount_column), (3, 5));
    assert!(!fit.layout.header);
}

#[test]
fn the_fitted_model_tracks_the_repeat_purchase_histogram_and_weekly_totals() {
    let fit = cdnow_fit();
    let histogram = &fit.repeat_histogram;
    assert_eq!(histogram.len(), 8);
    assert_eq!(histogram.iter().map(|bar| bar.actual).sum::<u64>(), 2357);
    let expected: f64 = histogram.iter().map(|bar| bar.model).sum();
    assert!((expected - 2357.0).abs() < 1e-6, "{expected}");
    // FHL 2005 figure 3: the actual counts, and the model's 1,408 customers with none.
    let actual: Vec<u64> = histogram.iter().map(|bar| bar.actual).collect();
    assert_eq!(actual, [1411, 439, 214, 100, 62, 38, 29, 64]);
    assert!((histogram[0].model - 1407.7).abs() < 0.5, "{histogram:?}");
    let weeks = &fit.weekly_repeats;
    assert_eq!(weeks.len(), 78);
    let week_39 = &weeks[38];
    assert_eq!(week_39.ends.to_string(), "1997-09-30");
    assert!(!week_39.hold_out && weeks[39].hold_out);
    let calibration_gap = week_39.model / week_39.actual as f64 - 1.0;
    assert!(calibration_gap.abs() < 0.05, "{week_39:?}");
    let last = &weeks[77];
    assert!(
        (last.model / last.actual as f64 - 1.0).abs() < 0.05,
        "{last:?}"
    );
}

#[test]
fn the_fit_becomes_a_segment_behaviour_with_its_parameters() {
    let fit = cdnow_fit();
    let SegmentBehaviour::Model(model) = fit.to_segment_behaviour() else {
        panic!("expected the model form");
    };
    assert_eq!(model.purchases, fit.purchases);
    assert_eq!(model.spend, fit.spend);
}

#[test]
fn the_report_serialises_and_lists_parameters_as_csv() {
    let fit = cdnow_fit();
    let json = serde_json::to_value(&fit).unwrap_or_default();
    assert!(json["purchases"]["alpha"].is_number(), "{json}");
    assert_eq!(json["cutoff"], "1997-09-30");
    assert_eq!(json["weekly_repeats"][0]["ends"], "1997-01-07");
    let csv = fit.parameters_csv();
    assert!(csv.starts_with("parameter,value\nr,0.24"), "{csv}");
    assert!(csv.contains("\ngamma,15.4"), "{csv}");
}

#[test]
fn naming_the_sample_id_column_gives_the_same_customers() {
    let options = FitOptions {
        columns: Columns {
            customer: Some(Column::Number(2)),
            date: Some(Column::Number(3)),
            amount: Some(Column::Number(5)),
        },
        cutoff: Some(Date {
            year: 1997,
            month: 9,
            day: 30,
        }),
    };
    let by_sample_id = fit(CDNOW, &options).unwrap_or_else(|e| panic!("{e}"));
    let by_master_id = cdnow_fit();
    assert_eq!(by_sample_id.customers, by_master_id.customers);
    assert!((by_sample_id.log_likelihood - by_master_id.log_likelihood).abs() < 1e-6);
}

#[test]
fn the_cut_off_defaults_to_the_last_date_in_the_data() {
    let fit = fit(CDNOW, &FitOptions::default()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(fit.cutoff.to_string(), "1998-06-30");
    assert!(fit.weekly_repeats.iter().all(|w| !w.hold_out));
}

#[test]
fn an_export_with_no_repeat_purchases_is_refused_with_a_reason() {
    let text = "customer,date,amount\na,2024-01-01,10\nb,2024-01-02,12\n";
    let err = fit(text, &FitOptions::default())
        .err()
        .unwrap_or_else(|| panic!("fitted"));
    assert!(err.en.contains("repeat purchase"), "{err}");
    assert!(err.zh.contains("重复购买"), "{}", err.zh);
}
