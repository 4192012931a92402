//! The engine's side of campaigns: sending offers under budgets, the effect of held offers
//! on purchase rate and dropout, and using an offer on a purchase. The rules themselves
//! (audience, exposure, what an offer gives) are in `rules::campaigns`.
//!
//! About 450 lines, over the 400 we aim for: the budgets, the moments offers go out and
//! the held offers' effects are one conversation with a member's offer states; the
//! campaign's rule, offer and budget in one place is issue 16's work.

use crate::calendar::{month_start_day, DAYS_PER_MONTH};
use crate::member::{Member, MonthEvents};
use crate::money::to_cents;
use crate::random::{Purpose, Stream};
use crate::rules::campaigns::{exposure, in_audience, use_on_purchase, MemberView, OfferUse};
use crate::rules::lifecycle;
use crate::scenario::{Campaign, Offer, Scenario, Trigger, MEMBER_DAY};

use super::stop::RunStop;
use super::Plan;

/// What a run has committed as it goes: each campaign's money (cents) and bonus points in
/// each month, and, should the run pass one of the limits of `stop`, why it stopped.
pub struct Budgets {
    money: Vec<Vec<i64>>,
    points: Vec<Vec<u64>>,
    money_cap: Vec<Option<i64>>,
    points_cap: Vec<Option<u64>>,
    /// Points of the dearest reward (what a reward discount can save at most).
    max_reward_points: u64,
    stopped: Option<RunStop>,
}

impl Budgets {
    pub fn new(plan: &Plan) -> Self {
        let months = plan.scenario.horizon.months as usize;
        let campaigns = &plan.scenario.campaigns;
        Budgets {
            money: vec![vec![0; months]; campaigns.len()],
            points: vec![vec![0; months]; campaigns.len()],
            money_cap: campaigns.iter().map(monthly_money_cap).collect(),
            points_cap: campaigns.iter().map(monthly_points_cap).collect(),
            max_reward_points: plan
                .scenario
                .points
                .rewards
                .iter()
                .map(|r| u64::from(r.points))
                .max()
                .unwrap_or(0),
            stopped: None,
        }
    }

    /// Why the run stopped before its end, if it did: its figures are then incomplete and
    /// must not be shown.
    pub fn stopped(&self) -> Option<RunStop> {
        self.stopped
    }

    /// Stops the run (the first reason stands).
    pub(super) fn stop(&mut self, why: RunStop) {
        self.stopped.get_or_insert(why);
    }

    /// Money campaign `c` committed in each month: contacts plus the face value and gifts of
    /// the offers sent that month that were used.
    pub fn committed_money(&self, c: usize) -> &[i64] {
        self.money.get(c).map_or(&[], Vec::as_slice)
    }

    /// Whether no campaign has a budget, so that every offer due goes out whatever the
    /// members before did.
    pub fn never_run_out(&self) -> bool {
        self.money_cap.iter().all(Option::is_none) && self.points_cap.iter().all(Option::is_none)
    }

    fn fits(&self, c: usize, month: usize, campaign: &Campaign) -> bool {
        let (money, points) = exposure(campaign, self.max_reward_points);
        let used_money = self
            .money
            .get(c)
            .and_then(|m| m.get(month))
            .copied()
            .unwrap_or(0);
        let used_points = self
            .points
            .get(c)
            .and_then(|m| m.get(month))
            .copied()
            .unwrap_or(0);
        let cap_money = self.money_cap.get(c).copied().flatten();
        let cap_points = self.points_cap.get(c).copied().flatten();
        cap_money.is_none_or(|cap| used_money.saturating_add(money) <= cap)
            && cap_points.is_none_or(|cap| used_points.saturating_add(points) <= cap)
    }

    fn commit(&mut self, c: usize, month: i32, money: i64, points: u64) {
        let Ok(m) = usize::try_from(month) else {
            return;
        };
        if let Some(slot) = self.money.get_mut(c).and_then(|v| v.get_mut(m)) {
            *slot = slot.saturating_add(money);
        }
        if let Some(slot) = self.points.get_mut(c).and_then(|v| v.get_mut(m)) {
            *slot = slot.saturating_add(points);
        }
    }
}

