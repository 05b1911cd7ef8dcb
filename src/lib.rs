//! Small Steps: a private diary and stepped support plan for a child finding school hard.

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod storage;
#[cfg(target_arch = "wasm32")]
pub mod ui;
