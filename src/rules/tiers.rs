//! Tiers (会员等级) by growth value (成长值): upgrades, reviews, downgrades and grace
//! (seeds 003 and 004).
//!
//! - A member whose qualifying growth reaches a tier's threshold is upgraded at once, to the
//!   highest tier reached (a member at 9,999 growth stays Silver; at 10,000 they are Gold).
//! - Qualifying growth is, by the programme's basis: all growth since joining; growth in the
//!   last 12 months; growth in the calendar year; or growth in the membership year.
//! - At each review (every month end for rolling 12 months, end of December for the calendar
//!   year, end of each membership year for the membership year, never for lifetime) a
//!   member whose qualifying growth is below their tier's keep threshold fails the review.
//!   They are downgraded (one tier, or to the highest tier whose keep threshold they meet)
//!   at once, or after the grace months if the programme grants grace; reaching the keep
//!   threshold during grace cancels the downgrade.

use crate::calendar::Calendar;
use crate::scenario::{DowngradePolicy, QualificationBasis, Tier, TierRules};

/// A member's standing on the tier ladder and the growth that decides it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TierStanding {
    /// Index of the member's tier (0 = entry tier).
    pub tier: u8,
    /// All growth since joining.
    pub lifetime_growth: u64,
    /// Growth by month, slot = month mod 12: the last 12 months.
    recent_growth: [u64; 12],
    /// Sum of `recent_growth`.
    recent_total: u64,
    /// Growth in the current calendar or membership year.
    period_growth: u64,
    /// Months of grace left after a failed review (0 = not in grace).
    pub grace_left: u32,
    /// Tier the member falls to when grace runs out.
    grace_target: u8,
}

/// A tier move the rules made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Move {
    pub from: u8,
    pub to: u8,
}

/// Why a review came out as it did (for "explain a member").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReviewOutcome {
    /// Qualifying growth at the review.
    pub growth: u64,
    /// Growth needed to keep the tier.
    pub keep_threshold: u64,
    pub moved: Option<Move>,
    /// The member met the keep threshold (always, on the entry tier).
    pub passed: bool,
    /// The member failed and is now in grace.
    pub grace_started: bool,
    /// Months of grace left after this review (0: not in grace): a member who fails while
    /// already in grace keeps the tier until these run out.
    pub grace_months_left: u32,
}

impl TierStanding {
    /// A member's standing when they join: entry tier, no growth.
    pub fn new() -> Self {
        TierStanding::default()
    }

    /// Start of `month`: forget growth that falls out of the qualifying window.
    pub fn start_month(
        &mut self,
        basis: QualificationBasis,
        calendar: &Calendar,
        month: i32,
        join_month: i32,
    ) {
        let forgotten = std::mem::take(&mut self.recent_growth[slot(month)]);
        self.recent_total = self.recent_total.saturating_sub(forgotten);
        let new_period = match basis {
            QualificationBasis::CalendarYear => calendar.month_of_year(month) == 1,
            QualificationBasis::MembershipYear => {
                month > join_month && (month - join_month) % 12 == 0
            }
            QualificationBasis::Lifetime | QualificationBasis::Rolling12Months => false,
        };
        if new_period {
            self.period_growth = 0;
        }
    }

    /// Adds growth earned in `month` (never wrapping: the engine stops a run long before a
    /// member's growth nears the largest u64).
    pub fn add_growth(&mut self, month: i32, growth: u64) {
        self.lifetime_growth = self.lifetime_growth.saturating_add(growth);
        let recent = &mut self.recent_growth[slot(month)];
        *recent = recent.saturating_add(growth);
        self.recent_total = self.recent_total.saturating_add(growth);
        self.period_growth = self.period_growth.saturating_add(growth);
    }

    /// Growth that counts towards tiers under the programme's basis.
    pub fn qualifying_growth(&self, basis: QualificationBasis) -> u64 {
        match basis {
            QualificationBasis::Lifetime => self.lifetime_growth,
            QualificationBasis::Rolling12Months => self.recent_total,
            QualificationBasis::CalendarYear | QualificationBasis::MembershipYear => {
                self.period_growth
            }
        }
    }
}

