//! The meeting pack: choose the dates and what to include, preview a page that prints cleanly on
//! A4, then print or save as PDF, share it from the phone, or save the plan as a file.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::ui::field::DateRange;

use crate::domain::dates::long_date;
use crate::domain::figures::current_term;
use crate::domain::meeting_pack::{
    build_pack, pack_as_text, MeetingPack, PackChoices, PackSection, PackStep,
};
use crate::domain::plan_export::plan_document;
use crate::ui::clock::{now_rfc3339, today};
use crate::ui::files::{self, Delivered};
use crate::ui::plan::StageNav;
use crate::ui::route::Screen;
use crate::ui::state::{shown_child, AppState};

/// Where in the choices a section's tick is kept.
type Tick = fn(&mut PackChoices) -> &mut bool;

/// The sections a parent can tick, with their names.
const SECTIONS: [(&str, Tick); 9] = [
    ("Attendance figures", |c| &mut c.attendance),
    ("Patterns", |c| &mut c.patterns),
    ("Main worries", |c| &mut c.worries),
    ("What helps", |c| &mut c.what_helps),
    ("My child's words", |c| &mut c.child_voice),
    ("The plan", |c| &mut c.plan),
    ("Adjustments", |c| &mut c.adjustments),
    ("Questions and requests", |c| &mut c.requests),
    ("Contacts with school", |c| &mut c.contacts),
];

#[component]
pub fn MeetingPackScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The child this form was shown for; saves go to this child whatever the header shows later.
    let shown = StoredValue::new(shown_child());
    let (start, end) = current_term(today());
    let choices = RwSignal::new(PackChoices::all((start, end)));
    let from = RwSignal::new(start.to_string());
    let to = RwSignal::new(end.to_string());
    Effect::new(move |_| {
        if let (Ok(a), Ok(b)) = (
            from.get().parse::<NaiveDate>(),
            to.get().parse::<NaiveDate>(),
        ) {
            choices.update(|c| c.range = (a, b));
        }
    });
    let pack = Memo::new(move |_| {
        let id = shown_child();
        let choices = choices.get();
        state
            .diary
            .with(|d| d.child(&id).map(|c| build_pack(c, &choices)))
    });
    let child_file = move || files::file_safe(&state.child_name());
    let share = move |_| {
        let Some(pack) = pack.get_untracked() else {
            return;
        };
        let text = pack_as_text(&pack);
        let name = format!("meeting-pack-{}.txt", child_file());
        leptos::task::spawn_local(async move {
            match files::offer_file(&name, &text, "text/plain").await {
                Ok(Delivered::Shared) => state.done("Shared."),
                Ok(Delivered::Downloaded) => state.done(format!("Saved as \"{name}\".")),
                Ok(Delivered::Cancelled) => {}
                Err(_) => match files::copy_text(&text).await {
                    Ok(()) => state.done("Copied. Paste it into a message or email."),
                    Err(message) => state.problem(message),
                },
            }
        });
    };
    let save_plan_file = move |_| {
        let id = shown.get_value();
        let Some(document) = state
            .diary
            .with_untracked(|d| d.child(&id).map(|c| plan_document(c, now_rfc3339())))
        else {
            return;
        };
        let name = format!("small-steps-plan-{}-{}.json", child_file(), today());
        let text = document.to_json();
        leptos::task::spawn_local(async move {
            match files::offer_file(&name, &text, "application/json").await {
                Ok(Delivered::Cancelled) => {}
                Ok(_) => state.done(format!(
                    "Plan saved as \"{name}\". The Backup screen of Small Steps can bring it back."
                )),
                Err(message) => state.problem(message),
            }
        });
    };
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    view! {
        <section class="screen pack">
            <div class="no-print">
                <h1>"Plan"</h1>
                <StageNav current=Screen::Pack/>
                <h2>"Meeting pack"</h2>
                <details class="guidance card">
                    <summary>"Getting ready for the meeting"</summary>
                    <ul>{crate::ui::guidance::for_pack().into_iter().map(|(t, s)| view! { <li>{t}<span class="source">{format!(" ({s})")}</span></li> }).collect_view()}</ul>
                </details>
                <DateRange from_label="From" from_id="pack-from" from=from to_label="To" to_id="pack-to" to=to/>
                <fieldset class="card group pack-choices">
                    <legend>"What to include"</legend>
                    {SECTIONS.into_iter().map(|(label, field)| view! {
                        <label class="check">
                            <input type="checkbox" prop:checked=move || *field(&mut choices.get())
                                on:change=move |ev| { let on = event_target_checked(&ev); choices.update(|c| *field(c) = on); }/>
                            {label}
                        </label>
                    }).collect_view()}
                    <label class="check">
                        <input type="checkbox" prop:checked=move || choices.with(|c| c.for_school)
                            on:change=move |ev| { let on = event_target_checked(&ev); choices.update(|c| c.for_school = on); }/>
                        "A copy for school (leaves out what was said in calls and meetings)"
                    </label>
                    <p class="muted small">"Private notes are never included."</p>
                </fieldset>
                <div class="actions stacked">
                    <button type="button" class="primary" on:click=print>"Print or save as PDF"</button>
                    <button type="button" on:click=share>"Share from this phone"</button>
                    <button type="button" on:click=save_plan_file>"Save the plan as a file (.json)"</button>
                </div>
                <h3>"Preview"</h3>
            </div>
            {move || pack.get().map(|p| view! { <PackSheet pack=p/> })}
        </section>
    }
}

