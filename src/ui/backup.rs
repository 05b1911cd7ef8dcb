//! The Backup screen: save everything (or one child) as a file, a child's days as a spreadsheet,
//! bring a backup back, and rescue anything the app had to keep aside.

use leptos::prelude::*;

use crate::domain::dates::long_date;
use crate::domain::{Diary, Document};
use crate::storage;
use crate::ui::clock::{now_rfc3339, today};
use crate::ui::files::{self, Delivered};
use crate::ui::import::Import;
use crate::ui::spreadsheet::SpreadsheetExport;
use crate::ui::state::AppState;
use crate::ui::timing;

/// The whole screen.
#[component]
pub fn Backup() -> impl IntoView {
    view! {
        <section class="screen">
            <h1>"Backup"</h1>
            <p>
                "Your diary lives only in this browser on this phone. If the phone is lost, or the browser's data is cleared, it is gone, unless you have saved a backup file somewhere safe (your files, email to yourself, a cloud drive)."
            </p>
            <Export/>
            <SpreadsheetExport/>
            <Import/>
            <KeptAside/>
        </section>
    }
}

/// "Everyone" or one child's id.
const EVERYONE: &str = "";

/// Builds the backup document for everyone or one child.
pub fn backup_document(diary: &Diary, who: &str) -> Document {
    let chosen = if who == EVERYONE {
        diary.clone()
    } else {
        Diary {
            children: diary
                .children
                .iter()
                .filter(|c| c.id == who)
                .cloned()
                .collect(),
        }
    };
    Document::new(chosen, now_rfc3339(), 0)
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

/// Saving a backup file.
#[component]
fn Export() -> impl IntoView {
    let state = expect_context::<AppState>();
    let who = RwSignal::new(EVERYONE.to_string());
    let last = RwSignal::new(last_backup_words());
    let save = move |_| {
        let chosen = who.get_untracked();
        let (name, text) = timing::measure("small-steps:export", || {
            let document = state.diary.with_untracked(|d| backup_document(d, &chosen));
            let label = match document.children.as_slice() {
                [only] if chosen != EVERYONE => format!("-{}", files::file_safe(&only.nickname)),
                _ => String::new(),
            };
            (
                format!("small-steps-backup{label}-{}.json", today()),
                document.to_json(),
            )
        });
        leptos::task::spawn_local(async move {
            match files::offer_file(&name, &text, "application/json").await {
                Ok(Delivered::Cancelled) => state
                    .problem("The backup was not saved anywhere. Try again when you are ready."),
                Ok(_) => {
                    let saved = format!("Backup file \"{name}\" saved. Keep it somewhere safe, away from this phone too.");
                    match storage::remember_checked(storage::LAST_BACKUP_KEY, &today().to_string()) {
                        Ok(()) => {
                            last.set(last_backup_words());
                            state.done(saved);
                        }
                        Err(error) => state.problem(format!(
                            "{saved} But this phone's storage could not note the date of this backup ({}), so the reminder may ask again.",
                            match error { storage::SaveError::Full => "it is full".to_string(), other => other.message() }
                        )),
                    }
                }
                Err(message) => state.problem(message),
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
            <button type="button" class="primary" on:click=save>"Save backup file"</button>
        </section>
    }
}

/// What the copy under `key` is, in words.
fn copy_label(key: &str) -> String {
    if key == storage::BEFORE_IMPORT_KEY {
        "Diary as it was before the last import".to_string()
    } else if key == storage::EARLIER_IMPORT_KEY {
        "Diary as it was before the import before that".to_string()
    } else {
        format!(
            "Kept aside on {}",
            key.trim_start_matches(storage::KEPT_ASIDE_PREFIX)
        )
    }
}

/// Data the app kept aside (unreadable values, the copies made before imports): the space each
/// takes, saved as a file, or removed after the parent confirms.
#[component]
fn KeptAside() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Bumped when a copy is removed, so the list and the space line are read again.
    let removed = RwSignal::new(0u32);
    let space = move || {
        state.diary.track();
        removed.track();
        storage::space_used()
    };
    view! {
        <section class="card" aria-labelledby="space-heading">
            <h2 id="space-heading">"Space on this phone"</h2>
            <p>{move || {
                let used = space();
                format!("Small Steps uses {} of this browser's storage: the diary {}, copies kept safe {}.", storage::size_words(used.total()), storage::size_words(used.diary), storage::size_words(used.copies))
            }}</p>
            {move || {
                state.diary.track();
                removed.track();
                let keys = storage::kept_aside_keys();
                (!keys.is_empty()).then(|| view! {
                    <h3 id="kept-heading">"Copies kept safe"</h3>
                    <p class="muted">
                        "Small Steps keeps a copy of your diary before each import, and keeps aside anything it could not read. Save one as a file if you need it back; remove one you no longer need to free space."
                    </p>
                    <ul class="copies" aria-labelledby="kept-heading">
                        {keys.into_iter().map(|key| view! { <CopyRow key removed/> }).collect_view()}
                    </ul>
                })
            }}
        </section>
    }
}

/// One copy kept safe: its size, "Save as file", and "Remove" with a question first.
#[component]
fn CopyRow(key: String, removed: RwSignal<u32>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let label = copy_label(&key);
    let size = storage::size_words(storage::size_of(&key));
    let file = format!("small-steps-{}.json", files::file_safe(&key));
    let asking = RwSignal::new(false);
    let key = StoredValue::new(key);
    let remove = move |_| match storage::remove_copy(&key.get_value()) {
        Ok(()) => {
            removed.update(|n| *n += 1);
            state.done("Copy removed.");
        }
        Err(error) => state.problem(format!("The copy was not removed: {}", error.message())),
    };
    view! {
        <li>
            <span>{format!("{label} ({size})")}</span>
            <button
                type="button"
                aria-label=format!("Save as a file: {label}")
                on:click=move |_| {
                    if let Some(text) = storage::setting(&key.get_value()) {
                        let _ = files::download(&file, &text, "application/json");
                    }
                }
            >
                "Save as file"
            </button>
            <button type="button" aria-label=format!("Remove: {label}") on:click=move |_| asking.set(true)>"Remove"</button>
            <Show when=move || asking.get()>
                <div class="confirm" role="alertdialog" aria-label=format!("Remove {label}?")>
                    <p>"Remove this copy? It cannot be brought back unless you have saved it as a file."</p>
                    <div class="actions">
                        <button type="button" class="danger" on:click=remove>"Yes, remove it"</button>
                        <button type="button" on:click=move |_| asking.set(false)>"Cancel"</button>
                    </div>
                </div>
            </Show>
        </li>
    }
}
