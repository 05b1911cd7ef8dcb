//! The plan, the requests and the calls and meetings parts of a meeting pack: each step as it
//! stands with its tries, the latest review, the parent's view, the professionals, one list of what
//! is asked for, and the contacts (what was said only when the parent chose to include it).

use chrono::NaiveDate;

use super::gather::key_of;
use super::model::{bullets, field, joined, list, list_of_more, Block, Item, Section, SectionKind};
use crate::domain::charts::tries_line;
use crate::domain::dates::{long_date, short_date};
use crate::domain::diary::contacts::{AgreedAction, Contact};
use crate::domain::diary::Child;
use crate::domain::plan::{Attempt, Plan, Review, Step, StepState};
use crate::domain::words::plural;

/// The most tries listed under a step, so a long plan still fits on two pages.
const MOST_TRIES: usize = 3;
/// The most contacts listed, for the same reason.
const MOST_CONTACTS: usize = 8;

/// "3 Oct 2026: worry 6 before, 4 after, out of 10; what helped: music", saying what each number
/// is (the worry the child expected before the try, the highest during it when noted, and the
/// worry after), so "2 tries" is never read as two tries out of ten.
fn try_words(attempt: &Attempt) -> String {
    let parts: Vec<String> = [
        attempt.worry_before.map(|b| format!("{b} before")),
        attempt.worry_highest.map(|h| format!("highest {h}")),
        attempt.worry_after.map(|a| format!("{a} after")),
    ]
    .into_iter()
    .flatten()
    .collect();
    let worry = (!parts.is_empty()).then(|| format!("worry {}, out of 10", parts.join(", ")));
    let helped = Some(attempt.what_helped.trim())
        .filter(|h| !h.is_empty())
        .map(|h| format!("what helped: {}", h.trim_end_matches('.')));
    let parts: Vec<String> = [worry, helped].into_iter().flatten().collect();
    match parts.is_empty() {
        true => short_date(attempt.date),
        false => format!("{}: {}", short_date(attempt.date), parts.join("; ")),
    }
}

/// The line under a step about its tries: the newest few in the dates (saying how many more the
/// diary holds), or, for a step not yet done, the last one before.
fn tries_note(step: &Step, range: (NaiveDate, NaiveDate)) -> Option<String> {
    let mut tries: Vec<&Attempt> = step.attempts.iter().collect();
    tries.sort_by_key(|a| a.date);
    let in_range: Vec<&Attempt> = tries
        .iter()
        .copied()
        .filter(|a| range.0 <= a.date && a.date <= range.1)
        .collect();
    if in_range.is_empty() {
        // A step already done needs no reminder of its last try before these dates.
        if step.state == StepState::Done {
            return None;
        }
        let last = tries.iter().rev().find(|a| a.date < range.0)?;
        return Some(format!("Last tried {}", try_words(last)));
    }
    let newest = &in_range[in_range.len().saturating_sub(MOST_TRIES)..];
    let words: Vec<String> = newest.iter().map(|a| try_words(a)).collect();
    let count = match in_range.len() {
        n if n > MOST_TRIES => format!(
            "{n} tries, the latest {MOST_TRIES} here (and {} more, in the diary)",
            n - MOST_TRIES
        ),
        n => plural(n, "try", "tries"),
    };
    // "The worry was smaller than expected in 4 of 5 tries.", when any try has both numbers.
    let gap = tries_line(step)
        .map(|l| format!(". {l}"))
        .unwrap_or_default();
    Some(format!("{count}. {}{gap}", words.join(". ")))
}

/// Where the step has got to. A step never marked as started but already tried says so, rather
/// than "Not started" (the app never changes a step's state by itself).
fn state_words(step: &Step) -> String {
    match (step.state, step.attempts.len()) {
        (StepState::NotStarted, 0) => StepState::NotStarted.label().to_string(),
        (StepState::NotStarted, 1) => "Tried once".to_string(),
        (StepState::NotStarted, n) => format!("Tried {n} times"),
        (state, _) => state.label().to_string(),
    }
}

fn step_item(step: &Step, range: (NaiveDate, NaiveDate)) -> Item {
    let details: Vec<String> = [
        Some(state_words(step)),
        step.rating.map(|r| format!("how hard: {r} out of 10")),
        (!step.who.is_empty()).then(|| {
            step.who
                .iter()
                .map(|w| w.label())
                .collect::<Vec<_>>()
                .join(", ")
        }),
        Some(step.when_where.trim().to_string()).filter(|t| !t.is_empty()),
        Some(step.support.trim())
            .filter(|t| !t.is_empty())
            .map(|t| format!("support: {t}")),
    ]
    .into_iter()
    .flatten()
    .collect();
    Item {
        text: format!("{} ({})", step.what.trim(), details.join(" · ")),
        notes: tries_note(step, range).into_iter().collect(),
        sub_items: step.sub_steps.iter().map(|s| step_item(s, range)).collect(),
    }
}

/// "Went well: ... Hard: ..." for the newest review.
fn review_words(review: &Review) -> String {
    let parts: Vec<String> = [
        ("Went well", &review.went_well),
        ("Hard", &review.was_hard),
        ("Changed", &review.changes),
        ("Next", &review.next_steps),
    ]
    .into_iter()
    .filter(|(_, text)| !text.trim().is_empty())
    .map(|(label, text)| format!("{label}: {}", text.trim().trim_end_matches('.')))
    .collect();
    format!("{}.", parts.join(". "))
}

