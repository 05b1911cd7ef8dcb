//! The meeting pack's page as it shows and prints: each block of the domain's one model as HTML.

use leptos::prelude::*;

use crate::domain::meeting_pack::{Block, Item, MeetingPack, Table};

/// The page itself, as it prints.
#[component]
pub fn PackSheet(pack: MeetingPack) -> impl IntoView {
    let about =
        (!pack.about.is_empty()).then(|| {
            let parts = pack.about.into_iter().map(|f| view! {
            <span class="about-part"><strong>{format!("{}: ", f.label)}</strong>{f.text}</span>
        });
            view! { <p class="about">{parts.collect_view()}</p> }
        });
    view! {
        <article class="pack-sheet" aria-label="Meeting pack preview">
            <h2>{pack.title}</h2>
            {about}
            {pack.meta.into_iter().map(|m| view! { <p class="meta">{m}</p> }).collect_view()}
            {pack.sections.into_iter().map(|s| view! {
                <section><h3>{s.title()}</h3>{s.blocks.into_iter().map(block_view).collect_view()}</section>
            }).collect_view()}
        </article>
    }
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
        } => view! {
            {label.map(|l| view! { <p class="list-label"><strong>{l}</strong></p> })}
            {items_view(items, ordered)}
        }
        .into_any(),
        Block::Table(table) => table_view(table),
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
    let head = table
        .head
        .into_iter()
        .map(|h| view! { <th scope="col">{h}</th> })
        .collect_view();
    let rows = table
        .rows
        .into_iter()
        .map(|row| {
            let mut cells = row.into_iter();
            let name = cells.next().unwrap_or_default();
            let rest = cells.map(|c| view! { <td>{c}</td> }).collect_view();
            view! { <tr><th scope="row">{name}</th>{rest}</tr> }
        })
        .collect_view();
    view! {
        <table class="pack-table">
            <caption>{table.caption}</caption>
            <thead><tr>{head}</tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
    .into_any()
}
