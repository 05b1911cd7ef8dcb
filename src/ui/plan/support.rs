//! The child's support in one place, on stage 1 of the plan: which nation's rules the school
//! follows, the SEN support or EHC plan (England) or ALN and IDP (Wales), any diagnosis or
//! assessment awaited, and referrals with where each stands. Each part saves for the child shown,
//! says so beside its button, and keeps typing not saved yet as a draft.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::domain::checks::limits::{NAME_CHARS, SHORT_CHARS};
use crate::domain::choice::Choice;
use crate::domain::dates::short_date;
use crate::domain::diary::support::{
    Nation, Referral, ReferralInput, ReferralStage, ReferralTo, SupportLevel,
};
use crate::domain::draft_layouts;
use crate::ui::drafts::{draft_key, DraftFields};
use crate::ui::messages::SavedHere;
use crate::ui::state::{shown_child, AppState};
use crate::ui::unsaved::{saved_and_emptied, watch_typing, UnsavedLine};
use crate::ui::widgets::confirm::RemoveAsked;
use crate::ui::widgets::field::{unique_id, DateField, TextField};
use crate::web::ids::new_id;

/// Where the details' confirmation appears: under "Save support details".
const DETAILS_PLACE: &str = "support-details";
/// Where the referrals' confirmations appear: under the referral form's button.
const REFERRAL_PLACE: &str = "referrals";

/// Both parts, built for the child shown (and again when the parent switches child).
#[component]
pub fn SupportCard() -> impl IntoView {
    move || {
        let child_id = shown_child();
        view! {
            <section class="card support" aria-labelledby="support-heading">
                <h2 id="support-heading">"Support and referrals"</h2>
                <p class="muted small">"In one place for the meeting pack and letters. Fill in only what you know."</p>
                <SupportDetails child_id=child_id.clone()/>
                <Referrals child_id/>
            </section>
        }
    }
}

/// The options of a [`KeySelect`]: each choice's key and its words (which may follow a signal).
fn options_of<C: Choice>(
    words: impl Fn(C) -> &'static str + Copy + Send + Sync + 'static,
) -> Vec<(String, Signal<&'static str>)> {
    C::ALL
        .iter()
        .map(|&choice| (choice.key(), Signal::derive(move || words(choice))))
        .collect()
}

/// A labelled select holding its choice's key as text (so a draft keeps it), with a first line
/// for no choice when `none` is given.
#[component]
fn KeySelect(
    label: &'static str,
    value: RwSignal<String>,
    #[prop(optional)] none: Option<&'static str>,
    options: Vec<(String, Signal<&'static str>)>,
) -> impl IntoView {
    let id = unique_id("key-select");
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=move |ev| value.set(event_target_value(&ev))>
                {none.map(|none| view! { <option value="" selected=move || value.with(String::is_empty)>{none}</option> })}
                {options.into_iter().map(|(key, words)| {
                    let here = key.clone();
                    view! { <option value=key selected=move || value.with(|v| *v == here)>{move || words.get()}</option> }
                }).collect_view()}
            </select>
        </div>
    }
}

