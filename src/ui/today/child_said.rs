//! What the child said about a day in their own turn, shown on that day's screen and labelled as
//! the child's own words (it is kept apart from the parent's record, which it never changes).

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::diary::own_words::words::child_words;
use crate::ui::state::{shown_child, AppState};

/// The child's "today, in my words" entries for `date`, if any.
#[component]
pub fn ChildSaidOn(date: NaiveDate) -> impl IntoView {
    let state = expect_context::<AppState>();
    let id = shown_child();
    move || {
        let (name, lines) = state.diary.with(|d| {
            let Some(child) = d.child(&id) else {
                return (String::new(), Vec::new());
            };
            let scale = &child.own_words.scale;
            let lines: Vec<String> = child
                .own_words
                .my_days
                .iter()
                .filter(|day| day.date == date)
                .map(|day| {
                    let mut parts = Vec::new();
                    if let Some(n) = day.worry {
                        parts.push(match scale.nearest_words(n) {
                            Some((p, words)) if p == n => format!("worry {n} of 10 (“{words}”)"),
                            _ => format!("worry {n} of 10"),
                        });
                    }
                    if !day.about.is_empty() {
                        let about: Vec<&str> = day.about.iter().map(|k| child_words(*k)).collect();
                        parts.push(format!("about: {}", about.join(", ")));
                    }
                    if !day.words.is_empty() {
                        parts.push(format!("“{}”", day.words));
                    }
                    parts.join("; ")
                })
                .collect();
            (child.nickname.trim().to_string(), lines)
        });
        (!lines.is_empty()).then(|| {
            view! {
                <section class="card child-said" aria-label=format!("{name}'s own words")>
                    <h2>{format!("In {name}'s own words")}</h2>
                    <p class="hint">{format!("Said by {name} in their own turn on this phone.")}</p>
                    <ul>{lines.into_iter().map(|l| view! { <li>{l}</li> }).collect_view()}</ul>
                </section>
            }
        })
    }
}