/// The campaign's months, first and last included (a last month before the first counts
/// one), without wrapping whatever months the planner typed.
fn campaign_months(c: &Campaign) -> u64 {
    u64::from(c.schedule.end_month.saturating_sub(c.schedule.start_month)) + 1
}

/// A month's money cap: the monthly budget, and the total budget spread evenly over the
/// campaign's months, whichever is lower (None: no cap).
fn monthly_money_cap(c: &Campaign) -> Option<i64> {
    let months = campaign_months(c) as f64;
    let caps = [
        (c.limits.budget_per_month > 0.0).then(|| to_cents(c.limits.budget_per_month)),
        (c.limits.budget_total > 0.0).then(|| to_cents(c.limits.budget_total / months)),
    ];
    caps.into_iter().flatten().min()
}

/// A month's bonus-points cap: the monthly points budget, and the total spread evenly over
/// the campaign's months, whichever is lower (None: no cap).
fn monthly_points_cap(c: &Campaign) -> Option<u64> {
    let months = campaign_months(c);
    let l = &c.limits;
    let caps = [
        (l.points_budget_per_month > 0).then_some(l.points_budget_per_month),
        (l.points_budget_total > 0).then(|| l.points_budget_total / months),
    ];
    caps.into_iter().flatten().min()
}

/// When in the month offers go out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Moment {
    StartOfMonth = 0,
    AfterEnrolment = 1,
    MemberDay = 2,
}

/// For each moment, the running campaigns (`on`) that look at members then: at the start
/// of the month those sent once, every month, in the birthday month or on entering the
/// audience (whose audience is checked every month); after enrolment the welcome packs; on
/// the member day its offers.
pub fn campaigns_by_moment(scenario: &Scenario, on: &[bool]) -> [Vec<usize>; 3] {
    let mut by_moment: [Vec<usize>; 3] = Default::default();
    for (c, campaign) in scenario.campaigns.iter().enumerate() {
        if !on.get(c).copied().unwrap_or(false) {
            continue;
        }
        let moment = match campaign.schedule.trigger {
            Trigger::Once
            | Trigger::EveryMonth
            | Trigger::BirthdayMonth
            | Trigger::EnteringAudience => Moment::StartOfMonth,
            Trigger::OnJoining => Moment::AfterEnrolment,
            Trigger::MemberDay => Moment::MemberDay,
        };
        if let Some(list) = by_moment.get_mut(moment as usize) {
            list.push(c);
        }
    }
    by_moment
}

/// Day of the member day in `month`.
pub fn member_day(month: i32) -> f64 {
    month_start_day(month) + f64::from(MEMBER_DAY - 1)
}

/// Whether any running campaign sends offers on the member day.
pub fn has_member_day(plan: &Plan) -> bool {
    plan.has_member_day
}

/// Whether `month` is the calendar month of the member's birthday.
fn birthday_month(plan: &Plan, member: &Member, month: i32) -> bool {
    plan.calendar.month_of_year(month) == member.birthday_month
}

fn view<'a>(plan: &'a Plan, member: &Member, month: i32, day: f64) -> MemberView<'a> {
    let scenario = plan.scenario;
    let recency = lifecycle::whole_days(member.last_purchase_day, day);
    MemberView {
        stage: lifecycle::stage(
            &scenario.lifecycle,
            recency,
            member.purchases,
            member.spend_cents,
        ),
        tier: usize::from(member.standing.tier),
        segment: scenario
            .population
            .segments
            .get(member.segment)
            .map_or("", |s| s.name.as_str()),
        days_since_purchase: recency,
        purchases: member.purchases,
        spend_cents: member.spend_cents,
        // Worked out only if an audience looks at it (it is a dozen reads every month).
        recent_spend_cents: if plan.audiences_use_trailing_spend {
            member.recent_spend(month)
        } else {
            [0; 12]
        },
        points: member.points.balance(),
        tenure_months: (month - member.join_month).max(0) as u32,
        birthday_this_month: birthday_month(plan, member, month),
        join_month: member.join_month,
    }
}

