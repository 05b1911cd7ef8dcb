//! A table's headings and rows, the first cell of each row its heading: one way to draw the
//! domain's tables (a chart's numbers, the meeting pack's tables) so screen readers read them alike.

use leptos::prelude::*;

/// The `<thead>` and `<tbody>` of a table: `head` as column headings, each row's first cell as
/// the row's heading. The caller writes the `<table>` and its caption around them.
pub fn head_and_rows(head: Vec<String>, rows: Vec<Vec<String>>) -> impl IntoView {
    let head = head
        .into_iter()
        .map(|h| view! { <th scope="col">{h}</th> })
        .collect_view();
    let rows = rows
        .into_iter()
        .map(|row| {
            let mut cells = row.into_iter();
            let name = cells.next().unwrap_or_default();
            let rest = cells.map(|c| view! { <td>{c}</td> }).collect_view();
            view! { <tr><th scope="row">{name}</th>{rest}</tr> }
        })
        .collect_view();
    view! {
        <thead><tr>{head}</tr></thead>
        <tbody>{rows}</tbody>
    }
}
