//! The app's components in a real browser: first run, following another tab's save, and how a
//! later part's view takes its place (at once, once it comes, or never for a screen left first), and
//! Today's status buttons and the welcome's Start made live before the app has come
//! (`web::early_today`, `web::early_welcome`).
#![cfg(target_arch = "wasm32")]

use small_steps::domain::{Child, Diary};
use small_steps::ui::App;
use small_steps::web::storage::{self, DIARY_KEY};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Lets Leptos run its effects and the browser deliver events.
async fn settle() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// Mounts a fresh app in its own element and returns that element.
fn mount() -> web_sys::HtmlElement {
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), App).forget();
    host
}

fn text(host: &web_sys::HtmlElement) -> String {
    host.text_content().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn first_run_asks_for_a_nickname_and_saves_the_child() {
    storage::local_storage().unwrap().clear().unwrap();
    let host = mount();
    settle().await;
    assert!(
        text(&host).contains("stays on this phone"),
        "{}",
        text(&host)
    );

    let input: web_sys::HtmlInputElement = host
        .query_selector("input")
        .unwrap()
        .unwrap()
        .unchecked_into();
    let form: web_sys::HtmlFormElement = host
        .query_selector("form")
        .unwrap()
        .unwrap()
        .unchecked_into();
    form.request_submit().unwrap();
    settle().await;
    assert!(
        text(&host).contains("Please type a name"),
        "an empty name is refused in words"
    );
    assert!(storage::local_storage()
        .unwrap()
        .get_item(DIARY_KEY)
        .unwrap()
        .is_none());

    input.set_value("Robin");
    input
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    form.request_submit().unwrap();
    settle().await;
    let loaded = storage::load();
    assert_eq!(loaded.diary.children.len(), 1);
    assert_eq!(loaded.diary.children[0].nickname, "Robin");
    assert!(
        host.query_selector("nav").unwrap().is_some(),
        "the main navigation appears"
    );
    host.remove();
}

#[wasm_bindgen_test]
async fn a_save_in_another_tab_is_shown_here() {
    storage::local_storage().unwrap().clear().unwrap();
    storage::save(
        &Diary {
            children: vec![Child::new("child-a", "Ash")],
        },
        0,
    )
    .unwrap();
    let host = mount();
    settle().await;
    assert!(text(&host).contains("Ash"));

    // What another tab does: save a newer diary, which fires a storage event here.
    let newer = Diary {
        children: vec![Child::new("child-a", "Ash"), Child::new("child-b", "Bea")],
    };
    storage::save(&newer, 1).unwrap();
    let init = web_sys::StorageEventInit::new();
    init.set_key(Some(DIARY_KEY));
    let event = web_sys::StorageEvent::new_with_event_init_dict("storage", &init).unwrap();
    web_sys::window().unwrap().dispatch_event(&event).unwrap();
    settle().await;
    assert!(
        text(&host).contains("Bea"),
        "the other tab's child is shown: {}",
        text(&host)
    );
    assert!(text(&host).contains("changes made in another tab"));
    host.remove();
}

/// A later part that has not come yet: the future resolves when the returned function is called.
fn a_part_on_its_way() -> (js_sys::Function, wasm_bindgen_futures::JsFuture) {
    let mut resolve = None;
    let promise = js_sys::Promise::new(&mut |res, _| resolve = Some(res));
    (
        resolve.unwrap(),
        wasm_bindgen_futures::JsFuture::from(promise),
    )
}

/// Mounts `view` in its own element; dropping the handle takes it off the page and cleans it up.
fn mount_view<V: leptos::prelude::IntoView + 'static>(
    view: impl FnOnce() -> V + 'static,
) -> (web_sys::HtmlElement, impl Drop) {
    let host: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    document().body().unwrap().append_child(&host).unwrap();
    let handle = leptos::mount::mount_to(host.clone(), view);
    (host, handle)
}

