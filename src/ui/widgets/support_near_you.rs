//! "Support near you": the hosting support group's name, message and links, read from
//! `public/group.json` next to the app (rules in `domain::group`). Nothing shows when the group has
//! not added that file, or when the phone cannot reach it.

use leptos::prelude::*;

use crate::domain::group::{read_group_settings, GroupSettings};
use crate::web::group_file::group_file_text;

/// Where a support group puts its settings, relative to the app's page.
pub const GROUP_FILE: &str = "public/group.json";

/// What the group's settings file gave.
#[derive(Clone)]
enum GroupFile {
    /// No file (or no signal and no copy kept): nothing to show.
    Missing,
    Read(GroupSettings),
    /// The file is there but cannot be used; the words say why.
    Problem(String),
}

/// Reads the group's file, asked for once per visit and quietly (`web::group_file`).
async fn fetch_group_file() -> GroupFile {
    match group_file_text(GROUP_FILE)
        .await
        .map(|t| read_group_settings(&t))
    {
        Some(Ok(settings)) => GroupFile::Read(settings),
        Some(Err(problem)) => GroupFile::Problem(problem),
        None => GroupFile::Missing,
    }
}

/// The group's card. `show_problem` also says, in a quiet line, why a broken file is not used
/// (on the Children screen, where whoever set the site up will look).
#[component]
pub fn SupportNearYou(#[prop(optional)] show_problem: bool) -> impl IntoView {
    // A plain signal filled when the answer comes, not a resource: the card must never hold its
    // screen back until the group file was asked for (on a first visit that waits for the service
    // worker).
    let file = RwSignal::new(None::<GroupFile>);
    leptos::task::spawn_local(async move {
        let answer = fetch_group_file().await;
        // The screen may have gone meanwhile.
        let _ = file.try_set(Some(answer));
    });
    move || {
        match file.get()? {
        GroupFile::Missing => None,
        GroupFile::Problem(problem) => show_problem.then(|| {
            view! {
                <p class="muted small">
                    {format!("The support group's settings file ({GROUP_FILE}) could not be used: {problem}")}
                </p>
            }
            .into_any()
        }),
        GroupFile::Read(group) => Some(
            view! {
                <section class="card group" aria-labelledby="group-heading">
                    <h2 id="group-heading">"Support near you"</h2>
                    <p><strong>{group.name}</strong></p>
                    {(!group.message.is_empty()).then(|| view! { <p>{group.message}</p> })}
                    <ul class="links">
                        {group
                            .links
                            .into_iter()
                            .map(|link| {
                                let web = link.url.to_ascii_lowercase().starts_with("https://");
                                view! {
                                    <li>
                                        <a
                                            href=link.url
                                            target=web.then_some("_blank")
                                            rel=web.then_some("noopener noreferrer")
                                        >
                                            {link.label}
                                        </a>
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </section>
            }
            .into_any(),
        ),
    }
    }
}
