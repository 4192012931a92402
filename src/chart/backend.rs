//! The drawing backend every chart draws on: plotters' SVG backend with text metrics that
//! need no fonts and no browser.
//!
//! Why: plotters measures text through the font. Natively (without its `ttf` feature) that is
//! a crude guess; on wasm32 it creates an element through the page's `window`, which panics
//! inside a Web Worker or under Node and would make the SVG differ between the two builds.
//! [`SvgCanvas`] hands every drawing call to [`SVGBackend`] unchanged and answers
//! `estimate_text_size` itself from [`text_width_px`], a table of average character advances.
//! The SVG backend writes `<text>` elements without measuring anything, so the reader's
//! browser lays the text out with its own fonts (Chinese included), and the same chart gives
//! the same bytes natively and in WebAssembly.
//!
//! Not for: anything that measures through the font itself. Plotters' series legend
//! (`configure_series_labels`) and `MultiLineText` call the font directly; the charts draw
//! their own legends (see `frame.rs`).

use plotters::backend::{DrawingBackend, SVGBackend};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingErrorKind,
};

/// Plotters sizes a font in "points" and the SVG backend writes `font-size` = size ÷ 1.24,
/// so a CSS pixel size is multiplied by this to make a plotters font size.
pub const PLOTTERS_SIZE_PER_PX: f64 = 1.24;

/// Line height of a line of text, in em.
const LINE_HEIGHT_EM: f64 = 1.2;

/// Average advance of one character, in em, for the sans-serif system fonts the page uses
/// (system-ui, Segoe UI, PingFang SC, Noto Sans CJK SC, Microsoft YaHei).
///
/// CJK ideographs, kana, hangul and full-width forms are square: 1 em. Digits are tabular in
/// these fonts: 0.56 em. Latin letters average 0.55 em; the narrow ones (i, l, t, f, r, and
/// punctuation) and the wide ones (m, w, M, W, %) and capitals are classed apart, because
/// legends and axis labels are short and one class off shows. A space is 0.28 em.
/// The estimate is meant to err a little wide, so that laid-out labels never touch.
pub fn char_advance_em(c: char) -> f64 {
    match c {
        ' ' => 0.28,
        '0'..='9' => 0.56,
        'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' => 0.27,
        'f' | 't' | 'r' | 'I' | '(' | ')' | '[' | ']' | '-' | '/' => 0.37,
        'm' | 'w' | 'M' | 'W' | '%' | '@' => 0.86,
        'A'..='Z' => 0.66,
        c if c.is_ascii() => 0.55,
        c if is_wide(c) => 1.0,
        '\u{2190}'..='\u{21FF}' => 0.9, // arrows
        _ => 0.6,
    }
}

/// Whether a character is drawn on a square (full-width) cell.
fn is_wide(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{115F}'      // Hangul Jamo
        | '\u{2E80}'..='\u{303F}'    // CJK radicals, symbols and punctuation (、。「」)
        | '\u{3040}'..='\u{33FF}'    // kana, bopomofo, CJK compatibility
        | '\u{3400}'..='\u{4DBF}'    // CJK extension A
        | '\u{4E00}'..='\u{9FFF}'    // CJK unified ideographs
        | '\u{AC00}'..='\u{D7AF}'    // Hangul syllables
        | '\u{F900}'..='\u{FAFF}'    // CJK compatibility ideographs
        | '\u{FE30}'..='\u{FE4F}'    // CJK compatibility forms
        | '\u{FF00}'..='\u{FF60}'    // full-width forms (，（）：)
        | '\u{FFE0}'..='\u{FFE6}'
        | '\u{20000}'..='\u{3FFFD}' // CJK extensions B and later
    )
}

/// Estimated width in CSS pixels of `text` set at `font_px` pixels.
pub fn text_width_px(text: &str, font_px: f64) -> f64 {
    text.chars().map(char_advance_em).sum::<f64>() * font_px
}

/// Estimated height in CSS pixels of one line of text set at `font_px` pixels.
pub fn text_height_px(font_px: f64) -> f64 {
    LINE_HEIGHT_EM * font_px
}

/// Plotters' SVG backend with DOM-free, font-free text metrics.
pub struct SvgCanvas<'a> {
    inner: SVGBackend<'a>,
}

impl<'a> SvgCanvas<'a> {
    /// A canvas of `size` pixels writing an SVG document into `buffer`.
    pub fn with_string(buffer: &'a mut String, size: (u32, u32)) -> Self {
        SvgCanvas {
            inner: SVGBackend::with_string(buffer, size),
        }
    }
}

type Failure<'a> = DrawingErrorKind<<SVGBackend<'a> as DrawingBackend>::ErrorType>;

impl<'a> DrawingBackend for SvgCanvas<'a> {
    type ErrorType = <SVGBackend<'a> as DrawingBackend>::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.inner.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), Failure<'a>> {
        self.inner.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), Failure<'a>> {
        self.inner.present()
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), Failure<'a>> {
        self.inner.draw_pixel(point, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), Failure<'a>> {
        self.inner.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), Failure<'a>> {
        self.inner.draw_rect(upper_left, bottom_right, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), Failure<'a>> {
        self.inner.draw_path(path, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), Failure<'a>> {
        self.inner.draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), Failure<'a>> {
        self.inner.fill_polygon(vert, style)
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), Failure<'a>> {
        self.inner.draw_text(text, style, pos)
    }

    /// Our metrics, never the font's: see the module comment.
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), Failure<'a>> {
        let font_px = style.size() / PLOTTERS_SIZE_PER_PX;
        Ok((
            text_width_px(text, font_px).ceil() as u32,
            text_height_px(font_px).ceil() as u32,
        ))
    }

    fn blit_bitmap(
        &mut self,
        pos: BackendCoord,
        size: (u32, u32),
        src: &[u8],
    ) -> Result<(), Failure<'a>> {
        self.inner.blit_bitmap(pos, size, src)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_characters_are_one_em_wide_and_digits_a_little_over_half() {
        assert_eq!(text_width_px("金卡会员", 10.0), 40.0);
        assert!((text_width_px("2026", 10.0) - 22.4).abs() < 1e-9);
        assert!((text_width_px("a b", 10.0) - 13.8).abs() < 1e-9);
    }

    #[test]
    fn full_width_punctuation_is_wide() {
        assert_eq!(text_width_px("（）：，", 12.0), 48.0);
    }

    #[test]
    fn estimate_uses_the_pixel_size_the_svg_writes() {
        use plotters::style::{IntoFont, TextStyle};
        let mut buffer = String::new();
        let canvas = SvgCanvas::with_string(&mut buffer, (100, 100));
        let style: TextStyle = ("sans-serif", 10.0 * PLOTTERS_SIZE_PER_PX)
            .into_font()
            .into();
        let (w, h) = canvas.estimate_text_size("会员", &style).unwrap();
        assert_eq!((w, h), (20, 12));
    }
}
