//! Axes: round numeric scales, category axes (months, months since joining, cohorts), the
//! ticks each shows and their labels. Ticks are chosen with our own text metrics so that
//! labels never touch, and only with exact arithmetic, so native and WebAssembly agree.

use std::ops::Range;

use plotters::coord::ranged1d::{DefaultFormatting, KeyPointHint, Ranged};

use super::backend::{text_height_px, text_width_px};
use super::theme;
use crate::words::format::Unit;
use crate::words::Lang;

/// A numeric axis range and the values to tick.
#[derive(Clone, Debug, PartialEq)]
pub struct Scale {
    pub lo: f64,
    pub hi: f64,
    pub ticks: Vec<f64>,
}

impl Scale {
    /// A range from 0 (or the lowest value, if negative) to the highest value, widened to
    /// round steps (1, 2, 2.5 or 5 × a power of ten, at least `min_step`), about `ticks`
    /// intervals.
    pub fn fit(values: impl IntoIterator<Item = f64>, min_step: f64, ticks: usize) -> Scale {
        let (lo, hi) = values
            .into_iter()
            .filter(|v| v.is_finite())
            .fold((0.0f64, 0.0f64), |(lo, hi), v| (lo.min(v), hi.max(v)));
        Scale::nice(lo, hi, ticks, min_step)
    }

    /// Round ticks covering `lo`..`hi`. Uses only exact arithmetic (no logarithms), so the
    /// native and WebAssembly builds choose the same ticks.
    pub fn nice(lo: f64, hi: f64, target: usize, min_step: f64) -> Scale {
        let min_step = if min_step > 0.0 { min_step } else { 1e-9 };
        let (lo, hi) = if lo.is_finite() && hi.is_finite() && hi > lo {
            (lo, hi)
        } else {
            let lo = if lo.is_finite() { lo.min(0.0) } else { 0.0 };
            (lo, lo + min_step * target as f64)
        };
        let raw = (hi - lo) / target.max(1) as f64;
        let mut power = 1.0;
        while power * 10.0 <= raw {
            power *= 10.0;
        }
        while power > raw && power > 1e-12 {
            power /= 10.0;
        }
        let step = [1.0, 2.0, 2.5, 5.0, 10.0]
            .iter()
            .map(|m| m * power)
            .find(|s| *s >= raw)
            .unwrap_or(10.0 * power)
            .max(min_step);
        let first = (lo / step).floor();
        let last = (hi / step).ceil();
        let ticks: Vec<f64> = (0..=((last - first) as i64).clamp(1, 1000))
            .map(|i| (first + i as f64) * step)
            .collect();
        Scale {
            lo: first * step,
            hi: last * step,
            ticks,
        }
    }
}

/// What an axis shows.
pub enum AxisKind {
    /// Numbers on a scale, labelled in a unit.
    Numbers { scale: Scale, unit: Unit },
    /// Named positions 0, 1, 2, …: months, months since joining, cohorts. Banded
    /// categories are cells or bars (range −0.5 to n − 0.5); others are points on a line.
    Categories { labels: Vec<String>, banded: bool },
}

/// An axis: its title (with its unit and direction arrow) and what it shows.
pub struct Axis {
    pub title: String,
    pub kind: AxisKind,
}

impl Axis {
    /// The plotters coordinate for this axis, ticked for an axis `length_px` long.
    pub fn coord(&self, length_px: f64, vertical: bool, lang: Lang) -> Ticked {
        let (lo, hi) = self.range();
        Ticked {
            lo,
            hi,
            ticks: self.ticks(length_px, vertical, lang),
        }
    }

    pub fn numbers(title: &str, scale: Scale, unit: Unit) -> Axis {
        Axis {
            title: title.to_string(),
            kind: AxisKind::Numbers { scale, unit },
        }
    }

    pub fn categories(title: &str, labels: Vec<String>, banded: bool) -> Axis {
        Axis {
            title: title.to_string(),
            kind: AxisKind::Categories { labels, banded },
        }
    }

    pub fn range(&self) -> (f64, f64) {
        match &self.kind {
            AxisKind::Numbers { scale, .. } => (scale.lo, scale.hi),
            AxisKind::Categories { labels, banded } => match labels.len() {
                0 => (0.0, 1.0),
                1 => (-0.5, 0.5),
                n if *banded => (-0.5, n as f64 - 0.5),
                n => (0.0, (n - 1) as f64),
            },
        }
    }

