//! Nelder–Mead downhill simplex minimisation (Nelder & Mead 1965, "A simplex method for
//! function minimization"), with the standard coefficients (reflection 1, expansion 2,
//! contraction ½, shrink ½) and no randomness, so a fit gives the same figures every run
//! and on every target.
//!
//! A simplex can collapse before it reaches the minimum, so a converged run is restarted
//! from a fresh simplex around its best point until a restart neither improves the value
//! nor moves the point (Press et al., "Numerical Recipes", §10.5).
//!
//! A search spends at most a given number of evaluations of the objective, counted rather
//! than timed, so that it stops at the same point every run; it reports how many it has
//! spent as it goes. One that runs out before a restart confirms its point says so.

/// Size of the initial simplex: each vertex moves one coordinate by this much.
const STEP: f64 = 0.5;
/// A run has converged when its values agree to this relative tolerance (plus
/// `VALUE_FLOOR`, for minima at zero)...
const VALUE_TOLERANCE: f64 = 1e-12;
const VALUE_FLOOR: f64 = 1e-20;
/// ...and its vertices to this absolute tolerance in every coordinate.
const POINT_TOLERANCE: f64 = 1e-9;
/// A restart that moves the best point less than this confirms the minimum.
const RESTART_MOVE: f64 = 1e-6;
/// Progress is reported after every this many evaluations.
pub const PROGRESS_EVERY: usize = 50;

/// Whether a change in value is below the tolerance at the given value.
fn negligible(change: f64, value: f64) -> bool {
    change.abs() <= VALUE_TOLERANCE * value.abs() + VALUE_FLOOR
}

/// Where a minimisation ended.
#[derive(Clone, Debug, PartialEq)]
pub struct Minimum {
    pub point: Vec<f64>,
    pub value: f64,
    pub evaluations: usize,
    /// Whether a restart confirmed the point, within the evaluation budget.
    pub converged: bool,
}

struct Run<'a, F: Fn(&[f64]) -> f64> {
    f: &'a F,
    evaluations: usize,
    budget: usize,
    progress: &'a mut dyn FnMut(usize),
}

impl<F: Fn(&[f64]) -> f64> Run<'_, F> {
    /// The objective, with NaN (outside its domain) as +∞ so the simplex moves away.
    fn value(&mut self, x: &[f64]) -> f64 {
        self.evaluations += 1;
        if self.evaluations.is_multiple_of(PROGRESS_EVERY) {
            (self.progress)(self.evaluations);
        }
        let v = (self.f)(x);
        if v.is_nan() {
            f64::INFINITY
        } else {
            v
        }
    }

    fn vertex(&mut self, x: Vec<f64>) -> (Vec<f64>, f64) {
        let v = self.value(&x);
        (x, v)
    }

    /// One Nelder–Mead run from `start` within what is left of the budget; returns its best
    /// vertex and whether it converged.
    fn simplex(&mut self, start: &[f64]) -> (Vec<f64>, f64, bool) {
        let mut simplex = vec![self.vertex(start.to_vec())];
        for i in 0..start.len() {
            let mut x = start.to_vec();
            if let Some(c) = x.get_mut(i) {
                *c += STEP;
            }
            simplex.push(self.vertex(x));
        }
        let along = |from: &[f64], to: &[f64], t: f64| -> Vec<f64> {
            from.iter().zip(to).map(|(a, b)| a + t * (b - a)).collect()
        };
        loop {
            simplex.sort_by(|a, b| a.1.total_cmp(&b.1));
            let (Some(best), Some(worst)) = (simplex.first(), simplex.last()) else {
                return (start.to_vec(), f64::INFINITY, false);
            };
            let (best, best_value, worst, worst_value) =
                (best.0.clone(), best.1, worst.0.clone(), worst.1);
            let spread = simplex
                .iter()
                .flat_map(|(x, _)| x.iter().zip(&best).map(|(a, b)| (a - b).abs()))
                .fold(0.0, f64::max);
            let flat = negligible(worst_value - best_value, best_value);
            if flat && spread <= POINT_TOLERANCE {
                return (best, best_value, true);
            }
            // A step takes at most one evaluation per vertex (a shrink).
            if self.evaluations + simplex.len() > self.budget {
                return (best, best_value, false);
            }
            let n = simplex.len() - 1;
            let second_worst = simplex
                .get(n.saturating_sub(1))
                .map_or(worst_value, |v| v.1);
            let mut centroid = vec![0.0; start.len()];
            for (x, _) in simplex.iter().take(n) {
                for (c, xi) in centroid.iter_mut().zip(x) {
                    *c += xi / n as f64;
                }
            }
            let reflected = self.vertex(along(&centroid, &worst, -1.0));
            let replacement = if reflected.1 < best_value {
                let expanded = self.vertex(along(&centroid, &worst, -2.0));
                Some(if expanded.1 < reflected.1 {
                    expanded
                } else {
                    reflected
                })
            } else if reflected.1 < second_worst {
                Some(reflected)
            } else {
                let (toward, bound) = if reflected.1 < worst_value {
                    (reflected.0.clone(), reflected.1)
                } else {
                    (worst.clone(), worst_value)
                };
                let contracted = self.vertex(along(&centroid, &toward, 0.5));
                (contracted.1 < bound).then_some(contracted)
            };
            match (replacement, simplex.last_mut()) {
                (Some(vertex), Some(last)) => *last = vertex,
                _ => {
                    for vertex in simplex.iter_mut().skip(1) {
                        *vertex = self.vertex(along(&best, &vertex.0, 0.5));
                    }
                }
            }
        }
    }
}

