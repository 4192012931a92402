//! One month of one member: the rules in the order documented in `engine`.
//!
//! The month's figures add up without wrapping (saturating); the engine checks them against
//! the limits of `stop` once the month is done.

use crate::calendar::month_start_day;
use crate::member::{Member, MonthEvents};
use crate::money::to_cents;
use crate::random::{Purpose, Stream};
use crate::rules::points::net_reward_cost_cents;
use crate::rules::{campaigns, growth, lifecycle, points, purchases, referral, tiers};

pub(super) use super::offers::month_end;
use super::offers::{self, Budgets, Moment};
use super::stop::MAX_PURCHASES_A_MONTH;
use super::Plan;

/// One month of one member.
pub(super) fn step(
    plan: &Plan,
    budgets: &mut Budgets,
    member: &mut Member,
    month: i32,
    events: &mut MonthEvents,
) {
    let scenario = plan.scenario;
    let rules = &scenario.tiers;
    events.reset(member.points.balance(), scenario.campaigns.len());
    let end = month_end(month);

    // 1. start of month
    if let Some(slot) = member
        .spend_by_month_cents
        .get_mut(month.rem_euclid(12) as usize)
    {
        *slot = 0;
    }
    member
        .standing
        .start_month(rules.basis, &plan.calendar, month, member.join_month);

    // 2. enrol on the join day, and 3. offers at the start of the month to those who are
    // members by then (welcome packs right after enrolment)
    let joins = month == member.join_month;
    let mut day = if joins {
        member.joined_day
    } else {
        month_start_day(month)
    };
    if !joins || member.joined_day <= month_start_day(month) {
        offers::send(plan, budgets, member, month, Moment::StartOfMonth, events);
    }
    if joins {
        events.joined = true;
        if member.referred {
            let (points, cost) = referral::welcome(&scenario.referral);
            points::credit(&mut member.points, month, points);
            events.points_earned = events.points_earned.saturating_add(points);
            events.referral_cost_cents = events.referral_cost_cents.saturating_add(cost);
            events.give_away(cost);
        }
        buy(plan, budgets, member, month, day, events);
        offers::send(plan, budgets, member, month, Moment::AfterEnrolment, events);
    }

    // 4. buy, in stretches over which the offers held do not change (a member who joins
    // after the member day is not offered its deals that month)
    let mut member_day_done = !offers::has_member_day(plan) || day > offers::member_day(month);
    // Past the most purchases a month can hold, the month ends (and the run stops).
    while member.alive && events.repeat_purchases < MAX_PURCHASES_A_MONTH {
        if !member_day_done && day >= offers::member_day(month) {
            offers::send(plan, budgets, member, month, Moment::MemberDay, events);
            member_day_done = true;
        }
        let stretch_end = offers::next_change(plan, member, month, day, end);
        let tier = plan.tier(member.standing.tier);
        let near = purchases::near_next_tier(
            &scenario.goal_gradient,
            plan.next_threshold(member.standing.tier),
            member.standing.qualifying_growth(rules.basis),
        );
        let (offer_rate, offer_dropout) = offers::held_effects(plan, member, day);
        let rate = purchases::rate_per_week(
            member.behaviour.rate_per_week,
            tier,
            &scenario.goal_gradient,
            near,
        ) * offer_rate;
        let Some(at) = purchases::next_purchase_day(&mut member.clock, rate, day, stretch_end)
        else {
            if stretch_end >= end {
                break;
            }
            day = stretch_end;
            continue;
        };
        day = at;
        let dropout_draw = buy(plan, budgets, member, month, day, events);
        events.repeat_purchases += 1;
        member.repeat_purchases += 1;
        let chance =
            purchases::dropout_chance(member.behaviour.dropout, plan.tier(member.standing.tier))
                * offer_dropout;
        if purchases::drops_out(chance, dropout_draw) {
            member.alive = false;
            events.dropped_out = true;
        }
    }

    // The month's draws of a member who is still a customer, in this order: one per growth
    // behaviour, one for referrals, one for redemption.
    let mut draws = Stream::new(&plan.key, member.id, Purpose::Month, month as u32);

    // 5. behaviours
    if member.alive && !scenario.growth.behaviours.is_empty() {
        let earned = growth::from_behaviours(
            &scenario.growth,
            &plan.behaviour_actions,
            &mut member.once_done,
            &mut draws,
        );
        events.growth_from_behaviours = events.growth_from_behaviours.saturating_add(earned);
        add_growth(plan, member, month, earned, events);
    }

    // 5b. refer (new members join next month, within the horizon only)
    let horizon = scenario.horizon.months as i32;
    if member.alive && (0..horizon).contains(&month) && scenario.referral.referrals_per_month > 0.0
    {
        let brought = referral::refer(&scenario.referral, &plan.referrals, &mut draws);
        points::credit(&mut member.points, month, brought.points);
        events.points_earned = events.points_earned.saturating_add(brought.points);
        events.referrals = brought.new_members;
        events.referral_cost_cents = events
            .referral_cost_cents
            .saturating_add(brought.cost_cents);
        events.give_away(brought.cost_cents);
    } else {
        draws.skip(1);
    }

    // 6. redeem (a held points-for-reward discount lowers the price and is used up)
    if member.alive {
        let chance = plan.tier(member.standing.tier).redemption_per_month;
        let discount = offers::reward_discount(plan, member, month);
        let share = discount.map_or(0.0, |(_, share)| share);
        let points_off = |points| campaigns::points_off(points, share);
        if let Some(r) = points::redeem(
            &mut member.points,
            &scenario.points,
            chance,
            points_off,
            month,
            &mut draws,
        ) {
            events.points_redeemed += r.points;
            events.rewards_redeemed += 1;
            events.reward_cost_cents += r.cost_cents;
            events.reward_cash_cents += r.cash_cents;
            events.give_away(net_reward_cost_cents(r.cost_cents, r.cash_cents));
            events.horizon_redeemed += r.horizon.redeemed;
            if let (Some((c, _)), true) = (discount, r.saved > 0) {
                offers::use_reward_discount(budgets, member, c, r.saved, events);
            }
        }
    }

    // 7. expire
    let (expired, from_horizon) = points::expire(
        &mut member.points,
        &scenario.points.expiry,
        &plan.calendar,
        month,
    );
    events.points_expired += expired;
    events.horizon_expired += from_horizon;

    // 8. review
    if let Some(m) = tiers::use_grace(&mut member.standing) {
        events.record_move(m.from, m.to);
    }
    if tiers::review_due(rules.basis, &plan.calendar, month, member.join_month) {
        let outcome = tiers::review(&mut member.standing, rules);
        if let Some(m) = outcome.moved {
            events.record_move(m.from, m.to);
        }
        events.review = Some(outcome);
    }

    // 9. benefits
    let recency = lifecycle::whole_days(member.last_purchase_day, end);
    if lifecycle::is_active(&scenario.lifecycle, recency) {
        let benefit = to_cents(plan.tier(member.standing.tier).benefit_cost_per_month);
        events.benefit_cost_cents += benefit;
        events.give_away(benefit);
    }
}

