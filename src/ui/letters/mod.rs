//! Letters and emails from the diary (`#/letters`): the kinds to choose from, one letter to edit,
//! copy, share or print (`letter.rs`), the dates for the phone's calendar (`dates.rs`), and what
//! the register codes mean and who else can help (`codes.rs`). The app never sends anything.
//! Every word of a letter comes from the domain (`domain::letters`).

mod codes;
mod dates;
pub mod later;
mod letter;
mod nation;

use leptos::prelude::*;

use crate::domain::letters::LetterKind;
use crate::domain::route::LettersPage;
use crate::ui::state::{shown_child, AppState};
use crate::web::address::Screen;

/// The letters screen at one of its pages.
#[component]
pub fn LettersScreen(page: LettersPage) -> impl IntoView {
    match page {
        LettersPage::All => view! { <AllLetters/> }.into_any(),
        LettersPage::Kind(kind) => view! { <letter::LetterPage kind/> }.into_any(),
        LettersPage::Codes => view! { <codes::CodesPage/> }.into_any(),
    }
}

/// Every kind of letter, with when it is for, and the dates for the calendar.
#[component]
fn AllLetters() -> impl IntoView {
    let state = expect_context::<AppState>();
    let shown = StoredValue::new(shown_child());
    let nation = nation::nation_of(state, shown);
    view! {
        <section class="screen letters">
            <h1>"Letters and emails"</h1>
            <p>"Words to send to school or the council, filled in from your diary. Change any word, then copy, share or print. The app never sends anything itself."</p>
            <nation::NationQuestion child=shown/>
            <ul class="cards letter-kinds">
                {LetterKind::ALL
                    .into_iter()
                    .map(|kind| {
                        let href = Screen::Letters(LettersPage::Kind(kind)).hash();
                        view! {
                            <li>
                                <a class="card letter-kind" href=href>
                                    <strong>{move || kind.title(nation.get())}</strong>
                                    <span class="muted small">{kind.when_for()}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <p>
                <a href=Screen::Letters(LettersPage::Codes).hash()>"What the register codes mean, and who else can help"</a>
            </p>
            <dates::CalendarDates/>
        </section>
    }
}
