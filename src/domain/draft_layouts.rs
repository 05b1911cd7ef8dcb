//! How each form kept its draft before drafts had names (up to December 2026): the place of each
//! value in the list the released app wrote, named as the form names that field now. Phones still
//! hold such drafts, so these stay as they are; a new form has none (`NO_OLD_LAYOUT`).

use super::draft_fields::OldLayout::{self, List, Name, Object, OneOf};

/// The list of texts, ratings and rows most forms kept: `[[texts], [ratings], [rows]]`.
macro_rules! texts_ratings_rows {
    ([$($text:literal),*], [$($rating:literal),*], [$($rows:literal),*]) => {
        List(&[List(&[$(Name($text)),*]), List(&[$(Name($rating)),*]), List(&[$(Name($rows)),*])])
    };
}

/// The day form kept an object by name, but its times as a list of four and the worry being
/// filled in as a list of three.
pub const DAY: OldLayout = Object(&[
    (
        "times",
        List(&[
            Name("times.woke"),
            Name("times.left_home"),
            Name("times.arrived"),
            Name("times.collected"),
        ]),
    ),
    (
        "pending_worry",
        List(&[
            Name("pending_worry.category"),
            Name("pending_worry.words"),
            Name("pending_worry.rating"),
        ]),
    ),
]);

/// Stage 1: the child's voice, the parent's view, and the rows (with a row typed but not added).
pub const UNDERSTANDING: OldLayout = texts_ratings_rows!(
    [
        "what_is_hard",
        "what_is_good",
        "ideal_school",
        "parent_view",
        "strengths",
        "trusted_people",
        "worry_1",
        "worry_2",
        "worry_3",
        "best_1",
        "best_2",
        "best_3",
        "tried_what",
        "tried_how",
        "professional_name",
        "professional_role",
        "professional_contact"
    ],
    [],
    ["tried", "professionals"]
);

/// The shared goal's card.
pub const GOAL: OldLayout = texts_ratings_rows!(["goal"], [], []);

/// The arrangements' card; before the goal had its own card, the goal came first.
pub const ARRANGEMENTS: OldLayout = List(&[
    OneOf(&[
        List(&[
            Name("goal"),
            Name("key_adult"),
            Name("contact_arrangements"),
            Name("celebration"),
            Name("bad_day_plan"),
            Name("questions"),
            Name("requests"),
        ]),
        List(&[
            Name("key_adult"),
            Name("contact_arrangements"),
            Name("celebration"),
            Name("bad_day_plan"),
            Name("questions"),
            Name("requests"),
        ]),
    ]),
    List(&[]),
    List(&[]),
]);

/// A new ladder's name.
pub const LADDER: OldLayout = texts_ratings_rows!(["title"], [], []);

/// A step: `[[what, when and where, support], rating, who, where it has got to]`.
pub const STEP: OldLayout = List(&[
    List(&[Name("what"), Name("when_where"), Name("support")]),
    Name("rating"),
    Name("who"),
    Name("state"),
]);

/// An adjustment of the parent's own words.
pub const ADJUSTMENT: OldLayout = texts_ratings_rows!(["own"], [], []);

/// How an agreed adjustment is going.
pub const IN_PLACE: OldLayout = texts_ratings_rows!(["since", "how", "note"], [], []);

/// A try at a step.
pub const TRY: OldLayout = texts_ratings_rows!(["date", "step", "helped"], ["before", "after"], []);

/// A review.
pub const REVIEW: OldLayout = texts_ratings_rows!(
    [
        "date",
        "next_review",
        "went_well",
        "was_hard",
        "changes",
        "next_steps"
    ],
    [],
    []
);

/// The details atop the meeting pack.
pub const PACK_HEADER: OldLayout = texts_ratings_rows!(
    [
        "full_name",
        "year_group",
        "school",
        "parent_contact",
        "date_of_birth"
    ],
    [],
    []
);

/// The child's support details.
pub const SUPPORT: OldLayout = texts_ratings_rows!(
    ["nation", "level", "diagnosis", "awaiting_assessment"],
    [],
    []
);

/// A referral (`editing` is the id of the referral being changed, empty for a new one).
pub const REFERRAL: OldLayout = texts_ratings_rows!(
    ["editing", "to", "detail", "made_on", "stage", "since", "note"],
    [],
    []
);

/// A figure from school.
pub const SCHOOL_FIGURE: OldLayout =
    texts_ratings_rows!(["from", "to", "percent", "where_from"], [], []);

/// The name of a child being added.
pub const CHILD: OldLayout = texts_ratings_rows!(["nickname"], [], []);

/// A contact: `[[date, with whom, what was said, the action being typed: what, who, by], how,
/// the actions added]`.
pub const CONTACT: OldLayout = List(&[
    List(&[
        Name("date"),
        Name("with_whom"),
        Name("said"),
        Name("action_what"),
        Name("action_who"),
        Name("action_by"),
    ]),
    Name("method"),
    Name("actions"),
]);

#[cfg(test)]
mod tests;
