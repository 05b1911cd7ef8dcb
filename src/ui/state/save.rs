//! A save, step by step: the one home of the diary as stored. A form asks
//! [`AppState::change_child`] (or [`AppState::change`]) with an edit that may refuse; the edit runs
//! on a copy; if another tab saved meanwhile the two are put together (`together.rs`); the copy is
//! checked and written whole by `web::storage::save`; only then does the screen show it. Saves made
//! in another tab arrive in [`super::another_tab_saved`] and are followed, mended or offered as a
//! choice.
//!
//! The diary's write half, the revision this tab last read, whether saving is allowed and the
//! diary as it was before the last save are private to this folder: nothing else can change
//! what the app holds without going through a save.

use leptos::prelude::*;

use super::{AppState, Conflict, Saves, ShownDiary};
use crate::domain::checks::Problem;
use crate::domain::{Child, Diary};
use crate::ui::unsaved::UnsavedForms;
use crate::web::storage::{self, LoadNotice, SaveError};
use crate::web::{saving, timing};

/// Reads the stored diary as the app opens (timed as `small-steps:load`).
pub fn read_at_start() -> storage::Loaded {
    timing::measure("small-steps:load", storage::load)
}

impl AppState {
    /// Builds the state around the diary as read from storage ([`read_at_start`]).
    pub fn from_loaded(loaded: storage::Loaded) -> Self {
        let child_id = storage::child_at_start(&loaded.diary);
        let diary = RwSignal::new(loaded.diary);
        AppState {
            diary: ShownDiary(diary),
            child_id: RwSignal::new(child_id),
            notice: RwSignal::new(None),
            load_notice: RwSignal::new(loaded.notice),
            conflict: RwSignal::new(None),
            screen_version: RwSignal::new(0),
            unsaved: UnsavedForms::new(),
            saves: Saves {
                diary,
                revision: StoredValue::new(loaded.revision),
                may_save: StoredValue::new(loaded.may_save),
                checked: StoredValue::new(loaded.checked),
                last_save: StoredValue::new(None),
            },
            overlap: RwSignal::new(None),
        }
    }

    /// Applies a change to one child, named by the form that makes it (see
    /// [`crate::ui::state::ShownChild`]), never by whatever the header shows at the time. The edit
    /// is a domain method that checks what it is given and may refuse in words.
    pub fn change_child(
        &self,
        child_id: &str,
        edit: impl FnOnce(&mut Child) -> Result<(), Problem>,
    ) -> Result<(), String> {
        self.change(|diary| {
            let child = diary.child_mut(child_id).ok_or_else(|| {
                Problem::new(
                    "children",
                    "That child is no longer in the diary (removed, perhaps in another tab).",
                )
            })?;
            edit(child)
        })
    }

    /// Once the saving part has come (`web::saving`): reads the whole diary in place of the
    /// glimpse shown so far, checked, and gets the writer ready for the first save. The same diary
    /// made whole changes no screen; a stored diary that breaks a rule is kept aside and the app
    /// starts fresh, saying so, as loading does (it cannot have been saved meanwhile: nothing is
    /// saved before the part has come, and a glimpse never is).
    /// Says whether the diary shown is now whole and checked (false while the part is still on its
    /// way, or when the stored diary could not be read and the message at the top says so).
    pub fn saving_came(&self) -> bool {
        if !self.saves.checked.get_value() {
            let loaded = storage::load();
            if !loaded.checked {
                return false;
            }
            let read_fine = loaded.notice.is_none();
            let same = read_fine && loaded.revision == self.saves.revision.get_value();
            self.show_loaded(loaded, !same);
            if !read_fine {
                return false;
            }
        }
        self.diary.with_untracked(storage::prepare_for_saving);
        true
    }

    /// Whether the diary shown is the whole diary, checked (not the glimpse the app opens with
    /// before the saving part has come).
    pub fn diary_is_whole(&self) -> bool {
        self.saves.checked.get_value()
    }

