//! The monthly rows as CSV: one line per month, one column per tier (named after the
//! scenario's tiers). The command line's file names its columns by the ids scripts read
//! (`month`, `tier:Gold`, `revenue`); the page's download names them in the page's language
//! ("Month", "Tier: Gold"; "月序", "等级：Gold"). Both are written by [`crate::csv`].
//!
//! Not for: the UTF-8 byte-order mark Excel wants (the page and the command line add it
//! where the file is written), or the studies' tables (`study`).

use crate::csv::{Cell, Table};
use crate::metrics::{MonthRow, Results};
use crate::words::Lang;

/// A column: its id for scripts, its header in English and in Chinese, and its cell.
struct Column {
    id: &'static str,
    en: &'static str,
    zh: &'static str,
    cell: fn(&MonthRow) -> Cell,
}

const fn column(
    id: &'static str,
    en: &'static str,
    zh: &'static str,
    cell: fn(&MonthRow) -> Cell,
) -> Column {
    Column { id, en, zh, cell }
}

const BEFORE_TIERS: [Column; 12] = [
    column("month", "Month", "月序", |r| Cell::number(r.month)),
    column("calendar_month", "Calendar month", "月份", |r| {
        Cell::text(r.label.clone())
    }),
    column("enrolled", "Enrolled", "累计入会", |r| {
        Cell::number(r.enrolled)
    }),
    column("new_members", "New members", "新增会员", |r| {
        Cell::number(r.new_members)
    }),
    column(
        "alive",
        "Still customers (latent)",
        "仍在消费（潜在）",
        |r| Cell::number(r.alive),
    ),
    column(
        "dropped_out",
        "Dropped out (latent)",
        "已流失（潜在）",
        |r| Cell::number(r.dropped_out),
    ),
    column("active", "Active", "活跃会员", |r| {
        Cell::number(r.active)
    }),
    column("introduction", "Introduction", "引入期", |r| {
        Cell::number(r.stages.introduction)
    }),
    column("growth", "Growth stage", "成长期", |r| {
        Cell::number(r.stages.growth)
    }),
    column("maturity", "Maturity", "成熟期", |r| {
        Cell::number(r.stages.maturity)
    }),
    column("dormant", "Dormant", "沉默期", |r| {
        Cell::number(r.stages.dormant)
    }),
    column("churned", "Churned", "流失期", |r| {
        Cell::number(r.stages.churned)
    }),
];

