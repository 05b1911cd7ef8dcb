//! The one way the app speaks to the parent: a line for what just happened, and banners for what
//! loading found or what another tab did.

use leptos::prelude::*;

use crate::domain::words::plural;
use crate::ui::state::AppState;
use crate::ui::state::Conflict;
use crate::web::files;
use crate::web::focus::bring_into_view_once_drawn;
use crate::web::storage::LoadNotice;

/// The latest confirmation or problem that belongs to no button in particular, at the top of the
/// screen, read out by screen readers as it changes.
#[component]
pub fn NoticeLine() -> impl IntoView {
    notice_area(None, NodeRef::new())
}

/// A confirmation or problem shown right beside the button that caused it (see
/// [`AppState::done_at`]): a parent at the bottom of a long form sees it where they are looking.
#[component]
pub fn SavedHere(#[prop(into)] place: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let area = NodeRef::<leptos::html::Div>::new();
    let here = place.clone();
    // A confirmation below the fold (a screen rebuilt, or the bottom navigation over it) is
    // brought into view once drawn, without moving the page more than needed.
    Effect::new(move || {
        let mine = state.notice.with(|n| {
            n.as_ref()
                .is_some_and(|n| n.place.as_deref() == Some(&here))
        });
        if mine {
            // The screen may be rebuilt meanwhile (adding a child shows their diary).
            bring_into_view_once_drawn(move || area.try_get_untracked().flatten().map(Into::into));
        }
    });
    notice_area(Some(place), area)
}

/// The notice for `place`, with a symbol as well as a colour, and a way to dismiss it.
fn notice_area(place: Option<String>, area: NodeRef<leptos::html::Div>) -> impl IntoView {
    let state = expect_context::<AppState>();
    view! {
        <div class="notice-area" role="status" aria-live="polite" node_ref=area>
            {move || {
                state
                    .notice
                    .get()
                    .filter(|notice| notice.place == place)
                    .map(|notice| {
                        let class = if notice.is_problem { "notice problem" } else { "notice done" };
                        let symbol = if notice.is_problem { "⚠" } else { "✓" };
                        view! {
                            <p class=class>
                                <span aria-hidden="true">{symbol}" "</span>
                                {notice.text}
                                <button
                                    type="button"
                                    class="link"
                                    on:click=move |_| state.notice.set(None)
                                >
                                    "Dismiss"
                                </button>
                            </p>
                        }
                    })
            }}
        </div>
    }
}

/// What loading found, if anything needs saying.
#[component]
pub fn LoadMessage() -> impl IntoView {
    let state = expect_context::<AppState>();
    move || {
        state.load_notice.get().map(|notice| {
            let (title, body) = match notice {
                LoadNotice::KeptAside { key, reason } => (
                    "Some saved data could not be read".to_string(),
                    format!("{reason} It has been kept safe, untouched, under the name \"{key}\" in this browser, and the app has started fresh. The Backup screen can save that kept copy as a file, so someone can help recover it."),
                ),
                LoadNotice::CouldNotKeepAside { reason } => (
                    "Saved data could not be read".to_string(),
                    format!("{reason} There was no room to keep a safe copy, so saving is paused to protect it. Please ask for help before adding anything new."),
                ),
                LoadNotice::NewerVersion { reason } => (
                    "This diary was saved by a newer Small Steps".to_string(),
                    format!("{reason} Saving is paused so nothing newer is overwritten."),
                ),
                LoadNotice::DraftsGaveWay { count } => (
                    "Older drafts made room for your change".to_string(),
                    format!("The storage this browser gives Small Steps was full. Your change is saved: to make room, {} of typing that was never saved (the oldest first) {} removed. To free more space, open \"Space on this phone\" on the Backup screen.", plural(count, "draft", "drafts"), if count == 1 { "was" } else { "were" }),
                ),
                LoadNotice::NotReadYet => (
                    "Your diary could not be opened yet".to_string(),
                    "Part of Small Steps that opens it could not be fetched from the website. Your diary is safe on this phone, untouched. Check that the phone is online, then reload the page.".to_string(),
                ),
                LoadNotice::NoStorage => (
                    "This browser is not letting Small Steps keep anything".to_string(),
                    "It may be in private browsing mode, or site data may be blocked. You can look around, but nothing you add will be kept. Open Small Steps in a normal browser window to keep your diary.".to_string(),
                ),
            };
            view! {
                <section class="banner problem" role="alert">
                    <h2><span aria-hidden="true">"⚠ "</span>{title}</h2>
                    <p>{body}</p>
                    <button type="button" on:click=move |_| state.load_notice.set(None)>
                        "I understand"
                    </button>
                </section>
            }
        })
    }
}