/// One purchase: spend, tier discount, at most one offer, points at the tier's multiplier
/// (plus any bonus points), growth and upgrade. The purchase's draws set the wait to the
/// next purchase; returns its dropout draw (used if it is a repeat purchase).
fn buy(
    plan: &Plan,
    budgets: &mut Budgets,
    member: &mut Member,
    month: i32,
    day: f64,
    events: &mut MonthEvents,
) -> f64 {
    let scenario = plan.scenario;
    let tier = plan.tier(member.standing.tier);
    let mut draws = Stream::new(&plan.key, member.id, Purpose::Purchase, member.purchases);
    member.clock.restart(day, draws.unit_exponential());
    let dropout_draw = draws.uniform();
    let gross = to_cents(member.behaviour.draw_spend(&mut draws));
    let discount = to_cents(gross as f64 / 100.0 * tier.discount);
    let base_points = points::points_for(&scenario.points, tier.earn_multiplier, gross - discount);
    let offer = offers::use_one(
        plan,
        budgets,
        member,
        day,
        gross - discount,
        base_points,
        events,
    );
    let (used, offer_growth) = offer.unwrap_or_default();
    let paid = gross - discount - used.discount_cents;
    events.gross_cents = events.gross_cents.saturating_add(gross);
    events.discount_cents = events.discount_cents.saturating_add(discount);
    events.give_away(discount);
    events.coupon_discount_cents = events
        .coupon_discount_cents
        .saturating_add(used.discount_cents);
    member.purchases = member.purchases.saturating_add(1);
    events.paid_cents = events.paid_cents.saturating_add(paid);
    member.spend_cents = member.spend_cents.saturating_add(paid);
    if let Some(slot) = member
        .spend_by_month_cents
        .get_mut(month.rem_euclid(12) as usize)
    {
        *slot = slot.saturating_add(paid);
    }
    member.last_purchase_day = day;
    let earned = points::earn(
        &mut member.points,
        &scenario.points,
        tier.earn_multiplier,
        paid,
        month,
    );
    points::credit(&mut member.points, month, used.bonus_points);
    events.points_earned = events
        .points_earned
        .saturating_add(earned)
        .saturating_add(used.bonus_points);
    let mut growth = growth::from_spend(&scenario.growth, paid);
    if offer_growth {
        growth = growth
            .saturating_add(growth::from_spend(&scenario.growth, used.discount_cents))
            .saturating_add(used.bonus_points);
    }
    events.growth_from_spend = events.growth_from_spend.saturating_add(growth);
    add_growth(plan, member, month, growth, events);
    dropout_draw
}

fn add_growth(plan: &Plan, member: &mut Member, month: i32, growth: u64, events: &mut MonthEvents) {
    if growth == 0 {
        // No growth moves nobody: qualifying growth, tiers and grace stay as they are.
        return;
    }
    member.standing.add_growth(month, growth);
    if let Some(m) = tiers::upgrade(&mut member.standing, &plan.scenario.tiers) {
        events.record_move(m.from, m.to);
    }
}
