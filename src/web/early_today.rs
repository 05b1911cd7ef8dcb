//! Today's status buttons before the app has come, drawn with the DOM alone (the one drawing
//! outside the screens). A small program of its own (`src/bin/first_taps.rs`, no Leptos in it),
//! fetched before the app for a returning parent, draws them into the painted first screen from a
//! glimpse of the diary: the same buttons in the same places as the app's own, so the parent can
//! tap how the day went while the app is still on its way. A tap shows as chosen at once and is
//! kept on the page (the two programs share no memory); the app takes it up as it opens, as that
//! day's first tap (`ui/today/day_form.rs`), or saves it itself when another screen opened first
//! (`ui/today/early_tap.rs`), and says so either way.

use chrono::{Datelike, NaiveDate};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element};

use crate::domain::dates::read_ymd;
use crate::domain::{Child, DayStatus, Diary};
use crate::web::address::{self as route, Screen};
use crate::web::clock::today;
use crate::web::painted::{element, with_words};
use crate::web::storage::child_at_start;

/// A status tapped before the app came: whose day, which day, and what was tapped.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EarlyTap {
    pub child_id: String,
    pub date: NaiveDate,
    pub status: DayStatus,
}

/// Where the page keeps the last status tapped before the app came, until the app takes it up.
const KEPT_AT: &str = "smallStepsEarlyTap";

impl EarlyTap {
    /// As kept on the page: the status's key, the date, then the child's id (last, so any
    /// character of an id is kept). Plain text, so neither program carries a general reader.
    fn to_text(&self) -> String {
        format!("{}\n{}\n{}", self.status.key(), self.date, self.child_id)
    }

    fn from_text(text: &str) -> Option<Self> {
        let mut parts = text.splitn(3, '\n');
        let key = parts.next()?;
        let status = DayStatus::ALL.into_iter().find(|s| s.key() == key)?;
        let date = read_ymd(parts.next()?)?;
        let child_id = parts.next()?.to_string();
        Some(EarlyTap {
            child_id,
            date,
            status,
        })
    }
}

fn keep(tap: &EarlyTap) {
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::set(&window, &KEPT_AT.into(), &tap.to_text().into());
    }
}

/// The tap kept on the page, if any, left there.
fn kept() -> Option<EarlyTap> {
    let window = web_sys::window()?;
    let text = js_sys::Reflect::get(&window, &KEPT_AT.into())
        .ok()?
        .as_string()?;
    EarlyTap::from_text(&text)
}

fn forget() {
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::set(&window, &KEPT_AT.into(), &JsValue::UNDEFINED);
    }
}

/// The tap kept on the page, taken up (so it is saved once).
pub fn take() -> Option<EarlyTap> {
    let tap = kept();
    forget();
    tap
}

/// The status tapped before the app came for this child and day, taken up (asked once).
pub fn take_tap_for(child_id: &str, date: NaiveDate) -> Option<DayStatus> {
    let tap = kept().filter(|tap| tap.child_id == child_id && tap.date == date)?;
    forget();
    Some(tap.status)
}

/// Whether a status was tapped before the app came and has not been taken up yet.
pub fn tap_waiting() -> bool {
    kept().is_some()
}

/// Draws Today's buttons into the painted first screen, in place of "Opening your diary…", when
/// the address is Today and the diary has a child; anything else keeps the painted line.
pub fn draw(diary: &Diary) {
    if route::current() != Screen::Today {
        return;
    }
    let Some(child) = child_at_start(diary).and_then(|id| diary.child(&id).cloned()) else {
        return;
    };
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let found = |selector: &str| document.query_selector(selector).ok().flatten();
    let (Some(opening), Some(header)) = (
        found("#painted .painted-frame .opening"),
        found("#painted .painted-frame header.top"),
    ) else {
        return;
    };
    let date = today();
    let _ = header.append_child(&whose_diary(&document, diary, &child));
    let steps = day_steps(&document, date);
    let statuses = status_buttons(&document, &child, date);
    let _ = opening.replace_with_with_node_2(&steps, &statuses);
}

