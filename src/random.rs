//! Seeded random streams and the few distributions the model needs.
//!
//! Every member owns its own ChaCha8 streams, one per purpose (traits, purchase timing,
//! dropout, spend, behaviours, redemption), keyed by the scenario seed, the member's id and
//! the purpose. So member *i*'s path does not depend on how many members there are or in
//! which order they run, and two scenarios with the same seed give member *i* the same j-th
//! spend draw, the same j-th dropout draw and so on (common random numbers).
//!
//! The transcendental functions come from the `libm` crate, not the platform, so a draw is
//! the same bit for bit natively and in WebAssembly. Not for: anything that is not a draw.

mod chacha;

use chacha::ChaCha8;

/// What a stream is used for; each purpose is a separate ChaCha stream per member.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[repr(u64)]
pub enum Purpose {
    /// Segment, purchase rate, dropout probability, spend scale, birthday, join offset.
    Traits = 0,
    /// Unit exponentials that space purchases in time.
    PurchaseTiming = 1,
    /// One uniform per repeat purchase: does the member drop out after it?
    Dropout = 2,
    /// One Gamma draw per purchase: its value.
    Spend = 3,
    /// Growth-earning behaviours (sign-in, review, profile, referral).
    Behaviours = 4,
    /// Whether and when points are redeemed.
    Redemption = 5,
    /// A campaign's hold-out draw and offer-use draws (one stream per campaign).
    Campaign = 6,
    /// How many new members the member brings each month (referral).
    Referral = 7,
}

const PURPOSES: u64 = 8;

/// A random stream for one member and one purpose.
#[derive(Clone, Debug)]
pub struct Stream(ChaCha8);

impl Stream {
    /// The stream `purpose` of member `member` under scenario seed `seed`.
    pub fn new(seed: u64, member: u64, purpose: Purpose) -> Self {
        Stream(ChaCha8::new(
            seed,
            member.wrapping_mul(PURPOSES) + purpose as u64,
        ))
    }

    /// The stream `purpose` of member `member` for the thing named `key` (a campaign): its
    /// draws do not move when other campaigns are added, removed or switched off.
    pub fn keyed(seed: u64, key: &str, member: u64, purpose: Purpose) -> Self {
        Stream::new(seed ^ crate::digest::fnv1a(key.as_bytes()), member, purpose)
    }

    /// Uniform on [0, 1), 53 bits.
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

    /// A Poisson draw by inversion (one uniform): the smallest k whose cumulative chance
    /// exceeds the uniform, looked up in the distribution's table.
    pub fn poisson(&mut self, poisson: &Poisson) -> u32 {
        if poisson.mean <= 0.0 {
            return 0;
        }
        let u = self.uniform();
        // Scanned from zero: the means met per member-month are small, so this beats a
        // binary search.
        if let Some(k) = poisson.cdf.iter().position(|cdf| u < *cdf) {
            return k as u32;
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
}

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
        Poisson {
            mean,
            cdf,
            last_pmf: pmf,
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

    #[test]
    fn streams_differ_by_member_and_purpose_and_repeat_by_seed() {
        let a = Stream::new(7, 1, Purpose::Spend).uniform();
        assert_eq!(a, Stream::new(7, 1, Purpose::Spend).uniform());
        assert_ne!(a, Stream::new(7, 2, Purpose::Spend).uniform());
        assert_ne!(a, Stream::new(7, 1, Purpose::Dropout).uniform());
        assert_ne!(a, Stream::new(8, 1, Purpose::Spend).uniform());
    }

    /// Gamma(k) has mean k and variance k; with n = 200,000 draws the standard error of the
    /// mean is sqrt(k / n), and we allow five of them.
    #[test]
    fn gamma_draws_have_the_moments_of_the_distribution() {
        for shape in [0.243, 0.79, 1.0, 3.74, 6.25] {
            let n = 200_000;
            let mut s = Stream::new(11, 0, Purpose::Spend);
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

    #[test]
    fn poisson_and_beta_draws_have_the_right_means() {
        let n = 200_000;
        let mut s = Stream::new(3, 0, Purpose::Behaviours);
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
