//! "What the codes mean, and who else can help": each register code in the child's nation's set in
//! plain words, whether it is authorised and whether it counts toward fines; then national
//! organisations, beside the hosting group's own links. Every fact comes from `domain::letters::help`.

use leptos::prelude::*;

use crate::domain::diary::support::Nation;
use crate::domain::letters::help::{codes_for, fines_note, HELPERS};
use crate::domain::route::LettersPage;
use crate::ui::state::{shown_child, AppState};
use crate::ui::widgets::support_near_you::SupportNearYou;
use crate::web::address::Screen;

#[component]
pub fn CodesPage() -> impl IntoView {
    let state = expect_context::<AppState>();
    let shown = StoredValue::new(shown_child());
    let nation = super::nation::nation_of(state, shown);
    view! {
        <section class="screen letters codes-page">
            <p><a href=Screen::Letters(LettersPage::All).hash()>"← All letters"</a></p>
            <h1>"What the codes mean"</h1>
            <super::nation::NationQuestion child=shown/>
            {move || codes_table(nation.get())}
            <p>
                "A code that does not fit what you recorded? "
                <a href=Screen::Letters(LettersPage::Kind(crate::domain::letters::LetterKind::RegisterCorrection)).hash()>"Ask school to correct the register"</a>
            </p>
            <h2>"Who else can help"</h2>
            <ul class="cards helpers">
                {HELPERS.into_iter().map(|h| {
                    let web = h.reach.starts_with("https://");
                    let phone = h.reach.chars().all(|c| c.is_ascii_digit() || c == ' ');
                    let reach = if web {
                        view! { <a href=h.reach target="_blank" rel="noopener noreferrer">{h.reach}</a> }.into_any()
                    } else if phone {
                        view! { <a href=format!("tel:{}", h.reach.replace(' ', ""))>{h.reach}</a> }.into_any()
                    } else {
                        view! { <span>{h.reach}</span> }.into_any()
                    };
                    view! {
                        <li class="card">
                            <strong>{h.name}</strong>
                            <p>{h.what}</p>
                            <p>{reach}</p>
                            <p class="muted small source">{format!("Source: {}", h.source)}</p>
                        </li>
                    }
                }).collect_view()}
            </ul>
            <SupportNearYou/>
        </section>
    }
}

/// The nation's register codes in plain words, how each counts, and the note about fines.
fn codes_table(nation: Nation) -> impl IntoView {
    let england = nation == Nation::England;
    let set = if england {
        "England's register codes (since 2024)"
    } else {
        "Wales's register codes (the 2010 set, still in use)"
    };
    view! {
        <p>{format!("The codes a school can put on the register for each morning and afternoon. These are {set}.")}</p>
        <div class="table-wrap" role="region" aria-label="Register codes" tabindex="0">
            <table class="codes">
                <caption class="visually-hidden">{set}</caption>
                <thead>
                    <tr>
                        <th scope="col">"Code"</th>
                        <th scope="col">"What it means"</th>
                        <th scope="col">"How it counts"</th>
                    </tr>
                </thead>
                <tbody>
                    {codes_for(nation).into_iter().map(|c| view! {
                        <tr>
                            <th scope="row">{c.code}</th>
                            <td>{c.meaning}</td>
                            <td>
                                {c.counted.label()}
                                {(england && c.toward_fines).then_some("; counts toward fines")}
                            </td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <p>{fines_note(nation)}</p>
    }
}
