//! Children: the first-run welcome, choosing which child is shown, adding, renaming and removing
//! children, and the hosting support group's "Support near you".

pub mod list;
pub mod support_group;
pub mod welcome;