/// The page itself, as it prints.
#[component]
fn PackSheet(pack: MeetingPack) -> impl IntoView {
    let about = [pack.year_group.clone(), pack.school.clone()]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(", ");
    view! {
        <article class="pack-sheet" aria-label="Meeting pack preview">
            <h2>{format!("{}: a summary for our meeting", pack.child_name)}</h2>
            <p class="meta">{format!("{}{} to {}. Prepared by a parent with Small Steps on {}.", if about.is_empty() { String::new() } else { format!("{about}. ") }, long_date(pack.range.0), long_date(pack.range.1), long_date(today()))}</p>
            {pack.sections.into_iter().map(section_view).collect_view()}
        </article>
    }
}

fn list(items: Vec<String>) -> impl IntoView {
    (!items.is_empty()).then(
        || view! { <ul>{items.into_iter().map(|i| view! { <li>{i}</li> }).collect_view()}</ul> },
    )
}

fn labelled(label: &'static str, text: String) -> impl IntoView {
    (!text.is_empty()).then(|| view! { <p><strong>{format!("{label}: ")}</strong>{text}</p> })
}

fn step_line(step: PackStep) -> impl IntoView {
    let details = [
        step.rating.map(|r| format!("feels {r}/10")),
        (!step.who.is_empty()).then(|| step.who.join(", ")),
        (!step.when_where.is_empty()).then(|| step.when_where.clone()),
        (!step.support.is_empty()).then(|| format!("support: {}", step.support)),
        Some(step.state.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" · ");
    view! {
        <li>
            {step.what}{format!(" ({details})")}
            {(!step.sub_steps.is_empty()).then(|| view! { <ol>{step.sub_steps.into_iter().map(|s| view! { <li>{s.what}{format!(" ({})", s.state)}</li> }).collect_view()}</ol> })}
        </li>
    }
}

fn section_view(section: PackSection) -> impl IntoView {
    let title = section.title();
    let body = match section {
        PackSection::Attendance { summary, absence_line, health, code_differences } => view! {
            <p>{summary.join(" · ")}</p><p>{absence_line}</p><p>{health}</p>
            {(!code_differences.is_empty()).then(|| view! { <p><strong>"Where the school's code differs from our record:"</strong></p> })}
            {list(code_differences)}
        }.into_any(),
        PackSection::Patterns { weekdays, signs } => view! {
            {(!weekdays.is_empty()).then(|| view! { <p><strong>"Sessions missed by weekday:"</strong></p> })}{list(weekdays)}
            {(!signs.is_empty()).then(|| view! { <p><strong>"Signs noticed most:"</strong></p> })}{list(signs)}
        }.into_any(),
        PackSection::TopWorries(lines) => list(lines.into_iter().map(|w| {
            let size = w.average.map(|a| format!(", felt about {a}")).unwrap_or_default();
            let words = if w.examples.is_empty() { String::new() } else { format!(": “{}”", w.examples.join("”; “")) };
            let times = if w.count == 1 { "once".to_string() } else { format!("{} times", w.count) };
            format!("{} ({times}{size}){words}", w.category)
        }).collect()).into_any(),
        PackSection::WhatHelps { helped, harder } => view! {
            {(!helped.is_empty()).then(|| view! { <p><strong>"Helps:"</strong></p> })}{list(helped)}
            {(!harder.is_empty()).then(|| view! { <p><strong>"Makes it harder:"</strong></p> })}{list(harder)}
        }.into_any(),
        PackSection::ChildVoice { what_is_hard, what_is_good, worries, best_things, ideal_school } => view! {
            {labelled("What is hard", what_is_hard)}{labelled("What is good", what_is_good)}
            {labelled("Three worries", worries.join("; "))}{labelled("Three best things", best_things.join("; "))}
            {labelled("My ideal school", ideal_school)}
        }.into_any(),
        PackSection::Plan(plan) => view! {
            {labelled("Our shared goal", plan.goal)}{labelled("Strengths and interests", plan.strengths)}
            {labelled("Already tried", plan.tried.join("; "))}
            {plan.ladders.into_iter().map(|l| view! { <p><strong>{format!("Steps: {}", l.title)}</strong></p><ol>{l.steps.into_iter().map(step_line).collect_view()}</ol> }).collect_view()}
            {labelled("Key adult", plan.key_adult)}{labelled("Contact arrangements", plan.contact_arrangements)}
            {labelled("Celebrating small successes", plan.celebration)}{labelled("On a bad day", plan.bad_day_plan)}
        }.into_any(),
        PackSection::Adjustments(items) => list(items.into_iter().map(|a| format!("{}{}", a.what, if a.agreed { " (agreed)" } else { " (asking for)" })).collect()).into_any(),
        PackSection::Requests { questions, requests } => view! {
            {(!questions.is_empty()).then(|| view! { <p><strong>"Our questions:"</strong></p> })}{list(questions)}
            {(!requests.is_empty()).then(|| view! { <p><strong>"What we are asking for:"</strong></p> })}{list(requests)}
        }.into_any(),
        PackSection::Contacts(contacts) => list(contacts.into_iter().map(|c| {
            let said = c.said.map(|s| format!(": {}", s.trim_end_matches('.'))).unwrap_or_default();
            let open = c.open_actions.iter().map(|a| format!("{}{}{}", a.what, if a.who.is_empty() { String::new() } else { format!(" ({})", a.who) }, a.by.map(|d| format!(" by {}", long_date(d))).unwrap_or_default())).collect::<Vec<_>>();
            let open = if open.is_empty() { String::new() } else { format!(" Still open: {}.", open.join("; ")) };
            format!("{}, {} with {}{said}.{open}", long_date(c.date), c.method, c.with_whom)
        }).collect()).into_any(),
        PackSection::NextReview(date) => view! { <p>{format!("We will review the plan on {}.", long_date(date))}</p> }.into_any(),
    };
    view! { <section><h3>{title}</h3>{body}</section> }
}
