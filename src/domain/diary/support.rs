//! The child's support in one place: which nation's rules the school follows (England or Wales),
//! the level of special educational needs support (SEN support or an EHC plan in England; ALN with
//! an IDP in Wales), any diagnosis or assessment awaited, and referrals with where each stands.
//! Shaped so a letter can read it: the level is stored the same way in both nations and named
//! in each nation's own words.
//!
//! Sources (DOMAIN.md): SEND Code of Practice 2015 (England: SEN support, EHC plans); Additional
//! Learning and Educational Tribunal (Wales) Act 2018 and ALN Code 2021 (Wales: ALN, an IDP kept
//! by the school or, for more complex needs, by the council).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::domain::checks::{check_date, check_text, limits, Problem};
use crate::domain::diary::Child;

/// Which nation's rules the child's school follows: register codes, fines and SEN or ALN differ.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Nation {
    /// Every diary from before version 2 is England's, as the app assumed then.
    #[default]
    England,
    Wales,
}

impl Nation {
    pub const ALL: [Nation; 2] = [Nation::England, Nation::Wales];

    pub fn label(self) -> &'static str {
        match self {
            Nation::England => "England",
            Nation::Wales => "Wales",
        }
    }

    pub fn is_england(&self) -> bool {
        *self == Nation::England
    }
}

/// What kind of school the child goes to: it decides how the attendance record is asked for
/// (DOMAIN.md: a maintained school gives the educational record within 15 school days under the
/// Education (Pupil Information) (England) Regulations 2005; an academy, free school or
/// independent school is asked under a subject access request, UK GDPR, one month).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SchoolKind {
    /// Run by the council (community, foundation, voluntary, maintained special school).
    Maintained,
    /// An academy or a free school.
    AcademyOrFree,
    Independent,
    /// The parent is not sure; a letter then asks in the way that works for every kind.
    NotSure,
}

impl SchoolKind {
    pub const ALL: [SchoolKind; 4] = [
        SchoolKind::Maintained,
        SchoolKind::AcademyOrFree,
        SchoolKind::Independent,
        SchoolKind::NotSure,
    ];

    pub fn label(self) -> &'static str {
        match self {
            SchoolKind::Maintained => "A council (maintained) school",
            SchoolKind::AcademyOrFree => "An academy or free school",
            SchoolKind::Independent => "An independent (private) school",
            SchoolKind::NotSure => "Not sure",
        }
    }
}

/// How much support the school or council has put in writing for special educational needs
/// (England) or additional learning needs (Wales). The same three steps in both nations, each
/// named in that nation's words by [`SupportLevel::words`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SupportLevel {
    /// No special or additional needs recorded by school.
    #[serde(rename = "none")]
    NothingRecorded,
    /// England: SEN support from the school. Wales: ALN, with an IDP kept by the school.
    School,
    /// England: an EHC plan from the council. Wales: ALN, with an IDP kept by the council.
    Plan,
}

impl SupportLevel {
    pub const ALL: [SupportLevel; 3] = [
        SupportLevel::NothingRecorded,
        SupportLevel::School,
        SupportLevel::Plan,
    ];

    /// The level in the words of the nation's own system.
    pub fn words(self, nation: Nation) -> &'static str {
        match (self, nation) {
            (SupportLevel::NothingRecorded, Nation::England) => "No SEN recorded by school",
            (SupportLevel::NothingRecorded, Nation::Wales) => "No ALN recorded by school",
            (SupportLevel::School, Nation::England) => "SEN support (from school)",
            (SupportLevel::School, Nation::Wales) => "ALN, with an IDP from school",
            (SupportLevel::Plan, Nation::England) => "EHC plan (from the council)",
            (SupportLevel::Plan, Nation::Wales) => "ALN, with an IDP from the council",
        }
    }

    /// England's words, used where one fixed label is needed (the choice's key is the same).
    pub fn label(self) -> &'static str {
        self.words(Nation::England)
    }
}

/// Who a child has been referred to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferralTo {
    Camhs,
    MentalHealthSupportTeam,
    EducationalPsychologist,
    Gp,
    SchoolNurse,
    Other,
}

