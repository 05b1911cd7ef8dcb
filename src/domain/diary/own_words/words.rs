//! The words of the child's turn: short, for a 9-year-old to read alone (the child's screens), and
//! the labels a parent or school sees beside the child's words. All in our own words.

use crate::domain::diary::day::WorryCategory;
use crate::domain::diary::own_words::{House, IdealPrompt, Share};

impl House {
    /// The house's name on the child's screen.
    pub fn child_label(self) -> &'static str {
        match self {
            House::Worries => "Worries",
            House::GoodThings => "Good things",
            House::Dreams => "Dreams",
        }
    }

    /// The question inside the house, for the child.
    pub fn child_question(self) -> &'static str {
        match self {
            House::Worries => "What worries you?",
            House::GoodThings => "What is good?",
            House::Dreams => "What do you wish for?",
        }
    }

    /// What the parent and school see before the child's words ("A worry").
    pub fn label(self) -> &'static str {
        match self {
            House::Worries => "A worry",
            House::GoodThings => "A good thing",
            House::Dreams => "A dream",
        }
    }
}

impl Share {
    /// The choice as the child sees it.
    pub fn child_label(self) -> &'static str {
        match self {
            Share::OkToShare => "OK to share with school",
            Share::JustForHome => "Just for home",
        }
    }
}

impl IdealPrompt {
    /// The question, for the child ("if school was just right for you...").
    pub fn child_question(self) -> &'static str {
        match self {
            IdealPrompt::GettingThere => "How would you get there, and who would meet you?",
            IdealPrompt::Classroom => "What would your room be like?",
            IdealPrompt::Grownups => "What would the grown-ups do?",
            IdealPrompt::BreakAndLunch => "What would break and lunch be like?",
            IdealPrompt::TooMuch => "What would help when it all feels too much?",
            IdealPrompt::Learning => "What would you learn about?",
        }
    }

    /// A short heading for the parent, the pack and a letter.
    pub fn label(self) -> &'static str {
        match self {
            IdealPrompt::GettingThere => "Getting there",
            IdealPrompt::Classroom => "The room",
            IdealPrompt::Grownups => "The grown-ups",
            IdealPrompt::BreakAndLunch => "Break and lunch",
            IdealPrompt::TooMuch => "When it feels too much",
            IdealPrompt::Learning => "Learning",
        }
    }
}

/// The worry kinds offered to the child, from the diary's own list, each in a child's words. The
/// rest of the list (rules and sanctions, masking, needs not met...) is the parent's to name.
pub const CHILD_CHOICES: [WorryCategory; 12] = [
    WorryCategory::Journey,
    WorryCategory::Sensory,
    WorryCategory::Friendships,
    WorryCategory::Bullying,
    WorryCategory::TeacherOrLesson,
    WorryCategory::Schoolwork,
    WorryCategory::LunchHall,
    WorryCategory::Toilets,
    WorryCategory::PeChanging,
    WorryCategory::Separation,
    WorryCategory::PhysicalHealth,
    WorryCategory::Other,
];

/// A worry kind in a child's words; for kinds not among [`CHILD_CHOICES`], the parent's label.
pub fn child_words(kind: WorryCategory) -> &'static str {
    match kind {
        WorryCategory::Journey => "Getting to school",
        WorryCategory::Sensory => "Noise or crowds",
        WorryCategory::Friendships => "Friends",
        WorryCategory::Bullying => "Someone being unkind",
        WorryCategory::TeacherOrLesson => "A teacher or a lesson",
        WorryCategory::Schoolwork => "Work or tests",
        WorryCategory::LunchHall => "Lunch",
        WorryCategory::Toilets => "Toilets",
        WorryCategory::PeChanging => "PE",
        WorryCategory::Separation => "Being away from home",
        WorryCategory::PhysicalHealth => "Feeling poorly",
        WorryCategory::Other => "Something else",
        other => other.label(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_childs_words_are_short() {
        // Short enough for a 9-year-old to read on a big button: at most five words, none long.
        let mut all: Vec<&str> = CHILD_CHOICES.iter().map(|k| child_words(*k)).collect();
        all.extend(House::ALL.map(House::child_label));
        all.extend(Share::ALL.map(Share::child_label));
        for words in all {
            assert!(words.split_whitespace().count() <= 5, "{words}");
            assert!(words.split_whitespace().all(|w| w.len() <= 9), "{words}");
        }
        for prompt in IdealPrompt::ALL {
            assert!(prompt.child_question().split_whitespace().count() <= 10);
        }
    }
}
