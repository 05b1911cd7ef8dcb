//! Small Steps: a private diary and stepped support plan for a child finding school hard.
//!
//! Three layers, each depending only on the ones before it: [`domain`] (pure, tested natively),
//! `web` (the browser's storage, clock, files and focus) and `ui` (the screens).

pub mod domain;

#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
