//! Screens a parent opens less often than Today and the Calendar, and the optional details of a
//! day. In the built app (the `split` feature) they live in three separate WebAssembly files (the
//! diary views with the day's details, the plan, the settings), so the first load carries only the
//! shell, Today's status buttons and the Calendar; the three follow in the background once the
//! first screen is up. Without the feature (tests) they are ordinary functions.

use leptos::__reexports::send_wrapper::SendWrapper;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::future::Future;

use crate::ui::backup::{import, move_diary};
use crate::ui::calendar::{contacts, day_list, figures};
use crate::ui::plan::understanding as plan_understanding;
use crate::ui::plan::{hub as plan, meeting_pack, review as plan_review, steps as plan_steps};
use crate::ui::today::day_details;
use crate::ui::today::day_draft::DayDraft;
use crate::ui::{backup, children};
use crate::web::address::PlanStage;

/// What a screen loaded later gives back: its view, or the reason its file could not be fetched.
pub type Fetched = Result<AnyView, SplitLoaderError>;

/// Declares a screen that is fetched on first use. `$part` names the file it goes into.
macro_rules! later_screen {
    ($part:ident, $(#[$doc:meta])* fn $name:ident($($arg:ident: $ty:ty),*) $body:block) => {
        $(#[$doc])*
        #[cfg(feature = "split")]
        #[::leptos::wasm_split::wasm_split($part, wasm_split_path = ::leptos::wasm_split, fallible)]
        pub fn $name($($arg: $ty),*) -> Fetched {
            Ok($body.into_any())
        }

        $(#[$doc])*
        #[cfg(not(feature = "split"))]
        pub async fn $name($($arg: $ty),*) -> Fetched {
            Ok($body.into_any())
        }
    };
}

later_screen!(
    settings,
    /// Bringing a backup back, on the first-run screen.
    fn import_part() {
        view! { <import::Import/> }
    }
);
later_screen!(
    settings,
    /// Bringing a moving file in (from Safari, or another phone), on the first-run screen.
    fn move_in_part() {
        view! { <move_diary::BringItIn/> }
    }
);
later_screen!(
    diary_views,
    /// The list of recorded days.
    fn day_list_screen() {
        view! { <day_list::DayList/> }
    }
);
later_screen!(
    diary_views,
    /// The figures and patterns.
    fn figures_screen() {
        view! { <figures::FiguresScreen/> }
    }
);
later_screen!(
    diary_views,
    /// The contacts and meetings log.
    fn contacts_screen() {
        view! { <contacts::ContactsLog/> }
    }
);
later_screen!(
    diary_views,
    /// A day's details, under "Add more (all optional)".
    fn day_details_part(draft: DayDraft) {
        view! { <day_details::DayDetailsFields draft/> }
    }
);
later_screen!(
    plan,
    /// The plan's overview.
    fn plan_screen() {
        view! { <plan::PlanHub/> }
    }
);
later_screen!(
    plan,
    /// Stage 1 of the plan.
    fn understanding_screen() {
        view! { <plan_understanding::Understanding/> }
    }
);
later_screen!(
    plan,
    /// Stage 2 of the plan.
    fn steps_screen() {
        view! { <plan_steps::PlanSteps/> }
    }
);
later_screen!(
    plan,
    /// Stage 3 of the plan.
    fn review_screen() {
        view! { <plan_review::PlanReview/> }
    }
);
later_screen!(
    plan,
    /// The meeting pack.
    fn pack_screen() {
        view! { <meeting_pack::MeetingPackScreen/> }
    }
);
later_screen!(
    settings,
    /// Export and import; `at_move` opens it at "Move my diary".
    fn backup_screen(at_move: bool) {
        view! { <backup::screen::Backup at_move/> }
    }
);
later_screen!(
    settings,
    /// Adding, renaming and removing children.
    fn children_screen() {
        view! { <children::list::Children/> }
    }
);

/// Fetches every later part in the background, once the first screen is up, so the other screens
/// open at once and still open if the signal drops later. A part that cannot be fetched now is
/// simply tried again when its screen is opened.
pub fn fetch_in_background() {
    #[cfg(feature = "split")]
    leptos::task::spawn_local(async {
        let _ = __wasm_split_preload_day_list_screen().await;
        let _ = __wasm_split_preload_plan_screen().await;
        let _ = __wasm_split_preload_backup_screen().await;
    });
}

/// The screen for a stage of the plan.
pub async fn stage_screen(stage: PlanStage) -> Fetched {
    match stage {
        PlanStage::Understanding => understanding_screen().await,
        PlanStage::Steps => steps_screen().await,
        PlanStage::Review => review_screen().await,
    }
}

/// Shows a screen that may still have to be fetched: a quiet line while it comes, and if it cannot
/// be fetched (the connection dropped, or the site was updated meanwhile) a plain message with a
/// way to try again. Nothing the parent has saved is touched either way.
pub fn when_fetched<F, Fut>(fetch: F) -> impl IntoView
where
    F: Fn() -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Fetched> + 'static,
{
    fetched(fetch, Shown::Screen)
}

/// A `<details>` box whose contents come in a later part: fetched the first time the box is
/// opened, or at once when it starts open. Its children follow the fetched part inside the box.
#[component]
pub fn FetchedWhenOpened<F, Fut>(
    class: &'static str,
    summary: &'static str,
    #[prop(optional)] open: bool,
    fetch: F,
    #[prop(optional)] children: Option<Children>,
) -> impl IntoView
where
    F: Fn() -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Fetched> + 'static,
{
    let wanted = RwSignal::new(open);
    view! {
        <details
            class=class
            open=open
            on:toggle=move |ev| {
                if crate::web::page::details_opened(&ev) {
                    wanted.set(true);
                }
            }
        >
            <summary>{summary}</summary>
            <Show when=move || wanted.get()>{fetched(fetch.clone(), Shown::Part)}</Show>
            {children.map(|children| children())}
        </details>
    }
}

/// Whether what is fetched is a whole screen or a part of one.
#[derive(Clone, Copy, PartialEq)]
enum Shown {
    Screen,
    Part,
}

fn fetched<F, Fut>(fetch: F, shown: Shown) -> impl IntoView
where
    F: Fn() -> Fut + Clone + Send + Sync + 'static,
    Fut: Future<Output = Fetched> + 'static,
{
    let attempt = RwSignal::new(0_u32);
    let opening = || view! { <p class="opening" role="status">"Opening…"</p> };
    view! {
        <Suspense fallback=opening>
            {move || {
                attempt.track();
                let fetch = fetch.clone();
                Suspend::new(SendWrapper::new(async move {
                    match fetch().await {
                        Ok(view) => view,
                        Err(_) => not_fetched(attempt, shown).into_any(),
                    }
                }))
            }}
        </Suspense>
    }
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
