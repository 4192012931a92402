//! One member's state and what happened to them in a month.
//!
//! The engine runs members one at a time (member-major), so only one `Member` is alive in
//! memory at once and its buffers are reused for the next member: memory does not grow with
//! the population. `MonthEvents` is what the rules report for one member-month; the metrics
//! observer adds them up.

use crate::behaviour::MemberBehaviour;
use crate::rules::points::PointsAccount;
use crate::rules::tiers::{ReviewOutcome, TierStanding};

/// One member as the engine carries them through the months.
#[derive(Clone, Debug)]
pub struct Member {
    /// The member's id: it keys their random streams.
    pub id: u64,
    /// Index of the member's segment in the scenario.
    pub segment: usize,
    /// Month the member joined (negative: before month 0, during warm-up).
    pub join_month: i32,
    /// Calendar month of the member's birthday, 1–12.
    pub birthday_month: u32,
    pub behaviour: MemberBehaviour,
    /// Still a customer (latent; the CRM cannot see it).
    pub alive: bool,
    /// Purchases so far, the enrolment purchase included.
    pub purchases: u32,
    /// Day (since month 0 started) of the last purchase.
    pub last_purchase_day: f64,
    /// Spend so far, after discounts, in cents.
    pub spend_cents: i64,
    /// Purchase intensity still to accumulate before the next purchase (a unit exponential
    /// being used up; see `rules::purchases`).
    pub timing_left: f64,
    /// Repeat purchases so far (the dropout draw index).
    pub repeat_purchases: u32,
    pub standing: TierStanding,
    pub points: PointsAccount,
    /// One-off growth behaviours already done, as a bit set by behaviour index.
    pub once_done: u32,
}

/// A tier move: from one tier index to another.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct TierMove {
    pub from: u8,
    pub to: u8,
}

/// At most this many tier moves fit in one member-month: upgrades jump straight to the
/// highest tier qualified for, so at most one per tier, plus one downgrade.
pub const MAX_MOVES_PER_MONTH: usize = 11;

/// What happened to one member in one month, as the rules report it.
#[derive(Clone, Debug, Default)]
pub struct MonthEvents {
    /// The member enrolled this month (with their first purchase).
    pub joined: bool,
    /// Points the member held when the month started.
    pub points_at_start: u64,
    pub repeat_purchases: u32,
    /// Basket value before discounts, in cents.
    pub gross_cents: i64,
    /// Tier discounts given, in cents.
    pub discount_cents: i64,
    pub growth_from_spend: u64,
    pub growth_from_behaviours: u64,
    pub points_earned: u64,
    pub points_redeemed: u64,
    pub points_expired: u64,
    pub rewards_redeemed: u32,
    pub reward_cost_cents: i64,
    pub reward_cash_cents: i64,
    pub benefit_cost_cents: i64,
    /// Of the points redeemed and expired, those held at the end of the horizon (run-off).
    pub horizon_redeemed: u64,
    pub horizon_expired: u64,
    /// The member dropped out for good this month (latent).
    pub dropped_out: bool,
    /// The tier review at the end of this month, if one was due.
    pub review: Option<ReviewOutcome>,
    pub moves: [TierMove; MAX_MOVES_PER_MONTH],
    pub move_count: usize,
}

impl MonthEvents {
    pub fn record_move(&mut self, from: u8, to: u8) {
        if let Some(slot) = self.moves.get_mut(self.move_count) {
            *slot = TierMove { from, to };
            self.move_count += 1;
        }
    }

    pub fn tier_moves(&self) -> &[TierMove] {
        &self.moves[..self.move_count.min(MAX_MOVES_PER_MONTH)]
    }

    /// Money the member paid for purchases, in cents.
    pub fn paid_cents(&self) -> i64 {
        self.gross_cents - self.discount_cents
    }
}
