//! The limits of a scenario: the largest and smallest values its fields may hold, each a
//! planner-facing rule documented in docs/scenario.md ("Limits of a run"), in one place every
//! check (and the reader's messages) can reach without going through another check, and
//! [`scenario_limits`], the same figures as one value for readers outside the crate (the
//! page's editor, through the WASM), so that no one else writes them down again.
//!
//! Not for: checking them (`check`), or the engine's per-month limits (`engine::stop`).

use std::collections::BTreeMap;

use serde::Serialize;

/// Most members a tab can hold: starting members, everyone who joins over the horizon and
/// everyone referral brings (the engine's limit too: `engine::MAX_MEMBERS`).
pub const MAX_MEMBERS: u64 = 5_000_000;
/// Most new members a member still a customer may bring a month: each referred member
/// refers too, so higher rates grow the population out of a tab's reach.
pub(in crate::scenario) const MAX_REFERRALS_PER_MONTH: f64 = 0.2;
/// Longest horizon and longest warm-up, in months (ten years).
pub(in crate::scenario) const MAX_MONTHS: u32 = 120;
pub(in crate::scenario) const MAX_SEGMENTS: usize = 20;
/// Most campaigns in one scenario.
pub(in crate::scenario) const MAX_CAMPAIGNS: usize = 20;
/// Most sliders an embedded view shows.
pub const MAX_SLIDERS: usize = 6;
/// Most tiers a programme may have, the entry tier included (the threshold designer's too).
pub const MAX_TIERS: usize = 10;
/// The engine remembers one-off behaviours in a 32-bit mask; 20 leaves room.
pub(in crate::scenario) const MAX_GROWTH_BEHAVIOURS: usize = 20;
pub(in crate::scenario) const MAX_REWARDS: usize = 50;
/// Longest name (segment, tier, behaviour, reward, scenario), in characters.
pub(in crate::scenario) const MAX_NAME_CHARS: usize = 100;
/// Most purchases per month of an average member of a segment.
pub(in crate::scenario) const MAX_PURCHASES_PER_MONTH: f64 = 60.0;
/// Largest average order value, in currency units: 60 purchases a month at this average
/// stay well under the most one member may spend in a month (`engine::MAX_SPEND_A_MONTH`).
pub(in crate::scenario) const MAX_ORDER_VALUE: f64 = 100_000.0;
/// Largest amount of money a threshold or budget may hold (spend thresholds, campaign
/// budgets), in currency units: compared with totals, never added up.
pub(in crate::scenario) const MAX_AMOUNT: f64 = 1_000_000_000.0;
/// Largest amount of money the programme may give or charge one member at a time (a
/// reward's cost or cash, a tier's benefit cost a month, a contact, a coupon, a gift, a
/// referral reward, the cost of a point), in currency units. A member's month then holds at
/// most 63 of them (one benefit, one reward, and from each of 20 campaigns a contact and two
/// offers used) plus one per referral, within what the programme may give one member in a
/// month (`engine::MAX_GIVEN_A_MONTH`, ¥100,000,000), which keeps every total of a
/// 5,000,000-member, 120-month run in whole cents inside an i64.
pub(in crate::scenario) const MAX_AMOUNT_PER_MEMBER: f64 = 1_000_000.0;
/// Most points a points field may give one member at a time (a campaign's bonus points or
/// most extra points, the referral points, a reward's points): a member's month then holds
/// at most 40 of them from campaigns plus one per referral, within the most points one
/// member earns in a month (`engine::MAX_POINTS_A_MONTH`, 10,000,000,000), which keeps
/// every points total of a 5,000,000-member, 120-month run inside a u64.
pub(in crate::scenario) const MAX_POINTS_PER_MEMBER: u64 = 100_000_000;
/// Most points a campaign's points budget may hold: more than 5,000,000 members given two
/// offers of the most bonus points each can commit in a month, so a larger budget never
/// binds.
pub(in crate::scenario) const MAX_POINTS_BUDGET: u64 = 1_000_000_000_000_000;
/// Most growth one action of a behaviour may give: 20 behaviours at a few hundred actions a
/// month stay within the most growth one member earns in a month (10,000,000,000).
pub(in crate::scenario) const MAX_GROWTH_PER_ACTION: u64 = 1_000_000;
/// Most growth or points a member can earn per currency unit.
pub(in crate::scenario) const MAX_PER_CURRENCY_UNIT: f64 = 1_000.0;
/// Longest grace period and longest points pending period, in months.
pub(in crate::scenario) const MAX_GRACE_MONTHS: u32 = 24;
pub(in crate::scenario) const MAX_PENDING_MONTHS: u32 = 24;
/// Earliest and latest calendar year a scenario may start in.
pub(in crate::scenario) const YEARS: (i32, i32) = (1900, 2200);
/// Active window, in days (five years), and the churn window's ceiling (ten years).
pub(in crate::scenario) const MAX_ACTIVE_WINDOW_DAYS: u32 = 1_826;
pub(in crate::scenario) const MAX_CHURN_DAYS: u32 = 3_653;
/// Longest a campaign's offer stays valid, in days (ten years).
pub(in crate::scenario) const MAX_VALIDITY_DAYS: u32 = 3_653;
/// Longest window of an audience's trailing spend, in months (a year).
pub(in crate::scenario) const MAX_TRAILING_MONTHS: u32 = 12;
/// How far segment shares may be from adding up to 1.
pub(in crate::scenario) const SHARE_TOLERANCE: f64 = 1e-6;

