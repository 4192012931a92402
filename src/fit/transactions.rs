//! Reading a transaction export (CSV text, not a file) into merged purchases.
//!
//! - **Separator** and **fields**: see [`super::fields`].
//! - **Header**: the first non-blank line is a header when none of its fields reads as a
//!   date, or when the caller names a column.
//! - **Columns**: see [`super::columns`], sampling the first 50 data rows.
//! - **Unquoted thousands separators**: in a comma-separated file, a row with more fields
//!   than the header (or, without one, than the narrowest row of three fields or more),
//!   trailing empty fields aside, refuses the whole file: `1,250` written without quotes
//!   splits into `1` and `250`, and reading it as 1 would be a guess. Quoted (`"1,250"`)
//!   it is one field and reads as 1,250.
//! - **Rows** with a missing field, an empty customer id, a date or amount that cannot be
//!   read, or a negative amount (refunds are not purchases) are skipped and reported with
//!   their 1-based line number. Dates and amounts follow [`super::dates`] and
//!   [`super::amounts`].
//! - **Merging**: purchases by one customer on one day are one transaction, amounts summed
//!   (Fader, Hardie & Lee 2005 count days with a purchase).

use std::collections::BTreeMap;

use serde::Serialize;

use super::amounts::read_amount;
use super::columns::{resolve_columns, Column, Columns};
use super::dates::{day_month_order, read_date, WrittenDate};
use super::fields::{detect_separator, split, Separator};
use super::sentence::Sentence;

const COLUMN_SAMPLE_ROWS: usize = 50;
/// Lines named when rows are too wide; a row's text is shown up to this many characters.
const WIDE_ROWS_SHOWN: usize = 5;
const ROW_TEXT_SHOWN: usize = 100;

/// How the text was read, columns numbered from 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Layout {
    pub separator: Separator,
    pub header: bool,
    pub customer_column: usize,
    pub date_column: usize,
    pub amount_column: usize,
}

/// A row that was not used, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct SkippedRow {
    pub line: usize,
    pub reason: String,
}

/// One customer's purchases on one day, amounts summed; `day` counts days since 1970-01-01.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Purchase {
    pub customer: String,
    pub day: i64,
    pub amount: f64,
}

/// The readable purchases of an export (ordered by customer, then day) and what was not
/// readable.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Transactions {
    pub layout: Layout,
    pub purchases: Vec<Purchase>,
    /// Data rows (non-blank lines other than the header).
    pub rows_read: usize,
    pub skipped: Vec<SkippedRow>,
}

struct Row {
    line: usize,
    customer: String,
    date: WrittenDate,
    amount: f64,
}

fn read_row(
    fields: &[String],
    [customer, date, amount]: [usize; 3],
) -> Result<(String, WrittenDate, f64), String> {
    let needed = customer.max(date).max(amount) + 1;
    let field = |i: usize| {
        fields
            .get(i)
            .ok_or_else(|| format!("expected at least {needed} fields, found {}", fields.len()))
    };
    let customer = field(customer)?;
    if customer.is_empty() {
        return Err("empty customer id".into());
    }
    let date = read_date(field(date)?)?;
    let amount = read_amount(field(amount)?)?;
    if amount < 0.0 {
        return Err(format!(
            "negative amount {amount}: refunds are not purchases"
        ));
    }
    Ok((customer.clone(), date, amount))
}

/// A row's fields, trailing empty ones aside.
fn width(fields: &[String]) -> usize {
    fields.len() - fields.iter().rev().take_while(|f| f.is_empty()).count()
}

/// In a comma-separated file, refuses rows wider than the header (or, without one, than
/// the narrowest row of three fields or more): the sign of unquoted thousands separators.
fn refuse_wide_rows(data: &[(usize, &str)], header: Option<&[String]>) -> Result<(), Sentence> {
    let widths: Vec<(usize, &str, usize)> = data
        .iter()
        .map(|&(line, text)| (line, text, width(&split(text, Separator::Comma))))
        .collect();
    let expected = match header {
        Some(names) => width(names),
        None => match widths.iter().map(|w| w.2).filter(|&w| w >= 3).min() {
            Some(w) => w,
            None => return Ok(()),
        },
    };
    let wide: Vec<&(usize, &str, usize)> = widths.iter().filter(|w| w.2 > expected).collect();
    let Some(&&(line, text, fields)) = wide.first() else {
        return Ok(());
    };
    let shown: String = text.chars().take(ROW_TEXT_SHOWN).collect();
    let lines: Vec<String> = wide
        .iter()
        .take(WIDE_ROWS_SHOWN)
        .map(|w| w.0.to_string())
        .collect();
    let (than_en, than_zh) = if header.is_some() {
        ("the header", "表头")
    } else {
        ("the other rows", "其他行")
    };
    Err(Sentence::new(
        format!(
            "{} rows (lines {}{}) have more fields than {than_en} ({expected}); line {line} has \
             {fields}: {shown}\nIn a comma-separated file a number written with a thousands \
             separator and no quotes, such as 1,250, splits into two fields and would be read \
             as 1. Quote such numbers (\"1,250\") or export them without thousands separators. \
             Nothing was fitted, so as not to guess.",
            wide.len(),
            lines.join(", "),
            if wide.len() > WIDE_ROWS_SHOWN { ", …" } else { "" },
        ),
        format!(
            "有 {} 行（第 {}{} 行）的字段比{than_zh}（{expected} 个）多；第 {line} 行有 {fields} 个：\
             {shown}\n在逗号分隔的文件中，带千位分隔符却没有加引号的数字（如 1,250）会被拆成两个字段，\
             读成 1。请给这样的数字加上引号（\"1,250\"），或导出时不用千位分隔符。为免猜测，本次未拟合。",
            wide.len(),
            lines.join("、"),
            if wide.len() > WIDE_ROWS_SHOWN { "……" } else { "" },
        ),
    ))
}

