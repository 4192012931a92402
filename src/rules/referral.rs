//! Referral (老带新, seeds 003 and 004): members bring new members, and both sides are
//! rewarded.
//!
//! Each month a member who is still a customer brings a Poisson number of new members with
//! the scheme's monthly rate; for each, the referrer earns the referrer points and the
//! company pays the referrer cost. The new member joins the next month through the
//! referral channel and receives the new-member points and reward on joining.

use crate::money::to_cents;
use crate::random::{Poisson, Stream};
use crate::scenario::Referral;

/// What a month's referrals give the referrer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Referrals {
    pub new_members: u32,
    pub points: u64,
    pub cost_cents: i64,
}

/// The new members a member brings this month and the referrer's reward.
pub fn refer(scheme: &Referral, rate: &Poisson, stream: &mut Stream) -> Referrals {
    let new_members = stream.poisson(rate);
    Referrals {
        new_members,
        points: u64::from(new_members).saturating_mul(scheme.referrer_points),
        cost_cents: i64::from(new_members).saturating_mul(to_cents(scheme.referrer_cost)),
    }
}

/// The welcome a referred member receives on joining: points and the reward's cost.
pub fn welcome(scheme: &Referral) -> (u64, i64) {
    (scheme.new_member_points, to_cents(scheme.new_member_cost))
}
