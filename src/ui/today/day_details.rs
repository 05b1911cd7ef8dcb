//! The optional parts of a day: morning and afternoon, worries (category, the child's words, how
//! big 0-10), signs noticed and when, what helped and what made it harder, the day's times, the
//! school's code and a private note. In the built app they come in a later part (see `today/later.rs`).

use leptos::prelude::*;

use crate::domain::checks::limits;
use crate::domain::diary::day::{Sign, SignKind, SignTime, WorryCategory};
use crate::domain::diary::day_times::DAY_TIMES;
use crate::ui::today::day_draft::DayDraft;
use crate::ui::widgets::choose::{FormError, MaybeChoiceSelect, RatingSelect};
use crate::ui::widgets::field::{unique_id, TextField};

/// Worries: a list of what was added, and a small form to add one.
#[component]
pub fn WorriesEditor(draft: DayDraft) -> impl IntoView {
    let pending = draft.pending_worry;
    let (category, words, rating) = (pending.category, pending.words, pending.rating);
    let add = move |_| {
        if let Some(worry) = pending.worry() {
            draft.worries.update(|ws| ws.push(worry));
        }
        pending.clear();
        // The button is disabled now the form is empty; keep the parent's place on the worry
        // they just added (its Remove button) rather than dropping focus to the top of the page.
        crate::web::focus::focus_after_redraw(vec![format!(
            "remove-worry-{}",
            draft.worries.with_untracked(Vec::len).saturating_sub(1)
        )]);
    };
    let can_add = move || category.get().is_some() || !words.with(|w| w.trim().is_empty());
    view! {
        <fieldset class="group">
            <legend>"Worries"</legend>
            <ul class="added">
                {move || draft.worries.get().into_iter().enumerate().map(|(i, w)| {
                    let name = w.category.map_or("Worry", |c| c.label());
                    let detail = match (w.words.is_empty(), w.rating) {
                        (true, None) => String::new(),
                        (false, None) => format!(": “{}”", w.words),
                        (true, Some(r)) => format!(", {r} out of 10"),
                        (false, Some(r)) => format!(": “{}”, {r} out of 10", w.words),
                    };
                    view! {
                        <li>
                            <span><strong>{name}</strong>{detail}</span>
                            <button type="button" class="link" id=format!("remove-worry-{i}") aria-label=format!("Remove worry: {name}")
                                on:click=move |_| draft.worries.update(|ws| { ws.remove(i); })>"Remove"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <FormError error=draft.problem_at("worries")/>
            <p class="hint">"What was it about?"</p>
            <div class="chips" role="group" aria-label="What the worry was about">
                {WorryCategory::ALL.into_iter().map(|c| view! {
                    <button type="button" class="chip"
                        aria-pressed=move || if category.get() == Some(c) { "true" } else { "false" }
                        on:click=move |_| category.update(|v| *v = if *v == Some(c) { None } else { Some(c) })
                    >{c.label()}</button>
                }).collect_view()}
            </div>
            <TextField label="In your child's own words" value=words max=limits::SHORT_CHARS multiline=true/>
            <RatingSelect label="How big did it feel? (0 = not at all, 10 = the biggest)" value=rating none="Not said"/>
            <button type="button" disabled=move || !can_add() on:click=add>"Add this worry"</button>
        </fieldset>
    }
}

/// Signs noticed: pick when, then tap each sign seen at that time.
#[component]
pub fn SignsEditor(draft: DayDraft) -> impl IntoView {
    let when = RwSignal::new(SignTime::Morning);
    let name = unique_id("when");
    let has = move |kind: SignKind| {
        draft
            .signs
            .with(|s| s.iter().any(|x| x.kind == kind && x.when == when.get()))
    };
    view! {
        <fieldset class="group">
            <legend>"Signs you noticed"</legend>
            <div class="chips" role="radiogroup" aria-label="When">
                {SignTime::ALL.into_iter().map(|t| view! {
                    <label class="chip radio">
                        <input type="radio" name=name.clone() prop:checked=move || when.get() == t on:change=move |_| when.set(t)/>
                        {t.label()}
                    </label>
                }).collect_view()}
            </div>
            <div class="chips" role="group" aria-label=move || format!("Signs: {}", when.get().label())>
                {SignKind::ALL.into_iter().map(|k| view! {
                    <button type="button" class="chip"
                        aria-pressed=move || if has(k) { "true" } else { "false" }
                        on:click=move |_| {
                            let sign = Sign { kind: k, when: when.get_untracked() };
                            draft.signs.update(|s| match s.iter().position(|x| *x == sign) {
                                Some(i) => { s.remove(i); }
                                None => s.push(sign),
                            });
                        }
                    >{k.label()}</button>
                }).collect_view()}
            </div>
            <p class="muted small">{move || {
                let signs = draft.signs.get();
                if signs.is_empty() { "No signs noted.".to_string() } else {
                    format!("Noted: {}", signs.iter().map(|s| format!("{} ({})", s.kind.label(), s.when.label().to_ascii_lowercase())).collect::<Vec<_>>().join(", "))
                }
            }}</p>
        </fieldset>
    }
}

/// The day's times, in order.
#[component]
pub fn TimesEditor(draft: DayDraft) -> impl IntoView {
    view! {
        <fieldset class="group times">
            <legend>"Times (if they help tell the day)"</legend>
            {DAY_TIMES.iter().zip(draft.times).map(|(time_of, value)| {
                let id = unique_id("time");
                view! {
                    <div class="time">
                        <label for=id.clone()>{time_of.label}</label>
                        <input id=id type="time" prop:value=move || value.get() on:input=move |ev| value.set(event_target_value(&ev))/>
                    </div>
                }
            }).collect_view()}
            <FormError error=draft.problem_at("times")/>
        </fieldset>
    }
}

/// Everything under "Add more (all optional)" on a day, above its save button.
#[component]
pub fn DayDetailsFields(draft: DayDraft) -> impl IntoView {
    view! {
        <SplitDay draft/>
        <WorriesEditor draft/>
        <SignsEditor draft/>
        <TextField label="What helped?" value=draft.helped max=limits::SHORT_CHARS multiline=true error=draft.problem_at("helped")/>
        <TextField label="What made it harder?" value=draft.harder max=limits::SHORT_CHARS multiline=true error=draft.problem_at("harder")/>
        <TimesEditor draft/>
        <TextField label="The school's register code, if you know it" hint="For example I (illness), M (medical), O (unauthorised)." value=draft.school_code max=limits::SCHOOL_CODE_CHARS error=draft.problem_at("school_code")/>
        <p class="muted small"><a href=crate::web::address::Screen::Letters(crate::domain::route::LettersPage::Codes).hash()>"What the codes mean"</a></p>
        <TextField label="Private note" hint="Never printed, nor put in a school pack or spreadsheet. A backup file holds it, unless you protect the backup with a passphrase or leave private notes out (Backup screen)." value=draft.private_note max=limits::LONG_CHARS multiline=true error=draft.problem_at("private_note")/>
    }
}

/// Optional different statuses for morning and afternoon.
#[component]
fn SplitDay(draft: DayDraft) -> impl IntoView {
    view! {
        <div class="field">
            <label class="check">
                <input type="checkbox" prop:checked=move || draft.split.get() on:change=move |ev| draft.split.set(event_target_checked(&ev))/>
                "Morning and afternoon were different"
            </label>
            <Show when=move || draft.split.get()>
                <MaybeChoiceSelect label="Morning" value=draft.morning none="Same as the day"/>
                <MaybeChoiceSelect label="Afternoon" value=draft.afternoon none="Same as the day"/>
            </Show>
        </div>
    }
}
