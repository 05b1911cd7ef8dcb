//! Asking for the passphrase of a locked backup on import, and opening it. A wrong passphrase or a
//! damaged file is said in words, and nothing on the phone changes.

use std::sync::Arc;

use leptos::prelude::*;

use crate::domain::file::locked::LockedFile;
use crate::web::passphrase_lock;

/// The passphrase field and "Open". Calls `opened` with the backup's text once it opens.
#[component]
pub fn PassphrasePrompt(
    file: Arc<LockedFile>,
    opened: Callback<String>,
    cancel: Callback<()>,
) -> impl IntoView {
    let passphrase = RwSignal::new(String::new());
    let problem = RwSignal::new(None::<&'static str>);
    let opening = RwSignal::new(false);
    let file = StoredValue::new(file);
    let open = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if opening.get_untracked() {
            return;
        }
        let typed = passphrase.get_untracked();
        if typed.is_empty() {
            problem.set(Some("Type the passphrase this backup was locked with."));
            return;
        }
        problem.set(None);
        opening.set(true);
        let file = file.get_value();
        leptos::task::spawn_local(async move {
            let result = passphrase_lock::unlock(&file, &typed).await;
            opening.set(false);
            match result {
                Ok(text) => {
                    passphrase.set(String::new());
                    opened.run(text);
                }
                Err(error) => problem.set(Some(error.message())),
            }
        });
    };
    view! {
        <form class="locked-file" on:submit=open>
            <h3>"This backup is locked"</h3>
            <p>"It was protected with a passphrase when it was saved. Type that passphrase to see what it holds. Nothing on this phone changes until you choose."</p>
            <label for="unlock-passphrase">"Passphrase for this backup"</label>
            <input
                id="unlock-passphrase"
                type="password"
                autocomplete="current-password"
                aria-describedby=move || problem.with(Option::is_some).then_some("unlock-problem")
                aria-invalid=move || problem.with(Option::is_some).then_some("true")
                prop:value=move || passphrase.get()
                on:input=move |ev| passphrase.set(event_target_value(&ev))
            />
            {move || problem.get().map(|words| view! {
                <div id="unlock-problem" class="import-problem" role="alert">
                    <p>{words}</p>
                    <p class="muted">"Your diary on this phone has not changed."</p>
                </div>
            })}
            <Show when=move || opening.get()>
                <p role="status">"Opening the backup…"</p>
            </Show>
            <div class="actions">
                <button type="submit" class="primary" aria-disabled=move || opening.get().then_some("true")>"Open"</button>
                <button type="button" class="link" on:click=move |_| cancel.run(())>"Cancel"</button>
            </div>
        </form>
    }
}