/// Reads a transaction export (the module documentation gives the rules). Fails when the
/// columns cannot be found or a comma-separated file's rows are wider than its header;
/// unreadable rows are skipped and reported.
pub fn read_transactions(text: &str, columns: &Columns) -> Result<Transactions, Sentence> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines: Vec<(usize, &str)> = text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(i, l)| (i + 1, l))
        .collect();
    let separator = detect_separator(&lines);
    let named = [&columns.customer, &columns.date, &columns.amount]
        .iter()
        .any(|c| matches!(c, Some(Column::Name(_))));
    let first = lines
        .first()
        .map(|(_, l)| split(l, separator))
        .unwrap_or_default();
    let header = named || !first.iter().any(|f| read_date(f).is_ok());
    let data = &lines[usize::from(header && !lines.is_empty())..];
    if separator == Separator::Comma {
        refuse_wide_rows(data, header.then_some(first.as_slice()))?;
    }
    let sample: Vec<Vec<String>> = data
        .iter()
        .take(COLUMN_SAMPLE_ROWS)
        .map(|(_, l)| split(l, separator))
        .collect();
    let indexes = resolve_columns(columns, header.then_some(first.as_slice()), &sample)?;
    let mut skipped = Vec::new();
    let mut rows = Vec::new();
    for &(line, text) in data {
        match read_row(&split(text, separator), indexes) {
            Ok((customer, date, amount)) => rows.push(Row {
                line,
                customer,
                date,
                amount,
            }),
            Err(reason) => skipped.push(SkippedRow { line, reason }),
        }
    }
    let order = day_month_order(rows.iter().map(|r| &r.date));
    let mut merged: BTreeMap<(String, i64), f64> = BTreeMap::new();
    for row in rows {
        match row.date.resolve(order) {
            Ok(date) => *merged.entry((row.customer, date.day_number())).or_default() += row.amount,
            Err(reason) => skipped.push(SkippedRow {
                line: row.line,
                reason,
            }),
        }
    }
    skipped.sort_by_key(|s| s.line);
    let [customer_column, date_column, amount_column] = indexes.map(|i| i + 1);
    Ok(Transactions {
        layout: Layout {
            separator,
            header,
            customer_column,
            date_column,
            amount_column,
        },
        purchases: merged
            .into_iter()
            .map(|((customer, day), amount)| Purchase {
                customer,
                day,
                amount,
            })
            .collect(),
        rows_read: data.len(),
        skipped,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Transactions {
        read_transactions(text, &Columns::default()).unwrap_or_else(|e| panic!("{e}"))
    }

    fn summary(t: &Transactions) -> Vec<(String, i64, f64)> {
        t.purchases
            .iter()
            .map(|p| (p.customer.clone(), p.day, p.amount))
            .collect()
    }

    #[test]
    fn every_separator_reads_the_same_purchases() {
        let comma = read("customer,date,amount\nc1,2024-03-01,10.50\nc2,2024-03-02,\"1,234.00\"\n");
        let semicolon = read("customer;date;amount\nc1;2024-03-01;10,50\nc2;2024-03-02;1.234,00\n");
        let tab = read("customer\tdate\tamount\nc1\t2024-03-01\t10.5\nc2\t2024-03-02\t1234\n");
        let spaces = read("c1   20240301  10.50\nc2 20240302\t1234\n");
        let want = summary(&comma);
        assert_eq!(want.len(), 2);
        assert_eq!(want[1].2, 1234.0);
        for (t, separator) in [
            (&comma, Separator::Comma),
            (&semicolon, Separator::Semicolon),
            (&tab, Separator::Tab),
            (&spaces, Separator::Whitespace),
        ] {
            assert_eq!(t.layout.separator, separator);
            assert_eq!(summary(t), want, "{separator:?}");
        }
    }

    #[test]
    fn bad_rows_are_skipped_and_reported_with_their_line_numbers() {
        let text = "customer,date,amount\nc1,2024-03-01,10\n\nc2,2024-02-30,5\n\
                    c3,2024-03-01\n,2024-03-01,4\nc4,2024-03-01,abc\nc5,2024-03-01,-3\n\
                    c6,2024-03-04,7\n";
        let t = read(text);
        let lines: Vec<usize> = t.skipped.iter().map(|s| s.line).collect();
        assert_eq!(lines, [4, 5, 6, 7, 8]);
        assert!(t.skipped[0].reason.contains("date"), "{:?}", t.skipped);
        assert!(t.skipped[1].reason.contains("fields"), "{:?}", t.skipped);
        assert!(t.skipped[2].reason.contains("customer"), "{:?}", t.skipped);
        assert!(t.skipped[3].reason.contains("amount"), "{:?}", t.skipped);
        assert!(t.skipped[4].reason.contains("negative"), "{:?}", t.skipped);
        assert_eq!(t.rows_read, 7);
        assert_eq!(t.purchases.len(), 2);
    }

    #[test]
    fn purchases_on_one_day_by_one_customer_are_merged() {
        let t = read(
            "id,date,amount\nc1,2024-03-01,10\nc1,2024-03-01,5.5\nc1,2024-03-02,1\n\
             c2,2024-03-01,2\n",
        );
        let c1: Vec<f64> = t
            .purchases
            .iter()
            .filter(|p| p.customer == "c1")
            .map(|p| p.amount)
            .collect();
        assert_eq!(c1, [15.5, 1.0]);
        assert_eq!(t.purchases.len(), 3);
    }

    #[test]
    fn a_header_is_recognised_and_its_names_place_the_columns() {
        let t = read(
            "Amount (USD),Order Date,Member ID,Channel\n$12.00,2024-01-05,m1,web\n\
             $8.00,2024-01-06,m2,shop\n",
        );
        assert!(t.layout.header);
        let layout = (
            t.layout.customer_column,
            t.layout.date_column,
            t.layout.amount_column,
        );
        assert_eq!(layout, (3, 2, 1));
        assert_eq!(t.rows_read, 2);
        let by_name = Columns {
            customer: Some(Column::Name("channel".into())),
            ..Columns::default()
        };
        let t = read_transactions(
            "Amount,Date,Member,Channel\n1,2024-01-05,m1,web\n",
            &by_name,
        );
        assert_eq!(
            t.map(|t| t.purchases[0].customer.clone()),
            Ok("web".to_string())
        );
    }

    #[test]
    fn without_a_header_columns_are_found_by_their_contents() {
        let t = read("00004 0001 19970101  2   29.33\n00004 0001 19970118  2   29.73\n");
        assert!(!t.layout.header);
        let layout = (
            t.layout.customer_column,
            t.layout.date_column,
            t.layout.amount_column,
        );
        assert_eq!(layout, (1, 3, 5));
        assert_eq!(t.purchases.len(), 2);
    }

    #[test]
    fn a_column_that_is_not_there_is_an_error_not_a_guess() {
        let columns = Columns {
            amount: Some(Column::Name("spend".into())),
            ..Columns::default()
        };
        let err = read_transactions("customer,date,amount\nc1,2024-01-01,3\n", &columns);
        assert!(err.is_err_and(|e| e.en.contains("spend") && e.zh.contains("spend")));
        let columns = Columns {
            date: Some(Column::Number(0)),
            ..Columns::default()
        };
        assert!(read_transactions("c1,2024-01-01,3\n", &columns).is_err());
    }

    #[test]
    fn the_file_decides_day_month_order_and_undecidable_dates_are_reported() {
        let t = read("c1,25/12/2023,1\nc1,03/01/2024,2\n");
        let days: Vec<i64> = t.purchases.iter().map(|p| p.day).collect();
        assert_eq!(days[1] - days[0], 9);
        let t = read("c1,03/01/2024,1\nc1,05/01/2024,2\n");
        assert_eq!(t.skipped.len(), 2);
        assert!(t.skipped[0].reason.contains("ambiguous"), "{:?}", t.skipped);
    }

    #[test]
    fn odd_text_never_panics() {
        for text in [
            "",
            "\n\n",
            ",,,",
            "\"",
            "a",
            "\u{feff}x;y;z\n1;2;3",
            "é,ü,ß\n\"unclosed,2024-01-01,3",
        ] {
            let _ = read_transactions(text, &Columns::default());
        }
    }
}
