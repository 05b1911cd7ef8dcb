//! The figures for a date range (this term so far unless the parent picks other dates): attendance,
//! the absence lines, health days, late and partial days, patterns, and where the school's code differs.

use chrono::NaiveDate;
use leptos::prelude::*;

use crate::ui::widgets::choose::FormError;
use crate::ui::widgets::field::{read_range, DateRange, RangeProblem};

use crate::domain::dates::{long_date, weekday_name};
use crate::domain::figures::{
    by_weekday, code_mismatches, current_term, days_words, explain_absence_line,
    explain_attendance, explain_health_mark, figures, percent_words, worries_by_category,
    AbsenceLine, Figures, HEALTH_MARK_DAYS,
};
use crate::domain::Child;
use crate::ui::calendar::charts::FiguresCharts;
use crate::ui::calendar::month::CalendarTabs;
use crate::ui::calendar::school_figures::SchoolFigures;
use crate::ui::state::{shown_child, AppState};
use crate::web::address::Screen;
use crate::web::clock::today;

#[component]
pub fn FiguresScreen() -> impl IntoView {
    let state = expect_context::<AppState>();
    let (term_start, term_today) = current_term(today());
    let from = RwSignal::new(term_start.to_string());
    let to = RwSignal::new(term_today.to_string());
    let range = move || {
        read_range(&from.get(), &to.get()).map_err(|problem| match problem {
            RangeProblem::NotBoth => "Choose both dates to see the figures.",
            RangeProblem::Backwards => "The last date comes before the first. Swap them round.",
        })
    };
    let body = move || {
        let id = shown_child();
        match range() {
            Err(message) => {
                view! { <FormError error=Signal::stored(Some(message.to_string()))/> }.into_any()
            }
            Ok(range) => state
                .diary
                .with(|d| {
                    d.child(&id)
                        .map(|child| view! { <FiguresFor child=child.clone() range/> })
                })
                .into_any(),
        }
    };
    view! {
        <section class="screen figures">
            <h1>"Calendar"</h1>
            <CalendarTabs current=Screen::Figures/>
            <h2>"Figures"</h2>
            <p class="muted">"Counted from the days you have recorded. This term so far unless you choose other dates."</p>
            <DateRange from_label="From" from_id="fig-from" from=from to_label="To" to_id="fig-to" to=to/>
            {body}
            <SchoolFigures/>
            <p><a href=Screen::Letters(crate::domain::route::LettersPage::All).hash()><span aria-hidden="true">"✉ "</span>"Letters and emails from the diary"</a></p>
            <details class="card">
                <summary>"How these figures are counted"</summary>
                <ul class="rules">
                    <li>"Each school day has two sessions, morning and afternoon, as on the school register. Days marked no school, and days you have not recorded, are left out."</li>
                    <li>"Present: went in, late before the register closed, missed some lessons, left early, went in very distressed, off-site provision."</li>
                    <li>"Missed: late after the register closed, off ill, couldn't get out of the door, medical appointment, reduced-timetable time, excluded."</li>
                    <li>"Late after the register closed counts the morning as missed; left early and reduced timetable count the afternoon as missed, unless you set morning and afternoon yourself."</li>
                    <li>"Missing 10% or more of sessions is called persistent absence, and 50% or more severe absence (Department for Education)."</li>
                    <li>"Health days: sessions missed through illness, mornings your child couldn't get out of the door (reported to school as illness) or medical appointments, two sessions to a day, against the 15-day mark (Education Act 1996, section 19)."</li>
                </ul>
            </details>
        </section>
    }
}

/// Fines, explained calmly: only where the diary holds an unauthorised code (England: the count
/// in the latest 10 school weeks; Wales: that local rules apply), with the register letter beside.
#[component]
fn FinesLine(child: Child) -> impl IntoView {
    // England's rules are assumed until the parent says which nation (asked on the codes page).
    let assumed = !child.nation_is_answered();
    crate::domain::figures::fines_words(&child, today()).map(|words| {
        let letter = Screen::Letters(crate::domain::route::LettersPage::Kind(
            crate::domain::letters::LetterKind::RegisterCorrection,
        ));
        let codes = Screen::Letters(crate::domain::route::LettersPage::Codes);
        view! {
            <div class="card fines-line">
                <h3>"Codes that count toward fines"</h3>
                <p>{words.count}</p>
                <p>{words.meaning}</p>
                {assumed.then(|| view! {
                    <p class="muted small">"These are England's rules. Is the school in Wales? "<a href=codes.hash()>"Say so on the codes page"</a></p>
                })}
                <p><a href=letter.hash()>"Ask school to correct a code"</a></p>
            </div>
        }
    })
}

