//! What the figures mean, in plain words, each sentence with the guidance it paraphrases.

use super::*;

/// "12", "12.5": a count of days in halves, without a needless ".0".
pub fn days_words(days: f64) -> String {
    let unit = if days == 1.0 { "day" } else { "days" };
    format!("{} {unit}", tenths(days))
}

/// "87.5%", "100%": one decimal place, none when it is zero.
pub fn percent_words(percent: f64) -> String {
    format!("{}%", tenths(percent))
}

/// A number to one decimal place, written without the float formatter (which is large in WebAssembly).
fn tenths(value: f64) -> String {
    let tenths = (value * 10.0).round() as i64;
    match tenths % 10 {
        0 => format!("{}", tenths / 10),
        rest => format!("{}.{}", tenths / 10, rest.abs()),
    }
}

/// What the absence line means and what the parent can ask for.
pub fn explain_absence_line(line: AbsenceLine) -> String {
    match line {
        // Source: DfE, "Working together to improve school attendance" (2024): persistent absence
        // starts at 10% of possible sessions missed.
        AbsenceLine::Below => "Fewer than 1 in 10 sessions were missed in these dates, so no \
             attendance line has been crossed. If things are hard, you can still ask the school for \
             support at any time."
            .to_string(),
        // Source: DfE, "Working together to improve school attendance" (2024): 10% or more is
        // persistent absence, and schools should meet parents to offer support first.
        AbsenceLine::Persistent => "Missing 1 in 10 sessions or more is what schools call \
             persistent absence, and these dates reach that line. It is a sign that more support is \
             needed, and support is what the school should offer first. You can ask the school for a \
             meeting to agree a support plan together, with a named adult and a date to look at it \
             again."
            .to_string(),
        // Source: DfE, "Working together to improve school attendance" (2024): 50% or more is
        // severe absence, and these pupils should be a top priority for support from the school
        // and the local authority.
        AbsenceLine::Severe => "Missing half of sessions or more is what schools call severe \
             absence, and these dates reach that line. It shows how hard school is right now and that \
             more help is needed. You can ask the school for a support meeting soon and a written \
             plan, and ask whether the council, an educational psychologist or health services can \
             join in."
            .to_string(),
    }
}

/// What the 15-day mark means and what the parent can ask for.
pub fn explain_health_mark(figures: &Figures) -> String {
    let days = days_words(figures.health_days_missed());
    if figures.health_mark_reached() {
        // Source: Education Act 1996 s19 and DfE, "Arranging education for children who cannot
        // attend school because of health needs" (2023): at 15 days or more, in a row or added up,
        // the local authority should arrange suitable education, full-time unless less is better
        // for the child's health.
        format!(
            "Health reasons (illness of body or mind, including days your child could not get out of \
             the door, or medical appointments) account for {days} off school in these dates: 15 or \
             more, in a row or added up. When health needs keep a child off this long, the council \
             should arrange suitable education that fits their health. You can ask the school's SENCO \
             or the council's medical education service about it."
        )
    } else {
        // Source: Education Act 1996 s19 and DfE, "Arranging education for children who cannot
        // attend school because of health needs" (2023): 15 days, in a row or added up.
        format!(
            "Health reasons (illness of body or mind, including days your child could not get out of \
             the door, or medical appointments) account for {days} off school in these dates. If \
             health needs keep a child off for 15 days or more, in a row or added up, the council \
             should arrange suitable education. You can ask the school's SENCO about this at any time."
        )
    }
}

/// What the attendance figure means and what the parent can ask for.
pub fn explain_attendance(figures: &Figures) -> String {
    match figures.attendance_percent() {
        None => "No school sessions are recorded for these dates yet, so there is no attendance \
                 figure to show."
            .to_string(),
        // Source: DfE, School attendance (pupil registration) (England) regulations 2024: two
        // sessions a day; Not Fine in School advice: parents can check the school's register.
        Some(attendance) => format!(
            "Your child was there for {present} of the {possible} sessions they could have been in \
             school for ({percent}). Each school day counts as two sessions, morning and afternoon, as \
             on the school register; days you have not recorded are left out. You can ask the school \
             for its attendance figures for the same dates to compare.",
            present = figures.present_sessions,
            possible = figures.possible_sessions,
            percent = percent_words(attendance),
        ),
    }
}
