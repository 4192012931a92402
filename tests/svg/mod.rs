//! What every chart document must be, whichever chart it is (run or study): shared by the
//! chart tests so the page's expectations of a chart are written once.

/// A drawn chart the page can find: an SVG document with the root attributes the page looks
/// for, a viewBox of its size, a title, balanced text elements and no failure note.
pub fn assert_is_a_drawn_chart(id: &str, svg: &str) {
    assert!(svg.starts_with("<svg"), "{id}: not an SVG document");
    assert!(svg.trim_end().ends_with("</svg>"), "{id}: SVG not closed");
    assert!(
        svg.contains(&format!("class=\"tierlab-chart\" data-chart=\"{id}\"")),
        "{id}: the page cannot find it"
    );
    let size = |name: &str| {
        let at = svg.find(&format!(" {name}=\"")).map(|i| i + name.len() + 3);
        at.and_then(|i| svg[i..].split('"').next()).unwrap_or("")
    };
    let view_box = format!("viewBox=\"0 0 {} {}\"", size("width"), size("height"));
    assert!(svg.contains(&view_box), "{id}: no viewBox of its size");
    assert!(svg.contains("<title>"), "{id}: no title");
    assert!(
        !svg.contains("Could not draw") && !svg.contains("无法绘制"),
        "{id} failed to draw: {}",
        &svg[..svg.len().min(2000)]
    );
    assert_eq!(
        svg.matches("<text").count(),
        svg.matches("</text>").count(),
        "{id}: unbalanced text elements"
    );
}
