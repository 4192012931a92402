//! The words of the studies' CSV (comparison, replications, sweep, tornado, goal-seek,
//! liability ceiling, ladder design) for a planner opening it in Excel from the page: the headers in the page's language, each KPI by the name the page
//! and the charts give it, with its id beside it (so a sheet can still be matched with the
//! JSON and with the command line's CSV), and the units and measures said in words.
//!
//! Not for: the command line's CSV (`to_csv`: the ids as the JSON names them, for
//! scripts), or how a cell is written (`crate::csv`).

use super::kpi::Unit;
use crate::csv::Cell;
use crate::words::study_labels;
use crate::words::Lang;

/// What a planner reading in `lang` calls the columns and the KPIs of a study's CSV.
pub(super) struct CsvWords<'t> {
    lang: Lang,
    tier_names: &'t [String],
}

impl<'t> CsvWords<'t> {
    /// `tier_names` (entry tier first) name the tier shares.
    pub(super) fn new(lang: Lang, tier_names: &'t [String]) -> Self {
        CsvWords { lang, tier_names }
    }

    /// One header word, in English or in Chinese.
    pub(super) fn say(&self, en: &'static str, zh: &'static str) -> &'static str {
        self.lang.say(en, zh)
    }

    /// The KPI's name as the page and the charts give it ("Share in Gold", "Gold 占比").
    pub(super) fn kpi(&self, id: &str) -> String {
        study_labels(self.lang).kpi(id, self.tier_names)
    }

    /// A tornado assumption's name as its chart gives it.
    pub(super) fn assumption(&self, name: &str) -> String {
        study_labels(self.lang).assumption(name)
    }

    /// Tier `k`'s name (entry tier 0), or its number if the scenario has no such tier.
    pub(super) fn tier(&self, k: usize) -> String {
        self.tier_names
            .get(k)
            .cloned()
            .unwrap_or_else(|| k.to_string())
    }

    pub(super) fn unit(&self, unit: Unit) -> &'static str {
        match unit {
            Unit::Count => self.say("count", "数量"),
            Unit::Points => self.say("points", "积分"),
            Unit::Money => self.say("¥", "元"),
            Unit::Share => self.say("share (0–1)", "占比（0–1）"),
            Unit::Ratio => self.say("ratio", "比率"),
        }
    }
}

/// The KPI's columns: `kpi,unit` for scripts; its name, id and unit for a planner.
pub(super) fn kpi_header(words: Option<&CsvWords>) -> Vec<&'static str> {
    match words {
        None => vec!["kpi", "unit"],
        Some(w) => vec![
            w.say("KPI", "指标"),
            w.say("KPI id", "指标代码"),
            w.say("Unit", "单位"),
        ],
    }
}

/// A KPI's cells of a CSV line, under [`kpi_header`]'s columns.
pub(super) fn kpi_cells(words: Option<&CsvWords>, id: &str, unit: Unit) -> Vec<Cell> {
    match words {
        None => vec![Cell::text(id), Cell::text(unit.name())],
        Some(w) => vec![
            Cell::text(w.kpi(id)),
            Cell::text(id),
            Cell::text(w.unit(unit)),
        ],
    }
}
