//! Calendar dates of a transaction export, read in the formats exports use.
//!
//! Formats: `YYYYMMDD`, `YYYY-MM-DD`, `YYYY/MM/DD`, and day and month before a four-digit
//! year (`DD/MM/YYYY` or `MM/DD/YYYY`, also with `-` or `.`); one- or two-digit parts; an
//! optional time after the date (`2024-03-05T10:30`, `2024-03-05 10:30`) is ignored.
//! Years run from 1900 to 2199, so that ids and counts are not taken for `YYYYMMDD` dates.
//!
//! Which of day and month comes first is decided for a whole file: a date whose first part
//! is above 12 shows the file is day-first, one whose second part is above 12 shows it is
//! month-first. A date with both parts 12 or below (and different) is read in the order the
//! file shows; if the file shows neither order, or both, it is ambiguous and its row is
//! reported, not guessed.

use std::fmt;

use serde::{Serialize, Serializer};

const FIRST_YEAR: i32 = 1900;
const LAST_YEAR: i32 = 2199;

/// A day of the proleptic Gregorian calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// A date as written: complete, or day and month in an order the file must decide.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WrittenDate {
    Complete(Date),
    /// `first/second/year` with both `first` and `second` between 1 and 31.
    DayMonthOrder {
        first: u32,
        second: u32,
        year: i32,
    },
}

/// The order of day and month in a file's `first/second/year` dates.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayMonthOrder {
    DayFirst,
    MonthFirst,
    /// No date showed the order, or dates showed both.
    Unknown,
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

