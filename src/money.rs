//! Money: whole cents in an `i64`, so totals add up exactly in any order and on any target.
//!
//! Adding and subtracting money never wraps: past ±92,233,720,368,547,758.07 it stays at
//! that end. A run never gets there (validation bounds every amount a scenario holds, and
//! the engine stops a run whose member-month figures pass the limits in `engine::stop`, so
//! every total fits with room to spare); should a bound ever be wrong, a total reads as
//! the largest amount there is, never as a small or negative one.

use std::ops::{Add, AddAssign, Sub};

use serde::{Serialize, Serializer};

/// An amount of money in cents; shown and exported in currency units.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Money(pub i64);

impl Money {
    /// Currency units to money, rounded to the nearest cent, halves away from zero
    /// (non-finite amounts are zero). Written with casts rather than `f64::round`, which is
    /// a library call on some targets and sits on the per-purchase path.
    pub fn from_units(amount: f64) -> Money {
        let cents = amount * 100.0;
        if !cents.is_finite() {
            Money(0)
        } else if cents >= 0.0 {
            Money((cents + 0.5) as i64)
        } else {
            Money(-((0.5 - cents) as i64))
        }
    }

    pub fn cents(self) -> i64 {
        self.0
    }

    pub fn units(self) -> f64 {
        self.0 as f64 / 100.0
    }
}

/// Currency units to cents, rounded to the nearest cent.
pub fn to_cents(amount: f64) -> i64 {
    Money::from_units(amount).0
}

impl Add for Money {
    type Output = Money;
    fn add(self, other: Money) -> Money {
        Money(self.0.saturating_add(other.0))
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, other: Money) -> Money {
        Money(self.0.saturating_sub(other.0))
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, other: Money) {
        *self = *self + other;
    }
}

impl std::iter::Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money(0), Add::add)
    }
}

impl Serialize for Money {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_f64(self.units())
    }
}
