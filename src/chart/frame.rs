//! The frame every chart sits in: the title, the legend, and plot panels with labelled axes,
//! ticks chosen so that labels never overlap, and gridlines.
//!
//! Layout is computed with our own text metrics (backend.rs), never the font's. The legend
//! is drawn here from rectangles, lines and single-line `Text` elements, because plotters'
//! series legend measures text through the font.
//!
//! Not for: what is plotted (marks.rs and the chart files) or the look (theme.rs).

use plotters::chart::{ChartBuilder, ChartContext};
use plotters::coord::Shift;
use plotters::prelude::{Cartesian2d, Color, DrawingArea, PathElement, Rectangle, Text};
use plotters::style::text_anchor::{HPos, VPos};
use plotters::style::RGBColor;

use super::axis::{Axis, AxisKind, Ticked};
use super::backend::{text_width_px, SvgCanvas};
use super::theme::{self, TextRole};
use crate::words::Lang;

/// The whole chart's drawing area.
pub type Canvas<'b> = DrawingArea<SvgCanvas<'b>, Shift>;
/// What drawing returns: any plotters error, boxed.
pub type DrawResult<T = ()> = Result<T, Box<dyn std::error::Error>>;
/// A plot panel: both axes are numbers (categories are placed at 0, 1, 2, …).
pub type Plot<'b> = ChartContext<'static, SvgCanvas<'b>, Cartesian2d<Ticked, Ticked>>;

/// How a legend entry shows its series.
#[derive(Clone, Copy, Debug)]
pub enum Mark {
    Line(RGBColor),
    Dashed(RGBColor),
    Bold(RGBColor),
    Block(RGBColor),
    /// A translucent band with its middle line (P10–P90 and the median).
    Band(RGBColor),
    /// No swatch: a muted lead-in ("Joined:").
    Lead,
}

/// One legend entry.
pub struct Key {
    pub label: String,
    pub mark: Mark,
}

impl Key {
    pub fn new(label: impl Into<String>, mark: Mark) -> Key {
        Key {
            label: label.into(),
            mark,
        }
    }

    fn width(&self) -> i32 {
        let swatch = match self.mark {
            Mark::Lead => 0,
            _ => theme::SWATCH + theme::SWATCH_GAP,
        };
        swatch + text_width_px(&self.label, theme::LEGEND.px).ceil() as i32
    }

    fn draw(&self, root: &Canvas, (x, y): (i32, i32)) -> DrawResult {
        let cy = y + theme::LEGEND_ROW / 2 - 2;
        let line = |color: RGBColor, width: u32| {
            PathElement::new(
                vec![(x, cy), (x + theme::SWATCH, cy)],
                color.stroke_width(width),
            )
        };
        let mut role = theme::LEGEND;
        match self.mark {
            Mark::Line(color) => root.draw(&line(color, theme::LINE_WIDTH))?,
            Mark::Bold(color) => root.draw(&line(color, theme::BOLD_LINE_WIDTH))?,
            Mark::Dashed(color) => {
                let style = color.stroke_width(theme::LINE_WIDTH);
                root.draw(&PathElement::new(vec![(x, cy), (x + 6, cy)], style))?;
                root.draw(&PathElement::new(vec![(x + 10, cy), (x + 16, cy)], style))?;
            }
            Mark::Block(color) => root.draw(&Rectangle::new(
                [(x + 1, cy - 5), (x + theme::SWATCH - 3, cy + 5)],
                color.filled(),
            ))?,
            Mark::Band(color) => {
                root.draw(&Rectangle::new(
                    [(x, cy - 6), (x + theme::SWATCH, cy + 6)],
                    color.mix(theme::BAND_OPACITY).filled(),
                ))?;
                root.draw(&line(color, theme::LINE_WIDTH))?;
            }
            Mark::Lead => {
                role = TextRole {
                    color: theme::MUTED,
                    ..role
                }
            }
        }
        let text_x = match self.mark {
            Mark::Lead => x,
            _ => x + theme::SWATCH + theme::SWATCH_GAP,
        };
        root.draw(&Text::new(
            self.label.clone(),
            (text_x, cy),
            theme::text(role, HPos::Left, VPos::Center),
        ))?;
        Ok(())
    }
}

/// Legend rows at most; a longer legend ends in "…".
const MAX_LEGEND_ROWS: i32 = 3;

/// Draws the title and the legend (wrapped onto more rows if it must); returns the y at
/// which panels may start.
pub fn header(root: &Canvas, title: &str, keys: &[Key]) -> DrawResult<i32> {
    root.draw(&Text::new(
        title.to_string(),
        (theme::PAD_LEFT, theme::PAD_TOP),
        theme::text(theme::TITLE, HPos::Left, VPos::Top),
    ))?;
    let mut y = theme::PAD_TOP + theme::TITLE_BAND;
    if keys.is_empty() {
        return Ok(y);
    }
    let right = root.dim_in_pixel().0 as i32 - theme::PAD_RIGHT;
    let last_row = y + (MAX_LEGEND_ROWS - 1) * theme::LEGEND_ROW;
    let mut x = theme::PAD_LEFT;
    for key in keys {
        let width = key.width();
        if x > theme::PAD_LEFT && x + width > right {
            if y == last_row {
                // Out of room: say so rather than squeeze the plot away.
                Key::new("…", Mark::Lead).draw(root, (x, y))?;
                break;
            }
            x = theme::PAD_LEFT;
            y += theme::LEGEND_ROW;
        }
        key.draw(root, (x, y))?;
        x += width
            + match key.mark {
                Mark::Lead => theme::SWATCH_GAP,
                _ => theme::LEGEND_GAP,
            };
    }
    Ok(y + theme::LEGEND_ROW)
}

