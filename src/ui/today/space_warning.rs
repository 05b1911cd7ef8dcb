//! The warning on Today as this phone's storage for Small Steps fills: from the same 70% as the
//! Backup screen's space panel (`domain::space`), once per level, with the way to make room.

use leptos::prelude::*;

use crate::domain::space::{fill_level, percent_of_quota, warn_on_today};
use crate::web::address::Screen;
use crate::web::focus::focus_after_screen_rebuild;
use crate::web::storage;

/// A short card, shown only when the storage has reached a level not warned about yet.
#[component]
pub fn SpaceWarningCard() -> impl IntoView {
    let used = storage::space_used().total();
    let level = fill_level(used);
    let warned: u64 = storage::setting(storage::SPACE_WARNED_KEY)
        .and_then(|v| v.parse().ok())
        .unwrap_or(0);
    if level < warned {
        // Room was made: warn again when the storage fills up to a level again.
        storage::remember(storage::SPACE_WARNED_KEY, &level.to_string());
    }
    let shown = RwSignal::new(warn_on_today(used, warned));
    let read = move |_| {
        storage::remember(storage::SPACE_WARNED_KEY, &level.to_string());
        shown.set(false);
    };
    move || {
        shown.get().then(|| view! {
            <section class="card reminder" aria-labelledby="space-warning-heading">
                <h2 id="space-warning-heading"><span aria-hidden="true">"⚠ "</span>"Space on this phone is running out"</h2>
                <p>{format!("{}% of the room this browser gives Small Steps is used. When it is full, changes cannot be saved. Save a backup file, then remove old copies and drafts under “Space on this phone” on the Backup screen.", percent_of_quota(used))}</p>
                <div class="actions">
                    <a class="go" href=Screen::Backup.hash() on:click=move |_| to_space_panel()>"Make room"</a>
                    <button type="button" on:click=read>"OK"</button>
                </div>
            </section>
        })
    }
}

/// Once the Backup screen is drawn, takes the parent to its space panel (at the bottom).
fn to_space_panel() {
    focus_after_screen_rebuild(vec!["space-heading".into()]);
}
