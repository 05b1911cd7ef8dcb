//! The Backup screen: save everything (or one child) as a file, a child's plan on its own, a
//! child's days as a spreadsheet, bring a backup back, move the diary, and rescue anything the app
//! had to keep aside.

use leptos::prelude::*;

use super::lock_option::{LockChoice, LockOption};
use super::private_notes::{NotesChoice, PrivateNotesChoice, WhatABackupHolds};
use crate::domain::dates::long_date;
use crate::domain::file::backup::{
    backup_document, days_with_private_notes, PrivateNotes, EVERYONE,
};
use crate::domain::file::names::backup_file_name;
use crate::ui::backup::import::Import;
use crate::ui::backup::spreadsheet::SpreadsheetExport;
use crate::ui::messages::SavedHere;
use crate::ui::state::AppState;
use crate::web::clock::{now_rfc3339, today};
use crate::web::files::{self, Delivered};
use crate::web::focus::focus_heading_and_show_its_card;
use crate::web::passphrase_lock;
use crate::web::storage;
use crate::web::timing;

/// The whole screen; `at_move` opens it at "Move my diary" (three cards down), focused there.
#[component]
pub fn Backup(#[prop(optional)] at_move: bool) -> impl IntoView {
    if at_move {
        focus_heading_and_show_its_card("move-heading");
    }
    view! {
        <section class="screen">
            <h1>"Backup"</h1>
            <p>
                "Your diary lives only in this browser on this phone. If the phone is lost, or the browser's data is cleared, it is gone, unless you have saved a backup file somewhere safe (your files, email to yourself, a cloud drive)."
            </p>
            <Export/>
            <super::plan_file::PlanFile/>
            <SpreadsheetExport/>
            <Import/>
            <crate::ui::backup::move_diary::MoveMyDiary/>
            <crate::ui::backup::space::SpaceOnThisPhone/>
        </section>
    }
}

fn last_backup_words() -> String {
    let Some(date) = storage::date_setting(storage::LAST_BACKUP_KEY) else {
        return "No backup has been saved from this phone yet.".into();
    };
    match (today() - date).num_days() {
        0 => "Last backup: today.".into(),
        1 => "Last backup: yesterday.".into(),
        n => format!("Last backup: {n} days ago ({}).", long_date(date)),
    }
}

fn persistence_words() -> &'static str {
    match storage::setting(storage::PERSIST_KEY).as_deref() {
        Some("granted") => "This browser has agreed to keep Small Steps' data even when space runs low.",
        _ => "This browser may clear Small Steps' data if space runs low or the site is not used for a while, so backups matter.",
    }
}

/// Where "Save backup file" says how it went.
const EXPORT_PLACE: &str = "export";

/// Saving a backup file.
#[component]
fn Export() -> impl IntoView {
    let state = expect_context::<AppState>();
    let who = RwSignal::new(EVERYONE.to_string());
    let last = RwSignal::new(last_backup_words());
    let lock = LockChoice::new();
    let locking = RwSignal::new(false);
    let notes = NotesChoice {
        notes: RwSignal::new(PrivateNotes::Kept),
        days: Signal::derive(move || {
            let chosen = who.get();
            state.diary.with(|d| days_with_private_notes(d, &chosen))
        }),
    };
    let save = move |_| {
        if locking.get_untracked() {
            return;
        }
        let Ok(passphrase) = lock.passphrase_to_use() else {
            return;
        };
        let chosen = who.get_untracked();
        let locked = passphrase.is_some();
        let holds = notes.saved_words(locked);
        let (name, text) = timing::measure("small-steps:export", || {
            let document = state.diary.with_untracked(|d| {
                backup_document(d, &chosen, now_rfc3339(), notes.for_file(locked))
            });
            (
                backup_file_name(&document, &chosen, passphrase.is_some(), today()),
                document.to_json(),
            )
        });
        leptos::task::spawn_local(async move {
            let text = match passphrase {
                Some(passphrase) => {
                    locking.set(true);
                    let locked = passphrase_lock::lock(&text, &passphrase).await;
                    locking.set(false);
                    match locked {
                        Ok(locked) => locked,
                        Err(message) => return state.problem_at(EXPORT_PLACE, message),
                    }
                }
                None => text,
            };
            let delivered = files::offer_file(&name, &text, "application/json").await;
            if matches!(delivered, Ok(Delivered::Shared | Delivered::Downloaded)) {
                lock.forget();
            }
            match delivered {
                Ok(Delivered::Cancelled) => state.problem_at(
                    EXPORT_PLACE,
                    "The backup was not saved anywhere. Try again when you are ready.",
                ),
                Ok(Delivered::Copied) => state.done_at(
                    EXPORT_PLACE,
                    Delivered::Copied
                        .words("The backup", &name)
                        .unwrap_or_default(),
                ),
                Ok(_) => {
                    let saved = format!("Backup file \"{name}\" saved.{holds} Keep it somewhere safe, away from this phone too.");
                    match storage::remember_checked(storage::LAST_BACKUP_KEY, &today().to_string()) {
                        Ok(()) => {
                            last.set(last_backup_words());
                            state.done_at(EXPORT_PLACE, saved);
                        }
                        Err(error) => state.problem_at(EXPORT_PLACE, format!(
                            "{saved} But this phone's storage could not note the date of this backup ({}), so the reminder may ask again.",
                            match error { storage::SaveError::Full => "it is full".to_string(), other => other.message() }
                        )),
                    }
                }
                Err(message) => state.problem_at(EXPORT_PLACE, message),
            }
        });
    };
    view! {
        <section class="card" aria-labelledby="export-heading">
            <h2 id="export-heading">"Save a backup file"</h2>
            <p class="muted">{move || last.get()}</p>
            <p class="muted">{persistence_words()}</p>
            <label for="export-who">"What to include"</label>
            <select id="export-who" on:change=move |ev| who.set(event_target_value(&ev))>
                <option value=EVERYONE>"Everyone"</option>
                {move || {
                    state.diary.with(|d| {
                        d.children
                            .iter()
                            .map(|c| view! { <option value=c.id.clone()>{format!("Only {}", c.nickname)}</option> })
                            .collect_view()
                    })
                }}
            </select>
            <WhatABackupHolds/>
            <LockOption choice=lock/>
            <PrivateNotesChoice choice=notes locked=lock.wanted/>
            <Show when=move || locking.get()>
                <p role="status">"Locking the backup with your passphrase…"</p>
            </Show>
            <button type="button" class="primary" aria-disabled=move || locking.get().then_some("true") on:click=save>"Save backup file"</button>
            <SavedHere place=EXPORT_PLACE/>
        </section>
    }
}
