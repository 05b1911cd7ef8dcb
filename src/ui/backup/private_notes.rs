//! What a backup file holds, said plainly on "Save a backup file", and, when the days chosen have
//! private notes and the file is not locked, the parent's choice to keep them in it or leave them out.

use leptos::prelude::*;

use crate::domain::file::backup::PrivateNotes;
use crate::domain::words::plural;

/// The choice the save button reads, and how many of the chosen days have a private note.
#[derive(Clone, Copy)]
pub struct NotesChoice {
    pub notes: RwSignal<PrivateNotes>,
    /// Days with a private note among those the backup would hold.
    pub days: Signal<usize>,
}

impl NotesChoice {
    /// What a backup holds: locked, the notes always stay in (nobody can read them without the
    /// passphrase); plain, as the parent chose.
    pub fn for_file(self, locked: bool) -> PrivateNotes {
        if locked {
            PrivateNotes::Kept
        } else {
            self.notes.get_untracked()
        }
    }

    /// Said after the file is saved, so the parent knows what is in it ("" when no notes).
    pub fn saved_words(self, locked: bool) -> String {
        let days = self.days.get_untracked();
        match (days, self.for_file(locked)) {
            (0, _) => String::new(),
            (_, PrivateNotes::LeftOut) => {
                " Private notes were left out of it; they are still on this phone.".into()
            }
            (n, PrivateNotes::Kept) if locked => format!(
                " It holds the private notes of {}, locked with the passphrase.",
                plural(n, "day", "days")
            ),
            (n, PrivateNotes::Kept) => format!(
                " It holds the private notes of {}: anyone who opens it can read them.",
                plural(n, "day", "days")
            ),
        }
    }
}

/// The plain words on what a backup holds (before the lock option).
#[component]
pub fn WhatABackupHolds() -> impl IntoView {
    view! {
        <p id="backup-holds">
            "A backup file holds everything in the diary for who you include: every day with its private note, contacts, meetings and the plan. Anyone who opens the file can read it, unless you protect it with a passphrase."
        </p>
    }
}

/// Shown after the lock option: with a passphrase, that the notes are kept locked; without one,
/// when there are notes, the choice to keep them in this file or leave them out.
#[component]
pub fn PrivateNotesChoice(choice: NotesChoice, locked: RwSignal<bool>) -> impl IntoView {
    let NotesChoice { notes, days } = choice;
    let option = move |value: PrivateNotes, id: &'static str, label: &'static str| {
        view! {
            <label class="check" for=id>
                <input
                    type="radio"
                    id=id
                    name="private-notes"
                    prop:checked=move || notes.get() == value
                    on:change=move |_| notes.set(value)
                />
                " "{label}
            </label>
        }
    };
    move || {
        match (days.get(), locked.get()) {
        (0, _) => ().into_any(),
        (n, true) => view! {
            <p class="muted">{format!("The private notes of {} go in the file, locked with the passphrase.", plural(n, "day", "days"))}</p>
        }
        .into_any(),
        (n, false) => view! {
            <fieldset class="private-notes">
                <legend>"Private notes"</legend>
                <p class="hint">{format!(
                    "{} {} a private note. To keep {} private in the file, protect it with a passphrase (above). Without one:",
                    plural(n, "day", "days"),
                    if n == 1 { "has" } else { "have" },
                    if n == 1 { "it" } else { "them" },
                )}</p>
                {option(PrivateNotes::Kept, "notes-kept", "Keep private notes in this file (anyone who opens it can read them)")}
                {option(PrivateNotes::LeftOut, "notes-left-out", "Leave private notes out of this file (they stay on this phone)")}
            </fieldset>
        }
        .into_any(),
    }
    }
}
