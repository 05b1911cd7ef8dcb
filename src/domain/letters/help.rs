//! "What the codes mean, and who else can help": each register code a parent can meet in their
//! nation, in plain words, whether it is authorised and whether it counts toward the penalty
//! threshold; and national organisations with what each does.
//!
//! Sources: DfE, School attendance (pupil registration) (England) Regulations 2024 and "Working
//! together to improve school attendance" (2024) for England's codes and the threshold (codes G,
//! N, O, U count; I, M, C2, B, K never do); Wales still uses its 2010 set, without C2, K, Q or
//! Y1-Y7 (Welsh Government, a review closed March 2026 with no result yet); all as in DOMAIN.md.

use crate::domain::diary::support::Nation;

/// Whether an absence code is authorised by school.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Counted {
    /// Present, or education arranged elsewhere: not an absence.
    Present,
    /// An absence school has authorised.
    Authorised,
    /// An absence school has not authorised.
    Unauthorised,
    /// Not counted as a possible session (the child could not be expected to attend).
    NotCounted,
}

impl Counted {
    pub fn label(self) -> &'static str {
        match self {
            Counted::Present => "Counts as present",
            Counted::Authorised => "Authorised absence",
            Counted::Unauthorised => "Unauthorised absence",
            Counted::NotCounted => "Not counted as a possible session",
        }
    }
}

/// One register code in plain words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RegisterCode {
    pub code: &'static str,
    pub meaning: &'static str,
    pub counted: Counted,
    /// Counts toward the 10 sessions at which a penalty notice must be considered (England).
    pub toward_fines: bool,
    /// In England's current set (2024).
    pub england: bool,
    /// In Wales's set (2010).
    pub wales: bool,
}

const fn code(
    code: &'static str,
    meaning: &'static str,
    counted: Counted,
    england: bool,
    wales: bool,
) -> RegisterCode {
    RegisterCode {
        code,
        meaning,
        counted,
        toward_fines: matches!(counted, Counted::Unauthorised),
        england,
        wales,
    }
}

/// The codes a parent is most likely to meet, in the order the page lists them.
// Source: DOMAIN.md "A day record" and "Letters, codes and penalty notices" (DfE 2024 codes;
// Wales's 2010 set lacks C2, K, Q and Y1-Y7).
pub const CODES: [RegisterCode; 15] = [
    code(
        "/ or \\",
        "Present (morning or afternoon)",
        Counted::Present,
        true,
        true,
    ),
    code(
        "L",
        "Late, before the register closed",
        Counted::Present,
        true,
        true,
    ),
    code(
        "U",
        "Late, after the register closed",
        Counted::Unauthorised,
        true,
        true,
    ),
    code(
        "I",
        "Illness, of body or mind (mental health included)",
        Counted::Authorised,
        true,
        true,
    ),
    code(
        "M",
        "Medical or dental appointment",
        Counted::Authorised,
        true,
        true,
    ),
    code(
        "C2",
        "Part-time timetable agreed with school (the part not attended)",
        Counted::Authorised,
        true,
        false,
    ),
    code(
        "C",
        "Other exceptional circumstances the school agreed",
        Counted::Authorised,
        true,
        true,
    ),
    code("E", "Excluded (suspended)", Counted::Authorised, true, true),
    code(
        "K",
        "Education arranged by the council elsewhere",
        Counted::Present,
        true,
        false,
    ),
    code(
        "B",
        "Education off site, arranged by school",
        Counted::Present,
        true,
        true,
    ),
    code(
        "O",
        "Absence school has not authorised",
        Counted::Unauthorised,
        true,
        true,
    ),
    code(
        "G",
        "Holiday school did not agree",
        Counted::Unauthorised,
        true,
        true,
    ),
    code(
        "N",
        "No reason given yet",
        Counted::Unauthorised,
        true,
        true,
    ),
    code(
        "Q",
        "Unable to attend because of the council's arrangements",
        Counted::NotCounted,
        true,
        false,
    ),
    code(
        "Y1 to Y7",
        "Unable to attend for reasons outside the family's control",
        Counted::NotCounted,
        true,
        false,
    ),
];

/// The codes of this nation's set.
pub fn codes_for(nation: Nation) -> Vec<RegisterCode> {
    CODES
        .iter()
        .copied()
        .filter(|c| match nation {
            Nation::England => c.england,
            Nation::Wales => c.wales,
        })
        .collect()
}

/// The plain meaning of one code as a parent typed it ("i", " O "), if it is one the page knows.
pub fn meaning_of(typed: &str) -> Option<&'static str> {
    let typed = typed.trim();
    match typed {
        "/" | "\\" => Some(CODES[0].meaning),
        _ => CODES
            .iter()
            .find(|c| c.code.eq_ignore_ascii_case(typed))
            .map(|c| c.meaning),
    }
}

/// What the page says under the codes about fines, in the nation's terms.
pub fn fines_note(nation: Nation) -> &'static str {
    match nation {
        // Source: DfE national framework for penalty notices (from 19 August 2024).
        Nation::England => {
            "Only G, N, O and U count toward the 10 sessions in 10 school weeks at which school or \
             the council must consider a penalty notice. It is never automatic, and support should \
             come first."
        }
        // Source: Education (Penalty Notices) (Wales) Regulations 2013; local codes of conduct.
        Nation::Wales => {
            "In Wales there is no national number of sessions for fines: each council has its own \
             code of conduct. Ask school or the council how theirs works."
        }
    }
}

/// A national organisation a parent can call or read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Helper {
    pub name: &'static str,
    pub what: &'static str,
    /// A web address or a phone number.
    pub reach: &'static str,
    /// Where the facts come from.
    pub source: &'static str,
}

/// Who else can help, nationally; the hosting group's own links are shown beside these.
pub const HELPERS: [Helper; 5] = [
    Helper {
        name: "YoungMinds Parents Helpline",
        what: "Free advice by phone for parents worried about a child's mental health.",
        reach: "0808 802 5544",
        source: "DOMAIN.md (What parents ask for)",
    },
    Helper {
        name: "IPSEA",
        what: "Independent advice on special educational needs law in England, with model letters.",
        reach: "https://www.ipsea.org.uk",
        source: "DOMAIN.md (EHC needs assessment: IPSEA's model letters)",
    },
    Helper {
        name: "Your local SENDIASS",
        what: "The free, independent SEND information and advice service every council area has.",
        reach: "Search for your council's name and \"SENDIASS\"",
        source: "SEND Code of Practice 2015 (information, advice and support)",
    },
    Helper {
        name: "Not Fine in School",
        what: "A parent-led group for families of children finding school attendance hard.",
        reach: "https://notfineinschool.co.uk",
        source: "DOMAIN.md (Not Fine in School advice)",
    },
    Helper {
        name: "Square Peg",
        what: "Parent-led campaigning and resources on school attendance difficulties.",
        reach: "https://www.teamsquarepeg.org",
        source: "DOMAIN.md (What parents ask for)",
    },
];