/// Lets the parent choose when another tab has changed the stored diary.
#[component]
pub fn ConflictMessage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let unsaved = expect_context::<crate::ui::unsaved::UnsavedForms>();
    let keep_this = move |_| match state.keep_this_tab() {
        Ok(()) => state.done("Saved what this tab shows."),
        Err(message) => state.problem(message),
    };
    move || {
        state.conflict.get().map(|conflict| {
            let (title, body, other) = match conflict {
                Conflict::NewerElsewhere => (
                    "Changed in another tab",
                    "Small Steps is open somewhere else too, and that one saved newer changes. Your last change here was not saved. Which do you want to keep?",
                    "Show the newer changes",
                ),
                Conflict::RemovedElsewhere => (
                    "The saved diary was removed",
                    "Another tab, or clearing this site's data, removed the saved diary. Everything is still shown in this tab. Save it again to keep it.",
                    "Leave it removed",
                ),
                Conflict::UnreadableElsewhere => (
                    "The saved diary could not be read",
                    "The diary saved on this phone was changed into something Small Steps cannot read (it has been kept aside, see Backup). This tab still shows your diary as it was. Save it back to keep it.",
                    "Not now",
                ),
            };
            let keep = match conflict {
                Conflict::NewerElsewhere => "Keep this tab's version",
                Conflict::RemovedElsewhere => "Save it again",
                Conflict::UnreadableElsewhere => "Save this tab's diary back",
            };
            let other_choice = move |_| {
                if conflict == Conflict::UnreadableElsewhere {
                    state.conflict.set(None);
                } else if unsaved.may_leave() {
                    state.reload_from_storage();
                }
            };
            view! {
                <section class="banner problem" role="alert">
                    <h2><span aria-hidden="true">"⚠ "</span>{title}</h2>
                    <p>{body}</p>
                    <div class="actions">
                        <button type="button" class="primary" on:click=keep_this>{keep}</button>
                        <button type="button" on:click=other_choice>{other}</button>
                    </div>
                </section>
            }
        })
    }
}

/// What the parent sees if the app ever stops because of a fault in it (a panic): plain words and a
/// way on, instead of a screen that no longer answers. Written with the DOM directly
/// ([`crate::web::page::put_stopped_banner`]), since the reactive system may be the part that failed.
pub fn show_stopped_message() {
    crate::web::page::put_stopped_banner(
        "<h2><span aria-hidden=\"true\">⚠ </span>Small Steps stopped because of a fault in the app</h2>\
         <p>Everything saved before this moment is safe on this phone. Reload the page to carry on; \
         anything typed but not saved yet may need typing again.</p>\
         <p><a href=\"\" class=\"button primary\">Reload</a></p>",
    );
}

/// Hands a file to the parent (share sheet, download or clipboard) and says how it went at the
/// top of the screen: `thing` names it ("The spreadsheet file"), `then` is added to a success.
pub fn hand_file_over(
    state: AppState,
    thing: &'static str,
    name: String,
    text: String,
    mime: &'static str,
    then: &'static str,
) {
    hand_file_over_at(state, None, thing, name, text, mime, then);
}

/// Like [`hand_file_over`], saying how it went beside the button pressed when `place` names
/// the [`SavedHere`] there (see [`AppState::done_at`]).
pub fn hand_file_over_at(
    state: AppState,
    place: Option<&'static str>,
    thing: &'static str,
    name: String,
    text: String,
    mime: &'static str,
    then: &'static str,
) {
    let place = place.map(String::from);
    leptos::task::spawn_local(async move {
        let (words, is_problem) = match files::offer_file(&name, &text, mime).await {
            Ok(delivered) => match delivered.words(thing, &name) {
                Ok(words) if then.is_empty() => (words, false),
                Ok(words) => (format!("{words} {then}"), false),
                Err(words) => (words, true),
            },
            Err(message) => (message, true),
        };
        state.say_at(place, words, is_problem);
    });
}
