//! Dates for the phone's calendar: the plan's next review and each agreed action's "by" date, plus
//! meetings the parent adds here (kept only on this page); one event or all upcoming ones as an
//! `.ics` file. No worry, note or private text goes in; the child's name only if ticked.

use leptos::prelude::*;

use crate::domain::calendar_file::{
    ics_file_name, ics_text, upcoming_events, CalendarEvent, MeetingInput,
};
use crate::domain::checks::limits::SHORT_CHARS;
use crate::domain::dates::long_date;
use crate::ui::messages::SavedHere;
use crate::ui::state::{shown_child, AppState};
use crate::ui::widgets::field::{DateField, TextField};
use crate::web::clock::today;
use crate::web::files::download;
use crate::web::letter_out::stamp_now;

const PLACE: &str = "calendar-dates";

#[component]
pub fn CalendarDates() -> impl IntoView {
    let state = expect_context::<AppState>();
    let shown = StoredValue::new(shown_child());
    let with_name = RwSignal::new(false);
    let added = RwSignal::new(Vec::<MeetingInput>::new());
    let meeting_day = RwSignal::new(String::new());
    let meeting_what = RwSignal::new(String::new());
    let name = state
        .diary
        .with_untracked(|d| d.child(&shown.get_value()).map(|c| c.nickname.clone()))
        .unwrap_or_default();
    let events = Memo::new(move |_| {
        let named = with_name.get();
        let meetings = added.get();
        state.diary.with(|d| {
            let Some(child) = d.child(&shown.get_value()) else {
                return Vec::new();
            };
            let mut events = upcoming_events(child, today(), named);
            events.extend(meetings.iter().filter_map(|m| m.checked(child, named).ok()));
            events.sort_by_key(|e| e.date);
            events
        })
    });
    let save = move |events: Vec<CalendarEvent>| {
        let name = ics_file_name(&events);
        match download(&name, &ics_text(&events, stamp_now()), "text/calendar") {
            Ok(()) => state.done_at(PLACE, format!("“{name}” is saved in your downloads: open it to add the dates to your calendar.")),
            Err(problem) => state.problem_at(PLACE, problem),
        }
    };
    let add = move |_| {
        let input = MeetingInput {
            date: meeting_day.get_untracked().parse().ok(),
            what: meeting_what.get_untracked(),
        };
        let checked = state.diary.with_untracked(|d| {
            d.child(&shown.get_value())
                .map(|c| input.checked(c, false).map(|_| ()))
        });
        match checked {
            Some(Ok(())) => {
                added.update(|a| a.push(input));
                meeting_what.set(String::new());
                state.done_at(PLACE, "The meeting is in the list below, ready for your calendar. It is not saved in the diary.");
            }
            Some(Err(problem)) => state.problem_at(PLACE, problem.reason),
            None => {}
        }
    };
    view! {
        <section class="card calendar-dates" aria-labelledby="dates-heading">
            <h2 id="dates-heading">"Dates for your phone's calendar"</h2>
            <p class="muted small">"The plan's next review and the “by” dates of actions agreed with school. Nothing private goes in."</p>
            <label class="check">
                <input type="checkbox" prop:checked=move || with_name.get()
                    on:change=move |ev| with_name.set(event_target_checked(&ev))/>
                {format!("Put {name}'s name in the events")}
            </label>
            {move || {
                let list = events.get();
                if list.is_empty() {
                    return view! {
                        <p>"No upcoming dates yet. Add a review date to the plan (2. The plan), or a “by” date to an action in the contacts log, or a meeting below."</p>
                    }.into_any();
                }
                let all = list.clone();
                view! {
                    <ul class="events">
                        {list.into_iter().map(|event| {
                            let words = format!("{}: {}", long_date(event.date), event.summary);
                            let one = vec![event];
                            view! {
                                <li>
                                    <span>{words}</span>
                                    <button type="button" class="small" on:click=move |_| save(one.clone())>"Add to calendar"</button>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    {(all.len() > 1).then(|| {
                        let words = format!("Add all {} upcoming dates", all.len());
                        view! {
                            <button type="button" class="primary" on:click=move |_| save(all.clone())>{words}</button>
                        }
                    })}
                }.into_any()
            }}
            <h3>"Add a meeting"</h3>
            <DateField label="Day of the meeting" id="meeting-day" value=meeting_day/>
            <TextField label="What it is" value=meeting_what max=SHORT_CHARS hint="For example “Review with the SENCO”."/>
            <button type="button" on:click=add>"Add this meeting"</button>
            <SavedHere place=PLACE/>
        </section>
    }
}
