//! The rules of the code's shape, checked on every run: the domain holds no browser code, only
//! `src/storage.rs` touches localStorage, and the app never moves a step on by itself.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;
use std::path::{Path, PathBuf};

use small_steps::domain::plan::{Attempt, Step, StepState};

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("src/ can be read") {
        let path = entry.expect("an entry").path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

fn sources(under: &str) -> Vec<(PathBuf, String)> {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join(under),
        &mut files,
    );
    files
        .into_iter()
        .map(|p| {
            let text = fs::read_to_string(&p).expect("a source file reads");
            (p, text)
        })
        .collect()
}

/// Lines of code (comments left out) that contain any of `words`.
fn uses(text: &str, words: &[&str]) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.starts_with("//"))
        .filter(|l| words.iter().any(|w| l.contains(w)))
        .map(String::from)
        .collect()
}

#[test]
fn the_domain_holds_no_browser_code() {
    for (path, text) in sources("src/domain") {
        let found = uses(&text, &["web_sys", "js_sys", "leptos", "wasm_bindgen"]);
        assert!(
            found.is_empty(),
            "{} uses browser code: {found:?}",
            path.display()
        );
    }
}

#[test]
fn only_storage_touches_local_storage() {
    for (path, text) in sources("src") {
        if path.ends_with("src/storage.rs") {
            continue;
        }
        let found = uses(
            &text,
            &[
                "local_storage(",
                "localStorage",
                ".get_item(",
                ".set_item(",
                ".remove_item(",
            ],
        );
        assert!(
            found.is_empty(),
            "{} touches localStorage: {found:?}",
            path.display()
        );
    }
}

#[test]
fn recording_a_try_never_moves_a_step_on() {
    for state in [
        StepState::NotStarted,
        StepState::Trying,
        StepState::Paused,
        StepState::Done,
    ] {
        let mut step = Step::new("s1", "Walk to the gate");
        step.state = state;
        step.record_attempt(Attempt {
            id: "t1".into(),
            date: chrono::NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
            worry_before: Some(8),
            worry_after: Some(2),
            what_helped: "Music".into(),
        })
        .unwrap();
        assert_eq!(step.state, state, "the parent decides when a step moves on");
    }
}
