//! "Explain a member": one member's months, and why their tier moved or did not.
//!
//! A member's path depends only on the scenario and their own streams, so explaining
//! member *i* re-runs just member *i* and gives exactly the months they had in the full run.
//! Reasons are returned as figures (growth, thresholds, shortfalls, review months) for the
//! page to phrase in the planner's language: "needed 1,240 more growth by the review in
//! month 12". [`asking`] reads which member the planner asks about and the month they came
//! closest to a tier.

pub mod asking;

use serde::Serialize;

use crate::calendar::Calendar;
use crate::engine::{run, run_one, Observer, Plan};
use crate::member::{Member, MonthEvents};
use crate::money::Money;
use crate::rules::lifecycle;
use crate::rules::tiers;
use crate::scenario::Scenario;
use crate::scenario::Stage;

/// The next tier and what is missing to reach it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct NextTier {
    pub tier: usize,
    pub threshold: u64,
    /// Growth still needed at the end of the month.
    pub shortfall: u64,
    /// The month of the next review, when qualifying growth is checked for keeping the
    /// tier (None for a lifetime basis).
    pub next_review_month: Option<u32>,
}

/// A tier review at the end of a month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ReviewNote {
    pub growth: u64,
    pub keep_threshold: u64,
    /// Growth met the keep threshold (a review failed during grace is not passed).
    pub passed: bool,
    /// The member failed and keeps the tier for the grace months.
    pub grace_started: bool,
    /// Months of grace left after the review (0: not in grace).
    pub grace_months_left: u32,
}

/// What happened between the member and one campaign in a month.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct OfferNote {
    /// Index of the campaign in the scenario.
    pub campaign: usize,
    pub name: String,
    /// Eligible but in the control group.
    pub held_out: bool,
    /// Eligible but not sent: budget or per-member limit.
    pub capped: bool,
    pub received: bool,
    pub used: u32,
    pub face_value: Money,
    pub bonus_points: u64,
}

/// One month of one member.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MemberMonth {
    pub month: u32,
    pub label: String,
    pub purchases: u32,
    pub spend: Money,
    pub discount: Money,
    pub growth_earned: u64,
    pub qualifying_growth: u64,
    pub tier: usize,
    pub points_earned: u64,
    pub points_redeemed: u64,
    pub points_expired: u64,
    pub points_balance: u64,
    pub tier_moves: Vec<(usize, usize)>,
    pub review: Option<ReviewNote>,
    pub next_tier: Option<NextTier>,
    pub stage: Stage,
    /// Offers received, used, held out or capped this month.
    pub offers: Vec<OfferNote>,
    /// Latent: whether the member is still a customer (the CRM cannot see this).
    pub still_customer: bool,
}

/// One member's story.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct MemberStory {
    pub id: u64,
    pub segment: String,
    pub join_month: i32,
    /// The calendar month the member joined, "2025-11" (before month 0 for a member of an
    /// existing programme's warm-up).
    pub join_label: String,
    pub birthday_month: u32,
    /// The member's latent purchase rate, per month.
    pub purchases_per_month: f64,
    /// The member's latent chance of dropping out after a repeat purchase.
    pub dropout_chance: f64,
    /// The member's mean spend per purchase.
    pub mean_spend: f64,
    pub months: Vec<MemberMonth>,
    /// The month the member came closest to the tier the planner asked about while below
    /// it ([`asking::explain_asked`] fills it in; None from [`explain`]).
    pub closest: Option<asking::ClosestApproach>,
}

struct Recorder<'a> {
    plan: &'a Plan<'a>,
    id: u64,
    story: Option<MemberStory>,
}

/// The month of the next review after `month` for this member, if any within 24 months.
fn next_review(plan: &Plan, calendar: &Calendar, month: u32, join_month: i32) -> Option<u32> {
    (month..month + 24)
        .find(|m| tiers::review_due(plan.scenario.tiers.basis, calendar, *m as i32, join_month))
}

