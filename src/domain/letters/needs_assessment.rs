//! Asking for a needs assessment. England: an EHC needs assessment request to the council under
//! section 36(1), naming the two-part test of section 36(8), with the evidence the parent ticked.
//! Wales: a request that the school (or council) decide whether the child has additional learning
//! needs, with the same evidence.
//!
//! Rests on (England): Children and Families Act 2014 s36(1) and s36(8); SEND Code of Practice
//! 9.14; SEND Regulations 2014 reg 5 (decision within 6 weeks; the whole process 20 weeks); no
//! diagnosis or school backing needed (IPSEA's model letters follow this shape).
//! Rests on (Wales): Additional Learning Needs and Education Tribunal (Wales) Act 2018 and ALN Code
//! 2021 (a school decides within 35 school days, a council within 12 weeks; no diagnosis needed).

use super::evidence;
use super::model::{list_lines, Letter, Outcome, Paragraph, GAP};
use super::{
    greeting, name, name_with_details, school, short_name, sign_off, LetterChoices, LetterKind,
};
use crate::domain::diary::support::Nation;
use crate::domain::diary::Child;

const RESTS_ON_ENGLAND: &str =
    "Children and Families Act 2014, section 36(1) and 36(8); SEND Code \
of Practice 9.14; SEND Regulations 2014, regulation 5 (a decision within 6 weeks). IPSEA's model \
letters follow the same shape.";
const RESTS_ON_WALES: &str =
    "Additional Learning Needs and Education Tribunal (Wales) Act 2018; ALN \
Code 2021 (a school decides within 35 school days, a council within 12 weeks).";

pub(super) fn write(child: &Child, choices: &LetterChoices) -> Outcome {
    let who = short_name(child);
    let full = name(child);
    let ticked = choices.evidence;
    let mut paragraphs = vec![greeting()];
    let mut for_parent = Vec::new();
    let wales = child.nation == Nation::Wales;
    if wales {
        paragraphs.push(Paragraph::plain(format!(
            "I am writing about my child, {}, who attends {}. I am asking you to decide whether {who} has additional learning needs, under the Additional Learning Needs and Education Tribunal (Wales) Act 2018, and if so to prepare an individual development plan.",
            name_with_details(child),
            school(child)
        )));
        paragraphs.push(Paragraph::plain(format!(
            "I believe {who} may have additional learning needs: a learning difficulty or disability that calls for additional learning provision. The evidence I have is below."
        )));
    } else {
        paragraphs.push(Paragraph::plain(format!(
            "I am writing to ask the council to carry out an education, health and care needs assessment for my child, {}, who attends {}, under section 36(1) of the Children and Families Act 2014.",
            name_with_details(child),
            school(child)
        )));
        paragraphs.push(Paragraph::plain(format!(
            "I believe {who} has or may have special educational needs, and may need special educational provision to be made through an EHC plan: the two parts of the test in section 36(8). The evidence I have is below."
        )));
    }
    let mut add = |ticked: bool, title: &str, lines: Vec<String>, missing: &str| {
        if !ticked {
            return;
        }
        if lines.is_empty() {
            for_parent.push(missing.to_string());
        } else if lines.len() == 1 {
            paragraphs.push(Paragraph::titled(title, lines[0].clone()));
        } else {
            paragraphs.push(Paragraph::titled(title, list_lines(&lines)));
        }
    };
    let attendance: Vec<String> = evidence::attendance(child, choices.range)
        .into_iter()
        .collect();
    add(
        ticked.attendance,
        "Attendance",
        attendance,
        "Attendance is ticked, but no school day in these dates has a record, so it is left out.",
    );
    add(
        ticked.health,
        "Absence through health",
        evidence::health(child, choices.range).into_iter().collect(),
        "Health absence is ticked, but no day in these dates was missed through health, so it is left out.",
    );
    add(
        ticked.tried,
        "What has been tried, and for how long",
        evidence::tried(child),
        "“What has been tried” is ticked, but the plan lists nothing tried yet (Plan, 1. Understanding), so it is left out.",
    );
    add(
        ticked.professionals,
        "Professionals involved and referrals",
        evidence::professionals(child),
        "“Professionals involved” is ticked, but the plan lists none and no referral is recorded, so it is left out.",
    );
    add(
        ticked.support,
        if wales { "Support in school (ALN)" } else { "Support in school (SEN)" },
        evidence::support(child),
        "“Support in school” is ticked, but no support level, diagnosis or assessment is recorded, so it is left out.",
    );
    add(
        ticked.child_words,
        &format!("In {who}'s own words"),
        evidence::child_words(child),
        "“The child's words” is ticked, but the plan holds none yet (Plan, 1. Understanding), so they are left out.",
    );
    paragraphs.push(Paragraph::titled("Reports I can send", list_lines(&[GAP])));
    if wales {
        paragraphs.push(Paragraph::plain(
            "I understand a school should decide within 35 school days, and a council within 12 weeks. No diagnosis is needed. Please confirm that you have received this request, and the date you received it.",
        ));
    } else {
        paragraphs.push(Paragraph::plain(
            "I understand the council must decide whether to assess within 6 weeks of receiving this request, and that no diagnosis or backing from school is needed. Please confirm that you have received it, and the date you received it.",
        ));
    }
    paragraphs.push(sign_off(child));
    Outcome::Letter(Letter {
        kind: LetterKind::NeedsAssessment,
        subject: if wales {
            format!("{full}: request for a decision on additional learning needs")
        } else {
            format!("{full}: request for an EHC needs assessment (section 36)")
        },
        paragraphs,
        rests_on: if wales {
            RESTS_ON_WALES
        } else {
            RESTS_ON_ENGLAND
        },
        for_parent,
    })
}
