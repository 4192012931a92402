//! Numbers the way a planner reads them: 12.3k members, ¥1.2M, 18.4%; in Chinese 1.2万
//! members, ¥3.4亿.
//!
//! English groups by thousands (k, M, B, T); Chinese by ten-thousands (万, 亿, 万亿), with
//! plain numbers (thousands separated) below 1万. Negative numbers take a true minus sign (−).
//! Values are rounded by Rust's own formatting, so native and WebAssembly builds agree.
//!
//! Not for: choosing which numbers to show (frame.rs picks the ticks).

use super::Lang;

/// What a number on an axis counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// Members, points, purchases: 12.3k.
    Count,
    /// Currency units: ¥1.2M.
    Money,
    /// A share (0.184) shown as a percentage: 18.4%.
    Percent,
    /// A scenario's own number, such as a swept parameter: grouped like a count from 1,000
    /// up (8k, 1.2万), below that with the decimals it needs, up to six (0.005, 1.25).
    Number,
}

impl Unit {
    /// A tick label: as many decimals as the value needs, up to two (1.25k, 2.5万, 12.5%).
    pub fn tick(self, value: f64, lang: Lang) -> String {
        match self {
            Unit::Count => compact(value, 2, lang),
            Unit::Money => money_with(value, 2, lang),
            Unit::Percent => percent_with(value, 1),
            Unit::Number => number(value, lang),
        }
    }

    /// A value label: one decimal at most (12.3k, ¥1.2M, 18.4%; a share that is not zero
    /// never reads as 0%).
    pub fn value(self, value: f64, lang: Lang) -> String {
        match self {
            Unit::Count => count(value, lang),
            Unit::Money => money(value, lang),
            Unit::Percent => percent(value),
            Unit::Number => number(value, lang),
        }
    }
}

/// A count: 850, 12.3k, 1.2M (en); 8,500, 1.2万, 3.4亿 (zh).
pub fn count(value: f64, lang: Lang) -> String {
    compact(value, 1, lang)
}

/// An amount of money in currency units: ¥850, ¥1.2k, ¥3.4M (en); ¥8,500, ¥1.2万 (zh).
pub fn money(value: f64, lang: Lang) -> String {
    money_with(value, 1, lang)
}

/// A share as a percentage with one decimal at most: 0.184 → 18.4%, 0.2 → 20%. A share
/// that is not zero never reads as 0%: under the last digit shown it reads <0.1% (−<0.1%
/// below zero), so 70 members of 200,000 are not "0%". The page's `pct` follows the same
/// rule at its own number of decimals (<1% for whole percents).
pub fn percent(share: f64) -> String {
    let text = percent_with(share, 1);
    if text != "0%" || share == 0.0 {
        return text;
    }
    let sign = if share < 0.0 { MINUS } else { "" };
    format!("{sign}<0.1%")
}

/// A scenario's own number: 0.005, 1.25, 850, 8k (en); 8,500, 1.2万 (zh).
pub fn number(value: f64, lang: Lang) -> String {
    if !value.is_finite() || value.abs() >= 1000.0 {
        return compact(value, 2, lang);
    }
    // The fewest decimals (up to six) that give the value back, to a millionth of itself.
    let size = value.abs();
    let text = (0..=6)
        .map(|decimals| fixed(size, decimals))
        .find(|text| {
            let back = text.parse::<f64>().unwrap_or(f64::NAN);
            (back - size).abs() <= size * 1e-6
        })
        .unwrap_or_else(|| fixed(size, 6));
    if value < 0.0 && text != "0" {
        format!("{MINUS}{text}")
    } else {
        text
    }
}

/// `value` rounded to `digits` significant figures (0.242595 to 3 is 0.243).
pub fn significant(value: f64, digits: i32) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    let scale = libm::pow(
        10.0,
        f64::from(digits) - 1.0 - libm::floor(libm::log10(value.abs())),
    );
    libm::round(value * scale) / scale
}

/// A scenario's own number to `digits` significant figures, never with an exponent:
/// 0.239, 15.4, 12.3k (en); 1.2万 (zh).
pub fn significant_figures(value: f64, digits: i32, lang: Lang) -> String {
    number(significant(value, digits), lang)
}