impl Observer for Recorder<'_> {
    fn observe(&mut self, month: u32, member: &Member, e: &MonthEvents) {
        if member.id != self.id {
            return;
        }
        let scenario = self.plan.scenario;
        let story = self.story.get_or_insert_with(|| MemberStory {
            id: member.id,
            segment: scenario
                .population
                .segments
                .get(member.segment)
                .map(|s| s.name.clone())
                .unwrap_or_default(),
            join_month: member.join_month,
            join_label: self.plan.calendar.label(member.join_month),
            birthday_month: member.birthday_month,
            purchases_per_month: member.behaviour.rate_per_week * crate::behaviour::WEEKS_PER_MONTH,
            dropout_chance: member.behaviour.dropout,
            mean_spend: member.behaviour.spend_shape / member.behaviour.spend_rate,
            months: Vec::new(),
            closest: None,
        });
        let basis = scenario.tiers.basis;
        let growth = member.standing.qualifying_growth(basis);
        let tier = usize::from(member.standing.tier);
        let next_tier = scenario.tiers.levels.get(tier + 1).map(|next| NextTier {
            tier: tier + 1,
            threshold: u64::from(next.threshold),
            shortfall: u64::from(next.threshold).saturating_sub(growth),
            next_review_month: next_review(
                self.plan,
                &self.plan.calendar,
                month,
                member.join_month,
            ),
        });
        let recency = lifecycle::days_since_at_month_end(member.last_purchase_day, month as i32);
        story.months.push(MemberMonth {
            month,
            label: self.plan.calendar.label(month as i32),
            purchases: u32::from(e.joined) + e.repeat_purchases,
            spend: Money(e.paid_cents),
            discount: Money(e.discount_cents),
            growth_earned: e.growth_from_spend + e.growth_from_behaviours,
            qualifying_growth: growth,
            tier,
            points_earned: e.points_earned,
            points_redeemed: e.points_redeemed,
            points_expired: e.points_expired,
            points_balance: member.points.balance(),
            tier_moves: e
                .tier_moves()
                .iter()
                .map(|m| (usize::from(m.from), usize::from(m.to)))
                .collect(),
            review: e.review.map(|r| ReviewNote {
                growth: r.growth,
                keep_threshold: r.keep_threshold,
                passed: r.passed,
                grace_started: r.grace_started,
                grace_months_left: r.grace_months_left,
            }),
            next_tier,
            offers: e
                .campaigns
                .iter()
                .enumerate()
                .filter(|(_, c)| c.eligible || c.offers_used > 0)
                .map(|(i, c)| OfferNote {
                    campaign: i,
                    name: scenario
                        .campaigns
                        .get(i)
                        .map(|x| x.name.clone())
                        .unwrap_or_default(),
                    held_out: c.held_out,
                    capped: c.capped,
                    received: c.sent,
                    used: c.offers_used,
                    face_value: Money(c.face_value_cents),
                    bonus_points: c.bonus_points,
                })
                .collect(),
            stage: lifecycle::stage(
                &scenario.lifecycle,
                recency,
                member.purchases,
                member.spend_cents,
            ),
            still_customer: member.alive,
        });
    }

    fn wants_runoff(&self) -> bool {
        false
    }
}

/// Member `id`'s story, or None if the scenario has no such member
/// ([`asking::may_name_a_member`]). The member runs as in the full run (with the members
/// before them when a campaign budget serves members in id order), so the story is exactly
/// the member's path in the full run. The scenario must have passed validation.
pub fn explain(scenario: &Scenario, id: u64) -> Option<MemberStory> {
    if !asking::may_name_a_member(scenario, id) {
        return None;
    }
    let plan = Plan::new(scenario);
    let mut recorder = Recorder {
        plan: &plan,
        id,
        story: None,
    };
    run_one(&plan, &mut recorder, id);
    recorder.story
}

/// Finds the member who came closest to `tier` without ever reaching it: the highest
/// qualifying growth seen below the tier's threshold (the lowest id among equals).
struct AlmostFinder<'a> {
    plan: &'a Plan<'a>,
    tier: u8,
    threshold: u64,
    reached: bool,
    current: Option<(u64, u64)>,
    best: Option<(u64, u64)>,
}

impl AlmostFinder<'_> {
    fn close_member(&mut self) {
        if let Some((id, growth)) = self.current.take() {
            if !self.reached && self.best.is_none_or(|(_, g)| growth > g) {
                self.best = Some((id, growth));
            }
        }
        self.reached = false;
    }
}

impl Observer for AlmostFinder<'_> {
    fn observe(&mut self, _month: u32, member: &Member, _e: &MonthEvents) {
        if self.current.is_some_and(|(id, _)| id != member.id) {
            self.close_member();
        }
        let growth = member
            .standing
            .qualifying_growth(self.plan.scenario.tiers.basis);
        self.reached |= member.standing.tier >= self.tier;
        let best_so_far = self.current.map_or(0, |(_, g)| g);
        if growth < self.threshold {
            self.current = Some((member.id, best_so_far.max(growth)));
        } else {
            self.current = Some((member.id, best_so_far));
            self.reached = true;
        }
    }

    fn wants_runoff(&self) -> bool {
        false
    }
}

/// A member who almost reached `tier` (index into the tiers), if any member came near.
pub fn member_who_almost_reached(scenario: &Scenario, tier: usize) -> Option<u64> {
    let threshold = u64::from(scenario.tiers.levels.get(tier)?.threshold);
    let plan = Plan::new(scenario);
    let mut finder = AlmostFinder {
        plan: &plan,
        tier: u8::try_from(tier).ok()?,
        threshold,
        reached: false,
        current: None,
        best: None,
    };
    run(&plan, &mut finder, &mut |_| {});
    finder.close_member();
    finder.best.map(|(id, _)| id)
}
