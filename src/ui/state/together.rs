//! Two tabs (or windows) of the same diary. A save in one is never lost to a save in the other and
//! never empties typing in the other: changes are put together ([`put_together`]) field by field;
//! where both changed the very same thing the saving tab's words are kept and the parent may take
//! the other tab's instead (`overlap.rs`); what either tab removed stays removed, and where the
//! other tab had changed it the parent is told what and may bring it back; two saves at the same
//! moment are noticed when the other tab's save arrives and mended, one tab at a time, under a Web
//! Lock (`web::web_lock`).

use leptos::prelude::*;

use super::{AppState, Conflict, Overlap};
use crate::domain::checks::Problem;
use crate::domain::file::three_way::{Side, Together};
use crate::domain::Diary;
use crate::ui::unsaved::UnsavedForms;
use crate::web::saving::{self, at_once, mine_wins, put_together, put_together_same_moment};
use crate::web::storage::{self, SaveError};
use crate::web::web_lock;

/// The name of the lock every tab takes to mend a same-moment save.
const SAVE_LOCK: &str = "small-steps:save";

impl AppState {
    /// Saves `mine` (grown from `base`) together with the newer diary another tab stored.
    pub(super) fn save_together(&self, base: &Diary, mine: &Diary) -> Result<(), String> {
        let theirs = storage::load();
        if let Some(notice) = theirs.notice {
            // What is stored cannot be read (it has just been kept aside): keep this tab's diary
            // on screen and let the parent save it back.
            self.stored_became_unreadable(notice);
            return Err(SaveError::Refused(
                "the diary saved on this phone could not be read (see the message at the top)."
                    .into(),
            )
            .message());
        }
        let together = at_once(put_together(base, mine, &theirs.diary))
            .ok_or_else(|| SaveError::Opening.message())?
            .map_err(|_| {
                self.conflict.set(Some(Conflict::NewerElsewhere));
                SaveError::NewerElsewhere.message()
            })?;
        self.saves.revision.set_value(theirs.revision);
        self.save(together.diary.clone())?;
        self.offer_choice(base, mine, &theirs.diary, &together);
        self.refresh_when_nothing_typed();
        Ok(())
    }

    /// Where the two tabs disagreed (the same field changed in both, or something removed in one
    /// and changed in the other), says what in a banner and keeps both ways ready for the parent:
    /// this tab's way (what it changed comes back) and the other tab's.
    fn offer_choice(&self, base: &Diary, mine: &Diary, theirs: &Diary, together: &Together) {
        self.keep_a_child_shown();
        if together.both_changed.is_empty()
            && together.removed_yet_changed.is_empty()
            && together.missing_there.is_empty()
        {
            return;
        }
        let (Some(Ok(mine_first)), Some(Ok(theirs_first))) = (
            at_once(mine_wins(base, mine, theirs)),
            at_once(mine_wins(base, theirs, mine)),
        ) else {
            return;
        };
        let removed_by = |side: Side| {
            together
                .removed_yet_changed
                .iter()
                .filter(|r| r.by == side)
                .map(|r| r.words.clone())
                .collect()
        };
        let kept_here = together
            .missing_there
            .iter()
            .map(|r| r.words.clone())
            .collect();
        self.overlap.set(Some(Overlap {
            fields: field_words(&together.both_changed),
            removed_elsewhere: removed_by(Side::Theirs),
            removed_here: removed_by(Side::Mine),
            kept_here,
            mine_first,
            theirs_first,
        }));
    }

    /// The child shown may have been removed in the other tab: show the first child left instead.
    pub(super) fn keep_a_child_shown(&self) {
        let shown = self.child_id.get_untracked();
        let there = self
            .diary
            .with_untracked(|d| shown.as_ref().is_some_and(|id| d.child(id).is_some()));
        if !there {
            let first = self
                .diary
                .with_untracked(|d| d.children.first().map(|c| c.id.clone()));
            self.child_id.set(first);
        }
    }

