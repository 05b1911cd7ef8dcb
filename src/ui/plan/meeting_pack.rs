//! The meeting pack: choose the dates and what to include, fill in the details for the top of the
//! page once, preview a page that prints on A4, then print or save as PDF, or share it from the
//! phone. Every word of the pack comes from the domain's one model. (The plan on its own, as a
//! file for the parent, is on the Backup screen.)

use leptos::prelude::*;

use crate::ui::plan::guidance;
use crate::ui::widgets::guidance_box::GuidanceBox;

use crate::domain::checks::limits::NAME_CHARS;
use crate::domain::diary::PackHeader;
use crate::domain::draft_layouts;
use crate::domain::file::names::meeting_pack_file_name;
use crate::domain::meeting_pack::{default_range, pack_as_text, MeetingPack, PackChoices};
use crate::ui::drafts::{draft_key, DraftFields};
use crate::ui::messages::hand_file_over;
use crate::ui::plan::hub::StageNav;
use crate::ui::state::{shown_child, AppState};
use crate::ui::unsaved::UnsavedLine;
use crate::ui::widgets::field::{DateField, DateRange, TextField};
use crate::web::address::Screen;
use crate::web::clock::today;
use crate::web::files;

mod questions;
mod sheet;
mod worry_kinds;
use questions::QuestionsChoice;
pub use sheet::PackPage;
use worry_kinds::WorryKindsChoice;

/// Where in the choices a section's tick is kept.
type Tick = fn(&mut PackChoices) -> &mut bool;

/// The sections a parent can tick, in the order the pack shows them.
const SECTIONS: [(&str, Tick); 10] = [
    ("My child's words", |c| &mut c.child_voice),
    ("Attendance figures", |c| &mut c.attendance),
    ("Main worries", |c| &mut c.worries),
    ("What helps", |c| &mut c.what_helps),
    ("Patterns", |c| &mut c.patterns),
    ("The plan", |c| &mut c.plan),
    ("Support and what is in place", |c| &mut c.support),
    ("Questions from the diary", |c| &mut c.questions),
    ("Requests and questions", |c| &mut c.requests),
    ("Calls and meetings with school", |c| &mut c.contacts),
];

/// How the screen gets the pack's page, which comes in a later part of its own: for the child
/// shown, with the parent's choices; the page hands the pack it put together back in the last.
pub type PagePart = fn(String, RwSignal<PackChoices>, RwSignal<Option<MeetingPack>>) -> AnyView;

#[component]
pub fn MeetingPackScreen(page: PagePart) -> impl IntoView {
    let state = expect_context::<AppState>();
    // The child this screen was built for; saves go to this child whatever the header shows later.
    let shown = StoredValue::new(shown_child());
    let (start, end) = state.diary.with_untracked(|d| {
        d.child(&shown.get_value())
            .map_or((today(), today()), |c| default_range(c, today()))
    });
    let choices = RwSignal::new(PackChoices::all((start, end), today()));
    let from = RwSignal::new(start.to_string());
    let to = RwSignal::new(end.to_string());
    Effect::new(move |_| {
        if let (Ok(a), Ok(b)) = (from.get().parse(), to.get().parse()) {
            choices.update(|c| c.range = (a, b));
        }
    });
    // The pack itself is put together by its page's part (`PackPage`, fetched on its own), which
    // hands it back here for the advice and for sharing.
    let built = RwSignal::new(None::<MeetingPack>);
    // Printing or sharing before the pack's page has come would hand over nothing: it says so.
    let not_ready = move |what: &str| {
        state.problem(format!(
            "The pack is still being put together. Wait for its preview below, then {what} again."
        ))
    };
    let share = move |_| {
        let Some(text) = built.with_untracked(|p| p.as_ref().map(pack_as_text)) else {
            return not_ready("share");
        };
        let name = meeting_pack_file_name(&state.child_name());
        hand_file_over(state, "The meeting pack", name, text, "text/plain", "");
    };
    // Where the browser has no share sheet, the button says what it will really do.
    let can_share = files::can_share();
    let share_label = if can_share {
        "Share from this phone"
    } else {
        "Save the pack as a text file"
    };
    let print = move |_| {
        if built.with_untracked(Option::is_some) {
            crate::web::page::print();
        } else {
            not_ready("print");
        }
    };
    let tick = move |label: &'static str, field: Tick| {
        view! {
            <label class="check">
                <input type="checkbox" prop:checked=move || *field(&mut choices.get())
                    on:change=move |ev| { let on = event_target_checked(&ev); choices.update(|c| *field(c) = on); }/>
                {label}
            </label>
        }
    };
    let advice =
        move || built.with(|p| p.as_ref().map(|p| p.for_parent.clone()).unwrap_or_default());
    view! {
        <section class="screen pack">
            <div class="no-print">
                <h1>"Plan"</h1>
                <StageNav current=Screen::Pack/>
                <h2>"Meeting pack"</h2>
                <GuidanceBox summary="Getting ready for the meeting" items=guidance::for_pack()/>
                <HeaderForm shown=shown.get_value()/>
                <DateRange from_label="From" from_id="pack-from" from=from to_label="To" to_id="pack-to" to=to/>
                <p class="muted small">"At first the dates run from the first day recorded this term (or, if none yet, over the last term with a record)."</p>
                <fieldset class="card group pack-choices">
                    <legend>"What to include"</legend>
                    {SECTIONS.into_iter().map(|(label, field)| tick(label, field)).collect_view()}
                    <label class="check said">
                        <input type="checkbox" prop:checked=move || choices.with(|c| c.include_said)
                            on:change=move |ev| { let on = event_target_checked(&ev); choices.update(|c| c.include_said = on); }/>
                        "Include what was said in calls and meetings"
                    </label>
                    <p class="muted small">"Private notes on a day are never included."</p>
                </fieldset>
                <WorryKindsChoice shown choices/>
                <QuestionsChoice shown choices/>
                <div class="actions stacked">
                    <button type="button" class="primary" on:click=print>"Print or save as PDF"</button>
                    <button type="button" on:click=share>{share_label}</button>
                </div>
                {(!can_share).then(|| view! {
                    <p class="muted small">"This browser cannot share from a page, so the pack is saved as a text file instead: send it from your files or attach it to an email."</p>
                })}
                {move || {
                    let advice = advice();
                    (!advice.is_empty()).then(|| view! {
                        <div class="card for-parent" role="note" aria-label="For you, not on the page">
                            <h3>"For you, not on the page"</h3>
                            <ul>{advice.into_iter().map(|a| view! { <li>{a.text}<span class="source">{format!(" ({})", a.source)}</span></li> }).collect_view()}</ul>
                        </div>
                    })
                }}
                <h3>"Preview"</h3>
            </div>
            {page(shown.get_value(), choices, built)}
        </section>
    }
}

