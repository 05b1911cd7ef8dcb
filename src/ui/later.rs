//! The machinery of the later parts. Every screen but Today, and the optional details of a day,
//! live in the built app (the `split` feature) in sixteen separate WebAssembly files (the day's
//! details, the Calendar's month, the list of days, the figures, the contacts log, the plan's
//! overview, each of its three stages, stage 2's adjustments, the meeting pack and its page, the
//! backup screens, the children, the child's own turn, the letters), so the first load carries
//! only the shell, the welcome and Today's status buttons; all but the letters follow in the
//! background once the first screen is up (on a first visit, once Start is pressed; the letters
//! when first opened), and a screen shows once the whole diary has been read.
//! Without the feature (tests) they are ordinary functions. (Beside these screens, reading the
//! whole diary, its check and its writer are the saving part, `web/saving.rs`, fetched the moment
//! the first screen is up.)
//!
//! Each place declares its own later screens with [`later_screen!`] in its `later.rs`
//! (`ui/calendar/later.rs`...); the shell only wires them to addresses. This file names no place.

use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::future::Future;
use std::pin::Pin;
use std::rc::Rc;
use std::task::{Context, Poll, Waker};

use crate::ui::state::AppState;
use crate::web::saving;

/// What a screen loaded later gives back: its view, or the reason its file could not be fetched.
pub type Fetched = Result<AnyView, SplitLoaderError>;

