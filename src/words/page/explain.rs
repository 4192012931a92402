//! Explain a member: the member's story month by month, in English and in Simplified Chinese side by side.

use super::Words;

pub(super) const WORDS: &[Words] = words! {
    "explain.failedInGrace" => "Missed the {tier} review again ({growth} < {keep}): grace months left: {left}.",
        "{tier} 评级仍未达标（{growth} < {keep}）：宽限期还剩 {left} 个月。";
    "explain.title" => "Explain a member",
        "会员轨迹解读";
    "explain.byId" => "Member id",
        "会员编号";
    "explain.show" => "Explain",
        "查看";
    "explain.almost" => "A member who almost reached",
        "差一点达到";
    "explain.find" => "Find one",
        "找一位";
    "explain.working" => "Working…",
        "计算中…";
    "explain.noneAlmost" => "Nobody came close to {tier} without reaching it.",
        "没有会员接近 {tier} 而未达到。";
    "explain.needRun" => "Run the scenario first.",
        "请先运行方案。";
    "explain.summary" => "Member {id} ({segment}) joined in {joined}. While a customer they buy about {rate} times a month and spend about {spend} a purchase; after each repeat purchase there is a {dropout} chance they stop for good.",
        "会员 {id}（{segment}）于 {joined} 入会。仍在消费时每月约消费 {rate} 次，客单价约 {spend}；每次复购后有 {dropout} 的概率永久流失。";
    "explain.ended" => "At the end of the horizon: {tier}, {points} points, {stage}{alive}.",
        "期末：{tier}，{points} 积分，{stage}{alive}。";
    "explain.stillCustomer" => ", still a customer",
        "，仍是顾客";
    "explain.lost" => ", no longer a customer (the CRM cannot see this)",
        "，已流失（CRM 看不到这一点）";
    "explain.closest" => "Closest to {tier}: in {label} (month {month}) they had {growth} qualifying growth and needed {shortfall} more by the review in month {review}.",
        "最接近 {tier} 的时候：{label}（第 {month} 个月）定级成长值 {growth}，距第 {review} 个月的评级还差 {shortfall}。";
    "explain.closestNoReview" => "Closest to {tier}: in {label} (month {month}) they had {growth} qualifying growth and needed {shortfall} more.",
        "最接近 {tier} 的时候：{label}（第 {month} 个月）定级成长值 {growth}，还差 {shortfall}。";
    "explain.upgrade" => "Upgraded {from} → {to}: qualifying growth {growth} reached the {to} threshold of {threshold}.",
        "升级 {from} → {to}：定级成长值 {growth} 达到 {to} 门槛 {threshold}。";
    "explain.downgrade" => "Downgraded {from} → {to}: qualifying growth {growth} was below the {from} keep threshold of {keep} at the review.",
        "降级 {from} → {to}：评级时定级成长值 {growth} 低于 {from} 保级门槛 {keep}。";
    "explain.move" => "Moved {from} → {to}.",
        "等级变动 {from} → {to}。";
    "explain.offerReceived" => "Received the offer “{name}”.",
        "收到活动“{name}”的优惠。";
    "explain.offerHeldOut" => "Eligible for “{name}” but in its control group: no offer.",
        "符合“{name}”条件，但属于对照组，未发放。";
    "explain.offerCapped" => "Eligible for “{name}” but not sent: its budget or per-member limit was used up.",
        "符合“{name}”条件，但预算或每人上限已用完，未发放。";
    "explain.offerUsed" => "Used “{name}”: {value} off.",
        "使用了“{name}”：优惠 {value}。";
    "explain.offerUsedPoints" => "Used “{name}”: {points} points.",
        "使用了“{name}”：{points} 积分。";
    "explain.reviewPassed" => "Kept {tier} at the review: {growth} growth ≥ {keep}.",
        "评级保住 {tier}：成长值 {growth} ≥ {keep}。";
    "explain.grace" => "Missed the {tier} review ({growth} < {keep}): keeps the tier during the grace period.",
        "{tier} 评级未达标（{growth} < {keep}）：宽限期内保留等级。";
    "explain.needed" => "Needed {shortfall} more growth for {tier} by the review in month {review}.",
        "距 {tier} 还差 {shortfall} 成长值，评级在第 {review} 个月。";
    "explain.neededNoReview" => "Needed {shortfall} more growth for {tier}.",
        "距 {tier} 还差 {shortfall} 成长值。";
    "explain.joinedBefore" => "before month 0 ({label})",
        "第 0 个月之前（{label}）";
};
