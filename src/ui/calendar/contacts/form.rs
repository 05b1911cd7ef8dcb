//! The contact form's parts, shared by adding a contact and changing one: when, with whom, how,
//! what was said and the actions agreed, and what the form keeps as a draft.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::checks::limits;
use crate::domain::dates::long_date;
use crate::domain::diary::contacts::{AgreedAction, Contact, ContactMethod};
use crate::domain::draft_layouts;
use crate::ui::drafts::{DraftFields, DraftKey};
use crate::ui::widgets::choose::{ChoiceSelect, FormError};
use crate::ui::widgets::field::{DateField, TextField};
use crate::web::clock::today;
use crate::web::ids::new_id;

/// Everything typed into one contact form.
#[derive(Clone, Copy)]
pub struct ContactFields {
    date: RwSignal<String>,
    with_whom: RwSignal<String>,
    method: RwSignal<ContactMethod>,
    said: RwSignal<String>,
    actions: RwSignal<Vec<AgreedAction>>,
    what: RwSignal<String>,
    who: RwSignal<String>,
    by: RwSignal<String>,
    /// The id, tick and day ticked of an action taken back into the boxes to be changed, so it
    /// keeps them.
    changing: RwSignal<Option<(String, bool, Option<NaiveDate>)>>,
    /// What stops the form being saved, said above its buttons.
    pub error: RwSignal<Option<String>>,
}

impl ContactFields {
    /// A form filled from a saved contact, or empty (dated today) for a new one.
    pub fn new(contact: Option<&Contact>) -> Self {
        let text = |text: Option<&String>| RwSignal::new(text.cloned().unwrap_or_default());
        ContactFields {
            date: RwSignal::new(contact.map_or(today(), |c| c.date).to_string()),
            with_whom: text(contact.map(|c| &c.with_whom)),
            method: RwSignal::new(contact.map_or(ContactMethod::Meeting, |c| c.method)),
            said: text(contact.map(|c| &c.said)),
            actions: RwSignal::new(contact.map(|c| c.actions.clone()).unwrap_or_default()),
            what: text(None),
            who: text(None),
            by: text(None),
            changing: RwSignal::new(None),
            error: RwSignal::new(None),
        }
    }

    /// The form's fields by name, declared once: the draft, the "Not saved yet" watch and filling
    /// follow from this table (a new field does not compile until it is named here).
    fn fields(self) -> DraftFields {
        let ContactFields {
            date,
            with_whom,
            method,
            said,
            actions,
            what,
            who,
            by,
            // Not typing: which action is being changed, and the form's message.
            changing: _,
            error: _,
        } = self;
        DraftFields::new(&draft_layouts::CONTACT)
            .choice("date", date)
            .text("with_whom", with_whom)
            .choice("method", method)
            .text("said", said)
            .listed("actions", actions, |list| {
                list.iter().map(|a| a.what.clone()).collect()
            })
            .text("action_what", what)
            .text("action_who", who)
            .choice("action_by", by)
    }

    /// Puts a contact's details in the boxes, or empties them for the next new contact.
    pub fn fill(self, contact: Option<&Contact>) {
        self.fields()
            .fill_from(&ContactFields::new(contact).fields());
        self.changing.set(None);
        self.error.set(None);
    }

    /// Turns on once anything in the form changes (see [`crate::ui::unsaved::watch_unsaved`]).
    pub fn watch(self) -> RwSignal<bool> {
        self.fields().watch_unsaved()
    }

    /// Keeps the form's typing as a draft under `key`; `reopen` shows the form when a kept draft
    /// is put back into it.
    pub fn keep_draft(
        self,
        key: DraftKey,
        unsaved: RwSignal<bool>,
        reopen: impl Fn() + Send + Sync + 'static,
    ) -> impl IntoView {
        self.fields().keep_draft_and(key, unsaved, reopen)
    }

    /// The action typed in the three boxes, if any (one being changed keeps its id and tick).
    fn typed_action(self) -> Option<AgreedAction> {
        let what = self.what.get_untracked().trim().to_string();
        if what.is_empty() {
            return None;
        }
        let (id, done, done_on) = self
            .changing
            .get_untracked()
            .unwrap_or_else(|| (new_id("action"), false, None));
        Some(AgreedAction {
            id,
            what,
            who: self.who.get_untracked().trim().to_string(),
            by: self.by.get_untracked().parse().ok(),
            done,
            done_on,
        })
    }

