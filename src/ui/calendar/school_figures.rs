//! The school's own attendance figures, on the figures screen: the parent notes a percentage the
//! school reported (from a letter or its portal) and the dates it covers; each is listed beside
//! this diary's figure for the same dates, in neutral words, and can be removed after a question.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::checks::limits::NAME_CHARS;
use crate::domain::dates::short_date;
use crate::domain::diary::school_figures::{school_percent_words, SchoolFigure, SchoolFigureInput};
use crate::domain::draft_layouts;
use crate::domain::figures::{figures, percent_words};
use crate::domain::words::plural;
use crate::domain::Child;
use crate::ui::drafts::{draft_key, DraftFields};
use crate::ui::messages::SavedHere;
use crate::ui::state::{shown_child, AppState};
use crate::ui::unsaved::{saved_and_emptied, watch_typing, UnsavedLine};
use crate::ui::widgets::confirm::RemoveAsked;
use crate::ui::widgets::field::{DateField, TextField};
use crate::web::ids::new_id;

/// Where this card's confirmations and problems appear: under "Add the school's figure".
const PLACE: &str = "school-figures";

/// The card, built for the child shown (and again when the parent switches child).
#[component]
pub fn SchoolFigures() -> impl IntoView {
    move || {
        let child_id = shown_child();
        view! { <SchoolFiguresFor child_id/> }
    }
}

#[component]
fn SchoolFiguresFor(child_id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let child = StoredValue::new(child_id);
    let (from, to, percent, where_from) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let fields = DraftFields::new(&draft_layouts::SCHOOL_FIGURE)
        .choice("from", from)
        .choice("to", to)
        .text("percent", percent)
        .text("where_from", where_from);
    let unsaved = watch_typing({
        let fields = fields.clone();
        move || fields.is_blank(&[])
    });
    let draft_offer =
        fields.keep_draft(draft_key("school-figure", &child.get_value(), ""), unsaved);
    let asking = RwSignal::new(None::<String>);
    let add = move |_| {
        let input = SchoolFigureInput {
            from: from.get_untracked().parse::<NaiveDate>().ok(),
            to: to.get_untracked().parse::<NaiveDate>().ok(),
            percent: percent.get_untracked(),
            where_from: where_from.get_untracked(),
        };
        let id = child.get_value();
        match state.change_child(&id, |c| c.add_school_figure(new_id("sf"), input)) {
            Ok(()) => {
                let said = format!(
                    "Added the school's figure of {} to {}'s diary.",
                    percent.get_untracked().trim().trim_end_matches('%').trim(),
                    state.name_of(&id)
                );
                for field in [from, to, percent, where_from] {
                    field.set(String::new());
                }
                saved_and_emptied(unsaved);
                state.done_at(PLACE, said);
            }
            Err(message) => state.problem_at(PLACE, message),
        }
    };
    let remove = move |figure_id: String| {
        let id = child.get_value();
        let mut gone = None;
        let result = state.change_child(&id, |c| {
            gone = Some(c.remove_school_figure(&figure_id)?);
            Ok(())
        });
        asking.set(None);
        match (result, gone) {
            (Ok(()), Some(figure)) => state.done_at(
                PLACE,
                format!(
                    "Removed the school's figure for {} to {} from {}'s diary.",
                    short_date(figure.from),
                    short_date(figure.to),
                    state.name_of(&id)
                ),
            ),
            (Ok(()), None) => state.problem_at(PLACE, "That figure was already removed."),
            (Err(message), _) => state.problem_at(PLACE, message),
        }
    };
    let listed = move || {
        let id = child.get_value();
        state.diary.with(|d| {
            d.child(&id)
                .map(|c| {
                    c.school_figures
                        .iter()
                        .map(|f| (f.clone(), diary_words(c, f)))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
    };
    view! {
        <section class="card school-figures" aria-labelledby="school-figures-heading">
            <h3 id="school-figures-heading">"The school's own figures"</h3>
            <p class="muted small">"From a letter or the school's portal. Each is shown beside this diary's figure for the same dates, in the meeting pack too. The school counts from its register and the diary from the days recorded here, so the two can differ."</p>
            {move || {
                let figures = listed();
                (!figures.is_empty()).then(|| view! {
                    <ul class="school-figure-list">
                        {figures.into_iter().map(|(f, ours)| {
                            let dates = format!("{} to {}", short_date(f.from), short_date(f.to));
                            view! {
                                <li>
                                    <p>
                                        <strong>{format!("{dates}: the school's figure {}", school_percent_words(f.percent))}</strong>
                                        {(!f.where_from.is_empty()).then(|| format!(" ({})", f.where_from))}
                                        <br/>{ours}
                                    </p>
                                    <RemoveAsked
                                        asking
                                        id=f.id.clone()
                                        question=format!("Remove the school's figure for {dates}?")
                                        on_yes=remove
                                    />
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                })
            }}
            {draft_offer}
            <fieldset class="group">
                <legend>"Add a figure from school"</legend>
                <DateField label="First date it covers" id="school-figure-from" value=from/>
                <DateField label="Last date it covers" id="school-figure-to" value=to/>
                <TextField label="The school's figure (%)" hint="A number from 0 to 100, e.g. 91.5" value=percent max=8/>
                <TextField label="Where it is from (optional)" hint="e.g. Letter of 20 October, or Parent portal" value=where_from max=NAME_CHARS/>
                <UnsavedLine unsaved button="Add the school's figure" what="this figure"/>
                <button type="button" on:click=add>"Add the school's figure"</button>
                <SavedHere place=PLACE/>
            </fieldset>
        </section>
    }
}

/// "This diary: 80% for the same dates (5 of 10 school days recorded)", in neutral words.
fn diary_words(child: &Child, figure: &SchoolFigure) -> String {
    let range = (figure.from, figure.to);
    let ours = figures(child, range);
    match ours.attendance_percent() {
        Some(p) => format!(
            "This diary: {} for the same dates, from {} recorded.",
            percent_words(p),
            plural(
                ours.school_days_recorded as usize,
                "school day",
                "school days"
            )
        ),
        None => "This diary has no school days recorded for these dates.".to_string(),
    }
}