/// Sends the offers due at `moment`: to each eligible member not in the control group,
/// within the per-member limit and the budget.
pub fn send(
    plan: &Plan,
    budgets: &mut Budgets,
    member: &mut Member,
    month: i32,
    moment: Moment,
    events: &mut MonthEvents,
) {
    let scenario = plan.scenario;
    if month >= scenario.horizon.months as i32 {
        return;
    }
    let day = match moment {
        Moment::StartOfMonth => month_start_day(month),
        Moment::AfterEnrolment => member.last_purchase_day,
        Moment::MemberDay => member_day(month),
    };
    // What the CRM sees is worked out once, and only if some campaign needs it.
    let mut seen = None;
    let looking = plan
        .looks_at
        .get(moment as usize)
        .map_or(&[][..], Vec::as_slice);
    for &c in looking {
        let Some(campaign) = scenario.campaigns.get(c) else {
            continue;
        };
        let s = &campaign.schedule;
        let in_schedule = (s.start_month as i32..=s.end_month as i32).contains(&month);
        // Entering the audience is judged against last month's check, so that check runs
        // every month, in schedule or not.
        let tracks_entry = s.trigger == Trigger::EnteringAudience && moment == Moment::StartOfMonth;
        let may_be_due = match (s.trigger, moment) {
            (Trigger::Once, Moment::StartOfMonth) => month == s.start_month as i32,
            (Trigger::EveryMonth, Moment::StartOfMonth) => true,
            (Trigger::BirthdayMonth, Moment::StartOfMonth) => birthday_month(plan, member, month),
            (Trigger::EnteringAudience, Moment::StartOfMonth) => true,
            (Trigger::OnJoining, Moment::AfterEnrolment) => true,
            (Trigger::MemberDay, Moment::MemberDay) => true,
            _ => false,
        };
        let looked_at = tracks_entry || (in_schedule && may_be_due);
        if !looked_at {
            continue;
        }
        let seen = seen.get_or_insert_with(|| view(plan, member, month, day));
        let eligible = in_audience(&campaign.audience, seen);
        let (Some(state), Some(record)) = (member.offers.get_mut(c), events.campaigns.get_mut(c))
        else {
            continue;
        };
        let entering = eligible && !state.was_eligible;
        if tracks_entry {
            state.was_eligible = eligible;
        }
        let due = s.trigger != Trigger::EnteringAudience || entering;
        if !(in_schedule && may_be_due && due && eligible) {
            continue;
        }
        record.eligible = true;
        state.in_study = true;
        if state.holdout {
            record.held_out = true;
            continue;
        }
        let within_limit = campaign.limits.per_member_limit == 0
            || state.received < campaign.limits.per_member_limit;
        if !within_limit || !budgets.fits(c, month as usize, campaign) {
            record.capped = true;
            continue;
        }
        let contact = to_cents(campaign.limits.contact_cost);
        state.received += 1;
        state.sent_month = month;
        state.valid_until_day = day + f64::from(s.validity_days);
        member.offers_end_day = member.offers_end_day.max(state.valid_until_day);
        record.sent = true;
        record.reached_customer = member.alive;
        record.contact_cents += contact;
        events.give_away(contact);
        budgets.commit(c, month, contact, 0);
    }
}

/// The purchase-rate and dropout multipliers of the offers held on `day`.
pub fn held_effects(plan: &Plan, member: &Member, day: f64) -> (f64, f64) {
    let mut rate = 1.0;
    let mut dropout = 1.0;
    if !member.may_hold_offers_on(day) {
        return (rate, dropout);
    }
    for ((campaign, state), on) in plan
        .scenario
        .campaigns
        .iter()
        .zip(&member.offers)
        .zip(&plan.campaign_on)
    {
        if *on && state.holds_on(day) {
            rate *= 1.0 + campaign.response.purchase_rate_uplift;
            dropout *= 1.0 - campaign.response.dropout_reduction;
        }
    }
    (rate, dropout)
}

/// The next day after `day` and before `end` at which the offers held change (one runs out
/// or the member day comes), so the purchase rate is constant until then.
pub fn next_change(plan: &Plan, member: &Member, month: i32, day: f64, end: f64) -> f64 {
    let member_day =
        Some(member_day(month)).filter(|d| has_member_day(plan) && *d > day && *d < end);
    if !member.may_hold_offers_on(day) {
        return member_day.unwrap_or(end);
    }
    let expiries = member
        .offers
        .iter()
        .map(|s| s.valid_until_day)
        .filter(|d| *d > day && *d < end);
    expiries.chain(member_day).fold(end, f64::min)
}

