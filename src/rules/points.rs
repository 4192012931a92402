//! Points (积分): earned on what members pay, pending for a while, redeemed for rewards in
//! the points mall, and possibly expiring (seeds 002, 003, 004).
//!
//! Points are kept in lots by the month they were earned, oldest first. Redemptions and
//! expiry always take the oldest points first.

use std::collections::VecDeque;

use crate::calendar::Calendar;
use crate::money::to_cents;
use crate::random::Stream;
use crate::scenario::{Expiry, PointsRules, Reward};

/// Points earned in one month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Lot {
    earned_month: i32,
    points: u64,
}

/// A member's points, by lot, oldest first.
#[derive(Debug, Default)]
pub struct PointsAccount {
    lots: VecDeque<Lot>,
    /// Pending and available points.
    balance: u64,
    /// Last month with a purchase or a redemption (for expiry after inactivity).
    last_activity_month: i32,
    /// Points held at the end of the horizon not yet redeemed or expired (run-off only).
    horizon_points: u64,
}

/// What happened to the points held at the end of the horizon in a run-off month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct HorizonPointsUse {
    pub redeemed: u64,
    pub expired: u64,
}

impl Clone for PointsAccount {
    fn clone(&self) -> Self {
        let mut copy = PointsAccount::default();
        copy.clone_from(self);
        copy
    }

    /// Keeps this account's buffer.
    fn clone_from(&mut self, source: &Self) {
        let PointsAccount {
            lots,
            balance,
            last_activity_month,
            horizon_points,
        } = source;
        self.lots.clone_from(lots);
        self.balance = *balance;
        self.last_activity_month = *last_activity_month;
        self.horizon_points = *horizon_points;
    }
}

impl PointsAccount {
    /// Memory one month's lot takes.
    pub const BYTES_PER_LOT: usize = std::mem::size_of::<Lot>();

    /// Empties the account for a new member, keeping its buffer.
    pub fn reset(&mut self, join_month: i32) {
        self.lots.clear();
        self.balance = 0;
        self.last_activity_month = join_month;
        self.horizon_points = 0;
    }

    /// Pending and available points.
    pub fn balance(&self) -> u64 {
        self.balance
    }

    /// Points that can be redeemed in `month`: all but those earned in the last
    /// `pending_months` months (counted from the newest lots, so the cost does not grow with
    /// the member's history).
    pub fn available(&self, month: i32, pending_months: u32) -> u64 {
        let cutoff = month.saturating_sub(pending_months as i32);
        let pending: u64 = self
            .lots
            .iter()
            .rev()
            .take_while(|lot| lot.earned_month > cutoff)
            .fold(0, |sum, lot| sum.saturating_add(lot.points));
        self.balance.saturating_sub(pending)
    }

    /// Starts tracking the points held now as "held at the end of the horizon".
    pub fn mark_horizon(&mut self) {
        self.horizon_points = self.balance;
    }

    pub fn horizon_points(&self) -> u64 {
        self.horizon_points
    }

    /// Adds points earned in `month` (never wrapping: the engine stops a run long before a
    /// member's points near the largest u64).
    fn add(&mut self, month: i32, points: u64) {
        if points == 0 {
            return;
        }
        match self.lots.back_mut() {
            Some(lot) if lot.earned_month == month => {
                lot.points = lot.points.saturating_add(points);
            }
            _ => self.lots.push_back(Lot {
                earned_month: month,
                points,
            }),
        }
        self.balance = self.balance.saturating_add(points);
    }

    /// Takes `points` from the oldest lots; returns how many of them were horizon points.
    fn take_oldest(&mut self, mut points: u64) -> u64 {
        let from_horizon = points.min(self.horizon_points);
        self.horizon_points -= from_horizon;
        self.balance -= points.min(self.balance);
        while points > 0 {
            let Some(lot) = self.lots.front_mut() else {
                break;
            };
            let used = lot.points.min(points);
            lot.points -= used;
            points -= used;
            if lot.points == 0 {
                self.lots.pop_front();
            }
        }
        from_horizon
    }
}

/// "Spend X, earn Y points": points per currency unit paid, times the tier's multiplier,
/// rounded down to whole points.
pub fn points_for(rules: &PointsRules, multiplier: f64, paid_cents: i64) -> u64 {
    // A cast truncates towards zero (rounds down for a non-negative amount) and saturates.
    (paid_cents.max(0) as f64 / 100.0 * rules.per_currency_unit * multiplier) as u64
}

