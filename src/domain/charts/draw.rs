//! A chart model turned into SVG shapes: rectangles, paths and words at whole-number places in a
//! box [`VIEW_WIDTH`] wide (ten units to a pixel at 320 px), so the view writes numbers without
//! the float formatter and the drawing scales to any width. No chart library.

use super::{Chart, Fill, Gap, Layout, Look, Marker};

/// The drawing's width in its own units; the screen scales it to fit.
pub const VIEW_WIDTH: i32 = 3200;
/// Words on the chart, in the drawing's units (about 12 px on a 360 px phone).
const FONT: i32 = 130;
/// Columns: room for the scale on the left, the labels at the bottom.
const LEFT: i32 = 400;
const RIGHT: i32 = 60;
const TOP: i32 = 120;
const PLOT_HEIGHT: i32 = 1300;
const BOTTOM: i32 = 230;
/// Rows: each row holds its label and then its bar.
const ROW: i32 = 330;
const BAR: i32 = 130;
/// The half-size of a mark (circle, triangle, square).
const MARK: i32 = 45;
/// The room a column label needs (a character's width, and the space between labels), so labels
/// never run into each other.
const LABEL_CHAR: i32 = 80;
const LABEL_GAP: i32 = 160;

/// One thing to draw. `class` names the colour and style (kept in the style sheet, so dark mode
/// and print can change them); `fill` points at a pattern when a bar is striped or dotted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Shape {
    Rect {
        x: i32,
        y: i32,
        w: i32,
        h: i32,
        class: String,
        fill: Option<String>,
    },
    Path {
        d: String,
        class: String,
    },
    Text {
        x: i32,
        y: i32,
        /// "start", "middle" or "end".
        anchor: &'static str,
        text: String,
        class: &'static str,
    },
}

/// A pattern a striped or dotted bar is filled with.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pattern {
    pub id: String,
    pub size: i32,
    pub d: String,
    /// The series' colour class, for the pattern's lines or dots.
    pub class: String,
}

/// Everything to draw for one chart, in a box `width` by `height`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Drawing {
    pub width: i32,
    pub height: i32,
    pub patterns: Vec<Pattern>,
    pub shapes: Vec<Shape>,
}

/// A value on a scale of `top` as a length of `length` units, kept inside 0..=length whatever
/// the value (a value that is not a number draws nothing).
fn scaled(value: f64, top: u32, length: i32) -> i32 {
    if !value.is_finite() || top == 0 {
        return 0;
    }
    let share = (value / f64::from(top)).clamp(0.0, 1.0);
    (share * f64::from(length)).round() as i32
}

/// The colour class of a series (three colours, then round again; shape or pattern tells them
/// apart anyway).
fn colour(series: usize) -> String {
    format!("c{}", series % 3)
}

fn pattern_id(chart: &Chart, series: usize) -> String {
    format!("{}-p{series}", chart.key)
}

/// The patterns for the striped and dotted series of a chart.
fn patterns(chart: &Chart) -> Vec<Pattern> {
    chart
        .series
        .iter()
        .enumerate()
        .filter_map(|(i, s)| {
            let d = match s.look {
                Look::Bars(Fill::Striped) => "M0 60L60 0M-15 15L15 -15M45 75L75 45",
                Look::Bars(Fill::Dotted) => "M15 15h12v12h-12zM45 45h12v12h-12z",
                _ => return None,
            };
            Some(Pattern {
                id: pattern_id(chart, i),
                size: 60,
                d: d.to_string(),
                class: colour(i),
            })
        })
        .collect()
}

/// The path of a mark centred on (x, y).
pub fn mark_path(marker: Marker, x: i32, y: i32) -> String {
    let r = MARK;
    match marker {
        Marker::Circle => format!(
            "M{} {y}a{r} {r} 0 1 0 {} 0a{r} {r} 0 1 0 -{} 0z",
            x - r,
            2 * r,
            2 * r
        ),
        Marker::Triangle => format!(
            "M{x} {}L{} {}L{} {}z",
            y - r - 8,
            x + r + 8,
            y + r,
            x - r - 8,
            y + r
        ),
        Marker::Square => format!("M{} {}h{}v{}h-{}z", x - r, y - r, 2 * r, 2 * r, 2 * r),
    }
}

fn bar_shape(chart: &Chart, series: usize, fill: Fill, x: i32, y: i32, w: i32, h: i32) -> Shape {
    Shape::Rect {
        x,
        y,
        w,
        h,
        class: format!("ch-bar {}", colour(series)),
        fill: (fill != Fill::Solid).then(|| format!("url(#{})", pattern_id(chart, series))),
    }
}

