//! The Children screen, in the `children` file of its own (see `ui/later.rs`; with Backup's
//! screens it made one file over 120 KB gzip).

use leptos::prelude::*;

use crate::ui::children::list;
use crate::ui::later::later_screen;

later_screen!(
    children,
    /// Adding, renaming and removing children.
    fn children_screen() {
        view! { <list::Children/> }
    }
);

/// Fetches this place's later file ahead of use; one that cannot be fetched now is tried again
/// when its screen is opened.
pub async fn fetch_ahead() {
    #[cfg(feature = "split")]
    let _ = __wasm_split_preload_children_screen().await;
}
