//! The welcome's name and Start before the app has come, on a first visit: the small program that
//! draws Today early (`src/bin/first_taps.rs`) makes the painted welcome's field and Start live,
//! so a parent can type the child's name and tap Start while the app is still on its way. The
//! name is checked as the app checks it (`Diary::add_child`); a Start that passes is kept on the
//! page and shown as waiting ("Opening Sam's diary…"). The app's welcome takes up what was typed,
//! the message shown and the Start as it opens (`ui/welcome.rs`), so nothing is lost or said twice.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Document, Element, HtmlInputElement};

use crate::domain::checks::limits;
use crate::domain::Diary;
use crate::web::painted::{element, with_words};

/// Where the page keeps that Start was tapped (the name stays in its field), until the app takes
/// it up.
const KEPT_AT: &str = "smallStepsEarlyStart";
/// The painted welcome's field, as index.html has it.
const NAME_FIELD: &str = "#painted #painted-name";
const ERROR_ID: &str = "painted-name-error";

/// What the painted welcome held when the app took over.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EarlyWelcome {
    /// What was typed in the name field.
    pub typed: String,
    /// The message shown about it, if any.
    pub problem: Option<String>,
    /// Whether Start was tapped with a name that passed the check.
    pub started: bool,
}

/// The line shown while a Start waits for the app (the app's welcome shows the same).
pub fn opening_line(typed: &str) -> String {
    format!("Opening {}'s diary…", typed.trim())
}

/// What the painted welcome holds, taken up (a Start is taken once); `None` when the painted
/// welcome was never made live (no small program, or not a first visit).
pub fn take() -> Option<EarlyWelcome> {
    let document = web_sys::window()?.document()?;
    let field: HtmlInputElement = document
        .query_selector(NAME_FIELD)
        .ok()
        .flatten()?
        .dyn_into()
        .ok()?;
    if field.disabled() {
        return None;
    }
    let problem = document
        .get_element_by_id(ERROR_ID)
        .and_then(|shown| shown.last_element_child())
        .and_then(|words| words.text_content());
    let started = start_waiting();
    forget_start();
    Some(EarlyWelcome {
        typed: field.value(),
        problem,
        started,
    })
}

/// Whether Start was tapped before the app came and has not been taken up yet.
pub fn start_waiting() -> bool {
    web_sys::window()
        .and_then(|window| js_sys::Reflect::get(&window, &KEPT_AT.into()).ok())
        .is_some_and(|kept| kept.as_bool() == Some(true))
}

fn keep_start() {
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::set(&window, &KEPT_AT.into(), &JsValue::TRUE);
    }
}

fn forget_start() {
    if let Some(window) = web_sys::window() {
        let _ = js_sys::Reflect::set(&window, &KEPT_AT.into(), &JsValue::UNDEFINED);
    }
}

/// Makes the painted welcome's name field and Start live, when it is the screen shown.
pub fn wire() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let found = |selector: &str| document.query_selector(selector).ok().flatten();
    let (Some(field), Some(form), Some(start), Some(counter)) = (
        found(NAME_FIELD).and_then(|e| e.dyn_into::<HtmlInputElement>().ok()),
        found("#painted .painted-form"),
        found("#painted .painted-form button[type=submit]"),
        found("#painted .painted-form .counter"),
    ) else {
        return;
    };
    let typing = {
        let field = field.clone();
        Closure::<dyn Fn()>::new(move || show_count(&field, &counter))
    };
    let _ = field.add_event_listener_with_callback("input", typing.as_ref().unchecked_ref());
    let tapped = {
        let (document, field, start) = (document.clone(), field.clone(), start.clone());
        Closure::<dyn Fn(web_sys::Event)>::new(move |event: web_sys::Event| {
            event.prevent_default();
            if start_waiting() {
                return;
            }
            let typed = field.value();
            match Diary::default().add_child(String::new(), &typed) {
                Ok(_) => {
                    show_problem(&document, &field, None);
                    keep_start();
                    show_waiting(&document, &field, &start, &typed);
                }
                Err(problem) => show_problem(&document, &field, Some(&problem.reason)),
            }
        })
    };
    let _ = form.add_event_listener_with_callback("submit", tapped.as_ref().unchecked_ref());
    // Both live as long as the painted screen (the page's first moments), dropped with the page.
    typing.forget();
    tapped.forget();
    field.set_disabled(false);
    let _ = start.remove_attribute("disabled");
}

/// "N of 80 characters", and the field marked when it is over, as the app's text fields do.
fn show_count(field: &HtmlInputElement, counter: &Element) {
    let length = field.value().chars().count();
    counter.set_text_content(Some(&format!(
        "{length} of {} characters",
        limits::NAME_CHARS
    )));
    let over = length > limits::NAME_CHARS;
    let _ = counter.class_list().toggle_with_force("over", over);
    let has_problem = field.get_attribute("aria-describedby").is_some();
    if over || has_problem {
        let _ = field.set_attribute("aria-invalid", "true");
    } else {
        let _ = field.remove_attribute("aria-invalid");
    }
}

/// Shows the check's message under the field (or takes it away), as the app's text fields do.
fn show_problem(document: &Document, field: &HtmlInputElement, problem: Option<&str>) {
    if let Some(shown) = document.get_element_by_id(ERROR_ID) {
        shown.remove();
    }
    let Some(problem) = problem else {
        let _ = field.remove_attribute("aria-describedby");
        let _ = field.remove_attribute("aria-invalid");
        return;
    };
    let shown = element(document, "p", "field-error");
    shown.set_id(ERROR_ID);
    let mark = with_words(document, "span", "", "⚠ ");
    let _ = mark.set_attribute("aria-hidden", "true");
    let _ = shown.append_with_node_2(&mark, &with_words(document, "span", "", problem));
    if let Some(place) = field.parent_element() {
        let _ = place.append_child(&shown);
    }
    let _ = field.set_attribute("aria-describedby", ERROR_ID);
    let _ = field.set_attribute("aria-invalid", "true");
}

/// The field kept as typed and Start not offered again, with "Opening Sam's diary…" under it.
fn show_waiting(document: &Document, field: &HtmlInputElement, start: &Element, typed: &str) {
    field.set_read_only(true);
    let _ = start.set_attribute("aria-disabled", "true");
    let line = with_words(document, "p", "starting", &opening_line(typed));
    let _ = line.set_attribute("role", "status");
    let _ = start.after_with_node_1(&line);
}

/// The app could not be fetched (the painted screen says so): Start is plainly not offered any
/// more, and a Start made meanwhile is no longer said to be opening.
pub fn not_coming() {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let found = |selector: &str| document.query_selector(selector).ok().flatten();
    if let Some(line) = found("#painted .painted-form .starting") {
        line.remove();
    }
    if let Some(start) = found("#painted .painted-form button[type=submit]") {
        let _ = start.set_attribute("disabled", "");
    }
}
