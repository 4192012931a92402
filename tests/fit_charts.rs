//! Issue 16: the fit panel's two charts come from the core, drawn with plotters like every
//! other chart, in the page's language. Fitting the CDNOW sample with the cut-off
//! 1997-09-30 (Fader, Hardie & Lee 2005, figures 2 and 3): customers by repeat purchases
//! 0 … 7+ draw a bar each, actual beside model, as tall as their counts; cumulative repeat
//! purchases run week by week over the 78 weeks with the hold-out after week 39 shaded and
//! named. Fitted to the last date there is no hold-out and nothing is shaded.

mod svg;

use svg::assert_is_a_drawn_chart;
use tierlab::chart::fit_charts;
use tierlab::fit::dates::Date;
use tierlab::fit::{fit, Fit, FitOptions};
use tierlab::words::Lang;

const CDNOW: &str = include_str!("data/cdnow_sample.txt");

/// How the charts colour the actual counts, the model's, and the hold-out period.
const ACTUAL: &str = "#2F6BD8";
const MODEL: &str = "#E46C2E";
const HOLD_OUT: &str = "#EEF1F5";

fn cdnow(cutoff: Option<Date>) -> Fit {
    let options = FitOptions {
        cutoff,
        ..FitOptions::default()
    };
    fit(CDNOW, &options).unwrap_or_else(|e| panic!("{e}"))
}

fn with_hold_out() -> Fit {
    cdnow(Some(Date {
        year: 1997,
        month: 9,
        day: 30,
    }))
}

/// The chart `id` of `fit` in `lang`, checked to be a drawn chart.
fn chart(fit: &Fit, id: &str, lang: Lang) -> String {
    let charts = fit_charts(fit, lang);
    let ids: Vec<&str> = charts.iter().map(|(id, _)| *id).collect();
    assert_eq!(ids, ["fit_repeat_purchases", "fit_weekly_repeats"]);
    let (_, svg) = charts.into_iter().find(|(i, _)| *i == id).expect("drawn");
    assert_is_a_drawn_chart(id, &svg);
    svg
}

fn attribute(element: &str, name: &str) -> f64 {
    let start = element.find(&format!(" {name}=\"")).expect(name) + name.len() + 3;
    let value = &element[start..];
    value[..value.find('"').expect("closed")]
        .parse()
        .expect("a number")
}

/// The rectangles filled with `colour`, as (x, width, height), in the order drawn (the
/// legend's swatch first).
fn rects(svg: &str, colour: &str) -> Vec<(f64, f64, f64)> {
    svg.split("<rect")
        .skip(1)
        .map(|r| &r[..r.find("/>").unwrap_or(r.len())])
        .filter(|r| r.contains(&format!("fill=\"{colour}\"")))
        .map(|r| {
            (
                attribute(r, "x"),
                attribute(r, "width"),
                attribute(r, "height"),
            )
        })
        .collect()
}

/// The texts of the chart's `<text>` elements.
fn texts(svg: &str) -> Vec<&str> {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| {
            t.split_once('>')
                .and_then(|(_, rest)| rest.split_once("</text>"))
        })
        .map(|(text, _)| text.trim())
        .collect()
}

#[test]
fn the_repeat_purchase_chart_draws_each_count_0_to_7_plus_actual_beside_model() {
    let fit = with_hold_out();
    let svg = chart(&fit, "fit_repeat_purchases", Lang::En);
    let labels = texts(&svg);
    for count in ["0", "1", "2", "3", "4", "5", "6", "7+"] {
        assert!(
            labels.contains(&count),
            "{count} is on the axis: {labels:?}"
        );
    }
    // The legend's swatch comes first, then one bar per count.
    let actual = &rects(&svg, ACTUAL)[1..];
    let model = &rects(&svg, MODEL)[1..];
    assert_eq!((actual.len(), model.len()), (8, 8));
    for (a, m) in actual.iter().zip(model) {
        assert!(
            m.0 > a.0 && m.0 - (a.0 + a.1) < 2.0,
            "model {m:?} beside actual {a:?}"
        );
    }
    // Bars as tall as the paper's counts: 1,411 customers without a repeat purchase, 439
    // with one, 64 with seven or more.
    let counts = [1411.0, 439.0, 214.0, 100.0, 62.0, 38.0, 29.0, 64.0];
    let per_customer = actual[0].2 / counts[0];
    for (bar, count) in actual.iter().zip(counts) {
        assert!(
            (bar.2 - count * per_customer).abs() <= 1.0,
            "{count}: {bar:?}"
        );
    }
    for (bar, row) in model.iter().zip(&fit.repeat_histogram) {
        assert!((bar.2 - row.model * per_customer).abs() <= 1.0, "{row:?}");
    }
}