#[component]
fn SupportDetails(child_id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let child = StoredValue::new(child_id);
    let (nation, level, diagnosis, awaiting) = state.diary.with_untracked(|d| {
        let c = d.child(&child.get_value());
        (
            RwSignal::new(c.map(|c| c.nation).unwrap_or_default().key()),
            RwSignal::new(
                c.and_then(|c| c.support.level)
                    .map(|l| l.key())
                    .unwrap_or_default(),
            ),
            RwSignal::new(c.map(|c| c.support.diagnosis.clone()).unwrap_or_default()),
            RwSignal::new(
                c.map(|c| c.support.awaiting_assessment.clone())
                    .unwrap_or_default(),
            ),
        )
    });
    let fields = DraftFields::new(&draft_layouts::SUPPORT)
        .choice("nation", nation)
        .choice("level", level)
        .text("diagnosis", diagnosis)
        .text("awaiting_assessment", awaiting);
    let unsaved = fields.watch_unsaved();
    let draft_offer = fields.keep_draft(draft_key("support", &child.get_value(), ""), unsaved);
    let chosen_nation = move || Nation::from_key(&nation.get()).unwrap_or_default();
    let save = move |_| {
        let id = child.get_value();
        let chosen = Nation::from_key(&nation.get_untracked()).unwrap_or_default();
        let level = SupportLevel::from_key(&level.get_untracked());
        let (diagnosis, awaiting) = (diagnosis.get_untracked(), awaiting.get_untracked());
        let result = state.change_child(&id, |c| {
            c.set_nation_and_support(chosen, level, &diagnosis, &awaiting)
        });
        match result {
            Ok(()) => {
                unsaved.set(false);
                state.done_at(
                    DETAILS_PLACE,
                    format!("Saved {}'s support details.", state.name_of(&id)),
                );
            }
            Err(message) => state.problem_at(DETAILS_PLACE, message),
        }
    };
    let nation_name = unique_id("nation");
    view! {
        {draft_offer}
        <fieldset class="group">
            <legend>"Where is the school?"</legend>
            <p class="hint">"England and Wales have different rules for support (and for register codes and fines)."</p>
            {Nation::ALL.into_iter().map(|n| {
                let key = n.key();
                let here = key.clone();
                view! {
                    <label class="check">
                        <input type="radio" name=nation_name.clone() value=key.clone()
                            prop:checked=move || nation.with(|v| *v == here)
                            on:change=move |_| nation.set(key.clone())/>
                        {n.label()}
                    </label>
                }
            }).collect_view()}
        </fieldset>
        <KeySelect label="Support written down by school or council" value=level none="Not said" options=options_of(move |l: SupportLevel| l.words(chosen_nation()))/>
        <TextField label="Diagnosis, if any" hint="In your own words, e.g. Autism (2024)" value=diagnosis max=SHORT_CHARS/>
        <TextField label="Waiting for an assessment?" hint="What for, and since when, e.g. ADHD, on the list since May" value=awaiting max=SHORT_CHARS/>
        <UnsavedLine unsaved button="Save support details" what="what you typed"/>
        <button type="button" on:click=save>"Save support details"</button>
        <SavedHere place=DETAILS_PLACE/>
    }
}

/// A referral's words on screen: "CAMHS, referred 2 Jun 2025: Referred, waiting since 1 Jul 2025".
fn referral_words(r: &Referral) -> String {
    let who = match r.detail.trim() {
        "" => r.to.label().to_string(),
        detail if r.to == ReferralTo::Other => detail.to_string(),
        detail => format!("{} ({detail})", r.to.label()),
    };
    let made = r
        .made_on
        .map(|d| format!(", referred {}", short_date(d)))
        .unwrap_or_default();
    let since = r
        .stage_since
        .map(|d| format!(" since {}", short_date(d)))
        .unwrap_or_default();
    format!("{who}{made}: {}{since}", r.stage.label())
}

