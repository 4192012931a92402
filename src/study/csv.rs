//! The CSV tables the studies export: a header line, then one line a row; a field holding a
//! comma, a quote or a line break is quoted (RFC 4180). Numbers are written in full as Rust
//! prints them; a figure that does not exist (ROI with nothing spent) is an empty field.
//!
//! Not for: choosing the columns (each report does) or the byte-order mark Excel wants (the
//! page and the command line add it where the file is written).

/// A CSV table being written.
pub(super) struct Table {
    text: String,
}

impl Table {
    /// A table with this header.
    pub(super) fn new<S: AsRef<str>>(header: impl IntoIterator<Item = S>) -> Self {
        let mut table = Table {
            text: String::new(),
        };
        table.row(header);
        table
    }

    /// Adds one row.
    pub(super) fn row<S: AsRef<str>>(&mut self, cells: impl IntoIterator<Item = S>) {
        for (i, cell) in cells.into_iter().enumerate() {
            if i > 0 {
                self.text.push(',');
            }
            let cell = cell.as_ref();
            let needs_quotes = cell.chars().any(|c| matches!(c, ',' | '"' | '\n' | '\r'));
            if needs_quotes {
                self.text.push('"');
                self.text.push_str(&cell.replace('"', "\"\""));
                self.text.push('"');
            } else {
                self.text.push_str(cell);
            }
        }
        self.text.push('\n');
    }

    pub(super) fn finish(self) -> String {
        self.text
    }
}

/// A figure as a CSV field: empty when it does not exist.
pub(super) fn number(value: Option<f64>) -> String {
    value.map_or_else(String::new, |v| v.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_field_with_a_comma_or_a_quote_is_quoted_and_a_missing_figure_is_empty() {
        let mut table = Table::new(["name", "value"]);
        table.row([r#"Gold, "new""#.to_string(), number(None)]);
        table.row(["Silver".to_string(), number(Some(1.5))]);
        assert_eq!(
            table.finish(),
            "name,value\n\"Gold, \"\"new\"\"\",\nSilver,1.5\n"
        );
    }
}
