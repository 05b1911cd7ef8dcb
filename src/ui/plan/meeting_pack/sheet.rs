//! The meeting pack's page as it shows and prints: each block of the domain's one model as HTML.

use leptos::prelude::*;

use crate::domain::meeting_pack::{
    build_pack, more_words, Block, Item, MeetingPack, PackChoices, Table,
};
use crate::ui::state::AppState;
use crate::ui::widgets::chart::ChartFigure;
use crate::ui::widgets::table::head_and_rows;

/// The pack for the child `shown` with the parent's `choices`, put together from the diary as it
/// changes, shown as its page, and handed back in `built` (for the screen's advice and sharing).
#[component]
pub fn PackPage(
    shown: String,
    choices: RwSignal<PackChoices>,
    built: RwSignal<Option<MeetingPack>>,
) -> impl IntoView {
    let state = expect_context::<AppState>();
    let pack = Memo::new(move |_| {
        let choices = choices.get();
        state
            .diary
            .with(|d| d.child(&shown).map(|c| build_pack(c, &choices)))
    });
    Effect::new(move |_| built.set(pack.get()));
    move || pack.get().map(|pack| view! { <PackSheet pack/> })
}

/// The page itself, as it prints.
#[component]
fn PackSheet(pack: MeetingPack) -> impl IntoView {
    let about =
        (!pack.about.is_empty()).then(|| {
            let parts = pack.about.into_iter().map(|f| view! {
            <span class="about-part"><strong>{format!("{}: ", f.label)}</strong>{f.text}</span>
        });
            view! { <p class="about">{parts.collect_view()}</p> }
        });
    let meeting = pack.for_the_meeting;
    let blank_rows = (0..meeting.blank_rows)
        .map(|_| view! { <tr><td></td><td></td><td></td></tr> })
        .collect_view();
    let [who, what, by] = meeting.columns;
    view! {
        <article class="pack-sheet" aria-label="Meeting pack preview">
            // The name and "page 1 of 2" in the margin of every printed page.
            <style>{page_furniture_css(&pack.page_name)}</style>
            <h2>{pack.title}</h2>
            {about}
            {pack.meta.into_iter().map(|m| view! { <p class="meta">{m}</p> }).collect_view()}
            {pack.sections.into_iter().map(|s| view! {
                <section class=s.kind.key()><h3>{s.title()}</h3>{s.blocks.into_iter().map(block_view).collect_view()}</section>
            }).collect_view()}
            <section class="for-the-meeting">
                <h3>{meeting.heading.clone()}</h3>
                <table class="agreed-box">
                    <caption class="visually-hidden">{format!("{}: left blank, to fill in at the meeting", meeting.heading)}</caption>
                    <thead><tr><th scope="col">{who}</th><th scope="col">{what}</th><th scope="col">{by}</th></tr></thead>
                    <tbody>{blank_rows}</tbody>
                </table>
                <p class="next-meeting"><strong>{meeting.next_meeting}</strong><span class="blank-line" aria-hidden="true"></span></p>
            </section>
        </article>
    }
}

/// The printed page's margins: the child's name and "page 1 of 2" at the top of every page (CSS
/// paged media margin boxes, which Chromium prints; the name is written into the rule as a CSS
/// string, with its quotes and backslashes escaped).
fn page_furniture_css(name: &str) -> String {
    let mut quoted = String::new();
    for c in name.chars() {
        match c {
            '"' | '\\' => {
                quoted.push('\\');
                quoted.push(c);
            }
            '\n' | '\r' => quoted.push(' '),
            c => quoted.push(c),
        }
    }
    format!(
        "@page {{ @top-right {{ content: \"{quoted} \\00b7  page \" counter(page) \" of \" counter(pages); }} }}"
    )
}

fn block_view(block: Block) -> AnyView {
    match block {
        Block::Text(text) => view! { <p>{text}</p> }.into_any(),
        Block::Field(f) => {
            view! { <p><strong>{format!("{}: ", f.label)}</strong>{f.text}</p> }.into_any()
        }
        Block::List {
            label,
            ordered,
            items,
            more,
        } => view! {
            <div class="pack-list">
                {label.map(|l| view! { <p class="list-label"><strong>{l}</strong></p> })}
                {(!items.is_empty()).then(|| items_view(items, ordered))}
                {more_words(more).map(|m| view! { <p class="more">{m}</p> })}
            </div>
        }
        .into_any(),
        Block::Table(table) => table_view(table),
        Block::Chart(chart) => view! { <ChartFigure chart=*chart/> }.into_any(),
    }
}

fn items_view(items: Vec<Item>, ordered: bool) -> AnyView {
    let points = items
        .into_iter()
        .map(|item| {
            let notes = item
                .notes
                .into_iter()
                .map(|n| view! { <span class="note">{n}</span> });
            let inner = (!item.sub_items.is_empty()).then(|| items_view(item.sub_items, ordered));
            view! { <li>{item.text}{notes.collect_view()}{inner}</li> }
        })
        .collect_view();
    match ordered {
        true => view! { <ol>{points}</ol> }.into_any(),
        false => view! { <ul>{points}</ul> }.into_any(),
    }
}

fn table_view(table: Table) -> AnyView {
    let cells = head_and_rows(table.head, table.rows);
    view! {
        <table class="pack-table">
            <caption>{table.caption}</caption>
            {cells}
        </table>
    }
    .into_any()
}
