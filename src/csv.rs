//! The one CSV writer: every table Tierlab exports — the monthly rows, every study, the fit's
//! parameters; from the page and from the command line — is written here, so how a cell is
//! written is one rule in one place.
//!
//! A cell is either a figure or a text. A figure is written as Rust prints it, so −12.5
//! stays a number a spreadsheet can add up. A text that starts with `=`, `+`, `-`, `@`, a tab,
//! a carriage return or a line feed gets a leading apostrophe, so a spreadsheet shows a
//! scenario named `=HYPERLINK(…)` as text instead of running it as a formula (OWASP, "CSV
//! Injection"); header cells are texts too. Then a field holding a comma, a quote or a line
//! break is quoted, its quotes doubled (RFC 4180). Lines end with `\n`.
//!
//! Not for: choosing the columns or their words (each export does), or the byte-order mark
//! Excel wants (the page and the command line add it where the file is written).

use crate::money::Money;

/// The first characters that make a spreadsheet read a cell as a formula.
const FORMULA_STARTS: [char; 7] = ['=', '+', '-', '@', '\t', '\r', '\n'];

/// One field of a CSV line.
pub struct Cell(Field);

enum Field {
    /// Written as it is: only numbers make one (see [`Figure`]).
    Figure(String),
    /// Guarded against formulas, then quoted if it must be.
    Text(String),
}

/// A number a CSV cell can hold: whole numbers, `f64`, money (two decimals, exact from the
/// cents) and a figure that may not exist (an empty field, as is an `f64` that is not a
/// finite number: "-inf" would read as a formula).
pub trait Figure {
    /// The figure as it is written in the cell.
    fn written(&self) -> String;
}

macro_rules! whole_number_as_printed {
    ($($number:ty),*) => {$(
        impl Figure for $number {
            fn written(&self) -> String {
                self.to_string()
            }
        }
    )*};
}
whole_number_as_printed!(u32, u64, i64, usize);

impl Figure for f64 {
    fn written(&self) -> String {
        if self.is_finite() {
            self.to_string()
        } else {
            String::new()
        }
    }
}

impl Figure for Money {
    /// Currency units with two decimals, from the whole cents (no rounding through `f64`).
    fn written(&self) -> String {
        let cents = self.cents().unsigned_abs();
        let sign = if self.cents() < 0 { "-" } else { "" };
        format!("{sign}{}.{:02}", cents / 100, cents % 100)
    }
}

impl<T: Figure> Figure for Option<T> {
    /// Empty when the figure does not exist (ROI with nothing spent).
    fn written(&self) -> String {
        self.as_ref().map_or_else(String::new, Figure::written)
    }
}

impl Cell {
    /// A text cell: a name, a label, a word.
    pub fn text(text: impl Into<String>) -> Cell {
        Cell(Field::Text(text.into()))
    }

    /// A figure cell.
    pub fn number(figure: impl Figure) -> Cell {
        Cell(Field::Figure(figure.written()))
    }

    /// An empty cell.
    pub fn blank() -> Cell {
        Cell(Field::Figure(String::new()))
    }

    fn write_to(&self, line: &mut String) {
        match &self.0 {
            Field::Figure(figure) => line.push_str(figure),
            Field::Text(text) => {
                let guard = if text.starts_with(FORMULA_STARTS) {
                    "'"
                } else {
                    ""
                };
                if text.contains([',', '"', '\n', '\r']) {
                    line.push('"');
                    line.push_str(guard);
                    line.push_str(&text.replace('"', "\"\""));
                    line.push('"');
                } else {
                    line.push_str(guard);
                    line.push_str(text);
                }
            }
        }
    }
}

/// A CSV table being written: a header line, then one line a row.
pub struct Table {
    text: String,
}

impl Table {
    /// A table with this header (each a text cell).
    pub fn new<S: Into<String>>(header: impl IntoIterator<Item = S>) -> Self {
        let mut table = Table {
            text: String::new(),
        };
        table.row(header.into_iter().map(Cell::text));
        table
    }

    /// Adds one row.
    pub fn row(&mut self, cells: impl IntoIterator<Item = Cell>) {
        for (i, cell) in cells.into_iter().enumerate() {
            if i > 0 {
                self.text.push(',');
            }
            cell.write_to(&mut self.text);
        }
        self.text.push('\n');
    }

    /// The CSV text.
    pub fn finish(self) -> String {
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(cells: impl IntoIterator<Item = Cell>) -> String {
        let mut table = Table::new(["name"]);
        table.row(cells);
        table.finish().trim_start_matches("name\n").to_string()
    }

    #[test]
    fn a_field_with_a_comma_or_a_quote_is_quoted_and_a_missing_figure_is_empty() {
        let written = line([
            Cell::text(r#"Gold, "new""#),
            Cell::number(None::<f64>),
            Cell::number(1.5),
        ]);
        assert_eq!(written, "\"Gold, \"\"new\"\"\",,1.5\n");
        let not_a_number = line([Cell::number(f64::NEG_INFINITY), Cell::number(f64::NAN)]);
        assert_eq!(not_a_number, ",\n");
    }

    #[test]
    fn a_text_that_a_spreadsheet_would_run_gets_an_apostrophe_but_a_negative_number_does_not() {
        let written = line([
            Cell::text("=1+1"),
            Cell::text("-cmd"),
            Cell::text("-12.5"),
            Cell::number(-12.5),
            Cell::number(Money(-1205)),
            Cell::text("@SUM(A1)"),
            Cell::text("\tx"),
            Cell::text("Gold"),
        ]);
        assert_eq!(
            written,
            "'=1+1,'-cmd,'-12.5,-12.5,-12.05,'@SUM(A1),'\tx,Gold\n"
        );
    }

    #[test]
    fn a_guarded_text_that_must_be_quoted_has_its_apostrophe_inside_the_quotes() {
        assert_eq!(line([Cell::text("+a,b")]), "\"'+a,b\"\n");
        assert_eq!(line([Cell::text("\r\n=x")]), "\"'\r\n=x\"\n");
    }

    #[test]
    fn money_is_written_with_two_decimals_from_the_cents() {
        let written = |cents| Money(cents).written();
        assert_eq!(written(0), "0.00");
        assert_eq!(written(5), "0.05");
        assert_eq!(written(-5), "-0.05");
        assert_eq!(written(123_456), "1234.56");
        assert_eq!(written(i64::MIN), "-92233720368547758.08");
    }
}
