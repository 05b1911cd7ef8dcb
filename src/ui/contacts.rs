//! The contacts and meetings log: who the parent spoke to, how, what was said, and the actions
//! agreed, ticked off when done; overdue actions stand out.

use leptos::prelude::*;

use crate::ui::unsaved::{saved_and_emptied, watch_unsaved, UnsavedLine};

use crate::domain::contacts::{AgreedAction, Contact, ContactMethod};
use crate::domain::dates::long_date;
use crate::domain::validate::{limits, Problem};
use crate::ui::calendar::CalendarTabs;
use crate::ui::clock::today;
use crate::ui::drafts::{draft_key, keep_draft};
use crate::ui::field::{DateField, TextField};
use crate::ui::route::Screen;
use crate::ui::state::{new_id, shown_child, AppState};

#[component]
pub fn ContactsLog() -> impl IntoView {
    let state = expect_context::<AppState>();
    let contacts = move || {
        let id = shown_child();
        state.diary.with(|d| {
            let mut list = d.child(&id).map(|c| c.contacts.clone()).unwrap_or_default();
            list.sort_by_key(|c| std::cmp::Reverse(c.date));
            list
        })
    };
    view! {
        <section class="screen">
            <h1>"Calendar"</h1>
            <CalendarTabs current=Screen::Contacts/>
            <h2>"Contacts and meetings"</h2>
            <p class="muted">"Keep a note of every call, email, letter and meeting, and what was agreed."</p>
            <AddContact/>
            <ul class="cards">
                {move || contacts().into_iter().map(|c| view! { <li><ContactCard contact=c/></li> }).collect_view()}
            </ul>
        </section>
    }
}

