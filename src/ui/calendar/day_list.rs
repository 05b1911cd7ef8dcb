//! All recorded days as a list, newest first, filtered by status or worry category.

use leptos::prelude::*;

use crate::domain::dates::long_date;
use crate::domain::diary::day::WorryCategory;
use crate::domain::words::plural;
use crate::domain::DayStatus;
use crate::ui::calendar::month::CalendarTabs;
use crate::ui::state::{shown_child, AppState};
use crate::ui::widgets::choose::MaybeChoiceSelect;
use crate::web::address::Screen;

/// The most rows drawn at once; the parent can show more.
const PAGE: usize = 60;

#[component]
pub fn DayList() -> impl IntoView {
    let state = expect_context::<AppState>();
    let status = RwSignal::new(None::<DayStatus>);
    let worry = RwSignal::new(None::<WorryCategory>);
    let shown = RwSignal::new(PAGE);
    let rows = move || {
        let id = shown_child();
        let (status, worry) = (status.get(), worry.get());
        state.diary.with(|d| {
            let Some(child) = d.child(&id) else {
                return (Vec::new(), 0, String::new(), Vec::new());
            };
            // The days the child said something about in their own turn, marked as theirs.
            let said_on: Vec<_> = child.own_words.my_days.iter().map(|m| m.date).collect();
            let name = child.nickname.trim().to_string();
            let matching = child.days_matching(status, worry);
            let total = matching.len();
            let rows = matching
                .into_iter()
                .take(shown.get())
                .cloned()
                .collect::<Vec<_>>();
            (rows, total, name, said_on)
        })
    };
    view! {
        <section class="screen">
            <h1>"Calendar"</h1>
            <CalendarTabs current=Screen::List/>
            <div class="two">
                <div class="field">
                    <MaybeChoiceSelect label="How the day went" value=status none="Any" id="filter-status"/>
                </div>
                <div class="field">
                    <MaybeChoiceSelect label="Worry about" value=worry none="Any" id="filter-worry"/>
                </div>
            </div>
            {move || {
                let (rows, total, name, said_on) = rows();
                let count = match total { 0 => "No days match.".to_string(), n => format!("{}.", plural(n, "day", "days")) };
                view! {
                    <p class="muted" role="status">{count}</p>
                    <ul class="day-rows">
                        {rows.into_iter().map(|r| {
                            let worries = r.worries.iter().map(|w| w.category.map_or("Worry", |c| c.label())).collect::<Vec<_>>().join(", ");
                            view! {
                                <li>
                                    <a href=Screen::Day(r.date).hash() class=format!("row s-{}", r.status.key())>
                                        <span class="symbol" aria-hidden="true">{r.status.symbol()}</span>
                                        <span class="what">
                                            <strong>{long_date(r.date)}</strong>
                                            <span>{r.status.label()}</span>
                                            {(!worries.is_empty()).then(|| view! { <span class="muted">{format!("Worries: {worries}")}</span> })}
                                            {said_on.contains(&r.date).then(|| view! { <span class="muted">{format!("{name} said how the day felt, in {name}'s own words")}</span> })}
                                        </span>
                                    </a>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    {(total > shown.get_untracked()).then(|| view! {
                        <button type="button" on:click=move |_| shown.update(|n| *n += PAGE)>"Show more days"</button>
                    })}
                }
            }}
        </section>
    }
}