/// The size of a file: 850 B, 12.5 KB, 1,024 MB (1 KB = 1,024 bytes, one decimal at most,
/// as a file manager shows it). The units read the same in Chinese.
pub fn file_size(bytes: f64) -> String {
    if bytes.is_nan() || bytes < 0.0 {
        return NOT_A_NUMBER.to_string();
    }
    const KB: f64 = 1024.0;
    let (scaled, unit) = if bytes < KB {
        (bytes, "B")
    } else if bytes < KB * KB {
        (bytes / KB, "KB")
    } else {
        (bytes / (KB * KB), "MB")
    };
    format!("{} {unit}", group_thousands(&fixed(scaled, 1)))
}

fn money_with(value: f64, max_decimals: usize, lang: Lang) -> String {
    let text = compact(value, max_decimals, lang);
    match text.strip_prefix(MINUS) {
        Some(rest) => format!("{MINUS}¥{rest}"),
        None if text == NOT_A_NUMBER => text,
        None => format!("¥{text}"),
    }
}

fn percent_with(share: f64, max_decimals: usize) -> String {
    if !share.is_finite() {
        return NOT_A_NUMBER.to_string();
    }
    let text = fixed(share.abs() * 100.0, max_decimals);
    if text == "0" {
        return "0%".to_string();
    }
    let sign = if share < 0.0 { MINUS } else { "" };
    format!("{sign}{text}%")
}

const MINUS: &str = "\u{2212}";
const NOT_A_NUMBER: &str = "–";

/// The scaled units: (size, suffix), largest first.
fn units(lang: Lang) -> &'static [(f64, &'static str)] {
    match lang {
        Lang::En => &[(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")],
        Lang::ZhCn => &[(1e12, "万亿"), (1e8, "亿"), (1e4, "万")],
    }
}

/// `value` in the largest unit it reaches, with at most `max_decimals`; a value that rounds
/// up to the next unit is shown in it (999.96 → 1k, not 1000).
fn compact(value: f64, max_decimals: usize, lang: Lang) -> String {
    if !value.is_finite() {
        return NOT_A_NUMBER.to_string();
    }
    let size = value.abs();
    let units = units(lang);
    // Index into `units` (largest first); None = no unit.
    let mut unit = units.iter().position(|(u, _)| size >= *u);
    let text = loop {
        let (scale, suffix) = unit.map_or((1.0, ""), |i| units[i]);
        let shown = fixed(size / scale, max_decimals);
        let next = match unit {
            None => units.len().checked_sub(1),
            Some(i) => i.checked_sub(1),
        };
        let rounded = shown.parse::<f64>().unwrap_or(0.0) * scale;
        match next {
            Some(n) if rounded >= units[n].0 => unit = Some(n),
            _ => break format!("{}{suffix}", group_thousands(&shown)),
        }
    };
    if value < 0.0 && text != "0" {
        format!("{MINUS}{text}")
    } else {
        text
    }
}

/// `value` with at most `max_decimals`, trailing zeros dropped: 12.30 → 12.3, 4.00 → 4.
fn fixed(value: f64, max_decimals: usize) -> String {
    let text = format!("{value:.max_decimals$}");
    if text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        text
    }
}

/// Thousands separators in the whole part: 18446744.1 → 18,446,744.1.
fn group_thousands(number: &str) -> String {
    let (whole, fraction) = match number.find('.') {
        Some(dot) => number.split_at(dot),
        None => (number, ""),
    };
    let mut grouped = String::new();
    for (i, digit) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(digit);
    }
    grouped + fraction
}

#[cfg(test)]
mod tests {
    use super::*;
    use Lang::{En, ZhCn};

    #[test]
    fn counts_read_as_thousands_and_millions_in_english() {
        assert_eq!(count(0.0, En), "0");
        assert_eq!(count(850.0, En), "850");
        assert_eq!(count(12_345.0, En), "12.3k");
        assert_eq!(count(12_000.0, En), "12k");
        assert_eq!(count(1_234_567.0, En), "1.2M");
        assert_eq!(count(3.4e9, En), "3.4B");
    }

    #[test]
    fn rounding_up_moves_to_the_next_unit() {
        assert_eq!(count(999.0, En), "999");
        assert_eq!(count(999.96, En), "1k");
        assert_eq!(count(999_950.0, En), "1M");
        assert_eq!(count(9_999.0, ZhCn), "9,999");
        assert_eq!(count(99_999_999.0, ZhCn), "1亿");
    }