#[component]
fn ContactCard(contact: Contact) -> impl IntoView {
    let state = expect_context::<AppState>();
    // The child this form was shown for; saves go to this child whatever the header shows later.
    let shown = StoredValue::new(shown_child());
    let contact_id = StoredValue::new(contact.id.clone());
    let now = today();
    let toggle = move |action_id: String, done: bool| {
        let child = shown.get_value();
        let result = state.change(|d| {
            let action = d
                .child_mut(&child)
                .and_then(|c| {
                    c.contacts
                        .iter_mut()
                        .find(|c| c.id == contact_id.get_value())
                })
                .and_then(|c| c.actions.iter_mut().find(|a| a.id == action_id))
                .ok_or_else(|| Problem::new("contacts", "That action is no longer here."))?;
            action.done = done;
            Ok(())
        });
        if let Err(message) = result {
            state.problem(message);
        }
    };
    view! {
        <article class="card contact">
            <h3>{format!("{} · {}", long_date(contact.date), contact.method.label())}</h3>
            <p><strong>{contact.with_whom.clone()}</strong></p>
            {(!contact.said.is_empty()).then(|| view! { <p class="said">{contact.said.clone()}</p> })}
            {(!contact.actions.is_empty()).then(|| view! {
                <ul class="actions-list">
                    {contact.actions.iter().map(|a| {
                        let overdue = a.is_overdue(now);
                        let id = a.id.clone();
                        let by = a.by.map(|d| format!(" by {}", long_date(d))).unwrap_or_default();
                        let who = if a.who.is_empty() { String::new() } else { format!(" ({})", a.who) };
                        view! {
                            <li class:overdue=overdue>
                                <label class="check">
                                    <input type="checkbox" prop:checked=a.done on:change=move |ev| toggle(id.clone(), event_target_checked(&ev))/>
                                    {format!("{}{who}{by}", a.what)}
                                </label>
                                {overdue.then(|| view! { <span class="tag warn"><span aria-hidden="true">"⚠ "</span>"Overdue"</span> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            })}
        </article>
    }
}

/// A form for a new contact, with any actions agreed.
#[component]
fn AddContact() -> impl IntoView {
    let state = expect_context::<AppState>();
    // The child this form was shown for; saves go to this child whatever the header shows later.
    let shown = StoredValue::new(shown_child());
    let open = RwSignal::new(false);
    let date = RwSignal::new(today().to_string());
    let with_whom = RwSignal::new(String::new());
    let method = RwSignal::new(ContactMethod::Meeting);
    let said = RwSignal::new(String::new());
    let actions = RwSignal::new(Vec::<AgreedAction>::new());
    let (what, who, by) = (
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
        RwSignal::new(String::new()),
    );
    let error = RwSignal::new(None::<String>);
    // Typing kept only on "Save contact": say so, and ask before leaving the screen.
    let unsaved = watch_unsaved(move || {
        for text in [with_whom, said, what, who, by] {
            text.track();
        }
        actions.track();
    });
    let draft_offer = keep_draft(
        draft_key("contact", &shown.get_value(), ""),
        unsaved,
        move || {
            (
                [date, with_whom, said, what, who, by].map(|t| t.get()),
                method.get(),
                actions.get(),
            )
        },
        move |(texts, kind, agreed): ([String; 6], ContactMethod, Vec<AgreedAction>)| {
            for (field, text) in [date, with_whom, said, what, who, by].iter().zip(texts) {
                field.set(text);
            }
            method.set(kind);
            actions.set(agreed);
            open.set(true);
        },
    );
    // An action filled in but not yet added is kept when the contact is saved, never dropped.
    let pending_action = move || {
        let text = what.get_untracked().trim().to_string();
        (!text.is_empty()).then(|| AgreedAction {
            id: new_id("action"),
            what: text,
            who: who.get_untracked().trim().to_string(),
            by: by.get_untracked().parse().ok(),
            done: false,
        })
    };
    let add_action = move |_| {
        if what.with_untracked(|w| w.trim().is_empty()) {
            error.set(Some("Say what was agreed before adding the action.".into()));
            return;
        }
        actions.update(|list| {
            list.push(AgreedAction {
                id: new_id("action"),
                what: what.get_untracked().trim().to_string(),
                who: who.get_untracked().trim().to_string(),
                by: by.get_untracked().parse().ok(),
                done: false,
            })
        });
        what.set(String::new());
        who.set(String::new());
        by.set(String::new());
        error.set(None);
    };
    let save = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Ok(day) = date.get_untracked().parse() else {
            error.set(Some("Choose the date it happened.".into()));
            return;
        };
        if with_whom.with_untracked(|w| w.trim().is_empty()) {
            error.set(Some(
                "Say who it was with (a name or a role is enough).".into(),
            ));
            return;
        }
        let contact = Contact {
            id: new_id("contact"),
            date: day,
            with_whom: with_whom.get_untracked().trim().to_string(),
            method: method.get_untracked(),
            said: said.get_untracked().trim().to_string(),
            actions: actions
                .get_untracked()
                .into_iter()
                .chain(pending_action())
                .collect(),
        };
        let child = shown.get_value();
        match state.change(|d| {
            d.child_mut(&child)
                .ok_or_else(|| Problem::new("children", "That child is no longer here."))?
                .contacts
                .push(contact);
            Ok(())
        }) {
            Ok(()) => {
                with_whom.set(String::new());
                said.set(String::new());
                actions.set(Vec::new());
                for text in [what, who, by] {
                    text.set(String::new());
                }
                error.set(None);
                open.set(false);
                saved_and_emptied(unsaved);
                state.done("Contact saved.");
            }
            Err(message) => error.set(Some(message)),
        }
    };
    view! {
        {draft_offer}
        <Show when=move || open.get() fallback=move || view! { <button type="button" class="primary" on:click=move |_| open.set(true)>"Add a contact or meeting"</button> }>
            <form class="card" on:submit=save novalidate>
                <h3>"New contact or meeting"</h3>
                <DateField label="When" id="contact-date" value=date/>
                <TextField label="With whom" hint="A name and role, e.g. Mrs Patel, SENCO" value=with_whom max=limits::NAME_CHARS/>
                <label for="contact-method">"How"</label>
                <select id="contact-method" on:change=move |ev| { let k = event_target_value(&ev); if let Some(m) = ContactMethod::ALL.into_iter().find(|m| m.label() == k) { method.set(m) } }>
                    {ContactMethod::ALL.into_iter().map(|m| view! { <option value=m.label() selected=move || method.get() == m>{m.label()}</option> }).collect_view()}
                </select>
                <TextField label="What was said" value=said max=limits::LONG_CHARS multiline=true/>
                <fieldset class="group">
                    <legend>"Actions agreed"</legend>
                    <ul>{move || actions.get().into_iter().map(|a| view! { <li>{a.what}</li> }).collect_view()}</ul>
                    <TextField label="What will be done" value=what max=limits::SHORT_CHARS/>
                    <TextField label="Who will do it" value=who max=limits::NAME_CHARS/>
                    <DateField label="By when" id="action-by" value=by/>
                    <button type="button" on:click=add_action>"Add this action"</button>
                </fieldset>
                {move || error.get().map(|e| view! { <p class="field-error" role="alert">{e}</p> })}
                <UnsavedLine unsaved button="Save contact" what="this contact"/>
                <div class="actions">
                    <button type="submit" class="primary">"Save contact"</button>
                    <button type="button" on:click=move |_| open.set(false)>"Cancel"</button>
                </div>
            </form>
        </Show>
    }
}