impl Date {
    /// The date, if it exists in the calendar and its year is 1900–2199.
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        let valid = (FIRST_YEAR..=LAST_YEAR).contains(&year)
            && (1..=12).contains(&month)
            && day >= 1
            && day <= days_in_month(year, month);
        valid.then_some(Date { year, month, day })
    }

    /// Days since 1970-01-01 (Hinnant's `days_from_civil`).
    pub fn day_number(self) -> i64 {
        let month = i64::from(self.month);
        let year = i64::from(self.year) - i64::from(month <= 2);
        let era = year.div_euclid(400);
        let year_of_era = year - era * 400;
        let shifted_month = (month + 9) % 12;
        let day_of_year = (153 * shifted_month + 2) / 5 + i64::from(self.day) - 1;
        let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
        era * 146_097 + day_of_era - 719_468
    }

    /// The date `days` days after 1970-01-01 (Hinnant's `civil_from_days`).
    pub fn from_day_number(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let day_of_era = z - era * 146_097;
        let year_of_era =
            (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
        let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
        let shifted_month = (5 * day_of_year + 2) / 153;
        let day = (day_of_year - (153 * shifted_month + 2) / 5 + 1) as u32;
        let month = if shifted_month < 10 {
            shifted_month + 3
        } else {
            shifted_month - 9
        } as u32;
        let year = year_of_era + era * 400 + i64::from(month <= 2);
        Date {
            year: year as i32,
            month,
            day,
        }
    }

    /// Reads a date in one of the complete forms (year first); for a command-line cut-off.
    pub fn parse(text: &str) -> Result<Date, String> {
        match read_date(text)? {
            WrittenDate::Complete(date) => Ok(date),
            WrittenDate::DayMonthOrder { .. } => {
                Err(format!("date {text:?}: write it year first, as YYYY-MM-DD"))
            }
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

fn number<T: std::str::FromStr>(part: &str, digits: std::ops::RangeInclusive<usize>) -> Option<T> {
    let all_digits = !part.is_empty() && part.bytes().all(|c| c.is_ascii_digit());
    if all_digits && digits.contains(&part.len()) {
        part.parse().ok()
    } else {
        None
    }
}

/// Reads one date field (the module documentation gives the formats).
pub fn read_date(text: &str) -> Result<WrittenDate, String> {
    let unreadable = || format!("unreadable date {text:?}");
    let date_part = text.trim().split([' ', 'T']).next().unwrap_or("");
    if date_part.len() == 8 && date_part.bytes().all(|c| c.is_ascii_digit()) {
        let year = number(date_part.get(0..4).unwrap_or(""), 4..=4);
        let month = number(date_part.get(4..6).unwrap_or(""), 2..=2);
        let day = number(date_part.get(6..8).unwrap_or(""), 2..=2);
        return match (year, month, day) {
            (Some(y), Some(m), Some(d)) => Date::new(y, m, d)
                .map(WrittenDate::Complete)
                .ok_or_else(unreadable),
            _ => Err(unreadable()),
        };
    }
    let parts: Vec<&str> = date_part.split(['-', '/', '.']).collect();
    let [p1, p2, p3] = parts.as_slice() else {
        return Err(unreadable());
    };
    if let (Some(year), Some(month), Some(day)) =
        (number(p1, 4..=4), number(p2, 1..=2), number(p3, 1..=2))
    {
        return Date::new(year, month, day)
            .map(WrittenDate::Complete)
            .ok_or_else(unreadable);
    }
    match (
        number::<u32>(p1, 1..=2),
        number::<u32>(p2, 1..=2),
        number(p3, 4..=4),
    ) {
        (Some(first), Some(second), Some(year))
            if (1..=31).contains(&first) && (1..=31).contains(&second) =>
        {
            Ok(WrittenDate::DayMonthOrder {
                first,
                second,
                year,
            })
        }
        _ => Err(unreadable()),
    }
}

/// The order a file's dates show (the module documentation gives the rule).
pub fn day_month_order<'a>(dates: impl Iterator<Item = &'a WrittenDate>) -> DayMonthOrder {
    let (mut day_first, mut month_first) = (false, false);
    for date in dates {
        if let WrittenDate::DayMonthOrder { first, second, .. } = *date {
            day_first |= first > 12;
            month_first |= second > 12;
        }
    }
    match (day_first, month_first) {
        (true, false) => DayMonthOrder::DayFirst,
        (false, true) => DayMonthOrder::MonthFirst,
        _ => DayMonthOrder::Unknown,
    }
}

impl WrittenDate {
    /// The date, reading day and month in the file's order where the date itself does not
    /// decide it.
    pub fn resolve(self, order: DayMonthOrder) -> Result<Date, String> {
        let (first, second, year) = match self {
            WrittenDate::Complete(date) => return Ok(date),
            WrittenDate::DayMonthOrder {
                first,
                second,
                year,
            } => (first, second, year),
        };
        let day_first = if first > 12 || second > 12 || first == second {
            first > 12 || first == second
        } else {
            match order {
                DayMonthOrder::DayFirst => true,
                DayMonthOrder::MonthFirst => false,
                DayMonthOrder::Unknown => {
                    return Err(format!(
                        "ambiguous date {first}/{second}/{year}: day and month are both 12 or \
                         below and the file's other dates do not show which comes first"
                    ))
                }
            }
        };
        let (day, month) = if day_first {
            (first, second)
        } else {
            (second, first)
        };
        Date::new(year, month, day).ok_or_else(|| format!("no such date {first}/{second}/{year}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn complete(text: &str) -> Date {
        match read_date(text) {
            Ok(WrittenDate::Complete(d)) => d,
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn year_first_forms_read_the_same_date() {
        let want = Date {
            year: 1997,
            month: 3,
            day: 5,
        };
        for text in [
            "19970305",
            "1997-03-05",
            "1997/3/5",
            "1997-03-05T10:30:00",
            "1997-03-05 10:30",
        ] {
            assert_eq!(complete(text), want, "{text}");
        }
    }

    #[test]
    fn impossible_dates_and_ids_are_not_dates() {
        for text in [
            "19970230",
            "00000004",
            "20241301",
            "1997-13-01",
            "5",
            "abc",
            "1/2",
            "",
        ] {
            assert!(read_date(text).is_err(), "{text}");
        }
    }

    #[test]
    fn day_month_order_comes_from_the_dates_that_show_it() {
        let dates: Vec<WrittenDate> = ["13/02/2024", "03/04/2024"]
            .iter()
            .filter_map(|t| read_date(t).ok())
            .collect();
        let order = day_month_order(dates.iter());
        assert_eq!(order, DayMonthOrder::DayFirst);
        assert_eq!(
            dates[1].resolve(order),
            Ok(Date {
                year: 2024,
                month: 4,
                day: 3
            })
        );
        let us = read_date("03/04/2024").ok();
        let resolved = us.map(|d| d.resolve(DayMonthOrder::MonthFirst));
        assert_eq!(
            resolved,
            Some(Ok(Date {
                year: 2024,
                month: 3,
                day: 4
            }))
        );
    }

    #[test]
    fn an_undecided_order_leaves_only_unambiguous_dates_readable() {
        let read = |t: &str| read_date(t).map(|d| d.resolve(DayMonthOrder::Unknown));
        assert!(matches!(read("03/04/2024"), Ok(Err(_))));
        assert_eq!(
            read("04/04/2024"),
            Ok(Ok(Date {
                year: 2024,
                month: 4,
                day: 4
            }))
        );
        assert_eq!(
            read("25/12/2024"),
            Ok(Ok(Date {
                year: 2024,
                month: 12,
                day: 25
            }))
        );
        assert!(matches!(read("31/04/2024"), Ok(Err(_))));
    }

    #[test]
    fn day_numbers_round_trip_and_count_days() {
        let start = Date {
            year: 1997,
            month: 1,
            day: 1,
        };
        let cutoff = Date {
            year: 1997,
            month: 9,
            day: 30,
        };
        assert_eq!(cutoff.day_number() - start.day_number(), 272);
        assert_eq!(
            Date {
                year: 1970,
                month: 1,
                day: 1
            }
            .day_number(),
            0
        );
        for date in [
            start,
            cutoff,
            Date {
                year: 2000,
                month: 2,
                day: 29,
            },
        ] {
            assert_eq!(Date::from_day_number(date.day_number()), date);
        }
        assert_eq!(cutoff.to_string(), "1997-09-30");
    }
}