    /// Moves the action typed in the boxes into the list. False when nothing was typed.
    fn add_action(self) -> bool {
        let Some(action) = self.typed_action() else {
            return false;
        };
        self.actions.update(|list| list.push(action));
        for text in [self.what, self.who, self.by] {
            text.set(String::new());
        }
        self.changing.set(None);
        true
    }

    /// Takes an action back into the boxes to be changed (any typed there is added first).
    fn change_action(self, id: &str) {
        self.add_action();
        let mut list = self.actions.get_untracked();
        let Some(place) = list.iter().position(|a| a.id == id) else {
            return;
        };
        let action = list.remove(place);
        self.actions.set(list);
        self.what.set(action.what);
        self.who.set(action.who);
        self.by
            .set(action.by.map(|d| d.to_string()).unwrap_or_default());
        self.changing
            .set(Some((action.id, action.done, action.done_on)));
    }

    /// The contact as typed, with the id it is saved under. An action filled in but not yet
    /// added is kept, never dropped. The domain checks the rest when it is saved.
    pub fn contact(self, id: String) -> Result<Contact, String> {
        let Ok(date) = self.date.get_untracked().parse() else {
            return Err("Choose the date it happened.".into());
        };
        Ok(Contact {
            id,
            date,
            with_whom: self.with_whom.get_untracked(),
            method: self.method.get_untracked(),
            said: self.said.get_untracked(),
            actions: self
                .actions
                .get_untracked()
                .into_iter()
                .chain(self.typed_action())
                .collect(),
        })
    }
}

/// An agreed action in one line: "Send the plan (Mrs Patel) by 20 November 2026".
pub fn action_words(action: &AgreedAction) -> String {
    let who = if action.who.is_empty() {
        String::new()
    } else {
        format!(" ({})", action.who)
    };
    let by = action
        .by
        .map(|d| format!(" by {}", long_date(d)))
        .unwrap_or_default();
    format!("{}{who}{by}", action.what)
}

/// The boxes of a contact form, the same for a new contact and a changed one. `date_id` and
/// `by_id` name the two date pickers (one of each form can be open at a time).
#[component]
pub fn ContactFormParts(
    fields: ContactFields,
    date_id: &'static str,
    by_id: &'static str,
) -> impl IntoView {
    let add_action = move |_| {
        if fields.add_action() {
            fields.error.set(None);
        } else {
            fields
                .error
                .set(Some("Say what was agreed before adding the action.".into()));
        }
    };
    let agreed = move || {
        fields
            .actions
            .get()
            .into_iter()
            .map(|a| {
                let (change_id, remove_id) = (a.id.clone(), a.id.clone());
                let done = if a.done { " (done)" } else { "" };
                view! {
                    <li>
                        <span>{format!("{}{done}", action_words(&a))}</span>
                        <span class="row-buttons">
                            <button type="button" class="link" on:click=move |_| fields.change_action(&change_id)>
                                "Change"<span class="visually-hidden">{format!(" “{}”", a.what)}</span>
                            </button>
                            <button type="button" class="link" on:click=move |_| fields.actions.update(|l| l.retain(|x| x.id != remove_id))>
                                "Remove"<span class="visually-hidden">{format!(" “{}”", a.what)}</span>
                            </button>
                        </span>
                    </li>
                }
            })
            .collect_view()
    };
    let method = fields.method;
    view! {
        <DateField label="When" id=date_id value=fields.date/>
        <TextField label="With whom" hint="A name and role, e.g. Mrs Patel, SENCO" value=fields.with_whom max=limits::NAME_CHARS/>
        <ChoiceSelect label="How" value=method/>
        <TextField label="What was said" value=fields.said max=limits::LONG_CHARS multiline=true/>
        <fieldset class="group">
            <legend>"Actions agreed"</legend>
            <ul class="agreed">{agreed}</ul>
            <TextField label="What will be done" value=fields.what max=limits::SHORT_CHARS/>
            <TextField label="Who will do it" value=fields.who max=limits::NAME_CHARS/>
            <DateField label="By when" id=by_id value=fields.by/>
            <button type="button" on:click=add_action>
                {move || if fields.changing.get().is_some() { "Put this action back" } else { "Add this action" }}
            </button>
        </fieldset>
        <FormError error=fields.error/>
    }
}