#[wasm_bindgen_test]
async fn a_later_part_already_here_shows_in_the_same_turn_and_one_on_its_way_once_it_comes() {
    use leptos::prelude::*;
    use small_steps::ui::later::quietly;

    let (here, _kept) =
        mount_view(|| quietly(|| async { Ok(view! { <p>"already here"</p> }.into_any()) }));
    assert_eq!(
        text(&here),
        "already here",
        "no waiting for a part already fetched"
    );

    let (arrive, coming) = a_part_on_its_way();
    let (later, _kept_too) = mount_view(move || {
        quietly(move || async move {
            coming.await.unwrap();
            Ok(view! { <p>"came"</p> }.into_any())
        })
    });
    assert_eq!(text(&later), "", "nothing shows while the part comes");
    arrive.call0(&wasm_bindgen::JsValue::NULL).unwrap();
    settle().await;
    assert_eq!(text(&later), "came");
    here.remove();
    later.remove();
}

#[wasm_bindgen_test]
async fn a_later_part_whose_place_was_left_before_it_came_is_never_made() {
    use leptos::__reexports::send_wrapper::SendWrapper;
    use leptos::prelude::*;
    use small_steps::ui::later::quietly;
    use std::sync::atomic::{AtomicBool, Ordering};
    use std::sync::Arc;

    let made = Arc::new(AtomicBool::new(false));
    let (arrive, coming) = a_part_on_its_way();
    let coming = SendWrapper::new(std::cell::Cell::new(Some(coming)));
    let made_there = made.clone();
    // As the app's screens do: what is shown follows a signal, and leaving it cleans it up.
    let shown = RwSignal::new(true);
    let (host, _kept) = mount_view(move || {
        move || {
            let coming = (*coming).take();
            let made_there = made_there.clone();
            shown.get().then(|| {
                quietly(move || async move {
                    if let Some(coming) = coming {
                        coming.await.unwrap();
                    }
                    made_there.store(true, Ordering::SeqCst);
                    Ok(view! { <p>"came"</p> }.into_any())
                })
            })
        }
    });
    // The parent opens another screen while this one's part is on its way.
    shown.set(false);
    settle().await;
    arrive.call0(&wasm_bindgen::JsValue::NULL).unwrap();
    settle().await;
    assert!(
        !made.load(Ordering::SeqCst),
        "the part's view is not made for a screen that has gone"
    );
    assert_eq!(text(&host), "");
    host.remove();
}

/// The painted frame of index.html, as far as Today's early buttons need it.
fn painted_frame() -> web_sys::Element {
    let painted = document().create_element("div").unwrap();
    painted.set_id("painted");
    painted.set_inner_html(
        "<div class=\"painted-frame\"><header class=\"top\"><span class=\"brand\">Small Steps</span></header>\
         <main><section class=\"screen day\"><h1>Today</h1><p class=\"opening\">Opening your diary…</p></section></main></div>",
    );
    document().body().unwrap().append_child(&painted).unwrap();
    painted
}

fn two_children_with_today() -> Diary {
    use small_steps::domain::{DayRecord, DayStatus};
    let mut sam = Child::new("c1", "Sam");
    sam.days.push(DayRecord::new(
        small_steps::web::clock::today(),
        DayStatus::Attended,
    ));
    Diary {
        children: vec![sam, Child::new("c2", "Ali")],
    }
}

#[wasm_bindgen_test]
fn todays_early_buttons_show_the_stored_status_and_keep_one_tap_for_the_app() {
    use small_steps::domain::DayStatus;
    use small_steps::web::early_today;
    storage::local_storage().unwrap().clear().unwrap();
    storage::remember(storage::CHILD_KEY, "c1");
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/today")
        .unwrap();
    let painted = painted_frame();
    early_today::draw(&two_children_with_today());

    for status in DayStatus::ALL {
        let button = painted
            .query_selector(&format!("fieldset.statuses button.s-{}", status.key()))
            .unwrap()
            .unwrap_or_else(|| panic!("no button for {}", status.label()));
        assert!(button.text_content().unwrap().contains(status.label()));
    }
    assert!(painted.query_selector(".opening").unwrap().is_none());
    let went_in = painted
        .query_selector("button.s-attended")
        .unwrap()
        .unwrap();
    assert_eq!(
        went_in.get_attribute("aria-pressed").as_deref(),
        Some("true")
    );
    assert!(went_in.text_content().unwrap().contains("✓ chosen"));
    // Two children: the switcher shows Sam, and waits for the app.
    let switcher: web_sys::HtmlSelectElement = painted
        .query_selector("header select")
        .unwrap()
        .unwrap()
        .unchecked_into();
    assert_eq!(switcher.value(), "c1");
    assert!(switcher.disabled());

    let today = small_steps::web::clock::today();
    assert!(!early_today::tap_waiting());
    let ill: web_sys::HtmlElement = painted
        .query_selector("button.s-absent_ill")
        .unwrap()
        .unwrap()
        .unchecked_into();
    ill.click();
    assert_eq!(ill.get_attribute("aria-pressed").as_deref(), Some("true"));
    assert_eq!(
        went_in.get_attribute("aria-pressed").as_deref(),
        Some("false")
    );
    assert!(!went_in.text_content().unwrap().contains("✓ chosen"));
    assert!(early_today::tap_waiting());
    // Kept for the child and day it was tapped for, and taken up once.
    assert_eq!(early_today::take_tap_for("c2", today), None);
    assert_eq!(
        early_today::take_tap_for("c1", today),
        Some(DayStatus::AbsentIll)
    );
    assert_eq!(early_today::take_tap_for("c1", today), None);
    assert!(!early_today::tap_waiting());
    painted.remove();
}

