//! Charts of a run's results and of studies over many runs, as SVG documents in the
//! page's language.
//!
//! One function per chart kind turns [`Results`] into marks over axes (see the chart files);
//! the studies' charts ([`comparison_charts`], [`replication_charts`], [`sweep_charts`],
//! [`tornado_charts`]) do the same from the reports of `crate::study`, and [`fit_charts`]
//! from a transaction fit (`crate::fit`);
//! they share one frame (title, legend, labelled axes with units), one theme and one number
//! format. Charts are drawn with plotters onto [`backend::SvgCanvas`], whose text metrics
//! need no browser, so they can be drawn inside a Web Worker and give the same bytes
//! natively and in WebAssembly.
//!
//! Every chart's root `<svg>` carries a `viewBox` (so the page can scale it), a `<title>`,
//! and `class="tierlab-chart" data-chart="<id>"` so page tests can find it.
//!
//! Not for: choosing what a run measures (`metrics`) or placing charts on the page (`web`).

mod axis;
pub mod backend;
mod bands;
mod compare;
mod differences;
mod finance;
mod fit;
mod frame;
mod labels;
mod layouts;
mod marks;
mod members;
mod notes;
mod retention;
mod sweep;
mod theme;
mod tornado;

pub use bands::replication_charts;
pub use compare::comparison_charts;
pub use fit::fit_charts;
pub use notes::{campaign_notes, holdout_verdict};
pub use sweep::sweep_charts;
pub use tornado::tornado_charts;

use plotters::prelude::IntoDrawingArea;

use crate::metrics::Results;
use crate::words::Lang;
use backend::SvgCanvas;
use frame::{Canvas, DrawResult};

/// The charts a run is shown with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartKind {
    /// Enrolled, alive (latent) and active members per month.
    Members,
    /// Members per lifecycle stage per month, stacked.
    Lifecycle,
    /// Members per tier per month, stacked.
    Tiers,
    /// Upgrades and downgrades per month.
    TierMoves,
    /// Share of a cohort active by months since joining.
    Retention,
    /// Join month × months since joining, coloured by the share active.
    CohortHeatmap,
    /// Points issued, redeemed and expired per month, and the points liability.
    Points,
    /// Revenue against programme cost per month.
    Money,
}

impl ChartKind {
    /// Every kind, in the order the page shows them.
    pub const ALL: [ChartKind; 8] = [
        ChartKind::Members,
        ChartKind::Lifecycle,
        ChartKind::Tiers,
        ChartKind::TierMoves,
        ChartKind::Retention,
        ChartKind::CohortHeatmap,
        ChartKind::Points,
        ChartKind::Money,
    ];

    /// The id the page and `data-chart` use.
    pub fn id(self) -> &'static str {
        match self {
            ChartKind::Members => "members",
            ChartKind::Lifecycle => "lifecycle",
            ChartKind::Tiers => "tiers",
            ChartKind::TierMoves => "tier_moves",
            ChartKind::Retention => "retention",
            ChartKind::CohortHeatmap => "cohort_heatmap",
            ChartKind::Points => "points",
            ChartKind::Money => "money",
        }
    }

    pub fn from_id(id: &str) -> Option<ChartKind> {
        ChartKind::ALL.into_iter().find(|k| k.id() == id)
    }

    /// The chart's title in `lang`.
    pub fn title(self, lang: Lang) -> &'static str {
        let words = labels::labels(lang);
        match self {
            ChartKind::Members => words.members_title,
            ChartKind::Lifecycle => words.lifecycle_title,
            ChartKind::Tiers => words.tiers_title,
            ChartKind::TierMoves => words.tier_moves_title,
            ChartKind::Retention => words.retention_title,
            ChartKind::CohortHeatmap => words.cohort_heatmap_title,
            ChartKind::Points => words.points_title,
            ChartKind::Money => words.money_title,
        }
    }
}

/// One chart as an SVG document. Never panics: if drawing fails, the document is a small
/// SVG with the title and the error.
pub fn render(kind: ChartKind, results: &Results, lang: Lang) -> String {
    document(kind.id(), kind.title(lang), lang, |root| match kind {
        ChartKind::Members => members::members(root, results, lang),
        ChartKind::Lifecycle => members::lifecycle(root, results, lang),
        ChartKind::Tiers => members::tiers(root, results, lang),
        ChartKind::TierMoves => members::tier_moves(root, results, lang),
        ChartKind::Retention => retention::curves(root, results, lang),
        ChartKind::CohortHeatmap => retention::heatmap(root, results, lang),
        ChartKind::Points => finance::points_and_liability(root, results, lang),
        ChartKind::Money => finance::revenue_and_cost(root, results, lang),
    })
}

