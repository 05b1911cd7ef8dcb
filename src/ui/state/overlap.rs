//! The banner shown when two tabs disagreed: what both changed, what one removed that the other
//! had changed, and a choice between this tab's way and the other tab's.

use leptos::prelude::*;

use super::{AppState, Overlap};

/// The tabs disagreed: say where, in words (what both changed, what one removed that the other had
/// changed), and let the parent keep this tab's way or take the other tab's. Until they choose,
/// this tab's words are kept and whatever either tab removed stays removed.
#[component]
pub fn OverlapMessage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let choose = move |mine: bool| {
        let Some(overlap) = state.overlap.get_untracked() else {
            return;
        };
        state.overlap.set(None);
        let (chosen, done) = if mine {
            (overlap.mine_first, "This tab's version is saved now.")
        } else {
            (
                overlap.theirs_first,
                "The other tab's version is saved now.",
            )
        };
        if state.diary.with_untracked(|d| *d == chosen) {
            return;
        }
        match state.change(|diary| {
            *diary = chosen;
            Ok(())
        }) {
            Ok(()) => {
                state.keep_a_child_shown();
                state.refresh_when_nothing_typed();
                state.done(done);
            }
            Err(message) => state.problem(message),
        }
    };
    move || {
        state.overlap.get().map(|overlap| {
            view! {
                <section class="banner" role="alert" aria-labelledby="overlap-heading">
                    <h2 id="overlap-heading"><span aria-hidden="true">"⚠ "</span>"Changed in two tabs"</h2>
                    {overlap_words(&overlap).into_iter().map(|line| view! { <p>{line}</p> }).collect_view()}
                    <div class="actions">
                        <button type="button" class="primary" on:click=move |_| choose(true)>"Keep this tab's"</button>
                        <button type="button" on:click=move |_| choose(false)>"Use the other tab's"</button>
                    </div>
                </section>
            }
        })
    }
}

/// The banner's sentences: each disagreement, what was kept meanwhile, and what each button does.
fn overlap_words(overlap: &Overlap) -> Vec<String> {
    // Each list of things, how its items are joined, and the words around them.
    let kinds: [(&[String], &str, &str, &str); 4] = [
        (
            &overlap.fields,
            ", ",
            "Small Steps is open in another tab too, and both changed the same thing: ",
            ". This tab's words were saved.",
        ),
        (
            &overlap.removed_elsewhere,
            "; ",
            "The other tab removed ",
            ", which this tab had changed. It stays removed unless you keep this tab's.",
        ),
        (
            &overlap.removed_here,
            "; ",
            "This tab removed ",
            ", which the other tab had changed. It stays removed unless you use the other tab's.",
        ),
        (
            &overlap.kept_here,
            "; ",
            "The other tab's save, made at the same moment, did not hold ",
            ". This tab kept it; use the other tab's to leave it out.",
        ),
    ];
    let mut lines: Vec<String> = kinds
        .into_iter()
        .filter(|(items, ..)| !items.is_empty())
        .map(|(items, joined_by, before, after)| {
            format!("{before}{}{after}", items.join(joined_by))
        })
        .collect();
    lines.push("Everything else from both tabs is kept.".into());
    lines
}
