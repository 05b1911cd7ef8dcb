//! One letter: the choices it needs (a day, dates, a contact, the kind of school, the evidence to
//! include), the words to change as the parent likes, and copy, share or print. A letter the diary
//! cannot support yet says why and what to record instead.

use leptos::prelude::*;

use crate::domain::dates::short_date;
use crate::domain::letters::{write, Evidence, LetterChoices, LetterKind, Outcome, SchoolKind};
use crate::domain::route::LettersPage;
use crate::ui::messages::SavedHere;
use crate::ui::state::{shown_child, AppState};
use crate::ui::unsaved::{watch_typing, UnsavedLine};
use crate::ui::widgets::field::{DateField, DateRange};
use crate::web::address::Screen;
use crate::web::clock::today;
use crate::web::files::copy_text;
use crate::web::letter_out::{share_text, TextShared};
use crate::web::page::print;

/// Where the letter's messages appear (beside its buttons).
const PLACE: &str = "letter";

/// Where each evidence tick is kept, and its words.
type Tick = fn(&mut Evidence) -> &mut bool;
const EVIDENCE: [(&str, Tick); 6] = [
    ("Attendance in these dates, and any line crossed", |e| {
        &mut e.attendance
    }),
    ("Absence through health", |e| &mut e.health),
    ("What has been tried, and for how long", |e| &mut e.tried),
    ("Professionals involved and referrals", |e| {
        &mut e.professionals
    }),
    ("SEN or ALN support and diagnosis", |e| &mut e.support),
    ("My child's own words", |e| &mut e.child_words),
];

#[component]
pub fn LetterPage(kind: LetterKind) -> impl IntoView {
    let state = expect_context::<AppState>();
    // The child this screen was built for; another child's words can never reach it.
    let shown = StoredValue::new(shown_child());
    // What the diary knows already (the kind of school, once said) fills the choices in.
    let start = state
        .diary
        .with_untracked(|d| {
            d.child(&shown.get_value())
                .map(|c| LetterChoices::for_child(c, today()))
        })
        .unwrap_or_else(|| LetterChoices::new(today()));
    let choices = RwSignal::new(start.clone());
    let day = RwSignal::new(start.day.to_string());
    let from = RwSignal::new(start.range.0.to_string());
    let to = RwSignal::new(start.range.1.to_string());
    Effect::new(move |_| {
        if let Ok(d) = day.get().parse() {
            choices.update(|c| c.day = d);
        }
    });
    Effect::new(move |_| {
        if let (Ok(a), Ok(b)) = (from.get().parse(), to.get().parse()) {
            choices.update(|c| c.range = (a, b));
        }
    });
    let nation = super::nation::nation_of(state, shown);
    let outcome = Memo::new(move |_| {
        let choices = choices.get();
        state.diary.with(|d| {
            d.child(&shown.get_value())
                .map(|child| write(child, kind, &choices))
        })
    });
    let wants_range = !matches!(kind, LetterKind::Absence | LetterKind::AfterContact);
    view! {
        <section class="screen letters letter-page">
            <div class="no-print">
                <p><a href=Screen::Letters(LettersPage::All).hash()>"← All letters"</a></p>
                <h1>{move || kind.title(nation.get())}</h1>
                <p class="muted">{kind.when_for()}</p>
                {kind.differs_by_nation().then(|| view! { <super::nation::NationQuestion child=shown/> })}
                {(kind == LetterKind::Absence).then(|| view! { <DateField label="Which day" id="letter-day" value=day/> })}
                {(kind == LetterKind::AfterContact).then(|| view! { <ContactChoice shown=shown.get_value() choices/> })}
                {wants_range.then(|| view! { <DateRange from_label="From" from_id="letter-from" from to_label="To" to_id="letter-to" to/> })}
                // In Wales every kind of school is asked the same way: the kind is not asked.
                {move || (kind == LetterKind::AttendanceRecord && nation.get().is_england()).then(|| view! { <SchoolKindChoice shown=shown.get_value() choices/> })}
                {(kind == LetterKind::NeedsAssessment).then(|| view! { <EvidenceChoice choices/> })}
            </div>
            {move || match outcome.get() {
                None => view! { <p>"Choose a child first."</p> }.into_any(),
                Some(Outcome::NotYet(n)) => view! {
                    <div class="card not-yet" role="note">
                        <h2>"Not yet"</h2>
                        <p>{n.why}</p>
                        <p><strong>"What to record: "</strong>{n.what_to_record}</p>
                    </div>
                }.into_any(),
                Some(Outcome::Letter(letter)) => view! { <EditableLetter letter/> }.into_any(),
            }}
            <p class="no-print">
                <a href=Screen::Letters(LettersPage::Codes).hash()>"What the register codes mean, and who else can help"</a>
            </p>
        </section>
    }
}

