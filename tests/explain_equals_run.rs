//! "Explain a member" tells the member's months exactly as the run lived them: an observer
//! of the full run records chosen members' months (one who moved up and down the tiers,
//! one who dropped out, one who redeemed, one who used an offer, one a budget left out,
//! one held out, one brought by referral) and `explain` gives the same figures, field by
//! field; and on a small scenario every member's explained months add up to the run's
//! monthly rows and campaign reports.
//!
//! The scenario is the hotel preset (five tiers reviewed each calendar year, growth from
//! sign-ins, points + cash rewards, three campaigns, referrals, a warm-up) with a monthly
//! budget on its campaigns, so a member's offers depend on the members before them and
//! `explain` must replay them.

use std::collections::BTreeMap;

use tierlab::engine::{run, Observer, Plan};
use tierlab::explain::{explain, MemberMonth, MemberStory};
use tierlab::member::{Member, MonthEvents};
use tierlab::metrics::{simulate, MonthRow, Results, StageCounts};
use tierlab::money::Money;
use tierlab::population::total_members;
use tierlab::scenario::Stage;
use tierlab::scenario::{preset, validate, Scenario};

/// The hotel preset with `starting` members and `per_month` joining each month, every
/// campaign held to ¥300 a month.
fn hotel(starting: u32, per_month: f64) -> Scenario {
    let mut s = preset("hotel").expect("the hotel preset");
    s.population.starting_members = starting;
    s.population.new_members_per_month = per_month;
    for c in &mut s.campaigns {
        c.limits.budget_per_month = 300.0;
    }
    assert!(validate(&s).is_empty());
    s
}

/// One campaign in one month of one member: (campaign, held out, capped, received, used,
/// face value used, bonus points).
type Offer = (usize, bool, bool, bool, u32, Money, u64);

/// The figures of one member-month that the run itself produces.
#[derive(Clone, Debug, PartialEq)]
struct Seen {
    month: u32,
    purchases: u32,
    spend: Money,
    discount: Money,
    growth_earned: u64,
    qualifying_growth: u64,
    tier: usize,
    points_earned: u64,
    points_redeemed: u64,
    points_expired: u64,
    points_balance: u64,
    tier_moves: Vec<(usize, usize)>,
    /// A review at the month's end: (growth, keep threshold, passed, grace started).
    review: Option<(u64, u64, bool, bool)>,
    offers: Vec<Offer>,
    still_customer: bool,
}

impl Seen {
    fn explained(m: &MemberMonth) -> Seen {
        Seen {
            month: m.month,
            purchases: m.purchases,
            spend: m.spend,
            discount: m.discount,
            growth_earned: m.growth_earned,
            qualifying_growth: m.qualifying_growth,
            tier: m.tier,
            points_earned: m.points_earned,
            points_redeemed: m.points_redeemed,
            points_expired: m.points_expired,
            points_balance: m.points_balance,
            tier_moves: m.tier_moves.clone(),
            review: m
                .review
                .as_ref()
                .map(|r| (r.growth, r.keep_threshold, r.passed, r.grace_started)),
            offers: m
                .offers
                .iter()
                .map(|o| {
                    let (c, held, capped, got) = (o.campaign, o.held_out, o.capped, o.received);
                    (c, held, capped, got, o.used, o.face_value, o.bonus_points)
                })
                .collect(),
            still_customer: m.still_customer,
        }
    }
}

/// Every member's months as the full run shows them to its observers.
struct Watch<'a> {
    scenario: &'a Scenario,
    members: BTreeMap<u64, (i32, Vec<Seen>)>,
}

