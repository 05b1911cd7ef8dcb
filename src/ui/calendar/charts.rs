//! The figures screen's charts (attendance week by week, weekdays, worries over time and by kind,
//! signs by when noticed, and each step's tries) and the questions the records point to. They
//! live in the figures screen's later part, never in the first load.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::charts::{
    signs_by_time_chart, step_tries_chart, weekday_chart, weekly_attendance_chart,
    worries_by_kind_chart, worries_over_time_chart,
};
use crate::domain::questions::questions;
use crate::domain::Child;
use crate::ui::widgets::chart::ChartFigure;

/// Every chart for the child and dates, each in its own card.
#[component]
pub fn FiguresCharts(child: Child, range: (NaiveDate, NaiveDate)) -> impl IntoView {
    let mut charts = vec![
        weekly_attendance_chart(&child, range),
        weekday_chart(&child, range),
        worries_over_time_chart(&child, range),
        worries_by_kind_chart(&child, range),
        signs_by_time_chart(&child, range),
    ];
    // Only steps with a rated try have anything to draw; the tries are not limited to the dates.
    let steps = child
        .plan
        .ladders
        .iter()
        .flat_map(|l| {
            l.steps
                .iter()
                .flat_map(|s| std::iter::once(s).chain(&s.sub_steps))
        })
        .map(step_tries_chart)
        .filter(|c| !c.is_empty());
    charts.extend(steps);
    let asked = questions(&child, range);
    view! {
        <h2 id="charts-heading">"Charts"</h2>
        {charts.into_iter().map(|chart| view! {
            <div class="card chart-card"><ChartFigure chart/></div>
        }).collect_view()}
        <div class="card questions">
            <h3>"Questions to bring"</h3>
            {if asked.is_empty() {
                view! { <p class="muted">"Nothing in these dates reaches the point where the app suggests a question. You can still bring your own."</p> }.into_any()
            } else {
                view! {
                    <p>"What the records show, as questions for the meeting. They are not answers: only you, your child and school can say why. The meeting pack starts with the first three; you choose there which go in."</p>
                    <ul class="asked">
                        {asked.into_iter().map(|q| view! {
                            <li>{q.text()}<span class="source">{format!("Why asked: {}", q.source)}</span></li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </div>
    }
}
