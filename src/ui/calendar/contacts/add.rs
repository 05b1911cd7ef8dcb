//! Adding a contact or meeting to the log, with any actions agreed.

use leptos::prelude::*;

use super::form::{ContactFields, ContactFormParts};
use crate::ui::drafts::draft_key;
use crate::ui::messages::SavedHere;
use crate::ui::state::{shown_child, AppState};
use crate::ui::unsaved::{saved_and_emptied, UnsavedLine};
use crate::web::ids::new_id;

/// Where the outcome of adding a contact appears: under the button that opens the form.
const ADD_PLACE: &str = "contact-add";

/// A form for a new contact, with any actions agreed.
#[component]
pub fn AddContact() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The child this form was shown for; saves go to this child whatever the header shows later.
    let shown = StoredValue::new(shown_child());
    let open = RwSignal::new(false);
    let fields = ContactFields::new(None);
    // Typing kept only on "Save contact": say so, and ask before leaving the screen.
    let unsaved = fields.watch();
    let draft_offer = fields.keep_draft(
        draft_key("contact", &shown.get_value(), ""),
        unsaved,
        move || open.set(true),
    );
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let contact = match fields.contact(new_id("contact")) {
            Ok(contact) => contact,
            Err(message) => return fields.error.set(Some(message)),
        };
        let child = shown.get_value();
        match state.change_child(&child, |c| c.add_contact(contact)) {
            Ok(()) => {
                fields.fill(None);
                open.set(false);
                saved_and_emptied(unsaved);
                state.done_at(
                    ADD_PLACE,
                    format!(
                        "Contact saved. It is in {}'s contacts log below.",
                        state.name_of(&child)
                    ),
                );
            }
            Err(message) => fields.error.set(Some(message)),
        }
    };
    view! {
        {draft_offer}
        <Show when=move || open.get() fallback=move || view! { <button type="button" class="primary" on:click=move |_| open.set(true)>"Add a contact or meeting"</button> }>
            <form class="card" on:submit=save novalidate>
                <h3>"New contact or meeting"</h3>
                <ContactFormParts fields date_id="contact-date" by_id="action-by"/>
                <UnsavedLine unsaved button="Save contact" what="this contact"/>
                <div class="actions">
                    <button type="submit" class="primary">"Save contact"</button>
                    <button type="button" on:click=move |_| open.set(false)>"Cancel"</button>
                </div>
            </form>
        </Show>
        <SavedHere place=ADD_PLACE/>
    }
}