    #[test]
    fn counts_read_as_wan_and_yi_in_chinese() {
        assert_eq!(count(8_500.0, ZhCn), "8,500");
        assert_eq!(count(12_345.0, ZhCn), "1.2万");
        assert_eq!(count(340_000_000.0, ZhCn), "3.4亿");
        assert_eq!(count(2.5e12, ZhCn), "2.5万亿");
    }

    #[test]
    fn money_carries_the_yuan_sign_before_the_number() {
        assert_eq!(money(1_234_567.0, En), "¥1.2M");
        assert_eq!(money(3_400.0, En), "¥3.4k");
        assert_eq!(money(12.5, En), "¥12.5");
        assert_eq!(money(-1_500.0, En), "−¥1.5k");
        assert_eq!(money(340_000_000.0, ZhCn), "¥3.4亿");
        assert_eq!(money(f64::NAN, En), "–");
    }

    #[test]
    fn percentages_keep_one_decimal_and_drop_a_trailing_zero() {
        assert_eq!(percent(0.184), "18.4%");
        assert_eq!(percent(0.2), "20%");
        assert_eq!(percent(1.0), "100%");
        assert_eq!(percent(0.0), "0%");
        assert_eq!(percent(-0.05), "−5%");
    }

    #[test]
    fn a_share_that_is_not_zero_never_reads_as_zero_percent() {
        assert_eq!(percent(0.0004), "<0.1%");
        assert_eq!(percent(-0.0004), "−<0.1%");
        assert_eq!(percent(0.0005), "0.1%");
        assert_eq!(percent(0.0), "0%");
        assert_eq!(percent(-0.0), "0%");
    }

    #[test]
    fn a_tick_at_zero_reads_as_zero_even_with_float_noise() {
        assert_eq!(Unit::Percent.tick(0.1 + 0.2 - 0.3, En), "0%");
    }

    #[test]
    fn ticks_keep_the_decimals_a_nice_step_needs() {
        assert_eq!(Unit::Count.tick(1_250.0, En), "1.25k");
        assert_eq!(Unit::Count.tick(2_500.0, ZhCn), "2,500");
        assert_eq!(Unit::Count.tick(12_500.0, ZhCn), "1.25万");
        assert_eq!(Unit::Money.tick(250_000.0, En), "¥250k");
        assert_eq!(Unit::Percent.tick(0.125, En), "12.5%");
        assert_eq!(Unit::Count.tick(-2_000.0, En), "−2k");
    }

    #[test]
    fn a_scenario_s_own_numbers_keep_the_decimals_they_need() {
        assert_eq!(number(0.005, En), "0.005");
        assert_eq!(number(0.0045000000001, En), "0.0045");
        assert_eq!(number(0.1 + 0.2, En), "0.3");
        assert_eq!(number(1.25, En), "1.25");
        assert_eq!(number(-0.5, En), "−0.5");
        assert_eq!(number(850.0, En), "850");
        assert_eq!(number(8_000.0, En), "8k");
        assert_eq!(number(12_000.0, ZhCn), "1.2万");
    }

    #[test]
    fn fitted_figures_keep_three_significant_figures_and_no_exponent() {
        assert_eq!(significant_figures(0.239_35, 3, En), "0.239");
        assert_eq!(significant_figures(15.443_5, 3, ZhCn), "15.4");
        assert_eq!(significant_figures(0.000_012_345, 3, En), "0.000012");
        assert_eq!(significant_figures(12_345.0, 3, En), "12.3k");
        assert_eq!(significant_figures(12_345.0, 3, ZhCn), "1.23万");
        assert_eq!(significant_figures(f64::NAN, 3, En), NOT_A_NUMBER);
    }

    #[test]
    fn file_sizes_read_in_bytes_kilobytes_and_megabytes() {
        assert_eq!(file_size(850.0), "850 B");
        assert_eq!(file_size(228_327.0), "223 KB");
        assert_eq!(file_size(12_800.0), "12.5 KB");
        assert_eq!(file_size(256.0 * 1024.0 * 1024.0), "256 MB");
        assert_eq!(file_size(3.0 * 1024.0 * 1024.0 * 1024.0), "3,072 MB");
        assert_eq!(file_size(-1.0), NOT_A_NUMBER);
    }

    #[test]
    fn huge_and_odd_numbers_do_not_break_formatting() {
        assert_eq!(count(u64::MAX as f64, En), "18,446,744.1T");
        assert_eq!(count(f64::INFINITY, En), "–");
        assert_eq!(count(-0.0, En), "0");
        assert_eq!(count(0.04, En), "0");
    }
}
