//! Screens that are still to come, each saying plainly what it will hold.

use leptos::prelude::*;

fn coming(title: &'static str, lines: &'static [&'static str]) -> impl IntoView {
    view! {
        <section class="screen">
            <h1>{title}</h1>
            <p class="coming">"This part of Small Steps is on its way. It will let you:"</p>
            <ul class="coming-list">{lines.iter().map(|l| view! { <li>{*l}</li> }).collect_view()}</ul>
        </section>
    }
}

pub fn plan() -> impl IntoView {
    coming(
        "Plan",
        &[
            "gather your child's views and what has been tried",
            "build a ladder of small steps, from easiest to hardest",
            "review progress and print a calm summary for a school meeting",
        ],
    )
}