/// The whole numbers on the scale: the bottom, the middle when it is whole, the top.
fn ticks(top: u32) -> Vec<u32> {
    let mut ticks = vec![0];
    if top.is_multiple_of(2) && top > 1 {
        ticks.push(top / 2);
    }
    ticks.push(top);
    ticks
}

/// The drawing for a chart; a chart with nothing to draw gives an empty drawing.
pub fn draw(chart: &Chart) -> Drawing {
    match chart.layout {
        _ if chart.is_empty() => Drawing {
            width: VIEW_WIDTH,
            height: 0,
            patterns: Vec::new(),
            shapes: Vec::new(),
        },
        Layout::Columns => columns(chart),
        Layout::Rows => rows(chart),
    }
}

fn columns(chart: &Chart) -> Drawing {
    let mut shapes = Vec::new();
    let (x0, x1) = (LEFT, VIEW_WIDTH - RIGHT);
    let (y0, y1) = (TOP, TOP + PLOT_HEIGHT);
    let n = chart.slots.len() as i32;
    let plot_width = x1 - x0;
    let at = |slot: usize, along: f64| -> i32 {
        let along = if along.is_finite() {
            along.clamp(0.0, 1.0)
        } else {
            0.5
        };
        x0 + ((f64::from(slot as i32) + along) * f64::from(plot_width) / f64::from(n)).round()
            as i32
    };
    let height_of = |value: f64| scaled(value, chart.top, PLOT_HEIGHT);
    // The scale, and its faint lines across. A number is left off where a line across (90%,
    // 50%) is labelled at or near it, so labels never sit on top of each other.
    let near_a_guide = |tick: u32| {
        chart
            .guides
            .iter()
            .any(|g| g.at.abs_diff(tick) * 100 < chart.top.max(1) * 12)
    };
    for tick in ticks(chart.top) {
        let y = y1 - height_of(f64::from(tick));
        shapes.push(Shape::Path {
            d: format!("M{x0} {y}H{x1}"),
            class: "ch-grid".into(),
        });
        if near_a_guide(tick) {
            continue;
        }
        let unit = if tick == chart.top && chart.unit == "%" {
            "%"
        } else {
            ""
        };
        shapes.push(Shape::Text {
            x: x0 - 30,
            y: y + FONT / 3,
            anchor: "end",
            text: format!("{tick}{unit}"),
            class: "scale",
        });
    }
    // Places with no value: a dashed box and its symbol, never a zero bar.
    let slot_width = plot_width / n.max(1);
    for (i, slot) in chart.slots.iter().enumerate() {
        if let Some(gap) = slot.gap {
            let left = at(i, 0.0) + slot_width / 10;
            let w = (slot_width * 8 / 10).max(4);
            shapes.push(Shape::Rect {
                x: left,
                y: y0,
                w,
                h: PLOT_HEIGHT,
                class: match gap {
                    Gap::TooFew => "ch-gap too-few".into(),
                    Gap::NoSchool => "ch-gap no-school".into(),
                },
                fill: None,
            });
            if slot_width >= FONT {
                shapes.push(Shape::Text {
                    x: at(i, 0.5),
                    y: y1 - PLOT_HEIGHT / 2,
                    anchor: "middle",
                    text: gap.symbol().into(),
                    class: "gap-symbol",
                });
            }
        }
    }
    // Bars side by side in their place, then marks and lines over them.
    let bar_series: Vec<usize> = chart
        .series
        .iter()
        .enumerate()
        .filter(|(_, s)| matches!(s.look, Look::Bars(_)))
        .map(|(i, _)| i)
        .collect();
    let show_values = slot_width >= 3 * FONT * bar_series.len().max(1) as i32;
    for (place, &i) in bar_series.iter().enumerate() {
        let Look::Bars(fill) = chart.series[i].look else {
            continue;
        };
        let group = slot_width * 8 / 10;
        let w = (group / bar_series.len() as i32).max(2);
        for point in &chart.series[i].points {
            let x = at(point.slot, 0.0) + slot_width / 10 + place as i32 * w;
            let h = height_of(point.value);
            shapes.push(bar_shape(chart, i, fill, x, y1 - h, w, h));
            if show_values {
                shapes.push(Shape::Text {
                    x: x + w / 2,
                    y: y1 - h - 30,
                    anchor: "middle",
                    text: value_words(point.value),
                    class: "value",
                });
            }
        }
    }
    for (i, series) in chart.series.iter().enumerate() {
        let (marker, joined) = match series.look {
            Look::Marks(marker) => (marker, false),
            Look::Line(marker) => (marker, true),
            Look::Bars(_) => continue,
        };
        let places: Vec<(usize, i32, i32)> = series
            .points
            .iter()
            .map(|p| (p.slot, at(p.slot, p.along), y1 - height_of(p.value)))
            .collect();
        if joined && places.len() > 1 {
            // Joined only between neighbouring places: a week with no value breaks the line.
            let mut d = String::new();
            let mut last: Option<usize> = None;
            for &(slot, x, y) in &places {
                let step = if last.is_some_and(|l| slot == l + 1) {
                    'L'
                } else {
                    'M'
                };
                d.push_str(&format!("{step}{x} {y}"));
                last = Some(slot);
            }
            shapes.push(Shape::Path {
                d,
                class: format!("ch-line {}", colour(i)),
            });
        }
        for &(_, x, y) in &places {
            shapes.push(Shape::Path {
                d: mark_path(marker, x, y),
                class: format!("ch-mark {}", colour(i)),
            });
        }
    }
    // The 90% and 50% lines, over everything, with their words on the scale at the left.
    for guide in &chart.guides {
        let y = y1 - height_of(f64::from(guide.at));
        shapes.push(Shape::Path {
            d: format!("M{x0} {y}H{x1}"),
            class: "ch-guide".into(),
        });
        shapes.push(Shape::Text {
            x: x0 - 30,
            y: y + FONT / 3,
            anchor: "end",
            text: guide.label.clone(),
            class: "guide-label",
        });
    }
    shapes.push(Shape::Path {
        d: format!("M{x0} {y1}H{x1}"),
        class: "ch-axis".into(),
    });
    // Labels under the places, every few when they are many, so none overlap.
    let longest = chart
        .slots
        .iter()
        .map(|s| s.short.chars().count())
        .max()
        .unwrap_or(0) as i32;
    let room = longest * LABEL_CHAR + LABEL_GAP;
    let every = ((room * n + plot_width - 1) / plot_width).max(1) as usize;
    for (i, slot) in chart.slots.iter().enumerate().step_by(every) {
        shapes.push(Shape::Text {
            x: at(i, 0.5),
            y: y1 + FONT + 50,
            anchor: "middle",
            text: slot.short.clone(),
            class: "label",
        });
    }
    Drawing {
        width: VIEW_WIDTH,
        height: y1 + BOTTOM,
        patterns: patterns(chart),
        shapes,
    }
}

