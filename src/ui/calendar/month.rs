//! The month calendar: each day's status as symbol, colour and words; today marked; tap a day to
//! record or change it; mark a run of days as no school in one go.

use chrono::{Datelike, Days, Months, NaiveDate};
use leptos::prelude::*;

use crate::ui::widgets::choose::FormError;
use crate::ui::widgets::field::{read_range, DateRange, RangeProblem};

use crate::domain::dates::{long_date, month_name};
use crate::domain::words::plural;
use crate::domain::{DayRecord, DayStatus};
use crate::ui::messages::SavedHere;
use crate::ui::state::{shown_child, AppState};
use crate::web::address::Screen;
use crate::web::clock::today;
use crate::web::saving;

/// The tabs shared by the Calendar's views.
#[component]
pub fn CalendarTabs(current: Screen) -> impl IntoView {
    let tabs = [
        (Screen::Month(None), "Month"),
        (Screen::List, "List"),
        (Screen::Figures, "Figures"),
        (Screen::Contacts, "Contacts"),
    ];
    view! {
        <nav class="subtabs" aria-label="Calendar views">
            {tabs.into_iter().map(|(screen, label)| {
                let here = std::mem::discriminant(&screen) == std::mem::discriminant(&current);
                view! { <a href=screen.hash() aria-current=here.then_some("page")>{label}</a> }
            }).collect_view()}
        </nav>
    }
}

/// The first day of the month shown.
fn first_of(month: Option<(i32, u32)>) -> NaiveDate {
    let now = today();
    let (year, month) = month.unwrap_or((now.year(), now.month()));
    NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(now)
}

/// One month.
#[component]
pub fn Calendar(month: Option<(i32, u32)>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let first = first_of(month);
    // The address only ever names months the diary can hold, so these never fail; if they did, the
    // arrows would simply stay on this month.
    let previous = first.checked_sub_months(Months::new(1)).unwrap_or(first);
    let next = first.checked_add_months(Months::new(1)).unwrap_or(first);
    let title = format!("{} {}", month_name(first.month()), first.year());
    let grid = move || {
        let id = shown_child();
        let records: Vec<(NaiveDate, Option<DayRecord>)> = state.diary.with(|d| {
            let child = d.child(&id);
            let lead = first.weekday().num_days_from_monday() as u64;
            let start = first - Days::new(lead);
            (0..42)
                .map(|i| start + Days::new(i))
                .take_while(|d| *d < next || d.weekday().num_days_from_monday() != 0)
                .map(|date| (date, child.and_then(|c| c.day(date).cloned())))
                .collect()
        });
        records.into_iter().map(|(date, record)| view! { <DayCell date record in_month=date.month() == first.month()/> }).collect_view()
    };
    view! {
        <section class="screen">
            <h1>"Calendar"</h1>
            <CalendarTabs current=Screen::Month(None)/>
            <div class="month-bar">
                <a class="button" href=Screen::Month(Some((previous.year(), previous.month()))).hash() aria-label=format!("Previous month, {} {}", month_name(previous.month()), previous.year())>"‹"</a>
                <h2 aria-live="polite">{title}</h2>
                <a class="button" href=Screen::Month(Some((next.year(), next.month()))).hash() aria-label=format!("Next month, {} {}", month_name(next.month()), next.year())>"›"</a>
            </div>
            <div class="month" role="grid" aria-label="Days of the month">
                <div class="weekdays" role="row">
                    {["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].map(|d| view! { <span role="columnheader">{d}</span> }).collect_view()}
                </div>
                <div class="days" role="row">{grid}</div>
            </div>
            <Legend/>
            <NoSchoolRange/>
        </section>
    }
}

/// One day in the grid: a link to its record, labelled in words.
#[component]
fn DayCell(date: NaiveDate, record: Option<DayRecord>, in_month: bool) -> impl IntoView {
    let is_today = date == today();
    let status = record.as_ref().map(|r| r.status);
    let words = status.map_or("nothing recorded", |s| s.label());
    let worries = record.as_ref().map_or(0, |r| r.worries.len());
    let worry_words = match worries {
        0 => String::new(),
        n => format!(", {}", plural(n, "worry", "worries")),
    };
    let label = format!(
        "{}{}: {words}{worry_words}",
        if is_today { "Today, " } else { "" },
        long_date(date)
    );
    let class = format!(
        "cell{}{}{}",
        status.map_or(String::new(), |s| format!(" s-{}", s.key())),
        if is_today { " today" } else { "" },
        if in_month { "" } else { " other-month" }
    );
    view! {
        <a role="gridcell" class=class href=Screen::Day(date).hash() aria-label=label aria-current=is_today.then_some("date")>
            <span class="num">{date.day()}</span>
            <span class="symbol" aria-hidden="true">{status.map_or("", |s| s.symbol())}</span>
            {(worries > 0).then(|| view! { <span class="dot" aria-hidden="true">"•"</span> })}
        </a>
    }
}

/// What each symbol means.
#[component]
fn Legend() -> impl IntoView {
    view! {
        <details class="legend">
            <summary>"What the symbols mean"</summary>
            <ul>
                {DayStatus::ALL.into_iter().map(|s| view! {
                    <li><span class=format!("swatch s-{}", s.key()) aria-hidden="true">{s.symbol()}</span>{s.label()}</li>
                }).collect_view()}
                <li><span class="swatch" aria-hidden="true">"•"</span>"A worry was noted"</li>
            </ul>
        </details>
    }
}

/// Where marking days as no school is confirmed: under its button.
const NO_SCHOOL_PLACE: &str = "no-school";

/// Marks every day from one date to another as no school (holidays, training days), leaving days
/// that already have a record as they are.
#[component]
fn NoSchoolRange() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The child this form was shown for; saves go to this child whatever the header shows later.
    let shown = StoredValue::new(shown_child());
    let from = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let mark_now = move |start: NaiveDate, end: NaiveDate| {
        let id = shown.get_value();
        let mut added = 0;
        let result = state.change_child(&id, |child| {
            added = child.mark_no_school(start, end)?;
            Ok(())
        });
        match result {
            Ok(()) => {
                error.set(None);
                let name = state.name_of(&id);
                state.done_at(
                    NO_SCHOOL_PLACE,
                    format!(
                        "Marked {added} days as no school, {} to {}. Days already recorded were left as they were. Saved in {name}'s diary.",
                        long_date(start),
                        long_date(end)
                    ),
                );
            }
            Err(message) => error.set(Some(message)),
        }
    };
    let mark = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let (start, end) = match read_range(&from.get_untracked(), &to.get_untracked()) {
            Ok(range) => range,
            Err(problem) => {
                error.set(Some(
                    match problem {
                        RangeProblem::NotBoth => "Choose both the first and the last day.",
                        RangeProblem::Backwards => {
                            "The last day comes before the first day. Swap them round."
                        }
                    }
                    .into(),
                ));
                return;
            }
        };
        // A tap before the part of the app that writes the diary has come waits for it.
        saving::when_ready(move || mark_now(start, end));
    };
    view! {
        <form class="card" on:submit=mark novalidate>
            <h2>"Holidays and training days"</h2>
            <p class="muted">"Mark a run of days as no school in one go."</p>
            <DateRange from_label="First day" from_id="ns-from" from=from to_label="Last day" to_id="ns-to" to=to/>
            <FormError error/>
            <button type="submit">"Mark as no school"</button>
            <SavedHere place=NO_SCHOOL_PLACE/>
        </form>
    }
}
