//! The sentences a run's results call for beside its charts and tables, in the page's
//! language: for each campaign, what its hold-out test can tell and what it cannot.
//!
//! Not for: the charts' own words (`labels.rs`) or the page's fixed labels (`www/js`).

use crate::metrics::{CampaignReport, Results};
use crate::words::format::{count, money};
use crate::words::Lang;

/// One sentence per campaign, in the order of the results, on its hold-out test.
pub fn campaign_notes(results: &Results, lang: Lang) -> Vec<String> {
    results
        .campaigns
        .iter()
        .map(|c| holdout_verdict(c, lang))
        .collect()
}

/// What the campaign's hold-out test says: its 95% interval, whether that interval leaves
/// out zero, and the smallest effect a test of that size would detect.
pub fn holdout_verdict(report: &CampaignReport, lang: Lang) -> String {
    let Some(test) = &report.holdout_test else {
        return lang.say(
            "No hold-out test: it needs at least two members in the treated group and two held out (set a hold-out share above 0).".into(),
            "无法做对照组测试：实验组和对照组各需至少 2 名会员（请把对照组比例设为大于 0）。".into(),
        );
    };
    let m = |x: crate::money::Money| money(x.units(), lang);
    let (low, high, mde) = (
        m(test.interval_low),
        m(test.interval_high),
        m(test.minimum_detectable_effect),
    );
    let held = count(test.holdout_members as f64, lang);
    let treated = count(test.treated_members as f64, lang);
    if test.can_tell {
        lang.say(
            format!("The hold-out test can tell this effect from chance: its 95% interval, {low} to {high}, leaves out zero ({held} members held out against {treated} treated; it detects effects of {mde} or more)."),
            format!("对照组测试能把这一效果与偶然波动区分开：95% 置信区间 {low} 至 {high}，不含 0（对照组 {held} 人，实验组 {treated} 人；可检测到 {mde} 及以上的效果）。"),
        )
    } else {
        lang.say(
            format!("The hold-out cannot tell whether this campaign adds sales: its 95% interval, {low} to {high}, includes zero. With {held} members held out against {treated} treated it detects only effects of {mde} or more (the minimum detectable effect); a larger hold-out share narrows it."),
            format!("对照组无法判断这个活动是否带来了销售：95% 置信区间 {low} 至 {high} 包含 0。对照组 {held} 人、实验组 {treated} 人时，只能检测到 {mde} 及以上的效果（最小可检测效果）；加大对照组比例可以缩小它。"),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::metrics::HoldoutTest;
    use crate::money::Money;

    fn report(low: i64, high: i64) -> CampaignReport {
        CampaignReport {
            holdout_test: Some(HoldoutTest {
                treated_members: 9_000,
                holdout_members: 1_000,
                measured_incremental_sales: Money((low + high) / 2),
                standard_error: Money((high - low) / 4),
                interval_low: Money(low),
                interval_high: Money(high),
                minimum_detectable_effect: Money((high - low) * 7 / 10),
                can_tell: low > 0 || high < 0,
            }),
            ..CampaignReport::default()
        }
    }

    #[test]
    fn a_holdout_whose_interval_includes_zero_says_it_cannot_tell_in_both_languages() {
        let unsure = report(-266_000_000, 466_000_000);
        let en = holdout_verdict(&unsure, Lang::En);
        assert!(en.starts_with("The hold-out cannot tell"), "{en}");
        assert!(
            en.contains("−¥2.7M to ¥4.7M") && en.contains("¥5.1M or more"),
            "{en}"
        );
        let zh = holdout_verdict(&unsure, Lang::ZhCn);
        assert!(
            zh.starts_with("对照组无法判断") && zh.contains("包含 0"),
            "{zh}"
        );
        let sure = holdout_verdict(&report(100_000, 900_000), Lang::En);
        assert!(sure.contains("can tell this effect from chance"), "{sure}");
        let none = CampaignReport::default();
        assert!(holdout_verdict(&none, Lang::ZhCn).contains("无法做对照组测试"));
    }
}