#[test]
fn the_weekly_chart_shades_the_hold_out_from_the_cut_off_to_the_last_week() {
    let fit = with_hold_out();
    assert!(fit.hold_out);
    assert_eq!(fit.weekly_repeats.len(), 78);
    let svg = chart(&fit, "fit_weekly_repeats", Lang::En);
    // The actual line from 0 through each of the 78 weeks.
    let line = svg
        .split("<polyline")
        .filter(|p| p.contains(&format!("stroke=\"{ACTUAL}\"")))
        .map(|p| {
            p.split("points=\"")
                .nth(1)
                .unwrap_or("")
                .split('"')
                .next()
                .unwrap_or("")
        })
        .max_by_key(|points| points.len())
        .expect("the actual line");
    let points: Vec<f64> = line
        .split_whitespace()
        .map(|p| p.split(',').next().unwrap_or("").parse().expect("x"))
        .collect();
    assert_eq!(points.len(), 79);
    assert!(
        svg.contains(&format!("stroke=\"{MODEL}\"")),
        "the model's line"
    );
    // One shaded band (after the legend's swatch): week 39 to week 78, half the weeks.
    let shaded = rects(&svg, HOLD_OUT);
    assert_eq!(shaded.len(), 2, "{shaded:?}");
    let band = shaded
        .iter()
        .max_by(|a, b| a.2.total_cmp(&b.2))
        .expect("band");
    let (week_0, week_78) = (points[0], points[78]);
    assert!(
        (band.0 - (week_0 + week_78) / 2.0).abs() <= 2.0,
        "{band:?} starts at week 39"
    );
    assert!(
        (band.0 + band.1 - week_78).abs() <= 2.0,
        "{band:?} ends at week 78"
    );
    let labels = texts(&svg);
    for name in ["← Calibration", "Hold-out →", "Hold-out"] {
        assert!(labels.contains(&name), "{name}: {labels:?}");
    }
}

#[test]
fn fitted_to_the_last_date_there_is_no_hold_out_to_shade() {
    let fit = cdnow(None);
    assert!(!fit.hold_out);
    assert_eq!(fit.hold_out_from_week(), None);
    let svg = chart(&fit, "fit_weekly_repeats", Lang::En);
    assert!(rects(&svg, HOLD_OUT).is_empty());
    assert!(!svg.contains("Hold-out") && !svg.contains("Calibration"));
}

#[test]
fn the_fit_charts_speak_the_page_s_language_only() {
    let fit = with_hold_out();
    let english = [
        "Actual",
        "Model",
        "Calibration",
        "Hold-out",
        "Customers",
        "Repeat purchases",
        "Weeks",
    ];
    for (id, zh) in fit_charts(&fit, Lang::ZhCn) {
        assert_is_a_drawn_chart(id, &zh);
        assert!(zh.contains("实际") && zh.contains("模型"), "{id}");
        for word in english {
            assert!(!zh.contains(word), "{id}: {word} on a Chinese chart");
        }
    }
    let zh = chart(&fit, "fit_weekly_repeats", Lang::ZhCn);
    assert!(zh.contains("← 校准期") && zh.contains("验证期 →"));
    for (id, en) in fit_charts(&fit, Lang::En) {
        assert!(
            !texts(&en)
                .iter()
                .any(|t| t.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))),
            "{id}: Chinese on an English chart"
        );
    }
}
