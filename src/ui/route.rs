//! The screens, mirrored in the location hash (`#/today`) so reloads, Back and bookmarks work
//! under any sub-path of a static host.

/// A screen of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Today,
    Calendar,
    Plan,
    Backup,
    Children,
}

impl Screen {
    /// The screens in the main navigation, in order.
    pub const NAV: [Screen; 5] = [
        Screen::Today,
        Screen::Calendar,
        Screen::Plan,
        Screen::Backup,
        Screen::Children,
    ];

    /// The hash for this screen.
    pub fn hash(self) -> &'static str {
        match self {
            Screen::Today => "#/today",
            Screen::Calendar => "#/calendar",
            Screen::Plan => "#/plan",
            Screen::Backup => "#/backup",
            Screen::Children => "#/children",
        }
    }

    /// Reads a hash; anything unknown opens Today.
    pub fn from_hash(hash: &str) -> Screen {
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let first = path.split('/').next().unwrap_or("");
        Screen::NAV
            .into_iter()
            .find(|s| s.hash().trim_start_matches("#/") == first)
            .unwrap_or(Screen::Today)
    }

    /// The name in the navigation.
    pub fn label(self) -> &'static str {
        match self {
            Screen::Today => "Today",
            Screen::Calendar => "Calendar",
            Screen::Plan => "Plan",
            Screen::Backup => "Backup",
            Screen::Children => "Children",
        }
    }

    /// A symbol shown above the name in the navigation.
    pub fn symbol(self) -> &'static str {
        match self {
            Screen::Today => "☀",
            Screen::Calendar => "▦",
            Screen::Plan => "☰",
            Screen::Backup => "⇅",
            Screen::Children => "☺",
        }
    }
}

/// The screen named in the page's current hash.
pub fn current() -> Screen {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    Screen::from_hash(&hash)
}
