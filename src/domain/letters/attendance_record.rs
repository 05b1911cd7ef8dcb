//! Asking for the attendance record as the school holds it: from a maintained school in England as
//! the educational record (within 15 school days); from an academy, free or independent school, or
//! when the parent is not sure, as a subject access request (one month), which every school must
//! answer.
//!
//! Rests on: Education (Pupil Information) (England) Regulations 2005 (a maintained school gives
//! the educational record within 15 school days); UK GDPR subject access (one month; ICO). Wales:
//! subject access, as DOMAIN.md names no Welsh timescale for the educational record.

use super::model::{Letter, Outcome, Paragraph};
use super::{
    greeting, name, name_with_details, range_words, school, short_name, sign_off, LetterChoices,
    LetterKind, SchoolKind,
};
use crate::domain::diary::support::Nation;
use crate::domain::diary::Child;

const RESTS_ON_RECORD: &str = "Education (Pupil Information) (England) Regulations 2005: a \
maintained school gives the educational record within 15 school days.";
const RESTS_ON_SAR: &str = "UK GDPR subject access request: every school must answer within one \
month (ICO).";

pub(super) fn write(child: &Child, choices: &LetterChoices) -> Outcome {
    let who = short_name(child);
    let full = name(child);
    let as_record =
        child.nation == Nation::England && choices.school_kind == Some(SchoolKind::Maintained);
    let mut paragraphs = vec![greeting()];
    paragraphs.push(Paragraph::plain(format!(
        "I am the parent of {}, a pupil at {}.",
        name_with_details(child),
        school(child)
    )));
    let (ask, rests_on) = if as_record {
        (
            format!(
                "Please send me {who}'s attendance record as the school holds it, {}, showing the register code for each morning and afternoon session. I am asking for it as part of {who}'s educational record, which I understand a maintained school provides within 15 school days.",
                range_words(choices.range)
            ),
            RESTS_ON_RECORD,
        )
    } else {
        (
            format!(
                "I am making a subject access request for {who}'s attendance record as the school holds it, {}, showing the register code for each morning and afternoon session, and any notes kept about those absences. I understand the school has one month to reply.",
                range_words(choices.range)
            ),
            RESTS_ON_SAR,
        )
    };
    paragraphs.push(Paragraph::plain(ask));
    paragraphs.push(Paragraph::plain(
        "An electronic copy by email is fine. Thank you for your help.",
    ));
    paragraphs.push(sign_off(child));
    let mut for_parent = Vec::new();
    match (child.nation, choices.school_kind) {
        // In Wales every kind of school is asked the same way, so the kind is not asked for.
        (Nation::Wales, _) => for_parent.push(
            "In Wales this asks as a subject access request, which every school must answer within a month.".into(),
        ),
        (Nation::England, None | Some(SchoolKind::NotSure)) => for_parent.push(
            "Not sure what kind of school it is? This asks as a subject access request, which every school must answer within a month. A council (maintained) school in England must give the record within 15 school days: choose it above if that is your child's school.".into(),
        ),
        (Nation::England, Some(_)) => {}
    }
    Outcome::Letter(Letter {
        kind: LetterKind::AttendanceRecord,
        subject: format!("{full}: request for the attendance record"),
        paragraphs,
        rests_on,
        for_parent,
    })
}
