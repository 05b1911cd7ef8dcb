//! A small editor for a list of rows (things tried, professionals, reviews' actions): each row is a
//! few short texts; rows can be added and removed.

use leptos::prelude::*;

use crate::ui::widgets::field::TextField;

/// Edits `rows`, each with one text per column; `columns` are the labels and limits.
#[component]
pub fn RowsEditor(
    legend: &'static str,
    columns: &'static [(&'static str, usize)],
    rows: RwSignal<Vec<Vec<String>>>,
    /// Words for the add button, e.g. "Add this".
    add_label: &'static str,
) -> impl IntoView {
    let drafts: Vec<RwSignal<String>> = columns
        .iter()
        .map(|_| RwSignal::new(String::new()))
        .collect();
    let drafts = StoredValue::new(drafts);
    let add = move |_| {
        let row: Vec<String> = drafts.with_value(|d| {
            d.iter()
                .map(|s| s.get_untracked().trim().to_string())
                .collect()
        });
        if row.first().is_none_or(|first| first.is_empty()) {
            return;
        }
        rows.update(|r| r.push(row));
        drafts.with_value(|d| d.iter().for_each(|s| s.set(String::new())));
    };
    view! {
        <fieldset class="group">
            <legend>{legend}</legend>
            <ul class="added">
                {move || rows.get().into_iter().enumerate().map(|(i, row)| {
                    let first = row.first().cloned().unwrap_or_default();
                    let rest = row.iter().skip(1).filter(|t| !t.is_empty()).cloned().collect::<Vec<_>>().join(" · ");
                    view! {
                        <li>
                            <span><strong>{first.clone()}</strong>{(!rest.is_empty()).then(|| format!(" · {rest}"))}</span>
                            <button type="button" class="link" aria-label=format!("Remove: {first}")
                                on:click=move |_| rows.update(|r| { r.remove(i); })>"Remove"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            {columns.iter().enumerate().map(|(i, (label, max))| {
                let value = drafts.with_value(|d| d[i]);
                view! { <TextField label=*label value max=*max/> }
            }).collect_view()}
            <button type="button" on:click=add>{add_label}</button>
        </fieldset>
    }
}