impl ReferralTo {
    pub const ALL: [ReferralTo; 6] = [
        ReferralTo::Camhs,
        ReferralTo::MentalHealthSupportTeam,
        ReferralTo::EducationalPsychologist,
        ReferralTo::Gp,
        ReferralTo::SchoolNurse,
        ReferralTo::Other,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ReferralTo::Camhs => "CAMHS (children's mental health service)",
            ReferralTo::MentalHealthSupportTeam => "Mental health support team (in school)",
            ReferralTo::EducationalPsychologist => "Educational psychologist",
            ReferralTo::Gp => "GP",
            ReferralTo::SchoolNurse => "School nurse",
            ReferralTo::Other => "Someone else",
        }
    }
}

/// Where a referral stands.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ReferralStage {
    /// Asked for, not yet sent.
    Asked,
    /// Sent, waiting to hear or to be seen.
    #[default]
    Waiting,
    /// Seen or assessed.
    Seen,
    /// Getting support now.
    Supported,
    /// Finished, or discharged.
    Closed,
    /// Not accepted.
    NotAccepted,
}

impl ReferralStage {
    pub const ALL: [ReferralStage; 6] = [
        ReferralStage::Asked,
        ReferralStage::Waiting,
        ReferralStage::Seen,
        ReferralStage::Supported,
        ReferralStage::Closed,
        ReferralStage::NotAccepted,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ReferralStage::Asked => "Asked for, not sent yet",
            ReferralStage::Waiting => "Referred, waiting",
            ReferralStage::Seen => "Seen or assessed",
            ReferralStage::Supported => "Getting support",
            ReferralStage::Closed => "Finished or discharged",
            ReferralStage::NotAccepted => "Not accepted",
        }
    }
}

/// One referral: to whom, when it was made, where it stands and since when.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Referral {
    pub id: String,
    pub to: ReferralTo,
    /// Who exactly, or who "someone else" is (e.g. "Speech and language therapy").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub detail: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub made_on: Option<NaiveDate>,
    #[serde(default)]
    pub stage: ReferralStage,
    /// The date of the latest news (seen on, support started, closed on).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stage_since: Option<NaiveDate>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
}

/// Everything about the child's support, kept together.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct Support {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<SupportLevel>,
    /// What kind of school it is, once the parent has said (version 3).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub school_kind: Option<SchoolKind>,
    /// Any diagnosis, in the parent's words (e.g. "Autism, diagnosed 2024").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub diagnosis: String,
    /// What an assessment is awaited for, if one is (e.g. "ADHD, on the waiting list since May").
    #[serde(skip_serializing_if = "String::is_empty")]
    pub awaiting_assessment: String,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub referrals: Vec<Referral>,
}

impl Support {
    pub fn is_empty(&self) -> bool {
        *self == Support::default()
    }
}

/// The most referrals kept for one child.
pub const MOST_REFERRALS: usize = limits::LIST_ITEMS;

/// A referral as the parent typed it, before it is checked.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ReferralInput {
    pub to: Option<ReferralTo>,
    pub detail: String,
    pub made_on: Option<NaiveDate>,
    pub stage: ReferralStage,
    pub stage_since: Option<NaiveDate>,
    pub note: String,
}

impl ReferralInput {
    /// Checks the referral and gives it the id; refused with what to put right.
    fn checked(self, id: String) -> Result<Referral, Problem> {
        let Some(to) = self.to else {
            return Err(Problem::new(
                "support.referrals.to",
                "Choose who the referral is to (for “someone else”, say who in the box below).",
            ));
        };
        let detail = self.detail.trim().to_string();
        check_text("support.referrals.detail", &detail, limits::NAME_CHARS)?;
        if to == ReferralTo::Other && detail.is_empty() {
            return Err(Problem::new(
                "support.referrals.detail",
                "Say who “someone else” is, e.g. “Speech and language therapy”.",
            ));
        }
        let note = self.note.trim().to_string();
        check_text("support.referrals.note", &note, limits::SHORT_CHARS)?;
        if let Some(made) = self.made_on {
            check_date("support.referrals.made_on", made)?;
        }
        if let Some(since) = self.stage_since {
            check_date("support.referrals.stage_since", since)?;
        }
        if let (Some(made), Some(since)) = (self.made_on, self.stage_since) {
            if since < made {
                return Err(Problem::new(
                    "support.referrals.stage_since",
                    format!(
                        "The date of the latest news ({since}) comes before the referral was made ({made}). Check the two dates."
                    ),
                ));
            }
        }
        Ok(Referral {
            id,
            to,
            detail,
            made_on: self.made_on,
            stage: self.stage,
            stage_since: self.stage_since,
            note,
        })
    }
}

