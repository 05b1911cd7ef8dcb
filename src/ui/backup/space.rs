//! "Space on this phone" on the Backup screen: where the diary lives, whether the browser promised
//! to keep it, the space it takes against the browser's limit (with a warning at 70%), the last
//! backup, drafts kept, and the copies kept safe, each of which can be saved as a file or removed.

use leptos::prelude::*;

use crate::ui::widgets::confirm::RemoveQuestion;

use crate::domain::dates::long_date;
use crate::domain::file::names::kept_copy_file_name;
use crate::domain::space::{
    nearly_full, percent_of_quota, size_words, ASSUMED_QUOTA_BYTES, WARN_AT_PERCENT,
};
use crate::domain::words::plural;
use crate::ui::messages::{hand_file_over_at, SavedHere};
use crate::ui::state::AppState;
use crate::web::browser as where_kept;
use crate::web::storage;

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

fn persistence_words() -> &'static str {
    match storage::setting(storage::PERSIST_KEY).as_deref() {
        Some("granted") => "Yes: this browser agreed to keep it even when space runs low.",
        Some("denied") => {
            "Not promised: this browser may clear it when space runs low, so backup files matter."
        }
        _ => {
            "Not known: this browser does not say whether it will keep it, so backup files matter."
        }
    }
}

fn last_backup_words() -> String {
    match storage::date_setting(storage::LAST_BACKUP_KEY) {
        Some(date) => long_date(date),
        None => "None saved from here yet.".into(),
    }
}

fn drafts_words() -> String {
    match storage::draft_keys().len() {
        0 => "None.".into(),
        n => format!(
            "{} typing is kept until saved or thrown away.",
            plural(n, "form's", "forms'")
        ),
    }
}

/// "850 KB", "2.3 MB", "10.7 GB": the browser's figures can run to gigabytes.
fn large_size_words(bytes: f64) -> String {
    if bytes >= 1e9 {
        format!("{:.1} GB", bytes / 1e9)
    } else {
        size_words(bytes as u64)
    }
}

/// The whole panel.
#[component]
pub fn SpaceOnThisPhone() -> impl IntoView {
    let state = expect_context::<AppState>();
    // Bumped when a copy is removed, so the figures and the list are read again.
    let removed = RwSignal::new(0u32);
    let space = Memo::new(move |_| {
        state.diary.track();
        removed.track();
        storage::space_used()
    });
    let estimate = LocalResource::new(crate::web::browser::storage_estimate);
    let estimate_words = move || {
        match estimate.get().flatten() {
        Some((usage, quota)) => format!(
            "The browser gives this whole site up to {} (it counts {} used, mostly the app's own files kept for use offline). The diary's kind of storage has a limit of its own, about 10 MB (5 million characters) in most browsers: the figures above assume that.",
            large_size_words(quota),
            large_size_words(usage)
        ),
        None => "The diary's kind of storage has a limit of about 10 MB (5 million characters) in most browsers: the figures above assume that.".into(),
    }
    };
    let percent = move || percent_of_quota(space.get().total());
    view! {
        <section class="card space" aria-labelledby="space-heading">
            <h2 id="space-heading" tabindex="-1">"Space on this phone"</h2>
            {move || nearly_full(space.get().total()).then(|| view! {
                <div class="space-warning" role="status">
                    <p><strong>{format!("Space is running out: {}% of the room this browser gives Small Steps is used.", percent())}</strong></p>
                    <p>"When it is full, changes cannot be saved. Save a backup file now, then remove copies kept safe that you no longer need (below), once each is saved as a file, and old drafts."</p>
                </div>
            })}
            <dl class="facts">
                <dt>"Where your diary is"</dt>
                <dd>{where_kept::here().lives_in()}</dd>
                <dt>"Kept when space runs low"</dt>
                <dd>{persistence_words()}</dd>
                <dt id="space-used-label">"Space used"</dt>
                <dd>
                    <meter aria-labelledby="space-used-label" min="0" max="100" low=WARN_AT_PERCENT as f64 high="90" optimum="0" value=move || percent() as f64></meter>
                    <p>{move || {
                        let used = space.get();
                        format!("Small Steps uses {} of about {} ({}%): the diary {}, copies kept safe {}, drafts {}, settings {}.",
                            size_words(used.total()), size_words(ASSUMED_QUOTA_BYTES), percent(),
                            size_words(used.diary), size_words(used.copies), size_words(used.drafts), size_words(used.other))
                    }}</p>
                    <p class="muted">{estimate_words}</p>
                </dd>
                <dt>"Last backup file"</dt>
                <dd>{move || { state.diary.track(); last_backup_words() }}</dd>
                <dt>"Typing not saved yet"</dt>
                <dd>
                    {move || { state.diary.track(); removed.track(); drafts_words() }}
                    <RemoveDrafts removed/>
                </dd>
            </dl>
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
            // Outside the list, so "Copy removed." still shows once the last copy is gone.
            <SavedHere place=COPIES_PLACE/>
        </section>
    }
}

