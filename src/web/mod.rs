//! The browser's plumbing, under the screens and over the domain: localStorage (the only place that
//! touches it), the clock, named timings, files in and out, locking a backup with a passphrase
//! (WebCrypto, `passphrase_lock`), one tab at a time (Web Locks, `web_lock`), keyboard focus, the
//! support group's file (asked quietly), the painted first screen's hand-over, the page address,
//! the page's own events and questions (`page`), what the browser says about itself, fresh ids,
//! and the functions that come in a later part (`later_part`): the diary's checks, writer and
//! the putting together of two tabs' changes (`saving`). The screens reach the browser only
//! through here. Nothing here draws a screen, but Today's status buttons before the app has come
//! (`early_today`: plain DOM, for the small program that runs before Leptos is here), and the
//! welcome's name and Start made live by the same program on a first visit (`early_welcome`).

pub mod address;
pub mod browser;
pub mod clock;
pub mod early_today;
pub mod early_welcome;
pub mod files;
pub mod focus;
pub mod group_file;
pub mod ids;
pub mod later_part;
pub mod letter_out;
pub mod page;
pub mod painted;
pub mod passphrase_lock;
pub mod saving;
pub mod storage;
pub mod timing;
pub mod web_lock;
