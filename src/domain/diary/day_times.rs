//! The times of a school day a parent may note (woke, left home, arrived, collected), each named
//! with its key in files and its label on screen, so a form fills them by name, never by position.

use crate::domain::diary::day::DayTimes;
use crate::domain::diary::time_of_day::ClockTime;

/// One time of the day: its name in files, its label, and the field it is kept in.
pub struct TimeOf {
    pub name: &'static str,
    pub label: &'static str,
    pub read: fn(&DayTimes) -> Option<ClockTime>,
    pub write: fn(&mut DayTimes) -> &mut Option<ClockTime>,
}

/// The day's times, in the order of the day.
pub const DAY_TIMES: [TimeOf; 4] = [
    TimeOf {
        name: "woke",
        label: "Woke up",
        read: |t| t.woke,
        write: |t| &mut t.woke,
    },
    TimeOf {
        name: "left_home",
        label: "Left home",
        read: |t| t.left_home,
        write: |t| &mut t.left_home,
    },
    TimeOf {
        name: "arrived",
        label: "Arrived at school",
        read: |t| t.arrived,
        write: |t| &mut t.arrived,
    },
    TimeOf {
        name: "collected",
        label: "Collected or came home",
        read: |t| t.collected,
        write: |t| &mut t.collected,
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_time_has_its_own_field_and_its_name_in_files() {
        let mut times = DayTimes::default();
        for (minutes, time_of) in DAY_TIMES.iter().enumerate() {
            *(time_of.write)(&mut times) = ClockTime::new(8, minutes as u16);
        }
        let written = serde_json::to_value(times).unwrap();
        for (minutes, time_of) in DAY_TIMES.iter().enumerate() {
            assert_eq!((time_of.read)(&times), ClockTime::new(8, minutes as u16));
            assert_eq!(written[time_of.name], format!("08:0{minutes}"));
        }
    }
}
