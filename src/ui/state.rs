//! The app's shared state: the diary, which child is shown, and the one way a change is saved.

use leptos::prelude::*;

use crate::domain::validate::Problem;
use crate::domain::Diary;
use crate::storage::{self, LoadNotice, SaveError};
use crate::ui::timing;

/// A short message for the parent: something done, or something that went wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub is_problem: bool,
}

/// What another tab did that needs the parent's choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conflict {
    /// Another tab saved newer changes; this tab's last change was not saved.
    NewerElsewhere,
    /// Another tab (or clearing site data) removed the stored diary while this tab still shows it.
    RemovedElsewhere,
}

/// Shared by every screen through context.
#[derive(Clone, Copy)]
pub struct AppState {
    pub diary: RwSignal<Diary>,
    pub child_id: RwSignal<Option<String>>,
    pub notice: RwSignal<Option<Notice>>,
    /// What loading found (data kept aside, no storage...), shown until dismissed.
    pub load_notice: RwSignal<Option<LoadNotice>>,
    /// Set when another tab changed the stored diary in a way this tab must not silently follow.
    pub conflict: RwSignal<Option<Conflict>>,
    revision: StoredValue<u64>,
    may_save: StoredValue<bool>,
}

/// The last child the parent looked at, remembered between visits.
const CHILD_KEY: &str = "small-steps:child";

impl AppState {
    /// Loads the diary from storage (timed as `small-steps:load`).
    pub fn load() -> Self {
        let loaded = timing::measure("small-steps:load", storage::load);
        let remembered = storage::setting(CHILD_KEY);
        let child_id = remembered
            .filter(|id| loaded.diary.child(id).is_some())
            .or_else(|| loaded.diary.children.first().map(|c| c.id.clone()));
        AppState {
            diary: RwSignal::new(loaded.diary),
            child_id: RwSignal::new(child_id),
            notice: RwSignal::new(None),
            load_notice: RwSignal::new(loaded.notice),
            conflict: RwSignal::new(None),
            revision: StoredValue::new(loaded.revision),
            may_save: StoredValue::new(loaded.may_save),
        }
    }

    /// Applies a change to a copy of the diary and saves it. The screen only updates once the save
    /// has succeeded; on any failure the diary, the stored data and the parent's typing stay as they were.
    pub fn change(
        &self,
        edit: impl FnOnce(&mut Diary) -> Result<(), Problem>,
    ) -> Result<(), String> {
        let mut next = self.diary.with_untracked(Diary::clone);
        edit(&mut next).map_err(|p| p.reason)?;
        self.save(next)
    }

    /// Saves a whole new diary (used by import) with the same guarantees as [`AppState::change`].
    pub fn save(&self, next: Diary) -> Result<(), String> {
        if !self.may_save.get_value() {
            return Err(SaveError::Refused(
                "saving is paused until the stored data that could not be read has been dealt with (see the message at the top)."
                    .into(),
            )
            .message());
        }
        let result = timing::measure("small-steps:save", || {
            storage::save(&next, self.revision.get_value())
        });
        match result {
            Ok(revision) => {
                self.revision.set_value(revision);
                self.diary.set(next);
                Ok(())
            }
            Err(error) => {
                if error == SaveError::NewerElsewhere {
                    self.conflict.set(Some(Conflict::NewerElsewhere));
                }
                Err(error.message())
            }
        }
    }

    /// Replaces what this tab shows with what is stored (after another tab saved).
    pub fn reload_from_storage(&self) {
        let loaded = storage::load();
        self.revision.set_value(loaded.revision);
        self.may_save.set_value(loaded.may_save);
        if loaded.notice.is_some() {
            self.load_notice.set(loaded.notice);
        }
        let keep_child = self
            .child_id
            .get_untracked()
            .filter(|id| loaded.diary.child(id).is_some());
        self.child_id
            .set(keep_child.or_else(|| loaded.diary.children.first().map(|c| c.id.clone())));
        self.diary.set(loaded.diary);
        self.conflict.set(None);
    }

    /// Saves this tab's diary over a newer one from another tab, because the parent chose to.
    pub fn keep_this_tab(&self) -> Result<(), String> {
        self.revision.set_value(storage::stored_revision());
        self.conflict.set(None);
        self.save(self.diary.get_untracked())
    }

    /// Shows a child's records and remembers the choice.
    pub fn choose_child(&self, id: &str) {
        storage::remember(CHILD_KEY, id);
        self.child_id.set(Some(id.to_string()));
    }

    /// Shows a confirmation.
    pub fn done(&self, text: impl Into<String>) {
        self.notice.set(Some(Notice {
            text: text.into(),
            is_problem: false,
        }));
    }

    /// Shows a problem.
    pub fn problem(&self, text: impl Into<String>) {
        self.notice.set(Some(Notice {
            text: text.into(),
            is_problem: true,
        }));
    }

    /// The nickname of the child on screen.
    pub fn child_name(&self) -> String {
        let id = self.child_id.get();
        self.diary.with(|d| {
            id.and_then(|id| d.child(&id).map(|c| c.nickname.clone()))
                .unwrap_or_default()
        })
    }
}

/// A fresh id for a new child, record or step: time plus randomness, so two tabs never collide.
pub fn new_id(prefix: &str) -> String {
    let time = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 1e9) as u64;
    format!("{prefix}-{time:x}{random:x}")
}