/// The details for the top of the page, filled in once per child; every one is optional.
#[component]
fn HeaderForm(shown: String) -> impl IntoView {
    let state = expect_context::<AppState>();
    let child = StoredValue::new(shown);
    let now = state.diary.with_untracked(|d| {
        d.child(&child.get_value())
            .map(|c| c.pack_header())
            .unwrap_or_default()
    });
    let texts = [
        now.full_name,
        now.year_group,
        now.school,
        now.parent_contact,
    ]
    .map(RwSignal::new);
    let born = RwSignal::new(now.date_of_birth.map(|d| d.to_string()).unwrap_or_default());
    let saved = RwSignal::new(None::<String>);
    let [full_name, year_group, school, parent_contact] = texts;
    let fields = DraftFields::new(&draft_layouts::PACK_HEADER)
        .text("full_name", full_name)
        .text("year_group", year_group)
        .text("school", school)
        .text("parent_contact", parent_contact)
        .choice("date_of_birth", born);
    let unsaved = fields.watch_unsaved();
    let draft_offer = fields.keep_draft(draft_key("pack-header", &child.get_value(), ""), unsaved);
    let save = move |_| {
        let [full_name, year_group, school, parent_contact] = texts.map(|t| t.get_untracked());
        let born_text = born.get_untracked();
        let date_of_birth =
            match born_text.trim() {
                "" => None,
                text => match text.parse() {
                    Ok(date) => Some(date),
                    Err(_) => return state.problem(
                        "The date of birth is not a whole date. Pick it again, or leave it empty.",
                    ),
                },
            };
        let header = PackHeader {
            full_name,
            year_group,
            school,
            date_of_birth,
            parent_contact,
        };
        match state.change_child(&child.get_value(), |c| c.set_pack_header(header)) {
            Ok(()) => {
                unsaved.set(false);
                saved.set(Some(
                    "Saved. These details are at the top of every pack for this child.".into(),
                ));
            }
            Err(message) => {
                saved.set(None);
                state.problem(message);
            }
        }
    };
    let [full_name, year_group, school, contact] = texts;
    view! {
        <details class="card pack-header">
            <summary>"About your child, for the top of the page"</summary>
            <p class="muted small">"All optional. Fill them in once; every pack for this child uses them."</p>
            {draft_offer}
            <TextField label="Full name" value=full_name max=NAME_CHARS autocomplete="off"/>
            <TextField label="Year group" value=year_group max=NAME_CHARS autocomplete="off"/>
            <TextField label="School" value=school max=NAME_CHARS autocomplete="off"/>
            <DateField label="Date of birth" id="pack-born" value=born/>
            <TextField label="Your contact (phone or email)" value=contact max=NAME_CHARS autocomplete="off"/>
            <UnsavedLine unsaved button="Save these details" what="these details"/>
            <button type="button" class="primary wide" on:click=save>"Save these details"</button>
            <p class="saved" role="status">{move || saved.get()}</p>
        </details>
    }
}