/// The member may use one held offer on a purchase of `gross_cents` that earns `points`:
/// the first applicable one, in campaign order, that they choose to use (the campaign's
/// offer-use draw for this purchase). The offer is used up and its cost counts against the
/// budget of the month it was sent.
pub fn use_one(
    plan: &Plan,
    budgets: &mut Budgets,
    member: &mut Member,
    day: f64,
    gross_cents: i64,
    points: u64,
    events: &mut MonthEvents,
) -> Option<(OfferUse, bool)> {
    let scenario = plan.scenario;
    if !member.may_hold_offers_on(day) {
        return None;
    }
    for (c, campaign) in scenario.campaigns.iter().enumerate() {
        if !plan.campaign_on.get(c).copied().unwrap_or(false) {
            continue;
        }
        if !member.offers.get(c).is_some_and(|s| s.holds_on(day)) {
            continue;
        }
        let Some(used) = use_on_purchase(&campaign.offer, gross_cents, points) else {
            continue;
        };
        if !offer_use_draw(plan, member.id, c, member.purchases)
            .chance(campaign.response.usage_share)
        {
            continue;
        }
        let Some(state) = member.offers.get_mut(c) else {
            continue;
        };
        state.valid_until_day = f64::NEG_INFINITY;
        budgets.commit(
            c,
            state.sent_month,
            used.discount_cents + used.gift_cost_cents,
            used.bonus_points,
        );
        if let Some(record) = events.campaigns.get_mut(c) {
            record.offers_used += 1;
            record.face_value_cents = record.face_value_cents.saturating_add(used.discount_cents);
            record.gift_cost_cents = record.gift_cost_cents.saturating_add(used.gift_cost_cents);
            record.bonus_points = record.bonus_points.saturating_add(used.bonus_points);
        }
        events.give_away(used.discount_cents);
        events.give_away(used.gift_cost_cents);
        // Validation refuses a campaign that gives growth where the programme forbids it.
        return Some((used, campaign.gives_growth));
    }
    None
}

/// A campaign's draws for a member: draw 0 puts them in the control group or not; draw
/// 1 + j decides whether they use a held offer on purchase j.
pub fn campaign_draws(plan: &Plan, member: u64, campaign: usize) -> Stream {
    let key = plan.campaign_keys.get(campaign).copied().unwrap_or(0);
    Stream::new(&plan.key, member, Purpose::Campaign, key)
}

fn offer_use_draw(plan: &Plan, member: u64, campaign: usize, purchase: u32) -> Stream {
    let mut draws = campaign_draws(plan, member, campaign);
    draws.skip(1 + u64::from(purchase));
    draws
}

/// Day the month ends.
pub fn month_end(month: i32) -> f64 {
    month_start_day(month) + DAYS_PER_MONTH
}

/// The points-for-reward discount that applies to `month`'s redemption (redemptions happen
/// at the month's end): the first running campaign's reward-discount offer held at any time
/// in the month, as (campaign, share).
pub fn reward_discount(plan: &Plan, member: &Member, month: i32) -> Option<(usize, f64)> {
    let month_start = month_start_day(month);
    if !member.may_hold_offers_on(month_start) {
        return None;
    }
    plan.scenario
        .campaigns
        .iter()
        .zip(&member.offers)
        .zip(&plan.campaign_on)
        .enumerate()
        .find_map(|(c, ((campaign, state), on))| match campaign.offer {
            Offer::RewardDiscount { share } if *on && state.valid_until_day > month_start => {
                Some((c, share))
            }
            _ => None,
        })
}

/// A reward discount was used on a redemption that saved `saved` points: the offer is used
/// up and the points count against the budget of the month it was sent.
pub fn use_reward_discount(
    budgets: &mut Budgets,
    member: &mut Member,
    c: usize,
    saved: u64,
    events: &mut MonthEvents,
) {
    let Some(state) = member.offers.get_mut(c) else {
        return;
    };
    state.valid_until_day = f64::NEG_INFINITY;
    budgets.commit(c, state.sent_month, 0, saved);
    if let Some(record) = events.campaigns.get_mut(c) {
        record.offers_used += 1;
        record.bonus_points = record.bonus_points.saturating_add(saved);
    }
}
