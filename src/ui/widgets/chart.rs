//! A chart on the page: its title, its one-sentence summary, the picture (drawn by the domain as
//! plain SVG), a legend that tells the series apart by shape and pattern, and "Show as a table"
//! (a button, so it works by keyboard) with the same numbers.

use leptos::prelude::*;

use crate::domain::charts::{chart_svg, legend, Chart};
use crate::ui::widgets::table::head_and_rows;

/// One chart, with its text equivalent.
#[component]
pub fn ChartFigure(chart: Chart) -> impl IntoView {
    let open = RwSignal::new(false);
    let summary_id = format!("{}-summary", chart.key);
    let table_id = format!("{}-table", chart.key);
    let picture = chart_svg(&chart, &summary_id);
    let legend_lines = legend(&chart);
    let empty = chart.is_empty();
    let key = chart.key.clone();
    let table = chart.table;
    let cells = head_and_rows(table.head, table.rows);
    view! {
        <figure class="chart" data-chart=chart.key.clone()>
            <figcaption>
                <h3>{chart.title}</h3>
                <p class="chart-summary" id=summary_id>{chart.summary}</p>
            </figcaption>
            {(!empty).then(|| view! {
                <div class="chart-picture" inner_html=picture></div>
                <ul class="chart-legend">
                    {legend_lines.into_iter().map(|l| view! {
                        <li><span class="chart-key" inner_html=l.picture></span>{l.words}</li>
                    }).collect_view()}
                </ul>
                <button
                    type="button"
                    class="chart-toggle"
                    aria-expanded=move || if open.get() { "true" } else { "false" }
                    aria-controls=table_id.clone()
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {move || if open.get() { "Hide the table" } else { "Show as a table" }}
                </button>
                <div
                    class="chart-table"
                    id=table_id.clone()
                    hidden=move || !open.get()
                    role="region"
                    aria-labelledby=format!("{}-caption", key)
                    tabindex="0"
                >
                    <table class="counts">
                        <caption id=format!("{}-caption", key)>{table.caption}</caption>
                        {cells}
                    </table>
                </div>
            })}
        </figure>
    }
}
