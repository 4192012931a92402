//! Checking who the members are: the intake and each segment's share and behaviour (the
//! papers' parameters or the planner's description).
//!
//! What it is for: [`population`], called by [`crate::scenario::validate`], and the numbers its
//! messages print. What it is not for: drawing members (`crate::population`) or the
//! programme's rules (`check::programme`).

use crate::behaviour::{
    BehaviourModel, BgNbd, GammaGamma, PlannerBehaviour, SegmentBehaviour, WEEKS_PER_MONTH,
};
use crate::scenario::check::checks::{Checks, Range};
use crate::scenario::limits::{
    MAX_MONTHS, MAX_ORDER_VALUE, MAX_PURCHASES_PER_MONTH, MAX_SEGMENTS, SHARE_TOLERANCE,
};
use crate::scenario::wording::short;
use crate::scenario::{History, Population, Segment};

/// Who the members are: segments and intake; true if the intake can be counted (how many
/// members a tab can hold is checked in `check::members`).
pub(in crate::scenario) fn population(check: &mut Checks, population: &Population) -> bool {
    let intake_ok = check.number(
        "population.new_members_per_month",
        population.new_members_per_month,
        Range::at_least(0.0),
    );
    let growth_ok = check.share(
        "population.acquisition_growth_per_month",
        population.acquisition_growth_per_month,
        Range::from_to(-0.5, 1.0),
    );
    if let History::ExistingProgramme { warmup_months } = population.history {
        check.whole(
            "population.history.warmup_months",
            warmup_months,
            1,
            MAX_MONTHS,
        );
    }
    segments(check, &population.segments);
    intake_ok && growth_ok
}

/// Segments: 1–20, named, shares in (0, 1] adding up to 1, behaviour in range.
fn segments(check: &mut Checks, segments: &[Segment]) {
    if segments.is_empty() {
        check.fail(
            "population.segments",
            "the population needs at least one segment",
            "会员群体至少需要一个分层",
        );
        return;
    }
    check.names(
        "population.segments",
        segments.iter().map(|s| s.name.as_str()),
        ("segment", "分层"),
        MAX_SEGMENTS,
    );
    let mut shares_ok = true;
    for (i, segment) in segments.iter().enumerate() {
        let path = format!("population.segments[{i}]");
        shares_ok &= check.share(
            &format!("{path}.share"),
            segment.share,
            Range::above_to(0.0, 1.0),
        );
        let path = format!("{path}.behaviour");
        match &segment.behaviour {
            SegmentBehaviour::Model(model) => model_behaviour(check, &path, model),
            SegmentBehaviour::Planner(planner) => planner_behaviour(check, &path, planner),
        }
    }
    let total: f64 = segments.iter().map(|s| s.share).sum();
    if shares_ok && (total - 1.0).abs() > SHARE_TOLERANCE {
        let (sum, whole) = (
            check.wording.computed(total, true),
            check.wording.value(1.0, true),
        );
        check.fail(
            "population.segments",
            format!("the shares add up to {sum}; they must add up to {whole}"),
            format!("各分层占比合计为 {sum}，须合计为 {whole}"),
        );
    }
}

