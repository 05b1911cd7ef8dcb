//! "Hand to Sam": the way into the child's own turn, from Today and from the plan's first stage.
//! A plain link to the turn's own address, for the child the screen was built for.

use leptos::prelude::*;

use crate::ui::state::{shown_child, AppState};
use crate::web::address::{Screen, TurnPage};

/// The look of the child's turn and of the child's words where the parent reads them: a style
/// sheet of its own (`style/parts/own_words.css`), not part of the first load.
pub const OWN_WORDS_SHEET: &str = "own_words.css";

/// A card with the button that hands the phone to the child shown.
#[component]
pub fn HandOver() -> impl IntoView {
    let state = expect_context::<AppState>();
    let name = state.name_of(&shown_child());
    let name = name.trim().to_string();
    view! {
        <aside class="card hand-over" aria-label=format!("{name}'s own turn")>
            <a class="go" href=Screen::MyTurn(TurnPage::Start).hash()>
                {format!("Hand to {name}")}
            </a>
            <p class="hint">
                {format!(
                    "{name} can set their own worry scale, say how today feels, fill in three houses and their dream school, and rate their steps, choosing what school may see. Only {name}'s own screens show, until {name} gives the phone back."
                )}
            </p>
        </aside>
    }
}
