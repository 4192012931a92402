//! One member's life under one plan: enrolment from their traits, their months, and the
//! run-off of the points they hold at the end of the horizon.
//!
//! Not for: the order of members (that is `blocks`) or the runs beside the main one (that
//! is `variants`).

use crate::behaviour::MemberBehaviour;
use crate::calendar::month_start_day;
use crate::member::{Member, MonthEvents, OfferState};
use crate::population::Traits;
use crate::rules::points::HorizonPointsUse;
use crate::rules::purchases::PurchaseClock;
use crate::rules::tiers::TierStanding;
use crate::scenario::Expiry;

use super::offers::{campaign_draws, Budgets};

use super::{month, stop, JoinDays, Observer, Plan, RUNOFF_MONTHS};

/// A run's working state: the member being run, their month's events and what the
/// campaigns have committed so far.
pub(super) struct Life {
    pub member: Member,
    pub events: MonthEvents,
    pub budgets: Budgets,
}

impl Life {
    pub fn new(plan: &Plan) -> Self {
        Life {
            member: blank_member(),
            events: MonthEvents::default(),
            budgets: Budgets::new(plan),
        }
    }

    /// Member `id` as they enrol: their traits, an empty history, their standing with each
    /// campaign (`holdouts`: whether they are in each campaign's control group).
    pub fn enrol(
        &mut self,
        plan: &Plan,
        id: u64,
        traits: &Traits,
        holdouts: &[bool],
        by_referral: bool,
    ) {
        let member = &mut self.member;
        member.id = id;
        member.referred = by_referral;
        member.segment = traits.segment;
        member.join_month = traits.join_month;
        member.joined_day = month_start_day(traits.join_month)
            + match plan.join_days {
                JoinDays::WithinMonth => traits.join_day,
                JoinDays::FirstOfMonth => 0.0,
            };
        member.birthday_month = traits.birthday_month;
        member.behaviour = traits.behaviour;
        member.alive = true;
        member.purchases = 0;
        member.last_purchase_day = member.joined_day;
        member.spend_cents = 0;
        member.spend_by_month_cents = [0; 12];
        member.clock = PurchaseClock::default();
        member.repeat_purchases = 0;
        member.standing = TierStanding::new();
        member.points.reset(traits.join_month);
        member.once_done = 0;
        member.offers.clear();
        member.offers_end_day = f64::NEG_INFINITY;
        member
            .offers
            .extend((0..plan.scenario.campaigns.len()).map(|c| OfferState {
                holdout: holdouts.get(c).copied().unwrap_or(false),
                valid_until_day: f64::NEG_INFINITY,
                sent_month: 0,
                received: 0,
                was_eligible: false,
                in_study: false,
            }));
    }

    /// One month of the member under `plan`; false (and the run stopped) if a figure of
    /// the month passed its limit (`stop`).
    pub fn step(&mut self, plan: &Plan, month: i32) -> bool {
        month::step(
            plan,
            &mut self.budgets,
            &mut self.member,
            month,
            &mut self.events,
        );
        let cost_per_point = plan.highest_cost_per_point;
        match stop::check_month(&self.member, &self.events, month, cost_per_point) {
            Some(why) => {
                self.budgets.stop(why);
                false
            }
            None => true,
        }
    }

    /// Whether month `month` is quiet for the member under `plan`: the plan has nothing
    /// that happens without a purchase, and the member joins before it and makes no purchase
    /// in it.
    pub fn quiet_in(&self, plan: &Plan, month: i32) -> bool {
        plan.quiet_without_purchases
            && month != self.member.join_month
            && (!self.member.alive || self.member.clock.next_day() > month::month_end(month))
    }

    /// The points held at the end of the horizon, run off.
    pub fn run_off(&mut self, plan: &Plan, observer: &mut impl Observer) {
        let scenario = plan.scenario;
        let horizon = scenario.horizon.months as i32;
        self.member.points.mark_horizon();
        for k in 0..RUNOFF_MONTHS {
            if self.member.points.horizon_points() == 0
                || (!self.member.alive && scenario.points.expiry == Expiry::Never)
            {
                break;
            }
            if !self.step(plan, horizon + k as i32) {
                return;
            }
            let used = HorizonPointsUse {
                redeemed: self.events.horizon_redeemed,
                expired: self.events.horizon_expired,
            };
            observer.observe_runoff(k, &self.member, used);
        }
    }
}

/// Whether member `id` is in each campaign's control group (their campaign draw 0), the
/// same in every run that has the campaign.
pub(super) fn draw_holdouts(plan: &Plan, id: u64, holdouts: &mut Vec<bool>) {
    holdouts.clear();
    holdouts.extend(
        plan.scenario
            .campaigns
            .iter()
            .enumerate()
            .map(|(c, campaign)| campaign_draws(plan, id, c).chance(campaign.holdout_share)),
    );
}

pub(super) fn blank_member() -> Member {
    Member {
        id: 0,
        segment: 0,
        join_month: 0,
        joined_day: 0.0,
        birthday_month: 1,
        behaviour: MemberBehaviour {
            rate_per_week: 0.0,
            dropout: 0.0,
            spend_rate: 1.0,
            spend_shape: 1.0,
        },
        alive: true,
        purchases: 0,
        last_purchase_day: 0.0,
        spend_cents: 0,
        spend_by_month_cents: [0; 12],
        clock: PurchaseClock::default(),
        repeat_purchases: 0,
        standing: TierStanding::new(),
        points: Default::default(),
        once_done: 0,
        offers: Vec::new(),
        offers_end_day: f64::NEG_INFINITY,
        referred: false,
    }
}
