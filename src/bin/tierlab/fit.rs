//! `tierlab fit TRANSACTIONS.csv [--cutoff YYYY-MM-DD] [--format json|csv] [--lang en|zh-CN]
//! [--customer-column N|NAME] [--date-column N|NAME] [--amount-column N|NAME]`: reads the
//! file, fits the BG/NBD and Gamma-Gamma models with `tierlab::fit::fit`, and returns the
//! report as pretty JSON or as `parameter,value` rows. What the fit means (a limit it
//! reached, a search that did not confirm its point) goes to standard error, one line a
//! note, in `--lang`.

use std::io::Write;

use tierlab::fit::columns::Column;
use tierlab::fit::dates::Date;
use tierlab::fit::meaning::NoteKind;
use tierlab::fit::{fit, FitOptions};
use tierlab::words::Lang;

const USAGE: &str =
    "usage: tierlab fit TRANSACTIONS.csv [--cutoff YYYY-MM-DD] [--format json|csv] \
[--lang en|zh-CN] [--customer-column N|NAME] [--date-column N|NAME] [--amount-column N|NAME]";

/// Runs `tierlab fit` on the arguments after `fit`; returns the text to print.
pub fn run(args: &[String]) -> Result<String, String> {
    let mut path = None;
    let mut options = FitOptions::default();
    let mut format = "json".to_string();
    let mut lang = Lang::En;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        if !arg.starts_with("--") {
            if path.replace(arg).is_some() {
                return Err(USAGE.into());
            }
            continue;
        }
        let value = rest
            .next()
            .ok_or_else(|| format!("{arg} needs a value\n{USAGE}"))?;
        match arg.as_str() {
            "--cutoff" => options.cutoff = Some(Date::parse(value)?),
            "--format" => format.clone_from(value),
            "--lang" => lang = Lang::from_code(value),
            "--customer-column" => options.columns.customer = Some(Column::from_text(value)),
            "--date-column" => options.columns.date = Some(Column::from_text(value)),
            "--amount-column" => options.columns.amount = Some(Column::from_text(value)),
            _ => return Err(format!("unknown option {arg}\n{USAGE}")),
        }
    }
    let path = path.ok_or(USAGE)?;
    if format != "json" && format != "csv" {
        return Err(format!("--format {format}: expected json or csv"));
    }
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let report = fit(&text, &options).map_err(|e| e.said_in(lang).to_string())?;
    let mut errors = std::io::stderr().lock();
    for note in &report.notes {
        let label = match (note.kind, lang) {
            (NoteKind::NotConverged, Lang::En) => "warning: ",
            (NoteKind::NotConverged, Lang::ZhCn) => "警告：",
            (NoteKind::Limit, Lang::En) => "note: ",
            (NoteKind::Limit, Lang::ZhCn) => "说明：",
        };
        // A closed standard error is no reason to lose the report.
        let _ = writeln!(errors, "{label}{}", note.text.said_in(lang));
    }
    if format == "csv" {
        return Ok(report.parameters_csv());
    }
    serde_json::to_string_pretty(&report)
        .map(|json| json + "\n")
        .map_err(|e| e.to_string())
}