/// Minimises `f` from `start` with at most `budget` evaluations, calling `progress` with
/// the evaluations spent every [`PROGRESS_EVERY`] (see the module documentation).
pub fn minimise<F: Fn(&[f64]) -> f64>(
    f: &F,
    start: &[f64],
    budget: usize,
    progress: &mut dyn FnMut(usize),
) -> Minimum {
    let mut run = Run {
        f,
        evaluations: 0,
        budget,
        progress,
    };
    let (mut point, mut value, mut converged) = run.simplex(start);
    let mut confirmed = false;
    while converged && !confirmed && run.evaluations + start.len() < budget {
        let (next, next_value, run_converged) = run.simplex(&point);
        let moved = next
            .iter()
            .zip(&point)
            .map(|(a, b)| (a - b).abs())
            .fold(0.0, f64::max);
        let improved = !negligible(value - next_value, value) && next_value < value;
        if next_value <= value {
            (point, value) = (next, next_value);
        }
        converged = run_converged;
        confirmed = run_converged && !improved && moved <= RESTART_MOVE;
    }
    Minimum {
        point,
        value,
        evaluations: run.evaluations,
        converged: confirmed,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BUDGET: usize = 20_000;

    #[test]
    fn the_rosenbrock_valley_is_followed_to_its_minimum() {
        let rosenbrock = |x: &[f64]| {
            let (a, b) = (x[0], x[1]);
            (1.0 - a) * (1.0 - a) + 100.0 * (b - a * a) * (b - a * a)
        };
        let found = minimise(&rosenbrock, &[-1.2, 1.0], BUDGET, &mut |_| {});
        assert!(found.converged);
        assert!(
            (found.point[0] - 1.0).abs() < 1e-6 && (found.point[1] - 1.0).abs() < 1e-6,
            "{found:?}"
        );
    }

    #[test]
    fn an_objective_undefined_in_places_is_avoided_not_followed() {
        let f = |x: &[f64]| {
            if x[0] < 0.0 {
                f64::NAN
            } else {
                (x[0] - 2.0).powi(2) + x[1] * x[1]
            }
        };
        let found = minimise(&f, &[0.1, 0.5], BUDGET, &mut |_| {});
        assert!((found.point[0] - 2.0).abs() < 1e-6, "{found:?}");
    }

    /// A valley that falls for ever: the search stops within its budget, says it did not
    /// converge, and reported its progress on the way.
    #[test]
    fn a_search_that_cannot_finish_stops_at_its_budget_and_says_so() {
        let falling = |x: &[f64]| -x[0] + x[1] * x[1];
        let mut reports = Vec::new();
        let found = minimise(&falling, &[0.0, 1.0], 1_000, &mut |n| reports.push(n));
        assert!(!found.converged, "{found:?}");
        assert!(found.evaluations <= 1_000, "{}", found.evaluations);
        assert!(found.point[0] > 100.0, "it went downhill: {found:?}");
        let every: Vec<usize> = (1..=found.evaluations / PROGRESS_EVERY)
            .map(|i| i * PROGRESS_EVERY)
            .collect();
        assert_eq!(reports, every);
    }
}
