//! Campaign rules: who is in the audience, which offers a purchase can use, and what an
//! offer can commit against a budget (seeds 002, 003).
//!
//! - A member is in the audience if the campaign's condition holds on what the CRM knows at
//!   the moment the offers go out (recency in whole days, purchases, spend, points, tier,
//!   segment, tenure, birthday month). Ranges include both ends: "last purchase 30–60 days
//!   ago" takes day 30 and day 60, not day 29 or day 61.
//! - A random hold-out share of the audience never gets the offer (the control group); the
//!   draw is fixed per member and campaign.
//! - Budgets are never exceeded: an offer goes out only if what the campaign has committed
//!   that month plus the most this offer could cost still fits. Within a month, members are
//!   served in order of their id (earlier members first) until the budget runs out.
//! - A purchase uses at most one offer: the first held, valid, applicable offer (in the
//!   order the campaigns are listed) that the member chooses to use (usage share).

use crate::money::{to_cents, Money};
use crate::scenario::Stage;
use crate::scenario::{Audience, Campaign, Offer};

/// What the CRM knows about a member when offers go out.
#[derive(Clone, Copy, Debug)]
pub struct MemberView<'a> {
    pub stage: Stage,
    pub tier: usize,
    pub segment: &'a str,
    /// Whole days since the last purchase.
    pub days_since_purchase: u32,
    pub purchases: u32,
    pub spend_cents: i64,
    /// Spend in each of the last 12 whole months, the last month first, in cents.
    pub recent_spend_cents: [i64; 12],
    pub points: u64,
    pub tenure_months: u32,
    pub birthday_this_month: bool,
    pub join_month: i32,
}

/// Whether the member is in the audience.
pub fn in_audience(audience: &Audience, m: &MemberView) -> bool {
    let within = |x: u64, min: u64, max: u64| min <= x && x <= max;
    match audience {
        Audience::Everyone => true,
        Audience::Stage { stages } => stages.contains(&m.stage),
        Audience::Tier { tiers } => tiers.contains(&m.tier),
        Audience::Segment { segments } => segments.iter().any(|s| s == m.segment),
        Audience::DaysSinceLastPurchase { min, max } => {
            within(m.days_since_purchase.into(), (*min).into(), (*max).into())
        }
        Audience::Purchases { min, max } => {
            within(m.purchases.into(), (*min).into(), (*max).into())
        }
        Audience::TotalSpend { min, max } => {
            let spend = Money(m.spend_cents);
            Money::from_units(*min) <= spend && spend <= Money::from_units(*max)
        }
        Audience::TrailingSpend { months, min, max } => {
            let n = (*months).clamp(1, 12) as usize;
            let spend = Money(m.recent_spend_cents.iter().take(n).sum());
            Money::from_units(*min) <= spend && spend <= Money::from_units(*max)
        }
        Audience::PointsBalance { min, max } => within(m.points, *min, *max),
        Audience::TenureMonths { min, max } => {
            within(m.tenure_months.into(), (*min).into(), (*max).into())
        }
        Audience::BirthdayThisMonth => m.birthday_this_month,
        Audience::JoinedBetween {
            from_month,
            to_month,
        } => *from_month <= m.join_month && m.join_month <= *to_month,
        Audience::All { of } => of.iter().all(|a| in_audience(a, m)),
        Audience::Any { of } => of.iter().any(|a| in_audience(a, m)),
        Audience::Not { of } => !in_audience(of, m),
    }
}

/// Whether the audience looks at the member's spend in the last months (directly or inside
/// a combination).
pub fn uses_trailing_spend(audience: &Audience) -> bool {
    match audience {
        Audience::TrailingSpend { .. } => true,
        Audience::All { of } | Audience::Any { of } => of.iter().any(uses_trailing_spend),
        Audience::Not { of } => uses_trailing_spend(of),
        _ => false,
    }
}

/// The most one offer can commit: money (contact cost plus the largest discount or gift)
/// and points (bonus points, or the points a reward discount can save on the dearest reward,
/// `max_reward_points`).
pub fn exposure(campaign: &Campaign, max_reward_points: u64) -> (i64, u64) {
    let contact = to_cents(campaign.limits.contact_cost);
    match &campaign.offer {
        Offer::AmountOff { amount, .. } => (contact + to_cents(*amount), 0),
        Offer::PercentOff { cap, .. } => (contact + to_cents(*cap), 0),
        Offer::Gift { cost } => (contact + to_cents(*cost), 0),
        Offer::PointsMultiplier {
            max_bonus_points, ..
        } => (contact, *max_bonus_points),
        Offer::BonusPoints { points } => (contact, *points),
        Offer::RewardDiscount { share } => (contact, points_off(max_reward_points, *share)),
    }
}

/// What using an offer on a purchase gives.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct OfferUse {
    /// Discount off the purchase (the coupon's face value used).
    pub discount_cents: i64,
    pub gift_cost_cents: i64,
    pub bonus_points: u64,
}

/// What the offer gives on a purchase of `gross_cents` that earns `points` points, or None
/// if it does not apply (a 满X减Y coupon below its minimum spend).
pub fn use_on_purchase(offer: &Offer, gross_cents: i64, points: u64) -> Option<OfferUse> {
    let none = OfferUse::default();
    match offer {
        Offer::AmountOff { min_spend, amount } => {
            (gross_cents >= to_cents(*min_spend)).then(|| OfferUse {
                discount_cents: to_cents(*amount).min(gross_cents),
                ..none
            })
        }
        Offer::PercentOff { percent, cap } => Some(OfferUse {
            discount_cents: to_cents(gross_cents as f64 / 100.0 * percent).min(to_cents(*cap)),
            ..none
        }),
        Offer::Gift { cost } => Some(OfferUse {
            gift_cost_cents: to_cents(*cost),
            ..none
        }),
        Offer::PointsMultiplier {
            multiplier,
            max_bonus_points,
        } => {
            let extra = (points as f64 * (multiplier - 1.0)).max(0.0) as u64;
            Some(OfferUse {
                bonus_points: extra.min(*max_bonus_points),
                ..none
            })
        }
        Offer::BonusPoints { points } => Some(OfferUse {
            bonus_points: *points,
            ..none
        }),
        Offer::RewardDiscount { .. } => None,
    }
}

/// Points a reward discount of `share` takes off a reward of `points` (rounded down).
pub fn points_off(points: u64, share: f64) -> u64 {
    if share <= 0.0 {
        return 0;
    }
    ((points as f64 * share) as u64).min(points)
}
