//! The app's shared state: the diary, which child is shown and what the app says to the parent;
//! and the one home of a save (this folder). The diary's write half and what this tab knows of the
//! stored diary are private to this folder, so nothing else changes what the app holds except
//! through a save:
//! - `save.rs`: a save, step by step ([`AppState::change_child`], [`AppState::change`]);
//! - `together.rs`: two tabs' changes put together, another tab's save followed or mended;
//! - `overlap.rs`: the banner where the parent settles what two tabs both changed.

mod overlap;
mod save;
mod together;

pub use overlap::OverlapMessage;
pub use save::read_at_start;
pub use together::another_tab_saved;

use leptos::prelude::*;

use crate::domain::Diary;
use crate::ui::unsaved::UnsavedForms;
use crate::web::storage::{self, LoadNotice};

/// A short message for the parent: something done, or something that went wrong.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub text: String,
    pub is_problem: bool,
    /// The place on screen it belongs beside (the button that was pressed), or `None` for the
    /// line at the top.
    pub place: Option<String>,
}

/// The tabs disagreed: both changed the same fields (this tab's words were saved), or one
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

/// What this tab knows of the stored diary. Its fields are private: only a save changes them.
#[derive(Clone, Copy)]
struct Saves {
    /// The diary shown; screens read it through [`AppState::diary`], only a save writes it.
    diary: RwSignal<Diary>,
    /// The revision this tab last read or wrote.
    revision: StoredValue<u64>,
    /// False while stored data that could not be read has not been dealt with.
    may_save: StoredValue<bool>,
    /// False while the diary shown was read before the saving part came, and is not yet checked.
    checked: StoredValue<bool>,
    /// The diary as it was before this tab's last save, and that save's revision: if another tab
    /// saved the same revision at the same moment, the two are put together from here.
    last_save: StoredValue<Option<(u64, Diary)>>,
}

/// The diary shown, to read (tracked or not) like a signal; only a save (`save.rs`) changes it.
/// A thin wrapper rather than a `ReadSignal`, so reading it compiles to the very same code as the
/// signal a save writes (the first part of the app stays as small).
#[derive(Clone, Copy)]
pub struct ShownDiary(RwSignal<Diary>);

impl ShownDiary {
    /// Reads the diary, and reruns the reading part when it changes.
    pub fn with<R>(&self, read: impl FnOnce(&Diary) -> R) -> R {
        self.0.with(read)
    }

    /// Reads the diary once.
    pub fn with_untracked<R>(&self, read: impl FnOnce(&Diary) -> R) -> R {
        self.0.with_untracked(read)
    }

    /// A copy of the diary, rerun when it changes.
    pub fn get(&self) -> Diary {
        self.0.get()
    }

    /// A copy of the diary, once.
    pub fn get_untracked(&self) -> Diary {
        self.0.get_untracked()
    }

    /// Reruns the reading part when the diary changes, without reading it.
    pub fn track(&self) {
        self.0.track()
    }
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
    /// The diary shown. Read-only here: a change is saved through [`AppState::change_child`] or
    /// [`AppState::change`] (`save.rs`), and only a save that succeeded changes it.
    pub diary: ShownDiary,
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
    /// What this tab knows of the stored diary: only a save changes it.
    saves: Saves,
    /// Both tabs changed the same thing, this tab's version was saved: the parent may take theirs.
    pub overlap: RwSignal<Option<Overlap>>,
}

impl AppState {
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