    /// Builds the screen afresh from the diary now shown, once the handler that saved has finished
    /// (it may still be using its form), and only if no form holds typing not saved yet: so forms
    /// filled from older data show the newer data without anything typed being thrown away.
    pub fn refresh_when_nothing_typed(&self) {
        let state = *self;
        set_timeout(
            move || {
                if !state.unsaved.any() {
                    state.screen_version.update(|v| *v += 1);
                }
            },
            std::time::Duration::ZERO,
        );
    }

    /// Whether the other tab's save carries the same revision as this tab's last save: the two
    /// were saved at the same moment, and one may have written over the other.
    fn saved_at_the_same_moment(&self) -> bool {
        let Some((saved, _)) = self.saves.last_save.get_value() else {
            return false;
        };
        let stored = storage::load();
        stored.notice.is_none()
            && stored.revision <= saved
            && saved == self.saves.revision.get_value()
    }

    /// Puts this tab's last change together with the other tab's same-moment save and saves it,
    /// unless what is stored already holds it. Reads what is stored afresh: it runs under the lock.
    fn mend_same_moment_save(&self) {
        if !self.saved_at_the_same_moment() {
            return;
        }
        let Some((_, before)) = self.saves.last_save.get_value() else {
            return;
        };
        let stored = storage::load();
        let mine = self.diary.get_untracked();
        let Some(Ok(together)) = at_once(put_together_same_moment(&before, &mine, &stored.diary))
        else {
            self.conflict.set(Some(Conflict::NewerElsewhere));
            return;
        };
        self.saves.revision.set_value(stored.revision);
        if together.diary == stored.diary {
            // What is stored already holds this tab's change, or settles it the other tab's way
            // (a stale write through the lock, from a tab that read storage before this tab's
            // last save reached it): either way this tab must show what is stored.
            if self.diary.with_untracked(|shown| *shown != stored.diary) {
                self.saves.diary.set(stored.diary);
                self.refresh_when_nothing_typed();
                self.done("Updated with a change made in another tab at the same moment.");
            }
            return;
        }
        match self.save(together.diary.clone()) {
            Ok(()) => {
                self.offer_choice(&before, &mine, &stored.diary, &together);
                self.refresh_when_nothing_typed();
                self.done(
                    "Saved again, together with a change made in another tab at the same moment.",
                );
            }
            Err(message) => self.problem(message),
        }
    }
}

/// "key adult, celebration": the last part of each path, once each.
fn field_words(paths: &[String]) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for path in paths {
        let word = Problem::new(path.as_str(), "").field_words();
        if !words.contains(&word) {
            words.push(word);
        }
    }
    words
}

/// Another tab saved or cleared the diary. Nothing on screen is ever thrown away because of it:
/// - a diary removed or made unreadable elsewhere: this tab keeps its copy and offers to save it;
/// - a save at the same moment as this tab's: the two are put together and saved, under the lock;
/// - typing not saved yet, or a choice waiting in a banner: the screen stays as it is, and saving
///   later keeps the other tab's changes too ([`AppState::change`]);
/// - otherwise the screen is rebuilt from the newer data.
pub fn another_tab_saved(state: AppState, unsaved: UnsavedForms) {
    // Following it may need the saving part (to check what is stored, or to mend a save made at
    // the same moment): it waits for the part, which the app fetches as soon as it is up.
    saving::when_ready(move || follow_another_tab(state, unsaved));
}

fn follow_another_tab(state: AppState, unsaved: UnsavedForms) {
    let stored_is_gone = !storage::diary_is_stored();
    let showing_something = state.diary.with_untracked(|d| !d.children.is_empty());
    if stored_is_gone && showing_something {
        state.conflict.set(Some(Conflict::RemovedElsewhere));
        return;
    }
    if state.saved_at_the_same_moment() {
        web_lock::with_lock(SAVE_LOCK, move || state.mend_same_moment_save());
        return;
    }
    let stored = storage::load();
    if let (true, Some(notice)) = (showing_something, stored.notice) {
        state.stored_became_unreadable(notice);
        return;
    }
    if state.conflict.get_untracked().is_some() {
        return;
    }
    if unsaved.any() {
        state.done("Another tab saved changes. What you are typing here is kept, and saving it keeps their changes too.");
        return;
    }
    state.reload_from_storage();
    state.done("Updated with changes made in another tab.");
}
