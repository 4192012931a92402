//! A run's sums as whole numbers, so that parts of a run made apart (the page's workers each
//! run some of its blocks) add up to the whole run exactly. Every figure an observer adds up
//! member by member is an integer (counts, points, cents), so the parts' sums, added in any
//! order, are the sums of the whole run to the last cent.
//!
//! What it is for: [`Sums`], which each summed report type implements by visiting its summed
//! fields once, in one order; [`words`] writes them out, [`add_words`] adds words written by
//! another part. Not for: figures worked out from the sums once the run is complete
//! (`Collector::finish`), nor for the months' labels and numbers, which the plan gives.

use crate::money::Money;

/// Something that visits summed fields: writes them out, or adds into them.
pub trait Visitor {
    fn count(&mut self, x: &mut u64);
    fn signed(&mut self, x: &mut i64);
    fn wide(&mut self, x: &mut i128);
    fn money(&mut self, x: &mut Money) {
        self.signed(&mut x.0);
    }
}

/// A report type whose figures are sums over member-months.
pub trait Sums {
    /// Visits every summed field, always in the same order.
    fn visit(&mut self, v: &mut dyn Visitor);
}

impl<T: Sums> Sums for Vec<T> {
    fn visit(&mut self, v: &mut dyn Visitor) {
        for item in self {
            item.visit(v);
        }
    }
}

impl Sums for u64 {
    fn visit(&mut self, v: &mut dyn Visitor) {
        v.count(self);
    }
}

impl<T: Sums> Sums for [T; 2] {
    fn visit(&mut self, v: &mut dyn Visitor) {
        for item in self {
            item.visit(v);
        }
    }
}

/// The summed fields of `sums` as words.
pub fn words(sums: &mut impl Sums) -> Vec<i64> {
    let mut out = Write(Vec::new());
    sums.visit(&mut out);
    out.0
}

/// Adds the words another part wrote (by [`words`], from a report of the same shape) into
/// `sums`. False, and `sums` not to be used, if they do not fit its shape.
pub fn add_words(sums: &mut impl Sums, words: &[i64]) -> bool {
    let mut add = Add {
        words: words.iter(),
        short: false,
    };
    sums.visit(&mut add);
    !add.short && add.words.len() == 0
}

struct Write(Vec<i64>);

impl Visitor for Write {
    fn count(&mut self, x: &mut u64) {
        self.0.push(*x as i64);
    }
    fn signed(&mut self, x: &mut i64) {
        self.0.push(*x);
    }
    fn wide(&mut self, x: &mut i128) {
        self.0.push((*x >> 64) as i64);
        self.0.push(*x as i64);
    }
}

struct Add<'w> {
    words: std::slice::Iter<'w, i64>,
    short: bool,
}

impl Add<'_> {
    fn next(&mut self) -> i64 {
        self.words.next().copied().unwrap_or_else(|| {
            self.short = true;
            0
        })
    }
}

impl Visitor for Add<'_> {
    fn count(&mut self, x: &mut u64) {
        *x = x.saturating_add(self.next() as u64);
    }
    fn signed(&mut self, x: &mut i64) {
        *x = x.saturating_add(self.next());
    }
    fn wide(&mut self, x: &mut i128) {
        let high = i128::from(self.next()) << 64;
        let low = i128::from(self.next() as u64);
        *x = x.saturating_add(high | low);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Figures {
        members: u64,
        cents: Money,
        squares: i128,
        months: Vec<u64>,
    }

    impl Sums for Figures {
        fn visit(&mut self, v: &mut dyn Visitor) {
            v.count(&mut self.members);
            v.money(&mut self.cents);
            v.wide(&mut self.squares);
            self.months.visit(v);
        }
    }

    #[test]
    fn two_parts_add_up_to_their_sum_exactly_even_past_64_bits() {
        let mut a = Figures {
            members: 3,
            cents: Money(-250),
            squares: 1 << 70,
            months: vec![1, 2],
        };
        let mut b = Figures {
            members: u64::MAX / 2,
            cents: Money(1_000),
            squares: -(1 << 66) - 5,
            months: vec![10, 20],
        };
        assert!(add_words(&mut a, &words(&mut b)));
        assert_eq!(a.members, 3 + u64::MAX / 2);
        assert_eq!(a.cents, Money(750));
        assert_eq!(a.squares, (1 << 70) - (1 << 66) - 5);
        assert_eq!(a.months, [11, 22]);
    }

    #[test]
    fn words_of_another_shape_are_refused() {
        let mut a = Figures {
            members: 0,
            cents: Money(0),
            squares: 0,
            months: vec![0, 0],
        };
        assert!(!add_words(&mut a, &[1, 2, 3]));
        assert!(!add_words(&mut a, &[0; 9]));
    }
}