impl Child {
    /// Says which nation's rules the school follows; from then on the question counts as
    /// answered (see [`Child::nation_is_answered`]).
    pub fn set_nation(&mut self, nation: Nation) {
        self.nation = nation;
        self.nation_answered = true;
    }

    /// The parent's answer to "England or Wales?" on the letters screen, kept as
    /// [`Child::set_nation`] keeps it. Either nation is a valid answer, so nothing is refused; it
    /// returns `Result` as every edit a screen saves does.
    pub fn answer_nation(&mut self, nation: Nation) -> Result<(), Problem> {
        self.set_nation(nation);
        Ok(())
    }

    /// True once the parent has said which nation, so the question is asked only once, when first
    /// needed. A child set to Wales (only ever chosen) counts as answered; England is assumed
    /// until then.
    pub fn nation_is_answered(&self) -> bool {
        self.nation_answered || self.nation == Nation::Wales
    }

    /// Keeps what kind of school it is (or forgets it, `None`). Every kind is a valid answer, so
    /// nothing is refused; it returns `Result` as every edit does.
    pub fn set_school_kind(&mut self, kind: Option<SchoolKind>) -> Result<(), Problem> {
        self.support.school_kind = kind;
        Ok(())
    }

    /// Keeps the support level, diagnosis and assessment awaited, trimmed, after checking each;
    /// nothing changes if one is refused.
    pub fn set_support_details(
        &mut self,
        level: Option<SupportLevel>,
        diagnosis: &str,
        awaiting_assessment: &str,
    ) -> Result<(), Problem> {
        let diagnosis = diagnosis.trim();
        let awaiting = awaiting_assessment.trim();
        check_text("support.diagnosis", diagnosis, limits::SHORT_CHARS)?;
        check_text("support.awaiting_assessment", awaiting, limits::SHORT_CHARS)?;
        self.support.level = level;
        self.support.diagnosis = diagnosis.to_string();
        self.support.awaiting_assessment = awaiting.to_string();
        Ok(())
    }

    /// The support form's one change: which nation's rules the school follows (from then on the
    /// question counts as answered) with the support level, diagnosis and assessment awaited,
    /// checked as [`Child::set_support_details`] checks them; nothing changes if one is refused.
    pub fn set_nation_and_support(
        &mut self,
        nation: Nation,
        level: Option<SupportLevel>,
        diagnosis: &str,
        awaiting_assessment: &str,
    ) -> Result<(), Problem> {
        self.set_support_details(level, diagnosis, awaiting_assessment)?;
        self.set_nation(nation);
        Ok(())
    }

    /// Adds a referral with a fresh id chosen by the caller. Refused when it is incomplete, a
    /// date is out of order, or the list is full.
    pub fn add_referral(&mut self, id: String, input: ReferralInput) -> Result<(), Problem> {
        if self.support.referrals.len() >= MOST_REFERRALS {
            return Err(Problem::new(
                "support.referrals",
                format!("The list already holds {MOST_REFERRALS} referrals, the most it can keep. Remove one that has finished first."),
            ));
        }
        let referral = input.checked(id)?;
        self.support.referrals.push(referral);
        Ok(())
    }

    /// Changes a referral (where it stands, a date, a note). Refused as [`Child::add_referral`]
    /// is, or when the referral is no longer there.
    pub fn change_referral(&mut self, id: &str, input: ReferralInput) -> Result<(), Problem> {
        let referral = input.checked(id.to_string())?;
        let there = self
            .support
            .referrals
            .iter_mut()
            .find(|r| r.id == id)
            .ok_or_else(|| {
                Problem::new(
                    "support.referrals",
                    "That referral is no longer here (perhaps removed in another tab).",
                )
            })?;
        *there = referral;
        Ok(())
    }

