//! The app's shared state: the diary, which child is shown, and the one way a change is saved.

use leptos::prelude::*;

use crate::domain::checks::Problem;
use crate::domain::{Child, Diary};
use crate::ui::unsaved::UnsavedForms;
use crate::web::storage::{self, LoadNotice, SaveError};
use crate::web::timing;

/// A short message for the parent: something done, or something that went wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub is_problem: bool,
    /// The place on screen it belongs beside (the button that was pressed), or `None` for the
    /// line at the top.
    pub place: Option<String>,
}

/// The two tabs disagreed: both changed the same fields (this tab's words were saved), or one
/// removed something the other had changed (it stays removed). The parent may settle every
/// disagreement this tab's way (`mine_first`) or the other tab's (`theirs_first`).
#[derive(Clone, Debug, PartialEq)]
pub struct Overlap {
    pub fields: Vec<String>,
    /// What the other tab removed that this tab had changed, in words ("Sam and all Sam's 590 days").
    pub removed_elsewhere: Vec<String>,
    /// What this tab removed that the other tab had changed, in words.
    pub removed_here: Vec<String>,
    /// What this tab has that the other tab's same-moment write lacked (kept), in words.
    pub kept_here: Vec<String>,
    pub mine_first: Diary,
    pub theirs_first: Diary,
}

/// What another tab did that needs the parent's choice.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Conflict {
    /// Another tab saved newer changes; this tab's last change was not saved.
    NewerElsewhere,
    /// Another tab (or clearing site data) removed the stored diary while this tab still shows it.
    RemovedElsewhere,
    /// The stored diary became unreadable while this tab shows a good one; the unreadable value
    /// has been kept aside and this tab's copy can be saved back.
    UnreadableElsewhere,
}

/// The child a screen was built for. Every form on the screen saves to this child, whatever the
/// header shows by the time a button is pressed; the shell rebuilds the screen when the child shown
/// changes, so a form never outlives its child.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShownChild(pub String);

/// The id of the child the current screen was built for (empty when there is none).
pub fn shown_child() -> String {
    use_context::<ShownChild>().map(|c| c.0).unwrap_or_default()
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
    /// Goes up when what the screen's forms were filled from is replaced by another tab's data, so
    /// the shell builds the screen afresh (only ever when no typing would be lost).
    pub screen_version: RwSignal<u64>,
    /// The forms on screen holding typing not saved yet.
    pub unsaved: UnsavedForms,
    pub(super) revision: StoredValue<u64>,
    pub(super) may_save: StoredValue<bool>,
    /// The diary as it was before this tab's last save, and that save's revision: if another tab
    /// saved the same revision at the same moment, the two are put together from here.
    pub(super) last_save: StoredValue<Option<(u64, Diary)>>,
    /// Both tabs changed the same thing, this tab's version was saved: the parent may take theirs.
    pub overlap: RwSignal<Option<Overlap>>,
}

impl AppState {
    /// Loads the diary from storage (timed as `small-steps:load`).
    pub fn load() -> Self {
        let loaded = timing::measure("small-steps:load", storage::load);
        let remembered = storage::setting(storage::CHILD_KEY);
        let child_id = remembered
            .filter(|id| loaded.diary.child(id).is_some())
            .or_else(|| loaded.diary.children.first().map(|c| c.id.clone()));
        AppState {
            diary: RwSignal::new(loaded.diary),
            child_id: RwSignal::new(child_id),
            notice: RwSignal::new(None),
            load_notice: RwSignal::new(loaded.notice),
            conflict: RwSignal::new(None),
            screen_version: RwSignal::new(0),
            unsaved: UnsavedForms::new(),
            revision: StoredValue::new(loaded.revision),
            may_save: StoredValue::new(loaded.may_save),
            last_save: StoredValue::new(None),
            overlap: RwSignal::new(None),
        }
    }

    /// Applies a change to one child, named by the form that makes it (see [`ShownChild`]), never
    /// by whatever the header shows at the time.
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

