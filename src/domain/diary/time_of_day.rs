//! A time of day ("08:45") as stored in day records: minutes since midnight, written as HH:MM.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A time of day to the minute.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ClockTime(u16);

impl ClockTime {
    /// Builds a time from hours and minutes, if they make a real time.
    pub fn new(hours: u16, minutes: u16) -> Option<Self> {
        (hours < 24 && minutes < 60).then_some(ClockTime(hours * 60 + minutes))
    }

    /// Reads "H:MM" or "HH:MM"; anything else is `None`.
    pub fn parse(text: &str) -> Option<Self> {
        let (h, m) = text.trim().split_once(':')?;
        if h.is_empty() || h.len() > 2 || m.len() != 2 {
            return None;
        }
        if !h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit()) {
            return None;
        }
        ClockTime::new(h.parse().ok()?, m.parse().ok()?)
    }

    pub fn minutes(self) -> u16 {
        self.0
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.0 / 60, self.0 % 60)
    }
}

impl Serialize for ClockTime {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for ClockTime {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        ClockTime::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("\"{text}\" is not a time of day like 08:45"))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_and_writes_hours_and_minutes() {
        assert_eq!(ClockTime::parse("8:05").unwrap().to_string(), "08:05");
        assert_eq!(ClockTime::parse("23:59").unwrap().minutes(), 23 * 60 + 59);
    }

    #[test]
    fn refuses_times_that_do_not_exist() {
        for bad in [
            "24:00", "12:60", "", "noon", "1:5", "123:00", "-1:00", "12:3x",
        ] {
            assert_eq!(ClockTime::parse(bad), None, "{bad}");
        }
    }
}
