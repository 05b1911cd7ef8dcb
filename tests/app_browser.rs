//! The app's components in a real browser: first run, following another tab's save, and how a
//! later part's view takes its place (at once, once it comes, or never for a screen left first).
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
