//! The one look all charts share: canvas size, margins, type sizes, ink and grid colours,
//! and the palette (what each measure is drawn in, so a measure keeps its colour across
//! charts).
//!
//! Not for: layout logic (frame.rs) or wording (labels.rs).

use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{FontDesc, FontFamily, FontStyle, RGBColor, TextStyle};

use super::backend::PLOTTERS_SIZE_PER_PX;

/// Default chart size in pixels; the SVG's viewBox lets the page scale it.
pub const WIDTH: u32 = 720;
pub const HEIGHT: u32 = 360;
/// The size of a chart shown in a narrow column (the fit panel beside the editor), so that
/// its words keep their size there.
pub const NARROW: (u32, u32) = (480, 300);

/// A CSS font stack with Chinese fonts on every common system; the browser picks the face.
pub const FONT_FAMILY: &str = "system-ui, -apple-system, 'Segoe UI', 'PingFang SC', \
     'Noto Sans CJK SC', 'Microsoft YaHei', sans-serif";

// Margins and bands, in pixels.
pub const PAD_LEFT: i32 = 16;
pub const PAD_RIGHT: i32 = 24;
pub const PAD_TOP: i32 = 14;
pub const PAD_BOTTOM: i32 = 8;
/// Space from the title's top to the legend's top.
pub const TITLE_BAND: i32 = 28;
/// Height of one legend row.
pub const LEGEND_ROW: i32 = 20;
/// Space above a plot for its y-axis title ("↑ Members"), which sits this far below the
/// band's top.
pub const Y_TITLE_BAND: i32 = 24;
pub const Y_TITLE_DROP: i32 = 4;
/// Height of the x tick labels under a plot.
pub const X_TICK_BAND: i32 = 22;
/// Height of the x-axis title under the tick labels.
pub const X_TITLE_BAND: i32 = 16;
/// Gap between a y tick label and the plot.
pub const Y_TICK_GAP: i32 = 12;
/// Legend: swatch width, gap to its label, gap to the next item.
pub const SWATCH: i32 = 16;
pub const SWATCH_GAP: i32 = 6;
pub const LEGEND_GAP: i32 = 18;

/// Stroke widths in pixels.
pub const LINE_WIDTH: u32 = 2;
pub const BOLD_LINE_WIDTH: u32 = 3;
/// Dash and gap lengths of a dashed (latent or projected) line.
pub const DASH: i32 = 6;
pub const DASH_GAP: i32 = 4;

// Ink.
pub const BACKGROUND: RGBColor = RGBColor(255, 255, 255);
pub const INK: RGBColor = RGBColor(0x1f, 0x24, 0x30);
pub const INK_SOFT: RGBColor = RGBColor(0x3d, 0x44, 0x51);
pub const MUTED: RGBColor = RGBColor(0x6b, 0x72, 0x80);
pub const GRID: RGBColor = RGBColor(0xe6, 0xe8, 0xec);
pub const AXIS: RGBColor = RGBColor(0xb4, 0xba, 0xc4);
pub const ZERO_LINE: RGBColor = RGBColor(0x8a, 0x91, 0x9c);

// Palette: one colour per measure.
pub const BLUE: RGBColor = RGBColor(0x2f, 0x6b, 0xd8);
pub const LIGHT_BLUE: RGBColor = RGBColor(0x9b, 0xbf, 0xf2);
pub const NAVY: RGBColor = RGBColor(0x1c, 0x3d, 0x8c);
pub const GREEN: RGBColor = RGBColor(0x2e, 0x9a, 0x57);
pub const AMBER: RGBColor = RGBColor(0xe8, 0xa3, 0x17);
pub const ORANGE: RGBColor = RGBColor(0xe4, 0x6c, 0x2e);
pub const RED: RGBColor = RGBColor(0xd6, 0x4a, 0x45);
pub const PURPLE: RGBColor = RGBColor(0x7d, 0x5b, 0xc6);
pub const LAVENDER: RGBColor = RGBColor(0xb3, 0x9d, 0xe6);
pub const GREY: RGBColor = RGBColor(0x9a, 0xa2, 0xae);
pub const PALE_GREY: RGBColor = RGBColor(0xcf, 0xd4, 0xdb);

/// A period set apart to check a model against (a fit's hold-out weeks), shaded behind the
/// lines.
pub const HOLD_OUT: RGBColor = RGBColor(0xee, 0xf1, 0xf5);

/// Scenarios A, B, C… in comparisons, in order (the ninth repeats the first).
pub const SCENARIOS: [RGBColor; 8] = [BLUE, ORANGE, GREEN, PURPLE, RED, AMBER, NAVY, GREY];
/// How opaque a P10–P90 band is, so that the bands of two scenarios show through each other.
pub const BAND_OPACITY: f64 = 0.18;

/// The colour of the i-th scenario (0 = A).
pub fn scenario_colour(i: usize) -> RGBColor {
    SCENARIOS[i % SCENARIOS.len()]
}

