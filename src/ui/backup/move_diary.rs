//! "Move my diary": from a Safari tab to the Home Screen app (the two never share a diary), or to
//! a new phone. One side saves a moving file; the other brings it in and then checks that every
//! child, day and plan arrived (`domain::moving`).

use leptos::prelude::*;

use crate::domain::file::document::{read_document, MAX_FILE_BYTES};
use crate::domain::file::merge::merge;
use crate::domain::file::moving::{Arrival, Counts};
use crate::domain::file::names::moving_file_name;
use crate::domain::validate::check_diary;
use crate::domain::where_kept::WhereKept;
use crate::domain::{Diary, Document};
use crate::ui::backup::import::MoreDetail;
use crate::ui::messages::SavedHere;
use crate::ui::state::AppState;
use crate::ui::widgets::choose::FormError;
use crate::ui::widgets::share_symbol::ShareSymbol;
use crate::web::browser as where_kept;
use crate::web::clock::{now_rfc3339, today};
use crate::web::files;
use crate::web::storage;

/// What to do on this side, in a sentence.
fn this_side(here: WhereKept) -> &'static str {
    match here {
        WhereKept::SafariTab(_) => "Safari and the Home Screen app each keep a diary of their own. To move yours: save a moving file here, then open Small Steps from your Home Screen and bring the file in there.",
        WhereKept::HomeScreenApp => "Safari and this Home Screen app each keep a diary of their own. If your diary is in Safari: open Small Steps in Safari, save a moving file there, then come back here and bring it in.",
        WhereKept::Browser => "To move your diary to a new phone or another browser: save a moving file here, send it to yourself or keep it in your files, then open Small Steps there and bring it in.",
    }
}

/// Where "Save the moving file" says how it went.
const SAVE_PLACE: &str = "move-save";
/// Where bringing a moving file in says what arrived.
const BRING_PLACE: &str = "move-in";

/// The whole guided path, on the Backup screen.
#[component]
pub fn MoveMyDiary() -> impl IntoView {
    let state = expect_context::<AppState>();
    let here = where_kept::here();
    let counts = move || state.diary.with(Counts::of);
    let save = move |_| {
        let document = Document::new(state.diary.get_untracked(), now_rfc3339(), 0);
        let name = moving_file_name(today());
        let text = document.to_json();
        let held = counts().words();
        leptos::task::spawn_local(async move {
            let delivered = match files::offer_file(&name, &text, "application/json").await {
                Ok(delivered) => delivered,
                Err(message) => return state.problem_at(SAVE_PLACE, message),
            };
            match delivered.words("The moving file", &name) {
                Ok(words) => {
                    // It is a whole backup too.
                    storage::remember(storage::LAST_BACKUP_KEY, &today().to_string());
                    state.done_at(SAVE_PLACE, format!("{words} It holds {held}. Now open Small Steps on the other side and bring it in there."));
                }
                Err(words) => state.problem_at(SAVE_PLACE, words),
            }
        });
    };
    view! {
        <section class="card move" aria-labelledby="move-heading">
            <h2 id="move-heading" tabindex="-1">"Move my diary"</h2>
            <p><strong>{here.you_are_in()}</strong>" "{this_side(here)}</p>
            // The Home Screen card on Today can be put away with "Not now"; its steps stay here.
            {matches!(here, WhereKept::SafariTab(_)).then(|| view! {
                <p class="how">"To add Small Steps to your Home Screen: in Safari, tap Share "<ShareSymbol/>" (it may be under •••), then \"Add to Home Screen\"."</p>
            })}
            <h3>"1. Save a moving file"</h3>
            <p class="muted">{move || format!("On the side that has your diary. The diary here holds {}.", counts().words())}</p>
            <button type="button" class="primary" on:click=save>"Save the moving file"</button>
            <SavedHere place=SAVE_PLACE/>
            <h3>"2. Bring it in"</h3>
            <BringItIn/>
        </section>
    }
}

/// Where bringing a moving file in has got to.
#[derive(Clone, Debug)]
enum Step {
    Choose,
    Ready(Diary),
    /// Why, and the technical detail behind "More detail" (if any).
    Refused(String, Option<String>),
}