/// "No upper end" in an audience's range (`max` of `purchases`, `total_spend`, …): the
/// largest value a count holds, an amount of money no member spends (10^12), and the most
/// points the page's numbers hold exactly (2^53 − 1).
pub(in crate::scenario) const OPEN_END_COUNT: u32 = u32::MAX;
pub(in crate::scenario) const OPEN_END_AMOUNT: f64 = 1e12;
pub(in crate::scenario) const OPEN_END_POINTS: u64 = 9_007_199_254_740_991;

/// The limits above as one value, for an editor that shows them before any check runs
/// (inputs that refuse what the checks would, an Add button that stops at the most a list
/// holds). JSON paths name the fields as problems do, with `[]` for any item of a list.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ScenarioLimits {
    /// Longest name of anything the scenario names (itself, segments, tiers, behaviours,
    /// rewards, campaigns, a slider's label), in characters.
    pub name_chars: usize,
    /// How many items each list may hold, by the list's JSON path.
    pub lists: BTreeMap<&'static str, Count>,
    /// The range of each whole-number field the checks hold to fixed ends, by JSON path.
    pub whole: BTreeMap<&'static str, Ends>,
    /// The most new members a member may refer a month.
    pub referrals_per_month: f64,
    /// How far segment shares may be from adding up to 1.
    pub share_tolerance: f64,
    /// What "no upper end" is in an audience's range, by the kind of number it counts.
    pub open_end: OpenEnds,
}

/// Fewest and most items of a list.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Count {
    pub min: usize,
    pub max: usize,
}

/// Lowest and highest value of a whole-number field, both allowed.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Ends {
    pub min: i64,
    pub max: i64,
}

/// "No upper end" in an audience's range.
#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct OpenEnds {
    /// Days, purchases, months.
    pub count: u32,
    /// Money, in currency units.
    pub amount: f64,
    /// Points.
    pub points: u64,
}

/// Every limit an editor shows, from the constants the checks use.
pub fn scenario_limits() -> ScenarioLimits {
    let count = |min, max| Count { min, max };
    let ends = |min: i64, max: i64| Ends { min, max };
    let months = i64::from(MAX_MONTHS);
    ScenarioLimits {
        name_chars: MAX_NAME_CHARS,
        lists: BTreeMap::from([
            ("population.segments", count(1, MAX_SEGMENTS)),
            ("tiers.levels", count(1, MAX_TIERS)),
            ("growth.behaviours", count(0, MAX_GROWTH_BEHAVIOURS)),
            ("points.rewards", count(0, MAX_REWARDS)),
            ("campaigns", count(0, MAX_CAMPAIGNS)),
            ("embed.sliders", count(0, MAX_SLIDERS)),
        ]),
        whole: BTreeMap::from([
            ("horizon.months", ends(1, months)),
            (
                "horizon.start_year",
                ends(i64::from(YEARS.0), i64::from(YEARS.1)),
            ),
            ("horizon.start_month", ends(1, 12)),
            ("population.starting_members", ends(0, i64::from(u32::MAX))),
            ("population.history.warmup_months", ends(1, months)),
            (
                "lifecycle.active_window_days",
                ends(1, i64::from(MAX_ACTIVE_WINDOW_DAYS)),
            ),
            ("tiers.grace_months", ends(0, i64::from(MAX_GRACE_MONTHS))),
            (
                "points.pending_months",
                ends(0, i64::from(MAX_PENDING_MONTHS)),
            ),
            ("points.expiry.months", ends(1, months)),
            (
                "campaigns[].schedule.validity_days",
                ends(1, i64::from(MAX_VALIDITY_DAYS)),
            ),
            (
                "campaigns[].audience.months",
                ends(1, i64::from(MAX_TRAILING_MONTHS)),
            ),
        ]),
        referrals_per_month: MAX_REFERRALS_PER_MONTH,
        share_tolerance: SHARE_TOLERANCE,
        open_end: OpenEnds {
            count: OPEN_END_COUNT,
            amount: OPEN_END_AMOUNT,
            points: OPEN_END_POINTS,
        },
    }
}
