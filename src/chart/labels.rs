//! Every word the charts show, in English and in Simplified Chinese, side by side so that
//! a missing translation shows as a compile error.
//!
//! Axis titles carry their unit and point along their axis the way Observable Plot's do
//! ("↑ Members", "Month →"). Tier names and month labels come from the results, not from
//! here.

use crate::words::Lang;

/// The words of one language.
pub struct Labels {
    // Titles, one per chart kind.
    pub members_title: &'static str,
    pub lifecycle_title: &'static str,
    pub tiers_title: &'static str,
    pub tier_moves_title: &'static str,
    pub retention_title: &'static str,
    pub cohort_heatmap_title: &'static str,
    pub points_title: &'static str,
    pub money_title: &'static str,

    // Axis titles.
    pub month_axis: &'static str,
    pub months_since_joining_axis: &'static str,
    pub members_axis: &'static str,
    pub moves_axis: &'static str,
    pub active_share_axis: &'static str,
    pub join_month_axis: &'static str,
    pub points_axis: &'static str,
    pub liability_axis: &'static str,
    pub money_axis: &'static str,

    // Series.
    pub enrolled: &'static str,
    pub alive_latent: &'static str,
    pub active: &'static str,
    /// Introduction, growth, maturity, dormant, churned.
    pub stages: [&'static str; 5],
    pub upgrades: &'static str,
    pub downgrades: &'static str,
    pub cohort_lead: &'static str,
    pub average: &'static str,
    pub active_share: &'static str,
    pub issued: &'static str,
    pub redeemed: &'static str,
    pub expired: &'static str,
    pub liability: &'static str,
    pub revenue: &'static str,
    pub programme_cost: &'static str,

    // Notes.
    pub no_months: &'static str,
    pub no_cohorts: &'static str,
    pub could_not_draw: &'static str,
}

const EN: Labels = Labels {
    members_title: "Members: enrolled, alive and active",
    lifecycle_title: "Members by lifecycle stage",
    tiers_title: "Members by tier",
    tier_moves_title: "Tier upgrades and downgrades per month",
    retention_title: "Retention by join month",
    cohort_heatmap_title: "Cohort retention: share of each join month still active",
    points_title: "Points issued, redeemed and expired, and the points liability",
    money_title: "Revenue and programme cost per month",

    month_axis: "Month →",
    months_since_joining_axis: "Months since joining →",
    members_axis: "↑ Members",
    moves_axis: "↑ Members moved (downgrades below zero)",
    active_share_axis: "↑ Active (% of cohort)",
    join_month_axis: "↓ Join month",
    points_axis: "↑ Points per month",
    liability_axis: "↑ Liability (¥)",
    money_axis: "↑ ¥ per month",

    enrolled: "Enrolled",
    alive_latent: "Alive (latent)",
    active: "Active",
    stages: ["Introduction", "Growth", "Maturity", "Dormant", "Churned"],
    upgrades: "Upgrades",
    downgrades: "Downgrades",
    cohort_lead: "Joined:",
    average: "All cohorts",
    active_share: "Active share",
    issued: "Issued",
    redeemed: "Redeemed",
    expired: "Expired",
    liability: "Liability",
    revenue: "Revenue",
    programme_cost: "Programme cost",

    no_months: "No months to show",
    no_cohorts: "No cohort has members yet",
    could_not_draw: "Could not draw this chart",
};

const ZH_CN: Labels = Labels {
    members_title: "会员规模：累计注册、存活与活跃",
    lifecycle_title: "会员生命周期分布",
    tiers_title: "会员等级分布",
    tier_moves_title: "每月会员升级与降级",
    retention_title: "按入会月份的留存曲线",
    cohort_heatmap_title: "同期群留存：各入会月份仍活跃的占比",
    points_title: "积分发放、兑换、过期与积分负债",
    money_title: "每月收入与会员计划成本",

    month_axis: "月份 →",
    months_since_joining_axis: "入会后月数 →",
    members_axis: "↑ 会员数",
    moves_axis: "↑ 变动人数（降级在零线以下）",
    active_share_axis: "↑ 活跃占比（%）",
    join_month_axis: "↓ 入会月份",
    points_axis: "↑ 每月积分",
    liability_axis: "↑ 积分负债（¥）",
    money_axis: "↑ 每月金额（¥）",

    enrolled: "累计注册",
    alive_latent: "存活（潜在）",
    active: "活跃",
    stages: ["引入期", "成长期", "成熟期", "沉默期", "流失期"],
    upgrades: "升级",
    downgrades: "降级",
    cohort_lead: "入会月份：",
    average: "全部同期群",
    active_share: "活跃占比",
    issued: "发放",
    redeemed: "兑换",
    expired: "过期",
    liability: "积分负债",
    revenue: "收入",
    programme_cost: "会员计划成本",

    no_months: "没有可显示的月份",
    no_cohorts: "尚无入会会员",
    could_not_draw: "无法绘制此图表",
};

/// The words for `lang`.
pub fn labels(lang: Lang) -> &'static Labels {
    lang.say(&EN, &ZH_CN)
}
