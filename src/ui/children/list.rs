//! Choosing which child is shown, and adding, renaming or removing children.

use leptos::prelude::*;

use crate::domain::words::plural;

use crate::domain::checks::limits;
use crate::domain::draft_layouts;
use crate::domain::Child;
use crate::ui::drafts::{draft_key, DraftFields};
use crate::ui::messages::SavedHere;
use crate::ui::state::AppState;
use crate::ui::unsaved::{watch_typing, UnsavedForms, UnsavedLine};
use crate::ui::widgets::confirm::RemoveQuestion;
use crate::ui::widgets::field::TextField;
use crate::ui::widgets::support_near_you::SupportNearYou;
use crate::web::focus::{focus_after_redraw, focus_after_screen_rebuild};
use crate::web::ids::new_id;
use crate::web::storage;

/// In the header: whose diary is shown (their name, and a round badge with their initial in a
/// colour of their own), and a way to switch when there is more than one child.
#[component]
pub fn ChildSwitcher() -> impl IntoView {
    let state = expect_context::<AppState>();
    let unsaved = use_context::<UnsavedForms>();
    let several = move || state.diary.with(|d| d.children.len() > 1);
    view! {
        <div class="shown-child">
            <ChildBadge/>
            <Show
                when=several
                fallback=move || view! {
                    <p class="child-name">
                        <span class="visually-hidden">"Showing the diary of "</span>
                        {move || state.child_name()}
                    </p>
                }
            >
                <label class="switcher">
                    <span class="visually-hidden">"Showing the diary of"</span>
                    <select on:change=move |ev| {
                        // Typing not saved yet belongs to the child on screen: ask first.
                        if unsaved.is_none_or(UnsavedForms::may_leave) {
                            // A message belongs to the child it was said about.
                            state.notice.set(None);
                            state.choose_child(&event_target_value(&ev));
                        } else {
                            // Show the child still on screen.
                            let chosen = state.child_id.get_untracked().unwrap_or_default();
                            crate::web::page::put_back_choice(&ev, &chosen);
                        }
                    }>
                        {move || {
                            let chosen = state.child_id.get();
                            state
                                .diary
                                .with(|d| {
                                    d.children
                                        .iter()
                                        .map(|c| {
                                            let selected = chosen.as_deref() == Some(c.id.as_str());
                                            view! {
                                                <option value=c.id.clone() selected=selected>
                                                    {c.nickname.clone()}
                                                </option>
                                            }
                                        })
                                        .collect_view()
                                })
                        }}
                    </select>
                </label>
            </Show>
        </div>
    }
}

/// The shown child's initial in a circle of their colour. The name is always beside it, so the
/// colour is never the only way to tell whose diary it is; screen readers hear the name instead.
#[component]
fn ChildBadge() -> impl IntoView {
    let state = expect_context::<AppState>();
    let badge = move || {
        let id = state.child_id.get()?;
        state
            .diary
            .with(|d| d.child(&id).map(|c| (c.initial(), c.badge_colour())))
    };
    move || {
        badge().map(|(initial, colour)| {
            view! {
                <span class=format!("child-badge child-colour-{colour}") aria-hidden="true">
                    {initial}
                </span>
            }
        })
    }
}

/// The Children screen: everyone in the diary, with rename and remove, and adding another child.
#[component]
pub fn Children() -> impl IntoView {
    let state = expect_context::<AppState>();
    let children = move || state.diary.with(|d| d.children.clone());
    view! {
        <section class="screen">
            <h1>"Children"</h1>
            <p>"Each child has their own diary and plan. Tap a name to show that child's diary."</p>
            <ul class="cards">
                <For each=children key=|c| (c.id.clone(), c.nickname.clone()) let:child>
                    <li><ChildCard child/></li>
                </For>
            </ul>
            <SavedHere place=LIST_PLACE/>
            <AddChild/>
            <SupportNearYou show_problem=true/>
        </section>
    }
}

/// Where removing a child is confirmed: under the list of children.
const LIST_PLACE: &str = "children";
/// Where adding a child is confirmed: under "Add child".
const ADD_PLACE: &str = "add-child";

/// Where a child's card confirms a rename: at the bottom of that card.
fn child_place(child_id: &str) -> String {
    format!("child-{child_id}")
}