/// The figures for one child and range.
#[component]
fn FiguresFor(child: Child, range: (NaiveDate, NaiveDate)) -> impl IntoView {
    let f: Figures = figures(&child, range);
    let attendance = f.attendance_percent();
    let line = f.absence_line();
    let crossed = line != AbsenceLine::Below;
    let health = f.health_days_missed();
    let mismatches = code_mismatches(&child, range);
    let weekdays = by_weekday(&child, range);
    let worries = worries_by_category(&child, range);
    let width = attendance.map_or(0.0, |p| p.clamp(0.0, 100.0));
    view! {
        <div class="card big-figure">
            <h3>"Attendance"</h3>
            <p class="figure">{attendance.map_or("–".to_string(), percent_words)}</p>
            <div class="bar" aria-hidden="true"><span style=format!("width: {}%", width as u32)></span></div>
            <p>{explain_attendance(&f)}</p>
        </div>
        <div class=if crossed { "card line crossed" } else { "card line" }>
            <h3><span aria-hidden="true">{if crossed { "⚠ " } else { "✓ " }}</span>{line.label()}</h3>
            <p>{explain_absence_line(line)}</p>
        </div>
        <div class=if f.health_mark_reached() { "card line crossed" } else { "card line" }>
            <h3>{format!("Health: {} of the {HEALTH_MARK_DAYS}-day mark", days_words(health))}</h3>
            <p>{explain_health_mark(&f)}</p>
        </div>
        <FinesLine child=child.clone()/>
        <div class="card">
            <h3>"Days by how they went"</h3>
            <table class="counts">
                <caption class="visually-hidden">"Number of days for each status"</caption>
                <thead><tr><th scope="col">"How the day went"</th><th scope="col">"Days"</th></tr></thead>
                <tbody>
                    {f.days_by_status.iter().filter(|(_, n)| *n > 0).map(|(s, n)| view! {
                        <tr><th scope="row"><span class=format!("swatch s-{}", s.key()) aria-hidden="true">{s.symbol()}</span>{s.label()}</th><td>{*n}</td></tr>
                    }).collect_view()}
                </tbody>
            </table>
            <p>{format!("Late: {} · Partial days: {} · Days recorded: {}", f.days_late, f.days_partial, f.days_recorded)}</p>
        </div>
        <div class="card">
            <h3>"By weekday"</h3>
            <table class="counts">
                <thead><tr><th scope="col">"Day"</th><th scope="col">"Sessions missed"</th></tr></thead>
                <tbody>
                    {weekdays.iter().map(|w| view! {
                        <tr>
                            <th scope="row">{weekday_name(w.weekday)}</th>
                            <td>{format!("{} of {}{}", w.missed_sessions, w.possible_sessions, w.missed_percent().map_or(String::new(), |p| format!(" ({})", percent_words(p))))}</td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        {(!worries.is_empty()).then(|| view! {
            <div class="card">
                <h3>"Worries noted"</h3>
                <table class="counts">
                    <caption class="visually-hidden">"Worries by kind, the biggest first, then the most often noted"</caption>
                    <thead><tr><th scope="col">"About"</th><th scope="col">"How often, how big"</th></tr></thead>
                    <tbody>
                        {worries.into_iter().map(|w| view! {
                            <tr><th scope="row">{w.label()}</th><td>{w.words()}</td></tr>
                        }).collect_view()}
                    </tbody>
                </table>
            </div>
        })}
        <div class="card">
            <h3>"Where the school's code differs from your record"</h3>
            {if mismatches.is_empty() {
                view! { <p class="muted">"No differences among the codes you have noted."</p> }.into_any()
            } else {
                view! {
                    <p>"Worth asking the school about: the code on these days does not match what you recorded."</p>
                    <ul>
                        {mismatches.into_iter().map(|m| view! {
                            <li>{format!("{}: you recorded “{}”; the school's code was {} (codes that would fit: {}).", long_date(m.date), m.status.label(), m.school_code, m.expected.iter().filter(|c| !c.is_empty()).copied().collect::<Vec<_>>().join(", "))}</li>
                        }).collect_view()}
                    </ul>
                }.into_any()
            }}
        </div>
        <FiguresCharts child=child.clone() range/>
    }
}