/// The papers' parameters: BG/NBD r, α, a, b > 0; Gamma-Gamma p > 0, q > 1, γ > 0; and
/// what they imply kept within what the planner form allows.
fn model_behaviour(check: &mut Checks, path: &str, model: &BehaviourModel) {
    let BgNbd { r, alpha, a, b } = model.purchases;
    let purchases = format!("{path}.purchases");
    let mut purchases_ok = true;
    for (field, value) in [("r", r), ("alpha", alpha), ("a", a), ("b", b)] {
        purchases_ok &= check.number(&format!("{purchases}.{field}"), value, Range::above(0.0));
    }
    if purchases_ok {
        let per_month = r / alpha * WEEKS_PER_MONTH;
        if !per_month.is_finite() || per_month > MAX_PURCHASES_PER_MONTH {
            check.fail(
                &purchases,
                format!(
                    "r / α means {} purchases a month for an average member; at most {} can be simulated",
                    short(per_month),
                    MAX_PURCHASES_PER_MONTH
                ),
                format!(
                    "按 r / α，平均每位会员每月消费 {} 次；最多只能模拟 {} 次",
                    short(per_month),
                    MAX_PURCHASES_PER_MONTH
                ),
            );
        }
    }
    let GammaGamma { p, q, gamma } = model.spend;
    let spend = format!("{path}.spend");
    let p_ok = check.number(&format!("{spend}.p"), p, Range::above(0.0));
    let q_ok = check.number_because(
        &format!("{spend}.q"),
        q,
        Range::above(1.0),
        (
            "the mean spend pγ / (q − 1) needs q above 1",
            "平均客单价 pγ / (q − 1) 要求 q 大于 1",
        ),
    );
    let gamma_ok = check.number(&format!("{spend}.gamma"), gamma, Range::above(0.0));
    if p_ok && q_ok && gamma_ok {
        let mean = model.spend.mean_spend();
        if !mean.is_finite() || mean > MAX_ORDER_VALUE {
            check.fail(
                &spend,
                format!(
                    "pγ / (q − 1) means an average order value of {}; at most {} is allowed",
                    short(mean),
                    MAX_ORDER_VALUE
                ),
                format!(
                    "按 pγ / (q − 1)，平均客单价为 {}；最多允许 {}",
                    short(mean),
                    MAX_ORDER_VALUE
                ),
            );
        }
    }
}

/// The planner's form: the brief's ranges, then the model it maps to must be usable.
fn planner_behaviour(check: &mut Checks, path: &str, planner: &PlannerBehaviour) {
    let field = |name: &str| format!("{path}.{name}");
    let mut ok = check.number(
        &field("purchases_per_month"),
        planner.purchases_per_month,
        Range::above_to(0.0, MAX_PURCHASES_PER_MONTH),
    );
    ok &= check.number(
        &field("purchase_rate_spread"),
        planner.purchase_rate_spread,
        Range::from_to(0.1, 5.0),
    );
    ok &= check.share(
        &field("lost_per_year"),
        planner.lost_per_year,
        Range::between(0.0, 1.0),
    );
    ok &= check.number(
        &field("average_order_value"),
        planner.average_order_value,
        Range::above_to(0.0, MAX_ORDER_VALUE),
    );
    ok &= check.number(
        &field("order_value_spread"),
        planner.order_value_spread,
        Range::from_to(0.05, 3.0),
    );
    ok &= check.number(
        &field("dropout_concentration"),
        planner.dropout_concentration,
        Range::above(0.0),
    );
    ok &= check.number_because(
        &field("spend_rate_shape"),
        planner.spend_rate_shape,
        Range::above(1.0),
        (
            "the average order value pγ / (q − 1) needs q above 1",
            "平均客单价 pγ / (q − 1) 要求 q 大于 1",
        ),
    );
    if !ok {
        return;
    }
    // Extreme but in-range combinations can round the dropout chance per purchase to 0 or 1.
    let BgNbd { alpha, a, b, .. } = planner.to_model().purchases;
    let positive = |value: f64| value.is_finite() && value > 0.0;
    if !positive(a) {
        let lost = check.wording.value(planner.lost_per_year, true);
        check.fail(
            &field("lost_per_year"),
            format!(
                "{lost} is too small to model at {} purchases a month: the chance of dropping out after a purchase rounds to 0",
                planner.purchases_per_month
            ),
            format!(
                "在每月消费 {} 次时，{lost} 太小而无法建模：每次消费后流失的概率四舍五入为 0",
                planner.purchases_per_month
            ),
        );
    } else if !positive(b) || !positive(alpha) {
        let lost = check.wording.value(planner.lost_per_year, true);
        check.fail(
            path,
            format!(
                "members who buy {} times a month and of whom {lost} are lost each year would drop out at almost every purchase; raise purchases per month or lower the share lost",
                planner.purchases_per_month
            ),
            format!(
                "每月消费 {} 次、每年流失 {lost} 的会员几乎每次消费后都会流失；请提高每月消费次数或降低年流失率",
                planner.purchases_per_month
            ),
        );
    }
}
