//! A chart's drawing written out as SVG markup, and its legend: plain text the screen and the
//! printed pack put on the page as they are. Words are escaped; numbers are whole.

use std::fmt::Write;

use super::draw::{draw, swatch, Drawing, Shape};
use super::{Chart, Gap};

/// Text made safe to sit inside SVG or HTML markup.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn shapes_markup(out: &mut String, drawing: &Drawing) {
    if !drawing.patterns.is_empty() {
        out.push_str("<defs>");
        for p in &drawing.patterns {
            let _ = write!(
                out,
                r#"<pattern id="{}" class="{}" width="{s}" height="{s}" patternUnits="userSpaceOnUse"><rect class="pattern-ground" width="{s}" height="{s}"/><path class="pattern-ink" d="{}"/></pattern>"#,
                escape(&p.id),
                p.class,
                p.d,
                s = p.size
            );
        }
        out.push_str("</defs>");
    }
    for shape in &drawing.shapes {
        match shape {
            Shape::Rect {
                x,
                y,
                w,
                h,
                class,
                fill,
            } => {
                let style = fill
                    .as_ref()
                    .map(|f| format!(r#" style="fill:{}""#, escape(f)))
                    .unwrap_or_default();
                let _ = write!(
                    out,
                    r#"<rect class="{class}" x="{x}" y="{y}" width="{w}" height="{h}"{style}/>"#
                );
            }
            Shape::Path { d, class } => {
                let _ = write!(out, r#"<path class="{class}" d="{d}"/>"#);
            }
            Shape::Text {
                x,
                y,
                anchor,
                text,
                class,
            } => {
                let _ = write!(
                    out,
                    r#"<text class="{class}" x="{x}" y="{y}" text-anchor="{anchor}">{}</text>"#,
                    escape(text)
                );
            }
        }
    }
}

/// The chart as an SVG picture, named by its summary (`summary_id` is the id of the element
/// holding the summary sentence); empty when the chart has nothing to draw.
pub fn chart_svg(chart: &Chart, summary_id: &str) -> String {
    let drawing = draw(chart);
    if drawing.shapes.is_empty() {
        return String::new();
    }
    let mut out = format!(
        r#"<svg class="chart-drawing" viewBox="0 0 {} {}" role="img" aria-labelledby="{}" focusable="false">"#,
        drawing.width,
        drawing.height,
        escape(summary_id)
    );
    shapes_markup(&mut out, &drawing);
    out.push_str("</svg>");
    out
}

/// One line of a chart's legend: a small picture (SVG markup, hidden from screen readers, since
/// the words say it) or a symbol, and the words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LegendLine {
    pub picture: String,
    pub words: String,
}

/// The legend: each series by its look, each kind of gap the chart shows, and the lines across.
pub fn legend(chart: &Chart) -> Vec<LegendLine> {
    if chart.is_empty() {
        return Vec::new();
    }
    let mut lines: Vec<LegendLine> = (0..chart.series.len())
        .map(|i| {
            let drawing = swatch(chart, i);
            let mut picture = format!(
                r#"<svg class="chart-swatch" viewBox="0 0 {} {}" aria-hidden="true" focusable="false">"#,
                drawing.width, drawing.height
            );
            shapes_markup(&mut picture, &drawing);
            picture.push_str("</svg>");
            LegendLine {
                picture,
                words: chart.series[i].name.clone(),
            }
        })
        .collect();
    for gap in [Gap::TooFew, Gap::NoSchool] {
        if chart.slots.iter().any(|s| s.gap == Some(gap)) {
            lines.push(LegendLine {
                picture: format!(
                    r#"<span class="chart-gap-key" aria-hidden="true">{}</span>"#,
                    gap.symbol()
                ),
                words: gap.words().to_string(),
            });
        }
    }
    if !chart.guides.is_empty() {
        let at: Vec<String> = chart.guides.iter().map(|g| g.label.clone()).collect();
        lines.push(LegendLine {
            picture: r#"<svg class="chart-swatch" viewBox="0 0 200 140" aria-hidden="true" focusable="false"><path class="ch-guide" d="M10 70H190"/></svg>"#.to_string(),
            // Source: DfE, "Working together to improve school attendance" (2024).
            words: format!(
                "Dashed lines at {}: at 90% or less schools speak of persistent absence, at 50% or \
                 less of severe absence (Department for Education)",
                at.join(" and ")
            ),
        });
    }
    lines
}
