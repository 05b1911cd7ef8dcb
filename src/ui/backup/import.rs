//! Bringing a backup file back: read and check it, show what it holds, then merge or replace after
//! keeping a copy of the current diary. Nothing changes until the parent confirms.

mod passphrase;

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::file::document::{read_document, ReadError, MAX_FILE_BYTES};
use crate::domain::file::import_words::{
    added_words, child_holds_words, holds_words, replaced_words,
};
use crate::domain::file::locked::{read_locked, LockedFile};
use crate::domain::file::merge::{merge, preview, Preview};
use crate::domain::validate::check_diary;
use crate::domain::Diary;
use crate::ui::messages::SavedHere;
use crate::ui::state::AppState;
use crate::ui::widgets::choose::FormError;
use crate::ui::widgets::confirm::Question;
use crate::web::files;
use crate::web::storage;
use crate::web::timing;
use passphrase::PassphrasePrompt;

/// Where the import has got to.
#[derive(Clone, Debug)]
enum ImportStep {
    Idle,
    Reading,
    /// A backup locked with a passphrase, waiting for it.
    Locked {
        file: Arc<LockedFile>,
    },
    Refused {
        title: String,
        explanation: String,
        /// Where in the file and which rule, behind "More detail", for whoever helps.
        detail: Option<String>,
    },
    Ready {
        diary: Diary,
        preview: Preview,
        /// Why adding this file to what is here would break a rule (too many children, an id in use).
        merge_problem: Option<String>,
        replace_asked: bool,
    },
}

/// Reads a chosen file's text: a locked backup first asks for its passphrase; any other is checked.
fn read(text: &str, current: &Diary) -> ImportStep {
    match read_locked(text) {
        Some(Ok(file)) => ImportStep::Locked {
            file: Arc::new(file),
        },
        Some(Err(error)) => ImportStep::Refused {
            title: error.title().into(),
            explanation: error.explanation(),
            detail: None,
        },
        None => check(text, current),
    }
}

/// Reads and checks a file's text, and whether it could join what is here, timed as `small-steps:import`.
fn check(text: &str, current: &Diary) -> ImportStep {
    timing::measure("small-steps:import", || match read_document(text) {
        Ok(document) => {
            let diary = document.into_diary();
            let (merged, _) = merge(current, diary.clone());
            let merge_problem = check_diary(&merged)
                .first()
                .map(|p| format!("Adding it to what is here is not possible: {}", p.reason));
            ImportStep::Ready {
                preview: preview(&diary),
                diary,
                merge_problem,
                replace_asked: false,
            }
        }
        Err(error) => refused(&error),
    })
}

fn refused(error: &ReadError) -> ImportStep {
    ImportStep::Refused {
        title: error.title().into(),
        explanation: error.explanation(),
        detail: error.detail(),
    }
}

/// Where bringing a backup back says how it went, under the file chooser.
const IMPORT_PLACE: &str = "import";

