//! Every word the study charts show (comparisons, replication bands, sweeps, tornados), in
//! English and in Simplified Chinese, side by side so that a missing translation shows as a
//! compile error; and the planner's names of the KPIs and of the tornado's assumptions.
//!
//! Not for: the words of a single run's charts (`chart::labels`), or scenario and tier names
//! (they come from the scenarios).

use super::Lang;

/// The words of one language.
pub struct StudyLabels {
    /// Comparison titles, one per main series: active members, revenue, programme cost,
    /// liability.
    pub compare_titles: [&'static str; 4],
    pub compare_tier_shares_title: &'static str,
    /// Replication titles, one per main series, in the same order.
    pub bands_titles: [&'static str; 4],
    pub differences_title: &'static str,

    // Sweep and tornado titles; `{}` is the swept parameter, the KPI, the change.
    pub sweep_members_title: &'static str,
    pub sweep_money_title: &'static str,
    pub tornado_title: &'static str,

    // Axis titles.
    pub active_members_axis: &'static str,
    pub tier_share_axis: &'static str,
    pub active_at_end_axis: &'static str,
    pub tier_share_at_end_axis: &'static str,
    pub money_total_axis: &'static str,
    pub roi_axis: &'static str,
    pub difference_axis: &'static str,
    pub kpi_axis: &'static str,
    pub assumption_axis: &'static str,

    // Legend and notes.
    /// "Line: median (P50); shaded: P10–P90 of {} seeds".
    pub bands_lead: &'static str,
    /// "Dot: median; line: P10–P90 of the paired differences".
    pub differences_lead: &'static str,
    pub scenario_value: &'static str,
    pub base_value: &'static str,
    pub lowered: &'static str,
    pub raised: &'static str,
    pub nothing_to_compare: &'static str,
    pub no_steps_ran: &'static str,
    pub no_assumptions: &'static str,

    /// The KPIs, by their names in `study::kpis`; a tier's share is `tier_share`.
    pub kpis: [(&'static str, &'static str); 12],
    /// "Share in {}" (the tier's name).
    pub tier_share: &'static str,
    /// The tornado's assumptions, by their names in `study::tornado`.
    pub assumptions: [(&'static str, &'static str); 10],
}

const EN: StudyLabels = StudyLabels {
    compare_titles: [
        "Active members per month, by scenario",
        "Revenue per month, by scenario",
        "Programme cost per month, by scenario",
        "Points liability, by scenario",
    ],
    compare_tier_shares_title: "Share of members in each tier, by scenario",
    bands_titles: [
        "Active members per month: P10–P90 over the seeds",
        "Revenue per month: P10–P90 over the seeds",
        "Programme cost per month: P10–P90 over the seeds",
        "Points liability: P10–P90 over the seeds",
    ],
    differences_title: "Difference from A, paired by seed (P10–P90)",

    sweep_members_title: "Members and tiers at the end against {}",
    sweep_money_title: "Revenue, cost and return against {}",
    tornado_title: "What moves {}: each assumption {}",

    active_members_axis: "↑ Active members",
    tier_share_axis: "↑ Share of members (%)",
    active_at_end_axis: "↑ Active members at the end",
    tier_share_at_end_axis: "↑ Share in tier at the end (%)",
    money_total_axis: "↑ ¥ over the horizon",
    roi_axis: "↑ ROI (%)",
    difference_axis: "Difference from A (% of A's median) →",
    kpi_axis: "KPI",
    assumption_axis: "Assumption",

    bands_lead: "Line: median (P50); shaded: P10–P90 of {} seeds.",
    differences_lead: "Dot: median; line: P10–P90.",
    scenario_value: "The scenario's value",
    base_value: "As given",
    lowered: "Lowered",
    raised: "Raised",
    nothing_to_compare: "Nothing to compare yet",
    no_steps_ran: "No step of the sweep could run",
    no_assumptions: "No assumption to move",

    kpis: [
        ("active_members_at_end", "Active members at the end"),
        ("retention_at_end", "Retention at the end"),
        ("upgrades", "Upgrades"),
        ("downgrades", "Downgrades"),
        ("points_outstanding_at_end", "Points outstanding at the end"),
        ("liability_at_end", "Points liability at the end"),
        ("breakage_rate", "Breakage rate"),
        ("revenue", "Revenue"),
        ("programme_cost", "Programme cost"),
        ("incremental_sales", "Incremental sales"),
        ("incremental_profit", "Incremental profit"),
        ("roi", "ROI"),
    ],
    tier_share: "Share in {}",
    assumptions: [
        ("purchase_rate", "Purchase rate"),
        ("dropout", "Dropout"),
        ("spend_per_purchase", "Spend per purchase"),
        ("new_members_per_month", "New members per month"),
        ("tier_purchase_rate_uplift", "Tier purchase uplift"),
        ("tier_dropout_reduction", "Tier dropout reduction"),
        ("redemption_per_month", "Redemption per month"),
        ("goal_gradient_uplift", "Goal-gradient uplift"),
        ("cost_per_point", "Cost per point"),
        ("gross_margin", "Gross margin"),
    ],
};

const ZH_CN: StudyLabels = StudyLabels {
    compare_titles: [
        "各方案每月活跃会员",
        "各方案每月收入",
        "各方案每月会员计划成本",
        "各方案积分负债",
    ],
    compare_tier_shares_title: "各方案各等级会员占比",
    bands_titles: [
        "每月活跃会员：多次模拟的 P10–P90",
        "每月收入：多次模拟的 P10–P90",
        "每月会员计划成本：多次模拟的 P10–P90",
        "积分负债：多次模拟的 P10–P90",
    ],
    differences_title: "与方案 A 的差异（按随机种子配对，P10–P90）",

    sweep_members_title: "期末会员与等级随 {} 的变化",
    sweep_money_title: "收入、成本与回报随 {} 的变化",
    tornado_title: "影响{}的因素：各假设{}",

    active_members_axis: "↑ 活跃会员",
    tier_share_axis: "↑ 会员占比（%）",
    active_at_end_axis: "↑ 期末活跃会员",
    tier_share_at_end_axis: "↑ 期末等级占比（%）",
    money_total_axis: "↑ 全期金额（¥）",
    roi_axis: "↑ 投资回报率（%）",
    difference_axis: "与 A 的差异（占 A 中位数的 %）→",
    kpi_axis: "指标",
    assumption_axis: "假设",

    bands_lead: "线：中位数（P50）；阴影：{} 个随机种子的 P10–P90。",
    differences_lead: "点：中位数；线：P10–P90。",
    scenario_value: "方案当前取值",
    base_value: "原值",
    lowered: "调低",
    raised: "调高",
    nothing_to_compare: "暂无可比较的内容",
    no_steps_ran: "扫描的各步均无法运行",
    no_assumptions: "没有可调整的假设",

    kpis: [
        ("active_members_at_end", "期末活跃会员"),
        ("retention_at_end", "期末留存率"),
        ("upgrades", "升级人次"),
        ("downgrades", "降级人次"),
        ("points_outstanding_at_end", "期末未兑换积分"),
        ("liability_at_end", "期末积分负债"),
        ("breakage_rate", "积分沉淀率"),
        ("revenue", "收入"),
        ("programme_cost", "会员计划成本"),
        ("incremental_sales", "增量销售额"),
        ("incremental_profit", "增量利润"),
        ("roi", "投资回报率"),
    ],
    tier_share: "{}占比",
    assumptions: [
        ("purchase_rate", "购买频次"),
        ("dropout", "流失倾向"),
        ("spend_per_purchase", "客单价"),
        ("new_members_per_month", "每月新会员"),
        ("tier_purchase_rate_uplift", "等级购买频次提升"),
        ("tier_dropout_reduction", "等级流失降低"),
        ("redemption_per_month", "每月兑换概率"),
        ("goal_gradient_uplift", "目标梯度提升"),
        ("cost_per_point", "每积分成本"),
        ("gross_margin", "毛利率"),
    ],
};

/// The words for `lang`.
pub fn study_labels(lang: Lang) -> &'static StudyLabels {
    lang.say(&EN, &ZH_CN)
}

/// `template` with each `{}` replaced by the next of `values`.
pub fn fill(template: &str, values: &[&str]) -> String {
    let mut parts = template.split("{}");
    let mut text = parts.next().unwrap_or_default().to_string();
    for (i, part) in parts.enumerate() {
        text.push_str(values.get(i).copied().unwrap_or_default());
        text.push_str(part);
    }
    text
}

impl StudyLabels {
    /// The planner's name of a KPI: `share_in_tier_2` is named after the tier (from
    /// `tier_names`, entry tier first); an unknown name is shown as it is.
    pub fn kpi(&self, name: &str, tier_names: &[String]) -> String {
        if let Some(k) = name.strip_prefix("share_in_tier_") {
            let tier = k
                .parse::<usize>()
                .ok()
                .and_then(|k| tier_names.get(k).cloned())
                .unwrap_or_else(|| format!("#{k}"));
            // A Latin name is set off from Chinese words by a space ("Gold 占比").
            let after = self.tier_share.split("{}").nth(1).unwrap_or_default();
            let latin_then_wide = tier.ends_with(|c: char| c.is_ascii_alphanumeric())
                && after.starts_with(|c: char| !c.is_ascii());
            let tier = if latin_then_wide {
                format!("{tier} ")
            } else {
                tier
            };
            return fill(self.tier_share, &[&tier]);
        }
        lookup(&self.kpis, name)
    }

    /// The planner's name of a tornado assumption.
    pub fn assumption(&self, name: &str) -> String {
        lookup(&self.assumptions, name)
    }
}

fn lookup(table: &[(&str, &str)], name: &str) -> String {
    table
        .iter()
        .find(|(key, _)| *key == name)
        .map_or(name, |(_, words)| *words)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_are_filled_in_order_and_missing_values_leave_nothing() {
        assert_eq!(
            fill("What moves {}: {}", &["ROI", "±20%"]),
            "What moves ROI: ±20%"
        );
        assert_eq!(fill("{} seeds", &[]), " seeds");
    }
}
