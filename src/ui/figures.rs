//! The figures for a date range: attendance, the absence lines, health days and code differences.

use leptos::prelude::*;

use crate::ui::calendar::CalendarTabs;
use crate::ui::route::Screen;

#[component]
pub fn FiguresScreen() -> impl IntoView {
    view! {
        <section class="screen">
            <h1>"Calendar"</h1>
            <CalendarTabs current=Screen::Figures/>
        </section>
    }
}