    /// Takes a referral off the list, giving it back (for Undo); refused in words when it is not
    /// there (perhaps removed in another tab).
    pub fn remove_referral(&mut self, id: &str) -> Result<Referral, Problem> {
        let i = self
            .support
            .referrals
            .iter()
            .position(|r| r.id == id)
            .ok_or_else(|| {
                Problem::new("support.referrals", "That referral was already removed.")
            })?;
        Ok(self.support.referrals.remove(i))
    }

    /// The support level in this child's nation's words, if the parent has said.
    pub fn support_level_words(&self) -> Option<&'static str> {
        self.support.level.map(|level| level.words(self.nation))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, m, d).unwrap()
    }

    fn camhs() -> ReferralInput {
        ReferralInput {
            to: Some(ReferralTo::Camhs),
            made_on: Some(date(3, 2)),
            stage: ReferralStage::Waiting,
            ..ReferralInput::default()
        }
    }

    #[test]
    fn the_nation_is_answered_once_chosen_and_the_school_kind_is_kept() {
        let mut child = Child::new("c1", "Sam");
        assert!(!child.nation_is_answered());
        let mut asked = child.clone();
        asked.answer_nation(Nation::Wales).unwrap();
        assert_eq!(asked.nation, Nation::Wales);
        asked.answer_nation(Nation::England).unwrap();
        assert!(asked.nation_is_answered() && asked.nation == Nation::England);
        child.set_nation(Nation::England);
        assert!(child.nation_is_answered());
        let mut wales = Child::new("c2", "Alex");
        wales.nation = Nation::Wales;
        assert!(wales.nation_is_answered());
        child
            .set_school_kind(Some(SchoolKind::AcademyOrFree))
            .unwrap();
        assert_eq!(child.support.school_kind, Some(SchoolKind::AcademyOrFree));
        assert!(!child.support.is_empty());
        child.set_school_kind(None).unwrap();
        assert!(child.support.is_empty());
    }

    #[test]
    fn the_nation_and_support_are_kept_together_or_not_at_all() {
        let mut child = Child::new("c1", "Sam");
        let too_long = "x".repeat(limits::SHORT_CHARS + 1);
        let before = child.clone();
        assert!(child
            .set_nation_and_support(Nation::Wales, None, &too_long, "")
            .is_err());
        assert_eq!(
            child, before,
            "a refused diagnosis keeps the nation unanswered too"
        );
        child
            .set_nation_and_support(Nation::Wales, Some(SupportLevel::School), " Autism ", "")
            .unwrap();
        assert!(child.nation_is_answered());
        assert_eq!(child.nation, Nation::Wales);
        assert_eq!(child.support.diagnosis, "Autism");
    }

    #[test]
    fn the_level_is_named_in_each_nations_words() {
        let mut child = Child::new("c1", "Sam");
        assert_eq!(child.nation, Nation::England);
        child
            .set_support_details(Some(SupportLevel::Plan), " Autism ", "")
            .unwrap();
        assert_eq!(
            child.support_level_words(),
            Some("EHC plan (from the council)")
        );
        child.set_nation(Nation::Wales);
        assert_eq!(
            child.support_level_words(),
            Some("ALN, with an IDP from the council")
        );
        assert_eq!(child.support.diagnosis, "Autism");
        assert_eq!(
            SupportLevel::School.words(Nation::Wales),
            "ALN, with an IDP from school"
        );
        assert_eq!(
            SupportLevel::School.words(Nation::England),
            "SEN support (from school)"
        );
    }

    #[test]
    fn details_too_long_or_with_page_code_are_refused_and_change_nothing() {
        let mut child = Child::new("c1", "Sam");
        child
            .set_support_details(Some(SupportLevel::School), "Dyslexia", "")
            .unwrap();
        let long = "x".repeat(limits::SHORT_CHARS + 1);
        let refused = child.set_support_details(None, &long, "").unwrap_err();
        assert_eq!(refused.path, "support.diagnosis");
        assert!(refused.reason.contains("the most is 500"));
        let refused = child
            .set_support_details(None, "", "<script>x</script>")
            .unwrap_err();
        assert_eq!(refused.path, "support.awaiting_assessment");
        assert_eq!(child.support.level, Some(SupportLevel::School));
        assert_eq!(child.support.diagnosis, "Dyslexia");
    }

    #[test]
    fn a_referral_is_added_changed_and_removed() {
        let mut child = Child::new("c1", "Sam");
        child.add_referral("r1".into(), camhs()).unwrap();
        assert_eq!(child.support.referrals[0].stage, ReferralStage::Waiting);
        let seen = ReferralInput {
            stage: ReferralStage::Seen,
            stage_since: Some(date(5, 20)),
            note: " First appointment went well ".into(),
            ..camhs()
        };
        child.change_referral("r1", seen).unwrap();
        let r = &child.support.referrals[0];
        assert_eq!(
            (r.stage, r.stage_since),
            (ReferralStage::Seen, Some(date(5, 20)))
        );
        assert_eq!(r.note, "First appointment went well");
        assert_eq!(child.remove_referral("r1").unwrap().id, "r1");
        assert!(child.support.is_empty());
        assert_eq!(
            child.remove_referral("r1").unwrap_err().reason,
            "That referral was already removed."
        );
    }

    #[test]
    fn a_referral_to_nobody_is_refused() {
        let mut child = Child::new("c1", "Sam");
        let refused = child
            .add_referral("r1".into(), ReferralInput::default())
            .unwrap_err();
        assert!(refused.reason.contains("Choose who the referral is to"));
        assert!(child.support.referrals.is_empty());
    }

    #[test]
    fn someone_else_must_be_named() {
        let mut child = Child::new("c1", "Sam");
        let other = ReferralInput {
            to: Some(ReferralTo::Other),
            detail: "  ".into(),
            ..ReferralInput::default()
        };
        let refused = child.add_referral("r1".into(), other.clone()).unwrap_err();
        assert_eq!(refused.path, "support.referrals.detail");
        assert!(refused.reason.contains("Say who"));
        let named = ReferralInput {
            detail: "Speech and language therapy".into(),
            ..other
        };
        child.add_referral("r1".into(), named).unwrap();
    }

    #[test]
    fn news_dated_before_the_referral_is_refused() {
        let mut child = Child::new("c1", "Sam");
        let backwards = ReferralInput {
            stage: ReferralStage::Seen,
            stage_since: Some(date(1, 10)),
            ..camhs()
        };
        let refused = child.add_referral("r1".into(), backwards).unwrap_err();
        assert_eq!(refused.path, "support.referrals.stage_since");
        assert!(refused
            .reason
            .contains("comes before the referral was made"));
        assert!(child.support.referrals.is_empty());
    }

    #[test]
    fn a_date_outside_2000_to_2100_is_refused() {
        let mut child = Child::new("c1", "Sam");
        let old = ReferralInput {
            made_on: NaiveDate::from_ymd_opt(1999, 12, 31),
            ..camhs()
        };
        let refused = child.add_referral("r1".into(), old).unwrap_err();
        assert_eq!(refused.path, "support.referrals.made_on");
        assert!(refused.reason.contains("outside 2000 to 2100"));
    }

    #[test]
    fn a_long_note_or_detail_is_refused() {
        let mut child = Child::new("c1", "Sam");
        let long_note = ReferralInput {
            note: "x".repeat(limits::SHORT_CHARS + 1),
            ..camhs()
        };
        assert_eq!(
            child.add_referral("r1".into(), long_note).unwrap_err().path,
            "support.referrals.note"
        );
        let long_detail = ReferralInput {
            detail: "x".repeat(limits::NAME_CHARS + 1),
            ..camhs()
        };
        assert_eq!(
            child
                .add_referral("r1".into(), long_detail)
                .unwrap_err()
                .path,
            "support.referrals.detail"
        );
    }

    #[test]
    fn a_full_list_refuses_more_and_a_gone_referral_cannot_be_changed() {
        let mut child = Child::new("c1", "Sam");
        for n in 0..MOST_REFERRALS {
            child.add_referral(format!("r{n}"), camhs()).unwrap();
        }
        let refused = child.add_referral("one-more".into(), camhs()).unwrap_err();
        assert!(refused.reason.contains("the most it can keep"));
        let refused = child.change_referral("gone", camhs()).unwrap_err();
        assert!(refused.reason.contains("no longer here"));
    }
}