/// The header's badge and name, as the app's child switcher shows them; with several children
/// the switcher is there but not offered until the app has come.
fn whose_diary(document: &Document, diary: &Diary, child: &Child) -> Element {
    let shown = element(document, "div", "shown-child");
    let badge = with_words(
        document,
        "span",
        &format!("child-badge child-colour-{}", child.badge_colour()),
        &child.initial(),
    );
    let _ = badge.set_attribute("aria-hidden", "true");
    let hidden = |words| with_words(document, "span", "visually-hidden", words);
    let name: Element = if diary.children.len() > 1 {
        let label = element(document, "label", "switcher");
        let choice = element(document, "select", "");
        let _ = choice.set_attribute("disabled", "");
        for each in &diary.children {
            let option = with_words(document, "option", "", &each.nickname);
            let _ = option.set_attribute("value", &each.id);
            if each.id == child.id {
                let _ = option.set_attribute("selected", "");
            }
            let _ = choice.append_child(&option);
        }
        let _ = label.append_with_node_2(&hidden("Showing the diary of"), &choice);
        label
    } else {
        let name = element(document, "p", "child-name");
        let _ = name.append_with_node_1(&hidden("Showing the diary of "));
        let _ = name.append_with_str_1(&child.nickname);
        name
    };
    let _ = shown.append_with_node_2(&badge, &name);
    shown
}

/// "‹ Day before", "Calendar", "Day after ›", as the app's day screen has them.
fn day_steps(document: &Document, date: NaiveDate) -> Element {
    let steps = element(document, "nav", "day-steps");
    let _ = steps.set_attribute("aria-label", "Other days");
    let links = [
        (Screen::Day(date.pred_opt().unwrap_or(date)), "‹ Day before"),
        (Screen::Month(Some((date.year(), date.month()))), "Calendar"),
        (Screen::Day(date.succ_opt().unwrap_or(date)), "Day after ›"),
    ];
    for (screen, words) in links {
        let link = with_words(document, "a", "", words);
        let _ = link.set_attribute("href", &screen.hash());
        let _ = steps.append_child(&link);
    }
    steps
}

/// The status buttons with the day's stored status chosen; a tap chooses another at once and is
/// kept for the app.
fn status_buttons(document: &Document, child: &Child, date: NaiveDate) -> Element {
    let chosen = child.day(date).map(|record| record.status);
    let statuses = element(document, "fieldset", "statuses");
    let _ = statuses.append_child(&with_words(document, "legend", "", "How did the day go?"));
    let grid = element(document, "div", "status-grid");
    for status in DayStatus::ALL {
        let button = element(document, "button", &format!("status s-{}", status.key()));
        let _ = button.set_attribute("type", "button");
        // The app's own button for this status takes the focus when the app takes over.
        let _ = button.set_attribute(
            "data-same",
            &format!("main fieldset.statuses button.s-{}", status.key()),
        );
        let symbol = with_words(document, "span", "symbol", status.symbol());
        let _ = symbol.set_attribute("aria-hidden", "true");
        let _ = button.append_with_node_2(&symbol, &element(document, "span", ""));
        show_choice(&button, status, chosen == Some(status));
        let child_id = child.id.clone();
        let tap = Closure::<dyn Fn()>::new(move || {
            keep(&EarlyTap {
                child_id: child_id.clone(),
                date,
                status,
            });
            show_chosen(status);
        });
        let _ = button.add_event_listener_with_callback("click", tap.as_ref().unchecked_ref());
        // Lives as long as the painted screen (the page's first moments), dropped with the page.
        tap.forget();
        let _ = grid.append_child(&button);
    }
    let _ = statuses.append_child(&grid);
    statuses
}

/// Marks `chosen` as the status chosen among the painted buttons, and no other.
fn show_chosen(chosen: DayStatus) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    for status in DayStatus::ALL {
        let selector = format!("#painted button.s-{}", status.key());
        if let Some(button) = document.query_selector(&selector).ok().flatten() {
            show_choice(&button, status, status == chosen);
        }
    }
}

/// A button's words and pressed state: "✓ chosen" seen beside the label, "pressed" told, as the
/// app's status picker shows them.
fn show_choice(button: &Element, status: DayStatus, chosen: bool) {
    let _ = button.set_attribute("aria-pressed", if chosen { "true" } else { "false" });
    let Some(words) = button.last_element_child() else {
        return;
    };
    words.set_text_content(Some(status.label()));
    if chosen {
        if let Some(document) = button.owner_document() {
            let mark = with_words(&document, "span", "chosen", "✓ chosen");
            let _ = mark.set_attribute("aria-hidden", "true");
            let _ = words.append_child(&mark);
        }
    }
}