impl Observer for Watch<'_> {
    fn observe(&mut self, month: u32, member: &Member, e: &MonthEvents) {
        let basis = self.scenario.tiers.basis;
        let seen = Seen {
            month,
            purchases: u32::from(e.joined) + e.repeat_purchases,
            spend: Money(e.paid_cents),
            discount: Money(e.discount_cents),
            growth_earned: e.growth_from_spend + e.growth_from_behaviours,
            qualifying_growth: member.standing.qualifying_growth(basis),
            tier: usize::from(member.standing.tier),
            points_earned: e.points_earned,
            points_redeemed: e.points_redeemed,
            points_expired: e.points_expired,
            points_balance: member.points.balance(),
            tier_moves: e
                .tier_moves()
                .iter()
                .map(|m| (usize::from(m.from), usize::from(m.to)))
                .collect(),
            review: e.review.map(|r| {
                let passed = r.moved.is_none() && !r.grace_started;
                (r.growth, r.keep_threshold, passed, r.grace_started)
            }),
            offers: e
                .campaigns
                .iter()
                .enumerate()
                .filter(|(_, c)| c.eligible || c.offers_used > 0)
                .map(|(i, c)| {
                    let face = Money(c.face_value_cents);
                    (
                        i,
                        c.held_out,
                        c.capped,
                        c.sent,
                        c.offers_used,
                        face,
                        c.bonus_points,
                    )
                })
                .collect(),
            still_customer: member.alive,
        };
        let entry = self
            .members
            .entry(member.id)
            .or_insert_with(|| (member.join_month, Vec::new()));
        entry.1.push(seen);
    }

    fn wants_runoff(&self) -> bool {
        false
    }
}

fn watch(scenario: &Scenario) -> BTreeMap<u64, (i32, Vec<Seen>)> {
    let mut watch = Watch {
        scenario,
        members: BTreeMap::new(),
    };
    run(&Plan::new(scenario), &mut watch, &mut |_| {});
    watch.members
}

/// Whether a member (id, months as the run saw them, planned members) is one to explain.
type Pick = fn(u64, &[Seen], u64) -> bool;

fn moved(m: &Seen, up: bool) -> bool {
    m.tier_moves.iter().any(|(from, to)| (to > from) == up)
}

fn offer(m: &Seen, f: fn(&Offer) -> bool) -> bool {
    m.offers.iter().any(f)
}

fn story(scenario: &Scenario, id: u64) -> MemberStory {
    explain(scenario, id).unwrap_or_else(|| panic!("member {id} has no story"))
}

#[test]
fn explained_months_equal_the_runs_months_for_members_who_moved_dropped_out_redeemed_or_got_offers()
{
    let s = hotel(3_000, 100.0);
    let members = watch(&s);
    let planned = total_members(&s);
    let wanted: [(&str, Pick); 8] = [
        ("moved up", |_, ms, _| ms.iter().any(|m| moved(m, true))),
        ("moved down", |_, ms, _| ms.iter().any(|m| moved(m, false))),
        ("dropped out", |_, ms, _| {
            ms.first().is_some_and(|m| m.still_customer)
                && ms.last().is_some_and(|m| !m.still_customer)
        }),
        ("redeemed", |_, ms, _| {
            ms.iter().any(|m| m.points_redeemed > 0)
        }),
        ("used an offer", |_, ms, _| {
            ms.iter().any(|m| offer(m, |o| o.4 > 0))
        }),
        ("left out by a budget", |_, ms, _| {
            ms.iter().any(|m| offer(m, |o| o.2))
        }),
        ("held out", |_, ms, _| ms.iter().any(|m| offer(m, |o| o.1))),
        ("referred", |id, _, planned| id >= planned),
    ];
    for (what, pick) in &wanted {
        let found = members
            .iter()
            .find(|(id, (_, months))| pick(**id, months, planned));
        let Some((id, (join_month, months))) = found else {
            panic!("no member {what} in the run");
        };
        let story = story(&s, *id);
        assert_eq!(story.id, *id);
        assert_eq!(story.join_month, *join_month, "member {id} ({what})");
        let explained: Vec<Seen> = story.months.iter().map(Seen::explained).collect();
        assert_eq!(explained.len(), months.len(), "member {id} ({what})");
        for (e, r) in explained.iter().zip(months) {
            assert_eq!(e, r, "member {id} ({what}), month {}", r.month);
        }
    }
}

fn count_stage(counts: &mut StageCounts, stage: Stage) {
    let slot = match stage {
        Stage::Introduction => &mut counts.introduction,
        Stage::Growth => &mut counts.growth,
        Stage::Maturity => &mut counts.maturity,
        Stage::Dormant => &mut counts.dormant,
        Stage::Churned => &mut counts.churned,
    };
    *slot += 1;
}

