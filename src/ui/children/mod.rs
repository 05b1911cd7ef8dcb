//! Children: choosing which child is shown, adding, renaming and removing children (a later part,
//! declared in `later.rs`). The first-run welcome is the shell's (`ui/welcome.rs`).

pub mod later;
pub mod list;
