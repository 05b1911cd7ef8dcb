//! "Protect this backup with a passphrase": the optional lock on the "Save a backup file" card,
//! with the passphrase typed twice. The passphrase lives only in these fields until the file is made.

use leptos::prelude::*;

use crate::domain::file::locked::{check_new_passphrase, MIN_PASSPHRASE_CHARS};
use crate::ui::widgets::choose::FormError;

/// What the parent chose about locking, read by the save button.
#[derive(Clone, Copy)]
pub struct LockChoice {
    pub wanted: RwSignal<bool>,
    passphrase: RwSignal<String>,
    repeat: RwSignal<String>,
    problem: RwSignal<Option<String>>,
}

impl LockChoice {
    pub fn new() -> Self {
        LockChoice {
            wanted: RwSignal::new(false),
            passphrase: RwSignal::new(String::new()),
            repeat: RwSignal::new(String::new()),
            problem: RwSignal::new(None),
        }
    }

    /// `Ok(None)`: save without a lock; `Ok(Some(passphrase))`: lock with it; `Err(())`: the
    /// passphrase is not ready, and the card now says why beside the fields.
    pub fn passphrase_to_use(self) -> Result<Option<String>, ()> {
        if !self.wanted.get_untracked() {
            return Ok(None);
        }
        let passphrase = self.passphrase.get_untracked();
        match check_new_passphrase(&passphrase, &self.repeat.get_untracked()) {
            Ok(()) => {
                self.problem.set(None);
                Ok(Some(passphrase))
            }
            Err(problem) => {
                self.problem.set(Some(problem.message()));
                focus("lock-passphrase");
                Err(())
            }
        }
    }

    /// Empties the fields once the file is made, so the passphrase is not kept in the page.
    pub fn forget(self) {
        self.passphrase.set(String::new());
        self.repeat.set(String::new());
        self.problem.set(None);
    }
}

impl Default for LockChoice {
    fn default() -> Self {
        Self::new()
    }
}

fn focus(id: &str) {
    crate::web::focus::focus_now(id);
}

/// The tick box and, once ticked, the two passphrase fields with a plain warning.
#[component]
pub fn LockOption(choice: LockChoice) -> impl IntoView {
    let LockChoice {
        wanted,
        passphrase,
        repeat,
        problem,
    } = choice;
    let described = move || {
        if problem.with(Option::is_some) {
            "lock-passphrase-hint lock-passphrase-problem"
        } else {
            "lock-passphrase-hint"
        }
    };
    view! {
        <div class="lock-option">
            <label class="check">
                <input
                    type="checkbox"
                    prop:checked=move || wanted.get()
                    on:change=move |ev| {
                        wanted.set(event_target_checked(&ev));
                        if !wanted.get_untracked() {
                            choice.forget();
                        }
                    }
                />
                " Protect this backup with a passphrase"
            </label>
            <Show when=move || wanted.get()>
                <div id="lock-passphrase-hint">
                    <p class="muted">{format!("The file will need this passphrase to open. At least {MIN_PASSPHRASE_CHARS} characters: a few words you will remember work well.")}</p>
                    <p class="lock-warning">"Small Steps never keeps the passphrase and cannot find it again. If it is forgotten, the file cannot be opened, so write it down somewhere safe."</p>
                </div>
                {[("lock-passphrase", "Passphrase", passphrase), ("lock-passphrase-again", "Type it again", repeat)]
                    .map(|(id, label, value)| view! {
                        <label for=id>{label}</label>
                        <input
                            id=id
                            type="password"
                            autocomplete="new-password"
                            aria-describedby=described
                            aria-invalid=move || problem.with(Option::is_some).then_some("true")
                            prop:value=move || value.get()
                            on:input=move |ev| value.set(event_target_value(&ev))
                        />
                    })}
                <FormError error=problem id="lock-passphrase-problem"/>
            </Show>
        </div>
    }
}
