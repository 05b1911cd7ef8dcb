//! One contact in the log: what happened and the actions agreed (ticked off when done, overdue
//! ones standing out), with a way to change it, or to remove it after a question.

use leptos::prelude::*;

use crate::ui::widgets::confirm::RemoveQuestion;

use super::form::{action_words, ContactFields, ContactFormParts};
use super::Log;
use crate::domain::dates::long_date;
use crate::domain::diary::contacts::Contact;
use crate::ui::drafts::draft_key;
use crate::ui::messages::SavedHere;
use crate::ui::state::AppState;
use crate::ui::unsaved::UnsavedLine;
use crate::web::clock::today;
use crate::web::focus::focus_after_redraw;
use crate::web::storage;

/// Where the outcome of changing a contact appears: in the card that was changed.
const CHANGE_PLACE: &str = "contact-change";

/// "the meeting on 3 November 2026 with Mrs Patel, SENCO", to name a contact in a question or
/// message (who it was with goes last, as it may hold commas).
pub fn contact_words(contact: &Contact) -> String {
    format!(
        "the {} on {} with {}",
        contact.method.label().to_ascii_lowercase(),
        long_date(contact.date),
        contact.with_whom
    )
}

/// One contact, read from the diary as it is now, so ticks and changes show at once.
#[component]
pub fn ContactCard(id: String, log: Log) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = StoredValue::new(id);
    let contact = Memo::new(move |_| {
        state.diary.with(|d| {
            d.child(&log.shown.get_value())
                .and_then(|c| c.contact(&id.get_value()))
                .cloned()
        })
    });
    let editing = move || log.editing.get().as_deref() == Some(id.get_value().as_str());
    let edit_form = move || {
        contact
            .get_untracked()
            .map(|c| view! { <EditContact contact=c log/> })
    };
    let last_changed = move || log.last_changed.get().as_deref() == Some(id.get_value().as_str());
    view! {
        <article class="card contact">
            <Show when=editing fallback=move || view! { <ContactView contact log/> }>
                {edit_form}
            </Show>
            {move || last_changed().then(|| view! { <SavedHere place=CHANGE_PLACE/> })}
        </article>
    }
}

