//! A small editor for a list of rows (things tried, professionals): each row is a few short texts;
//! rows can be added and removed. A row typed below the list but not added is part of the form: its
//! typing counts as not saved yet, it is kept in the form's draft, and saving the form adds it.

use leptos::prelude::*;

use crate::ui::widgets::choose::FormError;
use crate::ui::widgets::field::TextField;

/// A list of rows and the row being typed below it, with the words that name them.
#[derive(Clone, Copy)]
pub struct Rows<const N: usize> {
    /// The list's heading, e.g. "Professionals involved".
    pub legend: &'static str,
    /// Each column's label and longest text.
    pub columns: &'static [(&'static str, usize); N],
    /// The rows added so far.
    pub list: RwSignal<Vec<Vec<String>>>,
    /// The row typed in the boxes below the list, not added yet.
    pub typed: [RwSignal<String>; N],
}

impl<const N: usize> Rows<N> {
    pub fn new(
        legend: &'static str,
        columns: &'static [(&'static str, usize); N],
        list: Vec<Vec<String>>,
    ) -> Self {
        Rows {
            legend,
            columns,
            list: RwSignal::new(list),
            typed: std::array::from_fn(|_| RwSignal::new(String::new())),
        }
    }

    /// Reads the list and the typed row, so a form's "not saved yet" follows both.
    pub fn track(self) {
        self.list.track();
        self.typed.iter().for_each(|t| t.track());
    }

    /// The row typed but not added: none when the boxes are empty, and a message when something
    /// is typed but the first box (what names the row) is empty.
    pub fn typed_row(self) -> Result<Option<Vec<String>>, String> {
        let row: Vec<String> = self
            .typed
            .iter()
            .map(|t| t.get_untracked().trim().to_string())
            .collect();
        match row.first() {
            Some(first) if !first.is_empty() => Ok(Some(row)),
            _ if row.iter().all(String::is_empty) => Ok(None),
            _ => Err(format!(
                "In “{}”, fill in “{}” for the row you started, or empty its boxes.",
                self.legend, self.columns[0].0
            )),
        }
    }

    /// Every row the form saves: those added, then the one typed but not added.
    pub fn to_save(self) -> Result<Vec<Vec<String>>, String> {
        let mut rows = self.list.get_untracked();
        rows.extend(self.typed_row()?);
        Ok(rows)
    }

    /// Moves the typed row into the list and empties the boxes (on "Add", or once the form saved
    /// it). Says what is missing when the row cannot be added.
    pub fn add_typed(self) -> Result<(), String> {
        match self.typed_row()? {
            Some(row) => {
                self.list.update(|r| r.push(row));
                self.typed.iter().for_each(|t| t.set(String::new()));
                Ok(())
            }
            None => Err(format!(
                "In “{}”, type “{}” first, then add it.",
                self.legend, self.columns[0].0
            )),
        }
    }
}

/// Edits `rows`: the list with a Remove button on each, and boxes to add one more.
#[component]
pub fn RowsEditor<const N: usize>(
    rows: Rows<N>,
    /// Words for the add button, e.g. "Add this".
    add_label: &'static str,
) -> impl IntoView {
    let list = rows.list;
    let problem = RwSignal::new(None::<String>);
    let add = move |_| problem.set(rows.add_typed().err());
    view! {
        <fieldset class="group">
            <legend>{rows.legend}</legend>
            <ul class="added">
                {move || list.get().into_iter().enumerate().map(|(i, row)| {
                    let first = row.first().cloned().unwrap_or_default();
                    let rest = row.iter().skip(1).filter(|t| !t.is_empty()).cloned().collect::<Vec<_>>().join(" · ");
                    view! {
                        <li>
                            <span><strong>{first.clone()}</strong>{(!rest.is_empty()).then(|| format!(" · {rest}"))}</span>
                            <button type="button" class="link" aria-label=format!("Remove: {first}")
                                on:click=move |_| list.update(|r| { r.remove(i); })>"Remove"</button>
                        </li>
                    }
                }).collect_view()}
            </ul>
            {rows.columns.iter().zip(rows.typed).map(|((label, max), value)| {
                view! { <TextField label=*label value max=*max/> }
            }).collect_view()}
            <FormError error=problem/>
            <button type="button" on:click=add>{add_label}</button>
        </fieldset>
    }
}