    /// Applies a change to a copy of the diary and saves it. The screen only updates once the save
    /// has succeeded; on any failure the diary, the stored data and the parent's typing stay as they were.
    ///
    /// If another tab has saved since this tab last read the diary, the change is put together
    /// with theirs (see [`put_together`]): nothing either tab changed is lost.
    pub fn change(
        &self,
        edit: impl FnOnce(&mut Diary) -> Result<(), Problem>,
    ) -> Result<(), String> {
        let mut next = self.diary.with_untracked(Diary::clone);
        edit(&mut next).map_err(|p| p.reason)?;
        if storage::stored_revision() > self.revision.get_value() {
            // Rare: only now is the diary as shown (the base of this change) needed on its own.
            let base = self.diary.get_untracked();
            return self.save_together(&base, &next);
        }
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
            Ok(storage::Saved {
                revision,
                drafts_removed,
            }) => {
                if drafts_removed > 0 {
                    self.load_notice.set(Some(LoadNotice::DraftsGaveWay {
                        count: drafts_removed,
                    }));
                }
                self.revision.set_value(revision);
                // The diary as it was is kept (moved, not copied: a save stays quick) in case
                // another tab saved at the same moment and the two must be put together.
                let mut before = None;
                self.diary
                    .update(|shown| before = Some(std::mem::replace(shown, next)));
                self.last_save
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
        let loaded = storage::load();
        self.revision.set_value(loaded.revision);
        self.may_save.set_value(loaded.may_save);
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
        self.diary.set(loaded.diary);
        self.conflict.set(None);
        self.screen_version.update(|v| *v += 1);
    }

    /// The stored diary became unreadable while this tab shows a good one: keep it aside (done by
    /// loading), keep this tab's diary on screen, and offer to save it back.
    pub fn stored_became_unreadable(&self, notice: LoadNotice) {
        self.load_notice.set(Some(notice));
        self.conflict.set(Some(Conflict::UnreadableElsewhere));
    }

    /// Saves this tab's diary over a newer one from another tab, because the parent chose to.
    pub fn keep_this_tab(&self) -> Result<(), String> {
        if self.conflict.get_untracked() == Some(Conflict::UnreadableElsewhere) {
            // The unreadable value is kept aside first; it is never overwritten unkept.
            storage::keep_stored_aside().map_err(|e| e.message())?;
            self.may_save.set_value(true);
        }
        self.revision.set_value(storage::stored_revision());
        self.conflict.set(None);
        self.save(self.diary.get_untracked())
    }

    /// Shows a child's records and remembers the choice.
    pub fn choose_child(&self, id: &str) {
        storage::remember(storage::CHILD_KEY, id);
        self.child_id.set(Some(id.to_string()));
    }

    /// Shows a confirmation.
    pub fn done(&self, text: impl Into<String>) {
        self.say(text.into(), false, None);
    }

    /// Shows a problem.
    pub fn problem(&self, text: impl Into<String>) {
        self.say(text.into(), true, None);
    }

    /// Shows a confirmation beside the button that was pressed (a [`SavedHere`] with that `place`),
    /// where the parent is looking, instead of at the top of a long form.
    ///
    /// [`SavedHere`]: crate::ui::messages::SavedHere
    pub fn done_at(&self, place: impl Into<String>, text: impl Into<String>) {
        self.say(text.into(), false, Some(place.into()));
    }

    /// Shows a problem beside the button that was pressed (see [`AppState::done_at`]).
    pub fn problem_at(&self, place: impl Into<String>, text: impl Into<String>) {
        self.say(text.into(), true, Some(place.into()));
    }

    /// A confirmation (or a problem, when `is_problem`) beside the button at `place`, or at the
    /// top of the screen when there is no place.
    pub fn say_at(&self, place: Option<String>, text: impl Into<String>, is_problem: bool) {
        self.say(text.into(), is_problem, place);
    }

    fn say(&self, text: String, is_problem: bool, place: Option<String>) {
        self.notice.set(Some(Notice {
            text,
            is_problem,
            place,
        }));
    }

    /// The nickname of a child, for messages that name whose diary changed.
    pub fn name_of(&self, child_id: &str) -> String {
        self.diary.with_untracked(|d| {
            d.child(child_id)
                .map(|c| c.nickname.clone())
                .unwrap_or_default()
        })
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