/// Choosing the moving file on the receiving side, bringing it in (added to a diary already here,
/// never replacing it; a copy is kept first), and the check that all of it arrived.
#[component]
pub fn BringItIn() -> impl IntoView {
    let state = expect_context::<AppState>();
    let step = RwSignal::new(Step::Choose);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let pick = move |ev: leptos::ev::Event| {
        let Some(file) = crate::web::page::chosen_file(&ev) else {
            return;
        };
        state.notice.set(None);
        if file.size() > MAX_FILE_BYTES as f64 {
            step.set(Step::Refused(
                "This file is too large to be a Small Steps diary.".into(),
                None,
            ));
            return;
        }
        leptos::task::spawn_local(async move {
            step.set(match files::read_text(&file).await {
                Ok(text) => match read_document(&text) {
                    Ok(document) => Step::Ready(document.into_diary()),
                    Err(error) => Step::Refused(
                        format!("{}. {}", error.title(), error.explanation()),
                        error.detail(),
                    ),
                },
                Err(message) => Step::Refused(message, None),
            });
        });
    };
    let bring = move |_| {
        let Step::Ready(moved) = step.get_untracked() else {
            return;
        };
        let on_first_screen = state.diary.with_untracked(|d| d.children.is_empty());
        let next = state.diary.with_untracked(|here| {
            if here.children.is_empty() {
                moved.clone()
            } else {
                merge(here, moved.clone()).0
            }
        });
        if let Some(problem) = check_diary(&next).first() {
            step.set(Step::Refused(format!("It cannot be added to the diary here: {} Use \"Bring back a backup\" on the Backup screen to replace what is here instead.", problem.reason), None));
            return;
        }
        let copies = match storage::back_up_before_import() {
            Ok(copies) => copies,
            Err(error) => {
                return state.problem_at(
                    BRING_PLACE,
                    format!(
                    "Nothing was brought in: a copy of the diary here could not be kept first. {}",
                    error.message()
                ),
                )
            }
        };
        match state.save(next) {
            Ok(()) => {
                drop(copies);
                let shown = state.child_id.get_untracked();
                let first = moved.children.first().map(|c| c.id.clone());
                if let (None, Some(first)) = (
                    shown.filter(|id| state.diary.with_untracked(|d| d.child(id).is_some())),
                    first,
                ) {
                    state.choose_child(&first);
                }
                let arrival = state
                    .diary
                    .with_untracked(|here| Arrival::check(&moved, here));
                step.set(Step::Choose);
                if let Some(input) = input_ref.get_untracked() {
                    input.set_value("");
                }
                // The counts, said beside the button; on the first-run screen (which the app
                // replaces once the diary has a child) at the top of the app's first screen.
                let all = matches!(arrival, Arrival::All(_));
                state.say_at(
                    (!on_first_screen).then(|| BRING_PLACE.to_string()),
                    arrival.words(),
                    !all,
                );
            }
            Err(message) => {
                copies.undo();
                state.problem_at(BRING_PLACE, format!("Nothing was brought in. {message}"));
            }
        }
    };
    view! {
        <p class="muted">"On the other side: choose the moving file. Anything already in the diary there stays, and a copy of it is kept first."</p>
        <label for="move-file" class="file-label">"Choose the moving file"</label>
        <input id="move-file" type="file" accept=".json,application/json" node_ref=input_ref on:change=pick/>
        <div aria-live="polite">
            {move || match step.get() {
                Step::Choose => ().into_any(),
                Step::Ready(moved) => {
                    let empty = state.diary.with_untracked(|d| d.children.is_empty());
                    view! {
                        <p>{format!("This file holds {}.", Counts::of(&moved).words())}</p>
                        <button type="button" class="primary" on:click=bring>
                            {if empty { "Bring it in" } else { "Add it to the diary here" }}
                        </button>
                    }.into_any()
                }
                Step::Refused(why, detail) => view! {
                    <div>
                        <FormError error=Signal::stored(Some(format!("{why} Nothing here has changed.")))/>
                        <MoreDetail detail/>
                    </div>
                }.into_any(),
            }}
        </div>
        <SavedHere place=BRING_PLACE/>
    }
}
