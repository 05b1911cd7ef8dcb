//! Education while the child cannot attend: once the diary shows 15 or more school days missed
//! through health in the chosen dates, a letter to the council saying what the diary shows and
//! asking it to consider arranging education (section 19; 19A in Wales). Never a legal conclusion.
//!
//! Rests on: Education Act 1996 section 19 and DfE, "Arranging education for children who cannot
//! attend school because of health needs" (arrange suitable education as soon as it is clear a
//! child will miss 15 school days, in a row or added up, anxiety included where school is not
//! reasonably practicable; no statutory deadline); section 19A in Wales (DOMAIN.md).

use super::model::{Letter, NotYet, Outcome, Paragraph};
use super::{
    greeting, name, name_with_details, range_words, school, short_name, sign_off, LetterChoices,
    LetterKind,
};
use crate::domain::diary::support::Nation;
use crate::domain::diary::Child;
use crate::domain::figures::{days_words, figures, percent_words};

const RESTS_ON: &str = "Education Act 1996, section 19; DfE, Arranging education for children \
who cannot attend school because of health needs: arrange it as soon as it is clear a child will \
miss 15 school days, in a row or added up.";
const RESTS_ON_WALES: &str = "Education Act 1996, section 19A (Wales), which mirrors section 19: \
the council arranges suitable education for a child who cannot attend because of their health.";

pub(super) fn write(child: &Child, choices: &LetterChoices) -> Outcome {
    let f = figures(child, choices.range);
    let who = short_name(child);
    let full = name(child);
    if !f.health_mark_reached() {
        return Outcome::NotYet(NotYet {
            kind: LetterKind::CannotAttend,
            why: format!(
                "The diary shows {} missed through health {}. This letter is for when it shows 15 school days or more, in a row or added up.",
                days_words(f.health_days_missed()),
                range_words(choices.range)
            ),
            what_to_record: "Record each day off as “Off ill (body or mind)” or “Couldn't get out of the door”, and a medical appointment as one. If you expect the absence to go on, you can still ask school or the council about it now.".into(),
        });
    }
    let section = match child.nation {
        Nation::England => "section 19",
        Nation::Wales => "section 19A",
    };
    let mut paragraphs = vec![greeting()];
    paragraphs.push(Paragraph::plain(format!(
        "I am writing about my child, {}, who is on roll at {}.",
        name_with_details(child),
        school(child)
    )));
    let mut shows = format!(
        "The diary I keep shows that {who} has missed {} of school through health {}: illness of body or mind, mornings too unwell to leave the house, and medical appointments.",
        days_words(f.health_days_missed()),
        range_words(choices.range)
    );
    if let Some(present) = f.attendance_percent() {
        shows.push_str(&format!(
            " In those dates {who} was present for {} of {} possible sessions ({}).",
            f.present_sessions,
            f.possible_sessions,
            percent_words(present)
        ));
    }
    paragraphs.push(Paragraph::titled("What the diary shows", shows));
    // The 15 school days are the DfE's guidance for England; in Wales the letter names the
    // duty alone (section 19A mirrors section 19, DOMAIN.md), with no figure it cannot source.
    paragraphs.push(Paragraph::plain(match child.nation {
        Nation::England => format!(
            "Government guidance says the council should arrange suitable education as soon as it is clear that a child will miss 15 school days or more, in a row or added up, because of their health. I ask the council to consider whether {who} needs education arranged under {section} of the Education Act 1996, and to tell me who will decide, and when."
        ),
        Nation::Wales => format!(
            "I understand that under {section} of the Education Act 1996 the council should arrange suitable education for a child who cannot attend school because of their health. I ask the council to consider whether {who} needs education arranged in this way, and to tell me who will decide, and when."
        ),
    }));
    paragraphs.push(Paragraph::plain(format!(
        "I can share letters from {who}'s doctor or other professionals: [...]. I would welcome a conversation about what would suit {who}'s health."
    )));
    paragraphs.push(sign_off(child));
    Outcome::Letter(Letter {
        kind: LetterKind::CannotAttend,
        subject: format!("{full}: education while unable to attend school ({section})"),
        paragraphs,
        rests_on: match child.nation {
            Nation::England => RESTS_ON,
            Nation::Wales => RESTS_ON_WALES,
        },
        for_parent: Vec::new(),
    })
}