/// The import part of the Backup screen.
#[component]
pub fn Import() -> impl IntoView {
    let state = expect_context::<AppState>();
    let stage = RwSignal::new(ImportStep::Idle);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let on_pick = move |ev: leptos::ev::Event| {
        let Some(file) = crate::web::page::chosen_file(&ev) else {
            return;
        };
        state.notice.set(None);
        if file.size() > MAX_FILE_BYTES as f64 {
            stage.set(refused(&ReadError::TooLarge {
                bytes: file.size() as usize,
            }));
            return;
        }
        stage.set(ImportStep::Reading);
        leptos::task::spawn_local(async move {
            match files::read_text(&file).await {
                Ok(text) => stage.set(state.diary.with_untracked(|current| read(&text, current))),
                Err(message) => stage.set(ImportStep::Refused {
                    title: "The file could not be opened".into(),
                    explanation: message,
                    detail: None,
                }),
            }
        });
    };
    let reset = move || {
        stage.set(ImportStep::Idle);
        if let Some(input) = input_ref.get_untracked() {
            input.set_value("");
        }
    };
    let apply = move |replace: bool| {
        let ImportStep::Ready { diary, .. } = stage.get_untracked() else {
            return;
        };
        let copies = match storage::back_up_before_import() {
            Ok(copies) => copies,
            Err(error) => {
                state.problem_at(IMPORT_PLACE, format!("Nothing was imported: a safety copy of your current diary could not be kept first. {}", error.message()));
                return;
            }
        };
        // On the first-run screen the app replaces it once the diary has a child: the message
        // then goes to the top of the app's first screen.
        let on_first_screen = state.diary.with_untracked(|d| d.children.is_empty());
        let (next, words) = if replace {
            let words = replaced_words(&diary);
            (diary, words)
        } else {
            let (merged, report) = state.diary.with_untracked(|current| merge(current, diary));
            (merged, added_words(&report))
        };
        match state.save(next) {
            Ok(()) => {
                drop(copies);
                let first = state
                    .diary
                    .with_untracked(|d| d.children.first().map(|c| c.id.clone()));
                let shown_still_there = state
                    .child_id
                    .get_untracked()
                    .is_some_and(|id| state.diary.with_untracked(|d| d.child(&id).is_some()));
                if let (false, Some(first)) = (shown_still_there, first) {
                    state.choose_child(&first);
                }
                state.say_at(
                    (!on_first_screen).then(|| IMPORT_PLACE.to_string()),
                    format!(
                        "{words} A copy of your diary from before is kept under \"Copies kept safe\"."
                    ),
                    false,
                );
                reset();
            }
            Err(message) => {
                // A refused import leaves everything exactly as it was, the safety copies included.
                copies.undo();
                state.problem_at(IMPORT_PLACE, format!("Nothing was imported. {message}"));
            }
        }
    };
    view! {
        <section class="card" aria-labelledby="import-heading">
            <h2 id="import-heading">"Bring back a backup"</h2>
            <p class="muted">"Choose a Small Steps backup file (.json). You will see what it holds before anything changes."</p>
            <label for="import-file" class="file-label">"Choose a backup file"</label>
            <input id="import-file" type="file" accept=".json,application/json" node_ref=input_ref on:change=on_pick/>
            <div aria-live="polite">
                {move || match stage.get() {
                    ImportStep::Idle => ().into_any(),
                    ImportStep::Reading => view! { <p>"Reading the file…"</p> }.into_any(),
                    ImportStep::Locked { file } => {
                        let this_file = file.clone();
                        // Only if the parent has not chosen another file while this one was opening.
                        let still_shown = move || stage.with_untracked(|s| matches!(s, ImportStep::Locked { file } if Arc::ptr_eq(file, &this_file)));
                        view! {
                            <PassphrasePrompt
                                file
                                opened=Callback::new(move |text: String| if still_shown() {
                                    stage.set(state.diary.with_untracked(|current| check(&text, current)));
                                })
                                cancel=Callback::new(move |()| reset())
                            />
                        }.into_any()
                    }
                    ImportStep::Refused { title, explanation, detail } => view! {
                        <div class="import-problem" role="alert">
                            <h3><span aria-hidden="true">"⚠ "</span>{title}</h3>
                            <p>{explanation}</p>
                            <p class="muted">"Your diary on this phone has not changed."</p>
                            <MoreDetail detail/>
                        </div>
                    }.into_any(),
                    ImportStep::Ready { preview, replace_asked, merge_problem, .. } => view! {
                        <PreviewCard preview/>
                        <FormError error=Signal::stored(merge_problem.clone().map(|why| format!("{why} You can still replace what is here.")))/>
                        <Show
                            when=move || replace_asked
                            fallback=move || view! {
                                <div class="actions stacked">
                                    <button type="button" class="primary" disabled=merge_problem.is_some() on:click=move |_| apply(false)>"Add to what is here"</button>
                                    <button type="button" on:click=move |_| stage.update(|s| if let ImportStep::Ready { replace_asked, .. } = s { *replace_asked = true })>"Replace what is here…"</button>
                                    <button type="button" class="link" on:click=move |_| reset()>"Cancel"</button>
                                </div>
                            }
                        >
                            <Question
                                question="Replace everything on this phone with this backup? A copy of what is here now is kept first, under \"Copies kept safe\"."
                                yes="Yes, replace"
                                no="Cancel"
                                yes_class="danger"
                                on_yes=move || apply(true)
                                on_no=move || reset()
                            />
                        </Show>
                    }.into_any(),
                }}
            </div>
            <SavedHere place=IMPORT_PLACE/>
        </section>
    }
}

/// The technical detail of a refused file (where in it, which rule), folded away under "More
/// detail" for whoever helps; nothing when there is none.
#[component]
pub fn MoreDetail(detail: Option<String>) -> impl IntoView {
    detail.map(|detail| {
        view! {
            <details class="more-detail">
                <summary>"More detail"</summary>
                <p>{detail}</p>
            </details>
        }
    })
}

/// What the chosen file holds, in words and numbers.
#[component]
fn PreviewCard(preview: Preview) -> impl IntoView {
    view! {
        <div class="preview">
            <h3>"This backup holds"</h3>
            <p>{holds_words(&preview)}</p>
            <ul>
                {preview.children.into_iter().map(|c| {
                    let holds = child_holds_words(&c);
                    view! { <li><strong>{c.nickname}</strong>{holds}</li> }
                }).collect_view()}
            </ul>
        </div>
    }
}