/// The letter's subject and words, to change freely; copied, shared or printed as they stand.
#[component]
fn EditableLetter(letter: crate::domain::letters::Letter) -> impl IntoView {
    let state = expect_context::<AppState>();
    let subject = RwSignal::new(letter.subject.clone());
    let body = RwSignal::new(letter.body_text());
    // The parent's changes are not kept anywhere: leaving with them asks first, until they are
    // copied or shared.
    let (first_subject, first_body) = (letter.subject.clone(), letter.body_text());
    let changed = watch_typing(move || subject.get() == first_subject && body.get() == first_body);
    let copy = move |_| {
        let text = body.get_untracked();
        leptos::task::spawn_local(async move {
            match copy_text(&text).await {
                Ok(()) => state.done_at(
                    PLACE,
                    "The letter is copied. Paste it into an email or a message to school.",
                ),
                Err(problem) => state.problem_at(PLACE, problem),
            }
        });
    };
    let share = move |_| {
        let (title, text) = (subject.get_untracked(), body.get_untracked());
        leptos::task::spawn_local(async move {
            match share_text(&title, &text).await {
                Ok(TextShared::Shared) => {
                    changed.set(false);
                    state.done_at(PLACE, "The letter is on its way to where you chose. Check it there before you send it.");
                }
                Ok(TextShared::Copied) => {
                    changed.set(false);
                    state.done_at(PLACE, "This browser cannot share from a page, so the letter is copied instead: paste it into an email or a message.");
                }
                Ok(TextShared::Cancelled) => state.problem_at(
                    PLACE,
                    "The letter was not shared. Try again when you are ready.",
                ),
                Err(problem) => state.problem_at(PLACE, problem),
            }
        });
    };
    let lines = (body.get_untracked().lines().count() + 2).clamp(8, 40);
    view! {
        <div class="no-print">
            <div class="field">
                <label for="letter-subject">"Subject"</label>
                <input id="letter-subject" type="text" prop:value=move || subject.get()
                    on:input=move |ev| subject.set(event_target_value(&ev))/>
            </div>
            <div class="field">
                <label for="letter-text">"The letter (change any word; fill in each [...])"</label>
                <textarea id="letter-text" rows=lines prop:value=move || body.get()
                    on:input=move |ev| body.set(event_target_value(&ev))></textarea>
            </div>
            {(!letter.for_parent.is_empty()).then(|| view! {
                <div class="card for-parent" role="note" aria-label="For you, not in the letter">
                    <h2>"For you, not in the letter"</h2>
                    <ul>{letter.for_parent.iter().map(|n| view! { <li>{n.clone()}</li> }).collect_view()}</ul>
                </div>
            })}
            <UnsavedLine unsaved=changed button="Copy the letter" what="your changes (letters are not kept in the diary)"/>
            <div class="actions stacked">
                <button type="button" class="primary" on:click=copy>"Copy the letter"</button>
                <button type="button" on:click=share>"Share from this phone"</button>
                <button type="button" on:click=move |_| print()>"Print or save as PDF"</button>
            </div>
            <SavedHere place=PLACE/>
            <p class="muted small">"Nothing is sent until you send it yourself. Private notes on a day never go into a letter."</p>
            <p class="muted small source">"Based on: "{letter.rests_on}</p>
        </div>
        <div class="print-only letter-print">
            <p><strong>{move || subject.get()}</strong></p>
            <p class="letter-body">{move || body.get()}</p>
        </div>
    }
}

/// Which call or meeting the "after" letter is about (the latest first).
#[component]
fn ContactChoice(shown: String, choices: RwSignal<LetterChoices>) -> impl IntoView {
    let state = expect_context::<AppState>();
    // The latest first, as the letter starts with the latest.
    let contacts: Vec<(String, String)> = state.diary.with_untracked(|d| {
        let Some(child) = d.child(&shown) else {
            return Vec::new();
        };
        let mut log: Vec<_> = child.contacts.iter().collect();
        log.sort_by_key(|k| std::cmp::Reverse(k.date));
        log.into_iter()
            .map(|k| {
                let words = format!(
                    "{}: {} ({})",
                    short_date(k.date),
                    k.with_whom,
                    k.method.label()
                );
                (k.id.clone(), words)
            })
            .collect()
    });
    (!contacts.is_empty()).then(|| view! {
        <div class="field">
            <label for="letter-contact">"Which call or meeting"</label>
            <select id="letter-contact" on:change=move |ev| {
                let id = event_target_value(&ev);
                choices.update(|c| c.contact = Some(id));
            }>
                {contacts.into_iter().map(|(id, words)| view! { <option value=id>{words}</option> }).collect_view()}
            </select>
        </div>
        <label class="check">
            <input type="checkbox" prop:checked=move || choices.with(|c| c.include_said)
                on:change=move |ev| { let on = event_target_checked(&ev); choices.update(|c| c.include_said = on); }/>
            "Include what I noted was said"
        </label>
    })
}

/// The kind of school, which decides how the record is asked for; kept with the child's support,
/// so it is asked only once.
#[component]
fn SchoolKindChoice(shown: String, choices: RwSignal<LetterChoices>) -> impl IntoView {
    let state = expect_context::<AppState>();
    let shown = StoredValue::new(shown);
    let choose = move |kind: SchoolKind| {
        choices.update(|c| c.school_kind = Some(kind));
        if let Err(problem) =
            state.change_child(&shown.get_value(), |c| c.set_school_kind(Some(kind)))
        {
            state.problem_at(PLACE, problem);
        }
    };
    view! {
        <fieldset class="card group">
            <legend>"What kind of school is it?"</legend>
            {SchoolKind::ALL.into_iter().map(|kind| view! {
                <label class="check">
                    <input type="radio" name="school-kind" value=kind.label()
                        prop:checked=move || choices.with(|c| c.school_kind == Some(kind))
                        on:change=move |_| choose(kind)/>
                    {kind.label()}
                </label>
            }).collect_view()}
        </fieldset>
    }
}

/// The evidence to include, ticked item by item.
#[component]
fn EvidenceChoice(choices: RwSignal<LetterChoices>) -> impl IntoView {
    view! {
        <fieldset class="card group">
            <legend>"Evidence to include"</legend>
            {EVIDENCE.into_iter().map(|(label, field)| view! {
                <label class="check">
                    <input type="checkbox" prop:checked=move || *field(&mut choices.get().evidence)
                        on:change=move |ev| { let on = event_target_checked(&ev); choices.update(|c| *field(&mut c.evidence) = on); }/>
                    {label}
                </label>
            }).collect_view()}
            <p class="muted small">"Private notes on a day are never included."</p>
        </fieldset>
    }
}
