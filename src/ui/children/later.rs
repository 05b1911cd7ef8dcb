//! The Children screen, in the `settings` file (see `ui/later.rs`), fetched ahead with Backup's.

use leptos::prelude::*;

use crate::ui::children::list;
use crate::ui::later::later_screen;

later_screen!(
    settings,
    /// Adding, renaming and removing children.
    fn children_screen() {
        view! { <list::Children/> }
    }
);
