//! Who joins and when: the synthetic members, drawn from the segments' parameters.
//!
//! Members are numbered in a fixed order: the starting members first, then each month's
//! new members. A member's id keys their random streams, so member *i* is the same person
//! in every scenario with the same seed, whatever comes after them. What a member is
//! (segment, λ, p, ν, birthday, and for an existing programme the month they joined during
//! warm-up) is drawn from their own traits stream in that order.

use crate::behaviour::{BehaviourModel, MemberBehaviour};
use crate::calendar::DAYS_PER_MONTH;
use crate::random::{Key, Purpose, Stream};
use crate::scenario::{History, Population, Scenario};

/// A run of consecutive member ids who join in the same way.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Arrivals {
    pub first_id: u64,
    pub count: u64,
    pub join: JoinMonth,
}

/// When a run of members joins.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JoinMonth {
    /// All in this month.
    At(i32),
    /// Each in a month drawn uniformly from the `months` months before month 0.
    DuringWarmup { months: u32 },
}

/// New members joining in month `month` (0-based): the monthly intake grown by the
/// acquisition growth, rounded to whole members.
pub fn new_members_in_month(population: &Population, month: u32) -> u64 {
    let growth = libm::pow(
        1.0 + population.acquisition_growth_per_month,
        f64::from(month),
    );
    let count = (population.new_members_per_month * growth).round();
    if count.is_finite() && count > 0.0 {
        count as u64
    } else {
        0
    }
}

/// Everyone who joins during the scenario, in id order.
pub fn arrivals(scenario: &Scenario) -> Vec<Arrivals> {
    let population = &scenario.population;
    let starting = u64::from(population.starting_members);
    let mut runs = vec![Arrivals {
        first_id: 0,
        count: starting,
        join: match population.history {
            History::NewProgramme => JoinMonth::At(0),
            History::ExistingProgramme { warmup_months } => JoinMonth::DuringWarmup {
                months: warmup_months.max(1),
            },
        },
    }];
    let mut next_id = starting;
    for month in 0..scenario.horizon.months {
        let count = new_members_in_month(population, month);
        runs.push(Arrivals {
            first_id: next_id,
            count,
            join: JoinMonth::At(month as i32),
        });
        next_id += count;
    }
    runs
}

/// Members the scenario plans (starting members and each month's intake), without those
/// referral brings: what a run's blocks are cut from and its progress counts.
pub fn total_members(scenario: &Scenario) -> u64 {
    arrivals(scenario).iter().map(|a| a.count).sum()
}

/// What a member is: drawn once, from their traits stream.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Traits {
    pub join_month: i32,
    /// Days into the join month on which the member joins (0 ≤ day < 30.44): members join
    /// on any day of their month, as real customers do.
    pub join_day: f64,
    pub segment: usize,
    pub behaviour: MemberBehaviour,
    pub birthday_month: u32,
}

/// Draws the traits of the member keyed `member` (join month during warm-up, segment, λ,
/// p, ν, birthday, join day).
pub fn draw_traits(
    key: &Key,
    member: u64,
    join: JoinMonth,
    segments: &[(f64, BehaviourModel)],
) -> Traits {
    let mut stream = Stream::new(key, member, Purpose::Traits, 0);
    let join_month = match join {
        JoinMonth::At(month) => month,
        JoinMonth::DuringWarmup { months } => {
            let back = (stream.uniform() * f64::from(months)) as i32;
            -1 - back.min(months as i32 - 1)
        }
    };
    let segment = stream.pick(segments.iter().map(|(share, _)| *share));
    let behaviour = match segments.get(segment) {
        Some((_, model)) => model.draw_member(&mut stream),
        None => MemberBehaviour {
            rate_per_week: 0.0,
            dropout: 1.0,
            spend_rate: 1.0,
            spend_shape: 1.0,
        },
    };
    let birthday_month = 1 + (stream.uniform() * 12.0) as u32 % 12;
    let join_day = stream.uniform() * DAYS_PER_MONTH;
    Traits {
        join_month,
        join_day,
        segment,
        behaviour,
        birthday_month,
    }
}
