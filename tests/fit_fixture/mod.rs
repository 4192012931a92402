//! Transaction exports built in code for the fit's tests: a customer base with one
//! purchase rate, one dropout chance and one spend rate for every customer (the BG/NBD
//! and Gamma-Gamma models at their limits), drawn from the crate's own seeded ChaCha
//! streams, so that every run writes the same file.

use tierlab::fit::dates::Date;
use tierlab::random::{Key, Purpose, Stream};

/// A customer base in which every customer behaves alike.
#[derive(Clone, Copy, Debug)]
pub struct UniformBase {
    pub customers: u64,
    /// Purchases a week while still a customer (λ).
    pub rate_per_week: f64,
    /// Chance of dropping out after each repeat purchase (p).
    pub dropout: f64,
    /// Shape of one purchase's value (p of Gamma-Gamma)...
    pub spend_shape: f64,
    /// ...and its rate (ν): an average order of shape / rate.
    pub spend_rate: f64,
    pub seed: u64,
}

/// Customers join over the first year; the export ends two years after the first day.
const JOIN_WEEKS: f64 = 52.0;
const OBSERVED_WEEKS: f64 = 104.0;

impl UniformBase {
    /// The small shop: 300 customers with a dropout chance of 0.19, about 1,100
    /// rows.
    pub fn small_shop(seed: u64) -> Self {
        UniformBase {
            customers: 300,
            rate_per_week: 0.05,
            dropout: 0.19,
            spend_shape: 4.0,
            spend_rate: 0.1,
            seed,
        }
    }

    /// `customer,date,amount` rows: each customer's first purchase on joining, then
    /// purchases a Poisson process apart until they drop out (after a repeat purchase, with
    /// the chance `dropout`) or the export ends.
    pub fn export(&self) -> String {
        let origin = Date {
            year: 2023,
            month: 1,
            day: 1,
        }
        .day_number();
        let mut out = String::from("customer,date,amount\n");
        let key = Key::new(self.seed);
        for id in 0..self.customers {
            // Four streams of the customer's own: join week, waits, dropouts, amounts.
            let [mut traits, mut timing, mut dropout, mut spend] =
                [0, 1, 2, 3].map(|index| Stream::new(&key, id, Purpose::Traits, index));
            let mut week = traits.uniform() * JOIN_WEEKS;
            let mut first = true;
            while week < OBSERVED_WEEKS {
                let day = Date::from_day_number(origin + (week * 7.0) as i64);
                let amount = spend.gamma(self.spend_shape) / self.spend_rate;
                out += &format!("C{id:05},{day},{amount:.2}\n");
                if !first && dropout.uniform() < self.dropout {
                    break;
                }
                first = false;
                week += timing.unit_exponential() / self.rate_per_week;
            }
        }
        out
    }
}
