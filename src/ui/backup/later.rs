//! Backup's later screens and parts, in the `settings` file (see `ui/later.rs`): the Backup screen,
//! and bringing a backup or a moving file in, which the first-run welcome also offers.

use leptos::prelude::*;

use crate::ui::backup::{import, move_diary, screen};
use crate::ui::later::later_screen;

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
    settings,
    /// Export and import; `at_move` opens it at "Move my diary".
    fn backup_screen(at_move: bool) {
        view! { <screen::Backup at_move/> }
    }
);

/// Fetches this place's later file ahead of use; one that cannot be fetched now is tried again
/// when its screen is opened.
pub async fn fetch_ahead() {
    #[cfg(feature = "split")]
    let _ = __wasm_split_preload_backup_screen().await;
}