#[component]
fn Referrals(child_id: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let child = StoredValue::new(child_id);
    let waiting = ReferralStage::Waiting.key();
    // The referral being changed ("" while adding a new one), kept in the draft with the rest.
    let editing = RwSignal::new(String::new());
    let to = RwSignal::new(String::new());
    let detail = RwSignal::new(String::new());
    let made_on = RwSignal::new(String::new());
    let stage = RwSignal::new(waiting.clone());
    let since = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let fields = [to, detail, made_on, since, note];
    let blank_stage = waiting.clone();
    let unsaved = watch_typing(move || {
        fields.iter().all(|f| f.with(|t| t.trim().is_empty()))
            && stage.with(|s| *s == blank_stage)
            && editing.with(String::is_empty)
    });
    let draft_offer = DraftFields::new(&draft_layouts::REFERRAL)
        .choice("editing", editing)
        .choice("to", to)
        .text("detail", detail)
        .choice("made_on", made_on)
        .choice("stage", stage)
        .choice("since", since)
        .text("note", note)
        .keep_draft(draft_key("referral", &child.get_value(), ""), unsaved);
    let asking = RwSignal::new(None::<String>);
    let empty_form = {
        let waiting = waiting.clone();
        move || {
            for field in fields {
                field.set(String::new());
            }
            stage.set(waiting.clone());
            editing.set(String::new());
            saved_and_emptied(unsaved);
        }
    };
    let start_changing = move |r: Referral| {
        editing.set(r.id.clone());
        to.set(r.to.key());
        detail.set(r.detail.clone());
        made_on.set(r.made_on.map(|d| d.to_string()).unwrap_or_default());
        stage.set(r.stage.key());
        since.set(r.stage_since.map(|d| d.to_string()).unwrap_or_default());
        note.set(r.note.clone());
        // Loading the referral is not typing.
        saved_and_emptied(unsaved);
    };
    let save = {
        let empty_form = empty_form.clone();
        move |_| {
            let input = ReferralInput {
                to: ReferralTo::from_key(&to.get_untracked()),
                detail: detail.get_untracked(),
                made_on: made_on.get_untracked().parse::<NaiveDate>().ok(),
                stage: ReferralStage::from_key(&stage.get_untracked()).unwrap_or_default(),
                stage_since: since.get_untracked().parse::<NaiveDate>().ok(),
                note: note.get_untracked(),
            };
            let id = child.get_value();
            let changing = editing.get_untracked();
            let result = state.change_child(&id, |c| match changing.as_str() {
                "" => c.add_referral(new_id("ref"), input),
                existing => c.change_referral(existing, input),
            });
            match result {
                Ok(()) => {
                    let verb = if changing.is_empty() {
                        "Added the referral to"
                    } else {
                        "Saved the change to the referral in"
                    };
                    empty_form();
                    state.done_at(
                        REFERRAL_PLACE,
                        format!("{verb} {}'s support.", state.name_of(&id)),
                    );
                }
                Err(message) => state.problem_at(REFERRAL_PLACE, message),
            }
        }
    };
    let cancel = {
        let empty_form = empty_form.clone();
        move |_| empty_form()
    };
    let remove = move |referral_id: String| {
        let id = child.get_value();
        let mut gone = None;
        let result = state.change_child(&id, |c| {
            gone = Some(c.remove_referral(&referral_id)?);
            Ok(())
        });
        asking.set(None);
        match (result, gone) {
            (Ok(()), Some(r)) => state.done_at(
                REFERRAL_PLACE,
                format!(
                    "Removed the referral to {} from {}'s support.",
                    r.to.label(),
                    state.name_of(&id)
                ),
            ),
            (Ok(()), None) => {
                state.problem_at(REFERRAL_PLACE, "That referral was already removed.")
            }
            (Err(message), _) => state.problem_at(REFERRAL_PLACE, message),
        }
    };
    let listed = move || {
        state.diary.with(|d| {
            d.child(&child.get_value())
                .map(|c| c.support.referrals.clone())
                .unwrap_or_default()
        })
    };
    view! {
        <h3>"Referrals"</h3>
        {move || {
            let referrals = listed();
            if referrals.is_empty() {
                return view! { <p class="muted small">"No referrals noted yet."</p> }.into_any();
            }
            view! {
                <ul class="referral-list">
                    {referrals.into_iter().map(|r| {
                        let words = referral_words(&r);
                        let note_text = r.note.clone();
                        let for_change = r.clone();
                        view! {
                            <li>
                                <p>{words.clone()}{(!note_text.is_empty()).then(|| view! { <br/><span class="muted">{note_text.clone()}</span> })}</p>
                                <RemoveAsked
                                    asking
                                    id=r.id.clone()
                                    question=format!("Remove this referral? {words}")
                                    on_yes=remove
                                    beside=move || {
                                        let for_change = for_change.clone();
                                        view! {
                                            <button type="button" class="small" on:click=move |_| start_changing(for_change.clone())>"Change"</button>
                                        }
                                    }
                                />
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }.into_any()
        }}
        {draft_offer}
        <fieldset class="group">
            <legend>{move || if editing.with(String::is_empty) { "Add a referral" } else { "Change this referral" }}</legend>
            <KeySelect label="Referred to" value=to none="Choose…" options=options_of(ReferralTo::label)/>
            <TextField label="Who exactly (needed for someone else)" value=detail max=NAME_CHARS/>
            <DateField label="Date referred" id="referral-made-on" value=made_on/>
            <KeySelect label="Where it stands" value=stage options=options_of(ReferralStage::label)/>
            <DateField label="Since (the latest news)" id="referral-since" value=since/>
            <TextField label="Note (optional)" value=note max=SHORT_CHARS/>
            <UnsavedLine unsaved button="Add this referral" what="this referral"/>
            <div class="actions">
                <button type="button" on:click=save>{move || if editing.with(String::is_empty) { "Add this referral" } else { "Save this referral" }}</button>
                <Show when=move || !editing.with(String::is_empty)>
                    <button type="button" on:click=cancel.clone()>"Cancel the change"</button>
                </Show>
            </div>
            <SavedHere place=REFERRAL_PLACE/>
        </fieldset>
    }
}