/// Ordinal ramp for tiers and cohorts: light (entry tier, oldest cohort) to dark.
pub const RAMP_LIGHT: RGBColor = RGBColor(0xb3, 0xcd, 0xf5);
pub const RAMP_DARK: RGBColor = RGBColor(0x14, 0x2c, 0x6e);
/// Heat-map scale from 0% to 100%: light to deep blue, with enough steps that shares in
/// the middle (30%–60%, where retention usually settles) stay tellable apart.
pub const HEAT: [RGBColor; 5] = [
    RGBColor(0xf5, 0xf8, 0xfd),
    RGBColor(0xc4, 0xd8, 0xf2),
    RGBColor(0x6f, 0xa3, 0xe4),
    RGBColor(0x25, 0x60, 0xbf),
    RGBColor(0x0c, 0x24, 0x66),
];

/// The colour `t` (0–1) of the way along `stops`, interpolated in RGB.
pub fn scale_color(stops: &[RGBColor], t: f64) -> RGBColor {
    let t = if t.is_finite() {
        t.clamp(0.0, 1.0)
    } else {
        0.0
    };
    match stops {
        [] => INK,
        [only] => *only,
        _ => {
            let span = (stops.len() - 1) as f64;
            let at = t * span;
            let i = (at.floor() as usize).min(stops.len() - 2);
            let f = at - i as f64;
            let (a, b) = (stops[i], stops[i + 1]);
            let mix =
                |x: u8, y: u8| (f64::from(x) + (f64::from(y) - f64::from(x)) * f).round() as u8;
            RGBColor(mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2))
        }
    }
}

/// `n` ordinal colours from light to dark (one colour: the middle of the ramp).
pub fn ordinal(n: usize) -> Vec<RGBColor> {
    let ramp = [RAMP_LIGHT, RAMP_DARK];
    match n {
        0 => Vec::new(),
        1 => vec![scale_color(&ramp, 0.6)],
        _ => (0..n)
            .map(|i| scale_color(&ramp, i as f64 / (n - 1) as f64))
            .collect(),
    }
}

/// `n` colours for cohort curves, oldest (lightest) to newest; mid-blues that read as lines.
pub fn cohort_colours(n: usize) -> Vec<RGBColor> {
    let ramp = [RGBColor(0x8c, 0xb4, 0xf0), RGBColor(0x14, 0x2c, 0x6e)];
    match n {
        0 => Vec::new(),
        1 => vec![BLUE],
        _ => (0..n)
            .map(|i| scale_color(&ramp, i as f64 / (n - 1) as f64))
            .collect(),
    }
}

/// A piece of text's role, which sets its size, weight and colour.
#[derive(Clone, Copy, Debug)]
pub struct TextRole {
    /// Size in CSS pixels.
    pub px: f64,
    pub color: RGBColor,
    pub bold: bool,
}

pub const TITLE: TextRole = TextRole {
    px: 16.0,
    color: INK,
    bold: true,
};
pub const LEGEND: TextRole = TextRole {
    px: 12.0,
    color: INK_SOFT,
    bold: false,
};
pub const AXIS_TITLE: TextRole = TextRole {
    px: 12.0,
    color: INK_SOFT,
    bold: false,
};
pub const TICK: TextRole = TextRole {
    px: 11.0,
    color: MUTED,
    bold: false,
};
pub const NOTE: TextRole = TextRole {
    px: 14.0,
    color: MUTED,
    bold: false,
};

/// The text style for a role, anchored at `h`, `v`.
pub fn text(role: TextRole, h: HPos, v: VPos) -> TextStyle<'static> {
    let weight = if role.bold {
        FontStyle::Bold
    } else {
        FontStyle::Normal
    };
    let font = FontDesc::new(
        FontFamily::Name(FONT_FAMILY),
        role.px * PLOTTERS_SIZE_PER_PX,
        weight,
    );
    font.color(&role.color).pos(Pos::new(h, v))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn type_sizes_come_back_out_of_the_svg_backend_as_whole_pixels() {
        // The SVG backend writes font-size = plotters size / 1.24; sizes that do not survive
        // the round trip would print as 13.000000000000002.
        for role in [TITLE, LEGEND, AXIS_TITLE, TICK, NOTE] {
            assert_eq!(
                role.px * PLOTTERS_SIZE_PER_PX / PLOTTERS_SIZE_PER_PX,
                role.px
            );
        }
    }

    #[test]
    fn ordinal_colours_run_from_light_to_dark() {
        let colours = ordinal(4);
        assert_eq!(colours.first(), Some(&RAMP_LIGHT));
        assert_eq!(colours.last(), Some(&RAMP_DARK));
        assert_eq!(ordinal(1).len(), 1);
        assert_eq!(scale_color(&HEAT, f64::NAN), HEAT[0]);
    }
}
