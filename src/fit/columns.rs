//! Which columns of a transaction export hold the customer, the date and the amount.
//!
//! Each is, in turn, the one the caller gives (a 1-based number or a header name,
//! case-insensitive); else the first header name containing a word for it (`date`/`time`/
//! `day`/日期/时间; `amount`/`value`/`spend`/`sales`/`revenue`/`total`/`price`/`dollar`/
//! 金额/消费/价格; `customer`/`client`/`member`/`user`/`buyer`/`account`/会员/客户/用户/
//! 顾客, or exactly `id`), looked for in that order; else, over the sampled rows, the
//! column that most often reads as a date (at least half the rows), the rightmost
//! remaining column that reads as an amount in at least half the rows, and the leftmost
//! remaining column.

use super::amounts::read_amount;
use super::dates::read_date;
use super::fields::mode;
use super::sentence::Sentence;

/// A column given by the caller: its 1-based number or its header name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Column {
    Number(usize),
    Name(String),
}

impl Column {
    /// A column as a user writes it: all digits is a number, anything else a name.
    pub fn from_text(text: &str) -> Column {
        match text.trim().parse() {
            Ok(n) => Column::Number(n),
            Err(_) => Column::Name(text.trim().to_string()),
        }
    }
}

/// The columns the caller gives; those left `None` are detected.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Columns {
    pub customer: Option<Column>,
    pub date: Option<Column>,
    pub amount: Option<Column>,
}

fn position(header: Option<&[String]>, column: &Column) -> Result<usize, Sentence> {
    match column {
        Column::Number(0) => Err(Sentence::new("column numbers start at 1", "列号从 1 开始")),
        Column::Number(n) => Ok(n - 1),
        Column::Name(name) => header
            .and_then(|h| h.iter().position(|f| f.eq_ignore_ascii_case(name)))
            .ok_or_else(|| match header {
                Some(h) => Sentence::new(
                    format!("no column named {name:?} in the header ({})", h.join(", ")),
                    format!("表头中没有名为 {name:?} 的列（{}）", h.join("、")),
                ),
                None => Sentence::new(
                    format!("no header line to find the column named {name:?} in"),
                    format!("文件没有表头，无法找到名为 {name:?} 的列"),
                ),
            }),
    }
}

fn share(rows: &[Vec<String>], column: usize, reads: impl Fn(&str) -> bool) -> f64 {
    let hits = rows
        .iter()
        .filter(|r| r.get(column).is_some_and(|f| reads(f)))
        .count();
    hits as f64 / rows.len().max(1) as f64
}

/// Slots of the three roles in `[customer, date, amount]` arrays.
const CUSTOMER: usize = 0;
const DATE: usize = 1;
const AMOUNT: usize = 2;
const ROLE_NAMES: [(&str, &str); 3] = [
    ("customer", "客户编号"),
    ("date", "日期"),
    ("amount", "金额"),
];

/// The words looked for in header names, role by role, in the order they are tried.
const HEADER_WORDS: [(usize, &[&str]); 3] = [
    (DATE, &["date", "time", "day", "日期", "时间"]),
    (
        AMOUNT,
        &[
            "amount", "value", "spend", "sales", "revenue", "total", "price", "dollar", "金额",
            "消费", "价格",
        ],
    ),
    (
        CUSTOMER,
        &[
            "customer", "client", "member", "user", "buyer", "account", "会员", "客户", "用户",
            "顾客",
        ],
    ),
];

/// The share of sampled rows at which a column is taken for the date or the amount.
const CONTENT_SHARE: f64 = 0.5;

fn header_match(role: usize, words: &[&str], name: &str) -> bool {
    let name = name.to_lowercase();
    words.iter().any(|w| name.contains(w)) || (role == CUSTOMER && name == "id")
}

/// Column indexes (from 0) of customer, date and amount (the module documentation gives
/// the rule), from the caller's columns, the header if there is one and sampled rows.
pub fn resolve_columns(
    columns: &Columns,
    header: Option<&[String]>,
    rows: &[Vec<String>],
) -> Result<[usize; 3], Sentence> {
    let mut found: [Option<usize>; 3] = [None; 3];
    let given = [&columns.customer, &columns.date, &columns.amount];
    for (slot, column) in found.iter_mut().zip(given) {
        if let Some(column) = column {
            *slot = Some(position(header, column)?);
        }
    }
    let free = |found: &[Option<usize>; 3], i: usize| !found.contains(&Some(i));
    for (role, words) in HEADER_WORDS {
        if let (Some(names), None) = (header, found[role]) {
            found[role] = names
                .iter()
                .enumerate()
                .find(|&(i, name)| free(&found, i) && header_match(role, words, name))
                .map(|(i, _)| i);
        }
    }
    let width = mode(rows.iter().map(Vec::len))
        .unwrap_or(0)
        .max(header.map_or(0, <[_]>::len));
    if found[DATE].is_none() {
        let mut best: Option<(usize, f64)> = None;
        for i in (0..width).filter(|&i| free(&found, i)) {
            let s = share(rows, i, |f| read_date(f).is_ok());
            if s >= CONTENT_SHARE && best.is_none_or(|(_, b)| s > b) {
                best = Some((i, s));
            }
        }
        found[DATE] = best.map(|(i, _)| i);
    }
    if found[AMOUNT].is_none() {
        found[AMOUNT] = (0..width).rev().find(|&i| {
            free(&found, i) && share(rows, i, |f| read_amount(f).is_ok()) >= CONTENT_SHARE
        });
    }
    if found[CUSTOMER].is_none() {
        found[CUSTOMER] = (0..width).find(|&i| free(&found, i));
    }
    let mut out = [0; 3];
    for ((slot, value), (en, zh)) in out.iter_mut().zip(found).zip(ROLE_NAMES) {
        *slot = value.ok_or_else(|| {
            Sentence::new(
                format!("cannot tell which column holds the {en}; name it"),
                format!("无法判断哪一列是{zh}；请指定该列"),
            )
        })?;
    }
    let [customer, date, amount] = out;
    if customer == date || customer == amount || date == amount {
        return Err(Sentence::new(
            "customer, date and amount must be three different columns",
            "客户编号、日期和金额必须是三个不同的列",
        ));
    }
    Ok(out)
}