const AFTER_TIERS: [Column; 29] = [
    column("upgrades", "Upgrades", "升级人数", |r| {
        Cell::number(r.upgrades)
    }),
    column("downgrades", "Downgrades", "降级人数", |r| {
        Cell::number(r.downgrades)
    }),
    column("first_purchases", "First purchases", "首单数", |r| {
        Cell::number(r.first_purchases)
    }),
    column("repeat_purchases", "Repeat purchases", "复购数", |r| {
        Cell::number(r.repeat_purchases)
    }),
    column("gross_sales", "Gross sales", "销售额（折前）", |r| {
        Cell::number(r.gross_sales)
    }),
    column("discounts", "Discounts", "等级折扣", |r| {
        Cell::number(r.discounts)
    }),
    column("revenue", "Revenue", "收入", |r| Cell::number(r.revenue)),
    column("growth_earned", "Growth earned", "发放成长值", |r| {
        Cell::number(r.growth_earned)
    }),
    column("points_issued", "Points issued", "发放积分", |r| {
        Cell::number(r.points_issued)
    }),
    column("points_redeemed", "Points redeemed", "兑换积分", |r| {
        Cell::number(r.points_redeemed)
    }),
    column("points_expired", "Points expired", "过期积分", |r| {
        Cell::number(r.points_expired)
    }),
    column(
        "points_outstanding",
        "Points outstanding",
        "未兑换积分",
        |r| Cell::number(r.points_outstanding),
    ),
    column(
        "rewards_redeemed",
        "Rewards redeemed",
        "兑换次数",
        |r| Cell::number(r.rewards_redeemed),
    ),
    column("reward_cost", "Reward cost", "兑换成本", |r| {
        Cell::number(r.reward_cost)
    }),
    column(
        "reward_cash",
        "Reward cash paid",
        "兑换加价收入",
        |r| Cell::number(r.reward_cash),
    ),
    column(
        "benefit_cost",
        "Tier benefit cost",
        "等级权益成本",
        |r| Cell::number(r.benefit_cost),
    ),
    column(
        "programme_cost",
        "Programme cost",
        "会员计划成本",
        |r| Cell::number(r.programme_cost),
    ),
    column("liability", "Points liability", "积分负债", |r| {
        Cell::number(r.liability)
    }),
    column(
        "expected_breakage_points",
        "Expected breakage (points)",
        "预计沉淀积分",
        |r| Cell::number(r.expected_breakage_points),
    ),
    column(
        "revenue_allocated_to_points",
        "Revenue allocated to points",
        "分摊至积分的收入",
        |r| Cell::number(r.revenue_recognition.allocated),
    ),
    column(
        "expected_redemption_rate",
        "Expected redemption rate (of all points issued)",
        "预计兑换率（占已发放积分）",
        |r| Cell::number(r.revenue_recognition.expected_redemption_rate),
    ),
    column(
        "points_revenue_recognised",
        "Points revenue recognised",
        "已确认积分收入",
        |r| Cell::number(r.revenue_recognition.recognised),
    ),
    column(
        "points_revenue_reversed",
        "Points revenue reversed (estimate of points to be redeemed rose)",
        "冲回的积分收入（预计兑换积分上调）",
        |r| Cell::number(r.revenue_recognition.reversed),
    ),
    column(
        "points_revenue_deferred",
        "Points revenue deferred",
        "递延积分收入",
        |r| Cell::number(r.revenue_recognition.deferred),
    ),
    column(
        "coupon_discounts",
        "Coupon discounts",
        "优惠券抵扣",
        |r| Cell::number(r.coupon_discounts),
    ),
    column("campaign_cost", "Campaign cost", "活动成本", |r| {
        Cell::number(r.campaign_cost)
    }),
    column(
        "incremental_sales",
        "Incremental sales",
        "增量销售额",
        |r| Cell::number(r.incremental_sales),
    ),
    column(
        "incremental_purchases",
        "Incremental purchases",
        "增量消费次数",
        |r| Cell::number(r.incremental_purchases),
    ),
    column(
        "incremental_active",
        "Incremental active members",
        "增量活跃会员",
        |r| Cell::number(r.incremental_active),
    ),
];

/// The monthly rows for scripts (the command line): the columns by id, tier columns
/// `tier:NAME`.
pub fn monthly_csv(results: &Results) -> String {
    table(results, None)
}

/// The monthly rows for a planner reading in `lang` (the page's download): the same
/// columns, their headers in that language, tier columns "Tier: NAME" / "等级：NAME".
pub fn monthly_csv_in(results: &Results, lang: Lang) -> String {
    table(results, Some(lang))
}

fn table(results: &Results, lang: Option<Lang>) -> String {
    let header = |c: &Column| lang.map_or(c.id, |lang| lang.say(c.en, c.zh));
    let tier = |name: &String| match lang {
        None => format!("tier:{name}"),
        Some(lang) => lang.say(format!("Tier: {name}"), format!("等级：{name}")),
    };
    let mut headers: Vec<String> = BEFORE_TIERS.iter().map(|c| header(c).into()).collect();
    headers.extend(results.tier_names.iter().map(tier));
    headers.extend(AFTER_TIERS.iter().map(|c| header(c).into()));
    let mut table = Table::new(headers);
    for row in &results.months {
        let mut cells: Vec<Cell> = BEFORE_TIERS.iter().map(|c| (c.cell)(row)).collect();
        cells.extend(row.tiers.iter().copied().map(Cell::number));
        cells.extend(AFTER_TIERS.iter().map(|c| (c.cell)(row)));
        table.row(cells);
    }
    table.finish()
}