/// "Remove drafts", with a question first, when any are kept: old typing the parent no longer
/// needs can free the room a save needs.
#[component]
fn RemoveDrafts(removed: RwSignal<u32>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let asking = RwSignal::new(false);
    let remove = move || {
        let count = storage::remove_all_drafts();
        asking.set(false);
        removed.update(|n| *n += 1);
        state.done_at(
            COPIES_PLACE,
            format!("Removed {}.", plural(count, "draft", "drafts")),
        );
    };
    move || {
        state.diary.track();
        removed.track();
        let used = storage::space_used().drafts;
        let count = storage::draft_keys().len();
        (count > 0).then(|| view! {
            <button type="button" on:click=move |_| asking.set(true)>
                {format!("Remove drafts ({})", size_words(used))}
            </button>
            <Show when=move || asking.get()>
                <RemoveQuestion
                    question=format!("Remove {}? What was typed and never saved cannot be brought back.", plural(count, "draft", "drafts"))
                    yes=if count == 1 { "Yes, remove it" } else { "Yes, remove them" }
                    keep="Cancel"
                    on_yes=remove
                    on_no=move || asking.set(false)
                />
            </Show>
        })
    }
}

/// Where saving or removing a copy kept safe (or the drafts) says how it went, at the card's foot.
const COPIES_PLACE: &str = "copies";

/// One copy kept safe: its size, "Save as file", and "Remove" with a question first.
#[component]
fn CopyRow(key: String, removed: RwSignal<u32>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let label = copy_label(&key);
    let size = size_words(storage::size_of(&key));
    let file = kept_copy_file_name(&key);
    let asking = RwSignal::new(false);
    let key = StoredValue::new(key);
    let remove = move || match storage::remove_copy(&key.get_value()) {
        Ok(()) => {
            removed.update(|n| *n += 1);
            state.done_at(COPIES_PLACE, "Copy removed.");
        }
        Err(error) => state.problem_at(
            COPIES_PLACE,
            format!("The copy was not removed: {}", error.message()),
        ),
    };
    let save = move |_| {
        let Some(text) = storage::setting(&key.get_value()) else {
            state.problem_at(COPIES_PLACE, "That copy is no longer here.");
            return;
        };
        hand_file_over_at(
            state,
            Some(COPIES_PLACE),
            "The copy",
            file.clone(),
            text,
            "application/json",
            "",
        );
    };
    view! {
        <li>
            <span>{format!("{label} ({size})")}</span>
            <button type="button" aria-label=format!("Save as a file: {label}") on:click=save>
                "Save as a file"
            </button>
            <button type="button" aria-label=format!("Remove: {label}") on:click=move |_| asking.set(true)>"Remove"</button>
            <Show when=move || asking.get()>
                <RemoveQuestion
                    question="Remove this copy? It cannot be brought back unless you have saved it as a file."
                    keep="Cancel"
                    on_yes=remove
                    on_no=move || asking.set(false)
                />
            </Show>
        </li>
    }
}