fn slot(month: i32) -> usize {
    month.rem_euclid(12) as usize
}

/// The highest tier whose threshold `growth` reaches (the entry tier if none).
pub fn tier_for_growth(levels: &[Tier], growth: u64) -> u8 {
    levels
        .iter()
        .rposition(|t| u64::from(t.threshold) <= growth)
        .unwrap_or(0) as u8
}

/// "Upgrades are immediate": a member whose qualifying growth reaches a higher tier's
/// threshold moves up at once; reaching the keep threshold also ends any grace.
pub fn upgrade(standing: &mut TierStanding, rules: &TierRules) -> Option<Move> {
    let growth = standing.qualifying_growth(rules.basis);
    let current = standing.tier;
    if standing.grace_left > 0 && growth >= keep_threshold(&rules.levels, current) {
        standing.grace_left = 0;
    }
    let reached = tier_for_growth(&rules.levels, growth);
    if reached > current {
        standing.tier = reached;
        standing.grace_left = 0;
        Some(Move {
            from: current,
            to: reached,
        })
    } else {
        None
    }
}

fn keep_threshold(levels: &[Tier], tier: u8) -> u64 {
    levels
        .get(usize::from(tier))
        .map_or(0, |t| u64::from(t.keep_threshold))
}

/// Whether a review falls at the end of `month`.
pub fn review_due(
    basis: QualificationBasis,
    calendar: &Calendar,
    month: i32,
    join_month: i32,
) -> bool {
    match basis {
        QualificationBasis::Lifetime => false,
        QualificationBasis::Rolling12Months => true,
        QualificationBasis::CalendarYear => calendar.month_of_year(month) == 12,
        QualificationBasis::MembershipYear => (month - join_month + 1) % 12 == 0,
    }
}

/// The tier a member who failed a review falls to under the downgrade policy.
fn downgrade_target(rules: &TierRules, tier: u8, growth: u64) -> u8 {
    match rules.downgrade {
        DowngradePolicy::None => tier,
        DowngradePolicy::OneTier => tier.saturating_sub(1),
        DowngradePolicy::ToQualifiedTier => rules
            .levels
            .iter()
            .take(usize::from(tier))
            .rposition(|t| u64::from(t.keep_threshold) <= growth)
            .unwrap_or(0) as u8,
    }
}

/// The review at the end of a month (see the module rules). Call only when
/// [`review_due`] says so.
pub fn review(standing: &mut TierStanding, rules: &TierRules) -> ReviewOutcome {
    let growth = standing.qualifying_growth(rules.basis);
    let keep = keep_threshold(&rules.levels, standing.tier);
    let passed = standing.tier == 0 || growth >= keep;
    let mut outcome = ReviewOutcome {
        growth,
        keep_threshold: keep,
        moved: None,
        passed,
        grace_started: false,
        grace_months_left: standing.grace_left,
    };
    if passed || standing.grace_left > 0 {
        return outcome;
    }
    let target = downgrade_target(rules, standing.tier, growth);
    if target == standing.tier {
        return outcome;
    }
    if rules.grace_months == 0 {
        outcome.moved = Some(move_to(standing, target));
    } else {
        standing.grace_left = rules.grace_months;
        standing.grace_target = target;
        outcome.grace_started = true;
        outcome.grace_months_left = rules.grace_months;
    }
    outcome
}

/// End of a month in grace: one month of grace used up; when none is left the member falls
/// to the tier decided at the failed review.
pub fn use_grace(standing: &mut TierStanding) -> Option<Move> {
    if standing.grace_left == 0 {
        return None;
    }
    standing.grace_left -= 1;
    (standing.grace_left == 0).then(|| move_to(standing, standing.grace_target))
}

fn move_to(standing: &mut TierStanding, to: u8) -> Move {
    let from = standing.tier;
    standing.tier = to;
    Move { from, to }
}
