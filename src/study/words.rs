//! How the studies write a share inside a problem: as a percent (50%) for the page, which
//! shows shares as percents, or as the number the study was given (0.5) for the command
//! line — the same choice [`Wording`] makes for the scenario's own problems.
//!
//! Not for: the sentences (each study says its own, in both languages, where it checks).

use crate::scenario::Wording;

/// A share (0.5) as its reader reads it: "50%" on the page, "0.5" on the command line.
pub(super) fn share(wording: Wording, value: f64) -> String {
    if !value.is_finite() {
        format!("{value}")
    } else if wording.shares_as_percent {
        format!("{}%", trimmed(value * 100.0))
    } else {
        trimmed(value)
    }
}

/// Shares as a list: "50%, 30%, 20%" (in Chinese "50%、30%、20%").
pub(super) fn shares(wording: Wording, values: &[f64]) -> String {
    let each: Vec<String> = values.iter().map(|v| share(wording, *v)).collect();
    each.join(&wording.say(", ", "、"))
}

/// At most six decimals, no trailing zeros: 20.000000000000004 → "20".
fn trimmed(value: f64) -> String {
    let text = format!("{value:.6}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    text.to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::words::Lang;

    #[test]
    fn a_share_reads_as_a_percent_on_the_page_and_as_given_on_the_command_line() {
        assert_eq!(share(Wording::page(Lang::En), 0.2), "20%");
        assert_eq!(share(Wording::page(Lang::En), 0.125), "12.5%");
        assert_eq!(share(Wording::PLAIN, 0.2), "0.2");
        assert_eq!(shares(Wording::page(Lang::ZhCn), &[0.5, 0.5]), "50%、50%");
    }
}