/// Every chart, as (id, SVG document), in [`ChartKind::ALL`] order.
pub fn render_all(results: &Results, lang: Lang) -> Vec<(&'static str, String)> {
    ChartKind::ALL
        .into_iter()
        .map(|kind| (kind.id(), render(kind, results, lang)))
        .collect()
}

/// The SVG document of chart `id` titled `title`, drawn by `draw` on a blank canvas of the
/// default size; if drawing fails, a small SVG with the title and the error.
fn document(id: &str, title: &str, lang: Lang, draw: impl FnOnce(&Canvas) -> DrawResult) -> String {
    sized_document(id, title, lang, (theme::WIDTH, theme::HEIGHT), draw)
}

/// As [`document`], on a canvas of `size` pixels.
fn sized_document(
    id: &str,
    title: &str,
    lang: Lang,
    size: (u32, u32),
    draw: impl FnOnce(&Canvas) -> DrawResult,
) -> String {
    let mut svg = String::new();
    let drawn = (|| -> DrawResult {
        let root = SvgCanvas::with_string(&mut svg, size).into_drawing_area();
        root.fill(&theme::BACKGROUND)?;
        draw(&root)?;
        root.present()?;
        Ok(())
    })();
    match drawn {
        Ok(()) => finish(svg, id, title),
        Err(error) => failure_svg(id, title, lang, size, &error.to_string()),
    }
}

/// The attributes and `<title>` the page relies on, added to the root `<svg>`.
fn finish(mut svg: String, id: &str, title: &str) -> String {
    let title = escape(title);
    let attributes = format!(
        " class=\"tierlab-chart\" data-chart=\"{}\" role=\"img\" aria-label=\"{title}\"",
        escape(id)
    );
    if let Some(start) = svg.find("<svg") {
        svg.insert_str(start + "<svg".len(), &attributes);
        if let Some(end) = svg[start..].find('>') {
            svg.insert_str(start + end + 1, &format!("\n<title>{title}</title>"));
        }
    }
    svg
}

/// A chart that could not be drawn: its title and why, in plain SVG.
fn failure_svg(id: &str, title: &str, lang: Lang, (w, h): (u32, u32), error: &str) -> String {
    let title = escape(title);
    let reason = escape(&format!("{}: {error}", labels::labels(lang).could_not_draw));
    let font = escape(theme::FONT_FAMILY);
    format!(
        "<svg width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" \
         xmlns=\"http://www.w3.org/2000/svg\" class=\"tierlab-chart\" data-chart=\"{id}\" \
         role=\"img\" aria-label=\"{title}\">\n<title>{title}</title>\n\
         <rect width=\"{w}\" height=\"{h}\" fill=\"#FFFFFF\"/>\n\
         <text x=\"16\" y=\"30\" font-family=\"{font}\" font-size=\"16\" font-weight=\"bold\" \
         fill=\"#1F2430\">{title}</text>\n\
         <text x=\"16\" y=\"60\" font-family=\"{font}\" font-size=\"13\" fill=\"#6B7280\">{reason}</text>\n\
         </svg>\n",
        id = escape(id),
    )
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&apos;")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chart_ids_round_trip() {
        for kind in ChartKind::ALL {
            assert_eq!(ChartKind::from_id(kind.id()), Some(kind));
        }
        assert_eq!(ChartKind::from_id("pie"), None);
    }

    #[test]
    fn any_chinese_language_code_means_simplified_chinese() {
        for code in ["zh", "zh-CN", "zh-cn", "zh_Hans", " zh-Hans-CN "] {
            assert_eq!(Lang::from_code(code), Lang::ZhCn, "{code}");
        }
        for code in ["en", "en-GB", "", "fr", "zhx"] {
            assert_eq!(Lang::from_code(code), Lang::En, "{code}");
        }
    }

    #[test]
    fn a_chart_that_cannot_be_drawn_still_is_a_findable_svg() {
        let kind = ChartKind::Money;
        let size = (theme::WIDTH, theme::HEIGHT);
        let svg = failure_svg(
            kind.id(),
            kind.title(Lang::ZhCn),
            Lang::ZhCn,
            size,
            "bad <thing>",
        );
        assert!(svg.starts_with("<svg") && svg.contains("data-chart=\"money\""));
        assert!(svg.contains("bad &lt;thing&gt;") && svg.contains("每月收入"));
    }
}
