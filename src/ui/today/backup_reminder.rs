//! The gentle reminder on Today to save a backup, when days are recorded and none has been saved
//! for a while (rules in `domain::reminder`). "Not now" hides it for a week. In Safari on an
//! iPhone or iPad, the card about the Home Screen comes first, and the reminder waits until it is
//! put off: one card at a time.

use leptos::prelude::*;

use crate::domain::file::reminder::{backup_reminder, not_now_until};
use crate::ui::state::AppState;
use crate::ui::today::home_screen::{card_due, HomeScreenCard};
use crate::web::address::Screen;
use crate::web::clock::today;
use crate::web::storage;

/// A short card with "Save a backup" and "Not now", shown only when a backup is due.
#[component]
pub fn BackupReminderCard() -> impl IntoView {
    let state = expect_context::<AppState>();
    let home_screen = RwSignal::new(card_due());
    let not_now = RwSignal::new(false);
    // Both change only on other screens or through "Not now" here, so they are read once.
    let last_backup = storage::date_setting(storage::LAST_BACKUP_KEY);
    let hidden_until = storage::date_setting(storage::REMINDER_NOT_NOW_KEY);
    let due = move || {
        if not_now.get() || home_screen.get() {
            return None;
        }
        let days_recorded = state.diary.with(|d| d.day_count());
        backup_reminder(today(), days_recorded, last_backup, hidden_until)
    };
    let hide = move |_| {
        storage::remember(
            storage::REMINDER_NOT_NOW_KEY,
            &not_now_until(today()).to_string(),
        );
        not_now.set(true);
    };
    let reminder = move || {
        due().map(|reminder| {
            view! {
                <section class="card reminder" aria-labelledby="reminder-heading">
                    <h2 id="reminder-heading">"A backup would keep this safe"</h2>
                    <p>{reminder.words()}</p>
                    <div class="actions">
                        <a class="go" href=Screen::Backup.hash()>"Save a backup"</a>
                        <button type="button" on:click=hide>"Not now"</button>
                    </div>
                </section>
            }
        })
    };
    view! {
        <HomeScreenCard shown=home_screen/>
        {reminder}
    }
}
