//! The limits of a scenario: the largest and smallest values its fields may hold, each a
//! planner-facing rule documented in docs/scenario.md ("Limits of a run"), in one place every
//! check (and the reader's messages) can reach without going through another check.
//!
//! Not for: checking them (`check`), or the engine's per-month limits (`engine::stop`).

/// Most members a tab can hold: starting members, everyone who joins over the horizon and
/// everyone referral brings (the engine's limit too: `engine::MAX_MEMBERS`).
pub const MAX_MEMBERS: u64 = 5_000_000;
/// Most new members a member still a customer may bring a month: each referred member
/// refers too, so higher rates grow the population out of a tab's reach.
pub(in crate::scenario) const MAX_REFERRALS_PER_MONTH: f64 = 0.2;
/// Longest horizon and longest warm-up, in months (ten years).
pub(in crate::scenario) const MAX_MONTHS: u32 = 120;
pub(in crate::scenario) const MAX_SEGMENTS: usize = 20;
pub(in crate::scenario) const MAX_TIERS: usize = 10;
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
/// How far segment shares may be from adding up to 1.
pub(in crate::scenario) const SHARE_TOLERANCE: f64 = 1e-6;