/// What a month's row and campaign reports say about the members.
#[derive(Debug, Default, PartialEq)]
struct Figures {
    enrolled: u64,
    new_members: u64,
    alive: u64,
    purchases: u64,
    revenue: Money,
    discounts: Money,
    growth_earned: u64,
    /// Points issued, redeemed, expired and held at the month's end.
    points: [u64; 4],
    tiers: Vec<u64>,
    stages: StageCounts,
    /// Upgrades and downgrades.
    moves: (u64, u64),
    /// Per campaign: contacted, held out, capped, offers used, face value used.
    campaigns: Vec<(u64, u64, u64, u64, Money)>,
}

fn reported(results: &Results, row: &MonthRow) -> Figures {
    Figures {
        enrolled: row.enrolled,
        new_members: row.new_members,
        alive: row.alive,
        purchases: row.first_purchases + row.repeat_purchases,
        revenue: row.revenue,
        discounts: row.discounts,
        growth_earned: row.growth_earned,
        points: [
            row.points_issued,
            row.points_redeemed,
            row.points_expired,
            row.points_outstanding,
        ],
        tiers: row.tiers.clone(),
        stages: row.stages.clone(),
        moves: (row.upgrades, row.downgrades),
        campaigns: results
            .campaigns
            .iter()
            .map(|c| &c.months[row.month as usize])
            .map(|c| {
                (
                    c.contacted,
                    c.held_out,
                    c.capped,
                    c.offers_used,
                    c.face_value_used,
                )
            })
            .collect(),
    }
}

/// The same figures added up from every member's explained month `month`.
fn explained(stories: &[MemberStory], month: u32, tiers: usize, campaigns: usize) -> Figures {
    let mut f = Figures {
        tiers: vec![0; tiers],
        campaigns: vec![Default::default(); campaigns],
        ..Figures::default()
    };
    for story in stories {
        f.enrolled += u64::from(story.join_month <= month as i32);
        f.new_members += u64::from(story.join_month == month as i32);
        let Some(m) = story.months.iter().find(|m| m.month == month) else {
            continue;
        };
        f.alive += u64::from(m.still_customer);
        f.purchases += u64::from(m.purchases);
        f.revenue += m.spend;
        f.discounts += m.discount;
        f.growth_earned += m.growth_earned;
        let points = [
            m.points_earned,
            m.points_redeemed,
            m.points_expired,
            m.points_balance,
        ];
        for (sum, p) in f.points.iter_mut().zip(points) {
            *sum += p;
        }
        f.tiers[m.tier] += 1;
        count_stage(&mut f.stages, m.stage);
        for (from, to) in &m.tier_moves {
            if to > from {
                f.moves.0 += 1;
            } else {
                f.moves.1 += 1;
            }
        }
        for o in &m.offers {
            let c = &mut f.campaigns[o.campaign];
            c.0 += u64::from(o.received);
            c.1 += u64::from(o.held_out);
            c.2 += u64::from(o.capped);
            c.3 += u64::from(o.used);
            c.4 += o.face_value;
        }
    }
    f
}

#[test]
fn every_members_explained_months_add_up_to_the_runs_monthly_rows_and_campaign_reports() {
    let s = hotel(150, 5.0);
    let results = simulate(&s);
    let totals = &results.totals;
    assert!(totals.upgrades > 0 && totals.downgrades > 0, "{totals:?}");
    assert!(totals.points_redeemed > 0, "{totals:?}");
    assert!(results.campaigns.iter().any(|c| c.offers_used > 0));
    // Every member of the run, planned and referred (a referred member's id is made from
    // their referrer's, so ids are not a count).
    let ids: Vec<u64> = watch(&s).into_keys().collect();
    assert_eq!(ids.len() as u64, totals.enrolled);
    let stories: Vec<MemberStory> = ids.iter().map(|&id| story(&s, id)).collect();
    let planned = total_members(&s);
    assert!(
        explain(&s, planned).is_none(),
        "no member after the last planned one"
    );
    let (tiers, campaigns) = (s.tiers.levels.len(), s.campaigns.len());
    for row in &results.months {
        assert_eq!(
            explained(&stories, row.month, tiers, campaigns),
            reported(&results, row),
            "month {}",
            row.month
        );
    }
}
