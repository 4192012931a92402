//! One member's state and what happened to them in a month.
//!
//! The engine runs members one at a time (member-major), so only one `Member` is alive in
//! memory at once and its buffers are reused for the next member: memory does not grow with
//! the population. `MonthEvents` is what the rules report for one member-month; the metrics
//! observer adds them up.

use crate::behaviour::MemberBehaviour;
use crate::rules::points::PointsAccount;
use crate::rules::purchases::PurchaseClock;
use crate::rules::tiers::{ReviewOutcome, TierStanding};

/// One member as the engine carries them through the months.
#[derive(Debug)]
pub struct Member {
    /// The member's id: it keys their random draws. Planned members are numbered from 0 in
    /// the order they join; a member brought by referral has an id made from their
    /// referrer's, the month and their place among that month's referrals (see
    /// `engine::referred_id`).
    pub id: u64,
    /// Index of the member's segment in the scenario.
    pub segment: usize,
    /// Month the member joined (negative: before month 0, during warm-up).
    pub join_month: i32,
    /// Day (since month 0 started) the member joined, with their first purchase.
    pub joined_day: f64,
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
    /// Spend by month, after discounts, in cents: slot = month mod 12, the last 12 months.
    pub spend_by_month_cents: [i64; 12],
    /// When the next purchase comes (see `rules::purchases`).
    pub clock: PurchaseClock,
    /// Repeat purchases so far (the dropout draw index).
    pub repeat_purchases: u32,
    pub standing: TierStanding,
    pub points: PointsAccount,
    /// One-off growth behaviours already done, as a bit set by behaviour index.
    pub once_done: u32,
    /// The member's standing with each campaign, in the scenario's order.
    pub offers: Vec<OfferState>,
    /// The latest end day of any offer the member was sent (negative infinity: none): on
    /// and after it they hold no offer.
    pub offers_end_day: f64,
    /// The member joined through a referral (老带新).
    pub referred: bool,
}

/// A member's standing with one campaign.
#[derive(Clone, Copy, Debug)]
pub struct OfferState {
    /// The member is in the campaign's control group and never gets its offer.
    pub holdout: bool,
    /// Day until which the member holds an unused offer (negative infinity: none).
    pub valid_until_day: f64,
    /// Month the held offer was sent (its costs count against that month's budget).
    pub sent_month: i32,
    /// Offers received so far.
    pub received: u32,
    /// In the audience at the last start-of-month check (kept for campaigns sent on entering
    /// the audience, the only ones that look at it).
    pub was_eligible: bool,
    /// Has been in the audience when an offer was due (treated or held out).
    pub in_study: bool,
}

impl Clone for Member {
    fn clone(&self) -> Self {
        let mut copy = Member {
            offers: Vec::with_capacity(self.offers.len()),
            points: PointsAccount::default(),
            ..*self
        };
        copy.clone_from(self);
        copy
    }

    /// Field by field, keeping this member's buffers (the engine saves a member's state at
    /// the start of each month while a run without a campaign follows them).
    fn clone_from(&mut self, source: &Self) {
        let Member {
            id,
            segment,
            join_month,
            joined_day,
            birthday_month,
            behaviour,
            alive,
            purchases,
            last_purchase_day,
            spend_cents,
            spend_by_month_cents,
            clock,
            repeat_purchases,
            standing,
            points,
            once_done,
            offers,
            offers_end_day,
            referred,
        } = source;
        self.id = *id;
        self.segment = *segment;
        self.join_month = *join_month;
        self.joined_day = *joined_day;
        self.birthday_month = *birthday_month;
        self.behaviour = *behaviour;
        self.alive = *alive;
        self.purchases = *purchases;
        self.last_purchase_day = *last_purchase_day;
        self.spend_cents = *spend_cents;
        self.spend_by_month_cents = *spend_by_month_cents;
        self.clock = *clock;
        self.repeat_purchases = *repeat_purchases;
        self.standing = *standing;
        self.points.clone_from(points);
        self.once_done = *once_done;
        self.offers.clone_from(offers);
        self.offers_end_day = *offers_end_day;
        self.referred = *referred;
    }
}

impl Member {
    /// Whether the member may hold an offer on `day` (if not, none of their offers holds).
    pub fn may_hold_offers_on(&self, day: f64) -> bool {
        day < self.offers_end_day
    }

