//! Short guidance shown beside each stage of the plan and the meeting pack, in our own plain words.
//!
//! Every item paraphrases public guidance (the sources are listed in docs/sources.md) and names where it comes
//! from, so anyone can check it. None of it diagnoses a child or blames anyone: it describes what
//! tends to help.

/// Which part of the plan a piece of guidance is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum GuidanceFor {
    /// Stage 1: understanding what is going on, child's voice first.
    Understanding,
    /// Stage 2: the shared goal and ladders of small steps.
    Steps,
    /// Stage 3: reviewing the plan together.
    Review,
    /// Getting ready for a meeting with school.
    MeetingPack,
}

/// One piece of guidance and where it comes from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Guidance {
    pub stage: GuidanceFor,
    pub text: &'static str,
    pub source: &'static str,
}

const DEVON: &str = "Devon County Council EBSA guidance";
const BUCKS: &str = "Buckinghamshire EBSA graded approach";
const COUNCILS: &str = "Lincolnshire / Stockton / East Sussex EBSA guidance";
const NOT_FINE: &str = "Not Fine in School";
const DFE: &str = "DfE Working together to improve school attendance (2024)";

const fn item(stage: GuidanceFor, text: &'static str, source: &'static str) -> Guidance {
    Guidance {
        stage,
        text,
        source,
    }
}

/// All guidance, grouped by stage; 3 to 5 items for each.
pub const GUIDANCE: &[Guidance] = &[
    // Stage 1: understanding.
    item(
        GuidanceFor::Understanding,
        "Begin with how your child sees it: what feels hard, what feels good, and what a school that \
         suited them would be like.",
        DEVON,
    ),
    item(
        GuidanceFor::Understanding,
        "Ask them to name a few things that worry them and a few things they like best. Drawing, a \
         0 to 10 scale or a chat on a walk can be easier than questions face to face.",
        DEVON,
    ),
    item(
        GuidanceFor::Understanding,
        "Add what others notice too: you, their teachers and anyone else who knows them. Include \
         strengths, interests and the people they trust.",
        COUNCILS,
    ),
    item(
        GuidanceFor::Understanding,
        "Note what has already been tried and how it went, so nobody repeats what did not help.",
        COUNCILS,
    ),
    item(
        GuidanceFor::Understanding,
        "Your diary shows patterns, such as which days, lessons or times are hardest. Those patterns \
         help everyone understand.",
        NOT_FINE,
    ),
    // Stage 2: the plan.
    item(
        GuidanceFor::Steps,
        "Agree one shared goal, then split it into small steps from easiest to hardest. Build the \
         steps around what your child finds hard, not around the timetable.",
        BUCKS,
    ),
    item(
        GuidanceFor::Steps,
        "Let your child score how hard each step feels, from 0 to 10, and use their scores to order \
         the ladder.",
        BUCKS,
    ),
    item(
        GuidanceFor::Steps,
        "For each step, write who does what, when and where, and what support it needs. Early steps \
         can be outside school, like a video call with a trusted adult or a visit when it is quiet.",
        BUCKS,
    ),
    item(
        GuidanceFor::Steps,
        "If noise, light or crowds are too much, ask for changes to the surroundings first. Steps \
         seldom work while the setting itself is overwhelming.",
        COUNCILS,
    ),
    item(
        GuidanceFor::Steps,
        "Name a key adult, how you will keep in touch, the adjustments agreed, how you will \
         celebrate, what happens on a bad day, and a date to look at it again.",
        DEVON,
    ),
    // Stage 3: review.
    item(
        GuidanceFor::Review,
        "Look at the plan together every three or four weeks, with your child, school staff and \
         anyone else involved. Give it at least six school weeks.",
        DEVON,
    ),
    item(
        GuidanceFor::Review,
        "Celebrate each small success. Move on only when your child is ready: skipping steps or \
         asking for more too soon can cost their trust.",
        BUCKS,
    ),
    item(
        GuidanceFor::Review,
        "When a step is not moving, split it into smaller steps rather than pushing harder.",
        BUCKS,
    ),
    item(
        GuidanceFor::Review,
        "Harder days after weekends, holidays and the new school year are normal. Going back a step \
         then is expected, and it can be planned for.",
        COUNCILS,
    ),
    item(
        GuidanceFor::Review,
        "You can ask about more help from outside school: the SENCO, an educational psychologist, \
         CAMHS, or an assessment for an EHC plan.",
        DEVON,
    ),
    // The meeting pack.
    item(
        GuidanceFor::MeetingPack,
        "Bring a short summary: days missed, late arrivals, early pick-ups, and any patterns you \
         have seen.",
        NOT_FINE,
    ),
    item(
        GuidanceFor::MeetingPack,
        "Share what your child says and shows before school, what helps, what makes it harder, and \
         what they would like.",
        NOT_FINE,
    ),
    item(
        GuidanceFor::MeetingPack,
        "Write your questions and requests down beforehand. Start from your child's strengths and \
         what everyone can do together.",
        DEVON,
    ),
    item(
        GuidanceFor::MeetingPack,
        "Aim to leave with a written plan: named actions, who keeps in touch with whom, and a review \
         date. Read the meeting notes afterwards to check they match.",
        NOT_FINE,
    ),
    item(
        GuidanceFor::MeetingPack,
        "When attendance drops, schools are expected to offer support first. You can ask for a \
         support meeting and a written plan.",
        DFE,
    ),
];

/// The guidance for one stage, in order.
pub fn guidance_for(stage: GuidanceFor) -> impl Iterator<Item = &'static Guidance> {
    GUIDANCE.iter().filter(move |g| g.stage == stage)
}

/// Adjustments parents often ask the school for (DOMAIN.md, "Adjustments parents often ask for",
/// gathered from the council guidance and Not Fine in School), offered as ready-made choices.
pub const ADJUSTMENTS: &[&str] = &[
    "A key adult: one trusted member of staff",
    "A safe, quiet place to go",
    "A soft start or a later start",
    "Being met at the gate",
    "Breakfast club",
    "Regular check-ins",
    "A time-out or exit card",
    "Sensory changes (ear defenders, where they sit, flexible uniform)",
    "No challenges about uniform or lateness while the plan runs",
    "Homework and deadlines eased",
    "Notes or work shared before the lesson",
    "All staff told about the plan",
    "A buddy or mentor",
    "A reduced timetable, for a set time only",
    "Work sent home and contact kept while off school",
    "A gentle, low-key welcome back",
    "Clubs and activities first",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stage_has_three_to_five_items_each_with_a_source() {
        for stage in [
            GuidanceFor::Understanding,
            GuidanceFor::Steps,
            GuidanceFor::Review,
            GuidanceFor::MeetingPack,
        ] {
            let count = guidance_for(stage).count();
            assert!((3..=5).contains(&count), "{stage:?} has {count}");
        }
        assert!(GUIDANCE
            .iter()
            .all(|g| !g.source.is_empty() && g.text.len() < 300));
    }

    #[test]
    fn adjustments_fit_the_adjustment_limit() {
        use crate::domain::checks::limits;
        assert!(ADJUSTMENTS.len() <= limits::LIST_ITEMS * 2);
        assert!(ADJUSTMENTS.iter().all(|a| a.len() <= limits::SHORT_CHARS));
    }
}
