//! Safari's Share button drawn in the steps that name it (Today's Home Screen card, Move my diary).

use leptos::prelude::*;

/// The Share button as Safari draws it (a box with an arrow up out of it), for the steps.
#[component]
pub fn ShareSymbol() -> impl IntoView {
    view! {
        <svg class="share-symbol" viewBox="0 0 20 24" width="18" height="22" aria-hidden="true" focusable="false">
            <path d="M10 2v13M5.5 6.5 10 2l4.5 4.5M7 10H3v12h14V10h-4" fill="none" stroke="currentColor"
                stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>
        </svg>
    }
}
