//! Screens a parent opens less often than Today. In the built app (the `split` feature) each lives
//! in its own small WebAssembly file, fetched the first time the screen is opened, so that the first
//! load carries only the shell and Today. Without the feature (tests) they are ordinary functions.

use leptos::__reexports::send_wrapper::SendWrapper;
use leptos::prelude::*;
use leptos::wasm_split::SplitLoaderError;
use std::future::Future;

use super::route::Stage;
use super::{
    backup, calendar, children, contacts, day_list, figures, meeting_pack, plan, plan_review,
    plan_steps, plan_understanding, welcome,
};

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

later_screen!(welcome, /// The first-run screen.
    fn welcome_screen() { view! { <welcome::Welcome/> } });
later_screen!(calendar, /// A month of the calendar.
    fn calendar_screen(month: Option<(i32, u32)>) { view! { <calendar::Calendar month/> } });
later_screen!(day_list, /// The list of recorded days.
    fn day_list_screen() { view! { <day_list::DayList/> } });
later_screen!(figures, /// The figures and patterns.
    fn figures_screen() { view! { <figures::FiguresScreen/> } });
later_screen!(contacts, /// The contacts and meetings log.
    fn contacts_screen() { view! { <contacts::ContactsLog/> } });
later_screen!(plan_hub, /// The plan's overview.
    fn plan_screen() { view! { <plan::PlanHub/> } });
later_screen!(plan_understanding, /// Stage 1 of the plan.
    fn understanding_screen() { view! { <plan_understanding::Understanding/> } });
later_screen!(plan_steps, /// Stage 2 of the plan.
    fn steps_screen() { view! { <plan_steps::PlanSteps/> } });
later_screen!(plan_review, /// Stage 3 of the plan.
    fn review_screen() { view! { <plan_review::PlanReview/> } });
later_screen!(meeting_pack, /// The meeting pack.
    fn pack_screen() { view! { <meeting_pack::MeetingPackScreen/> } });
later_screen!(backup, /// Export and import.
    fn backup_screen() { view! { <backup::Backup/> } });
later_screen!(children, /// Adding, renaming and removing children.
    fn children_screen() { view! { <children::Children/> } });

/// The screen for a stage of the plan.
pub async fn stage_screen(stage: Stage) -> Fetched {
    match stage {
        Stage::Understanding => understanding_screen().await,
        Stage::Steps => steps_screen().await,
        Stage::Review => review_screen().await,
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
    let attempt = RwSignal::new(0_u32);
    let opening = || view! { <p class="opening" role="status">"Opening…"</p> };
    view! {
        <Suspense fallback=opening>
            {move || {
                attempt.track();
                let fetch = fetch.clone();
                Suspend::new(SendWrapper::new(async move {
                    match fetch().await {
                        Ok(screen) => screen,
                        Err(_) => not_fetched(attempt).into_any(),
                    }
                }))
            }}
        </Suspense>
    }
}

/// The message shown when a screen's file could not be fetched.
fn not_fetched(attempt: RwSignal<u32>) -> impl IntoView {
    view! {
        <section class="panel" role="alert">
            <h1>"This screen could not be opened"</h1>
            <p>
                "Small Steps needs to fetch this screen from the website the first time it is opened, and that did not work. "
                "Check that the phone is online, then try again. Everything you have saved is still on this phone."
            </p>
            <p>"If the website was updated a moment ago, reloading the page also helps."</p>
            <button type="button" on:click=move |_| attempt.update(|n| *n += 1)>"Try again"</button>
        </section>
    }
}
