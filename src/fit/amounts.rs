//! Money amounts as transaction exports write them.
//!
//! An amount is digits with an optional sign, decimal mark and thousands separators, with
//! an optional currency before or after: a symbol (`$ € £ ¥ ￥ ₹ ₩ ₽ ₺ ₪ ฿ ₫ ₱ ¢ 元 円 块`),
//! a symbol with up to three letters (`US$`, `HK$`, `R$`) or a three-letter code (`USD`,
//! `eur`). Spaces, apostrophes and underscores inside the number group thousands.
//!
//! The decimal mark: with both `.` and `,` present, whichever comes last; with only one
//! kind present more than once, that kind groups thousands (`1.234.567`); a single `.` is a
//! decimal mark; a single `,` is a decimal mark (`12,50`) unless exactly three digits follow
//! it (`1,234` is one thousand two hundred and thirty-four).

const SYMBOLS: [char; 17] = [
    '$', '€', '£', '¥', '￥', '₹', '₩', '₽', '₺', '₪', '฿', '₫', '₱', '¢', '元', '円', '块',
];

fn is_currency(affix: &str) -> bool {
    let letters = affix.chars().filter(char::is_ascii_alphabetic).count();
    let symbols = affix.chars().filter(|c| SYMBOLS.contains(c)).count();
    let others = affix.chars().count() - letters - symbols;
    others == 0 && ((symbols == 1 && letters <= 3) || (symbols == 0 && letters == 3))
}

fn is_grouping(c: char) -> bool {
    matches!(c, ' ' | '\'' | '_' | '\u{a0}' | '\u{202f}')
}

/// The number part with its decimal mark made a `.` and its thousands separators removed.
fn normalise(number: &str) -> Option<String> {
    let digits: String = number.chars().filter(|c| !is_grouping(*c)).collect();
    if !digits
        .chars()
        .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
    {
        return None;
    }
    let dots = digits.matches('.').count();
    let commas = digits.matches(',').count();
    let decimal = match (dots, commas) {
        (0, 0) => None,
        (_, 0) => (dots == 1).then_some('.'),
        (0, _) => {
            let after = digits.rsplit(',').next().map_or(0, str::len);
            (commas == 1 && after != 3).then_some(',')
        }
        _ => {
            let mark = if digits.rfind('.') > digits.rfind(',') {
                '.'
            } else {
                ','
            };
            if digits.matches(mark).count() > 1 {
                return None;
            }
            Some(mark)
        }
    };
    let mut out = String::with_capacity(digits.len());
    for c in digits.chars() {
        if c.is_ascii_digit() {
            out.push(c);
        } else if Some(c) == decimal {
            out.push('.');
        }
    }
    Some(out)
}

/// Reads one amount field (the module documentation gives the rules).
pub fn read_amount(text: &str) -> Result<f64, String> {
    let unreadable = || format!("unreadable amount {text:?}");
    let text = text.trim();
    let (Some(first_digit), Some(last_digit)) = (
        text.find(|c: char| c.is_ascii_digit()),
        text.rfind(|c: char| c.is_ascii_digit()),
    ) else {
        return Err(unreadable());
    };
    let start = match text.get(..first_digit) {
        Some(before) if before.ends_with(['.', ',']) => first_digit - 1,
        _ => first_digit,
    };
    let (prefix, number, suffix) = match (text.get(..start), text.get(start..=last_digit)) {
        (Some(prefix), Some(number)) => (prefix, number, text.get(last_digit + 1..).unwrap_or("")),
        _ => return Err(unreadable()),
    };
    let prefix: String = prefix.chars().filter(|c| !c.is_whitespace()).collect();
    let negative = prefix.matches('-').count();
    let signs = negative + prefix.matches('+').count();
    let currency_before: String = prefix.chars().filter(|c| *c != '-' && *c != '+').collect();
    let currency_after: String = suffix.chars().filter(|c| !c.is_whitespace()).collect();
    let affixes_ok = signs <= 1
        && (currency_before.is_empty() || is_currency(&currency_before))
        && (currency_after.is_empty() || is_currency(&currency_after));
    let value: f64 = match normalise(number) {
        Some(n) if affixes_ok => n.parse().map_err(|_| unreadable())?,
        _ => return Err(unreadable()),
    };
    if !value.is_finite() {
        return Err(unreadable());
    }
    Ok(if negative == 1 { -value } else { value })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_and_decorated_amounts_read_as_numbers() {
        for (text, want) in [
            ("29.33", 29.33),
            ("12", 12.0),
            ("$1,234.50", 1234.5),
            ("1.234,50 €", 1234.5),
            ("12,50", 12.5),
            ("1,234", 1234.0),
            ("1.234.567", 1_234_567.0),
            ("USD 99.90", 99.9),
            ("HK$ 88", 88.0),
            ("¥1'200", 1200.0),
            ("-$5.00", -5.0),
            ("$-5.00", -5.0),
            ("35元", 35.0),
            (".5", 0.5),
        ] {
            assert_eq!(read_amount(text), Ok(want), "{text}");
        }
    }

    #[test]
    fn text_that_is_not_an_amount_is_refused() {
        for text in [
            "",
            "abc",
            "N/A",
            "C123",
            "12a3",
            "1.2.3,4,5",
            "--5",
            "ID 12",
        ] {
            assert!(read_amount(text).is_err(), "{text}");
        }
    }
}
