//! Customers' purchase histories and their calibration-period summaries (x, t_x, T, m_x),
//! the form in which the BG/NBD and Gamma-Gamma likelihoods take the data.
//!
//! Each customer's first purchase is the trial, time 0; later purchases are repeat
//! transactions (Fader, Hardie & Lee 2005, section 2). Times are days / 7 from the first
//! purchase, the cut-off day included in the calibration period: T = (cut-off − first) / 7
//! weeks, as in the published CDNOW summary (T = 38.86 for a first purchase on 1997-01-01
//! and a cut-off on 1997-09-30) and the `lifetimes` package.

use serde::Serialize;

use super::transactions::Purchase;

const DAYS_PER_WEEK: f64 = 7.0;

/// One customer's purchases: the first day, and every later purchase (day, amount) in
/// order, calibration and hold-out alike.
#[derive(Clone, Debug, PartialEq)]
pub struct History {
    pub first_day: i64,
    pub repeats: Vec<(i64, f64)>,
}

/// A customer's calibration-period summary in FHL 2005 notation.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Rfm {
    /// Repeat transactions up to the cut-off (x).
    pub repeats: u32,
    /// Weeks from the first purchase to the last repeat one, 0 with none (t_x).
    pub recency_weeks: f64,
    /// Weeks from the first purchase to the cut-off (T).
    pub age_weeks: f64,
    /// Mean value of the repeat transactions up to the cut-off (m_x), if any.
    pub mean_repeat_value: Option<f64>,
}

/// Groups purchases (ordered by customer, then day, as `read_transactions` gives them)
/// into one history per customer.
pub fn histories(purchases: &[Purchase]) -> Vec<History> {
    let mut out: Vec<History> = Vec::new();
    let mut current: Option<&str> = None;
    for purchase in purchases {
        match out.last_mut() {
            Some(history) if current == Some(purchase.customer.as_str()) => {
                history.repeats.push((purchase.day, purchase.amount));
            }
            _ => out.push(History {
                first_day: purchase.day,
                repeats: Vec::new(),
            }),
        }
        current = Some(purchase.customer.as_str());
    }
    out
}

impl History {
    /// The summary at a cut-off day, or `None` if the first purchase came after it.
    pub fn summary(&self, cutoff_day: i64) -> Option<Rfm> {
        if self.first_day > cutoff_day {
            return None;
        }
        let weeks = |day: i64| (day - self.first_day) as f64 / DAYS_PER_WEEK;
        let calibration: Vec<&(i64, f64)> = self
            .repeats
            .iter()
            .take_while(|(day, _)| *day <= cutoff_day)
            .collect();
        let total: f64 = calibration.iter().map(|(_, amount)| amount).sum();
        let count = calibration.len();
        Some(Rfm {
            repeats: u32::try_from(count).unwrap_or(u32::MAX),
            recency_weeks: calibration.last().map_or(0.0, |(day, _)| weeks(*day)),
            age_weeks: weeks(cutoff_day),
            mean_repeat_value: (count > 0).then(|| total / count as f64),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn purchase(customer: &str, day: i64, amount: f64) -> Purchase {
        Purchase {
            customer: customer.into(),
            day,
            amount,
        }
    }

    #[test]
    fn the_first_purchase_is_the_trial_and_later_ones_up_to_the_cut_off_are_repeats() {
        let purchases = [
            purchase("a", 0, 10.0),
            purchase("a", 14, 20.0),
            purchase("a", 21, 40.0),
            purchase("a", 100, 5.0),
            purchase("b", 7, 8.0),
        ];
        let all = histories(&purchases);
        assert_eq!(all.len(), 2);
        let a = all[0].summary(70);
        let want = Rfm {
            repeats: 2,
            recency_weeks: 3.0,
            age_weeks: 10.0,
            mean_repeat_value: Some(30.0),
        };
        assert_eq!(a, Some(want));
        let b = all[1].summary(70);
        assert_eq!(
            b.map(|s| (s.repeats, s.age_weeks, s.mean_repeat_value)),
            Some((0, 9.0, None))
        );
        assert_eq!(all[1].summary(6), None);
    }

    #[test]
    fn a_purchase_on_the_cut_off_day_is_in_the_calibration_period() {
        let all = histories(&[purchase("a", 0, 1.0), purchase("a", 272, 2.0)]);
        let s = all[0].summary(272);
        assert_eq!(
            s.map(|s| (s.repeats, s.recency_weeks)),
            Some((1, 272.0 / 7.0))
        );
    }
}
