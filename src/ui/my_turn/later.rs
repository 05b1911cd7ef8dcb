//! The child's own turn, in a file of its own (`my_turn`, see `ui/later.rs`): fetched ahead in the
//! background, so it opens at once, and offline, when the parent hands the phone over.

use leptos::prelude::*;

use crate::ui::later::later_screen;
use crate::ui::my_turn::MyTurn;
use crate::ui::widgets::hand_over::OWN_WORDS_SHEET;
use crate::web::address::TurnPage;

later_screen!(
    my_turn,
    /// The child's own turn on the phone, at one of its pages.
    fn my_turn_screen(page: TurnPage) {
        view! { <MyTurn page/> }
    }
);

/// Fetches the child's turn and its look in the background, once the first screen is up.
pub async fn fetch_ahead() {
    crate::web::page::bring_style_sheet(OWN_WORDS_SHEET);
    #[cfg(feature = "split")]
    let _ = __wasm_split_preload_my_turn_screen().await;
}