/// Declares a screen that is fetched on first use. `$part` names the file it goes into (such as
/// `figures`, `plan` or `settings`; a new name makes a new file, fetched on its own).
macro_rules! later_screen {
    ($part:ident, $(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty),* $(,)?) $body:block $(,)?) => {
        $(#[$doc])*
        #[cfg(feature = "split")]
        #[::leptos::wasm_split::wasm_split($part, wasm_split_path = ::leptos::wasm_split, fallible)]
        pub fn $name($($arg: $ty),*) -> $crate::ui::later::Fetched {
            Ok($body.into_any())
        }

        $(#[$doc])*
        #[cfg(not(feature = "split"))]
        pub async fn $name($($arg: $ty),*) -> $crate::ui::later::Fetched {
            Ok($body.into_any())
        }
    };
}
pub(crate) use later_screen;

/// Shows a screen that may still have to be fetched: a quiet line while it comes, and if it cannot
/// be fetched (the connection dropped, or the site was updated meanwhile) a plain message with a
/// way to try again. Nothing the parent has saved is touched either way.
pub fn when_fetched<F, Fut>(fetch: F) -> impl IntoView
where
    F: Fn() -> Fut + 'static,
    Fut: Future<Output = Fetched> + 'static,
{
    fetched(boxed(fetch), Shown::Screen)
}

/// A `<details>` box whose contents come in a later part: fetched the first time the box is
/// opened, or at once when it starts open. Its children follow the fetched part inside the box.
#[component]
pub fn FetchedWhenOpened<F, Fut>(
    class: &'static str,
    summary: &'static str,
    #[prop(optional)] open: bool,
    /// Set once the box has been opened (or starts open), for what must follow it.
    #[prop(optional)]
    opened: Option<RwSignal<bool>>,
    fetch: F,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView
where
    F: Fn() -> Fut + 'static,
    Fut: Future<Output = Fetched> + 'static,
{
    let wanted = RwSignal::new(open);
    let fetch = StoredValue::new_local(boxed(fetch));
    view! {
        <details
            class=class
            open=open
            on:toggle=move |ev| {
                if crate::web::page::details_opened(&ev) && !wanted.get_untracked() {
                    wanted.set(true);
                    if let Some(opened) = opened {
                        opened.set(true);
                    }
                }
            }
        >
            <summary>{summary}</summary>
            {move || {
                wanted
                    .get()
                    .then(|| fetch.try_get_value().map(|fetch| fetched(fetch, Shown::Part)))
            }}
            {children.map(|children| children())}
        </details>
    }
}

/// A part of a screen that comes in a later file of its own (the meeting pack's page): nothing
/// shows while it comes, and if it cannot be fetched a plain message says so, with "Try again".
pub fn part_when_fetched<F, Fut>(fetch: F) -> impl IntoView
where
    F: Fn() -> Fut + 'static,
    Fut: Future<Output = Fetched> + 'static,
{
    fetched(boxed(fetch), Shown::Part)
}

/// Something a screen adds once its later part has come (the offer of a kept draft, say): nothing
/// shows while it comes, nor if it cannot be fetched (the part is tried again when next wanted).
pub fn quietly<F, Fut>(fetch: F) -> impl IntoView
where
    F: FnOnce() -> Fut + 'static,
    Fut: Future<Output = Fetched> + 'static,
{
    let coming = async move { fetch().await.unwrap_or_else(|_| ().into_any()) };
    when_come(Box::pin(coming), || ().into_any())
}

/// Whether what is fetched is a whole screen or a part of one.
#[derive(Clone, Copy, PartialEq)]
enum Shown {
    Screen,
    Part,
}

/// How a later view is asked for, once per try: one shape for every screen and part, so the
/// machinery below is built once, not once per screen.
type Fetch = Rc<dyn Fn() -> Pin<Box<dyn Future<Output = Fetched>>>>;

fn boxed<F, Fut>(fetch: F) -> Fetch
where
    F: Fn() -> Fut + 'static,
    Fut: Future<Output = Fetched> + 'static,
{
    Rc::new(move || Box::pin(fetch()))
}

fn fetched(fetch: Fetch, shown: Shown) -> AnyView {
    let attempt = RwSignal::new(0_u32);
    let state = expect_context::<AppState>();
    let fetch = StoredValue::new_local(fetch);
    let opening = || view! { <p class="opening" role="status">"Opening…"</p> }.into_any();
    let waiting: fn() -> AnyView = if shown == Shown::Screen {
        opening
    } else {
        || ().into_any()
    };
    (move || {
        // "Try again" starts a new try here; the one before (and anything it made) is dropped.
        attempt.track();
        let fetch = fetch.try_get_value();
        let coming = async move {
            // A screen shows the whole diary, never the glimpse the first screen opens with
            // (`web::saving`): it waits for the part that reads it whole.
            if shown == Shown::Screen && !state.diary_is_whole() {
                saving::tried().await;
                if !state.diary_is_whole() {
                    // The part came on this try (an earlier one failed).
                    let _ = state.saving_came();
                }
                if !state.diary_is_whole() {
                    return not_fetched(attempt, shown).into_any();
                }
            }
            match fetch {
                Some(fetch) => match fetch().await {
                    Ok(view) => view,
                    Err(_) => not_fetched(attempt, shown).into_any(),
                },
                None => ().into_any(),
            }
        };
        when_come(Box::pin(coming), waiting)
    })
    .into_any()
}

/// Shows the view `coming` gives, and `waiting` until it comes. It is asked once at once, so a part
/// already fetched shows in the same turn with no waiting line; otherwise it follows when ready,
/// made under the same owner (the screen's context), and is dropped unfinished if its place is
/// cleaned up first (the parent opened another screen meanwhile).
fn when_come(
    mut coming: Pin<Box<dyn Future<Output = AnyView>>>,
    waiting: fn() -> AnyView,
) -> AnyView {
    // What the view reads as it is made belongs to the view, not to whatever is drawing it.
    untrack(move || {
        if let Poll::Ready(view) = coming
            .as_mut()
            .poll(&mut Context::from_waker(Waker::noop()))
        {
            return view;
        }
        let came = RwSignal::new(false);
        let view = StoredValue::new_local(None::<AnyView>);
        leptos::task::spawn_local_scoped_with_cancellation(async move {
            let made = coming.await;
            if view.try_set_value(Some(made)).is_none() {
                came.try_set(true);
            }
        });
        (move || match came.get() {
            true => view
                .try_update_value(Option::take)
                .flatten()
                .unwrap_or_else(waiting),
            false => waiting(),
        })
        .into_any()
    })
}

/// The message shown when a part of the app could not be fetched.
fn not_fetched(attempt: RwSignal<u32>, shown: Shown) -> impl IntoView {
    let what = if shown == Shown::Screen {
        "screen"
    } else {
        "part"
    };
    view! {
        <section class="panel" role="alert">
            {(shown == Shown::Screen).then(|| view! { <h1>"This screen could not be opened"</h1> })}
            <p>
                {format!("Small Steps needs to fetch this {what} from the website the first time it is opened, and that did not work. ")}
                "Check that the phone is online, then try again. Everything you have saved is still on this phone."
            </p>
            <p>"If the website was updated a moment ago, reloading the page also helps."</p>
            <button type="button" on:click=move |_| attempt.update(|n| *n += 1)>"Try again"</button>
        </section>
    }
}
