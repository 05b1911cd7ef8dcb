//! Sessions: how a recorded day counts on a register, morning and afternoon, and whether it was a
//! late or a partial day.

use crate::domain::diary::day::{DayRecord, DayStatus};

/// What one session was, as a register counts it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SessionOutcome {
    /// The child was there, or at off-site provision the school arranged.
    Present,
    /// The child could have been there and was not.
    Missed,
    /// There was no school that session (weekend, holiday, INSET), so it is not counted.
    NotPossible,
}

/// How a session counts when this status describes it on its own.
pub fn session_outcome(status: DayStatus) -> SessionOutcome {
    match status {
        // In school: on time, late before the register closed, upset, out of some lessons, or
        // there until leaving early.
        DayStatus::Attended
        | DayStatus::LateBeforeRegister
        | DayStatus::MissedLessons
        | DayStatus::LeftEarly
        | DayStatus::AttendedDistressed => SessionOutcome::Present,
        // Source: DfE 2024 register codes K and B: education the school or council arranged
        // elsewhere counts as attending.
        DayStatus::OffSite => SessionOutcome::Present,
        // Source: DfE 2024 register code U: late after the register closed is an absence.
        // Couldn't get out of the door: the child did not get to school, so the session is missed
        // (the parent reports it as illness).
        DayStatus::LateAfterRegister
        | DayStatus::AbsentIll
        | DayStatus::CouldNotGetOut
        | DayStatus::Medical
        | DayStatus::ReducedTimetable
        | DayStatus::Excluded => SessionOutcome::Missed,
        DayStatus::NoSchool => SessionOutcome::NotPossible,
    }
}

/// The day statuses that split a day into a present half and a missed half, as (morning, afternoon).
/// Any other day status counts the same for both sessions.
pub fn split_day(status: DayStatus) -> Option<(SessionOutcome, SessionOutcome)> {
    use SessionOutcome::{Missed, Present};
    match status {
        // Source: DfE 2024 register code U: arriving after the register closed is an absence for
        // that session; the child is there for the afternoon.
        DayStatus::LateAfterRegister => Some((Missed, Present)),
        DayStatus::LeftEarly => Some((Present, Missed)),
        // Source: DfE 2024 register code C2: the part of a reduced timetable not attended is
        // recorded as absence.
        DayStatus::ReducedTimetable => Some((Present, Missed)),
        _ => None,
    }
}

/// One session of a recorded day and the status that decided it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Session {
    pub outcome: SessionOutcome,
    /// The session's own status when the parent gave one, otherwise the day's status.
    pub decided_by: DayStatus,
}

impl Session {
    /// A missed session is health-related when illness (body or mind), a morning the child could
    /// not get out of the door, or a medical appointment decided it.
    // Source: DfE 2024 register codes: I covers illness, mental health included (the government
    // declined a separate code), and parents' groups advise reporting such a morning as illness
    // ("too unwell to attend"); so it counts towards the 15 health days like "off ill".
    pub fn is_health_related(self) -> bool {
        self.outcome == SessionOutcome::Missed
            && matches!(
                self.decided_by,
                DayStatus::AbsentIll | DayStatus::CouldNotGetOut | DayStatus::Medical
            )
    }
}

/// The morning and afternoon sessions of a recorded day, in that order.
pub fn sessions(record: &DayRecord) -> [Session; 2] {
    // A no-school day has no sessions, whatever else was noted on it.
    if record.status == DayStatus::NoSchool {
        let no_session = Session {
            outcome: SessionOutcome::NotPossible,
            decided_by: DayStatus::NoSchool,
        };
        return [no_session, no_session];
    }
    let (morning_by_day, afternoon_by_day) = split_day(record.status).unwrap_or_else(|| {
        let whole_day = session_outcome(record.status);
        (whole_day, whole_day)
    });
    // The session's own status wins; without one, the day decides.
    let session = |own: Option<DayStatus>, by_day: SessionOutcome| match own {
        Some(status) => Session {
            outcome: session_outcome(status),
            decided_by: status,
        },
        None => Session {
            outcome: by_day,
            decided_by: record.status,
        },
    };
    [
        session(record.morning, morning_by_day),
        session(record.afternoon, afternoon_by_day),
    ]
}

/// True when the day's status, or either session's own status, is one of `wanted`.
/// A no-school day has no sessions, so only its day status is looked at.
fn day_or_session_was(record: &DayRecord, wanted: &[DayStatus]) -> bool {
    if wanted.contains(&record.status) {
        return true;
    }
    record.status != DayStatus::NoSchool
        && [record.morning, record.afternoon]
            .into_iter()
            .flatten()
            .any(|status| wanted.contains(&status))
}

/// A late day: late before or after the register closed, for the day or either session.
pub fn was_late(record: &DayRecord) -> bool {
    day_or_session_was(
        record,
        &[DayStatus::LateBeforeRegister, DayStatus::LateAfterRegister],
    )
}

/// A day (or a session of it) the child tried but could not get out of the door.
pub fn could_not_get_out(record: &DayRecord) -> bool {
    day_or_session_was(record, &[DayStatus::CouldNotGetOut])
}

/// A partial day: missed some lessons, left early, or a reduced-timetable day, for the day or
/// either session.
pub fn was_partial(record: &DayRecord) -> bool {
    day_or_session_was(
        record,
        &[
            DayStatus::MissedLessons,
            DayStatus::LeftEarly,
            DayStatus::ReducedTimetable,
        ],
    )
}
