//! The card on Today that explains Safari's 7 days and the Home Screen, once, to a parent in Safari
//! on an iPhone or iPad.

use leptos::prelude::*;

use crate::domain::where_kept::WhereKept;
use crate::ui::messages::SavedHere;
use crate::ui::state::AppState;
use crate::ui::widgets::share_symbol::ShareSymbol;
use crate::web::address::Screen;
use crate::web::browser::here;
use crate::web::storage;

/// Remembered once the parent says "Not now" to the Home Screen card.
const CARD_NOT_NOW_KEY: &str = "small-steps:home-screen-card-not-now";

/// Where "Not now" says where the steps can be found again.
const NOT_NOW_PLACE: &str = "home-screen-card";

/// Whether the Home Screen card is due: Safari on an iPhone or iPad, in a tab, and not put off.
pub fn card_due() -> bool {
    here().explain_safari_rule() && storage::setting(CARD_NOT_NOW_KEY).is_none()
}

/// The calm card about Safari's 7 days, with the way to the Home Screen and "Not now". `shown`
/// starts as [`card_due`] and turns false on "Not now".
#[component]
pub fn HomeScreenCard(shown: RwSignal<bool>) -> impl IntoView {
    let device = match here() {
        WhereKept::SafariTab(device) => device.name(),
        _ => "phone",
    };
    let state = expect_context::<AppState>();
    let not_now = move |_| {
        storage::remember(CARD_NOT_NOW_KEY, "yes");
        shown.set(false);
        // Said where the card was, so the parent knows the steps are not gone for good.
        state.done_at(
            NOT_NOW_PLACE,
            "Put away. The steps for the Home Screen are on the Backup screen, under \"Move my diary\", whenever you want them.",
        );
    };
    let card = move || {
        shown.get().then(|| {
            view! {
                <section class="card home-screen" aria-labelledby="home-screen-heading">
                    <h2 id="home-screen-heading">{format!("Keep your diary safe on this {device}")}</h2>
                    <p>
                        "Safari may clear this diary if Small Steps is not opened for a week. Added to your Home Screen, Small Steps keeps its diary safe from that."
                    </p>
                    <ol class="how">
                        <li>"In Safari, tap Share "<ShareSymbol/>" (it may be under •••), then \"Add to Home Screen\"."</li>
                        <li>"Open Small Steps from your Home Screen and bring this diary across with \"Move my diary\" on the Backup screen."</li>
                    </ol>
                    <div class="actions">
                        <a class="go" href=Screen::MoveDiary.hash()>"Move my diary"</a>
                        <button type="button" on:click=not_now>"Not now"</button>
                    </div>
                </section>
            }
        })
    };
    view! {
        {card}
        <SavedHere place=NOT_NOW_PLACE/>
    }
}