/// A count as words on a bar: whole numbers as they are, anything else to one decimal place.
fn value_words(value: f64) -> String {
    super::tenths(value)
}

fn rows(chart: &Chart) -> Drawing {
    let mut shapes = Vec::new();
    let x0 = 20;
    let room_for_value = 4 * FONT;
    let length = VIEW_WIDTH - x0 - room_for_value;
    for (i, slot) in chart.slots.iter().enumerate() {
        let top = 30 + i as i32 * ROW;
        shapes.push(Shape::Text {
            x: x0,
            y: top + FONT,
            anchor: "start",
            text: slot.label.clone(),
            class: "label",
        });
    }
    for (s, series) in chart.series.iter().enumerate() {
        let Look::Bars(fill) = series.look else {
            continue;
        };
        for point in &series.points {
            let top = 30 + point.slot as i32 * ROW + FONT + 40;
            let w = scaled(point.value, chart.top, length);
            shapes.push(bar_shape(chart, s, fill, x0, top, w, BAR));
            shapes.push(Shape::Text {
                x: x0 + w + 30,
                y: top + BAR - 20,
                anchor: "start",
                text: value_words(point.value),
                class: "value",
            });
        }
    }
    Drawing {
        width: VIEW_WIDTH,
        height: 30 + chart.slots.len() as i32 * ROW + 30,
        patterns: patterns(chart),
        shapes,
    }
}

/// A small picture of how a series is drawn, for the legend beside its name.
pub fn swatch(chart: &Chart, series: usize) -> Drawing {
    let mut shapes = Vec::new();
    if let Some(s) = chart.series.get(series) {
        match s.look {
            Look::Bars(fill) => shapes.push(bar_shape(chart, series, fill, 10, 10, 180, 120)),
            Look::Marks(marker) => shapes.push(Shape::Path {
                d: mark_path(marker, 100, 70),
                class: format!("ch-mark {}", colour(series)),
            }),
            Look::Line(marker) => {
                shapes.push(Shape::Path {
                    d: "M10 70H190".into(),
                    class: format!("ch-line {}", colour(series)),
                });
                shapes.push(Shape::Path {
                    d: mark_path(marker, 100, 70),
                    class: format!("ch-mark {}", colour(series)),
                });
            }
        }
    }
    // The chart's own patterns fill the swatch (defined once, in the chart drawn above it).
    Drawing {
        width: 200,
        height: 140,
        patterns: Vec::new(),
        shapes,
    }
}
