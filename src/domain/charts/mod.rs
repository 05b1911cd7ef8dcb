//! Charts a parent takes in at a glance: each one a small model (what is drawn, a one-sentence
//! summary, and the same numbers as a table), computed here from the diary by pure functions, so
//! the screen and the meeting pack only draw what these give them.
//!
//! - `weeks.rs`: attendance week by week, and how big the worries felt over time;
//! - `kinds.rs`: missed sessions by weekday, worries by what they were about, signs by when noticed;
//! - `tries.rs`: for one step of a ladder, the worry expected before each try, the highest during it
//!   and after;
//! - `draw.rs`: the chart model turned into SVG shapes (whole numbers only), with no chart library;
//!   `svg.rs` writes them out as markup, with the legend.
//!
//! Nothing here judges the child: a chart shows counts, and a week with too few records to judge
//! is shown as such, never as zero.

mod draw;
mod kinds;
mod svg;
#[cfg(test)]
mod tests;
mod tries;
mod weeks;

pub use draw::{draw, swatch, Drawing, Shape, VIEW_WIDTH};
pub use kinds::{signs_by_time_chart, weekday_chart, worries_by_kind_chart};
pub use svg::{chart_svg, escape, legend, LegendLine};
pub use tries::{step_tries_chart, tries_line, TryWorries};
pub use weeks::{
    attendance_by_week, weekly_attendance_chart, worries_over_time_chart, Week,
    FEWEST_DAYS_IN_A_WEEK,
};

/// One chart: what it shows, in a sentence and as a table, and what to draw.
#[derive(Clone, Debug, PartialEq)]
pub struct Chart {
    /// A short name, unique on a screen: used for the SVG's patterns and the page's ids.
    pub key: String,
    pub title: String,
    /// One sentence saying what the chart shows, with its counts.
    pub summary: String,
    pub layout: Layout,
    /// The top of the value scale (100 for a percent, 10 for a worry, a count otherwise).
    pub top: u32,
    /// The words after a number on the scale ("%", "out of 10", "" for counts).
    pub unit: &'static str,
    /// The places along the chart: weeks, weekdays, kinds of worry, tries.
    pub slots: Vec<Slot>,
    pub series: Vec<Series>,
    /// Lines across the chart (the 90% and 50% attendance lines).
    pub guides: Vec<Guide>,
    /// The same numbers as a table, for "Show as a table", the printout and screen readers.
    pub table: ChartTable,
}

impl Chart {
    /// True when there is nothing to draw: the summary says why.
    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }
}

/// Columns stand along the bottom (weeks, weekdays); rows run across, each under its label
/// (kinds of worry, whose names are too long to fit under a column on a phone).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Columns,
    Rows,
}

/// One place along a chart.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Slot {
    /// The whole label, for rows and the table ("Week of 2 Nov 2026").
    pub label: String,
    /// A short label under a column ("2 Nov", "Mon").
    pub short: String,
    /// Why nothing is drawn here, when nothing is.
    pub gap: Option<Gap>,
}

/// Why a place on the chart holds no value: never drawn as a zero.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Gap {
    /// Too few days recorded to judge (see [`FEWEST_DAYS_IN_A_WEEK`]).
    TooFew,
    /// No school that week (every day recorded as no school).
    NoSchool,
}

impl Gap {
    /// The symbol drawn in the gap, and in the legend.
    pub fn symbol(self) -> &'static str {
        match self {
            Gap::TooFew => "?",
            Gap::NoSchool => "–",
        }
    }

    pub fn words(self) -> &'static str {
        match self {
            Gap::TooFew => "Too few days recorded to judge",
            Gap::NoSchool => "No school",
        }
    }
}

/// One set of values drawn the same way.
#[derive(Clone, Debug, PartialEq)]
pub struct Series {
    pub name: String,
    pub look: Look,
    pub points: Vec<Point>,
}

/// How a series is drawn. Each series on a chart differs in shape or pattern as well as colour,
/// so it reads in black and white and without colour vision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Look {
    Bars(Fill),
    /// Separate marks (each worry on its day).
    Marks(Marker),
    /// Marks joined by a line (a weekly average).
    Line(Marker),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Fill {
    Solid,
    Striped,
    Dotted,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Marker {
    Circle,
    Triangle,
    Square,
}

/// A value at a place: `along` (0 to 1) says where inside the place it sits (a worry on a
/// Thursday sits late in its week); `value` is on the chart's scale, from 0 to `top`.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Point {
    pub slot: usize,
    pub along: f64,
    pub value: f64,
}

/// A line across the chart at a value, with its words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Guide {
    pub at: u32,
    pub label: String,
}

/// A chart's numbers as a table: its caption, column headings, and a row per place.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartTable {
    pub caption: String,
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// "6.5", "7": one decimal place, none when it is zero, without the float formatter (which is
/// large in WebAssembly).
pub fn tenths(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    match tenths % 10 {
        0 => format!("{}", tenths / 10),
        rest => format!("{}.{}", tenths / 10, rest.abs()),
    }
}

/// The smallest "round" top for a count scale that holds `most` (1, 2, 5, 10, 20, 50, ...), so
/// the scale's marks fall on whole numbers; at least 1.
pub fn round_top(most: u32) -> u32 {
    let mut step = 1u32;
    loop {
        for m in [1, 2, 5] {
            let top = step.saturating_mul(m);
            if top >= most || top == u32::MAX {
                return top;
            }
        }
        step = step.saturating_mul(10);
    }
}