/// One child, with rename and remove.
#[component]
fn ChildCard(child: Child) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = StoredValue::new(child.id.clone());
    let name = StoredValue::new(child.nickname.clone());
    let renaming = RwSignal::new(false);
    let confirming = RwSignal::new(false);
    let new_name = RwSignal::new(child.nickname.clone());
    let error = RwSignal::new(None::<String>);
    let is_shown = move || state.child_id.get().as_deref() == Some(id.get_value().as_str());
    let summary = format!("{} recorded", plural(child.days.len(), "day", "days"));
    let rename = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let typed = new_name.get_untracked();
        match state.change(|d| d.rename_child(&id.get_value(), &typed)) {
            Ok(()) => {
                renaming.set(false);
                error.set(None);
                focus_after_redraw(vec![format!("rename-{}", id.get_value())]);
                state.done_at(
                    child_place(&id.get_value()),
                    format!(
                        "Renamed to {}. Their diary and plan are as they were.",
                        typed.trim()
                    ),
                );
            }
            Err(message) => error.set(Some(message)),
        }
    };
    let remove = move || {
        let gone = id.get_value();
        match state.change(|d| d.remove_child(&gone).map(|_| ())) {
            Ok(()) => {
                if state.child_id.get_untracked().as_deref() == Some(gone.as_str()) {
                    let first = state
                        .diary
                        .with_untracked(|d| d.children.first().map(|c| c.id.clone()));
                    if let Some(first) = first {
                        state.choose_child(&first);
                    } else {
                        state.child_id.set(None);
                    }
                }
                state.done_at(
                    LIST_PLACE,
                    format!("{} has been removed.", name.get_value()),
                );
            }
            Err(message) => state.problem_at(child_place(&id.get_value()), message),
        }
    };
    view! {
        <article class="card" aria-label=child.nickname.clone()>
            <h2>
                <button type="button" class="link big" on:click=move |_| state.choose_child(&id.get_value())>
                    {child.nickname.clone()}
                </button>
                {move || is_shown().then(|| view! { <span class="tag">"Shown now"</span> })}
            </h2>
            <p class="muted">{summary}</p>
            <Show when=move || renaming.get()>
                <form on:submit=rename novalidate>
                    <TextField label="New name or nickname" value=new_name max=limits::NAME_CHARS error=error/>
                    <div class="actions">
                        <button type="submit" class="primary">"Save name"</button>
                        <button type="button" on:click=move |_| renaming.set(false)>"Cancel"</button>
                    </div>
                </form>
            </Show>
            <Show when=move || confirming.get()>
                <RemoveQuestion
                    question=format!("Remove {} and everything recorded for them? This cannot be undone. Save a backup first if you might want it back.", name.get_value())
                    yes=format!("Yes, remove {}", name.get_value())
                    keep="Keep"
                    on_yes=remove
                    on_no=move || confirming.set(false)
                />
            </Show>
            <Show when=move || !renaming.get() && !confirming.get()>
                <div class="actions">
                    <button type="button" id=format!("rename-{}", id.get_value()) on:click=move |_| renaming.set(true)>"Rename"</button>
                    <button type="button" on:click=move |_| confirming.set(true)>"Remove…"</button>
                </div>
            </Show>
            <SavedHere place=child_place(&child.id)/>
        </article>
    }
}

/// A small form to add another child.
#[component]
fn AddChild() -> impl IntoView {
    let state = expect_context::<AppState>();
    let nickname = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    // A name typed but not added is typing like any other: said, kept as a draft, asked about.
    let fields = DraftFields::new(&draft_layouts::CHILD).text("nickname", nickname);
    let unsaved = watch_typing({
        let fields = fields.clone();
        move || fields.is_blank(&[])
    });
    let key = StoredValue::new(draft_key("child", "", ""));
    let draft_offer = fields.keep_draft(key.get_value(), unsaved);
    let add = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let id = new_id("child");
        let typed = nickname.get_untracked();
        match state.change(|d| d.add_child(id.clone(), &typed).map(|_| ())) {
            Ok(()) => {
                // The screen is rebuilt for the new child before this form would notice it is
                // saved, so its draft goes here.
                unsaved.set(false);
                storage::remove_draft(&key.get_value());
                nickname.set(String::new());
                error.set(None);
                state.choose_child(&id);
                // The screen is rebuilt for the new child: keep the parent where they were.
                focus_after_screen_rebuild(vec!["add-child".into()]);
                state.done_at(
                    ADD_PLACE,
                    format!("Added {}. Their diary is shown now.", typed.trim()),
                );
            }
            Err(message) => error.set(Some(message)),
        }
    };
    view! {
        <form class="card" on:submit=add novalidate>
            <h2>"Add a child"</h2>
            {draft_offer}
            <TextField label="Name or nickname" value=nickname max=limits::NAME_CHARS error=error/>
            <UnsavedLine unsaved button="Add child" what="this child"/>
            <button type="submit" class="primary" id="add-child">"Add child"</button>
            <SavedHere place=ADD_PLACE/>
        </form>
    }
}
