//! The contacts and meetings log: who the parent spoke to, how, what was said, and the actions
//! agreed, ticked off when done; overdue actions stand out. Any contact can be changed, or removed
//! after a question, with Undo while the screen is open.

mod add;
mod card;
mod form;

use leptos::prelude::*;

use crate::domain::diary::contacts::RemovedContact;
use crate::ui::calendar::month::CalendarTabs;
use crate::ui::messages::SavedHere;
use crate::ui::state::{shown_child, AppState};
use crate::ui::unsaved::UnsavedForms;
use crate::web::address::Screen;
use crate::web::focus::focus_after_redraw;
use add::AddContact;
use card::{contact_words, ContactCard};

/// Where a problem with the log itself appears (a tick or Undo that could not be saved), and
/// what Undo did: just above the list.
const LOG_PLACE: &str = "contacts";

/// What the log's cards share: the child the screen was built for, the contact being changed, the
/// one changed last, and contacts removed while the screen is open (for Undo).
#[derive(Clone, Copy)]
pub struct Log {
    /// The child this screen was built for; every change goes to this child, whatever the header
    /// shows by the time a button is pressed.
    shown: StoredValue<String>,
    editing: RwSignal<Option<String>>,
    last_changed: RwSignal<Option<String>>,
    removed: RwSignal<Vec<RemovedContact>>,
}

impl Log {
    /// Opens a contact's form; one is open at a time, so typing in another is asked about first.
    fn start_editing(self, id: &str) {
        let other_open = self.editing.get_untracked().is_some();
        let unsaved = use_context::<UnsavedForms>();
        if other_open && !unsaved.is_none_or(UnsavedForms::may_leave) {
            return;
        }
        // A message about an earlier save is not about this form.
        if let Some(state) = use_context::<AppState>() {
            state.notice.set(None);
        }
        self.last_changed.set(None);
        self.editing.set(Some(id.to_string()));
        focus_after_redraw(vec![format!("change-title-{id}")]);
    }
}

/// One line of the list: a contact, or the place of one just removed (with its Undo).
#[derive(Clone, PartialEq)]
struct Entry {
    id: String,
    date: chrono::NaiveDate,
    removed: bool,
}

#[component]
pub fn ContactsLog() -> impl IntoView {
    let state = expect_context::<AppState>();
    let log = Log {
        shown: StoredValue::new(shown_child()),
        editing: RwSignal::new(None),
        last_changed: RwSignal::new(None),
        removed: RwSignal::new(Vec::new()),
    };
    // Newest first; a contact removed here keeps its place, holding its Undo.
    let entries = move || {
        let mut list: Vec<Entry> = state.diary.with(|d| {
            d.child(&log.shown.get_value())
                .map(|c| {
                    c.contacts
                        .iter()
                        .map(|c| Entry {
                            id: c.id.clone(),
                            date: c.date,
                            removed: false,
                        })
                        .collect()
                })
                .unwrap_or_default()
        });
        for gone in log.removed.get() {
            if !list.iter().any(|e| e.id == gone.contact.id) {
                list.push(Entry {
                    id: gone.contact.id.clone(),
                    date: gone.contact.date,
                    removed: true,
                });
            }
        }
        list.sort_by_key(|e| std::cmp::Reverse(e.date));
        list
    };
    view! {
        <section class="screen">
            <h1>"Calendar"</h1>
            <CalendarTabs current=Screen::Contacts/>
            <h2>"Contacts and meetings"</h2>
            <p class="muted">"Keep a note of every call, email, letter and meeting, and what was agreed."</p>
            {move || {
                let id = crate::ui::state::shown_child();
                state.diary.with(|d| {
                    d.child(&id).and_then(|c| {
                        crate::domain::diary::contacts::last_contact_words(c, crate::web::clock::today())
                    })
                }).map(|words| view! { <p class="contact-kept">{words}</p> })
            }}
            <p>
                <a href=Screen::Letters(crate::domain::route::LettersPage::Kind(crate::domain::letters::LetterKind::AfterContact)).hash()><span aria-hidden="true">"✉ "</span>"Write a follow-up email after a call or meeting"</a>
            </p>
            <AddContact/>
            <SavedHere place=LOG_PLACE/>
            <ul class="cards">
                <For each=entries key=|e| (e.id.clone(), e.removed) let:entry>
                    <li>
                        {if entry.removed {
                            view! { <UndoLine id=entry.id log/> }.into_any()
                        } else {
                            view! { <ContactCard id=entry.id log/> }.into_any()
                        }}
                    </li>
                </For>
            </ul>
        </section>
    }
}

/// Where a removed contact was: what went, and Undo to put it back.
#[component]
fn UndoLine(id: String, log: Log) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = StoredValue::new(id);
    let removed = move || {
        log.removed.with_untracked(|list| {
            list.iter()
                .find(|r| r.contact.id == id.get_value())
                .cloned()
        })
    };
    let words = removed()
        .map(|r| contact_words(&r.contact))
        .unwrap_or_default();
    let undo = move |_| {
        let Some(back) = removed() else {
            return;
        };
        let words = contact_words(&back.contact);
        let child = log.shown.get_value();
        let result = state.change_child(&child, |c| c.restore_contact(back));
        // Once back (here, or already from another tab) there is nothing left to undo; after a
        // save that failed, Undo stays to try again.
        let back_now = state.diary.with_untracked(|d| {
            d.child(&child)
                .is_some_and(|c| c.contact(&id.get_value()).is_some())
        });
        if back_now {
            log.removed
                .update(|list| list.retain(|r| r.contact.id != id.get_value()));
        }
        match result {
            Ok(()) => {
                state.done_at(LOG_PLACE, format!("Put back: {words}."));
                focus_after_redraw(vec![format!("change-{}", id.get_value())]);
            }
            Err(message) => state.problem_at(LOG_PLACE, message),
        }
    };
    view! {
        <p class="notice done undo" role="status">
            {format!("Removed {words}. ")}
            <button type="button" class="link" id=format!("undo-{}", id.get_value()) on:click=undo>
                "Undo"<span class="visually-hidden">{format!(": put back {words}")}</span>
            </button>
        </p>
    }
}