/// A panel's vertical extent, from its y-axis title to the bottom of its x-axis labels.
#[derive(Clone, Copy, Debug)]
pub struct Band {
    pub top: i32,
    pub bottom: i32,
    /// Whether the panel shows the x axis (the lower of stacked panels does).
    pub x_axis: bool,
}

impl Band {
    /// From `top` down to the bottom of the canvas, with the x axis.
    pub fn rest(root: &Canvas, top: i32) -> Band {
        Band {
            top,
            bottom: root.dim_in_pixel().1 as i32 - theme::PAD_BOTTOM,
            x_axis: true,
        }
    }
}

/// Two panels sharing one x axis under a header ending at `top`: the upper a little
/// taller, without x labels; the lower with them.
pub fn two_bands(root: &Canvas, top: i32) -> (Band, Band) {
    let bottom = Band::rest(root, top).bottom;
    let plots = bottom - top - 2 * theme::Y_TITLE_BAND - theme::X_TICK_BAND - theme::X_TITLE_BAND;
    let split = top + theme::Y_TITLE_BAND + plots * 11 / 20 + 10;
    let upper = Band {
        top,
        bottom: split - 10,
        x_axis: false,
    };
    (upper, Band::rest(root, split))
}

/// Room a y axis needs on the left for its tick labels.
pub fn y_label_width(y: &Axis, lang: Lang) -> i32 {
    y.widest_label(lang).ceil() as i32 + theme::Y_TICK_GAP
}

/// Builds a panel in `band`, draws its gridlines, axes, tick labels and axis titles, and
/// returns it for the marks. `left` is the room for y tick labels (share it between
/// stacked panels so their plots line up).
pub fn panel<'b>(
    root: &Canvas<'b>,
    band: Band,
    left: i32,
    x: &Axis,
    y: &Axis,
    lang: Lang,
) -> DrawResult<Plot<'b>> {
    let plot_top = band.top + theme::Y_TITLE_BAND;
    let below = if band.x_axis {
        theme::X_TICK_BAND + theme::X_TITLE_BAND
    } else {
        0
    };
    let plot_bottom = (band.bottom - below).max(plot_top + 10);
    let plot_left = theme::PAD_LEFT + left;
    let (width, height) = root.dim_in_pixel();
    let plot_right = width as i32 - theme::PAD_RIGHT;

    let (x_lo, x_hi) = x.range();
    let (y_lo, y_hi) = y.range();
    let x_coord = x.coord(f64::from(plot_right - plot_left), false, lang);
    let y_coord = y.coord(f64::from(plot_bottom - plot_top), true, lang);
    let mut plot = ChartBuilder::on(root)
        .margin_top(plot_top)
        .margin_bottom(
            height as i32 - plot_bottom - if band.x_axis { theme::X_TICK_BAND } else { 0 },
        )
        .margin_left(theme::PAD_LEFT)
        .margin_right(theme::PAD_RIGHT)
        .x_label_area_size(if band.x_axis { theme::X_TICK_BAND } else { 0 })
        .y_label_area_size(left)
        .build_cartesian_2d(x_coord, y_coord)?;

    let x_label = |v: &f64| x.label(*v, lang);
    let y_label = |v: &f64| y.label(*v, lang);
    let mut mesh = plot.configure_mesh();
    mesh.disable_x_mesh()
        .bold_line_style(theme::GRID.stroke_width(1))
        .axis_style(theme::AXIS.stroke_width(1))
        .set_all_tick_mark_size(4)
        .x_label_formatter(&x_label)
        .y_label_formatter(&y_label)
        .label_style(theme::text(theme::TICK, HPos::Center, VPos::Top));
    if matches!(y.kind, AxisKind::Categories { .. }) {
        mesh.disable_y_mesh();
    }
    mesh.draw()?;

    // A zero line across a numeric axis that spans zero (categories have no zero).
    let numeric = |axis: &Axis| matches!(axis.kind, AxisKind::Numbers { .. });
    if numeric(y) && y_lo < 0.0 && y_hi > 0.0 {
        plot.draw_series(std::iter::once(PathElement::new(
            vec![(x_lo, 0.0), (x_hi, 0.0)],
            theme::ZERO_LINE.stroke_width(1),
        )))?;
    }
    if numeric(x) && x_lo < 0.0 && x_hi > 0.0 {
        plot.draw_series(std::iter::once(PathElement::new(
            vec![(0.0, y_lo), (0.0, y_hi)],
            theme::ZERO_LINE.stroke_width(1),
        )))?;
    }
    root.draw(&Text::new(
        y.title.clone(),
        (theme::PAD_LEFT, band.top + theme::Y_TITLE_DROP),
        theme::text(theme::AXIS_TITLE, HPos::Left, VPos::Top),
    ))?;
    if band.x_axis {
        root.draw(&Text::new(
            x.title.clone(),
            (plot_right, band.bottom),
            theme::text(theme::AXIS_TITLE, HPos::Right, VPos::Bottom),
        ))?;
    }
    Ok(plot)
}

/// A muted note in the middle of a panel ("No months to show").
pub fn note(root: &Canvas, plot: &Plot, text: &str) -> DrawResult {
    let (x_range, y_range) = plot.plotting_area().get_pixel_range();
    root.draw(&Text::new(
        text.to_string(),
        (
            (x_range.start + x_range.end) / 2,
            (y_range.start + y_range.end) / 2,
        ),
        theme::text(theme::NOTE, HPos::Center, VPos::Center),
    ))?;
    Ok(())
}
