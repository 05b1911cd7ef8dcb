//! The letters screen, in a file of its own (`letters`, see `ui/later.rs`), fetched when first
//! opened, so the first load does not carry it.

use leptos::prelude::*;

use crate::domain::route::LettersPage;
use crate::ui::later::later_screen;
use crate::ui::letters::LettersScreen;

later_screen!(
    letters,
    /// Letters and emails, the codes page, and the dates for the calendar.
    fn letters_screen(page: LettersPage) {
        view! { <LettersScreen page/> }
    }
);