    /// The values to tick, for an axis `length_px` long; category labels are thinned to
    /// every 2nd, 3rd, 6th, 12th… so that they do not touch.
    pub fn ticks(&self, length_px: f64, vertical: bool, lang: Lang) -> Vec<f64> {
        match &self.kind {
            AxisKind::Numbers { scale, .. } => scale.ticks.clone(),
            AxisKind::Categories { labels, .. } => {
                let (lo, hi) = self.range();
                let per_step = length_px / (hi - lo).max(1.0);
                let needed = if vertical {
                    text_height_px(theme::TICK.px) + 2.0
                } else {
                    self.widest_label(lang) + 14.0
                };
                // Steps that read as calendar spans: months, quarters, half-years, years.
                let step = [1, 2, 3, 6, 12, 24, 36, 60, 120, 240, 600]
                    .into_iter()
                    .find(|s| *s as f64 * per_step >= needed)
                    .unwrap_or(labels.len().max(1));
                let ticks = (0..labels.len()).step_by(step).map(|i| i as f64);
                if vertical {
                    // Rows are listed top-down, so tick from the top row.
                    let top = labels.len().saturating_sub(1) as f64;
                    ticks.map(|i| top - i).collect()
                } else {
                    ticks.collect()
                }
            }
        }
    }

    pub fn label(&self, value: f64, lang: Lang) -> String {
        match &self.kind {
            AxisKind::Numbers { unit, .. } => unit.tick(value, lang),
            AxisKind::Categories { labels, .. } => {
                let i = value.round();
                if i >= 0.0 && (i as usize) < labels.len() {
                    labels[i as usize].clone()
                } else {
                    String::new()
                }
            }
        }
    }

    pub fn widest_label(&self, lang: Lang) -> f64 {
        let width = |t: &str| text_width_px(t, theme::TICK.px);
        match &self.kind {
            AxisKind::Numbers { scale, unit } => scale
                .ticks
                .iter()
                .map(|v| width(&unit.tick(*v, lang)))
                .fold(0.0, f64::max),
            AxisKind::Categories { labels, .. } => {
                labels.iter().map(|l| width(l)).fold(0.0, f64::max)
            }
        }
    }
}

/// A plotters coordinate over `lo`..`hi` whose key points are exactly our ticks (plotters'
/// own float ranges would pick their own).
#[derive(Clone, Debug)]
pub struct Ticked {
    lo: f64,
    hi: f64,
    ticks: Vec<f64>,
}

impl Ranged for Ticked {
    type FormatOption = DefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        if self.hi == self.lo || !value.is_finite() {
            return (limit.0 + limit.1) / 2;
        }
        let share = (value - self.lo) / (self.hi - self.lo);
        // Bounded, so a stray value cannot overflow the pixel arithmetic.
        let offset = (f64::from(limit.1 - limit.0) * share).clamp(-1e6, 1e6);
        limit.0 + offset.round() as i32
    }

    fn key_points<Hint: KeyPointHint>(&self, hint: Hint) -> Vec<f64> {
        if hint.weight().allow_light_points() {
            Vec::new()
        } else {
            self.ticks.clone()
        }
    }

    fn range(&self) -> Range<f64> {
        self.lo..self.hi
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_cover_the_data_with_round_steps() {
        let scale = Scale::fit([0.0, 1234.0, 987.0], 1.0, 5);
        assert_eq!(scale.ticks, [0.0, 250.0, 500.0, 750.0, 1000.0, 1250.0]);
        assert_eq!((scale.lo, scale.hi), (0.0, 1250.0));
    }

    #[test]
    fn negative_values_get_ticks_below_zero() {
        let scale = Scale::fit([30.0, -120.0], 1.0, 5);
        assert_eq!(scale.lo, -150.0);
        assert!(scale.ticks.contains(&0.0) && scale.hi >= 30.0);
    }

    #[test]
    fn all_zero_data_still_gets_an_axis_of_whole_units() {
        let scale = Scale::fit([0.0, 0.0], 1.0, 5);
        assert_eq!(scale.ticks, [0.0, 1.0, 2.0, 3.0, 4.0, 5.0]);
        let empty = Scale::fit(std::iter::empty(), 0.01, 5);
        assert!(empty.hi > empty.lo);
    }

    #[test]
    fn huge_and_non_finite_values_do_not_break_the_scale() {
        let scale = Scale::fit([u64::MAX as f64, f64::NAN, f64::INFINITY], 1.0, 5);
        assert!(scale.hi >= u64::MAX as f64 && scale.ticks.len() <= 12);
    }

    #[test]
    fn month_labels_are_thinned_to_calendar_steps_that_fit() {
        let months = (0..36)
            .map(|m| format!("{}-{:02}", 2026 + m / 12, m % 12 + 1))
            .collect();
        let axis = Axis::categories("Month →", months, false);
        let ticks = axis.ticks(640.0, false, Lang::En);
        let step = ticks[1] - ticks[0];
        assert!([3.0, 6.0].contains(&step), "step {step}");
        assert!(ticks.iter().all(|t| *t < 36.0));
    }
}