#[wasm_bindgen_test]
fn todays_early_buttons_are_drawn_only_on_todays_address() {
    use small_steps::web::early_today;
    storage::local_storage().unwrap().clear().unwrap();
    web_sys::window()
        .unwrap()
        .location()
        .set_hash("#/plan")
        .unwrap();
    let painted = painted_frame();
    early_today::draw(&two_children_with_today());
    assert!(painted.query_selector("button").unwrap().is_none());
    assert!(painted.query_selector(".opening").unwrap().is_some());
    painted.remove();
    web_sys::window().unwrap().location().set_hash("").unwrap();
}

/// The painted welcome as index.html has it, not yet live.
fn painted_welcome() -> web_sys::Element {
    let painted = document().create_element("div").unwrap();
    painted.set_id("painted");
    painted.set_inner_html(
        "<main class=\"welcome\"><form class=\"painted-form\" novalidate><div class=\"field\">\
         <label for=\"painted-name\">Your child's name or nickname</label>\
         <input id=\"painted-name\" type=\"text\" disabled />\
         <p class=\"counter\">0 of 80 characters</p></div>\
         <button type=\"submit\" class=\"primary\" disabled>Start</button></form></main>",
    );
    document().body().unwrap().append_child(&painted).unwrap();
    painted
}

#[wasm_bindgen_test]
fn the_painted_welcome_checks_the_name_as_the_app_does_and_keeps_a_good_start_for_it() {
    use small_steps::web::early_welcome::{self, EarlyWelcome};
    let painted = painted_welcome();
    let found = |selector: &str| painted.query_selector(selector).unwrap().unwrap();
    let field: web_sys::HtmlInputElement = found("#painted-name").unchecked_into();
    let form: web_sys::HtmlFormElement = found("form").unchecked_into();
    assert_eq!(
        early_welcome::take(),
        None,
        "not live yet: nothing to take up"
    );
    early_welcome::wire();
    assert!(!field.disabled());
    assert!(!found("button").has_attribute("disabled"));

    form.request_submit().unwrap();
    assert!(found(".field-error")
        .text_content()
        .unwrap()
        .contains("Please type a name or nickname."));
    assert_eq!(field.get_attribute("aria-invalid").as_deref(), Some("true"));
    assert!(!early_welcome::start_waiting());

    field.set_value("Robin");
    field
        .dispatch_event(&web_sys::Event::new("input").unwrap())
        .unwrap();
    assert_eq!(
        found(".counter").text_content().as_deref(),
        Some("5 of 80 characters")
    );
    form.request_submit().unwrap();
    assert!(painted.query_selector(".field-error").unwrap().is_none());
    assert!(early_welcome::start_waiting());
    assert_eq!(
        found("[role=status]").text_content().as_deref(),
        Some("Opening Robin's diary…")
    );
    assert!(field.read_only());
    // Taken up once by the app's welcome.
    assert_eq!(
        early_welcome::take(),
        Some(EarlyWelcome {
            typed: "Robin".into(),
            problem: None,
            started: true,
        })
    );
    assert!(!early_welcome::start_waiting());
    painted.remove();
}
