//! The Calendar's later screens, each in a file of its own (see `ui/later.rs`): the month
//! (`month`, fetched first in the background, so the Calendar tab opens at once), the list of days
//! (`day_list`), the figures (`figures`) and the contacts log (`contacts`). Each screen brings only
//! what it draws; what they share comes in shared pieces fetched once.

use leptos::prelude::*;

use crate::ui::calendar::{contacts, day_list, figures, month};
use crate::ui::later::later_screen;

later_screen!(
    month,
    /// One month, as a grid of days.
    fn month_screen(shown: Option<(i32, u32)>) {
        view! { <month::Calendar month=shown/> }
    }
);
later_screen!(
    day_list,
    /// The list of recorded days.
    fn day_list_screen() {
        view! { <day_list::DayList/> }
    }
);
later_screen!(
    figures,
    /// The figures and patterns.
    fn figures_screen() {
        view! { <figures::FiguresScreen/> }
    }
);
later_screen!(
    contacts,
    /// The contacts and meetings log.
    fn contacts_screen() {
        view! { <contacts::ContactsLog/> }
    }
);

/// Fetches this place's later file ahead of use; one that cannot be fetched now is tried again
/// when its screen is opened.
pub async fn fetch_ahead() {
    #[cfg(feature = "split")]
    {
        let _ = __wasm_split_preload_month_screen().await;
        let _ = __wasm_split_preload_day_list_screen().await;
        let _ = __wasm_split_preload_figures_screen().await;
        let _ = __wasm_split_preload_contacts_screen().await;
    }
}
