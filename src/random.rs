//! Seeded random draws, each addressed by what it is for, and the few distributions the
//! model needs.
//!
//! ChaCha8 is counter-based: a block of its key stream is a pure function of the key (from
//! the scenario seed), a stream number and a block counter. A member's draws live on the
//! stream numbered by the member's key, and each draw set starts at a block named by its
//! purpose and index: the member's traits; month *m*'s draws (growth behaviours, referrals,
//! redemption); purchase *j*'s draws (the wait to the next purchase, the dropout draw, its
//! value); a campaign's draws (hold-out, offer use). So a draw does not depend on how many
//! draws came before it, on which other members exist or on the order members and months
//! are run in, and two scenarios with the same seed give member *i* the same draws for
//! month *m* and for purchase *j* (common random numbers).
//!
//! The transcendental functions come from the `libm` crate, not the platform, so a draw is
//! the same bit for bit natively and in WebAssembly. Not for: anything that is not a draw.

mod block;
mod chacha;

use chacha::{key_for_seed, ChaCha8};

/// What a set of draws is for; with its index it names the block the draws start at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u64)]
pub enum Purpose {
    /// Segment, purchase rate, dropout probability, spend scale, birthday, join month
    /// (warm-up) and join day. Index 0.
    Traits = 0,
    /// A month's draws of a member who is still a customer: growth behaviours, referrals,
    /// redemption. Index: the month (two's complement for warm-up months).
    Month = 1,
    /// Purchase *j*'s draws (the enrolment purchase is 0): the wait to the next purchase,
    /// the dropout draw, the purchase's value. Index: *j*.
    Purchase = 2,
    /// A campaign's hold-out draw and offer-use draws. Index: the campaign's key (from its
    /// name, so its draws do not move when other campaigns are added or removed).
    Campaign = 3,
}

/// Bits of the block counter below the index: the blocks one draw set can run on into.
const SPILL_BITS: u32 = 24;
/// Bits of the block counter below the purpose.
const PURPOSE_SHIFT: u32 = 56;

/// The ChaCha key of a scenario seed, worked out once per run.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Key([u32; 8]);

impl Key {
    pub fn new(seed: u64) -> Self {
        Key(key_for_seed(seed))
    }
}

/// FNV-1a, 64-bit.
pub fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// A campaign's key for [`Purpose::Campaign`], from its name.
pub fn campaign_key(name: &str) -> u32 {
    let hash = fnv1a(name.as_bytes());
    (hash ^ (hash >> 32)) as u32
}

/// A set of draws for one member and one purpose.
#[derive(Clone, Debug)]
pub struct Stream(ChaCha8);

impl Stream {
    /// The draws of the member keyed `member` for `purpose` number `index` under `key`.
    pub fn new(key: &Key, member: u64, purpose: Purpose, index: u32) -> Self {
        let counter = ((purpose as u64) << PURPOSE_SHIFT) | (u64::from(index) << SPILL_BITS);
        Stream(ChaCha8::at(key.0, member, counter))
    }

    /// Skips the next `n` draws of one 64-bit read each (uniforms, chances, Poisson and
    /// exponential draws), so that the draws after them keep their place.
    pub fn skip(&mut self, n: u64) {
        self.0.skip_u64(n);
    }

