//! One shape for every pick-one list the parent sees (a day's status, a worry's kind, how a contact
//! happened, where a step has got to, when a sign was noticed): all the choices in order, the words
//! on screen, and a key that is the name written in files, so a choice is always read back by key.

use serde::Serialize;

use crate::domain::diary::contacts::ContactMethod;
use crate::domain::diary::day::{SignTime, WorryCategory};
use crate::domain::diary::support::{Nation, ReferralStage, ReferralTo, SupportLevel};
use crate::domain::plan::{HowItIsGoing, StepState, Who};
use crate::domain::DayStatus;

/// A closed list of choices shown in a select or a row of buttons.
pub trait Choice: Copy + PartialEq + Serialize + Send + Sync + 'static {
    /// Every choice, in the order shown.
    const ALL: &'static [Self];

    /// The words on screen.
    fn label(self) -> &'static str;

    /// The name written in files, used as the value of an option.
    fn key(self) -> String {
        match serde_json::to_value(self) {
            Ok(serde_json::Value::String(name)) => name,
            _ => String::new(),
        }
    }

    /// The choice with this key, if any.
    fn from_key(key: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.key() == key)
    }
}

impl Choice for DayStatus {
    const ALL: &'static [Self] = &DayStatus::ALL;
    fn label(self) -> &'static str {
        DayStatus::label(self)
    }
}

impl Choice for WorryCategory {
    const ALL: &'static [Self] = &WorryCategory::ALL;
    fn label(self) -> &'static str {
        WorryCategory::label(self)
    }
}

impl Choice for SignTime {
    const ALL: &'static [Self] = &SignTime::ALL;
    fn label(self) -> &'static str {
        SignTime::label(self)
    }
}

impl Choice for ContactMethod {
    const ALL: &'static [Self] = &ContactMethod::ALL;
    fn label(self) -> &'static str {
        ContactMethod::label(self)
    }
}

impl Choice for StepState {
    const ALL: &'static [Self] = &[
        StepState::NotStarted,
        StepState::Trying,
        StepState::Done,
        StepState::Paused,
    ];
    fn label(self) -> &'static str {
        StepState::label(self)
    }
}

impl Choice for Who {
    const ALL: &'static [Self] = &[Who::Child, Who::Parent, Who::School, Who::Other];
    fn label(self) -> &'static str {
        Who::label(self)
    }
}

impl Choice for Nation {
    const ALL: &'static [Self] = &Nation::ALL;
    fn label(self) -> &'static str {
        Nation::label(self)
    }
}

impl Choice for SupportLevel {
    const ALL: &'static [Self] = &SupportLevel::ALL;
    fn label(self) -> &'static str {
        SupportLevel::label(self)
    }
}

impl Choice for ReferralTo {
    const ALL: &'static [Self] = &ReferralTo::ALL;
    fn label(self) -> &'static str {
        ReferralTo::label(self)
    }
}

impl Choice for ReferralStage {
    const ALL: &'static [Self] = &ReferralStage::ALL;
    fn label(self) -> &'static str {
        ReferralStage::label(self)
    }
}

impl Choice for HowItIsGoing {
    const ALL: &'static [Self] = &HowItIsGoing::ALL;
    fn label(self) -> &'static str {
        HowItIsGoing::label(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    /// Each choice reads back from its key, keys and labels are all different, and the key is the
    /// name a file holds.
    fn keys_are_sound<C: Choice + std::fmt::Debug + serde::de::DeserializeOwned>() {
        let mut keys = HashSet::new();
        let mut labels = HashSet::new();
        for &choice in C::ALL {
            let key = choice.key();
            assert!(!key.is_empty(), "{choice:?} has a key");
            assert_eq!(C::from_key(&key), Some(choice));
            let read: C = serde_json::from_str(&format!("\"{key}\"")).unwrap();
            assert_eq!(read, choice, "the key is the name in files");
            assert!(keys.insert(key), "{choice:?}'s key is its own");
            assert!(
                labels.insert(choice.label()),
                "{choice:?}'s label is its own"
            );
        }
        assert_eq!(C::from_key("no such choice"), None);
        assert_eq!(C::from_key(""), None);
    }

    #[test]
    fn every_choice_list_reads_back_by_key() {
        keys_are_sound::<DayStatus>();
        keys_are_sound::<WorryCategory>();
        keys_are_sound::<SignTime>();
        keys_are_sound::<ContactMethod>();
        keys_are_sound::<StepState>();
        keys_are_sound::<Who>();
        keys_are_sound::<Nation>();
        keys_are_sound::<SupportLevel>();
        keys_are_sound::<ReferralTo>();
        keys_are_sound::<ReferralStage>();
        keys_are_sound::<HowItIsGoing>();
    }

    #[test]
    fn a_day_status_key_is_the_one_the_day_already_uses() {
        for &status in <DayStatus as Choice>::ALL {
            assert_eq!(Choice::key(status), DayStatus::key(status));
        }
    }
}