/// A saved contact as it reads, with its ticks, "Change" and "Remove…".
#[component]
fn ContactView(contact: Memo<Option<Contact>>, log: Log) -> impl IntoView {
    let state = expect_context::<AppState>();
    let asking = RwSignal::new(false);
    let now = today();
    let id = move || contact.with(|c| c.as_ref().map(|c| c.id.clone()).unwrap_or_default());
    // The last tick's confirmation, kept here (the list is drawn again on every change) and shown
    // beside the action ticked: (action id, words).
    let ticked = RwSignal::new(None::<(String, String)>);
    let toggle = move |action: String, done: bool| {
        let result = state.change_child(&log.shown.get_value(), |c| {
            c.tick_action(&id(), &action, done, today())
        });
        match result {
            Ok(()) => {
                // The day ticked shows beside it; this says it is kept, and where it goes.
                let words = match done {
                    true => "Saved. The meeting pack shows it as done.",
                    false => "Saved. It is back on the list still to do.",
                }
                .to_string();
                // The list is drawn again: the tick keeps the keyboard's place.
                focus_after_redraw(vec![format!("tick-{action}")]);
                ticked.set(Some((action, words)));
            }
            Err(message) => {
                ticked.set(None);
                state.problem_at(super::LOG_PLACE, message);
            }
        }
    };
    let remove = move || {
        let mut taken = None;
        let result = state.change_child(&log.shown.get_value(), |c| {
            taken = Some(c.remove_contact(&id())?);
            Ok(())
        });
        asking.set(false);
        match result {
            Ok(()) => {
                // An earlier message is about something else now; the Undo line says what happened.
                state.notice.set(None);
                log.last_changed.set(None);
                if let Some(removed) = taken {
                    let undo_id = format!("undo-{}", removed.contact.id);
                    log.removed.update(|list| list.push(removed));
                    focus_after_redraw(vec![undo_id]);
                }
            }
            Err(message) => state.problem_at(super::LOG_PLACE, message),
        }
    };
    let shown = move || {
        contact.get().map(|c| {
        let words = contact_words(&c);
        let actions = (!c.actions.is_empty()).then(|| {
            c.actions.iter().map(|a| {
                let overdue = a.is_overdue(now);
                let action = a.id.clone();
                let mine = a.id.clone();
                let when_done = match (a.done, a.done_on) {
                    (true, Some(on)) => format!("Done, ticked {}", long_date(on)),
                    (true, None) => "Done".to_string(),
                    (false, _) => "Still to do".to_string(),
                };
                let confirmation = move || {
                    ticked.with(|t| t.as_ref().filter(|(id, _)| *id == mine).map(|(_, words)| words.clone()))
                };
                view! {
                    <li class:overdue=overdue class:done=a.done>
                        <label class="check">
                            <input type="checkbox" id=format!("tick-{}", a.id) aria-describedby=format!("ticked-{}", a.id)
                                prop:checked=a.done on:change=move |ev| toggle(action.clone(), event_target_checked(&ev))/>
                            <span><span class="tick-label">"Done: "</span>{action_words(a)}</span>
                        </label>
                        <span class="action-state small"><span aria-hidden="true">{if a.done { "✓ " } else { "○ " }}</span>{when_done}</span>
                        {overdue.then(|| view! { <span class="tag warn"><span aria-hidden="true">"⚠ "</span>"Overdue"</span> })}
                        <p class="saved tick-saved" role="status" id=format!("ticked-{}", a.id)>{confirmation}</p>
                    </li>
                }
            }).collect_view()
        });
        let agreed = match c.actions.len() {
            0 => String::new(),
            1 => ", and the action agreed".to_string(),
            n => format!(", and the {n} actions agreed"),
        };
        view! {
            <h3>{format!("{} · {}", long_date(c.date), c.method.label())}</h3>
            <p><strong>{c.with_whom.clone()}</strong></p>
            {(!c.said.is_empty()).then(|| view! { <p class="said">{c.said.clone()}</p> })}
            {actions.map(|list| view! { <ul class="actions-list">{list}</ul> })}
            <Show when=move || asking.get() fallback=move || view! {
                <div class="actions">
                    <button type="button" id=format!("change-{}", id()) on:click=move |_| log.start_editing(&id())>
                        "Change"<span class="visually-hidden">" this contact"</span>
                    </button>
                    <button type="button" on:click=move |_| asking.set(true)>
                        "Remove…"<span class="visually-hidden">" this contact"</span>
                    </button>
                </div>
            }>
                <RemoveQuestion
                    question=format!("Remove {words}{agreed}? You can undo this while this screen is open.")
                    on_yes=remove
                    on_no=move || asking.set(false)
                />
            </Show>
        }
    })
    };
    view! { {shown} }
}

/// The contact's form, filled in, to change any part of it and its actions.
#[component]
fn EditContact(contact: Contact, log: Log) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = StoredValue::new(contact.id.clone());
    let fields = ContactFields::new(Some(&contact));
    let unsaved = fields.watch();
    let key = StoredValue::new(draft_key("contact", &log.shown.get_value(), &contact.id));
    let draft_offer = fields.keep_draft(key.get_value(), unsaved, || {});
    let close = move || {
        log.editing.set(None);
        focus_after_redraw(vec![format!("change-{}", id.get_value())]);
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let changed = match fields.contact(id.get_value()) {
            Ok(contact) => contact,
            Err(message) => return fields.error.set(Some(message)),
        };
        let child = log.shown.get_value();
        match state.change_child(&child, |c| c.replace_contact(changed)) {
            Ok(()) => {
                unsaved.set(false);
                storage::remove_draft(&key.get_value());
                log.last_changed.set(Some(id.get_value()));
                state.done_at(
                    CHANGE_PLACE,
                    format!("Changes saved in {}'s contacts log.", state.name_of(&child)),
                );
                close();
            }
            Err(message) => fields.error.set(Some(message)),
        }
    };
    // Cancel means the parent does not want these changes: the draft goes with them.
    let cancel = move |_| {
        unsaved.set(false);
        storage::remove_draft(&key.get_value());
        close();
    };
    view! {
        <form on:submit=save novalidate aria-labelledby=format!("change-title-{}", contact.id)>
            <h3 id=format!("change-title-{}", contact.id)>"Change this contact"</h3>
            {draft_offer}
            <ContactFormParts fields date_id="change-contact-date" by_id="change-action-by"/>
            <UnsavedLine unsaved button="Save changes" what="these changes"/>
            <div class="actions">
                <button type="submit" class="primary">"Save changes"</button>
                <button type="button" on:click=cancel>"Cancel"</button>
            </div>
        </form>
    }
}