    /// Uniform on [0, 1), 53 bits.
    #[inline(always)]
    pub fn uniform(&mut self) -> f64 {
        (self.0.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Uniform on (0, 1]: safe to take the logarithm of.
    fn uniform_open_zero(&mut self) -> f64 {
        1.0 - self.uniform()
    }

    /// Exponential with mean 1.
    pub fn unit_exponential(&mut self) -> f64 {
        -libm::log(self.uniform_open_zero())
    }

    /// Standard normal (Box–Muller, one value per call).
    pub fn standard_normal(&mut self) -> f64 {
        let u = self.uniform_open_zero();
        let v = self.uniform();
        libm::sqrt(-2.0 * libm::log(u)) * libm::cos(2.0 * core::f64::consts::PI * v)
    }

    /// Gamma with the given shape and scale 1 (Marsaglia & Tsang 2000, with their squeeze
    /// so most draws need no logarithm; shape < 1 by the boost U^(1/shape)). Shape must be
    /// positive.
    pub fn gamma(&mut self, shape: f64) -> f64 {
        if shape < 1.0 {
            let boost = libm::pow(self.uniform_open_zero(), 1.0 / shape);
            return self.gamma(shape + 1.0) * boost;
        }
        let d = shape - 1.0 / 3.0;
        let c = 1.0 / libm::sqrt(9.0 * d);
        loop {
            let x = self.standard_normal();
            let v = 1.0 + c * x;
            if v <= 0.0 {
                continue;
            }
            let v = v * v * v;
            let u = self.uniform_open_zero();
            let x2 = x * x;
            if u < 1.0 - 0.0331 * x2 * x2 || libm::log(u) < 0.5 * x2 + d - d * v + d * libm::log(v)
            {
                return d * v;
            }
        }
    }

    /// Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b).
    pub fn beta(&mut self, a: f64, b: f64) -> f64 {
        let x = self.gamma(a);
        let y = self.gamma(b);
        if x + y > 0.0 {
            x / (x + y)
        } else {
            a / (a + b)
        }
    }

    /// A Poisson draw by inversion (one uniform, whatever the mean): the smallest k whose
    /// cumulative chance exceeds the uniform, looked up in the distribution's table.
    pub fn poisson(&mut self, poisson: &Poisson) -> u32 {
        let u = self.uniform();
        if poisson.mean <= 0.0 {
            return 0;
        }
        // The guide table says where to start scanning: every k before it has a cumulative
        // chance at most the uniform, so the scan finds the same k as one from zero.
        let slot = (u * GUIDE_SLOTS as f64) as usize;
        let start = poisson.guide.get(slot).copied().unwrap_or(0) as usize;
        let tail = poisson.cdf.get(start..).unwrap_or(&[]);
        if let Some(k) = tail.iter().position(|cdf| u < *cdf) {
            return (start + k) as u32;
        }
        // Beyond the table (a chance below 2^-52): carry on summing where it stopped.
        let mut k = poisson.cdf.len() as u32 - 1;
        let mut pmf = poisson.last_pmf;
        let mut cdf = poisson.cdf.last().copied().unwrap_or(1.0);
        while u >= cdf && k < POISSON_MAX {
            k += 1;
            pmf *= poisson.mean / f64::from(k);
            cdf += pmf;
            if pmf == 0.0 && cdf < u {
                break;
            }
        }
        k
    }

    /// True with probability `p`.
    #[inline]
    pub fn chance(&mut self, p: f64) -> bool {
        self.uniform() < p
    }

    /// An index drawn with the given weights (which need not add up to 1).
    pub fn pick(&mut self, weights: impl Iterator<Item = f64> + Clone) -> usize {
        let total: f64 = weights.clone().sum();
        let target = self.uniform() * total;
        let mut acc = 0.0;
        let mut last = 0;
        for (i, w) in weights.enumerate() {
            acc += w;
            last = i;
            if target < acc {
                return i;
            }
        }
        last
    }
}

/// The largest Poisson draw.
const POISSON_MAX: u32 = 10_000;

/// A Poisson distribution with its cumulative chances worked out once (it sits on the
/// per-member-month path). Means above 100 are refused by validation.
#[derive(Clone, Debug, PartialEq)]
pub struct Poisson {
    mean: f64,
    /// `cdf[k]`: the chance of at most k, summed term by term from k = 0, up to where the
    /// sum stops growing.
    cdf: Vec<f64>,
    /// The term of the last entry of `cdf`.
    last_pmf: f64,
    /// `guide[i]`: the smallest k whose cumulative chance exceeds i / `GUIDE_SLOTS` (Chen &
    /// Asau's guide table), where the search for a uniform in slot i starts.
    guide: Vec<u32>,
}

/// Slots of a Poisson distribution's guide table.
const GUIDE_SLOTS: usize = 32;

impl Poisson {
    pub fn new(mean: f64) -> Self {
        let mut pmf = libm::exp(-mean);
        let mut cdf = vec![pmf];
        let mut sum = pmf;
        for k in 1..POISSON_MAX {
            let next_pmf = pmf * (mean / f64::from(k));
            let next_sum = sum + next_pmf;
            if next_pmf == 0.0 || next_sum == sum {
                break;
            }
            pmf = next_pmf;
            sum = next_sum;
            cdf.push(sum);
        }
        let guide = (0..GUIDE_SLOTS)
            .map(|i| {
                let at = i as f64 / GUIDE_SLOTS as f64;
                cdf.iter().position(|c| *c > at).unwrap_or(cdf.len()) as u32
            })
            .collect();
        Poisson {
            mean,
            cdf,
            last_pmf: pmf,
            guide,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mean_and_variance(n: usize, mut draw: impl FnMut() -> f64) -> (f64, f64) {
        let xs: Vec<f64> = (0..n).map(|_| draw()).collect();
        let mean = xs.iter().sum::<f64>() / n as f64;
        let var = xs.iter().map(|x| (x - mean) * (x - mean)).sum::<f64>() / (n - 1) as f64;
        (mean, var)
    }

    fn stream(seed: u64, member: u64, purpose: Purpose, index: u32) -> Stream {
        Stream::new(&Key::new(seed), member, purpose, index)
    }

    #[test]
    fn streams_differ_by_member_purpose_and_index_and_repeat_by_seed() {
        let a = stream(7, 1, Purpose::Purchase, 0).uniform();
        assert_eq!(a, stream(7, 1, Purpose::Purchase, 0).uniform());
        assert_ne!(a, stream(7, 2, Purpose::Purchase, 0).uniform());
        assert_ne!(a, stream(7, 1, Purpose::Month, 0).uniform());
        assert_ne!(a, stream(7, 1, Purpose::Purchase, 1).uniform());
        assert_ne!(a, stream(8, 1, Purpose::Purchase, 0).uniform());
    }

    #[test]
    fn a_draw_set_runs_on_past_its_first_block_without_meeting_the_next_index() {
        let mut long = stream(3, 5, Purpose::Month, 0);
        let spilled: Vec<f64> = (0..8 * 3).map(|_| long.uniform()).collect();
        let next = stream(3, 5, Purpose::Month, 1).uniform();
        assert!(!spilled.contains(&next));
    }

    /// Gamma(k) has mean k and variance k; with n = 200,000 draws the standard error of the
    /// mean is sqrt(k / n), and we allow five of them.
    #[test]
    fn gamma_draws_have_the_moments_of_the_distribution() {
        for shape in [0.243, 0.79, 1.0, 3.74, 6.25] {
            let n = 200_000;
            let mut s = stream(11, 0, Purpose::Purchase, 0);
            let (mean, var) = mean_and_variance(n, || s.gamma(shape));
            let se = (shape / n as f64).sqrt();
            assert!(
                (mean - shape).abs() < 5.0 * se,
                "shape {shape}: mean {mean}"
            );
            assert!(
                (var / shape - 1.0).abs() < 0.05,
                "shape {shape}: variance {var}"
            );
        }
    }

    /// The guide table only says where to start: every uniform gets the k of a scan from
    /// zero, for small and large means and at the table's slot edges.
    #[test]
    fn a_poisson_draw_by_guide_table_is_the_draw_by_a_scan_from_zero() {
        for mean in [0.02, 0.3, 1.0, 8.0, 40.0, 99.0] {
            let p = Poisson::new(mean);
            let scan = |u: f64| p.cdf.iter().position(|c| u < *c);
            let mut us: Vec<f64> = (0..GUIDE_SLOTS)
                .flat_map(|i| {
                    let edge = i as f64 / GUIDE_SLOTS as f64;
                    [edge, (edge - 1e-12).max(0.0), edge + 1e-12]
                })
                .collect();
            let mut s = stream(5, 1, Purpose::Month, 0);
            us.extend((0..20_000).map(|_| s.uniform()));
            for u in us {
                let Some(expected) = scan(u) else { continue };
                let slot = (u * GUIDE_SLOTS as f64) as usize;
                let start = p.guide[slot] as usize;
                let found = p.cdf[start..]
                    .iter()
                    .position(|c| u < *c)
                    .map(|k| start + k);
                assert_eq!(found, Some(expected), "mean {mean}, u {u}");
            }
        }
    }

    #[test]
    fn poisson_and_beta_draws_have_the_right_means() {
        let n = 200_000;
        let mut s = stream(3, 0, Purpose::Month, 0);
        let (mean, _) = mean_and_variance(n, || s.poisson(&Poisson::new(4.0)) as f64);
        assert!(
            (mean - 4.0).abs() < 5.0 * (4.0 / n as f64).sqrt(),
            "poisson {mean}"
        );
        let (a, b) = (0.793, 2.426);
        let (mean, _) = mean_and_variance(n, || s.beta(a, b));
        let sd = (a * b / ((a + b) * (a + b) * (a + b + 1.0))).sqrt();
        assert!(
            (mean - a / (a + b)).abs() < 5.0 * sd / (n as f64).sqrt(),
            "beta {mean}"
        );
    }
}
