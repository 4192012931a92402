//! The marks drawn inside a panel: lines over categories, stacked areas, bands and signed
//! bars.
//! Each mark type is described as data (name, colour, values) and knows its legend entry,
//! so a chart is a list of marks plus its axes.
//!
//! A series with a single value (a one-month run) is drawn as a short flat segment or a
//! block centred on its category, so it stays visible. Non-finite values are drawn as 0.

use plotters::prelude::{Circle, Color, DashedLineSeries, LineSeries, Polygon, Rectangle};
use plotters::style::{RGBColor, ShapeStyle};

use super::frame::{DrawResult, Key, Mark, Plot};
use super::theme;

/// How a line is stroked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stroke {
    Solid,
    /// A latent or derived measure.
    Dashed,
    /// A summary line drawn over the others (the average).
    Bold,
}

/// A line through one value per category.
pub struct Line {
    pub label: String,
    pub color: RGBColor,
    pub stroke: Stroke,
    pub values: Vec<f64>,
}

impl Line {
    pub fn new(
        label: impl Into<String>,
        color: RGBColor,
        stroke: Stroke,
        values: Vec<f64>,
    ) -> Line {
        Line {
            label: label.into(),
            color,
            stroke,
            values,
        }
    }

    pub fn key(&self) -> Key {
        let mark = match self.stroke {
            Stroke::Solid => Mark::Line(self.color),
            Stroke::Dashed => Mark::Dashed(self.color),
            Stroke::Bold => Mark::Bold(self.color),
        };
        Key::new(self.label.clone(), mark)
    }
}

/// A layer of a stacked area (or of stacked bars): one value per category.
pub struct Layer {
    pub label: String,
    pub color: RGBColor,
    pub values: Vec<f64>,
}

impl Layer {
    pub fn new(label: impl Into<String>, color: RGBColor, values: Vec<f64>) -> Layer {
        Layer {
            label: label.into(),
            color,
            values,
        }
    }

    pub fn key(&self) -> Key {
        Key::new(self.label.clone(), Mark::Block(self.color))
    }
}

fn finite(v: f64) -> f64 {
    if v.is_finite() {
        v
    } else {
        0.0
    }
}

/// Where a series' values sit: at 0, 1, 2, …; a lone value spans −0.3 to 0.3.
fn positions(values: &[f64]) -> Vec<(f64, f64)> {
    match values {
        [only] => vec![(-0.3, finite(*only)), (0.3, finite(*only))],
        _ => values
            .iter()
            .enumerate()
            .map(|(i, v)| (i as f64, finite(*v)))
            .collect(),
    }
}

/// Draws lines, in order (the last on top).
pub fn lines(plot: &mut Plot, lines: &[Line]) -> DrawResult {
    for line in lines {
        let points = positions(&line.values);
        match line.stroke {
            Stroke::Solid | Stroke::Bold => {
                let width = if line.stroke == Stroke::Bold {
                    theme::BOLD_LINE_WIDTH
                } else {
                    theme::LINE_WIDTH
                };
                plot.draw_series(LineSeries::new(
                    points.clone(),
                    line.color.stroke_width(width),
                ))?;
            }
            Stroke::Dashed => {
                plot.draw_series(DashedLineSeries::new(
                    points.clone(),
                    theme::DASH,
                    theme::DASH_GAP,
                    line.color.stroke_width(theme::LINE_WIDTH),
                ))?;
            }
        }
        if line.values.len() == 1 {
            plot.draw_series(std::iter::once(Circle::new(
                (0.0, points[0].1),
                3,
                line.color.filled(),
            )))?;
        }
    }
    Ok(())
}

/// The top of each category's stack (for fitting the y scale).
pub fn stack_totals(layers: &[Layer]) -> Vec<f64> {
    let len = layers.iter().map(|l| l.values.len()).max().unwrap_or(0);
    (0..len)
        .map(|i| {
            layers
                .iter()
                .map(|l| finite(l.values.get(i).copied().unwrap_or(0.0)).max(0.0))
                .sum()
        })
        .collect()
}

/// Draws layers stacked upwards from zero, the first at the bottom.
pub fn stack(plot: &mut Plot, layers: &[Layer]) -> DrawResult {
    let len = layers.iter().map(|l| l.values.len()).max().unwrap_or(0);
    let mut floor = vec![0.0; len];
    for layer in layers {
        let ceiling: Vec<f64> = (0..len)
            .map(|i| floor[i] + finite(layer.values.get(i).copied().unwrap_or(0.0)).max(0.0))
            .collect();
        fill_between(plot, &floor, &ceiling, layer.color.filled())?;
        floor = ceiling;
    }
    Ok(())
}

/// Draws one bar per category from zero to its value (below zero if negative).
pub fn bars(plot: &mut Plot, values: &[f64], color: RGBColor) -> DrawResult {
    let width = 0.38;
    plot.draw_series(
        values
            .iter()
            .enumerate()
            .filter(|(_, v)| **v != 0.0)
            .map(|(i, v)| {
                let x = i as f64;
                Rectangle::new([(x - width, 0.0), (x + width, finite(*v))], color.filled())
            }),
    )?;
    Ok(())
}

/// Draws each category's bars side by side, one per layer in order (actual beside model),
/// from zero to their values; a zero is a bar of no height, still there to be read.
pub fn side_by_side(plot: &mut Plot, layers: &[Layer]) -> DrawResult {
    let width = 0.76 / layers.len().max(1) as f64;
    for (k, layer) in layers.iter().enumerate() {
        let left = -0.38 + k as f64 * width;
        plot.draw_series(layer.values.iter().enumerate().map(|(i, v)| {
            let x = i as f64 + left;
            Rectangle::new([(x, 0.0), (x + width, finite(*v))], layer.color.filled())
        }))?;
    }
    Ok(())
}

/// Draws a translucent band between `low` and `high` (one value each per category), such
/// as a series' P10 and P90 over seeds.
pub fn band(plot: &mut Plot, low: &[f64], high: &[f64], color: RGBColor) -> DrawResult {
    fill_between(plot, low, high, color.mix(theme::BAND_OPACITY).filled())
}

/// Fills the area between two lines over the categories.
fn fill_between(plot: &mut Plot, low: &[f64], high: &[f64], style: ShapeStyle) -> DrawResult {
    let upper = positions(high);
    let lower = positions(low);
    let outline: Vec<(f64, f64)> = upper.iter().chain(lower.iter().rev()).copied().collect();
    if outline.len() >= 3 {
        plot.draw_series(std::iter::once(Polygon::new(outline, style)))?;
    }
    Ok(())
}
