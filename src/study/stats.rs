//! The summaries of a figure over several seeds: quantiles, the mean and its standard error.
//!
//! Quantiles are computed deterministically: the values are sorted (`f64::total_cmp`) and
//! the quantile at share p is read by linear interpolation between the closest ranks —
//! h = (n − 1) p, q = x[⌊h⌋] + (h − ⌊h⌋) (x[⌊h⌋ + 1] − x[⌊h⌋]) — Hyndman & Fan's type 7,
//! the default of R and NumPy. So the same values give the same interval on any machine.
//!
//! Not for: running anything (`replicate` does) or deciding which figures to summarise.

use serde::Serialize;

/// What a figure did over the seeds that ran.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Interval {
    /// Seeds for which the figure exists (ROI does not when nothing was spent).
    pub runs: usize,
    pub mean: f64,
    /// Standard error of the mean: the sample standard deviation ÷ √runs. It shrinks like
    /// 1/√runs: four times the seeds, half the error. None with a single seed.
    pub standard_error: Option<f64>,
    /// One seed in ten gave less than this.
    pub p10: f64,
    /// The median.
    pub p50: f64,
    /// One seed in ten gave more than this.
    pub p90: f64,
}

impl Interval {
    /// The interval of these values; None when there are none.
    pub fn of(values: &[f64]) -> Option<Interval> {
        let mut sorted = values.to_vec();
        sorted.sort_by(f64::total_cmp);
        let n = sorted.len();
        let mean = sorted.iter().sum::<f64>() / n as f64;
        let standard_error = (n > 1).then(|| {
            let squares: f64 = sorted.iter().map(|v| (v - mean) * (v - mean)).sum();
            (squares / (n - 1) as f64).sqrt() / (n as f64).sqrt()
        });
        Some(Interval {
            runs: n,
            mean,
            standard_error,
            p10: quantile(&sorted, 0.1)?,
            p50: quantile(&sorted, 0.5)?,
            p90: quantile(&sorted, 0.9)?,
        })
    }
}

/// The quantile at share `p` (0–1) of values sorted ascending, by linear interpolation
/// between the closest ranks (type 7); None for no values.
pub fn quantile(sorted: &[f64], p: f64) -> Option<f64> {
    let last = sorted.len().checked_sub(1)?;
    let h = last as f64 * p.clamp(0.0, 1.0);
    let below = (h.floor() as usize).min(last);
    let low = *sorted.get(below)?;
    let high = *sorted.get(below + 1).unwrap_or(&low);
    Some(low + (h - below as f64) * (high - low))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quantiles_interpolate_between_the_closest_ranks_like_r_and_numpy() {
        let sorted = [1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 10.0];
        // h = 9 × 0.1 = 0.9: 1 + 0.9 × (2 − 1); numpy.quantile gives the same.
        assert_eq!(quantile(&sorted, 0.1), Some(1.9));
        assert_eq!(quantile(&sorted, 0.5), Some(5.5));
        assert_eq!(quantile(&sorted, 0.9), Some(9.1));
        assert_eq!(quantile(&sorted, 1.0), Some(10.0));
        assert_eq!(quantile(&[4.0], 0.9), Some(4.0));
        assert_eq!(quantile(&[], 0.5), None);
    }

    #[test]
    fn the_interval_of_values_in_any_order_is_the_same() {
        let a = Interval::of(&[3.0, 1.0, 2.0, 5.0]);
        let b = Interval::of(&[5.0, 2.0, 3.0, 1.0]);
        assert_eq!(a, b);
        let a = a.expect("four values have an interval");
        assert_eq!(a.mean, 2.75);
        // Sample variance (3.0625 + 0.5625 + 0.0625 + 5.0625) / 3 = 2.9166…; ÷ 4, root.
        let expected = (8.75f64 / 3.0 / 4.0).sqrt();
        assert!((a.standard_error.unwrap_or(0.0) - expected).abs() < 1e-12);
    }

    #[test]
    fn one_seed_has_no_standard_error_and_none_has_no_interval() {
        let one = Interval::of(&[7.0]).expect("one value has an interval");
        assert_eq!((one.p10, one.p90, one.standard_error), (7.0, 7.0, None));
        assert_eq!(Interval::of(&[]), None);
    }
}