    /// Spend in each of the 12 whole months before `month`, the last month first, in cents.
    pub fn recent_spend(&self, month: i32) -> [i64; 12] {
        let mut slot = (month - 1).rem_euclid(12) as usize;
        std::array::from_fn(|_| {
            let spend = self.spend_by_month_cents.get(slot).copied().unwrap_or(0);
            slot = slot.checked_sub(1).unwrap_or(11);
            spend
        })
    }
}

impl OfferState {
    /// Whether the member holds a usable offer at `day` (an offer runs out at its end day:
    /// from then on it no longer holds).
    pub fn holds_on(&self, day: f64) -> bool {
        day < self.valid_until_day
    }
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
    /// What the member paid for their purchases, in cents: added at each purchase, the
    /// amount that goes to their spend (the revenue ledger checks it against gross − tier
    /// discounts − coupon discounts).
    pub paid_cents: i64,
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
    /// Coupon face value used on purchases, in cents.
    pub coupon_discount_cents: i64,
    /// New members the member brought this month (referral).
    pub referrals: u32,
    /// Referral rewards' cost besides points (both sides), in cents.
    pub referral_cost_cents: i64,
    /// Everything the programme gave away, in cents, added where each thing is given: tier
    /// discounts, coupon face value and gifts used, contact costs, rewards net of the cash
    /// paid for them, tier benefits and referral rewards (the programme-cost ledger checks
    /// it against the sum of the parts recorded beside it).
    pub given_away_cents: i64,
    /// What happened with each campaign, in the scenario's order.
    pub campaigns: Vec<CampaignEvents>,
}

/// What happened between one member and one campaign in a month.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CampaignEvents {
    /// In the audience when an offer was due.
    pub eligible: bool,
    /// Eligible but in the control group.
    pub held_out: bool,
    /// Eligible but not sent: the budget or the per-member limit ran out.
    pub capped: bool,
    pub sent: bool,
    /// Sent while the member was still a customer: only then can the offer change what
    /// they do (a member who has stopped buying never uses it).
    pub reached_customer: bool,
    pub offers_used: u32,
    pub face_value_cents: i64,
    pub gift_cost_cents: i64,
    pub bonus_points: u64,
    pub contact_cents: i64,
}

impl MonthEvents {
    /// Clears the events for a new month, keeping the campaign buffer.
    pub fn reset(&mut self, points_at_start: u64, campaigns: usize) {
        let mut buffer = std::mem::take(&mut self.campaigns);
        buffer.clear();
        buffer.resize(campaigns, CampaignEvents::default());
        *self = MonthEvents {
            points_at_start,
            campaigns: buffer,
            ..MonthEvents::default()
        };
    }

    /// Takes campaign `c`'s record out of the month, with what it gave away: the month as
    /// the run without the campaign sees it while it follows this run (`engine::variants`).
    pub fn forget_campaign(&mut self, c: usize) {
        if let Some(record) = self.campaigns.get_mut(c) {
            let given = record
                .face_value_cents
                .saturating_add(record.gift_cost_cents)
                .saturating_add(record.contact_cents);
            *record = CampaignEvents::default();
            self.given_away_cents = self.given_away_cents.saturating_sub(given);
        }
    }

    pub fn record_move(&mut self, from: u8, to: u8) {
        if let Some(slot) = self.moves.get_mut(self.move_count) {
            *slot = TierMove { from, to };
            self.move_count += 1;
        }
    }

    pub fn tier_moves(&self) -> &[TierMove] {
        &self.moves[..self.move_count.min(MAX_MOVES_PER_MONTH)]
    }

    /// The programme gives `cents` away (see `given_away_cents`).
    pub fn give_away(&mut self, cents: i64) {
        self.given_away_cents = self.given_away_cents.saturating_add(cents);
    }

    /// What the campaigns cost this month: face value used, gifts and contacts, in cents.
    pub fn campaign_cost_cents(&self) -> i64 {
        self.campaigns.iter().fold(0, |sum: i64, c| {
            sum.saturating_add(c.face_value_cents)
                .saturating_add(c.gift_cost_cents)
                .saturating_add(c.contact_cents)
        })
    }
}