    /// Applies a change to a copy of the diary and saves it. The screen only updates once the save
    /// has succeeded; on any failure the diary, the stored data and the parent's typing stay as they were.
    ///
    /// If another tab has saved since this tab last read the diary, the change is put together
    /// with theirs (see `together.rs`): nothing either tab changed is lost.
    pub fn change(
        &self,
        edit: impl FnOnce(&mut Diary) -> Result<(), Problem>,
    ) -> Result<(), String> {
        if !saving::ready() {
            // Nothing is changed until the diary can be checked and written (`web::saving`).
            saving::fetch();
            return Err(SaveError::Opening.message());
        }
        if !self.saves.checked.get_value() && !self.saving_came() {
            // The part came only after an earlier try to fetch it failed: the diary read before
            // it broke a rule, and has just been kept aside (the message at the top says so).
            return Err(SaveError::Refused(
                "the diary saved on this phone could not be read (see the message at the top)."
                    .into(),
            )
            .message());
        }
        let mut next = self.diary.with_untracked(Diary::clone);
        edit(&mut next).map_err(|p| p.reason)?;
        if storage::stored_revision() > self.saves.revision.get_value() {
            // Rare: only now is the diary as shown (the base of this change) needed on its own.
            let base = self.diary.get_untracked();
            return self.save_together(&base, &next);
        }
        self.save(next)
    }

    /// Saves a whole new diary (used by import) with the same guarantees as [`AppState::change`].
    pub fn save(&self, next: Diary) -> Result<(), String> {
        let saves = self.saves;
        if !saves.checked.get_value() {
            // What is shown is a glimpse of the diary (names and days): it is never saved.
            return Err(SaveError::Opening.message());
        }
        if !saves.may_save.get_value() {
            return Err(SaveError::Refused(
                "saving is paused until the stored data that could not be read has been dealt with (see the message at the top)."
                    .into(),
            )
            .message());
        }
        let result = timing::measure("small-steps:save", || {
            storage::save(&next, saves.revision.get_value())
        });
        match result {
            Ok(storage::Saved {
                revision,
                drafts_removed,
            }) => {
                if drafts_removed > 0 {
                    self.load_notice.set(Some(LoadNotice::DraftsGaveWay {
                        count: drafts_removed,
                    }));
                }
                saves.revision.set_value(revision);
                // The diary as it was is kept (moved, not copied: a save stays quick) in case
                // another tab saved at the same moment and the two must be put together.
                let mut before = None;
                saves
                    .diary
                    .update(|shown| before = Some(std::mem::replace(shown, next)));
                saves
                    .last_save
                    .set_value(before.map(|before| (revision, before)));
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
        self.show_loaded(storage::load(), true);
    }

    /// Shows a diary as loaded; `rebuild` builds the screen afresh (when it is not the same diary
    /// its forms were filled from).
    fn show_loaded(&self, loaded: storage::Loaded, rebuild: bool) {
        self.saves.revision.set_value(loaded.revision);
        self.saves.may_save.set_value(loaded.may_save);
        self.saves.checked.set_value(loaded.checked);
        if loaded.notice.is_some() {
            self.load_notice.set(loaded.notice);
        }
        let shown = self.child_id.get_untracked();
        let keep_child = shown
            .clone()
            .filter(|id| loaded.diary.child(id).is_some())
            .or_else(|| loaded.diary.children.first().map(|c| c.id.clone()));
        // Only a real change of child rebuilds the screen by itself.
        if keep_child != shown {
            self.child_id.set(keep_child);
        }
        self.saves.diary.set(loaded.diary);
        if rebuild {
            self.conflict.set(None);
            self.screen_version.update(|v| *v += 1);
        }
    }

    /// The stored diary became unreadable while this tab shows a good one: keep it aside (done by
    /// loading), keep this tab's diary on screen, and offer to save it back.
    pub(super) fn stored_became_unreadable(&self, notice: LoadNotice) {
        self.load_notice.set(Some(notice));
        self.conflict.set(Some(Conflict::UnreadableElsewhere));
    }

    /// Saves this tab's diary over a newer one from another tab, because the parent chose to.
    pub fn keep_this_tab(&self) -> Result<(), String> {
        if self.conflict.get_untracked() == Some(Conflict::UnreadableElsewhere) {
            // The unreadable value is kept aside first; it is never overwritten unkept.
            storage::keep_stored_aside().map_err(|e| e.message())?;
            self.saves.may_save.set_value(true);
        }
        self.saves.revision.set_value(storage::stored_revision());
        self.conflict.set(None);
        self.save(self.diary.get_untracked())
    }
}