/// Credits the points a payment earns (see [`points_for`]); earning counts as activity.
pub fn earn(
    account: &mut PointsAccount,
    rules: &PointsRules,
    multiplier: f64,
    paid_cents: i64,
    month: i32,
) -> u64 {
    account.last_activity_month = month;
    let points = points_for(rules, multiplier, paid_cents);
    account.add(month, points);
    points
}

/// Points earned outside purchases (campaign bonus points); not activity by themselves.
pub fn credit(account: &mut PointsAccount, month: i32, points: u64) {
    account.add(month, points);
}

/// A redemption that happened.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Redemption {
    pub points: u64,
    /// Points a reward discount took off the reward's price.
    pub saved: u64,
    pub cost_cents: i64,
    pub cash_cents: i64,
    pub horizon: HorizonPointsUse,
}

/// What redeemed rewards cost the company: their cost less the cash members pay on top of
/// the points (积分+钱). The cash is credited against the cost, once, here: a ¥60 item taken
/// for points and ¥50 costs the programme ¥10, as a ¥10 reward taken for points alone does.
pub fn net_reward_cost_cents(cost_cents: i64, cash_cents: i64) -> i64 {
    cost_cents - cash_cents
}

/// The reward a member takes: the one with the most points their available balance covers
/// at `price` (a reward's points after any discount; the first listed among equals). None
/// if no reward is affordable.
pub fn best_affordable(
    rewards: &[Reward],
    available: u64,
    price: impl Fn(&Reward) -> u64,
) -> Option<&Reward> {
    rewards
        .iter()
        .filter(|r| price(r) <= available)
        .fold(None, |best: Option<&Reward>, r| match best {
            Some(b) if b.points >= r.points => Some(b),
            _ => Some(r),
        })
}

/// "Redemption happens once the balance covers a reward": a member who is still a customer
/// and whose available points cover a reward redeems one, the most valuable they can
/// afford (after any points-for-reward discount `points_off`), with the tier's monthly
/// redemption chance. One redemption a month at most.
pub fn redeem(
    account: &mut PointsAccount,
    rules: &PointsRules,
    redemption_chance: f64,
    points_off: impl Fn(u64) -> u64,
    month: i32,
    stream: &mut Stream,
) -> Option<Redemption> {
    let available = account.available(month, rules.pending_months);
    let price =
        |r: &Reward| u64::from(r.points) - points_off(u64::from(r.points)).min(u64::from(r.points));
    let reward = best_affordable(&rules.rewards, available, price)?;
    if !stream.chance(redemption_chance) {
        return None;
    }
    let points = price(reward);
    let saved = u64::from(reward.points) - points;
    let from_horizon = account.take_oldest(points);
    account.last_activity_month = month;
    Some(Redemption {
        points,
        saved,
        cost_cents: to_cents(reward.cost),
        cash_cents: to_cents(reward.cash),
        horizon: HorizonPointsUse {
            redeemed: from_horizon,
            expired: 0,
        },
    })
}

/// Expiry at the end of `month`, by the programme's policy:
/// - never: points never expire;
/// - N months after earning: points earned in month e expire at the end of month e + N;
/// - end of the next year: points earned in year Y expire at the end of December of Y + 1;
/// - after N months without activity: the whole balance expires at the end of the N-th
///   month with neither a purchase nor a redemption.
///
/// Returns the points expired and how many of them were held at the end of the horizon.
pub fn expire(
    account: &mut PointsAccount,
    expiry: &Expiry,
    calendar: &Calendar,
    month: i32,
) -> (u64, u64) {
    let due: u64 = match *expiry {
        Expiry::Never => 0,
        Expiry::MonthsAfterEarning { months } => {
            let last_expiring = month.saturating_sub(months as i32);
            sum_lots_while(account, |lot| lot.earned_month <= last_expiring)
        }
        Expiry::EndOfNextYear => {
            if calendar.month_of_year(month) != 12 {
                0
            } else {
                let year = calendar.year(month);
                sum_lots_while(account, |lot| calendar.year(lot.earned_month) < year)
            }
        }
        Expiry::AfterInactivity { months } => {
            if month.saturating_sub(account.last_activity_month) >= months as i32 {
                account.balance
            } else {
                0
            }
        }
    };
    if due == 0 {
        return (0, 0);
    }
    let from_horizon = account.take_oldest(due);
    (due, from_horizon)
}

fn sum_lots_while(account: &PointsAccount, due: impl Fn(&Lot) -> bool) -> u64 {
    account
        .lots
        .iter()
        .take_while(|lot| due(lot))
        .fold(0, |sum, lot| sum.saturating_add(lot.points))
}