pub(super) fn plan_section(child: &Child, range: (NaiveDate, NaiveDate)) -> Option<Section> {
    let p = &child.plan;
    // The plan's key adult, or the one named on the child's details.
    let key_adult = match p.key_adult.trim() {
        "" => &child.key_adult,
        _ => &p.key_adult,
    };
    let tried: Vec<String> = p
        .tried
        .iter()
        .map(|t| match t.how_it_went.trim() {
            "" => t.what.trim().to_string(),
            how => format!("{}: {how}", t.what.trim()),
        })
        .collect();
    let professionals: Vec<String> = p
        .professionals
        .iter()
        .map(|x| match x.role.trim() {
            "" => x.name.trim().to_string(),
            role => format!("{} ({role})", x.name.trim()),
        })
        .collect();
    let latest_review = p.reviews.iter().max_by_key(|r| r.date);
    let mut blocks: Vec<Block> = [
        field("Our shared goal", &p.goal),
        field("What we see at home", &p.parent_view),
        field("Strengths and interests", &p.strengths),
        field("Already tried", &joined(&tried)),
        field("Professionals involved", &joined(&professionals)),
    ]
    .into_iter()
    .flatten()
    .collect();
    for ladder in &p.ladders {
        let steps = ladder.steps.iter().map(|s| step_item(s, range)).collect();
        blocks.extend(list(
            &format!("Steps, easiest first: {}", ladder.title.trim()),
            true,
            steps,
        ));
    }
    blocks.extend(
        [
            latest_review.and_then(|r| {
                field(
                    &format!("Latest review ({})", short_date(r.date)),
                    &review_words(r),
                )
            }),
            field("Key adult", key_adult),
            field("Keeping in touch", &p.contact_arrangements),
            field("Celebrating small successes", &p.celebration),
            field("On a bad day", &p.bad_day_plan),
            p.next_review
                .and_then(|d| field("Next review", &long_date(d))),
        ]
        .into_iter()
        .flatten(),
    );
    (!blocks.is_empty()).then_some(Section {
        kind: SectionKind::Plan,
        blocks,
    })
}

/// The non-empty lines of a piece of text, without list marks the parent may have typed.
pub(super) fn lines_of(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| l.trim().trim_start_matches(['-', '*', '\u{2022}']).trim())
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .collect()
}

/// One list of what the parent asks for: the adjustments ticked (saying which school has agreed)
/// and the asks typed, each once however often it was written.
pub fn requests(plan: &Plan) -> Vec<String> {
    let mut seen: Vec<String> = Vec::new();
    let mut out = Vec::new();
    let typed = lines_of(&plan.requests);
    let ticked = plan.adjustments.iter().map(|a| (a.what.trim(), a.agreed));
    for (what, agreed) in ticked.chain(typed.iter().map(|t| (t.as_str(), false))) {
        let key = key_of(what);
        if key.is_empty() || seen.contains(&key) {
            continue;
        }
        seen.push(key);
        out.push(match agreed {
            true => format!("{what} (already agreed)"),
            false => what.to_string(),
        });
    }
    out
}

pub(super) fn requests_section(plan: &Plan) -> Option<Section> {
    let blocks: Vec<Block> = [
        bullets("What we are asking for", requests(plan)),
        bullets("Our questions", lines_of(&plan.questions)),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!blocks.is_empty()).then_some(Section {
        kind: SectionKind::Requests,
        blocks,
    })
}

/// "Send the plan (Mrs Patel), by 13 Oct 2026".
fn action_words(action: &AgreedAction) -> String {
    let who = match action.who.trim() {
        "" => String::new(),
        who => format!(" ({who})"),
    };
    let by = action.by.map(|d| format!(", by {}", short_date(d)));
    format!("{}{who}{}", action.what.trim(), by.unwrap_or_default())
}

/// Contacts in the dates, and older ones with an action still open or ticked done in the dates;
/// newest first, the first few and how many more. Each shows what is still to do and what was
/// done (with the day it was ticked). What was said is in only when the parent chose it.
pub(super) fn contacts_section(
    all: &[Contact],
    range: (NaiveDate, NaiveDate),
    include_said: bool,
) -> Option<Section> {
    let in_dates = |d: NaiveDate| range.0 <= d && d <= range.1;
    let mut chosen: Vec<&Contact> = all
        .iter()
        .filter(|c| {
            let still_open = c.date <= range.1 && c.actions.iter().any(|a| !a.done);
            let done_in_dates = c.actions.iter().any(|a| a.done_on.is_some_and(in_dates));
            in_dates(c.date) || still_open || done_in_dates
        })
        .collect();
    chosen.sort_by_key(|c| std::cmp::Reverse(c.date));
    let more = chosen.len().saturating_sub(MOST_CONTACTS) as u32;
    let items: Vec<Item> = chosen
        .into_iter()
        .take(MOST_CONTACTS)
        .map(|c| {
            let said = c.said.trim();
            let said = (include_said && !said.is_empty()).then(|| format!("Said: {said}"));
            let open = c
                .actions
                .iter()
                .filter(|a| !a.done)
                .map(|a| format!("Still to do: {}", action_words(a)));
            // An older contact's done actions are shown when ticked in the dates, or with no day.
            let done = c
                .actions
                .iter()
                .filter(|a| a.done && (in_dates(c.date) || a.done_on.is_none_or(in_dates)))
                .map(|a| match a.done_on {
                    Some(on) => format!(
                        "\u{2713} Done: {} (ticked {})",
                        action_words(a),
                        short_date(on)
                    ),
                    None => format!("\u{2713} Done: {}", action_words(a)),
                });
            Item {
                text: format!(
                    "{}, {} with {}",
                    short_date(c.date),
                    c.method.label(),
                    c.with_whom.trim()
                ),
                notes: said.into_iter().chain(open).chain(done).collect(),
                sub_items: Vec::new(),
            }
        })
        .collect();
    list_of_more("", false, items, more).map(|block| Section {
        kind: SectionKind::Contacts,
        blocks: vec![block],
    })
}
