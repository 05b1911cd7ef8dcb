//! Giving the phone back: the only way out of the child's turn, and a deliberate one (a second
//! tap), so a child does not fall out by accident. The shell refuses any other way out (Back, a
//! link) while the turn is open, unless [`TurnExit`] says the phone is being given back.

use leptos::prelude::*;

use super::TurnTyping;
use crate::web::address::{self as route, Screen};

/// Set just before the child's turn is left on purpose, so the shell lets the address change.
#[derive(Clone, Copy)]
pub struct TurnExit(pub StoredValue<bool>);

/// "Give the phone back": tap once to ready it, again to go.
#[component]
pub fn GiveBack(name: String) -> impl IntoView {
    let exit = expect_context::<TurnExit>();
    let typing = expect_context::<TurnTyping>();
    let armed = RwSignal::new(false);
    let unkept = RwSignal::new(false);
    let tap = move |_| {
        if armed.get_untracked() {
            exit.0.set_value(true);
            super::turn_over();
            route::go(Screen::Today);
            return;
        }
        unkept.set(typing.any());
        armed.set(true);
        // Ready for a little while only: a tap much later starts again.
        set_timeout(
            move || {
                let _ = armed.try_set(false);
            },
            std::time::Duration::from_secs(8),
        );
    };
    view! {
        <section class="give-back" aria-label="Give the phone back">
            <button type="button" class="give-back-button" class:armed=move || armed.get() on:click=tap>
                {move || {
                    if armed.get() { "Tap again to give the phone back" } else { "Give the phone back" }
                }}
            </button>
            <p class="turn-note" role="status" aria-live="polite">
                {move || {
                    armed
                        .get()
                        .then(|| {
                            if unkept.get() {
                                "You wrote something you have not kept yet. Tap “Keep” first, or tap again to leave it."
                            } else {
                                "Thank you! Tap again and the phone goes back."
                            }
                        })
                }}
            </p>
            <p class="turn-not-a-lock">
                {if name.is_empty() {
                    "This is not a lock: a grown-up can always get back. To lock the phone, use the phone's own settings.".to_string()
                } else {
                    format!(
                        "This is not a lock: a grown-up can always get back. To lock the phone while {name} has it, use the phone's own settings."
                    )
                }}
            </p>
        </section>
    }
}
